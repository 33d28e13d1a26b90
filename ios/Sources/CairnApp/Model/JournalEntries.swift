// The person's journal, as the model asks for it: the entries newest first, a search over
// them, and writing, changing or deleting one, each one core call. The core dates, seals,
// orders and searches (ignoring case and accents) and keeps every earlier version in its audit
// trail; the journal screen holds what it shows itself, so nothing of the journal (and no
// search) stays in the model between visits.

import CairnCore
import Foundation

extension CompanionStore {
    /// What became of writing, changing or deleting an entry: done, refused with the field and
    /// the core's fixed reason (the editor shows them under that field), or failed otherwise
    /// (shown in `message`, as every failure).
    enum JournalOutcome: Equatable {
        case saved
        case refused(field: String, reason: String)
        case failed
    }

    /// What a search found, or why the core refused the query.
    enum JournalSearch: Equatable {
        case found([JournalEntryView])
        case refused(reason: String)
        case failed
    }

    /// Every entry, newest first; nil when the store cannot be read (the reason is in `message`).
    func journalEntries() async -> [JournalEntryView]? {
        guard let worker else {
            return nil
        }
        do {
            return try await worker.run { core in
                try core.journalEntries()
            }
        } catch {
            report(error)
            return nil
        }
    }

    /// The entries holding `query`, ignoring case and accents. The core keeps nothing of it.
    func searchJournal(_ query: String) async -> JournalSearch {
        guard let worker else {
            return .failed
        }
        do {
            let found = try await worker.run { core in
                try core.searchJournal(query: query)
            }
            return .found(found)
        } catch CairnError.InvalidInput(_, let reason) {
            return .refused(reason: reason)
        } catch {
            report(error)
            return .failed
        }
    }

    /// Writes a new entry (`id` nil) or replaces entry `id`; the audit keeps the one replaced.
    func saveJournalEntry(id: RecordId?, entry: JournalEntry) async -> JournalOutcome {
        let now = Date()
        return await journalChange { core in
            if let id {
                try core.editJournalEntry(entryId: id, entry: entry, now: now)
            } else {
                _ = try core.addJournalEntry(entry: entry, now: now)
            }
        }
    }

    /// Deletes an entry; the audit keeps what it said.
    func deleteJournalEntry(id: RecordId) async -> JournalOutcome {
        let now = Date()
        return await journalChange { core in
            try core.deleteJournalEntry(entryId: id, now: now)
        }
    }

    private func journalChange(_ change: @escaping @Sendable (CairnCompanion) throws -> Void) async -> JournalOutcome {
        guard let worker else {
            return .failed
        }
        do {
            try await worker.run { core in
                try change(core)
            }
        } catch CairnError.InvalidInput(let field, let reason) {
            return .refused(field: field, reason: reason)
        } catch {
            report(error)
            return .failed
        }
        await refreshAfterChange()
        return .saved
    }
}

/// The journal's limits and words, shared by the list and the editor.
enum JournalText {
    /// The core's longest entry, in characters (TEXT_MAX_CHARS in core/src/journal_entry).
    static let maxCharacters = 5_000
    /// From here on the editor shows the count: the last tenth of the room.
    static let counterFrom = 4_500

    /// The text's length as the core counts it: Unicode scalars once trimmed (an emoji such as
    /// a seedling is one; a flag, two), not the grapheme clusters Swift's `count` gives.
    static func length(_ text: String) -> Int {
        text.trimmingCharacters(in: .whitespacesAndNewlines).unicodeScalars.count
    }

    /// The sentence for a refusal of the entry's text, by the core's fixed reason.
    static func textProblem(_ reason: String) -> String {
        switch reason {
        case "too long":
            return L("journal.error.tooLong")
        case "contains control characters":
            return L("journal.error.control")
        default:
            return L("journal.error.empty")
        }
    }

    /// "Sunday, November 22, 2026" (and ", 8:10 AM" when the entry has a time), in the
    /// person's language.
    static func heading(_ entry: JournalEntry, zone: String) -> String {
        let day = LocalDate.date(fromDay: entry.date, zone: zone)
        let date = day.formatted(Date.FormatStyle(date: .complete, time: .omitted, timeZone: TimeZone(identifier: zone) ?? .current))
        guard let time = entry.time else {
            return date
        }
        let at = LocalDate.date(fromTime: time, zone: zone, reference: day)
        let clock = at.formatted(Date.FormatStyle(date: .omitted, time: .shortened, timeZone: TimeZone(identifier: zone) ?? .current))
        return L("journal.at", date, clock)
    }
}
