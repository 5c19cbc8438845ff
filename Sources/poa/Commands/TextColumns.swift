import POAAuthority
import POACore

/// Rows of text in aligned columns, for the text output of `authority` and `timeline`: each
/// column as wide as its widest cell, two spaces between columns, the last one left ragged.
struct TextColumns {
    private var rows: [[String]] = []

    mutating func add(_ cells: [String]) { rows.append(cells) }

    /// The rows, each line starting with `indent`.
    func lines(indent: String = "  ") -> [String] {
        let columns = rows.map(\.count).max() ?? 0
        let widths = (0..<columns).map { column in rows.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0 }
        return rows.map { cells in
            let padded = cells.enumerated().map { column, cell in
                column == cells.count - 1 ? cell : cell + String(repeating: " ", count: widths[column] - cell.count)
            }
            return indent + padded.joined(separator: "  ")
        }
    }
}

/// How every text output writes a span of authority, half-open and one way: "from 2019-05-01
/// until 2020-02-03" (the first day without it), "from 2019-05-01, in force".
enum Period {
    static func text(from: Day, until: Day?) -> String {
        until.map { "from \(from) until \($0)" } ?? "from \(from), in force"
    }
}

extension AuthorityEntry {
    /// The chain of instruments that gives the authority, as a person reads it.
    var chainText: String { via.map { "\($0.kind) by \($0.grantor) of \($0.executedOn)" }.joined(separator: " > ") }

    /// The forms covered, "3, 4, 5".
    var formsText: String { forms.map(\.rawValue).joined(separator: ", ") }
}
