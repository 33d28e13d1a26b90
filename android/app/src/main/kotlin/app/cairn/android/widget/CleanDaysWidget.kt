package app.cairn.android.widget

import android.app.PendingIntent
import android.appwidget.AppWidgetManager
import android.appwidget.AppWidgetProvider
import android.content.ComponentName
import android.content.Context
import android.content.Intent
import android.net.Uri
import android.view.View
import android.widget.RemoteViews
import app.cairn.android.CairnApplication
import app.cairn.android.R
import app.cairn.android.openAppIntent
import java.time.Instant

/**
 * The home-screen widget. It never opens the store: it shows the snapshot the app saved while
 * the phone was unlocked. In discreet mode (the default) that is a neutral face, "Cairn", which
 * opens the app; with discreet mode off, the clean days and a button that dials the first of
 * the reach-out chain.
 */
class CleanDaysWidget : AppWidgetProvider() {
    override fun onUpdate(
        context: Context,
        appWidgetManager: AppWidgetManager,
        appWidgetIds: IntArray,
    ) {
        val app = context.applicationContext as CairnApplication
        val done = goAsync()
        app.background.execute {
            try {
                render(context, appWidgetManager, appWidgetIds, app.widgetSnapshots.load())
            } finally {
                done.finish()
            }
        }
    }

    companion object {
        /** Re-renders every placed widget from [snapshot]. Any thread. */
        fun refresh(
            context: Context,
            snapshot: WidgetSnapshot,
        ) {
            val manager = AppWidgetManager.getInstance(context) ?: return
            val ids = manager.getAppWidgetIds(ComponentName(context, CleanDaysWidget::class.java))
            if (ids.isNotEmpty()) render(context, manager, ids, snapshot)
        }

        private fun render(
            context: Context,
            manager: AppWidgetManager,
            ids: IntArray,
            snapshot: WidgetSnapshot,
        ) {
            val views = RemoteViews(context.packageName, R.layout.widget_clean_days)
            views.setOnClickPendingIntent(R.id.widget_open, openAppIntent(context))
            val days = if (snapshot.discreet) null else snapshot.daysOn(snapshot.todayNow(Instant.now()))
            views.setTextViewText(
                R.id.widget_days,
                if (days == null) {
                    context.getString(R.string.widget_days_placeholder)
                } else {
                    context.resources.getQuantityString(R.plurals.days_count, days, days)
                },
            )
            val telUri = snapshot.telUri
            if (snapshot.discreet || telUri == null) {
                views.setViewVisibility(R.id.widget_call, View.GONE)
            } else {
                val dial =
                    PendingIntent.getActivity(
                        context,
                        1,
                        Intent(Intent.ACTION_DIAL, Uri.parse(telUri)),
                        PendingIntent.FLAG_UPDATE_CURRENT or PendingIntent.FLAG_IMMUTABLE,
                    )
                views.setViewVisibility(R.id.widget_call, View.VISIBLE)
                views.setOnClickPendingIntent(R.id.widget_call, dial)
                views.setContentDescription(
                    R.id.widget_call,
                    context.getString(R.string.call_someone_description, snapshot.callLabel ?: ""),
                )
            }
            manager.updateAppWidget(ids, views)
        }
    }
}
