// swift-tools-version:6.1
import PackageDescription

let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "Vigie",
    platforms: [.macOS(.v13)],
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
        .target(name: "VigieCSV", dependencies: ["CLibCSV"], swiftSettings: strict),
        .target(name: "VigieCore", swiftSettings: strict),
        // zlib, for reading workbooks: ZIPFoundation's inflation loops forever on a truncated stream.
        .systemLibrary(name: "CZlibVigie", providers: [.apt(["zlib1g-dev"])]),
        // Excel workbooks (.xlsx): the answer-sheet template written (the zip by ZIPFoundation), filled sheets read
        // into the same table as CSV (the zip by VigieXLSX's own guarded reader over zlib).
        .target(name: "VigieXLSX", dependencies: [
            "VigieCore", "CZlibVigie", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ], swiftSettings: strict),
        .target(name: "VigieWorkspace", dependencies: ["VigieCSV", "VigieCore", "VigieXLSX"], swiftSettings: strict),
        .target(name: "VigieReport", dependencies: [
            "VigieCore", "VigieCSV", .product(name: "Mustache", package: "swift-mustache"),
        ], swiftSettings: strict),
        .executableTarget(
            name: "vigie",
            dependencies: [
                "VigieCSV", "VigieCore", "VigieWorkspace", "VigieReport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict
        ),
        // The benchmark's generator (make bench); not part of the product.
        .executableTarget(name: "vigie-bench", path: "Sources/vigie-bench"),
        .testTarget(name: "VigieCSVTests", dependencies: ["VigieCSV"], resources: [.copy("Fixtures")]),
        .testTarget(name: "VigieCoreTests", dependencies: [
            "VigieCore", .product(name: "PropertyBased", package: "swift-property-based"),
        ]),
        .testTarget(name: "VigieWorkspaceTests", dependencies: ["VigieWorkspace", "VigieCore", "VigieXLSX"], resources: [.copy("Fixtures")]),
        .testTarget(name: "VigieReportTests", dependencies: ["VigieReport", "VigieCore", "VigieWorkspace"], resources: [.copy("Fixtures")]),
        // Workbooks made part by part for the tests (other programs' ways, broken ones).
        .target(name: "XLSXTestSupport", dependencies: [
            "VigieXLSX", "VigieCore", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ], path: "Tests/XLSXTestSupport"),
        .testTarget(name: "VigieXLSXTests", dependencies: ["VigieXLSX", "VigieCore", "XLSXTestSupport"]),
        .testTarget(name: "vigieTests", dependencies: ["VigieCore", "VigieCSV", "VigieXLSX", "XLSXTestSupport"], resources: [.copy("Fixtures")]),
    ]
)
