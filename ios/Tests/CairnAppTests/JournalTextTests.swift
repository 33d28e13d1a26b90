// What the journal screens work out themselves: the text's length counted as the core counts
// it (Unicode scalars once trimmed, so the counter and the core agree on the limit), the
// sentence for each of the core's fixed reasons, and an entry's heading with and without a
// time. The journal's rules (limits, order, search) are tested in Rust.

import CairnCore
import Foundation
import Testing
@testable import CairnApp

struct JournalTextTests {
    @Test func lengthIsCountedInScalarsOnceTrimmed() {
        #expect(JournalText.length("  hello \n") == 5)
        // A seedling is one scalar (two UTF-16 units); a flag is two scalars, one grapheme.
        #expect(JournalText.length("\u{1F331}") == 1)
        #expect(JournalText.length("\u{1F1F2}\u{1F1FD}") == 2)
        // "é" written as "e" and a combining accent is two scalars to the core too.
        #expect(JournalText.length("e\u{301}") == 2)
        #expect(JournalText.length(String(repeating: "x", count: JournalText.maxCharacters)) == 5_000)
    }

    @Test func eachReasonHasItsOwnSentence() {
        let empty = JournalText.textProblem("empty")
        #expect(JournalText.textProblem("too long") != empty)
        #expect(JournalText.textProblem("contains control characters") != empty)
        #expect(JournalText.textProblem("not trimmed") == empty)
    }

    @Test func theHeadingAddsTheTimeWhenThereIsOne() {
        let day = JournalEntry(date: "2026-11-22", time: nil, text: "x")
        let timed = JournalEntry(date: "2026-11-22", time: "08:10", text: "x")
        let heading = JournalText.heading(day, zone: "America/Chicago")
        #expect(heading.contains("2026"))
        #expect(JournalText.heading(timed, zone: "America/Chicago").hasPrefix(heading))
        #expect(JournalText.heading(timed, zone: "America/Chicago") != heading)
    }
}
