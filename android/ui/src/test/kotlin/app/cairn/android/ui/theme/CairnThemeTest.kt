// Holds the theme to its promises: readable colour pairs in both schemes, one font family across
// the type scale, and the bundled font really drawing (not a silent fallback to DejaVu Sans).
package app.cairn.android.ui.theme

import androidx.compose.material3.ColorScheme
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Typography
import androidx.compose.runtime.Composable
import androidx.compose.ui.graphics.Color
import androidx.compose.ui.graphics.luminance
import androidx.compose.ui.test.runComposeUiTest
import androidx.compose.ui.text.TextMeasurer
import androidx.compose.ui.text.TextStyle
import androidx.compose.ui.text.font.FontFamily
import androidx.compose.ui.text.font.FontWeight
import androidx.compose.ui.text.rememberTextMeasurer
import androidx.compose.ui.unit.sp
import app.cairn.android.ui.testing.BundledFont
import org.junit.Assert.assertEquals
import org.junit.Assert.assertNotEquals
import org.junit.Assert.assertNotNull
import org.junit.Assert.assertTrue
import org.junit.Test

class CairnThemeTest {
    @Test
    fun textColoursMeetWcagAaInBothSchemes() {
        for (dark in listOf(false, true)) {
            val scheme = themed(dark) { MaterialTheme.colorScheme }
            val low = textPairs(scheme).filter { (_, pair) -> contrast(pair.first, pair.second) < 4.5 } +
                outlinePairs(scheme).filter { (_, pair) -> contrast(pair.first, pair.second) < 3.0 }
            assertTrue(
                "dark=$dark: " + low.joinToString { (name, pair) ->
                    "$name %.2f".format(contrast(pair.first, pair.second))
                },
                low.isEmpty(),
            )
        }
    }

    @Test
    fun everyTextStyleUsesTheGivenFamily() {
        val typography = themed(dark = false, fontFamily = BundledFont.family) { MaterialTheme.typography }
        val styles = styles(typography)
        assertEquals(15, styles.size)
        styles.forEach { (name, style) -> assertEquals(name, BundledFont.family, style.fontFamily) }
    }

    @Test
    fun bundledFontDrawsInBothWeights() {
        listOf(BundledFont.REGULAR, BundledFont.BOLD, "font/OFL.txt").forEach {
            assertNotNull("missing resource $it", javaClass.classLoader.getResource(it))
        }
        val sample = "Cairn 0O Il1 days clean"
        fun TextMeasurer.width(family: FontFamily, weight: FontWeight) =
            measure(sample, TextStyle(fontFamily = family, fontWeight = weight, fontSize = 20.sp)).size.width
        val widths = themed(dark = false) {
            val measurer = rememberTextMeasurer()
            listOf(FontWeight.Normal, FontWeight.Bold).map { weight ->
                measurer.width(BundledFont.family, weight) to measurer.width(FontFamily.Default, weight)
            }
        }
        val (regular, bold) = widths
        // Atkinson Hyperlegible is narrower than DejaVu Sans, the only system font here.
        assertNotEquals("regular falls back to the system font", regular.second, regular.first)
        assertNotEquals("bold falls back to the system font", bold.second, bold.first)
        assertNotEquals("bold draws as regular", regular.first, bold.first)
    }

    private fun <T> themed(
        dark: Boolean,
        fontFamily: FontFamily = FontFamily.Default,
        read: @Composable () -> T,
    ): T {
        var value: T? = null
        runComposeUiTest {
            setContent { CairnTheme(darkTheme = dark, fontFamily = fontFamily) { value = read() } }
        }
        return value ?: error("the theme never composed")
    }

    private fun contrast(a: Color, b: Color): Double {
        val (light, darkest) = listOf(a.luminance(), b.luminance()).sortedDescending()
        return (light + 0.05) / (darkest + 0.05)
    }

    private fun textPairs(s: ColorScheme) = mapOf(
        "onPrimary/primary" to (s.onPrimary to s.primary),
        "onPrimaryContainer/primaryContainer" to (s.onPrimaryContainer to s.primaryContainer),
        "onSecondary/secondary" to (s.onSecondary to s.secondary),
        "onSecondaryContainer/secondaryContainer" to (s.onSecondaryContainer to s.secondaryContainer),
        "onTertiary/tertiary" to (s.onTertiary to s.tertiary),
        "onTertiaryContainer/tertiaryContainer" to (s.onTertiaryContainer to s.tertiaryContainer),
        "onBackground/background" to (s.onBackground to s.background),
        "onSurface/surface" to (s.onSurface to s.surface),
        "onSurfaceVariant/surfaceVariant" to (s.onSurfaceVariant to s.surfaceVariant),
        "onSurface/surfaceContainerHighest" to (s.onSurface to s.surfaceContainerHighest),
        "onSurfaceVariant/surfaceContainerHighest" to (s.onSurfaceVariant to s.surfaceContainerHighest),
        "primary/surfaceContainer" to (s.primary to s.surfaceContainer),
        "primary/background" to (s.primary to s.background),
        "inverseOnSurface/inverseSurface" to (s.inverseOnSurface to s.inverseSurface),
        "onError/error" to (s.onError to s.error),
        "onErrorContainer/errorContainer" to (s.onErrorContainer to s.errorContainer),
    ).toList()

    // Borders of outlined chips and fields: WCAG asks 3:1 for the parts of a control.
    private fun outlinePairs(s: ColorScheme) = mapOf(
        "outline/surface" to (s.outline to s.surface),
        "outline/surfaceContainer" to (s.outline to s.surfaceContainer),
    ).toList()

    private fun styles(t: Typography) = listOf(
        "displayLarge" to t.displayLarge, "displayMedium" to t.displayMedium, "displaySmall" to t.displaySmall,
        "headlineLarge" to t.headlineLarge, "headlineMedium" to t.headlineMedium, "headlineSmall" to t.headlineSmall,
        "titleLarge" to t.titleLarge, "titleMedium" to t.titleMedium, "titleSmall" to t.titleSmall,
        "bodyLarge" to t.bodyLarge, "bodyMedium" to t.bodyMedium, "bodySmall" to t.bodySmall,
        "labelLarge" to t.labelLarge, "labelMedium" to t.labelMedium, "labelSmall" to t.labelSmall,
    )
}
