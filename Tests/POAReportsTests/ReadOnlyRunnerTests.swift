import Foundation
import Testing

@testable import POAReports

struct ReadOnlyRunnerTests {
    /// Every kind of statement that could change the file, with words its refusal must contain.
    static let refused: [(sql: String, says: String)] = [
        ("INSERT INTO person (name) VALUES ('Mallory')", "INSERT into person"),
        ("UPDATE document SET status = 'imported'", "UPDATE of document"),
        ("DELETE FROM document", "DELETE from document"),
        ("CREATE TABLE stolen (x)", "CREATE would change the schema"),
        ("CREATE TEMP TABLE scratch (x)", "CREATE would change the schema"),
        ("CREATE TEMP VIEW v AS SELECT 1", "CREATE would change the schema"),
        ("DROP TABLE document", "DROP would change the schema"),
        ("ALTER TABLE person ADD COLUMN x", "ALTER"),
        ("ATTACH 'other.sqlite' AS other", "ATTACH"),
        ("PRAGMA user_version = 5", "PRAGMA user_version = 5"),
        ("PRAGMA journal_mode = DELETE", "PRAGMA journal_mode"),
        ("PRAGMA writable_schema = ON", "PRAGMA writable_schema"),
        ("SELECT load_extension('x')", "load_extension"),
        ("VACUUM", "VACUUM would write"),
        ("VACUUM INTO 'copy.sqlite'", "VACUUM would write"),
        ("BEGIN IMMEDIATE", "transaction"),
        ("REINDEX", "REINDEX"),
        ("ANALYZE", "ANALYZE"),
        ("SELECT 1; DELETE FROM document", "only one statement"),
        ("SELECT 1; SELECT 2", "only one statement"),
    ]

    @Test(arguments: refused)
    func aStatementThatCouldWriteIsRefusedAndTheFileIsUnchanged(sql: String, says: String) throws {
        let ledger = try LedgerFile()
        let before = ledger.snapshot()
        let error = try #require(reportsError { _ = try QueryRunner(path: ledger.path).query(sql) })
        #expect(error.description.contains(says), "\(error)")
        #expect(ledger.snapshot() == before)
        #expect(!FileManager.default.fileExists(atPath: ledger.folder.appendingPathComponent("other.sqlite").path))
        #expect(!FileManager.default.fileExists(atPath: ledger.folder.appendingPathComponent("copy.sqlite").path))
    }

    @Test func readOnlyPragmasRunAndTrailingCommentsAreFine() throws {
        let ledger = try LedgerFile()
        #expect(try ledger.render("PRAGMA user_version", as: .csv) == "user_version\n0\n")
        #expect(try ledger.render("PRAGMA table_info(person)", as: .csv).hasPrefix("cid,name,type,notnull,dflt_value,pk\n0,id,"))
        #expect(try ledger.render("SELECT 1 AS one; -- done\n/* really */ ;", as: .csv) == "one\n1\n")
    }

    @Test func emptyTextIsAnError() throws {
        let ledger = try LedgerFile()
        #expect(reportsError { _ = try QueryRunner(path: ledger.path).query("  -- nothing\n") } == .emptyQuery)
    }

    @Test func parametersAreTypedFromTheirText() throws {
        let ledger = try LedgerFile()
        let parameters = try QueryParameters(arguments: ["n=42", "x=2.5", "cik=0001234567", "word=abc", ":day=2026-01-02"])
        let csv = try ledger.render(
            "SELECT typeof(:n) AS n, typeof(:x) AS x, typeof(:cik) AS cik, :cik AS value, typeof(:word) AS word, :day AS day",
            as: .csv, parameters: parameters)
        #expect(csv == "n,x,cik,value,word,day\ninteger,real,text,0001234567,text,2026-01-02\n")
    }

    @Test func aMissingOrUnknownParameterIsNamed() throws {
        let ledger = try LedgerFile()
        let runner = try QueryRunner(path: ledger.path)
        #expect(reportsError { _ = try runner.query("SELECT :status") } == .missingParameter(name: "status"))
        let extra = QueryParameters(["status": .text("x"), "stauts": .text("y")])
        #expect(
            reportsError { _ = try runner.query("SELECT :status", parameters: extra) }
                == .unknownParameter(name: "stauts", known: ["status"]))
        #expect(reportsError { _ = try runner.query("SELECT ?") } == .positionalParameter)
        #expect(reportsError { _ = try QueryParameters(arguments: ["novalue"]) } == .malformedParameter(argument: "novalue"))
    }

    @Test func parametersSelectRows() throws {
        let ledger = try LedgerFile()
        let csv = try ledger.render(
            "SELECT path FROM document WHERE status = :status ORDER BY path", as: .csv,
            parameters: QueryParameters(["status": .text("needs-review")]))
        #expect(csv == "path\nb.txt\nd.txt\n")
    }

    @Test func aQueryThatNeverEndsStopsAtItsTimeout() throws {
        let ledger = try LedgerFile()
        let runner = try QueryRunner(path: ledger.path, timeout: .milliseconds(200))
        let cursor = try runner.query("WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT count(*) FROM r")
        #expect(reportsError { _ = try cursor.next() } == .timedOut(seconds: 0.2))
    }

    /// The last row of this query fails (malformed JSON): a runner that gathered every row before
    /// handing any over would fail before the first. Rows arriving first proves they stream.
    @Test func aMillionRowsStreamOneAtATime() throws {
        let ledger = try LedgerFile()
        let sql = """
            WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 1000000)
            SELECT n, CASE WHEN n < 1000000 THEN 'row ' || n ELSE json('{' || n) END AS label FROM r
            """
        let sink = NullSink()
        let error = reportsError {
            try ResultWriter.write(QueryRunner(path: ledger.path).query(sql), as: .csv, to: sink)
        }
        #expect(error?.description.contains("malformed JSON") == true)
        #expect(sink.writeCount == 1_000_000)  // the header and 999,999 rows, each written as it came
    }

    @Test func aMillionRowsReachANullSink() throws {
        let ledger = try LedgerFile()
        let sql = "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 1000000) SELECT n FROM r"
        let cursor = try QueryRunner(path: ledger.path).query(sql)
        #expect(try cursor.next() == [.integer(1)])  // the first row, before the other 999,999 exist
        let rest = try ResultWriter.write(cursor, as: .json, to: NullSink())
        #expect(rest == 999_999)
    }

    @Test func aMissingFileIsNotCreated() throws {
        let ledger = try LedgerFile()
        let missing = ledger.folder.appendingPathComponent("none.sqlite").path
        guard case .cannotOpen = reportsError({ _ = try QueryRunner(path: missing) }) else {
            Issue.record("expected cannotOpen")
            return
        }
        #expect(!FileManager.default.fileExists(atPath: missing))
    }
}
