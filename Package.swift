// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "mash",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "mash", targets: ["mash"]),
        .executable(name: "mash-referral", targets: ["mash-referral"]),
        .executable(name: "mash-research", targets: ["mash-research"]),
        .executable(name: "mash-risk", targets: ["mash-risk"]),
        .executable(name: "mash-decision", targets: ["mash-decision"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.6.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.6.0"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.0.0"),
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.0.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CRdKafka",
            pkgConfig: "rdkafka",
            providers: [.apt(["librdkafka-dev"])]
        ),
        .target(
            name: "MASHKafka",
            dependencies: [
                "CRdKafka", "MASHCore",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .target(name: "MASHCore"),
        .target(name: "MASHLinkage", dependencies: ["MASHCore"]),
        .target(name: "MASHStages", dependencies: ["MASHCore", "MASHLinkage", .product(name: "Yams", package: "Yams")]),
        .target(
            name: "MASHAgencyStore",
            dependencies: [
                "MASHCore", "MASHLinkage", "MASHStages",
                .product(name: "GRDB", package: "GRDB.swift"), .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        .target(name: "MASHSynthetic", dependencies: ["MASHCore"]),
        .target(
            name: "MASHWorker",
            dependencies: [
                "MASHKafka", "MASHStages", "MASHCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .executableTarget(name: "mash-referral", dependencies: ["MASHWorker", "MASHAgencyStore"]),
        .executableTarget(name: "mash-research", dependencies: ["MASHWorker", "MASHAgencyStore"]),
        .executableTarget(name: "mash-risk", dependencies: ["MASHWorker"]),
        .executableTarget(name: "mash-decision", dependencies: ["MASHWorker"]),
        .executableTarget(
            name: "mash",
            dependencies: [
                "MASHKafka", "MASHCore", "MASHStages", "MASHSynthetic", "MASHWorker", "MASHLinkage", "MASHAgencyStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .target(
            name: "MASHTestSupport",
            dependencies: ["MASHKafka", .product(name: "Logging", package: "swift-log")],
            path: "Tests/MASHTestSupport"
        ),
        .testTarget(name: "MASHKafkaTests", dependencies: ["MASHKafka", "MASHTestSupport"]),
        .testTarget(name: "MASHCoreTests", dependencies: ["MASHCore"]),
        .testTarget(name: "MASHLinkageTests", dependencies: ["MASHLinkage", "MASHCore", "MASHTestSupport"]),
        .testTarget(name: "MASHStagesTests", dependencies: ["MASHStages", "MASHCore", "MASHLinkage", "MASHSynthetic"]),
        .testTarget(
            name: "MASHAgencyStoreTests",
            dependencies: [
                "MASHAgencyStore", "MASHLinkage", "MASHStages", "MASHCore", "MASHSynthetic", "MASHTestSupport",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .testTarget(name: "MASHSyntheticTests", dependencies: ["MASHSynthetic", "MASHCore", "MASHStages"]),
        .testTarget(name: "EndToEndTests", dependencies: ["MASHKafka", "MASHCore", "MASHStages", "MASHAgencyStore", "MASHWorker", "MASHSynthetic", "MASHTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
