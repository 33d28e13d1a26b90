// The one way a notification or the widget opens Cairn: the app's own launch intent, wrapped in
// an immutable PendingIntent (Android 12+ requires the mutability flag; nothing fills it in).
package app.cairn.android

import android.app.PendingIntent
import android.content.Context
import android.content.Intent

/** Opens the app as its launcher icon would, from outside an Activity. */
fun openAppIntent(context: Context): PendingIntent {
    val launch =
        context.packageManager.getLaunchIntentForPackage(context.packageName)
            ?: Intent(Intent.ACTION_MAIN).setPackage(context.packageName)
    return PendingIntent.getActivity(
        context,
        0,
        launch.addFlags(Intent.FLAG_ACTIVITY_NEW_TASK),
        PendingIntent.FLAG_UPDATE_CURRENT or PendingIntent.FLAG_IMMUTABLE,
    )
}
