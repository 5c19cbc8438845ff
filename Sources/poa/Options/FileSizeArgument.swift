import ArgumentParser
import POAImport

/// `--max-file-size` of `poa import`: `64M`, `1G`, `1.5G`, `512K` or plain bytes. Anything else is
/// a usage error (exit 64).
extension FileSize: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(parsing: argument)
    }

    public var defaultValueDescription: String { argument }
}
