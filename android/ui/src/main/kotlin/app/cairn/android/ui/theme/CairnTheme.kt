// The one entry point every Cairn screen is wrapped in, on Android and in the JVM tests alike.
// darkTheme is a parameter (not isSystemInDarkTheme()) so a test can render both schemes and the
// app can follow the system, or a setting, from a single place.
package app.cairn.android.ui.theme

import androidx.compose.foundation.shape.RoundedCornerShape
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Shapes
import androidx.compose.runtime.Composable
import androidx.compose.runtime.remember
import androidx.compose.ui.text.font.FontFamily
import androidx.compose.ui.unit.dp

// Rounder than Material's defaults: worn stones rather than cut ones.
internal val CairnShapes = Shapes(
    extraSmall = RoundedCornerShape(6.dp),
    small = RoundedCornerShape(10.dp),
    medium = RoundedCornerShape(16.dp),
    large = RoundedCornerShape(24.dp),
    extraLarge = RoundedCornerShape(32.dp),
)

@Composable
fun CairnTheme(
    darkTheme: Boolean,
    fontFamily: FontFamily = FontFamily.Default,
    content: @Composable () -> Unit,
) {
    // Fifteen TextStyle copies: built once per family, not on every recomposition.
    val typography = remember(fontFamily) { cairnTypography(fontFamily) }
    MaterialTheme(
        colorScheme = if (darkTheme) CairnDarkColors else CairnLightColors,
        typography = typography,
        shapes = CairnShapes,
        content = content,
    )
}
