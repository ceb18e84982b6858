// swift-tools-version:6.2
import PackageDescription

/// Settings shared by every target: Swift 6 language mode with strict concurrency (the default for
/// tools version 6), and upcoming features that keep dependencies out of our public API by accident.
let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "exosphere",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "exosphere", targets: ["ExosphereCLI"]),
        .executable(name: "exosphere-fuzz", targets: ["ExosphereFuzz"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", exact: "1.16.2"),
        .package(url: "https://github.com/apple/swift-nio", exact: "2.101.3"),
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/swift-server/async-http-client", exact: "1.37.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", exact: "2.28.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", exact: "2.13.0"),
        .package(url: "https://github.com/apple/swift-crypto", exact: "4.5.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl", exact: "2.37.6"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", exact: "2.1.1"),
        .package(url: "https://github.com/vapor/postgres-nio", exact: "1.33.2"),
        .package(url: "https://github.com/apple/swift-metrics", exact: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", exact: "2.4.1"),
    ],
    targets: [
        // Front end: argument parsing, output formatting and exit codes only.
        .executableTarget(
            name: "ExosphereCLI",
            dependencies: [
                "ExosphereCore", "CloudConfig", "OpenStackSimulator", "PluginHost", "PluginWeb", "WebUI", "SessionDatabase",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                // exosphere login's one-time loopback listener for Keystone's single sign-on post.
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "NIOCore", package: "swift-nio"),
            ],
            swiftSettings: swiftSettings,
            // A release build with `--static-swift-stdlib` would export all of its 47,000 symbols
            // (the static runtime's link arguments ask for it); nothing loads symbols from the
            // program, and the dynamic loader's work on that table was 2 ms of every start.
            linkerSettings: [.unsafeFlags(["-Xlinker", "--no-export-dynamic"], .when(configuration: .release))]
        ),
        // Domain: clouds, projects, instances; multi-cloud sessions and the token cache.
        .target(
            name: "ExosphereCore",
            dependencies: [
                "OpenStackAPI", "OutboundHTTP", "CloudConfig", "Secrets", "Localization",
                .target(name: "CCrypt", condition: .when(platforms: [.linux])),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Metrics", package: "swift-metrics"),
            ],
            swiftSettings: swiftSettings
        ),
        // Typed wire models and async clients for Keystone, Nova, Glance, Neutron and Cinder.
        .target(
            name: "OpenStackAPI",
            dependencies: [
                "OutboundHTTP", "Secrets", "Localization",
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        // Every request Exosphere sends out, to clouds and for plugins: one AsyncHTTPClient layer
        // with destination checks, redirect rules, deadlines and size limits (each caller its policy).
        .target(
            name: "OutboundHTTP",
            dependencies: [
                "Localization",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ],
            swiftSettings: swiftSettings
        ),
        // clouds.yaml, secure.yaml, OS_* variables and Exosphere's own settings file.
        .target(
            name: "CloudConfig",
            dependencies: ["Secrets", "Localization", .product(name: "Yams", package: "Yams")],
            swiftSettings: swiftSettings
        ),
        // An OpenStack simulator on loopback. It must not import OpenStackAPI: it builds its JSON
        // from its own types, so a misunderstanding of the API cannot pass on both sides.
        .target(
            name: "OpenStackSimulator",
            dependencies: [
                "Secrets", "Localization",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: swiftSettings
        ),
        // A value type for passwords and tokens whose description is always `<redacted>`.
        .target(name: "Secrets", swiftSettings: swiftSettings),
        // Messages shown to people (msgid + arguments) and the `UserFacingError` protocol.
        .target(
            name: "Localization",
            dependencies: [.product(name: "Logging", package: "swift-log")],
            swiftSettings: swiftSettings
        ),
        // Plugins: Lua 5.4 from Debian's liblua5.4-dev, the C shim that keeps every Lua error out of
        // Swift frames, and the plugin host itself (manifests, sandbox, the exo.* host API).
        .systemLibrary(name: "CLua", pkgConfig: "lua5.4", providers: [.apt(["liblua5.4-dev"])]),
        .target(name: "CLuaShim", dependencies: ["CLua"], linkerSettings: [.linkedLibrary("m")]),
        // What plugins contribute, as plain data (view nodes, cards, links): shared by the plugin
        // host and the web UI, so the web UI needs neither Lua nor the host.
        .target(name: "PluginModel", swiftSettings: swiftSettings),
        .target(
            name: "PluginHost",
            dependencies: [
                "CLuaShim", "ExosphereCore", "CloudConfig", "PluginModel", "Localization", "Secrets",
                // exo.http: the same outbound layer as cloud calls, held to public addresses as they are.
                "OutboundHTTP",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
            ],
            swiftSettings: swiftSettings
        ),
        // Every parser of outside input as a libFuzzer target (scripts/fuzz); FuzzTargetsTests replays
        // the kept corpus through them on every test run.
        .target(
            name: "FuzzTargets",
            dependencies: [
                "OpenStackAPI", "CloudConfig", "Localization", "Theming", "PluginHost", "WebUI",
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: swiftSettings
        ),
        // `exosphere-fuzz`: built by scripts/fuzz with -sanitize=fuzzer; otherwise it replays the corpus.
        .executableTarget(
            name: "ExosphereFuzz", dependencies: ["FuzzTargets"], swiftSettings: swiftSettings + [.unsafeFlags(["-parse-as-library"])]),
        // Per-call costs of the plugin host: `swift run -c release PluginHostBenchmark [folder]`.
        .executableTarget(name: "PluginHostBenchmark", dependencies: ["PluginHost", "PluginModel"], swiftSettings: swiftSettings),
        .testTarget(
            name: "FuzzTargetsTests",
            dependencies: ["FuzzTargets"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "PluginHostTests",
            dependencies: [
                "PluginHost", "PluginModel", "ExosphereCore", "CloudConfig", "Localization", "Secrets", .product(name: "Logging", package: "swift-log"),
                // bundled plugins: support-tickets against a local HTTP server.
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            resources: [.copy("Fixtures")],
            swiftSettings: swiftSettings
        ),
        // launch: libxcrypt's crypt_r for the salted hash of the instance user's passphrase.
        .systemLibrary(name: "CCrypt", path: "Sources/CCrypt"),
        .testTarget(name: "SecretsTests", dependencies: ["Secrets"], swiftSettings: swiftSettings),
        // Against a real PostgreSQL: the one CI starts, or a private cluster the tests start (PostgresCluster).
        .testTarget(
            name: "SessionDatabaseTests",
            dependencies: [
                "SessionDatabase", "PostgresTesting", "Localization", .product(name: "Logging", package: "swift-log"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "LocalizationTests",
            dependencies: ["Localization", .product(name: "Logging", package: "swift-log")],
            resources: [.copy("Fixtures")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "CloudConfigTests",
            dependencies: ["CloudConfig"],
            resources: [.copy("Fixtures")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "OpenStackAPITests",
            dependencies: [
                "OpenStackAPI", "OutboundHTTP", .product(name: "NIOSSL", package: "swift-nio-ssl"),
                // transport failures are classified from AsyncHTTPClient's and NIO's own errors.
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                // a live server that redirects (RedirectTests).
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            resources: [.copy("Fixtures")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "OutboundHTTPTests",
            dependencies: [
                "OutboundHTTP", "Localization",
                // live servers that redirect and answer slowly.
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "OpenStackSimulatorTests",
            dependencies: [
                "OpenStackSimulator", "Secrets",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                // a live server that redirects (RedirectTests).
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            resources: [.copy("Fixtures")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ExosphereCoreTests",
            dependencies: ["ExosphereCore", "OpenStackSimulator", "OpenStackAPI", "OutboundHTTP", "CloudConfig"],
            swiftSettings: swiftSettings
        ),
        // The same scenarios against the simulator and, when EXOSPHERE_CONTRACT_CLOUD names one, a real cloud.
        .testTarget(
            name: "ContractTests",
            dependencies: ["OpenStackAPI", "OutboundHTTP", "OpenStackSimulator", "CloudConfig", "ExosphereCore"],
            resources: [.copy("Fixtures")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ExosphereCLITests",
            dependencies: [
                "ExosphereCLI", "OpenStackSimulator", "CloudConfig",
                // the hostile cloud the hardening tests drive the CLI against.
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            resources: [.copy("Fixtures")],
            swiftSettings: swiftSettings
        ),
        // web UI: themes, the Hummingbird app, and the browser harness its tests drive.
        // Themes are read with CloudConfig's YAML reader, the one that names line and column.
        .target(
            name: "Theming",
            dependencies: ["CloudConfig", "Localization"],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "WebUI",
            dependencies: [
                "ExosphereCore", "CloudConfig", "Localization", "Theming", "Secrets", "PluginModel", "SessionDatabase",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ],
            resources: [.copy("Resources")],
            swiftSettings: swiftSettings
        ),
        // Hosted mode's shared state: session rows and the replicas' common key in PostgreSQL.
        .target(
            name: "SessionDatabase",
            dependencies: [
                "Localization",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
            ],
            swiftSettings: swiftSettings
        ),
        // The web UI's extension points (WebExtensions) served by the plugin host's registry.
        .target(
            name: "PluginWeb",
            dependencies: [
                "WebUI", "PluginHost", "PluginModel", "ExosphereCore", "CloudConfig", "Localization",
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "PluginWebTests",
            dependencies: [
                "PluginWeb", "WebUI", "PluginHost", "PluginModel", "ExosphereCore", "CloudConfig", "Localization", "Secrets",
                "OpenStackSimulator", "BrowserTesting",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "BrowserTesting",
            dependencies: [
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            path: "Tests/BrowserTesting",
            swiftSettings: swiftSettings
        ),
        // A real PostgreSQL for tests: EXOSPHERE_TEST_POSTGRES when set, else a private cluster started once per run.
        .target(name: "PostgresTesting", dependencies: ["SessionDatabase"], path: "Tests/PostgresTesting", swiftSettings: swiftSettings),
        .testTarget(
            name: "ThemingTests",
            dependencies: ["Theming", "CloudConfig", "Localization"],
            resources: [.copy("Fixtures")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "WebUITests",
            dependencies: [
                "WebUI", "Theming", "Localization", "ExosphereCore", "OpenStackAPI", "OpenStackSimulator",
                "CloudConfig", "Secrets", "BrowserTesting", "PluginModel", "SessionDatabase", "PostgresTesting", "OutboundHTTP",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ],
            swiftSettings: swiftSettings
        ),
    ]
)
