package app.cairn.android.platform

import android.app.Activity
import android.content.ActivityNotFoundException
import android.content.Intent
import android.content.pm.PackageManager
import java.lang.ref.WeakReference

/**
 * The Activity on screen, for the platform pieces that need one: the document pickers, the
 * notification permission prompt, the screen-lock check. The platform lives as long as the
 * process; Activities come and go (rotation, background), so the Activity attaches itself here
 * and forwards `onActivityResult` and `onRequestPermissionsResult`. Main thread only.
 */
class ActivityBridge {
    private var activity: WeakReference<Activity>? = null
    private val results = HashMap<Int, (resultCode: Int, data: Intent?) -> Unit>()
    private val permissions = HashMap<Int, (granted: Boolean) -> Unit>()
    private var lastCode = FIRST_CODE

    /**
     * Whether a picker or prompt this app started is on top: the Activity keeps the store open
     * through that stop, so the screen waiting for the answer finds it open.
     */
    val awaitingResult: Boolean get() = results.isNotEmpty()

    /** The Activity on screen, if any. */
    val current: Activity? get() = activity?.get()?.takeUnless { it.isFinishing || it.isDestroyed }

    fun attach(activity: Activity) {
        this.activity = WeakReference(activity)
    }

    fun detach(activity: Activity) {
        if (this.activity?.get() === activity) this.activity = null
    }

    /** Starts [intent] for a result; false (and no callback) when there is no Activity or no app for it. */
    fun startForResult(
        intent: Intent,
        onResult: (resultCode: Int, data: Intent?) -> Unit,
    ): Boolean {
        val host = current ?: return false
        val code = nextCode()
        results[code] = onResult
        return try {
            host.startActivityForResult(intent, code)
            true
        } catch (_: ActivityNotFoundException) {
            results.remove(code)
            false
        }
    }

    /** From the Activity's `onActivityResult`; true when the result was one of these. */
    fun onActivityResult(
        requestCode: Int,
        resultCode: Int,
        data: Intent?,
    ): Boolean {
        val callback = results.remove(requestCode) ?: return false
        callback(resultCode, data)
        return true
    }

    /** Asks for one runtime [permission]; false (and no callback) when there is no Activity. */
    fun requestPermission(
        permission: String,
        onResult: (granted: Boolean) -> Unit,
    ): Boolean {
        val host = current ?: return false
        val code = nextCode()
        permissions[code] = onResult
        host.requestPermissions(arrayOf(permission), code)
        return true
    }

    /** From the Activity's `onRequestPermissionsResult`. */
    fun onRequestPermissionsResult(
        requestCode: Int,
        grantResults: IntArray,
    ): Boolean {
        val callback = permissions.remove(requestCode) ?: return false
        callback(grantResults.isNotEmpty() && grantResults.all { it == PackageManager.PERMISSION_GRANTED })
        return true
    }

    private fun nextCode(): Int {
        lastCode = if (lastCode >= LAST_CODE) FIRST_CODE else lastCode + 1
        return lastCode
    }

    private companion object {
        // Below 0x10000 (the lower 16 bits), clear of the codes AndroidX's result registry uses.
        const val FIRST_CODE = 0x4300
        const val LAST_CODE = 0x43FF
    }
}
