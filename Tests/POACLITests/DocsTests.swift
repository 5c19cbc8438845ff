import Foundation
import POATestSupport
import Testing

/// `docs/commands.md` is the manual of every command: each command of `poa` has a heading there
/// (`## poa import`, `### poa record grant`), every such heading names a command that exists, and
/// every option a command shows in its help is named in its section.
///
/// The commands are read from the built binary as the parser itself describes the tool
/// (`poa --experimental-dump-help`, the JSON behind the generated manual pages and completion
/// scripts), so a command added, renamed or removed in `Poa.configuration` is seen here without a
/// list to keep in step.
struct DocsTests {
    static let commandsPage = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("docs/commands.md")

    /// The parts of the parser's description of the tool that the test reads.
    struct ToolInfo: Decodable {
        let command: Command
    }

    struct Command: Decodable {
        let commandName: String
        let shouldDisplay: Bool?
        let subcommands: [Command]?
        let arguments: [Argument]?
    }

    struct Argument: Decodable {
        let kind: String
        let shouldDisplay: Bool?
        let names: [Name]?
    }

    struct Name: Decodable {
        let kind: String
        let name: String
    }

    /// One command of the tree: its words (`["poa", "record", "grant"]`) and the long options its
    /// help shows.
    struct Entry {
        let words: [String]
        let shown: Bool
        let options: [String]

        var name: String { words.joined(separator: " ") }
    }

    /// Every command under `poa`, the root left out (the page is its manual), depth first.
    static func commands() throws -> [Entry] {
        let result = try PoaProcess.run(["--experimental-dump-help"], in: FileManager.default.temporaryDirectory)
        try #require(result.status == 0, "\(result.stderr)")
        let tool = try JSONDecoder().decode(ToolInfo.self, from: Data(result.stdout.utf8))
        var entries: [Entry] = []
        func walk(_ command: Command, _ words: [String]) {
            let words = words + [command.commandName]
            if words.count > 1 {
                let options = (command.arguments ?? []).filter { $0.kind != "positional" && $0.shouldDisplay ?? true }
                    .flatMap { $0.names ?? [] }.filter { $0.kind == "long" }.map { "--" + $0.name }
                entries.append(Entry(words: words, shown: command.shouldDisplay ?? true, options: options))
            }
            for subcommand in command.subcommands ?? [] { walk(subcommand, words) }
        }
        walk(tool.command, [])
        return entries
    }

    /// A heading of the page: its level, its text, and the text under it up to the next heading.
    struct Section {
        let level: Int
        let title: String
        var body: String
    }

    static func sections(of page: String) -> [Section] {
        var sections: [Section] = []
        var inCode = false
        for line in page.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```") { inCode.toggle() }
            let hashes = line.prefix { $0 == "#" }.count
            if !inCode, (1...6).contains(hashes), line.dropFirst(hashes).first == " " {
                let title = line.dropFirst(hashes).trimmingCharacters(in: .whitespaces)
                sections.append(Section(level: hashes, title: title, body: ""))
            } else if !sections.isEmpty {
                sections[sections.count - 1].body += line + "\n"
            }
        }
        return sections
    }

    /// The headings that name a command: `poa` and at least one more word (`poa record grant`).
    static func commandHeadings(_ sections: [Section]) -> [String] {
        sections.map(\.title).filter { $0.hasPrefix("poa ") }
    }

    /// Whether `text` names `option` whole: `--from` is not found in `--from-date`.
    static func names(_ text: String, _ option: String) -> Bool {
        var rest = text[...]
        while let found = rest.range(of: option) {
            let next = rest[found.upperBound...].first
            if next.map({ !($0.isLetter || $0.isNumber || $0 == "-") }) ?? true { return true }
            rest = rest[found.upperBound...]
        }
        return false
    }

    @Test func everyCommandHasAHeading() throws {
        let headings = Set(Self.commandHeadings(Self.sections(of: try String(contentsOf: Self.commandsPage, encoding: .utf8))))
        let commands = try Self.commands()
        #expect(commands.count > 25, "the walk found too few commands: \(commands.map(\.name))")
        #expect(commands.contains { $0.name == "poa record grant" } && commands.contains { $0.name == "poa people merge" })
        for command in commands where command.shown {
            #expect(headings.contains(command.name), "\(command.name) has no heading `## \(command.name)` in docs/commands.md")
        }
    }

    @Test func everyHeadingNamesACommand() throws {
        let headings = Self.commandHeadings(Self.sections(of: try String(contentsOf: Self.commandsPage, encoding: .utf8)))
        let commands = Set(try Self.commands().map(\.name))
        for heading in headings {
            #expect(commands.contains(heading), "docs/commands.md documents `\(heading)`, which poa does not have")
        }
        #expect(Set(headings).count == headings.count, "a command has two headings: \(headings)")
    }

    /// Each option is named in the command's own section or in a parent's (`poa record` holds the
    /// options its three subcommands share). `--help` and `--version` are on every command, and
    /// `--db` is documented once, under Conventions.
    @Test func everyOptionIsInItsCommandsSection() throws {
        let sections = Self.sections(of: try String(contentsOf: Self.commandsPage, encoding: .utf8))
        let bodies = Dictionary(sections.map { ($0.title, $0.body) }, uniquingKeysWith: { $0 + $1 })
        for command in try Self.commands() where command.shown {
            let own = (2...command.words.count).compactMap { bodies[command.words.prefix($0).joined(separator: " ")] }
            for option in command.options where !["--help", "--version", "--db"].contains(option) {
                #expect(
                    own.contains { Self.names($0, option) },
                    "\(option) of \(command.name) is not named in its section of docs/commands.md")
            }
        }
    }
}
