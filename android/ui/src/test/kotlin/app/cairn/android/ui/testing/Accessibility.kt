// Accessibility rules every Cairn screen must pass, as assertions for Compose UI tests. They
// name the offending node so a failure says what to fix, not just that something is wrong.
package app.cairn.android.ui.testing

import androidx.compose.ui.semantics.SemanticsActions
import androidx.compose.ui.semantics.SemanticsNode
import androidx.compose.ui.semantics.SemanticsProperties
import androidx.compose.ui.semantics.getOrNull
import androidx.compose.ui.test.SemanticsMatcher
import androidx.compose.ui.test.SemanticsNodeInteractionsProvider
import androidx.compose.ui.test.hasClickAction
import androidx.compose.ui.test.isHeading
import androidx.compose.ui.test.performSemanticsAction
import androidx.compose.ui.text.TextLayoutResult
import androidx.compose.ui.unit.Dp
import androidx.compose.ui.unit.dp

/** Android's and Material's minimum touch target. */
val MinTouchTarget: Dp = 48.dp

/** Runs every check below; the screen must already be set. */
fun SemanticsNodeInteractionsProvider.assertAccessible() {
    assertClickablesLabelled()
    assertHasHeading()
    assertTouchTargets()
    assertNoTextCutOff()
}

/** (a) Every clickable says what it does: a content description or text of its own or merged in. */
fun SemanticsNodeInteractionsProvider.assertClickablesLabelled() {
    val unlabelled = onAllNodes(hasClickAction()).fetchSemanticsNodes().filter { node ->
        val words = node.config.getOrNull(SemanticsProperties.ContentDescription).orEmpty() +
            node.config.getOrNull(SemanticsProperties.Text).orEmpty().map { it.text } +
            listOfNotNull(node.config.getOrNull(SemanticsProperties.EditableText)?.text)
        words.all { it.isBlank() }
    }
    failIfAny(unlabelled, "clickable without a label (content description or text)")
}

/** (b) At least one heading, so TalkBack users can navigate the screen by headings. */
fun SemanticsNodeInteractionsProvider.assertHasHeading() {
    if (onAllNodes(isHeading()).fetchSemanticsNodes().isEmpty()) {
        throw AssertionError("no node is marked heading(): mark the screen or section titles")
    }
}

/**
 * (c) Every clickable is at least [min] square. Material's minimumInteractiveComponentSize
 * reserves 48 dp of layout around a smaller control (a chip, a checkbox) and Compose extends its
 * touch area into that space, so a node counts as big as its layout node, up to [min].
 */
fun SemanticsNodeInteractionsProvider.assertTouchTargets(min: Dp = MinTouchTarget) {
    val small = onAllNodes(hasClickAction()).fetchSemanticsNodes().filter { node ->
        val layout = node.layoutInfo
        val minPx = with(layout.density) { min.toPx() }
        val width = maxOf(node.size.width.toFloat(), minOf(layout.width.toFloat(), minPx))
        val height = maxOf(node.size.height.toFloat(), minOf(layout.height.toFloat(), minPx))
        // A pixel of slack: 48 dp is 126 px at 2.625, and layout may round either way.
        width < minPx - 1f || height < minPx - 1f
    }
    failIfAny(small, "touch target smaller than ${min.value.toInt()} x ${min.value.toInt()} dp")
}

/**
 * (d) No text is clipped or ellipsized. Each Text reports its own layout through the
 * GetTextLayoutResult action; the screen's vertical scroll containers are scrolled to the end
 * page by page so text composed lazily, or only below the fold, is checked too.
 */
fun SemanticsNodeInteractionsProvider.assertNoTextCutOff() {
    // Keyed by node and text: a lazy list reuses a node for another item as it scrolls.
    val cutOff = linkedMapOf<Pair<Int, String>, SemanticsNode>()
    fun collect() = textNodes().forEach { node ->
        val layout = node.textLayout() ?: return@forEach
        if (layout.isCutOff()) cutOff.putIfAbsent(node.id to layout.layoutInput.text.text, node)
    }
    collect()
    val scrollable = SemanticsMatcher.keyIsDefined(SemanticsProperties.VerticalScrollAxisRange)
    val containers = onAllNodes(scrollable).fetchSemanticsNodes().size
    for (index in 0 until containers) {
        // Bounded: an endless list must not hang the test.
        for (page in 1..MAX_PAGES) {
            val container = onAllNodes(scrollable)[index]
            val node = container.fetchSemanticsNode()
            val range = node.config[SemanticsProperties.VerticalScrollAxisRange]
            if (range.value() >= range.maxValue()) break
            container.performSemanticsAction(SemanticsActions.ScrollBy) {
                it(0f, node.size.height * 0.8f)
            }
            collect()
        }
    }
    failIfAny(cutOff.values.toList(), "text cut off (overflows its box or is ellipsized)")
}

private const val MAX_PAGES = 50

private fun SemanticsNodeInteractionsProvider.textNodes(): List<SemanticsNode> = onAllNodes(
    SemanticsMatcher.keyIsDefined(SemanticsActions.GetTextLayoutResult),
    useUnmergedTree = true,
).fetchSemanticsNodes()

/**
 * Not hasVisualOverflow: the layout handed out by GetTextLayoutResult keeps the paragraph at the
 * constraints' full width while its size is the text's own, so didOverflowWidth is true for every
 * wrap-content Text. Each check below is about what the reader loses instead.
 */
private fun TextLayoutResult.isCutOff(): Boolean {
    val lines = 0 until lineCount
    return didOverflowHeight ||
        multiParagraph.didExceedMaxLines ||
        lines.any { isLineEllipsized(it) } ||
        lines.any { getLineRight(it) - getLineLeft(it) > size.width + 1f }
}

private fun SemanticsNode.textLayout(): TextLayoutResult? {
    val results = mutableListOf<TextLayoutResult>()
    config[SemanticsActions.GetTextLayoutResult].action?.invoke(results)
    return results.firstOrNull()
}

/** Names a node by what a person would see or hear, with its place on screen in dp. */
fun describe(node: SemanticsNode): String {
    val config = node.config
    val parts = listOfNotNull(
        config.getOrNull(SemanticsProperties.ContentDescription)?.joinToString(" ")
            ?.let { "description \"$it\"" },
        config.getOrNull(SemanticsProperties.Text)?.joinToString(" ") { it.text }
            ?.let { "text \"$it\"" },
        config.getOrNull(SemanticsProperties.Role)?.let { "role $it" },
        config.getOrNull(SemanticsProperties.TestTag)?.let { "tag \"$it\"" },
    ).ifEmpty { listOf("node #${node.id} with no text") }
    val density = node.layoutInfo.density.density
    // Not boundsInRoot: that is clipped to the viewport, empty once the node is scrolled away.
    val position = node.positionInRoot
    return parts.joinToString(", ") +
        " at (%.0f, %.0f) dp, %.0f x %.0f dp".format(
            position.x / density,
            position.y / density,
            node.size.width / density,
            node.size.height / density,
        )
}

private fun failIfAny(nodes: List<SemanticsNode>, problem: String) {
    if (nodes.isNotEmpty()) {
        throw AssertionError(
            "${nodes.size} x $problem:\n" + nodes.joinToString("\n") { "  - " + describe(it) },
        )
    }
}
