// Plugin versions for both modules. AGP 8.13.2 needs Gradle 8.13+ (gradle/wrapper) and JDK 17;
// Kotlin 2.2.21 is the version the ui module's Maven build tests the Compose screens with.
plugins {
    id("com.android.application") version "8.13.2" apply false
    id("com.android.library") version "8.13.2" apply false
    id("org.jetbrains.kotlin.android") version "2.2.21" apply false
    id("org.jetbrains.kotlin.plugin.compose") version "2.2.21" apply false
}
