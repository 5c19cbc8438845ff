import Foundation

/// What a file given to `poa restore` is, told from the file itself before SQLite opens it.
///
/// SQLite says "file is not a database", "unable to open database file" or "database disk
/// image is malformed" for a folder, a text file, an empty file and a copy cut short alike; a
/// person needs to know which, to know what to do. So the restore first looks at the file's
/// type and size and at its first 100 bytes, SQLite's header, which hold the page size and how
/// many pages the database has: a file shorter than that is a copy that did not finish.
enum RestoreSource {
    /// Why the file at `path` is no backup; nil when it is a readable file that starts with
    /// SQLite's header and is as long as the header says. A missing file (but a symbolic link
    /// to nothing) is left to the caller, which says there is no file.
    static func problem(at path: String) -> BackupError.SourceProblem? {
        var info = stat()
        guard stat(path, &info) == 0 else {
            if errno == EACCES { return .unreadable(detail: "permission denied") }
            if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: path) {
                return .danglingLink(target: target)
            }
            return nil
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: return .folder(backups: backups(in: path))
        default: return .notAFile
        }
        let size = Int64(info.st_size)
        guard size > 0 else { return .empty }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return .unreadable(detail: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var header = [UInt8](repeating: 0, count: 100)
        let count = header.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, 0) }
        guard count >= 0 else { return .unreadable(detail: String(cString: strerror(errno))) }
        header.removeLast(100 - count)
        return problem(header: header, size: size)
    }

    /// SQLite's header string, which every database file starts with.
    static let magic = Array("SQLite format 3\u{0}".utf8)

    /// What the first bytes of a file of `size` bytes say it is (see ``problem(at:)``).
    static func problem(header: [UInt8], size: Int64) -> BackupError.SourceProblem? {
        guard header.starts(with: magic) || (header.count < magic.count && magic.starts(with: header)) else {
            if let text = textBeginning(header) { return .text(beginning: text) }
            return .notSQLite
        }
        guard header.count == 100 else { return .cutShort(bytes: size, announced: nil) }
        // Bytes 16-17: the page size (1 means 65,536). Bytes 28-31: the pages in the database,
        // valid when the change counter (24-27) equals the version-valid-for number (92-95).
        let pageSize = header[16] == 0 && header[17] == 1 ? 65_536 : Int64(header[16]) << 8 | Int64(header[17])
        func number(at offset: Int) -> Int64 { header[offset..<offset + 4].reduce(0) { $0 << 8 | Int64($1) } }
        guard pageSize >= 512, pageSize & (pageSize - 1) == 0 else { return nil }
        let pages = number(at: 28)
        if pages > 0, number(at: 24) == number(at: 92), size < pages * pageSize {
            return .cutShort(bytes: size, announced: pages * pageSize)
        }
        if size % pageSize != 0 { return .cutShort(bytes: size, announced: nil) }
        return nil
    }

    /// The start of the first line of `bytes`, when they read as text (UTF-8, no control
    /// characters but tabs and line ends): at most 40 characters, for a message.
    static func textBeginning(_ bytes: [UInt8]) -> String? {
        let text = String(decoding: bytes, as: UTF8.self)
        // A cut in the middle of a character at the end of the 100 bytes is not a sign of binary.
        guard !text.unicodeScalars.dropLast(3).contains("\u{FFFD}"),
            !text.unicodeScalars.contains(where: { $0.value < 0x20 && !["\t", "\n", "\r"].contains($0) })
        else { return nil }
        let line = text.prefix { $0 != "\n" && $0 != "\r\n" && $0 != "\r" }.trimmingCharacters(in: .whitespaces)
        guard !line.isEmpty else { return nil }
        return line.count > 40 ? String(line.prefix(40)) + "…" : line
    }

    /// Up to three names of `*.sqlite` files in the folder at `path`, for a person who gave the
    /// folder instead of the backup in it.
    static func backups(in path: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return Array(names.filter { $0.hasSuffix(".sqlite") && !$0.hasPrefix(".") }.sorted().prefix(3))
    }
}

extension BackupError {
    /// What a file given to `poa restore` is instead of a backup (see ``RestoreSource``).
    public enum SourceProblem: Equatable, Sendable, CustomStringConvertible {
        /// A folder; `backups` names up to three `*.sqlite` files in it.
        case folder(backups: [String])
        /// A device, a named pipe or a socket.
        case notAFile
        /// A symbolic link to nothing.
        case danglingLink(target: String)
        /// Zero bytes.
        case empty
        /// Text, beginning with these words.
        case text(beginning: String)
        /// Bytes that are not an SQLite database.
        case notSQLite
        /// An SQLite database shorter than its header says (`announced` bytes), or not a whole
        /// number of its pages (`announced` nil): a copy that did not finish.
        case cutShort(bytes: Int64, announced: Int64?)
        /// The file could not be read.
        case unreadable(detail: String)

        public var description: String {
            let giveTheBackup = "give the file poa backup wrote"
            switch self {
            case .folder(let backups):
                return "it is a folder, not a backup; " + giveTheBackup
                    + (backups.isEmpty ? "" : " (the folder holds \(backups.joined(separator: ", ")))")
            case .notAFile:
                return "it is not a file (a device, a named pipe or a socket); " + giveTheBackup
            case .danglingLink(let target):
                return "it is a symbolic link to \(target), which does not exist; " + giveTheBackup
            case .empty:
                return "it is not a POA Ledger backup: it is empty (0 bytes); " + giveTheBackup
            case .text(let beginning):
                return "it is not a POA Ledger backup but text (\"\(beginning)\"); " + giveTheBackup
            case .notSQLite:
                return "it is not a POA Ledger backup (not an SQLite database: it does not begin with SQLite's header); "
                    + giveTheBackup
            case .cutShort(let bytes, let announced):
                let size = announced.map { "\(Self.grouped(bytes)) bytes of the \(Self.grouped($0)) its header announces" }
                    ?? "\(Self.grouped(bytes)) bytes, not a whole number of its pages"
                return "it is a database cut short (\(size)): a copy or download that did not finish; "
                    + "copy it again from where it came, or restore another backup"
            case .unreadable(let detail):
                return "it cannot be read (\(detail)); check its permissions and those of its folder"
            }
        }

        /// `368640` as "368,640".
        static func grouped(_ number: Int64) -> String {
            let digits = Array(String(number))
            var text = ""
            for (index, digit) in digits.enumerated() {
                if index > 0, (digits.count - index) % 3 == 0 { text.append(",") }
                text.append(digit)
            }
            return text
        }
    }
}
