import Foundation
import GRDBSQLite

/// Bytes that bound text points into while its statement runs, so that SQLite neither
/// allocates nor copies it (`SQLITE_STATIC`).
///
/// Text bound with `SQLITE_TRANSIENT` costs SQLite a `malloc`, a copy and a `free` per value,
/// each behind its global memory mutex, a large share of a full rebuild's writing thread. An
/// insert copies its text here instead, runs, and clears its bindings; the next insert starts
/// again from the first byte. Text that does not fit in what is left is bound with
/// `SQLITE_TRANSIENT`: the arena never grows, so the pointers it gave out stay valid.
///
/// One arena serves one write transaction, on one thread (see ``LedgerTransaction``). Visible to
/// the package only because ``ColumnValue`` names it: it is no part of the library's API.
package final class BindingArena {
    private let storage: UnsafeMutableRawBufferPointer
    private var used = 0

    init(capacity: Int = 64 * 1024) {
        storage = .allocate(byteCount: capacity, alignment: 1)
    }

    deinit { storage.deallocate() }

    /// Takes back every byte handed out. Call it only when no statement bound to them will run
    /// again before being bound anew.
    func reset() { used = 0 }

    /// Binds `count` bytes from `bytes` as text to parameter `index`: pointing into the arena
    /// when they fit, copied by SQLite otherwise.
    func bindText(_ bytes: UnsafeRawPointer?, count: Int, to statement: OpaquePointer, at index: Int32) {
        guard count > 0, let bytes else {
            _ = sqlite3_bind_text(statement, index, "", 0, transient)
            return
        }
        guard let room = take(count) else {
            _ = sqlite3_bind_text(statement, index, bytes.assumingMemoryBound(to: CChar.self), Int32(count), transient)
            return
        }
        room.copyMemory(from: bytes, byteCount: count)
        _ = sqlite3_bind_text(statement, index, room.assumingMemoryBound(to: CChar.self), Int32(count), nil)
    }

    /// `count` bytes of room, or nil when they do not fit in what is left.
    func take(_ count: Int) -> UnsafeMutableRawPointer? {
        guard let base = storage.baseAddress, count <= storage.count - used else { return nil }
        defer { used += count }
        return base + used
    }
}

/// `SQLITE_TRANSIENT`, which the C macro cannot give Swift: SQLite copies bound text at once.
let transient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)
