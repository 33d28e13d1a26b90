import org.jetbrains.kotlin.gradle.dsl.JvmTarget

plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
}

// The Rust workspace is the repository root, one level above this Gradle project.
val repoRoot: File = rootProject.projectDir.parentFile
val rustJniLibs = layout.buildDirectory.dir("rustJniLibs")
val generatedBindings = layout.buildDirectory.dir("generated/uniffi/kotlin")
val androidAbis = listOf("arm64-v8a", "armeabi-v7a", "x86_64")

android {
    namespace = "app.cairn.android"
    compileSdk = 35

    defaultConfig {
        applicationId = "app.cairn.android"
        minSdk = 26
        targetSdk = 35
        versionCode = 1
        versionName = "0.1.0"
        ndk { abiFilters += androidAbis }
    }

    buildTypes {
        release {
            isMinifyEnabled = false
        }
    }

    compileOptions {
        sourceCompatibility = JavaVersion.VERSION_17
        targetCompatibility = JavaVersion.VERSION_17
    }

    sourceSets["main"].kotlin.srcDir(generatedBindings)
    sourceSets["main"].jniLibs.srcDir(rustJniLibs)

    testOptions {
        unitTests.all { it.useJUnitPlatform() }
    }
}

kotlin {
    compilerOptions {
        jvmTarget.set(JvmTarget.JVM_17)
    }
}

dependencies {
    // The generated bindings reach libcairn_ffi.so through JNA; the AAR carries JNA's own
    // native dispatch library for every ABI.
    implementation("net.java.dev.jna:jna:5.18.1@aar")
    // Only for @RequiresApi in the android = true bindings.
    implementation("androidx.annotation:annotation:1.9.1")
    testImplementation("org.junit.jupiter:junit-jupiter:5.14.4")
    testRuntimeOnly("org.junit.platform:junit-platform-launcher")
}

// libcairn_ffi.so for every ABI, with cargo-ndk (cargo install cargo-ndk; rustup target add
// aarch64-linux-android armv7-linux-androideabi x86_64-linux-android; ANDROID_NDK_HOME set).
val cargoNdk by tasks.registering(Exec::class) {
    group = "rust"
    description = "Builds libcairn_ffi.so per ABI into build/rustJniLibs with cargo-ndk."
    workingDir = repoRoot
    inputs.dir(repoRoot.resolve("core/src"))
    inputs.dir(repoRoot.resolve("bindings/src"))
    inputs.file(repoRoot.resolve("Cargo.lock"))
    outputs.dir(rustJniLibs)
    val args = mutableListOf("cargo", "ndk")
    androidAbis.forEach { args += listOf("-t", it) }
    args += listOf("--platform", "26", "-o", rustJniLibs.get().asFile.path, "build", "--profile", "mobile", "-p", "cairn-ffi", "--locked")
    commandLine(args)
}

// The host library and the bindgen binary that reads the library's metadata.
val buildHostBindgen by tasks.registering(Exec::class) {
    group = "rust"
    description = "Builds the host libcairn_ffi and uniffi-bindgen."
    workingDir = repoRoot
    commandLine("cargo", "build", "-p", "cairn-ffi", "-p", "cairn-uniffi-bindgen", "--locked")
}

// The Kotlin bindings, generated from a host build of the same crate (the metadata is the
// same for every target) with android = true (uniffi-android.toml).
val generateBindings by tasks.registering(Exec::class) {
    group = "rust"
    description = "Generates the Kotlin bindings with uniffi-bindgen (android = true)."
    workingDir = repoRoot
    inputs.dir(repoRoot.resolve("bindings/src"))
    inputs.file(rootProject.file("uniffi-android.toml"))
    outputs.dir(generatedBindings)
    val hostLibrary =
        when {
            System.getProperty("os.name").startsWith("Mac") -> "target/debug/libcairn_ffi.dylib"
            System.getProperty("os.name").startsWith("Windows") -> "target/debug/cairn_ffi.dll"
            else -> "target/debug/libcairn_ffi.so"
        }
    val bindgen = if (System.getProperty("os.name").startsWith("Windows")) "target/debug/uniffi-bindgen.exe" else "target/debug/uniffi-bindgen"
    dependsOn(buildHostBindgen)
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

tasks.named("preBuild") { dependsOn(cargoNdk, generateBindings) }
