import Foundation
import PackagePlugin

/// Writes the column coding of `POAStore`'s records at build time, from the schema.
///
/// Each record's columns, their order, and the code that binds and reads them by position come
/// from `Migrations/schema.sql` (what the migrations add up to) and the target's
/// `Records/columns.manifest` (which record type is which table), through `RecordColumnsTool`.
/// A migration that adds, drops or moves a column changes the records' coding with it.
@main
struct RecordColumns: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: any Target) throws -> [Command] {
        let schema = context.package.directoryURL.appending(path: "Migrations/schema.sql")
        let manifest = target.directoryURL.appending(path: "Records/columns.manifest")
        let output = context.pluginWorkDirectoryURL.appending(path: "RecordColumns.swift")
        return [
            .buildCommand(
                displayName: "Writing the column coding of \(target.name)'s records",
                executable: try context.tool(named: "RecordColumnsTool").url,
                arguments: [schema.path, manifest.path, output.path],
                inputFiles: [schema, manifest],
                outputFiles: [output])
        ]
    }
}
