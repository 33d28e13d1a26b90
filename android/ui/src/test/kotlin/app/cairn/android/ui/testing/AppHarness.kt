// Runs the whole app (CairnApp over a CairnSession) in a phone-sized window against a real store,
// reads back what the store holds, and writes screenshots of any screen of it in light, dark,
// large text and Spanish.
package app.cairn.android.ui.testing

import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Surface
import androidx.compose.ui.Modifier
import androidx.compose.ui.geometry.Size
import androidx.compose.ui.graphics.toAwtImage
import androidx.compose.ui.test.SkikoComposeUiTest
import androidx.compose.ui.test.runSkikoComposeUiTest
import androidx.compose.ui.unit.Density
import app.cairn.android.ui.CairnApp
import app.cairn.android.ui.navigation.Navigator
import app.cairn.android.ui.session.CairnSession
import app.cairn.android.ui.session.Outcome
import app.cairn.ffi.CairnCompanion
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.runBlocking
import java.io.File
import java.util.Locale
import javax.imageio.ImageIO

/** A running app: the phone it runs on, its session, and its navigator once the store is open. */
class AppUnderTest(val phone: FakePhone, val session: CairnSession) {
    var navigator: Navigator? = null
}

/** What the open store answers to [block], read through the app's own session as the screens read it. */
fun <T> AppUnderTest.core(block: (CairnCompanion) -> T): T = runBlocking {
    when (val outcome = session.read(block)) {
        is Outcome.Done -> outcome.value
        is Outcome.Failed -> throw AssertionError("the core refused: ${outcome.problem}")
    }
}

/**
 * Runs [test] on the app over [phone]'s store; [seed] writes into the store first (it is
 * created with the platform key when [seed] is given). Core calls run inline on the UI thread.
 * [locale] is the phone's language and country, as the strings carry it; [said] gives the
 * words of the running app in it.
 */
fun runApp(
    phone: FakePhone = FakePhone(),
    variant: ScreenVariant = ScreenVariant.Light,
    seed: ((FakePhone) -> Unit)? = { seeded(it) },
    locale: Locale = variant.locale,
    test: SkikoComposeUiTest.(AppUnderTest) -> Unit,
) {
    // The phone speaks the screen's language, so the core's own words (the safety card,
    // milestones, insights) come in it too, as the session tells the core on open.
    phone.clock.language = locale
    seed?.invoke(phone)
    val session = CairnSession(phone.platform, Dispatchers.Unconfined)
    val app = AppUnderTest(phone, session)
    val strings = XmlStrings(locale)
    running = strings
    try {
        runSkikoComposeUiTest(
            size = Size(Phone.widthPx.toFloat(), Phone.heightPx.toFloat()),
            density = Density(Phone.DENSITY, variant.fontScale),
        ) {
            setContent {
                Surface(Modifier.fillMaxSize(), color = MaterialTheme.colorScheme.background) {
                    CairnApp(
                        session = session,
                        strings = strings,
                        darkTheme = variant.darkTheme,
                        fontFamily = BundledFont.family,
                        onNavigator = { app.navigator = it },
                    )
                }
            }
            waitForIdle()
            test(app)
        }
    } finally {
        running = null
        phone.store.delete()
    }
}

/** The strings of the app [runApp] is running now (tests run one at a time); English outside it. */
@Volatile
private var running: XmlStrings? = null

/**
 * The words of string resource [name] in the running app's language, so the steps that find a
 * button by its words ("Settings", "Ajustes") serve the Spanish screenshots too.
 */
fun said(name: String, vararg args: Any): String = (running ?: XmlStrings()).get(name, *args)

/** Creates [phone]'s store with the platform key and writes the sample life into it. */
fun seeded(phone: FakePhone) {
    phone.store.openWithPlatformKey(phone.clock.zone().id).use { Seed.lived(it, phone) }
}

/**
 * Writes `<name>-light/dark/large/es.png` of the app after [arrange] has brought it to the
 * screen. [arrange] finds what it taps by [said], so it works in every language.
 */
fun writeAppScreenshots(
    name: String,
    seed: ((FakePhone) -> Unit)? = { seeded(it) },
    arrange: SkikoComposeUiTest.(AppUnderTest) -> Unit,
): List<File> {
    assumeScreenshots()
    screensDir.mkdirs()
    return ScreenVariant.entries.map { variant ->
        val file = File(screensDir, "$name-${variant.tag}.png")
        runApp(variant = variant, seed = seed) { app ->
            arrange(app)
            waitForIdle()
            // The whole scene, not onRoot(): an open dialog is a second root, drawn over the app.
            check(ImageIO.write(captureToImage().toAwtImage(), "png", file)) { "no PNG writer for $file" }
            // A translation is where text grows (Spanish runs about a quarter longer than
            // English): no word of it may be clipped or ellipsized, below the fold included.
            if (variant.locale != Locale.ENGLISH) assertNoTextCutOff()
        }
        file
    }
}
