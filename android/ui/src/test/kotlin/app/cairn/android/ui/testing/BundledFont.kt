// Loads the bundled Atkinson Hyperlegible TTFs with Compose desktop's resource Font API, which
// does not exist on Android; that is why this lives in the tests and the theme takes a family.
package app.cairn.android.ui.testing

import androidx.compose.ui.text.font.FontFamily
import androidx.compose.ui.text.font.FontWeight
import androidx.compose.ui.text.platform.Font

object BundledFont {
    const val REGULAR = "font/atkinson_hyperlegible_regular.ttf"
    const val BOLD = "font/atkinson_hyperlegible_bold.ttf"

    // Material's type scale asks for Normal (400) and Medium (500); with two files, Medium
    // falls back to the nearest weight the family has, as Android does.
    val family: FontFamily = FontFamily(
        Font(resource = REGULAR, weight = FontWeight.Normal),
        Font(resource = BOLD, weight = FontWeight.Bold),
    )
}
