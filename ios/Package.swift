// swift-tools-version:5.9
// The Cairn iOS shell as a Swift package. build-xcframework.sh (run on a Mac) produces
// CairnCoreFFI.xcframework and build/CairnCore/{CairnCore,CairnCoreTypes}.swift; none of it is
// committed. The generated Swift lives under build/ so scripts/check_swift.py, which skips
// build/, never parses it (UniFFI's output trips known false errors in tree-sitter-swift).
import PackageDescription

let package = Package(
    name: "Cairn",
    defaultLocalization: "en",
    platforms: [.iOS(.v16)],
    products: [
        .library(name: "CairnApp", targets: ["CairnApp"]),
        .library(name: "CairnWidget", targets: ["CairnWidget"]),
    ],
    targets: [
        // The Rust static library with both generated headers and one module map (FFI/): C
        // modules CairnCoreFFI and CairnCoreTypesFFI, the second re-exporting the first.
        .binaryTarget(
            name: "CairnCoreFFI",
            path: "CairnCoreFFI.xcframework"
        ),
        // The generated bindings, both files in one Swift module: cairn-ffi's (the companion,
        // the key store) and cairn-core's (records, enums, the error). CairnCore.swift uses
        // CairnCoreTypes.swift's declarations without an import, so they cannot be two targets.
        .target(
            name: "CairnCore",
            dependencies: ["CairnCoreFFI"],
            path: "build/CairnCore",
            sources: ["CairnCore.swift", "CairnCoreTypes.swift"]
        ),
        .target(
            name: "CairnPlatform",
            dependencies: ["CairnCore"],
            path: "Sources/CairnPlatform"
        ),
        .target(
            name: "CairnApp",
            dependencies: ["CairnCore", "CairnPlatform"],
            path: "Sources/CairnApp",
            resources: [.process("Resources")]
        ),
        .target(
            name: "CairnWidget",
            dependencies: ["CairnCore", "CairnPlatform"],
            path: "Sources/CairnWidget",
            resources: [.process("Resources")]
        ),
    ]
)
