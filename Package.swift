// swift-tools-version:6.1
import PackageDescription

let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "Vigie",
    // Synchronization's Mutex (macOS 15) and String.UTF8View.span (macOS 26) are used; on Linux any Swift 6.2+.
    platforms: [.macOS("26.0")],
    products: [
        .executable(name: "vigie", targets: ["vigie"]),
        .library(name: "VigieCore", targets: ["VigieCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibCSV",
            providers: [.apt(["libcsv-dev"])]
        ),
        // The reading layer: the table of cells every source format yields (bytes, offsets, lines), trimming, the
        // byte-keyed look-up. The only target with unsafe code, besides the readers that feed it.
        .target(name: "VigieSource", swiftSettings: strict),
        .target(name: "VigieCSV", dependencies: ["CLibCSV", "VigieSource"], swiftSettings: strict),
        .target(name: "VigieCore", dependencies: ["VigieSource"], swiftSettings: strict),
        // zlib, for reading workbooks: ZIPFoundation's inflation loops forever on a truncated stream.
        .systemLibrary(name: "CZlibVigie", providers: [.apt(["zlib1g-dev"])]),
        // Excel workbooks (.xlsx): the answer-sheet template written (the zip by ZIPFoundation), filled sheets read
        // into the same table as CSV (the zip by VigieXLSX's own guarded reader over zlib).
        .target(name: "VigieXLSX", dependencies: [
            "VigieCore", "VigieSource", "CZlibVigie", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ], swiftSettings: strict),
        .target(name: "VigieWorkspace", dependencies: ["VigieCSV", "VigieCore", "VigieSource", "VigieXLSX"], swiftSettings: strict),
        .target(name: "VigieReport", dependencies: [
            "VigieCore", "VigieCSV", "VigieSource", .product(name: "Mustache", package: "swift-mustache"),
        ], swiftSettings: strict),
        // glibc's mallopt, for the allocator's one setting the command line changes (see AllocatorSettings.swift).
        .systemLibrary(name: "CMalloc"),
        .executableTarget(
            name: "vigie",
            dependencies: [
                "CMalloc", "VigieCSV", "VigieCore", "VigieSource", "VigieWorkspace", "VigieReport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict
        ),
        // The benchmark's generator (make bench); not part of the product.
        .executableTarget(name: "vigie-bench", dependencies: [
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ], path: "Sources/vigie-bench"),
        // What every test target shares: fixture folders, golden files (recording fails the run), inline CSV sheets.
        .target(name: "VigieTestSupport", path: "Tests/VigieTestSupport"),
        .testTarget(name: "VigieSourceTests", dependencies: ["VigieSource"]),
        .testTarget(name: "VigieCSVTests", dependencies: ["VigieCSV", "VigieSource", "VigieTestSupport"], resources: [.copy("Fixtures")]),
        .testTarget(name: "VigieCoreTests", dependencies: [
            "VigieCore", "VigieSource", .product(name: "PropertyBased", package: "swift-property-based"),
        ]),
        .testTarget(name: "VigieWorkspaceTests", dependencies: ["VigieWorkspace", "VigieCSV", "VigieCore", "VigieSource", "VigieXLSX", "VigieTestSupport"], resources: [.copy("Fixtures")]),
        .testTarget(name: "VigieReportTests", dependencies: ["VigieReport", "VigieCore", "VigieSource", "VigieWorkspace", "VigieTestSupport"], resources: [.copy("Fixtures")]),
        // Workbooks made part by part for the tests (other programs' ways, broken ones). Beside VigieTestSupport, not
        // in it: it links VigieXLSX and ZIPFoundation, which the other test targets do without.
        .target(name: "XLSXTestSupport", dependencies: [
            "VigieXLSX", "VigieCore", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ], path: "Tests/XLSXTestSupport"),
        .testTarget(name: "VigieXLSXTests", dependencies: ["VigieXLSX", "VigieCore", "XLSXTestSupport"]),
        .testTarget(name: "vigieTests", dependencies: ["VigieCore", "VigieCSV", "VigieSource", "VigieXLSX", "XLSXTestSupport", "VigieTestSupport"], resources: [.copy("Fixtures")]),
    ]
)
