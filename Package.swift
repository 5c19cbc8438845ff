// swift-tools-version:6.1
//
// POA Ledger: a record of Section 16 powers of attorney, and the authority they give over time.
//
// Module boundaries (a reviewer checks these):
//   POACore        domain values (Day, Form, errors), and names: parsing and matching that need no
//                  ledger. Foundation, and swift-crypto for SHA-256.
//   POAStore       the SQLite ledger through GRDB: migrations, records, the `Ledger` repository.
//   POARules       the rules of effective authority over one grantor's history: pure, POACore only.
//   POAAuthority   the engine keeping intervals true, the queries, the signature audit.
//   POAReading     reading a document without a ledger: containers (text, HTML, EDGAR submissions,
//                  ownership XML) and the POA grammar. POACore only.
//   POAImport      the import pipeline that records what POAReading reads, hand entries, rereads.
//   POAReports     read-only SQL, named reports, output formats, timeline pictures.
//   POAFetch       EDGAR: a filer's Section 16 filings, fetched politely into a cache (Foundation's URLSession).
//   poa            the command-line tool. Thin: it parses arguments and orchestrates the modules.
// Only POAStore imports GRDB (it binds the import's hot statements through the SQLite C API);
// POAReports and the build-time RecordColumnsTool use SQLite's C API through GRDBSQLite alone.
// Only `poa` and `poa-bench` import ArgumentParser.
import PackageDescription

