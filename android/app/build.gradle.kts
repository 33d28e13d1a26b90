// The app: the Activity (the one Gradle-only file, src/gradle/kotlin), the platform side that
// Maven also compiles and tests (src/main/kotlin), resources, and libcairn_ffi.so for every
// ABI built with cargo-ndk. The screens and the core's bindings come from the ui module; the SDK
// levels, Java 17 and Compose are set for both modules in ../build.gradle.kts.
plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
    id("org.jetbrains.kotlin.plugin.compose")
}

// The Rust workspace is the repository root, one level above this Gradle project.
val repoRoot: File = rootProject.projectDir.parentFile
val rustJniLibs = layout.buildDirectory.dir("rustJniLibs")
val androidAbis = listOf("arm64-v8a", "armeabi-v7a", "x86_64")

android {
    namespace = "app.cairn.android"
    // NDK r28c: links shared libraries 16 KB-aligned by default (Android 15+ devices with 16 KB
    // pages); cargo-ndk below uses this NDK.
    ndkVersion = "28.2.13676358"

    defaultConfig {
        applicationId = "app.cairn.android"
        targetSdk = 36
        versionCode = 1
        versionName = "0.1.0"
        ndk { abiFilters += androidAbis }
    }

    buildTypes {
        release {
            isMinifyEnabled = true
            isShrinkResources = true
            proguardFiles(getDefaultProguardFile("proguard-android-optimize.txt"), "proguard-rules.pro")
        }
    }

    sourceSets {
        getByName("main") {
            // src/main/kotlin: everything Maven compiles too; src/gradle/kotlin: MainActivity.
            kotlin.setSrcDirs(listOf("src/main/kotlin", "src/gradle/kotlin"))
            jniLibs.srcDir(rustJniLibs)
        }
    }

    packaging {
        // Uncompressed and page-aligned in the APK, loaded in place (the default from minSdk 23).
        jniLibs.useLegacyPackaging = false
    }

    testOptions {
        unitTests.all { it.useJUnitPlatform() }
    }
}

dependencies {
    implementation(project(":ui"))
    implementation("androidx.activity:activity-compose:1.10.1")
    testImplementation("org.junit.jupiter:junit-jupiter:5.14.4")
    testRuntimeOnly("org.junit.platform:junit-platform-launcher")
}

// libcairn_ffi.so for every ABI with cargo-ndk (cargo install cargo-ndk; rustup target add
// aarch64-linux-android armv7-linux-androideabi x86_64-linux-android), using the NDK pinned
// above, with the `mobile` profile (fat LTO, size-optimised, stripped).
val ndkDirectory = androidComponents.sdkComponents.ndkDirectory
val cargoNdk by tasks.registering(Exec::class) {
    group = "rust"
    description = "Builds libcairn_ffi.so per ABI into build/rustJniLibs with cargo-ndk."
    workingDir = repoRoot
    inputs.dir(repoRoot.resolve("core/src"))
    inputs.dir(repoRoot.resolve("bindings/src"))
    inputs.file(repoRoot.resolve("Cargo.toml"))
    inputs.file(repoRoot.resolve("Cargo.lock"))
    outputs.dir(rustJniLibs)
    // 16 KB pages, said explicitly for the 64-bit ABIs (r28 already links them so).
    environment("CARGO_TARGET_AARCH64_LINUX_ANDROID_RUSTFLAGS", "-C link-arg=-Wl,-z,max-page-size=16384")
    environment("CARGO_TARGET_X86_64_LINUX_ANDROID_RUSTFLAGS", "-C link-arg=-Wl,-z,max-page-size=16384")
    doFirst {
        environment("ANDROID_NDK_HOME", ndkDirectory.get().asFile.path)
    }
    val args = mutableListOf("cargo", "ndk")
    androidAbis.forEach { args += listOf("-t", it) }
    args += listOf("--platform", "26", "-o", rustJniLibs.get().asFile.path)
    args += listOf("build", "--profile", "mobile", "-p", "cairn-ffi", "--locked")
    commandLine(args)
}

tasks.named("preBuild") { dependsOn(cargoNdk) }
