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
        .executable(name: "mash-workspace", targets: ["mash-workspace"]),
        .executable(name: "mash-gateway", targets: ["mash-gateway"]),
        .executable(name: "mash-watch", targets: ["mash-watch"]),
        .executable(name: "mash-crelay", targets: ["mash-crelay"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.6.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.6.0"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.0.0"),
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.0.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.20.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth.git", from: "2.0.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-crypto.git", "3.0.0"..<"5.0.0"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.0.0"),
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.4.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.0.0"),
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
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .target(name: "MASHCore", dependencies: [.product(name: "Crypto", package: "swift-crypto")]),
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
        .target(name: "MASHReport", dependencies: ["MASHCore", "MASHStages"]),
        .target(
            name: "MASHWorker",
            dependencies: [
                "MASHKafka", "MASHStages", "MASHCore",
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        // What the operator's tools share (the front door's intake, the delivery ledger): not the workers'.
        .target(name: "MASHOperator", dependencies: ["MASHKafka", "MASHCore", "MASHStages", .product(name: "Logging", package: "swift-log")]),
        .executableTarget(name: "mash-referral", dependencies: ["MASHWorker", "MASHAgencyStore"]),
        .executableTarget(name: "mash-research", dependencies: ["MASHWorker", "MASHAgencyStore"]),
        .executableTarget(name: "mash-risk", dependencies: ["MASHWorker"]),
        .executableTarget(name: "mash-decision", dependencies: ["MASHWorker"]),
        .executableTarget(name: "mash-watch", dependencies: ["MASHWorker", "MASHStages"]),
        // The reference relay `mash bench relay` measures `mash relay` against: plain C over librdkafka.
        .executableTarget(name: "mash-crelay", linkerSettings: [.linkedLibrary("rdkafka")]),
        .target(
            name: "MASHWorkspace",
            dependencies: [
                "MASHKafka", "MASHCore", "MASHStages", "MASHReport",
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .executableTarget(
            name: "mash-workspace",
            dependencies: ["MASHWorkspace", "MASHWorker", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .target(
            name: "MASHGateway",
            dependencies: [
                "MASHKafka", "MASHCore", "MASHStages", "MASHLinkage",
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .executableTarget(
            name: "mash-gateway",
            dependencies: ["MASHGateway", "MASHWorker", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .executableTarget(
            name: "mash",
            dependencies: [
                "MASHKafka", "MASHCore", "MASHStages", "MASHSynthetic", "MASHWorker", "MASHOperator", "MASHLinkage", "MASHAgencyStore", "MASHWorkspace", "MASHGateway", "MASHReport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .target(
            name: "MASHTestSupport",
            dependencies: [
                "MASHKafka", .product(name: "Logging", package: "swift-log"),
                .product(name: "HummingbirdTesting", package: "hummingbird"), .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            path: "Tests/MASHTestSupport"
        ),
        .testTarget(name: "MASHKafkaTests", dependencies: ["MASHKafka", "MASHCore", "MASHTestSupport"]),
        .testTarget(name: "MASHCoreTests", dependencies: ["MASHCore", .product(name: "Crypto", package: "swift-crypto")]),
        .testTarget(name: "MASHLinkageTests", dependencies: ["MASHLinkage", "MASHCore", "MASHTestSupport"]),
        .testTarget(name: "MASHStagesTests", dependencies: ["MASHStages", "MASHCore", "MASHLinkage", "MASHSynthetic"]),
        .testTarget(
            name: "MASHAgencyStoreTests",
            dependencies: [
                "MASHAgencyStore", "MASHLinkage", "MASHStages", "MASHCore", "MASHSynthetic", "MASHTestSupport",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .testTarget(name: "MASHReportTests", dependencies: ["MASHReport", "MASHCore", "MASHStages", "MASHTestSupport"]),
        .testTarget(name: "MASHSyntheticTests", dependencies: ["MASHSynthetic", "MASHCore", "MASHStages"]),
        .testTarget(
            name: "MASHWorkspaceTests",
            dependencies: [
                "MASHWorkspace", "MASHCore", "MASHStages", "MASHKafka", "MASHTestSupport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
        .testTarget(
            name: "MASHGatewayTests",
            dependencies: [
                "MASHGateway", "MASHCore", "MASHStages", "MASHKafka", "MASHSynthetic", "MASHTestSupport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
        .testTarget(name: "EndToEndTests", dependencies: ["MASHKafka", "MASHCore", "MASHStages", "MASHAgencyStore", "MASHWorker", "MASHOperator", "MASHSynthetic", "MASHTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