let strictness: [SwiftSetting] = [
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "POALedger",
    // macOS 15 is the oldest the code builds for: `Mutex` (POAStore) and `Atomic` (the CLI
    // tests) come from Synchronization, macOS 15; the rest needs macOS 13 at most (`Regex`,
    // `ContinuousClock`, `Duration`, `firstRange(of:)`, `replacing(_:with:)`). Linux takes no
    // declaration. Other Apple platforms are not declared: nothing builds or tests there.
    platforms: [.macOS(.v15)],
    products: [
        // What a program built on the ledger needs to do what `poa` does: the ledger, reading
        // filings, the rules, and also the reports and the EDGAR fetcher, which add no dependency
        // (GRDB's SQLite and Foundation are there already) and without which a library user would
        // have to rewrite `poa report`, `poa sql` or `poa fetch`.
        .library(
            name: "POALedger",
            targets: ["POACore", "POAStore", "POAReading", "POAImport", "POARules", "POAAuthority", "POAReports", "POAFetch"]),
        .executable(name: "poa", targets: ["poa"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // SHA-256 of every imported file (BoringSSL's, with the CPU's SHA instructions).
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        .target(
            name: "POACore", dependencies: [.product(name: "Crypto", package: "swift-crypto")], swiftSettings: strictness),
        // How the ledger's files are opened and copied where only SQLite's C API can: opening a
        // ledger for reading without changing its files (closing never checkpoints:
        // `sqlite3_db_config` is variadic), the backup's copy through VFSes that move pages in
        // large runs, and the process-wide settings (`sqlite3_config`, variadic too).
        .target(name: "SQLiteFileAccess", linkerSettings: [.linkedLibrary("sqlite3")]),
        .target(
            name: "POAStore",
            dependencies: [
                "POACore", "SQLiteFileAccess", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ],
            exclude: ["Records/columns.manifest"],
            swiftSettings: strictness,
            plugins: ["EmbedSQL", "RecordColumns"]),
        // The rules of effective authority over one grantor's history: pure, no database.
        .target(name: "POARules", dependencies: ["POACore"], swiftSettings: strictness),
        .target(name: "POAAuthority", dependencies: ["POACore", "POARules", "POAStore"], swiftSettings: strictness),
        // Reading a document without a ledger: containers, HTML/SGML/XML, the POA grammar.
        .target(name: "POAReading", dependencies: ["POACore"], swiftSettings: strictness),
        .target(
            name: "POAImport", dependencies: ["POACore", "POAReading", "POAStore", "POAAuthority"],
            swiftSettings: strictness),
        .target(
            name: "POAReports",
            dependencies: ["POACore", "SQLiteFileAccess", .product(name: "GRDBSQLite", package: "GRDB.swift")],
            exclude: ["SQL"],
            swiftSettings: strictness,
            plugins: ["EmbedSQL"]),
        // Fetching from EDGAR through Foundation's URLSession (FoundationNetworking on Linux):
        // no dependency beyond the toolchain.
        .target(name: "POAFetch", dependencies: ["POACore"], swiftSettings: strictness),
        .executableTarget(
            name: "poa",
            dependencies: [
                "POACore", "POAStore", "POAReading", "POAImport", "POAAuthority", "POAReports", "POAFetch",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictness),

        .executableTarget(
            name: "poa-bench",
            dependencies: [
                "POACore", "POAStore", "POAReading", "POAImport", "POAAuthority",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictness),

        // The fuzz target of the document reader (`Scripts/fuzz` builds it with libFuzzer);
        // a plain build makes a replayer of saved inputs instead.
        .executableTarget(name: "poa-fuzz", dependencies: ["POAReading"], swiftSettings: strictness),

        // Build-time embedding of `Migrations/*.sql` into the binary, so a `poa` copied alone
        // to another machine still knows every migration (no resource bundle to lose).
        .executableTarget(name: "EmbedSQLTool", path: "Sources/EmbedSQLTool"),
        .plugin(name: "EmbedSQL", capability: .buildTool(), dependencies: ["EmbedSQLTool"]),
        // Build-time column coding of POAStore's records, from `Migrations/schema.sql`: no
        // record lists its columns by hand (SQLite itself reads the schema's tables and views).
        .executableTarget(
            name: "RecordColumnsTool", dependencies: [.product(name: "GRDBSQLite", package: "GRDB.swift")],
            path: "Sources/RecordColumnsTool"),
        .plugin(name: "RecordColumns", capability: .buildTool(), dependencies: ["RecordColumnsTool"]),

        // What several test targets share: running the built `poa` as a user would (the CLI
        // and fetch tests), and seeded random numbers a failure names so that it can be replayed.
        .target(name: "POATestSupport", path: "Tests/POATestSupport", swiftSettings: strictness),
        .testTarget(name: "POACoreTests", dependencies: ["POACore", "POATestSupport"], swiftSettings: strictness),
        // The rules alone, on histories built in memory: no database.
        .testTarget(
            name: "POARulesTests",
            dependencies: ["POACore", "POARules", .product(name: "PropertyBased", package: "swift-property-based")],
            swiftSettings: strictness),
        .testTarget(
            name: "POAAuthorityTests",
            dependencies: [
                "POACore", "POARules", "POAStore", "POAAuthority", "POAImport",
                .product(name: "GRDB", package: "GRDB.swift"),
                // The benchmark's corpus generator writes the recurring insiders the incremental
                // derivation is checked on.
                "poa-bench",
            ],
            swiftSettings: strictness),
        // The reader alone, with its template families (Templates/<family>/): no ledger, no GRDB.
        .testTarget(
            name: "POAReadingTests",
            dependencies: ["POACore", "POAReading", "POATestSupport"],
            exclude: ["Templates"],
            swiftSettings: strictness),
        .testTarget(
            name: "POAImportTests",
            dependencies: [
                "POACore", "POAStore", "POAReading", "POAImport", .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: strictness),
        .testTarget(
            name: "POAReportsTests",
            dependencies: ["POAReports", "POAStore", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: strictness),
        .testTarget(
            name: "POAStoreTests",
            dependencies: ["POACore", "POAStore", "SQLiteFileAccess", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: strictness),
        // Fetch tests serve EDGAR's shapes from an HTTP server in the test process, and run the
        // built `poa` against it (hence the dependency on the executable).
        .testTarget(
            name: "POAFetchTests",
            dependencies: ["POACore", "POAFetch", "POATestSupport", "poa"],
            swiftSettings: strictness),
        .testTarget(
            name: "POACLITests",
            dependencies: [
                "POACore", "POATestSupport", "poa", "poa-bench", .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: strictness),
    ]
)
