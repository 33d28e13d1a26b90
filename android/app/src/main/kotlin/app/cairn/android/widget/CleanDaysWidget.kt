package app.cairn.android.widget

import android.app.PendingIntent
import android.appwidget.AppWidgetManager
import android.appwidget.AppWidgetProvider
import android.content.ComponentName
import android.content.Context
import android.content.Intent
import android.net.Uri
import android.widget.RemoteViews
import app.cairn.android.CairnApp
import app.cairn.android.MainActivity
import app.cairn.android.R
import java.time.Instant

/** Home-screen widget: the clean days and a button that dials the first of the reach-out chain. */
class CleanDaysWidget : AppWidgetProvider() {
    override fun onUpdate(
        context: Context,
        appWidgetManager: AppWidgetManager,
        appWidgetIds: IntArray,
    ) {
        val app = context.applicationContext as CairnApp
        val done = goAsync()
        app.runner.background {
            try {
                render(app, appWidgetManager, appWidgetIds)
            } finally {
                done.finish()
            }
        }
    }

    companion object {
        /**
         * Re-renders every placed widget. Call on the runner's thread. With [placeholderOnly]
         * (after "delete everything") it shows the neutral placeholder without opening a store.
         */
        fun refresh(
            context: Context,
            placeholderOnly: Boolean = false,
        ) {
            val manager = AppWidgetManager.getInstance(context) ?: return
            val ids = manager.getAppWidgetIds(ComponentName(context, CleanDaysWidget::class.java))
            if (ids.isNotEmpty()) render(context.applicationContext as CairnApp, manager, ids, placeholderOnly)
        }

        private fun render(
            app: CairnApp,
            manager: AppWidgetManager,
            ids: IntArray,
            placeholderOnly: Boolean = false,
        ) {
            val views = RemoteViews(app.packageName, R.layout.widget_clean_days)
            val open =
                PendingIntent.getActivity(
                    app,
                    0,
                    Intent(app, MainActivity::class.java),
                    PendingIntent.FLAG_UPDATE_CURRENT or PendingIntent.FLAG_IMMUTABLE,
                )
            views.setOnClickPendingIntent(R.id.widget_open, open)
            try {
                if (placeholderOnly) throw IllegalStateException("no store")
                val core = app.core()
                val days = core.status(null, Instant.now()).streak.currentDays.toInt()
                views.setTextViewText(
                    R.id.widget_days,
                    app.resources.getQuantityString(R.plurals.days_count, days, days),
                )
                val call = core.reachOutAction()
                val dial =
                    PendingIntent.getActivity(
                        app,
                        1,
                        Intent(Intent.ACTION_DIAL, Uri.parse(call.telUri)),
                        PendingIntent.FLAG_UPDATE_CURRENT or PendingIntent.FLAG_IMMUTABLE,
                    )
                views.setOnClickPendingIntent(R.id.widget_call, dial)
                views.setContentDescription(R.id.widget_call, app.getString(R.string.call_someone_description, call.label))
            } catch (_: Exception) {
                // No journey yet, or the store is locked: show the placeholder and open the app.
                views.setTextViewText(R.id.widget_days, app.getString(R.string.widget_days_placeholder))
                views.setOnClickPendingIntent(R.id.widget_call, open)
            }
            manager.updateAppWidget(ids, views)
        }
    }
}
