// Writes a screen as phone-sized PNGs in every variant a person may see: light, dark, the
// largest font size, and Spanish, so a reviewer (or the next session) can look at the screens
// without a phone.
package app.cairn.android.ui.testing

import androidx.compose.runtime.Composable
import androidx.compose.ui.graphics.toAwtImage
import androidx.compose.ui.test.captureToImage
import androidx.compose.ui.test.onRoot
import org.junit.Assume
import java.io.File
import java.util.Locale
import javax.imageio.ImageIO

/**
 * One way a screen is seen; [tag] ends up in the file name, e.g. `today-dark.png`. [locale] is
 * the phone's language and country: Spanish as spoken in the US, where 988 and SAMHSA answer
 * in it, is the longest text the screens must hold at the normal font size.
 */
enum class ScreenVariant(val tag: String, val darkTheme: Boolean, val fontScale: Float, val locale: Locale = Locale.ENGLISH) {
    Light("light", darkTheme = false, fontScale = 1f),
    Dark("dark", darkTheme = true, fontScale = 1f),
    Large("large", darkTheme = false, fontScale = 2f),
    Spanish("es", darkTheme = false, fontScale = 1f, locale = Locale.forLanguageTag("es-US")),
}

/** The folder the PNGs go to: set by the pom (build/screens/android at the repository root). */
val screensDir: File
    get() = File(
        requireNotNull(System.getProperty("cairn.screens.dir")) {
            "cairn.screens.dir is not set: run the tests through android/ui/pom.xml"
        },
    )

/**
 * Skips the calling test unless screenshots are wanted: android/check.sh runs the other tests
 * with -Dcairn.screens=skip and android/screens.sh runs only these.
 */
fun assumeScreenshots() {
    Assume.assumeFalse("screenshots are written by android/screens.sh", System.getProperty("cairn.screens") == "skip")
}

/**
 * Renders [content] in each [ScreenVariant] and writes `<name>-<tag>.png`; returns the files.
 * [content] here has no strings from the app's resources, so a language variant would only
 * repeat the light one: those are left to [writeAppScreenshots].
 */
fun writeScreenshots(name: String, content: @Composable () -> Unit): List<File> {
    assumeScreenshots()
    screensDir.mkdirs()
    return ScreenVariant.entries.filter { it.locale == Locale.ENGLISH }.map { variant ->
        val file = File(screensDir, "$name-${variant.tag}.png")
        runOnPhone(variant.darkTheme, variant.fontScale, content) {
            waitForIdle()
            check(ImageIO.write(onRoot().captureToImage().toAwtImage(), "png", file)) {
                "no PNG writer for $file"
            }
        }
        file
    }
}
