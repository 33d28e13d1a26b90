// A headless window the size of a common phone (411 x 891 dp at 2.625, e.g. a Pixel 5), with the
// Cairn theme and the bundled font applied, so every UI test sees what a phone user would.
package app.cairn.android.ui.testing

import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Surface
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.geometry.Size
import androidx.compose.ui.test.SkikoComposeUiTest
import androidx.compose.ui.test.runSkikoComposeUiTest
import androidx.compose.ui.unit.Density
import app.cairn.android.ui.theme.CairnTheme
import kotlin.math.roundToInt

object Phone {
    const val WIDTH_DP = 411
    const val HEIGHT_DP = 891
    const val DENSITY = 2.625f
    val widthPx = (WIDTH_DP * DENSITY).roundToInt()
    val heightPx = (HEIGHT_DP * DENSITY).roundToInt()
}

/**
 * Runs [test] against [content] in a phone-sized window. [fontScale] is Android's font size
 * setting (2.0 is the largest the system offers).
 */
fun runOnPhone(
    darkTheme: Boolean = false,
    fontScale: Float = 1f,
    content: @Composable () -> Unit,
    test: SkikoComposeUiTest.() -> Unit,
) = runSkikoComposeUiTest(
    // The size is in pixels; the density turns the dp layout into them.
    size = Size(Phone.widthPx.toFloat(), Phone.heightPx.toFloat()),
    density = Density(Phone.DENSITY, fontScale),
) {
    setContent {
        CairnTheme(darkTheme = darkTheme, fontFamily = BundledFont.family) {
            Surface(modifier = Modifier.fillMaxSize(), color = MaterialTheme.colorScheme.background) {
                content()
            }
        }
    }
    test()
}
