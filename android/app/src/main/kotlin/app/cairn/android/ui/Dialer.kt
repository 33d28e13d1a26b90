package app.cairn.android.ui

import android.content.ActivityNotFoundException
import android.content.Context
import android.content.Intent
import android.net.Uri
import android.widget.Toast
import app.cairn.android.R

/** Opens the core's `tel:` and `sms:` URIs. ACTION_DIAL needs no permission: the person presses call. */
object Dialer {
    fun dial(
        context: Context,
        telUri: String,
    ) = open(context, Intent(Intent.ACTION_DIAL, Uri.parse(telUri)))

    fun text(
        context: Context,
        smsUri: String,
    ) = open(context, Intent(Intent.ACTION_SENDTO, Uri.parse(smsUri)))

    private fun open(
        context: Context,
        intent: Intent,
    ) {
        try {
            context.startActivity(intent)
        } catch (_: ActivityNotFoundException) {
            Toast.makeText(context, R.string.no_phone_app, Toast.LENGTH_LONG).show()
        }
    }
}
