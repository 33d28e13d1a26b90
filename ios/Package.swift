// swift-tools-version: 6.0
// The Cairn iOS shell as a Swift package, so the app and widget targets of project.yml stay
// one file each and everything else builds (and is unit-tested) as modules. Swift 6 language
// mode throughout: the compiler checks every crossing between the main actor and the core's
// worker. build-xcframework.sh (on a Mac) produces CairnCoreFFI.xcframework and
// build/CairnCore/{CairnCore,CairnCoreTypes}.swift; none of it is committed, and the generated
// Swift stays under build/ where ios/checks/check_swift.py never parses it (UniFFI's output
// trips known false errors in tree-sitter-swift).
import PackageDescription

let package = Package(
    name: "Cairn",
    defaultLocalization: "en",
    platforms: [.iOS(.v17)],
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
        // Unit tests: dates and notification times across DST and zone changes, the model over
        // a fake core, the widget's timeline, and the String Catalog. No host app needed.
        .testTarget(
            name: "CairnAppTests",
            dependencies: ["CairnApp", "CairnWidget", "CairnPlatform", "CairnCore"],
            path: "Tests/CairnAppTests"
        ),
    ],
    swiftLanguageModes: [.v6]
)
