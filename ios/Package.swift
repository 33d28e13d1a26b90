// swift-tools-version:5.9
// The Cairn iOS shell as a Swift package. build-xcframework.sh (run on a Mac) produces
// CairnCoreFFI.xcframework and build/CairnCore/CairnCore.swift; neither is committed.
// The generated Swift lives under build/ so scripts/check_swift.py, which skips build/,
// never parses it (UniFFI's output trips known false errors in tree-sitter-swift).
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
        .binaryTarget(
            name: "CairnCoreFFI",
            path: "CairnCoreFFI.xcframework"
        ),
        .target(
            name: "CairnCore",
            dependencies: ["CairnCoreFFI"],
            path: "build/CairnCore"
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
