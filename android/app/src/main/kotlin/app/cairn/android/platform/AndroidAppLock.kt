package app.cairn.android.platform

import android.app.Activity
import android.app.KeyguardManager
import android.content.Context
import android.hardware.biometrics.BiometricManager
import android.hardware.biometrics.BiometricPrompt
import android.os.Build
import android.os.CancellationSignal
import app.cairn.android.R
import app.cairn.android.ui.platform.AppLock
import java.util.concurrent.atomic.AtomicBoolean

/**
 * The optional app lock, with the framework's own prompts (no AndroidX): on Android 10+ the
 * system `BiometricPrompt` with the screen lock allowed as well (PIN, pattern or password when
 * there is no fingerprint or face, or it fails); before that, the screen-lock confirmation.
 * Whether it is on is a [Flag] in the private preferences; it is available only when the phone
 * has a screen lock at all.
 */
class AndroidAppLock(
    private val context: Context,
    private val bridge: ActivityBridge,
    private val flag: Flag,
) : AppLock {
    private val keyguard: KeyguardManager? = context.getSystemService(KeyguardManager::class.java)

    override val available: Boolean
        get() =
            if (Build.VERSION.SDK_INT >= 30) {
                Api30.canAuthenticate(context)
            } else {
                keyguard?.isDeviceSecure == true
            }

    override var enabled: Boolean
        get() = flag.value
        set(value) {
            flag.value = value
        }

    override fun unlock(onResult: (Boolean) -> Unit) {
        val once = Once(onResult)
        val host = bridge.current
        when {
            host == null -> once(false)
            Build.VERSION.SDK_INT >= 29 -> prompt(host, once)
            else -> confirmScreenLock(once)
        }
    }

    /** Android 10+: the system prompt, biometrics or the screen lock. */
    private fun prompt(
        host: Activity,
        once: Once,
    ) {
        val builder =
            BiometricPrompt
                .Builder(host)
                .setTitle(host.getString(R.string.app_lock_title))
                .setSubtitle(host.getString(R.string.app_lock_subtitle))
        if (Build.VERSION.SDK_INT >= 30) Api30.allowScreenLock(builder) else Api29.allowScreenLock(builder)
        val callback =
            object : BiometricPrompt.AuthenticationCallback() {
                override fun onAuthenticationSucceeded(result: BiometricPrompt.AuthenticationResult) = once(true)

                override fun onAuthenticationError(
                    errorCode: Int,
                    errString: CharSequence,
                ) = once(false)
                // onAuthenticationFailed (one finger not recognised) leaves the prompt up to try again.
            }
        builder.build().authenticate(CancellationSignal(), host.mainExecutor, callback)
    }

    /** Android 8 and 9: the screen-lock confirmation screen, through the Activity. */
    @Suppress("DEPRECATION") // createConfirmDeviceCredentialIntent: the only way before API 29.
    private fun confirmScreenLock(once: Once) {
        val intent =
            keyguard?.createConfirmDeviceCredentialIntent(
                context.getString(R.string.app_lock_title),
                context.getString(R.string.app_lock_subtitle),
            )
        if (intent == null) {
            // No screen lock to confirm: nothing stands between the person and the app.
            once(true)
            return
        }
        if (!bridge.startForResult(intent) { resultCode, _ -> once(resultCode == Activity.RESULT_OK) }) once(false)
    }

    /** Calls back once, however many times the prompt reports. */
    private class Once(
        private val onResult: (Boolean) -> Unit,
    ) {
        private val done = AtomicBoolean(false)

        operator fun invoke(unlocked: Boolean) {
            if (done.compareAndSet(false, true)) onResult(unlocked)
        }
    }

    private object Api29 {
        @Suppress("DEPRECATION") // setDeviceCredentialAllowed: replaced on API 30, the way on 29.
        fun allowScreenLock(builder: BiometricPrompt.Builder) {
            builder.setDeviceCredentialAllowed(true)
        }
    }

    private object Api30 {
        private const val AUTHENTICATORS =
            BiometricManager.Authenticators.BIOMETRIC_WEAK or BiometricManager.Authenticators.DEVICE_CREDENTIAL

        fun canAuthenticate(context: Context): Boolean {
            val manager = context.getSystemService(BiometricManager::class.java) ?: return false
            return manager.canAuthenticate(AUTHENTICATORS) == BiometricManager.BIOMETRIC_SUCCESS
        }

        fun allowScreenLock(builder: BiometricPrompt.Builder) {
            builder.setAllowedAuthenticators(AUTHENTICATORS)
        }
    }
}
