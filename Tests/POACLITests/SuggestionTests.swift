import Foundation
import POATestSupport
import Testing

/// Typos name the bad word and the nearest valid one (issue 22, item 6): commands, options,
/// `poa help WORD`, and people and issuers that match nobody in the ledger.
struct SuggestionTests {
    let workspace: Workspace

    init() throws {
        workspace = try Workspace()
    }

    /// A workspace with the seed filings (David N. Levenson's grants, for The Hartford) imported.
    static func seeded() throws -> Workspace {
        let workspace = try Workspace()
        let samples = AuthorityCommandTests.samples
        let seeds = try FileManager.default.contentsOfDirectory(atPath: samples.path)
            .filter { $0.range(of: #"^00[0-3]_"#, options: .regularExpression) != nil }.sorted()
        let result = try PoaProcess.run(["import"] + seeds.map { samples.appendingPathComponent($0).path }, in: workspace.folder)
        try #require(result.status == 0, "\(result.stderr)")
        return workspace
    }

    // MARK: Commands

    @Test func aMistypedCommandSuggestsTheNearestOne() throws {
        let result = try workspace.poa("timelin", "--grantor", "x")
        #expect(result.status == 64)
        #expect(result.stderr.contains("unknown command 'timelin': did you mean 'timeline'?"), "\(result.stderr)")
        #expect(!result.stderr.contains("--grantor"), "the option is not the mistake: \(result.stderr)")
    }

    @Test func aMistypedCommandAloneSuggestsTheNearestOne() throws {
        let result = try workspace.poa("autority")
        #expect(result.status == 64)
        #expect(result.stderr.contains("unknown command 'autority': did you mean 'authority'?"), "\(result.stderr)")
    }

    @Test func aMistypedSubcommandSuggestsTheNearestOne() throws {
        let result = try workspace.poa("record", "grnt")
        #expect(result.status == 64)
        #expect(result.stderr.contains("unknown subcommand 'grnt' of 'poa record': did you mean 'grant'?"), "\(result.stderr)")
    }

    @Test func aWordFarFromEveryCommandListsThem() throws {
        let result = try workspace.poa("zzzzzz")
        #expect(result.status == 64)
        #expect(result.stderr.contains("unknown command 'zzzzzz': the commands are import, fetch, authority"), "\(result.stderr)")
    }

    // MARK: Options

    @Test func aMistypedOptionIsNamedWithTheNearestOne() throws {
        for command in ["timeline", "authority"] {
            let result = try workspace.poa(command, "--grantr", "David N. Levenson")
            #expect(result.status == 64)
            #expect(
                result.stderr.contains("unknown option '--grantr' for 'poa \(command)': did you mean '--grantor'?"),
                "\(command): \(result.stderr)")
            #expect(!result.stderr.contains("Give exactly one"), "\(command): \(result.stderr)")
        }
    }

    @Test func aMistypedOptionWithItsValueAfterAnEqualsSignIsNamed() throws {
        let result = try workspace.poa("authority", "--grantor", "David N. Levenson", "--fromat=json")
        #expect(result.status == 64)
        #expect(result.stderr.contains("unknown option '--fromat' for 'poa authority': did you mean '--format'?"), "\(result.stderr)")
    }

    @Test func anOptionWithASingleDashSuggestsTwo() throws {
        let result = try workspace.poa("timeline", "-grantor", "x")
        #expect(result.status == 64)
        #expect(result.stderr.contains("did you mean '--grantor'?"), "\(result.stderr)")
    }

    @Test func aGoodCommandLineWithABadValueKeepsTheParsersMessage() throws {
        let result = try workspace.poa("timeline", "--grantor", "x", "--format", "pdf")
        #expect(result.status == 64)
        #expect(result.stderr.contains("pdf"), "\(result.stderr)")
        #expect(!result.stderr.contains("unknown"), "\(result.stderr)")
    }

    // MARK: Help

    @Test func helpForNoCommandIsAnErrorWithASuggestion() throws {
        let nonsense = try workspace.poa("help", "nonsense")
        #expect(nonsense.status == 64)
        #expect(nonsense.stdout.isEmpty, "no help is printed: \(nonsense.stdout)")
        #expect(nonsense.stderr.contains("unknown command 'nonsense'"), "\(nonsense.stderr)")
        #expect(nonsense.stderr.contains("the commands are import, fetch, authority"), "\(nonsense.stderr)")

        let typo = try workspace.poa("help", "timelin")
        #expect(typo.status == 64)
        #expect(typo.stderr.contains("unknown command 'timelin': did you mean 'timeline'?"), "\(typo.stderr)")

        let nested = try workspace.poa("help", "record", "grnt")
        #expect(nested.status == 64)
        #expect(nested.stderr.contains("did you mean 'grant'?"), "\(nested.stderr)")
    }

    @Test func helpForACommandStillPrintsItsHelp() throws {
        let result = try workspace.poa("help", "timeline")
        #expect(result.status == 0)
        #expect(result.stdout.contains("--grantor"))
        let nested = try workspace.poa("help", "record", "grant")
        #expect(nested.status == 0, "\(nested.stderr)")
    }

    // MARK: People and issuers

    @Test func anUnknownPersonSuggestsTheClosestNames() throws {
        let seeded = try Self.seeded()
        for typed in ["Davd Levenson", "David Levensen", "Levenosn David", "Dvaid N. Levenson"] {
            let result = try seeded.poa("authority", "--grantor", typed, "--on", "2010-07-09")
            #expect(result.status == 1, "\(typed)")
            #expect(
                result.stderr.contains("no person named \"\(typed)\" in the ledger; did you mean David N. Levenson?"),
                "\(typed): \(result.stderr)")
        }
        let attorney = try seeded.poa("timeline", "--attorney", "Terence D. Sheilds")
        #expect(attorney.status == 1)
        #expect(attorney.stderr.contains("did you mean Terence D. Shields?"), "\(attorney.stderr)")
    }

    @Test func aNameFarFromEveryoneSuggestsNobody() throws {
        let seeded = try Self.seeded()
        let result = try seeded.poa("authority", "--grantor", "Zebulon Quagmire")
        #expect(result.status == 1)
        #expect(result.stderr.contains("no person named \"Zebulon Quagmire\" in the ledger: check the spelling"), "\(result.stderr)")
        #expect(!result.stderr.contains("did you mean"))
    }

    @Test func anUnknownIssuerSuggestsTheClosestNames() throws {
        let seeded = try Self.seeded()
        for typed in ["Hartford Finacial Services Group", "Hartford"] {
            let result = try seeded.poa("audit", "--issuer", typed, "--format", "csv")
            #expect(result.status == 1, "\(typed): \(result.stdout)")
            #expect(
                result.stderr.contains("no issuer named \"\(typed)\" in the ledger; did you mean The Hartford Financial Services Group"),
                "\(typed): \(result.stderr)")
        }
    }

    @Test func anIssuerTypedWithoutItsLegalFormIsFound() throws {
        let seeded = try Self.seeded()
        let full = try seeded.poa("audit", "--issuer", "The Hartford Financial Services Group, Inc.", "--format", "csv")
        try #require(full.status == 0, "\(full.stderr)")
        for typed in ["Hartford Financial Services Group", "hartford financial services group"] {
            let result = try seeded.poa("audit", "--issuer", typed, "--format", "csv")
            #expect(result.status == 0, "\(typed): \(result.stderr)")
            #expect(result.stdout == full.stdout, "\(typed)")
        }
    }
}
