import GRDB

extension StoreError {
    /// A short, user-facing description of an underlying error, without GRDB's SQL dump.
    static func describe(_ error: any Error) -> String {
        if let store = error as? StoreError { return store.description }
        if let db = error as? DatabaseError {
            return db.message ?? "SQLite error \(db.resultCode.rawValue)"
        }
        return String(describing: error)
    }

    /// Translates any error raised while writing into a `StoreError`.
    static func write(_ error: any Error, path: String) -> StoreError {
        if let store = error as? StoreError { return store }
        if let db = error as? DatabaseError {
            switch db.resultCode {
            case .SQLITE_READONLY, .SQLITE_CANTOPEN, .SQLITE_FULL, .SQLITE_IOERR, .SQLITE_PERM:
                return .notWritable(path: path, detail: describe(db))
            case .SQLITE_NOTADB, .SQLITE_CORRUPT:
                return .notADatabase(path: path, detail: describe(db))
            case .SQLITE_CONSTRAINT:
                return .constraintViolated(detail: describe(db))
            case .SQLITE_BUSY:
                return .busy(path: path, waited: Ledger.busyTimeout)
            default: break
            }
        }
        return .writeFailed(detail: describe(error))
    }

    /// Translates any error raised while reading into a `StoreError`.
    static func read(_ error: any Error, path: String) -> StoreError {
        if let store = error as? StoreError { return store }
        if let db = error as? DatabaseError {
            switch db.resultCode {
            case .SQLITE_NOTADB, .SQLITE_CORRUPT:
                return .notADatabase(path: path, detail: describe(db))
            case .SQLITE_CANTOPEN:
                // Permissions or the file system (a -shm that cannot be read), never damage.
                return .cannotOpen(path: path, detail: describe(db))
            case .SQLITE_BUSY:
                return .busy(path: path, waited: Ledger.busyTimeout)
            default: break
            }
        }
        return .readFailed(detail: describe(error))
    }
}
