// The icon of each bottom-bar destination, from the core Material icon set.
package app.cairn.android.ui.screens

import androidx.compose.material.icons.Icons
import androidx.compose.material.icons.filled.CheckCircle
import androidx.compose.material.icons.filled.Favorite
import androidx.compose.material.icons.filled.Home
import androidx.compose.material.icons.filled.Phone
import androidx.compose.material.icons.filled.Settings
import androidx.compose.ui.graphics.vector.ImageVector
import app.cairn.android.ui.navigation.Top

fun topIcon(top: Top): ImageVector = when (top) {
    Top.Today -> Icons.Filled.Home
    Top.CheckIn -> Icons.Filled.CheckCircle
    Top.Help -> Icons.Filled.Phone
    Top.Progress -> Icons.Filled.Favorite
    Top.Settings -> Icons.Filled.Settings
}
