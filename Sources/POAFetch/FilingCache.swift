import Foundation

/// The folder where fetched submissions are kept, one file per filing: `<CIK>/<accession>.txt`.
///
/// A file enters it whole or not at all: it is written under a hidden temporary name
/// (`.<accession>.txt.<pid>.partial`, which `poa import` skips), synced, and renamed into
/// place; the folder is synced after. A run killed at any point leaves at most a temporary,
/// which the next run removes once the process that wrote it is gone. So a file that is there
/// is a whole submission, and a rerun asks only for the ones that are not.
///
/// For example:
///
/// ```swift
/// let cache = FilingCache(folder: "poa-edgar-cache")
/// if !cache.contains(accession, of: cik) { try cache.store(body, accession, of: cik) }
/// ```
public struct FilingCache: Sendable {
    public let folder: String

    public init(folder: String) {
        self.folder = folder.hasSuffix("/") && folder.count > 1 ? String(folder.dropLast()) : folder
    }

    /// The folder of one filer's submissions.
    public func folder(of cik: CIK) -> String { "\(folder)/\(cik)" }

    /// Where a filing's submission is kept.
    public func path(of accession: AccessionNumber, of cik: CIK) -> String {
        "\(folder(of: cik))/\(accession).txt"
    }

    /// Whether the filing is in the cache (and so whole).
    public func contains(_ accession: AccessionNumber, of cik: CIK) -> Bool {
        FileManager.default.fileExists(atPath: path(of: accession, of: cik))
    }

    /// Writes a whole submission into the cache, atomically, and returns its path.
    ///
    /// - Throws: ``FetchError/cacheUnwritable(path:detail:)``; nothing is left in place then.
    @discardableResult
    public func store(_ data: Data, _ accession: AccessionNumber, of cik: CIK) throws(FetchError) -> String {
        let final = path(of: accession, of: cik)
        let temporary = "\(folder(of: cik))/.\(accession).txt.\(getpid()).partial"
        func fail(_ what: String) -> FetchError {
            .cacheUnwritable(path: final, detail: "\(what): \(String(cString: strerror(errno)))")
        }
        do {
            try FileManager.default.createDirectory(atPath: folder(of: cik), withIntermediateDirectories: true)
        } catch {
            throw .cacheUnwritable(path: final, detail: "its folder cannot be made (\(error.localizedDescription))")
        }
        let file = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard file >= 0 else { throw fail("cannot create \(temporary)") }
        var written = 0
        let ok = data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) -> Bool in
            while written < bytes.count {
                let count = write(file, bytes.baseAddress.map { $0 + written }, bytes.count - written)
                if count < 0 && errno == EINTR { continue }
                guard count > 0 else { return false }
                written += count
            }
            return true
        }
        let synced = ok && fsync(file) == 0
        close(file)
        guard synced, rename(temporary, final) == 0 else {
            let error = fail("cannot write \(temporary)")
            unlink(temporary)
            throw error
        }
        Self.sync(folder: folder(of: cik))
        return final
    }

    /// Removes the temporaries of writers no longer running in a filer's folder: what a killed
    /// run left. A running writer's (another `poa fetch` sharing the cache) are left alone.
    public func removeAbandonedTemporaries(of cik: CIK) {
        let folder = folder(of: cik)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names where name.hasPrefix(".") && name.hasSuffix(".partial") {
            let parts = name.split(separator: ".")
            guard parts.count >= 2, let pid = pid_t(parts[parts.count - 2]) else { continue }
            if pid == getpid() || kill(pid, 0) == 0 || errno == EPERM { continue }
            unlink("\(folder)/\(name)")
        }
    }

    /// Syncs a folder, so that a rename in it survives a power cut.
    static func sync(folder: String) {
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }
}
