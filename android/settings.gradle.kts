// The Android Studio project for Cairn's Android app. It needs the Android SDK and Google's
// Maven repository, neither of which the project's CI machines have: see README.md. There the
// same sources are compiled and tested by Maven (pom.xml, check.sh), all but one file:
// app/src/gradle/kotlin/app/cairn/android/MainActivity.kt.
pluginManagement {
    repositories {
        google()
        mavenCentral()
        gradlePluginPortal()
    }
}

dependencyResolutionManagement {
    repositoriesMode.set(RepositoriesMode.FAIL_ON_PROJECT_REPOS)
    repositories {
        google()
        mavenCentral()
    }
}

rootProject.name = "cairn-android"
include(":ui", ":app")
