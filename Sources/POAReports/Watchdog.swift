import GRDBSQLite

/// Stops a statement that runs past its deadline: SQLite calls it every few thousand virtual
/// machine instructions (`sqlite3_progress_handler`), and a non-zero answer interrupts the step
/// with `SQLITE_INTERRUPT`. The deadline covers the whole query, time spent writing rows included.
final class Watchdog {
    /// How many SQLite instructions pass between two looks at the clock: cheap, and still
    /// responsive (well under a millisecond between looks).
    static let instructionsPerCheck: Int32 = 10_000

    let timeout: Duration?
    private var deadline: ContinuousClock.Instant?
    /// Set when the deadline stopped the statement, to tell a timeout from other interruptions.
    private(set) var fired = false

    init(timeout: Duration?) {
        self.timeout = timeout
    }

    /// Starts the clock: the query must finish within `timeout` from now.
    func start() {
        fired = false
        deadline = timeout.map { ContinuousClock.now.advanced(by: $0) }
    }

    /// Whether to interrupt now.
    func shouldStop() -> Bool {
        guard let deadline, ContinuousClock.now >= deadline else { return false }
        fired = true
        return true
    }

    /// Installs `self` on `connection`; `self` must outlive the connection.
    func install(on connection: OpaquePointer) {
        guard timeout != nil else { return }
        let context = Unmanaged.passUnretained(self).toOpaque()
        sqlite3_progress_handler(
            connection, Self.instructionsPerCheck,
            { context in
                guard let context else { return 0 }
                return Unmanaged<Watchdog>.fromOpaque(context).takeUnretainedValue().shouldStop() ? 1 : 0
            }, context)
    }
}
