package app.cairn.android.ui

import android.app.AlertDialog
import android.content.Context
import android.text.InputType
import android.view.View
import android.view.ViewGroup
import android.view.WindowManager
import android.widget.Button
import android.widget.CheckBox
import android.widget.EditText
import android.widget.LinearLayout
import android.widget.ProgressBar
import android.widget.RadioButton
import android.widget.RadioGroup
import android.widget.SeekBar
import android.widget.TextView

/**
 * Builds plain framework views into one vertical column. Text sizes and colours come from the
 * device theme (TextAppearance.DeviceDefault), so light and dark mode both work.
 */
class Ui(
    val context: Context,
    val column: LinearLayout,
) {
    private val density = context.resources.displayMetrics.density

    private fun dp(value: Int): Int = (value * density).toInt()

    fun clear() = column.removeAllViews()

    fun string(
        id: Int,
        vararg args: Any,
    ): String = context.getString(id, *args)

    private fun add(view: View): View {
        column.addView(
            view,
            LinearLayout.LayoutParams(ViewGroup.LayoutParams.MATCH_PARENT, ViewGroup.LayoutParams.WRAP_CONTENT).apply {
                topMargin = dp(6)
            },
        )
        return view
    }

    private fun textView(
        text: CharSequence,
        appearance: Int,
    ): TextView =
        TextView(context).apply {
            setTextAppearance(appearance)
            this.text = text
        }

    fun headline(text: CharSequence): TextView =
        add(textView(text, android.R.style.TextAppearance_DeviceDefault_Large).apply { setPadding(0, dp(12), 0, 0) })
            as TextView

    fun big(text: CharSequence): TextView =
        add(textView(text, android.R.style.TextAppearance_DeviceDefault_Large).apply { textSize = 40f }) as TextView

    fun heading(id: Int): TextView = headline(string(id))

    fun text(text: CharSequence): TextView = add(textView(text, android.R.style.TextAppearance_DeviceDefault_Medium)) as TextView

    fun small(text: CharSequence): TextView = add(textView(text, android.R.style.TextAppearance_DeviceDefault_Small)) as TextView

    fun bullets(items: List<String>) {
        if (items.isEmpty()) {
            small(string(app.cairn.android.R.string.nothing_yet))
        } else {
            for (item in items) text("\u2022 $item")
        }
    }

    fun progress(fraction: Double): ProgressBar {
        val bar = ProgressBar(context, null, android.R.attr.progressBarStyleHorizontal)
        bar.max = 1000
        bar.progress = (fraction.coerceIn(0.0, 1.0) * 1000).toInt()
        add(bar)
        return bar
    }

    /** A button with its label as text and [description] (or the label) for screen readers. */
    fun button(
        label: CharSequence,
        description: CharSequence = label,
        large: Boolean = false,
        onClick: () -> Unit,
    ): Button {
        val button = Button(context)
        button.text = label
        button.contentDescription = description
        if (large) {
            button.textSize = 22f
            button.minHeight = dp(72)
        }
        button.setOnClickListener { onClick() }
        add(button)
        return button
    }

    /** A row of small buttons (call, text, edit...). */
    fun row(vararg buttons: Pair<CharSequence, () -> Unit>): LinearLayout =
        rowWithDescriptions(*buttons.map { Triple(it.first, it.first, it.second) }.toTypedArray())

    fun rowWithDescriptions(vararg buttons: Triple<CharSequence, CharSequence, () -> Unit>): LinearLayout {
        val row = LinearLayout(context)
        row.orientation = LinearLayout.HORIZONTAL
        for ((label, description, onClick) in buttons) {
            val button = Button(context)
            button.text = label
            button.contentDescription = description
            button.setOnClickListener { onClick() }
            row.addView(button, LinearLayout.LayoutParams(0, ViewGroup.LayoutParams.WRAP_CONTENT, 1f))
        }
        add(row)
        return row
    }

    fun field(
        hint: Int,
        initial: String? = null,
        inputType: Int = InputType.TYPE_CLASS_TEXT,
    ): EditText {
        val field = EditText(context)
        field.hint = string(hint)
        field.contentDescription = string(hint)
        field.inputType = inputType
        if (initial != null) field.setText(initial)
        add(field)
        return field
    }

    fun labelledField(
        label: Int,
        initial: String? = null,
        inputType: Int = InputType.TYPE_CLASS_TEXT,
    ): EditText {
        small(string(label))
        return field(label, initial, inputType)
    }

    fun check(
        label: CharSequence,
        checked: Boolean = false,
    ): CheckBox {
        val box = CheckBox(context)
        box.text = label
        box.isChecked = checked
        add(box)
        return box
    }

    /** Radio buttons for [labels]; returns the group and the buttons, the [selected] one checked. */
    fun choice(
        labels: List<CharSequence>,
        selected: Int,
        horizontal: Boolean = false,
    ): List<RadioButton> {
        val group = RadioGroup(context)
        group.orientation = if (horizontal) RadioGroup.HORIZONTAL else RadioGroup.VERTICAL
        val buttons =
            labels.map { label ->
                RadioButton(context).apply {
                    id = View.generateViewId()
                    text = label
                    contentDescription = label
                }
            }
        for (button in buttons) group.addView(button)
        if (selected in buttons.indices) group.check(buttons[selected].id)
        add(group)
        return buttons
    }

    /** A slider from 0 to [max] with a live label built by [label]. */
    fun slider(
        max: Int,
        value: Int,
        label: (Int) -> String,
    ): SeekBar {
        val caption = text(label(value))
        val bar = SeekBar(context)
        bar.max = max
        bar.progress = value
        bar.contentDescription = label(value)
        bar.setOnSeekBarChangeListener(
            object : SeekBar.OnSeekBarChangeListener {
                override fun onProgressChanged(
                    seekBar: SeekBar,
                    progress: Int,
                    fromUser: Boolean,
                ) {
                    caption.text = label(progress)
                    seekBar.contentDescription = label(progress)
                }

                override fun onStartTrackingTouch(seekBar: SeekBar) = Unit

                override fun onStopTrackingTouch(seekBar: SeekBar) = Unit
            },
        )
        add(bar)
        return bar
    }

    fun divider() {
        val line = View(context)
        line.minimumHeight = dp(1)
        line.setBackgroundColor(0x33808080)
        add(line)
    }

    companion object {
        /** Shows [dialog] with FLAG_SECURE on its own window (dialogs are separate windows). */
        fun showSecure(dialog: AlertDialog) {
            dialog.window?.addFlags(WindowManager.LayoutParams.FLAG_SECURE)
            dialog.show()
        }
    }
}
