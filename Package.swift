// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Folio",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "folio", targets: ["folio"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // Tests only: the YAML reader Folio used before, as the reference its own composer is held to.
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        // swift-mustache 2.1.1 with speed patches (Vendor/swift-mustache/FOLIO-PATCHES.md).
        .package(path: "Vendor/swift-mustache"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // Debian's libcmark-dev, the CommonMark reference implementation.
        .systemLibrary(
            name: "CMark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        // Debian's libyaml-dev, the YAML parser; Folio composes its events into nodes (Loading/YAML).
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        // Debian's libfreexl-dev, for legacy Excel (.xls, BIFF) exports.
        .systemLibrary(
            name: "FreeXL",
            pkgConfig: "freexl",
            providers: [.apt(["libfreexl-dev"])]
        ),
        // Source locations, diagnostics, ROC calendar: shared vocabulary, no I/O.
        .target(name: "FolioCore"),
        // Indicator catalog, plan model and plan rules. Pure Swift: no files, no HTML.
        .target(name: "FolioPlan", dependencies: ["FolioCore"]),
        // Rulebook, dossier model, scoring and eligibility. Pure Swift: no files, no HTML.
        .target(name: "FolioPromotion", dependencies: ["FolioCore"]),
        // Loading, Markdown, templates, pages, atomic output.
        .target(
            name: "FolioSite",
            dependencies: [
                "CMark", "CYAML", "FreeXL", "FolioCore", "FolioPlan", "FolioPromotion",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            resources: [.copy("Resources/catalog"), .copy("Resources/rulebooks"), .copy("Resources/cefr"), .copy("Resources/templates"), .copy("Resources/docs")]
        ),
        // Local preview: HTTP server, file watching, live reload.
        .target(
            name: "FolioPreview",
            dependencies: ["FolioSite", "FolioCore", .product(name: "FlyingFox", package: "FlyingFox")]
        ),
        .executableTarget(
            name: "folio",
            dependencies: [
                "FolioSite", "FolioCore", "FolioPreview",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Workspaces, the built folio binary, background processes, sockets and a seeded generator, for the tests.
        .target(name: "FolioTestSupport", path: "Tests/FolioTestSupport"),
        .testTarget(name: "FolioCoreTests", dependencies: ["FolioCore"]),
        .testTarget(name: "FolioPlanTests", dependencies: ["FolioPlan", "FolioCore"]),
        // FolioSite only for its rulebook loader: the rule tests run on the shipped YAML rulebooks.
        .testTarget(
            name: "FolioPromotionTests",
            dependencies: ["FolioPromotion", "FolioCore", "FolioSite", "FolioTestSupport", .product(name: "Yams", package: "Yams")]
        ),
        .testTarget(name: "FolioPreviewTests", dependencies: ["FolioPreview", "FolioSite", "FolioTestSupport", "folio"]),
        .testTarget(
            name: "FolioSiteTests",
            dependencies: ["FolioSite", "FolioPlan", "FolioPromotion", "FolioCore", "FolioTestSupport", "folio",
                           .product(name: "Mustache", package: "swift-mustache"), .product(name: "Yams", package: "Yams")]
        ),
    ]
)
