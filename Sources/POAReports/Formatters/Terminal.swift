import Foundation

/// What the terminal on standard output allows: how wide a table may be, and whether colour is
/// wanted. The decisions are pure functions of their inputs, so tests can check them without a
/// terminal; ``current(descriptor:)`` and ``Colour/enabledForStandardOutput()`` read the process.
public enum TerminalWidth {
    /// The width used when standard output is not a terminal and `COLUMNS` is not set.
    public static let fallback = 120

    /// The width to fit: `COLUMNS` when it holds a positive number (a user's explicit choice),
    /// else the terminal's own width when there is one, else ``fallback``.
    public static func resolve(environment: [String: String], terminalColumns: Int?) -> Int {
        if let text = environment["COLUMNS"], let columns = Int(text.trimmingCharacters(in: .whitespaces)), columns > 0 {
            return columns
        }
        if let terminalColumns, terminalColumns > 0 { return terminalColumns }
        return fallback
    }

    /// The width to fit for output written to `descriptor`, from the environment and the
    /// terminal's size (ioctl `TIOCGWINSZ`).
    public static func current(descriptor: Int32 = STDOUT_FILENO) -> Int {
        resolve(environment: ProcessInfo.processInfo.environment, terminalColumns: columns(of: descriptor))
    }

    /// The number of columns of the terminal behind `descriptor`, or nil when it is not a terminal.
    public static func columns(of descriptor: Int32) -> Int? {
        guard isatty(descriptor) != 0 else { return nil }
        var size = winsize()
        #if canImport(Darwin)
            let status = ioctl(descriptor, TIOCGWINSZ, &size)
        #else
            let status = ioctl(descriptor, UInt(TIOCGWINSZ), &size)
        #endif
        guard status == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }
}

/// An ANSI colour for a table cell. Colour is shown only to a person at a terminal: never in a
/// pipe or a file (the escapes would corrupt what a script reads), and never when `NO_COLOR` is
/// set (https://no-color.org).
public enum Colour: String, Sendable {
    case red = "31"

    /// The escape that starts this colour.
    public var start: String { "\u{1B}[\(rawValue)m" }
    /// The escape that returns to the terminal's default colours.
    public static let reset = "\u{1B}[0m"

    /// Whether to colour: only on a terminal, and only when the environment has no `NO_COLOR`
    /// (whatever its value, even empty).
    public static func enabled(isTerminal: Bool, environment: [String: String]) -> Bool {
        isTerminal && environment["NO_COLOR"] == nil
    }

    /// ``enabled(isTerminal:environment:)`` for this process's standard output.
    public static func enabledForStandardOutput() -> Bool {
        enabled(isTerminal: isatty(STDOUT_FILENO) != 0, environment: ProcessInfo.processInfo.environment)
    }
}

/// How a `table` is laid out beyond its columns: the width to fit and the cells to colour.
///
/// The default is the formatter's historic behaviour: no width limit and no colour.
public struct TableLayout: Sendable {
    /// The most columns a line may take, or nil for no limit. When the natural widths exceed it,
    /// text columns are narrowed and their values cut with "…": first the columns named in
    /// ``shrinkFirst`` (in that order), then the widest text column, one column at a time.
    public var width: Int?
    /// Columns to narrow before any other (for `poa audit`, the long `reason`).
    public var shrinkFirst: [String]
    /// The colour of a cell, given its column's name and its full value; nil leaves it plain.
    public var colour: (@Sendable (_ column: String, _ value: String) -> Colour?)?

    public init(
        width: Int? = nil, shrinkFirst: [String] = [],
        colour: (@Sendable (_ column: String, _ value: String) -> Colour?)? = nil
    ) {
        self.width = width
        self.shrinkFirst = shrinkFirst
        self.colour = colour
    }

    /// A layout fitted to standard output's terminal (see ``TerminalWidth/current(descriptor:)``).
    public static func standardOutput(
        shrinkFirst: [String] = [], colour: (@Sendable (_ column: String, _ value: String) -> Colour?)? = nil
    ) -> TableLayout {
        TableLayout(width: TerminalWidth.current(), shrinkFirst: shrinkFirst, colour: colour)
    }
}
