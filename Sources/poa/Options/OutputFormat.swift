import ArgumentParser

/// `--format` for commands whose output is either for people (`text`) or for scripts (`json`).
enum TextOrJSON: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
