// The Compose screens as an Android library. The same sources are compiled and tested on the
// JVM by ui/pom.xml (Compose Multiplatform 1.8.2 desktop); here they compile against Jetpack
// Compose from the BOM that carries Compose 1.8 and Material 3 1.3. This module also compiles
// the core's Kotlin bindings, generated with android = true, so the app gets them through it.
// The SDK levels, Java 17 and Compose are set for both modules in ../build.gradle.kts.
plugins {
    id("com.android.library")
    id("org.jetbrains.kotlin.android")
    id("org.jetbrains.kotlin.plugin.compose")
}

// The Rust workspace is the repository root, one level above this Gradle project.
val repoRoot: File = rootProject.projectDir.parentFile
val generatedBindings = layout.buildDirectory.dir("generated/uniffi/kotlin")
val isWindows = System.getProperty("os.name").startsWith("Windows")
val isMac = System.getProperty("os.name").startsWith("Mac")

android {
    namespace = "app.cairn.android.ui"

    defaultConfig {
        consumerProguardFiles("consumer-rules.pro")
    }

    sourceSets {
        getByName("main") {
            kotlin.setSrcDirs(listOf("src/main/kotlin", generatedBindings))
            // src/main/resources holds the fonts for the JVM screenshots; on a phone they come
            // from the app's res/font, so they are not packaged twice.
            resources.setSrcDirs(emptyList<String>())
        }
        // The tests use Compose's desktop test APIs and run only under Maven (ui/pom.xml).
        getByName("test") {
            kotlin.setSrcDirs(emptyList<String>())
            java.setSrcDirs(emptyList<String>())
        }
    }
}

dependencies {
    val composeBom = platform("androidx.compose:compose-bom:2025.06.00")
    api(composeBom)
    api("androidx.compose.runtime:runtime")
    api("androidx.compose.ui:ui")
    api("androidx.compose.foundation:foundation")
    api("androidx.compose.material3:material3")
    implementation("androidx.compose.material:material-icons-core")
    implementation("androidx.compose.ui:ui-tooling-preview")
    debugImplementation("androidx.compose.ui:ui-tooling")
    api("org.jetbrains.kotlinx:kotlinx-coroutines-android:1.10.2")
    // The bindings reach libcairn_ffi.so through JNA; the AAR carries JNA's own native
    // dispatch library for every ABI. @RequiresApi is what android = true bindings annotate with.
    api("net.java.dev.jna:jna:5.18.1@aar")
    implementation("androidx.annotation:annotation:1.9.1")
}

// The host library and the bindgen binary that reads the library's metadata (the metadata is
// the same for every target, so a host build is enough to generate the bindings).
val buildHostBindgen by tasks.registering(Exec::class) {
    group = "rust"
    description = "Builds the host libcairn_ffi and uniffi-bindgen."
    workingDir = repoRoot
    commandLine("cargo", "build", "-p", "cairn-ffi", "-p", "cairn-uniffi-bindgen", "--locked")
}

// The Kotlin bindings (app.cairn.core records, app.cairn.ffi companion), android = true.
val generateBindings by tasks.registering(Exec::class) {
    group = "rust"
    description = "Generates the Kotlin bindings with uniffi-bindgen (android = true)."
    dependsOn(buildHostBindgen)
    workingDir = repoRoot
    inputs.dir(repoRoot.resolve("core/src"))
    inputs.dir(repoRoot.resolve("bindings/src"))
    inputs.file(repoRoot.resolve("core/uniffi.toml"))
    inputs.file(repoRoot.resolve("bindings/uniffi.toml"))
    inputs.file(rootProject.file("uniffi-android.toml"))
    outputs.dir(generatedBindings)
    val hostLibrary =
        when {
            isMac -> "target/debug/libcairn_ffi.dylib"
            isWindows -> "target/debug/cairn_ffi.dll"
            else -> "target/debug/libcairn_ffi.so"
        }
    val bindgen = if (isWindows) "target/debug/uniffi-bindgen.exe" else "target/debug/uniffi-bindgen"
    commandLine(
        repoRoot.resolve(bindgen).path,
        "generate",
        "--library",
        hostLibrary,
        "--language",
        "kotlin",
        "--no-format",
        "--config",
        rootProject.file("uniffi-android.toml").path,
        "--out-dir",
        generatedBindings.get().asFile.path,
    )
}

tasks.named("preBuild") { dependsOn(generateBindings) }
