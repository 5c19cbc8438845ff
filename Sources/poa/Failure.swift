import ArgumentParser
import Foundation
import POAImport
import POAStore

/// A domain failure: printed as `Error: ...` on stderr, then the process exits with its code.
///
/// Exit codes (documented in docs/commands.md): 1 the command failed; 2 problems were found;
/// 3 the database was refused (newer, edited, foreign or unreadable); 75 another process held the
/// ledger's write lock too long (try again).
struct Failure: Error, CustomStringConvertible {
    let message: String
    let exitCode: Int32

    init(message: String, exitCode: Int32 = 1) {
        self.message = message
        self.exitCode = exitCode
    }

    init(_ error: StoreError) {
        switch error {
        case .newerDatabase, .editedMigration, .foreignDatabase, .notADatabase, .cannotOpen, .pendingLogUnreadable:
            self.init(message: error.description, exitCode: 3)
        case .busy:
            self.init(message: error.description, exitCode: 75)
        default:
            self.init(message: error.description, exitCode: 1)
        }
    }

    var description: String { message }
}

/// Writes a line to standard error.
func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}

extension ParsableCommand {
    /// Runs `body`, turning a `Failure` into its message on stderr and its exit code.
    func reportingFailures(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let failure as Failure {
            printError("Error: \(failure.message)")
            throw ExitCode(failure.exitCode)
        }
    }
}

/// Runs a hand change, turning its errors into messages a person can act on.
func changingByHand<T>(_ body: () throws -> T) throws -> T {
    do {
        return try querying(body)
    } catch let error as HandChangeError {
        throw Failure(message: error.description)
    }
}
