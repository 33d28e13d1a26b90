// The one file compiled only by Gradle (it needs AndroidX Activity and Compose for Android,
// which are not on Maven Central): the Activity that puts CairnApp on screen. Everything it
// calls lives in src/main/kotlin or the ui module, compiled and tested by Maven.
package app.cairn.android

import android.content.Intent
import android.os.Bundle
import android.view.WindowManager
import android.view.inputmethod.EditorInfo
import android.view.inputmethod.InputConnection
import androidx.activity.ComponentActivity
import androidx.activity.addCallback
import androidx.activity.compose.setContent
import androidx.activity.enableEdgeToEdge
import androidx.compose.foundation.isSystemInDarkTheme
import androidx.compose.ui.ExperimentalComposeUiApi
import androidx.compose.ui.platform.InterceptPlatformTextInput
import androidx.compose.ui.platform.PlatformTextInputInterceptor
import androidx.compose.ui.platform.PlatformTextInputMethodRequest
import androidx.compose.ui.text.font.Font
import androidx.compose.ui.text.font.FontFamily
import androidx.compose.ui.text.font.FontWeight
import app.cairn.android.text.ResourceStrings
import app.cairn.android.ui.CairnApp
import app.cairn.android.ui.navigation.Navigator
import app.cairn.android.ui.session.StoreState
import kotlinx.coroutines.Job
import kotlinx.coroutines.launch

class MainActivity : ComponentActivity() {
    private val app: CairnApplication get() = application as CairnApplication
    private var navigator: Navigator? = null
    private var starting: Job? = null

    @OptIn(ExperimentalComposeUiApi::class)
    override fun onCreate(savedInstanceState: Bundle?) {
        enableEdgeToEdge()
        super.onCreate(savedInstanceState)
        // No screenshots, no recent-apps thumbnail, no screen recording; Compose dialogs inherit it.
        window.setFlags(WindowManager.LayoutParams.FLAG_SECURE, WindowManager.LayoutParams.FLAG_SECURE)
        app.bridge.attach(this)
        onBackPressedDispatcher.addCallback(this) {
            val open = navigator.takeIf { app.session.state == StoreState.Open }
            if (open?.back() != true) finish()
        }
        val fonts =
            FontFamily(
                Font(R.font.atkinson_hyperlegible_regular),
                Font(R.font.atkinson_hyperlegible_bold, FontWeight.Bold),
            )
        val strings = ResourceStrings(this)
        setContent {
            CairnApp(
                session = app.session,
                strings = strings,
                darkTheme = isSystemInDarkTheme(),
                fontFamily = fonts,
                onNavigator = { navigator = it },
                textInput = { content -> InterceptPlatformTextInput(NoPersonalizedLearning) { content() } },
            )
        }
    }

    override fun onStart() {
        super.onStart()
        app.bridge.attach(this)
        starting = app.scope.launch { app.session.start() }
    }

    /**
     * The store closes when the app goes to the background, after pending work (the session
     * closes it on its background thread, behind every queued call). Not for a rotation, and not
     * while a document picker or the screen-lock check this app opened is on top: the screen
     * waiting for it must find the store open when it comes back.
     */
    override fun onStop() {
        super.onStop()
        if (isChangingConfigurations || app.bridge.awaitingResult) return
        val started = starting
        app.scope.launch {
            started?.join()
            app.session.stop()
        }
    }

    override fun onDestroy() {
        app.bridge.detach(this)
        super.onDestroy()
    }

    @Deprecated("The platform bridge works with framework results; see ActivityBridge.")
    override fun onActivityResult(
        requestCode: Int,
        resultCode: Int,
        data: Intent?,
    ) {
        if (!app.bridge.onActivityResult(requestCode, resultCode, data)) {
            @Suppress("DEPRECATION")
            super.onActivityResult(requestCode, resultCode, data)
        }
    }

    @Deprecated("The platform bridge works with framework results; see ActivityBridge.")
    override fun onRequestPermissionsResult(
        requestCode: Int,
        permissions: Array<out String>,
        grantResults: IntArray,
    ) {
        if (!app.bridge.onRequestPermissionsResult(requestCode, grantResults)) {
            @Suppress("DEPRECATION")
            super.onRequestPermissionsResult(requestCode, permissions, grantResults)
        }
    }
}

/**
 * Every text field asks the keyboard not to learn what is typed (notes, names, triggers):
 * IME_FLAG_NO_PERSONALIZED_LEARNING on each input connection Compose opens. A request the
 * keyboard honours (Gboard, SwiftKey do) rather than a guarantee.
 */
@OptIn(ExperimentalComposeUiApi::class)
private val NoPersonalizedLearning =
    PlatformTextInputInterceptor { request, nextHandler ->
        val withoutLearning =
            object : PlatformTextInputMethodRequest by request {
                override fun createInputConnection(outAttributes: EditorInfo): InputConnection {
                    val connection = request.createInputConnection(outAttributes)
                    outAttributes.imeOptions = outAttributes.imeOptions or EditorInfo.IME_FLAG_NO_PERSONALIZED_LEARNING
                    return connection
                }
            }
        nextHandler.startInputMethod(withoutLearning)
    }
