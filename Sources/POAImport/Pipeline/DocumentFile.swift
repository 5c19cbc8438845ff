import Foundation

/// Reads the bytes of one file to import, after `fstat` says it is a regular file no larger than
/// the import's size limit.
///
/// A document is held in memory several times over while it is read (its bytes, its decoded
/// text, the lines and words of the reader, the text stored in the ledger): a file far larger
/// than any filing would make the import's memory follow it. So a file above the limit is
/// refused before a byte of it is read, with a reason naming its size, the limit and how to
/// raise it. The file is opened once and checked through its descriptor, so the file checked is
/// the file read, and reading stops one byte past the limit, so a file that grows meanwhile is
/// refused too. A named pipe, a device or a socket is refused as well: reading one can block
/// forever (a pipe nobody writes) or never end (`/dev/zero`). It is opened without blocking, so
/// a pipe's `open` returns at once.
enum DocumentFile {
    /// Reads the file at `path` (a NUL-terminated path, as the file system takes it), or says why
    /// not, in words for the `error` line of the document.
    static func read(_ path: UnsafePointer<CChar>, limit: FileSize) -> Result<[UInt8], Refusal> {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(.cannotOpen(errno: errno)) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return .failure(.cannotRead(errno: errno)) }
        guard info.st_mode & S_IFMT == S_IFREG else { return .failure(.notARegularFile(mode: info.st_mode & S_IFMT)) }
        let size = Int(info.st_size)
        guard size <= limit.bytes else { return .failure(.tooLarge(size: FileSize(bytes: size), limit: limit)) }
        // One byte more than `stat` said (up to the limit's), so a file that grew is noticed.
        var bytes = [UInt8](repeating: 0, count: min(size, limit.bytes) + 1)
        var count = 0
        while count < bytes.count {
            let got = bytes.withUnsafeMutableBytes { buffer in
                guard let start = buffer.baseAddress else { return 0 }
                return Foundation.read(descriptor, start + count, buffer.count - count)
            }
            if got < 0 {
                if errno == EINTR { continue }
                return .failure(.cannotRead(errno: errno))
            }
            if got == 0 { break }
            count += got
            if count == bytes.count, count <= limit.bytes {
                // It grew: make room for the rest, up to one byte past the limit.
                bytes += [UInt8](repeating: 0, count: min(bytes.count, limit.bytes + 1 - bytes.count))
            }
        }
        guard count <= limit.bytes else { return .failure(.grewPastTheLimit(limit: limit)) }
        bytes.removeLast(bytes.count - count)
        return .success(bytes)
    }

    /// Why a file was not read.
    enum Refusal: Error, Equatable, CustomStringConvertible {
        case cannotOpen(errno: Int32)
        case cannotRead(errno: Int32)
        case notARegularFile(mode: mode_t)
        case tooLarge(size: FileSize, limit: FileSize)
        case grewPastTheLimit(limit: FileSize)

        var description: String {
            switch self {
            case .cannotOpen(let code) where code == ENOENT:
                return "no such file: it was removed while the import ran, or the path is wrong"
            case .cannotOpen(let code) where code == EACCES:
                return "the file cannot be read: permission denied (check its permissions)"
            case .cannotOpen(let code), .cannotRead(let code):
                return "the file cannot be read: \(String(cString: strerror(code)))"
            case .notARegularFile(let mode):
                return "not a regular file (\(Self.kind(of: mode))): only files and folders are imported"
            case .tooLarge(let size, let limit):
                return "the file is \(size) (\(grouped(size.bytes)) bytes), larger than the import's limit of \(limit) "
                    + "(a filing is rarely more than a few MiB); to import it, raise the limit: "
                    + "--max-file-size \(size.roundedUpToAPowerOfTwoMiB.argument)"
            case .grewPastTheLimit(let limit):
                return "the file grew past the import's limit of \(limit) while it was read: "
                    + "import it once it is complete, or raise the limit with --max-file-size"
            }
        }

        /// What a file that is not a regular one is, in words.
        static func kind(of mode: mode_t) -> String {
            switch mode {
            case S_IFIFO: return "a named pipe"
            case S_IFCHR: return "a character device"
            case S_IFBLK: return "a block device"
            case S_IFSOCK: return "a socket"
            case S_IFDIR: return "a folder"
            default: return "a special file"
            }
        }

        /// `209715200` as "209,715,200".
        private func grouped(_ number: Int) -> String {
            let digits = Array(String(number))
            return String(
                digits.enumerated().flatMap { index, digit in
                    index > 0 && (digits.count - index) % 3 == 0 ? [",", digit] : [digit]
                })
        }
    }
}
