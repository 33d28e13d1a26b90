// The Android Studio project for Cairn's Android shell. It needs the Android SDK and Google's
// Maven repository, neither of which the project's CI machines have: see README.md. The same
// sources (app/src/main, app/src/test) are compiled and tested there by pom.xml and check.sh.
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
include(":app")
