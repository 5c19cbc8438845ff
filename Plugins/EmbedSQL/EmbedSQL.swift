import Foundation
import PackagePlugin

/// Embeds a target's SQL files into its Swift sources at build time.
///
/// `POAStore` gets the package's migrations, `Migrations/NNNN_*.sql`, ordered by file name, as
/// the `EmbeddedMigrations.all` array. The binary then carries every migration in itself:
/// copied alone to another folder or machine, it still knows the whole schema history.
/// (A resource bundle would break as soon as the binary leaves `.build`.) Other files of the
/// folder are not migrations: `schema.sql` is what the migrations add up to, for people to read.
///
/// Other targets get the `*.sql` files of an `SQL/` folder in their own directory.
@main
struct EmbedSQL: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: any Target) throws -> [Command] {
        let (folder, typeName): (URL, String) =
            target.name == "POAStore"
            ? (context.package.directoryURL.appending(path: "Migrations"), "EmbeddedMigrations")
            : (target.directoryURL.appending(path: "SQL"), "EmbeddedSQL")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        let embedded = typeName == "EmbeddedMigrations" ? names.filter(isMigration) : names.filter { $0.hasSuffix(".sql") }
        let inputs = embedded.sorted().map { folder.appending(path: $0) }
        let output = context.pluginWorkDirectoryURL.appending(path: "\(typeName).swift")
        return [
            .buildCommand(
                displayName: "Embedding \(inputs.count) SQL files into \(target.name)",
                executable: try context.tool(named: "EmbedSQLTool").url,
                arguments: [typeName, output.path] + inputs.map(\.path),
                inputFiles: inputs,
                outputFiles: [output])
        ]
    }
}

/// Whether a file of `Migrations/` is a migration: `NNNN_verb_object.sql`, four digits first.
func isMigration(_ fileName: String) -> Bool {
    fileName.wholeMatch(of: /[0-9]{4}_.+\.sql/) != nil
}
