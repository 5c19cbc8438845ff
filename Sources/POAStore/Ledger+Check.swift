import Foundation
import GRDB
import POACore

/// One problem found by ``Ledger/check(at:)``, named so a user can act on it.
public struct LedgerProblem: Equatable, Sendable, CustomStringConvertible {
    public enum Kind: String, Sendable {
        case unreadable, integrity, foreignKey = "foreign-key", migration, schema
    }

    public let kind: Kind
    public let detail: String

    public var description: String { "\(kind.rawValue): \(detail)" }
}

extension Ledger {
    /// Checks the file at `path` without writing to it: SQLite's integrity check, the foreign
    /// key check, and the migration ledger (unknown or edited migrations). Pending migrations
    /// are not a problem: the next command that writes applies them.
    ///
    /// Returns every problem found; an empty array means the ledger is healthy.
    public static func check(at path: String) -> [LedgerProblem] {
        guard FileManager.default.fileExists(atPath: path) else {
            return [LedgerProblem(kind: .unreadable, detail: StoreError.missingDatabase(path: path).description)]
        }
        var problems: [LedgerProblem] = []
        var applied: [String] = []
        do {
            // Pending migrations are not a problem: the next command that writes applies them.
            applied = try migrationStates(at: path, migrations: Migration.all).filter(\.isApplied).map(\.name)
        } catch {
            let kind: LedgerProblem.Kind = switch error {
            case .notADatabase, .cannotOpen, .pendingLogUnreadable: .unreadable
            default: .migration
            }
            problems.append(LedgerProblem(kind: kind, detail: error.description))
            if kind == .unreadable { return problems }
        }
        do {
            let connection = try ReadingConnection.open(at: path)
            defer { try? connection.close() }
            try connection.queue.read { db in
                for row in try String.fetchAll(db, sql: "PRAGMA integrity_check") where row != "ok" {
                    problems.append(LedgerProblem(kind: .integrity, detail: row))
                }
                for row in try Row.fetchAll(db, sql: "PRAGMA foreign_key_check") {
                    let table: String = row[0] ?? "?"
                    let rowid: Int64? = row[1]
                    let parent: String = row[2] ?? "?"
                    problems.append(
                        LedgerProblem(
                            kind: .foreignKey,
                            detail: "row \(rowid.map(String.init) ?? "?") of \(table) refers to a missing row of \(parent)"))
                }
                // The schema must be exactly what the applied migrations make.
                if !applied.isEmpty {
                    for difference in try schemaDifferences(in: db, applied: applied) {
                        problems.append(LedgerProblem(kind: .schema, detail: difference))
                    }
                }
            }
        } catch {
            problems.append(LedgerProblem(kind: .unreadable, detail: StoreError.read(error, path: path).description))
        }
        return problems
    }
}
