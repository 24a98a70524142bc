// swift-tools-version:6.0
// libFuzzer targets: `make fuzz` runs both, `make fuzz-xml` the second (see the README).
// DocNormFuzz takes whole files (a .docx zip or text); DocNormFuzzXML takes the XML of
// document.xml, numbering.xml, styles.xml and footnotes.xml and zips them itself.
// A package of its own, because its executables have no main: libFuzzer provides it.
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
        .executableTarget(
            name: "DocNormFuzzXML",
            dependencies: [.product(name: "DocNorm", package: "docnorm")],
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        ),
    ],
    swiftLanguageModes: [.v6]
)
