// Labels in a bar of fixed height, where the slots share the width (the bottom bar, Progress's
// tabs): they grow with the font size up to 1.3x and no further, so they stay whole; the screens
// themselves grow to 2x.
package app.cairn.android.ui.components

import androidx.compose.runtime.Composable
import androidx.compose.runtime.CompositionLocalProvider
import androidx.compose.ui.platform.LocalDensity
import androidx.compose.ui.unit.Density

@Composable
fun CappedFontScale(content: @Composable () -> Unit) {
    val density = LocalDensity.current
    val capped = Density(density.density, density.fontScale.coerceAtMost(MAX_BAR_FONT_SCALE))
    CompositionLocalProvider(LocalDensity provides capped, content = content)
}

private const val MAX_BAR_FONT_SCALE = 1.3f
