package app.cairn.android

import android.app.Activity
import android.app.AlertDialog
import android.content.Intent
import android.content.pm.PackageManager
import android.os.Build
import android.os.Bundle
import android.view.ViewGroup
import android.view.WindowManager
import android.widget.Button
import android.widget.HorizontalScrollView
import android.widget.LinearLayout
import android.widget.ScrollView
import android.widget.Toast
import app.cairn.android.notify.Notifications
import app.cairn.android.screens.CheckInScreen
import app.cairn.android.screens.ContactsScreen
import app.cairn.android.screens.HelpScreen
import app.cairn.android.screens.HistoryScreen
import app.cairn.android.screens.MilestonesScreen
import app.cairn.android.screens.OnboardingScreen
import app.cairn.android.screens.Screen
import app.cairn.android.screens.SettingsScreen
import app.cairn.android.screens.TodayScreen
import app.cairn.android.ui.Labels
import app.cairn.android.ui.Ui
import app.cairn.core.CairnCompanion
import java.time.Instant

/**
 * The one Activity: a column of content above a row of screen buttons. Each screen asks the
 * core (on the background thread) and renders what comes back; nothing is decided here.
 */
class MainActivity : Activity() {
    enum class Tab(
        val label: Int,
    ) {
        TODAY(R.string.tab_today),
        CHECK_IN(R.string.tab_check_in),
        HISTORY(R.string.tab_history),
        MILESTONES(R.string.tab_milestones),
        CONTACTS(R.string.tab_contacts),
        HELP(R.string.tab_help),
        SETTINGS(R.string.tab_settings),
    }

    lateinit var ui: Ui
        private set
    private lateinit var nav: LinearLayout
    private lateinit var scroll: ScrollView
    private var screen: Screen? = null
    val app: CairnApp get() = application as CairnApp

    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        window.addFlags(WindowManager.LayoutParams.FLAG_SECURE)
        val padding = (16 * resources.displayMetrics.density).toInt()
        val column = LinearLayout(this)
        column.orientation = LinearLayout.VERTICAL
        column.setPadding(padding, padding, padding, padding)
        scroll = ScrollView(this)
        scroll.addView(column)
        nav = LinearLayout(this)
        nav.orientation = LinearLayout.HORIZONTAL
        val navScroll = HorizontalScrollView(this)
        navScroll.addView(nav)
        val root = LinearLayout(this)
        root.orientation = LinearLayout.VERTICAL
        root.addView(scroll, LinearLayout.LayoutParams(ViewGroup.LayoutParams.MATCH_PARENT, 0, 1f))
        root.addView(navScroll, LinearLayout.LayoutParams(ViewGroup.LayoutParams.MATCH_PARENT, ViewGroup.LayoutParams.WRAP_CONTENT))
        setContentView(root)
        ui = Ui(this, column)
        askForNotifications()
        start()
    }

    /** Opens the store; a first run starts with the clean date, later runs with Today. */
    fun start() {
        ui.clear()
        ui.text(getString(R.string.loading))
        core({ it.journeys().isEmpty() }) { empty ->
            if (empty) {
                showNav(false)
                show(OnboardingScreen(this))
            } else {
                showNav(true)
                open(Tab.TODAY)
                announceMilestones()
                background { app.resync() }
            }
        }
    }

    private fun showNav(visible: Boolean) {
        nav.removeAllViews()
        if (!visible) return
        for (tab in Tab.entries) {
            val button = Button(this)
            button.text = getString(tab.label)
            button.contentDescription = getString(R.string.open_screen_description, getString(tab.label))
            button.setOnClickListener { open(tab) }
            nav.addView(button)
        }
    }

    fun open(tab: Tab) {
        showNav(true)
        show(
            when (tab) {
                Tab.TODAY -> TodayScreen(this)
                Tab.CHECK_IN -> CheckInScreen(this)
                Tab.HISTORY -> HistoryScreen(this)
                Tab.MILESTONES -> MilestonesScreen(this)
                Tab.CONTACTS -> ContactsScreen(this)
                Tab.HELP -> HelpScreen(this)
                Tab.SETTINGS -> SettingsScreen(this)
            },
        )
    }

    fun isCurrent(candidate: Screen): Boolean = screen === candidate

    fun show(next: Screen) {
        screen = next
        ui.clear()
        scroll.scrollTo(0, 0)
        next.render()
    }

    /** Runs [work] on the core's thread and [onSuccess] on the main thread; failures are shown. */
    fun <T> core(
        work: (CairnCompanion) -> T,
        onSuccess: (T) -> Unit,
    ) = coreOr(work, onSuccess) { showError(it) }

    fun <T> coreOr(
        work: (CairnCompanion) -> T,
        onSuccess: (T) -> Unit,
        onFailure: (Throwable) -> Unit,
    ) {
        app.runner.run({ work(app.core()) }) { result ->
            if (isDestroyed) return@run
            result.fold(onSuccess, onFailure)
        }
    }

    /** Background work with no answer for the screen (notification sync, logging a tap). */
    fun background(work: () -> Unit) {
        app.runner.background {
            try {
                work()
            } catch (_: Exception) {
                // Best effort: the next launch or change reconciles again.
            }
        }
    }

    fun showError(error: Throwable) {
        val message = getString(Labels.error(error))
        val detail = Labels.errorDetail(error)
        Toast.makeText(this, if (detail == null) message else "$message ($detail)", Toast.LENGTH_LONG).show()
    }

    fun secureDialog(builder: AlertDialog.Builder) = Ui.showSecure(builder.create())

    /** Milestones reached while the app was closed, each told once. */
    private fun announceMilestones() {
        core({ it.takeNewMilestones(null, Instant.now()) }) { reached ->
            if (reached.isNotEmpty()) {
                secureDialog(
                    AlertDialog
                        .Builder(this)
                        .setTitle(R.string.milestone_reached_title)
                        .setMessage(reached.joinToString("\n") { it.label })
                        .setPositiveButton(R.string.ok, null),
                )
            }
        }
    }

    private fun askForNotifications() {
        if (Build.VERSION.SDK_INT >= 33 &&
            checkSelfPermission(Notifications.POST_NOTIFICATIONS) != PackageManager.PERMISSION_GRANTED
        ) {
            requestPermissions(arrayOf(Notifications.POST_NOTIFICATIONS), REQUEST_NOTIFICATIONS)
        }
    }

    override fun onActivityResult(
        requestCode: Int,
        resultCode: Int,
        data: Intent?,
    ) {
        super.onActivityResult(requestCode, resultCode, data)
        val uri = data?.data
        if (resultCode != RESULT_OK || uri == null) return
        val settings = screen as? SettingsScreen
        when {
            settings != null -> settings.onDocument(requestCode, uri)
            // The activity was recreated while the picker was open: import still works; an
            // export would have lost its passphrase, so it is asked for again.
            requestCode == REQUEST_IMPORT -> SettingsScreen(this).also { show(it) }.onDocument(requestCode, uri)
            else -> Toast.makeText(this, R.string.export_again, Toast.LENGTH_LONG).show()
        }
    }

    companion object {
        const val REQUEST_NOTIFICATIONS = 1
        const val REQUEST_EXPORT = 2
        const val REQUEST_IMPORT = 3
    }
}
