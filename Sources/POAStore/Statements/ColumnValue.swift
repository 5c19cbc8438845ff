import GRDB
import GRDBSQLite
import POACore

/// A value stored in one column, bound and read through SQLite's C API.
///
/// GRDB's `DatabaseValue` boxes every argument and every column; the import binds a few dozen
/// values per document, so the hot paths bind and read these values directly instead. Days are
/// stored as `YYYY-MM-DD` text, enums as their raw values, booleans as 0 and 1, exactly as
/// through GRDB (both paths read each other's rows).
package protocol ColumnValue: DatabaseValueConvertible {
    /// Binds the value to parameter `index` (1-based) of `statement`.
    func bindValue(to statement: OpaquePointer, at index: Int32)
    /// The value of column `index` (0-based) of the current row, or nil when it is NULL or
    /// not of this type.
    static func column(_ statement: OpaquePointer, at index: Int32) -> Self?
    /// Binds the value to parameter `index` (1-based) of `statement`, text pointing into
    /// `arena` (see ``BindingArena``).
    func bindValue(to statement: OpaquePointer, at index: Int32, arena: BindingArena)
}

extension ColumnValue {
    /// Numbers have nothing to copy.
    package func bindValue(to statement: OpaquePointer, at index: Int32, arena: BindingArena) {
        bindValue(to: statement, at: index)
    }
}

extension Int64: ColumnValue {
    package func bindValue(to statement: OpaquePointer, at index: Int32) { sqlite3_bind_int64(statement, index, self) }

    package static func column(_ statement: OpaquePointer, at index: Int32) -> Int64? {
        sqlite3_column_type(statement, index) == SQLITE_INTEGER ? sqlite3_column_int64(statement, index) : nil
    }
}

extension Int: ColumnValue {
    package func bindValue(to statement: OpaquePointer, at index: Int32) { sqlite3_bind_int64(statement, index, Int64(self)) }

    package static func column(_ statement: OpaquePointer, at index: Int32) -> Int? {
        Int64.column(statement, at: index).map { Int($0) }
    }
}

extension Bool: ColumnValue {
    package func bindValue(to statement: OpaquePointer, at index: Int32) { sqlite3_bind_int64(statement, index, self ? 1 : 0) }

    package static func column(_ statement: OpaquePointer, at index: Int32) -> Bool? {
        Int64.column(statement, at: index).map { $0 != 0 }
    }
}

extension String: ColumnValue {
    package func bindValue(to statement: OpaquePointer, at index: Int32) {
        var text = self
        text.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                guard let start = chars.baseAddress else { return _ = sqlite3_bind_text(statement, index, "", 0, transient) }
                _ = sqlite3_bind_text(statement, index, start, Int32(chars.count), transient)
            }
        }
    }

    package func bindValue(to statement: OpaquePointer, at index: Int32, arena: BindingArena) {
        var text = self
        text.withUTF8 { bytes in arena.bindText(bytes.baseAddress, count: bytes.count, to: statement, at: index) }
    }

    package static func column(_ statement: OpaquePointer, at index: Int32) -> String? {
        guard sqlite3_column_type(statement, index) == SQLITE_TEXT, let text = sqlite3_column_text(statement, index) else {
            return nil
        }
        let count = Int(sqlite3_column_bytes(statement, index))
        return String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self)
    }
}

extension Day: ColumnValue {
    package func bindValue(to statement: OpaquePointer, at index: Int32) { description.bindValue(to: statement, at: index) }

    /// Written straight into the arena as `YYYY-MM-DD`, without making a `String`.
    package func bindValue(to statement: OpaquePointer, at index: Int32, arena: BindingArena) {
        guard let room = arena.take(10) else { return bindValue(to: statement, at: index) }
        writeISO(into: room.assumingMemoryBound(to: UInt8.self))
        _ = sqlite3_bind_text(statement, index, room.assumingMemoryBound(to: CChar.self), 10, nil)
    }

    package static func column(_ statement: OpaquePointer, at index: Int32) -> Day? {
        guard sqlite3_column_type(statement, index) == SQLITE_TEXT, let text = sqlite3_column_text(statement, index),
            sqlite3_column_bytes(statement, index) == 10
        else { return nil }
        return Day.parseISO(UnsafeBufferPointer(start: text, count: 10))
    }
}

/// Enums stored as their raw text.
extension ColumnValue where Self: RawRepresentable, Self.RawValue == String {
    package func bindValue(to statement: OpaquePointer, at index: Int32) { rawValue.bindValue(to: statement, at: index) }

    package func bindValue(to statement: OpaquePointer, at index: Int32, arena: BindingArena) {
        rawValue.bindValue(to: statement, at: index, arena: arena)
    }

    package static func column(_ statement: OpaquePointer, at index: Int32) -> Self? {
        String.column(statement, at: index).flatMap(Self.init(rawValue:))
    }
}

extension Form: ColumnValue {}
extension InstrumentKind: ColumnValue {}
extension DocumentStatus: ColumnValue {}
