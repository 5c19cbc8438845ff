import GRDBSQLite

/// The allow-list authorizer of the read-only connection: SQLite asks it about every action a
/// statement would take while compiling it, and it permits only reading.
///
/// Allowed: `SELECT`, reading a table or column, calling a function (except the few that touch
/// files or load code), recursive CTEs, and the pragmas of ``readPragmas`` / ``inspectionPragmas``.
/// Everything else (writes, DDL, temp objects, ATTACH, transactions, writing pragmas) is denied,
/// and the first denial is kept in words so the error can say what was refused.
final class Authorizer {
    /// Pragmas allowed only without a value: they then report, and never change, a setting.
    static let readPragmas: Set<String> = [
        "user_version", "application_id", "schema_version", "data_version", "page_count", "page_size",
        "freelist_count", "encoding", "collation_list", "function_list", "pragma_list", "table_list",
        "compile_options", "database_list", "journal_mode",
    ]
    /// Pragmas whose argument names what to inspect (a table, an index, a row limit): read-only
    /// with or without it.
    static let inspectionPragmas: Set<String> = [
        "table_info", "table_xinfo", "index_list", "index_info", "index_xinfo", "foreign_key_list",
        "foreign_key_check", "integrity_check", "quick_check",
    ]
    /// Functions refused although SQLite would call them from a SELECT: they load code or touch files.
    static let refusedFunctions: Set<String> = ["load_extension", "readfile", "writefile", "edit", "fts3_tokenizer"]

    /// SQLite's tables of schema entries: DDL writes them.
    static let schemaTables: Set<String> = ["sqlite_master", "sqlite_temp_master", "sqlite_schema", "sqlite_temp_schema"]
    /// Stands for the statement's first keyword in a refusal; ``ReadOnlyDatabase`` replaces it.
    static let statementMarker = "\u{1}statement"

    /// The first action refused, in words (`INSERT into person`); nil when nothing was refused.
    private(set) var denial: String?

    func reset() { denial = nil }

    /// Decides one action; SQLITE_OK to allow, SQLITE_DENY to make the statement fail to compile.
    func decide(action: Int32, _ first: String?, _ second: String?) -> Int32 {
        if let refusal = Self.refusal(action: action, first, second) {
            if denial == nil { denial = refusal }
            return SQLITE_DENY
        }
        return SQLITE_OK
    }

    /// Why `action` is refused, or nil when it is allowed.
    static func refusal(action: Int32, _ first: String?, _ second: String?) -> String? {
        let object = first ?? "?"
        switch action {
        case SQLITE_SELECT, SQLITE_READ, SQLITE_RECURSIVE:
            return nil
        case SQLITE_FUNCTION:
            let name = (second ?? "").lowercased()
            return refusedFunctions.contains(name) ? "the function \(name)() is not allowed" : nil
        case SQLITE_PRAGMA:
            let name = object.lowercased()
            if inspectionPragmas.contains(name) { return nil }
            if readPragmas.contains(name) {
                return second == nil ? nil : "PRAGMA \(name) = \(second ?? "") would change a setting"
            }
            return "PRAGMA \(name) is not on the list of read-only pragmas"
        case SQLITE_INSERT where schemaTables.contains(object.lowercased()),
            SQLITE_DELETE where schemaTables.contains(object.lowercased()):
            // DDL is authorized as a write to the schema table first: say what it is.
            return "\(statementMarker) would change the schema"
        case SQLITE_UPDATE where schemaTables.contains(object.lowercased()):
            return "changing the schema (SQLite counts table-valued pragma functions such as "
                + "pragma_table_info() as one: use the statement PRAGMA table_info(NAME) instead)"
        case SQLITE_INSERT: return "INSERT into \(object)"
        case SQLITE_UPDATE: return "UPDATE of \(object)"
        case SQLITE_DELETE: return "DELETE from \(object)"
        case SQLITE_CREATE_TEMP_TABLE, SQLITE_CREATE_TEMP_INDEX, SQLITE_CREATE_TEMP_TRIGGER, SQLITE_CREATE_TEMP_VIEW:
            return "CREATE TEMP \(object)"
        case SQLITE_CREATE_TABLE, SQLITE_CREATE_INDEX, SQLITE_CREATE_TRIGGER, SQLITE_CREATE_VIEW, SQLITE_CREATE_VTABLE:
            return "CREATE \(object)"
        case SQLITE_DROP_TABLE, SQLITE_DROP_INDEX, SQLITE_DROP_TRIGGER, SQLITE_DROP_VIEW, SQLITE_DROP_VTABLE,
            SQLITE_DROP_TEMP_TABLE, SQLITE_DROP_TEMP_INDEX, SQLITE_DROP_TEMP_TRIGGER, SQLITE_DROP_TEMP_VIEW:
            return "DROP \(object)"
        case SQLITE_ALTER_TABLE: return "ALTER TABLE \(second ?? object)"
        case SQLITE_ATTACH: return "ATTACH \(object)"
        case SQLITE_DETACH: return "DETACH \(object)"
        case SQLITE_TRANSACTION: return "transaction control (\(object))"
        case SQLITE_SAVEPOINT: return "SAVEPOINT"
        case SQLITE_REINDEX: return "REINDEX"
        case SQLITE_ANALYZE: return "ANALYZE"
        default: return "SQLite action \(action)"
        }
    }

    /// Installs `self` as the authorizer of `connection`; `self` must outlive the connection.
    func install(on connection: OpaquePointer) {
        let context = Unmanaged.passUnretained(self).toOpaque()
        sqlite3_set_authorizer(
            connection,
            { context, action, first, second, _, _ in
                guard let context else { return SQLITE_DENY }
                let authorizer = Unmanaged<Authorizer>.fromOpaque(context).takeUnretainedValue()
                return authorizer.decide(
                    action: action, first.map { String(cString: $0) }, second.map { String(cString: $0) })
            }, context)
    }
}
