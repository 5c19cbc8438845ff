import Foundation
import POAImport

/// The command line's arguments as the shell gave them, in bytes.
///
/// Swift's `CommandLine.arguments` (which the argument parser reads) replaces bytes that are not
/// UTF-8 with U+FFFD, so a file named in such bytes (`poa import $'caf\xe9.txt'`) would be
/// looked for under another name. The bytes are in `argv`: an argument's path is taken from there
/// whenever its text is the replaced text of one of them.
enum RawArguments {
    /// The arguments that are not UTF-8, by the text Swift made of them.
    static let notUTF8: [String: [UInt8]] = {
        var arguments: [String: [UInt8]] = [:]
        for index in 1..<Int(CommandLine.argc) {
            guard let argument = CommandLine.unsafeArgv[index] else { continue }
            let bytes = UnsafeBufferPointer(start: argument, count: strlen(argument)).map { UInt8(bitPattern: $0) }
            let text = String(decoding: bytes, as: UTF8.self)
            if !text.utf8.elementsEqual(bytes) { arguments[text] = bytes }
        }
        return arguments
    }()

    /// The path `argument` names, in the bytes it was given in.
    static func path(_ argument: String) -> RawPath {
        notUTF8[argument].map { RawPath(bytes: $0) } ?? RawPath(argument)
    }
}
