// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "docnorm",
    products: [
        .library(name: "DocNorm", targets: ["DocNorm"]),
        .executable(name: "docnorm", targets: ["docnorm"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        // `swift package generate-documentation --target DocNorm`: the DocC catalog.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    ],
    targets: [
        // C shims
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "CLibZip", pkgConfig: "libzip", providers: [.apt(["libzip-dev"])]),
        .systemLibrary(name: "CCmarkGFM", pkgConfig: "libcmark-gfm", providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]),
        // Pipeline: readers -> model -> rules -> writers -> facade -> CLI
        .target(name: "DocNormModel"),
        .target(name: "DocNormReaders", dependencies: ["DocNormModel", "CLibXML2", "CLibZip", "CCmarkGFM"]),
        .target(name: "DocNormRules", dependencies: ["DocNormModel"]),
        .target(name: "DocNormWriters", dependencies: ["DocNormModel", "CLibZip"]),
        .target(name: "DocNorm", dependencies: ["DocNormModel", "DocNormReaders", "DocNormRules", "DocNormWriters", "Yams"]),
        .executableTarget(name: "docnorm", dependencies: [
            "DocNorm",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .target(name: "DocNormTestSupport", dependencies: ["DocNorm", "CLibZip"], path: "Tests/Support"),
        .testTarget(name: "DocNormModelTests", dependencies: ["DocNormModel"]),
        .testTarget(name: "DocNormRulesTests", dependencies: ["DocNormRules", "DocNormTestSupport"]),
        .testTarget(name: "DocNormReadersTests", dependencies: ["DocNormReaders", "DocNormTestSupport"]),
        .testTarget(name: "DocNormWritersTests", dependencies: ["DocNormWriters", "DocNormTestSupport"]),
        .testTarget(name: "DocNormDocxTests", dependencies: ["DocNorm", "DocNormReaders", "DocNormTestSupport"]),
        .testTarget(name: "DocNormGoldenTests", dependencies: ["DocNorm", "DocNormTestSupport"]),
        .testTarget(name: "DocNormBatchTests", dependencies: ["DocNorm", "DocNormTestSupport"]),
        .testTarget(name: "DocNormCLITests", dependencies: ["docnorm", "DocNormTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
