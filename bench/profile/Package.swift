// swift-tools-version:6.0
// docnorm-profile: converts files with the library, synchronously, for valgrind's callgrind
// (`make bench-profile`). Valgrind 3.19 cannot run the CLI itself: it stops inside
// libdispatch's main-thread handling, which an async command uses.
import PackageDescription

let package = Package(
    name: "DocNormProfile",
    dependencies: [.package(name: "docnorm", path: "../..")],
    targets: [
        .executableTarget(name: "docnorm-profile", dependencies: [.product(name: "DocNorm", package: "docnorm")]),
    ],
    swiftLanguageModes: [.v6]
)
