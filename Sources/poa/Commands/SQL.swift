import ArgumentParser
import Foundation
import POAReports

extension Poa {
    /// `poa sql "SELECT ..."` or `poa sql --file q.sql`: one read-only statement, results streamed.
    struct SQL: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "sql",
            abstract: "Run one read-only SQL statement against the ledger and print its rows.",
            discussion: """
                The statement runs on a separate read-only SQLite connection: SELECT, WITH and the \
                read-only PRAGMAs (table_info, index_list, foreign_key_list, integrity_check...) run; \
                writes, DDL, CREATE TEMP, ATTACH, VACUUM, writing PRAGMAs and load_extension are \
                refused (exit 1) and the file is not changed. Exactly one statement. Placeholders \
                :name take --param name=VALUE, bound literally as typed: no name, day or form is resolved \
                or checked (poa report does that for the parameters its reports declare). Rows are \
                printed as they are read.
                """)

        @OptionGroup var ledger: LedgerOptions
        @OptionGroup var query: QueryOptions

        @Argument(help: ArgumentHelp("The SQL statement (or use --file).", valueName: "sql"))
        var statement: String?

        @Option(help: ArgumentHelp("Read the statement from this file; - reads standard input.", valueName: "path"))
        var file: String?

        func validate() throws {
            if statement == nil && file == nil {
                throw ValidationError("Give the SQL statement as an argument, or with --file PATH (--file - reads standard input).")
            }
            if statement != nil && file != nil {
                throw ValidationError("Give the SQL either as an argument or with --file PATH, not both.")
            }
        }

        func run() throws {
            try reportingFailures {
                let sql: String
                if let statement {
                    sql = statement
                } else if file == "-" {
                    // `--file -` reads standard input, so a statement can be piped or typed in.
                    sql = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
                } else if let file {
                    guard let data = FileManager.default.contents(atPath: file) else {
                        throw Failure(message: "cannot read \(file): check the path given with --file")
                    }
                    sql = String(decoding: data, as: UTF8.self)
                } else {
                    return
                }
                try query.run(sql, on: ledger)
            }
        }
    }
}
