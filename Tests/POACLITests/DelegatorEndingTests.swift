import Foundation
import POATestSupport
import Testing

/// A delegation acts under its delegator's appointment: when that appointment ends (the
/// delegator leaves an issuer whose grant ties authority to employment), the delegation ends
/// the same day, and `explain` and `timeline` say it was the delegator who left.
struct DelegatorEndingTests {
    let workspace: Workspace

    init() throws {
        workspace = try Workspace()
    }

    /// A grant by Vernon T. Oakes tied to the attorneys' employment, and Harriet Lindqvist's
    /// appointment of a substitute under it.
    static let grantAndSubstitute = """
        POWER OF ATTORNEY

             KNOW ALL MEN BY THESE PRESENTS, that the undersigned, a director of
        Quorran Fluidics, Inc. (the "Company"), hereby constitutes and appoints
        each of Harriet Lindqvist and Moses Abernathy, and each of them, with
        full power of substitution and resubstitution, the undersigned's true
        and lawful attorneys-in-fact to sign and file, on behalf of the
        undersigned, any Form 3, Form 4 or Form 5 relating to securities of the
        Company.  The authority of each attorney-in-fact shall terminate when
        such attorney-in-fact is no longer employed by the Company.

             Executed on January 5, 2015.

                                           /s/ Vernon T. Oakes
                                           Vernon T. Oakes


        APPOINTMENT OF SUBSTITUTE UNDER POWER OF ATTORNEY

             Pursuant to the power of attorney granted to the undersigned by
        Vernon T. Oakes, dated January 5, 2015, and in exercise of the power of
        substitution given therein, the undersigned hereby appoints Priya
        Ramaswamy as substitute attorney-in-fact for Vernon T. Oakes, with the
        same authority to sign and file Forms 3, 4 and 5 relating to securities
        of Quorran Fluidics, Inc. (the "Company") as the undersigned holds under
        that power of attorney.

             Dated: February 2, 2015

                                           /s/ Harriet Lindqvist
                                           Harriet Lindqvist

        """

    func poa(_ arguments: String...) throws -> PoaProcess.Result {
        try PoaProcess.run(arguments, in: workspace.folder, environment: ["POA_USER": "jroe"])
    }

    /// The grant and delegation imported, and Harriet Lindqvist gone from 2016-05-01.
    func delegatorLeaves() throws {
        try Self.grantAndSubstitute.write(toFile: workspace.path("oakes.txt"), atomically: true, encoding: .utf8)
        let imported = try poa("import", "oakes.txt")
        try #require(imported.stdout.contains("delegation by Harriet Lindqvist of 2015-02-02"), "\(imported.stdout)")
        let departed = try poa(
            "departed", "--person", "Harriet Lindqvist", "--issuer", "Quorran Fluidics, Inc.", "--on", "2016-05-01",
            "--note", "resigned")
        try #require(departed.status == 0, "\(departed.stdout)\(departed.stderr)")
    }

    @Test func explainSaysTheDelegatorLeft() throws {
        try delegatorLeaves()
        let explained = try poa("explain", "--attorney", "Priya Ramaswamy", "--grantor", "Vernon T. Oakes", "--on", "2016-06-01")
        #expect(explained.status == 1, "\(explained.stdout)\(explained.stderr)")
        #expect(
            explained.stdout.contains(
                "ended on 2016-05-01: Harriet Lindqvist left the issuer (recorded fact #1), and the grant of 2015-01-05 "
                    + "ties authority to employment"),
            "\(explained.stdout)")
    }

    @Test func timelineSaysTheDelegatorLeft() throws {
        try delegatorLeaves()
        let timeline = try poa("timeline", "--grantor", "Vernon T. Oakes")
        let lines = timeline.stdout.split(separator: "\n")
        let priya = try #require(lines.first { $0.hasPrefix("Priya Ramaswamy") }, "\(timeline.stdout)")
        #expect(priya.contains("until 2016-05-01 (delegator left)"), "\(priya)")
        let harriet = try #require(lines.first { $0.hasPrefix("Harriet Lindqvist") }, "\(timeline.stdout)")
        #expect(harriet.contains("until 2016-05-01 (attorney left)"), "\(harriet)")
        let moses = try #require(lines.first { $0.hasPrefix("Moses Abernathy") }, "\(timeline.stdout)")
        #expect(moses.contains("in force"), "\(moses)")
    }
}
