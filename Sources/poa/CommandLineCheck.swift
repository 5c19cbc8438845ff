import ArgumentParser
import Foundation
import POACore

/// Finds the first unknown command or option in a command line, and the nearest valid one.
///
/// swift-argument-parser (1.8) suggests the nearest option only when an unknown option is the
/// first thing it trips on. It decodes and validates a command before it looks at what is left
/// over, so `poa timeline --grantr x` fails the command's own check ("Give exactly one of
/// --grantor NAME or --attorney NAME") without naming `--grantr`; a mistyped command word is
/// reported as an unknown option after it (`poa timelin --grantor x`) or an unexpected argument
/// (`poa autority`), with no suggestion; and `poa help WORD` shows the top help, exit 0, for a
/// WORD that is no command.
///
/// So `Poa.main()` asks this check about the raw arguments whenever parsing fails (a good
/// command line costs nothing), and before parsing when the line starts with `help`. It walks
/// the words left to right through the command tree: a word where a command is expected must
/// name one, an option must be one of that command's, and an option that takes a value skips
/// it. The tree and each command's options come from the parser's own description of the tool,
/// `_dumpHelp()` (the public JSON behind `--experimental-dump-help`), so every command and
/// option is known here without a list to keep in step.
struct CommandLineCheck {
    /// One command of the tree, as `_dumpHelp()` describes it.
    struct Command: Decodable {
        let commandName: String
        let aliases: [String]?
        let subcommands: [Command]?
        let arguments: [Argument]?

        struct Argument: Decodable {
            let kind: String
            let names: [Name]?
        }

        struct Name: Decodable {
            let kind: String
            let name: String
        }

        /// The names a user may type for this command.
        var names: [String] { [commandName] + (aliases ?? []) }

        var commands: [Command] { subcommands ?? [] }

        /// The option or flag with this name (`--name`, `-n`), if any.
        func option(named typed: String) -> Argument? {
            (arguments ?? []).first { argument in
                argument.kind != "positional" && (argument.names ?? []).contains { Self.spelling($0) == typed }
            }
        }

        /// Every long option name, as typed (`--grantor`).
        var longOptions: [String] {
            (arguments ?? []).filter { $0.kind != "positional" }.flatMap { $0.names ?? [] }
                .filter { $0.kind != "short" }.map(Self.spelling)
        }

        static func spelling(_ name: Name) -> String {
            switch name.kind {
            case "long": "--" + name.name
            default: "-" + name.name
            }
        }
    }

    private struct ToolInfo: Decodable {
        let command: Command
    }

    let root: Command

    /// The parser's hidden options, which its description leaves out.
    static let builtIn: Set<String> = ["--help-hidden", "--experimental-dump-help", "--generate-completion-script"]

    /// The check of `command`'s tree.
    init?(_ command: any ParsableCommand.Type) {
        guard let info = try? JSONDecoder().decode(ToolInfo.self, from: Data(command._dumpHelp().utf8)) else { return nil }
        root = info.command
    }

    /// What is wrong with `arguments` (without the program's name), as a message naming the
    /// bad word and the nearest valid one, or nil when every word is a known command or option.
    func problem(in arguments: [String]) -> String? {
        var command = root
        var path = [root.commandName]
        var index = 0
        while index < arguments.count {
            let word = arguments[index]
            index += 1
            if word == "--" { return nil }
            if word.hasPrefix("-"), word.count > 1, !(word.dropFirst().first?.isNumber ?? false) {
                let typed = String(word.prefix { $0 != "=" })
                if Self.builtIn.contains(typed) { continue }
                guard let option = command.option(named: typed) else {
                    return unknownOption(typed, of: command, path: path)
                }
                if option.kind == "option", !word.contains("=") { index += 1 }
                continue
            }
            guard !command.commands.isEmpty else { continue }
            guard let next = command.commands.first(where: { $0.names.contains(word) }) else {
                return unknownCommand(word, of: command, path: path)
            }
            if next.commandName == "help", path.count == 1 {
                // `poa help WORDS`: the words are a command path from the top.
                return commandPathProblem(Array(arguments[index...]))
            }
            command = next
            path.append(next.commandName)
        }
        return nil
    }

    /// The first word of `words` that names no command under the one before it (options skipped).
    private func commandPathProblem(_ words: [String]) -> String? {
        var command = root
        var path = [root.commandName]
        for word in words where !word.hasPrefix("-") {
            guard let next = command.commands.first(where: { $0.names.contains(word) && $0.commandName != "help" }) else {
                if command.commands.isEmpty { return nil }
                return unknownCommand(word, of: command, path: path)
            }
            command = next
            path.append(next.commandName)
        }
        return nil
    }

    private func unknownCommand(_ word: String, of command: Command, path: [String]) -> String {
        let names = command.commands.map(\.commandName).filter { $0 != "help" }
        let what = path.count == 1 ? "unknown command '\(word)'" : "unknown subcommand '\(word)' of '\(path.joined(separator: " "))'"
        if let nearest = Self.nearest(to: word, among: names) {
            return "\(what): did you mean \(nearest)?"
        }
        return "\(what): the commands are \(names.joined(separator: ", ")) (see '\(path.joined(separator: " ")) --help')"
    }

    private func unknownOption(_ typed: String, of command: Command, path: [String]) -> String {
        let what = "unknown option '\(typed)' for '\(path.joined(separator: " "))'"
        // "-grantor" is most likely "--grantor" with a dash left out.
        let asLong = typed.hasPrefix("--") ? typed : "-" + typed
        if let nearest = Self.nearest(to: asLong, among: command.longOptions) {
            return "\(what): did you mean \(nearest)?"
        }
        return "\(what): see '\(path.joined(separator: " ")) --help' for its options"
    }

    /// The names nearest to `word`, quoted and joined with "or": those within a typing mistake
    /// or two (one in a short word, up to three in a long one; a swap of neighbours is one), or
    /// beginning with it. Nil when none is near.
    static func nearest(to word: String, among names: [String]) -> String? {
        let typed = word.lowercased()
        let limit = typed.utf8.count <= 4 ? 1 : typed.utf8.count <= 12 ? 2 : 3
        var scored: [(score: Int, name: String)] = []
        for name in names {
            var score = EditDistance.between(typed, name, limit: limit)
            let bare = typed.drop { $0 == "-" }.count
            if score > limit, bare >= 3, name.hasPrefix(typed) { score = limit }
            if score <= limit { scored.append((score, name)) }
        }
        guard let best = scored.map(\.score).min() else { return nil }
        let names = scored.filter { $0.score == best }.map { "'\($0.name)'" }
        return names.prefix(3).joined(separator: " or ")
    }
}
