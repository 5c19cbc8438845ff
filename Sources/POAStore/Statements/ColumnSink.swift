import GRDB
import GRDBSQLite

/// Where a record puts its column values, in order: the parameters of an INSERT (text bound in
/// place from a ``BindingArena``), or GRDB's persistence container (updates go through GRDB).
///
/// A concrete type rather than a protocol on purpose: with a protocol, every record's
/// `put(into:)` would be generic code that looks up type metadata and dispatches through
/// witness tables for each value it puts, a marked cost in an import's writing; against one
/// concrete sink it is plain code the compiler specializes for each value's type.
package struct ColumnSink {
    /// The INSERT being bound, or nil when filling `container`.
    private let statement: OpaquePointer?
    private let arena: BindingArena?
    /// Column names, by position, for `container`.
    private let names: [String]
    /// The values put so far by column name; nil when binding a statement.
    private(set) var container: PersistenceContainer?
    /// The next parameter (1-based) or column position (0-based, for `names`).
    private var index: Int32

    /// Binds each value to the next parameter of `statement`, from parameter 1.
    init(statement: OpaquePointer, arena: BindingArena) {
        self.statement = statement
        self.arena = arena
        self.names = []
        self.container = nil
        self.index = 1
    }

    /// Fills `container` by column name, in the order of `names`.
    init(names: [String], container: PersistenceContainer) {
        self.statement = nil
        self.arena = nil
        self.names = names
        self.container = container
        self.index = 0
    }

    /// Puts the next column's value (NULL when nil).
    package mutating func put(_ value: (some ColumnValue)?) {
        if let statement, let arena {
            if let value { value.bindValue(to: statement, at: index, arena: arena) } else { sqlite3_bind_null(statement, index) }
        } else {
            container?[names[Int(index)]] = value
        }
        index += 1
    }
}
