// Plugin versions for both modules, and the Android settings they share. AGP 8.13.2 needs Gradle
// 8.13+ (gradle/wrapper) and JDK 17; Kotlin 2.2.21 is the version the ui module's Maven build
// tests the Compose screens with.
import com.android.build.api.dsl.ApplicationExtension
import com.android.build.api.dsl.CommonExtension
import com.android.build.api.dsl.LibraryExtension
import org.jetbrains.kotlin.gradle.dsl.JvmTarget
import org.jetbrains.kotlin.gradle.dsl.KotlinAndroidProjectExtension

plugins {
    id("com.android.application") version "8.13.2" apply false
    id("com.android.library") version "8.13.2" apply false
    id("org.jetbrains.kotlin.android") version "2.2.21" apply false
    id("org.jetbrains.kotlin.plugin.compose") version "2.2.21" apply false
}

/**
 * What the app and its ui library must agree on: the SDK they compile against, the oldest
 * Android they run on, Java 17 bytecode and Compose. Each module's own build file adds the rest.
 */
fun CommonExtension<*, *, *, *, *, *>.sharedAndroid() {
    compileSdk = 36
    defaultConfig {
        minSdk = 26
    }
    compileOptions {
        sourceCompatibility = JavaVersion.VERSION_17
        targetCompatibility = JavaVersion.VERSION_17
    }
    buildFeatures {
        compose = true
    }
}

// Applied as each module applies its plugins, before its own android {} and kotlin {} blocks run.
subprojects {
    pluginManager.withPlugin("com.android.application") {
        extensions.configure<ApplicationExtension> { sharedAndroid() }
    }
    pluginManager.withPlugin("com.android.library") {
        extensions.configure<LibraryExtension> { sharedAndroid() }
    }
    pluginManager.withPlugin("org.jetbrains.kotlin.android") {
        extensions.configure<KotlinAndroidProjectExtension> {
            compilerOptions {
                jvmTarget.set(JvmTarget.JVM_17)
            }
        }
    }
}
