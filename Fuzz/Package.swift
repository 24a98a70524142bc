// swift-tools-version:6.0
// libFuzzer target over the .docx and text readers: `make fuzz` (see the README).
// A package of its own, because its executable has no main: libFuzzer provides it.
import PackageDescription

let package = Package(
    name: "DocNormFuzz",
    dependencies: [.package(name: "docnorm", path: "..")],
    targets: [
        .executableTarget(
            name: "DocNormFuzz",
            dependencies: [.product(name: "DocNorm", package: "docnorm")],
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        ),
    ],
    swiftLanguageModes: [.v6]
)
