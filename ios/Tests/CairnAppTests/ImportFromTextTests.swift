// What the import report says, built from report values like those the core returns for the
// fixtures in core/tests/fixtures/import (the Kotlin test's numbers): every notice is a whole
// sentence naming its substance by index, each substance's rows put Cairn's count beside the
// other app's, the summary counts what was added and what was there before, and a refused file
// is explained in the person's language, never in the core's English. Reading the files and
// the counting itself are tested in Rust.

import CairnCore
import Foundation
import Testing
@testable import CairnApp

struct ImportFromTextTests {
    static let zone = "America/Chicago"

    static let opioids = ImportedJourneyReport(
        journeyId: "journey-1", outcome: .added, substance: "Opioids", state: .ongoing,
        firstCleanDate: "2024-01-24", cleanDate: "2024-03-11", relapses: 2, usesAdded: 2,
        pastStreakDays: [44, 1], sourceLengths: [45, 3], rebuiltDates: true,
        costPerDay: nil, hoursPerDay: nil)

    static let heroin = ImportedJourneyReport(
        journeyId: "journey-2", outcome: .alreadyImported, substance: "Heroin", state: .stopped,
        firstCleanDate: "2023-06-01", cleanDate: "2024-02-01", relapses: 1, usesAdded: 1,
        pastStreakDays: [], sourceLengths: [], rebuiltDates: false,
        costPerDay: MoneyAmount(amount: "22.50", currency: "USD"), hoursPerDay: 2.5)

    static let gambling = ImportedJourneyReport(
        journeyId: nil, outcome: .notYetStarted, substance: "Gambling", state: .planned,
        firstCleanDate: "2030-05-01", cleanDate: "2030-05-01", relapses: 0, usesAdded: 0,
        pastStreakDays: [], sourceLengths: [], rebuiltDates: false,
        costPerDay: nil, hoursPerDay: nil)

    static func report(_ notices: [ImportNotice] = [], journeysAdded: UInt32 = 1, usesAdded: UInt32 = 2,
                       savingsSet: UInt32 = 0, alreadyImported: UInt32 = 0) -> ImportReport {
        ImportReport(source: .quitter, timeZone: zone, zoneAssumed: true, journeysAdded: journeysAdded,
                     usesAdded: usesAdded, journalEntriesAdded: 0, savingsSet: savingsSet,
                     alreadyImported: alreadyImported, journeys: [opioids, heroin, gambling], notices: notices)
    }

    /// One of every notice, each about the journey it names (0 Opioids, 1 Heroin).
    static let everyNotice: [ImportNotice] = [
        .zoneUsed(zone: zone, timesWithoutZone: true),
        .zoneUsed(zone: zone, timesWithoutZone: false),
        .textDamaged(replaced: 3),
        .datesRebuilt(journey: 0),
        .countsDiffer(journey: 0),
        .moneyRounded(journey: 1),
        .costNotKept(journey: 1, reason: .noCurrency),
        .costNotKept(journey: 1, reason: .roundsToZero),
        .costNotKept(journey: 1, reason: .tooLarge),
        .hoursRounded(journey: 1),
        .otherSavingsNotKept(journey: 1, count: 2),
        .severalCurrencies(journey: 1),
        .stoppedInOtherApp(journey: 1),
        .untrackedSpans(journey: 1, count: 1),
        .notesAhead(count: 2),
        .notesSplit(count: 1),
        .lengthsWithoutSubstance(count: 1),
        .neverStarted(count: 2),
        .namesShortened(count: 1),
        .legacyFieldIgnored(field: "time_stopped"),
    ]

    @Test func everyNoticeIsItsOwnWholeSentence() {
        let report = ImportFromTextTests.report(ImportFromTextTests.everyNotice)
        let sentences = ImportFromText.notices(report)
        #expect(sentences.count == ImportFromTextTests.everyNotice.count)
        #expect(Set(sentences).count == sentences.count, "no two notices read alike")
        for sentence in sentences {
            #expect(!sentence.isEmpty)
            #expect(!sentence.contains("%"), "every argument filled: \(sentence)")
        }
    }

    @Test func aNoticeAboutASubstanceNamesItByItsIndex() {
        let report = ImportFromTextTests.report()
        let aboutOpioids: [ImportNotice] = [.datesRebuilt(journey: 0), .countsDiffer(journey: 0)]
        for notice in aboutOpioids {
            #expect(ImportFromText.sentence(for: notice, in: report)?.hasPrefix("Opioids") == true)
        }
        let aboutHeroin: [ImportNotice] = [
            .stoppedInOtherApp(journey: 1), .untrackedSpans(journey: 1, count: 2),
            .costNotKept(journey: 1, reason: .noCurrency), .otherSavingsNotKept(journey: 1, count: 1),
        ]
        for notice in aboutHeroin {
            #expect(ImportFromText.sentence(for: notice, in: report)?.hasPrefix("Heroin") == true)
        }
        #expect(ImportFromText.sentence(for: .stoppedInOtherApp(journey: 1), in: report)?.contains("Quitter") == true)
        // The rounded money and hours are the ones the journey kept.
        let rounded = ImportFromText.sentence(for: .moneyRounded(journey: 1), in: report) ?? ""
        #expect(rounded.contains(ImportFromText.money(MoneyAmount(amount: "22.50", currency: "USD"))))
        let hours = ImportFromText.sentence(for: .hoursRounded(journey: 1), in: report) ?? ""
        #expect(hours.contains(ImportFromText.hoursText(2.5)))
        // An index past the list (the core never sends one) still gives a sentence.
        #expect(ImportFromText.substance(9, in: report) == "#10")
    }

    @Test func aSubstanceNotYetStartedIsSaidOnceInItsOwnBlock() {
        let report = ImportFromTextTests.report([.notYetStarted(journey: 2)])
        #expect(ImportFromText.notices(report).isEmpty)
        let gambling = ImportFromTextTests.gambling
        #expect(ImportFromText.journeyRows(gambling, app: "Sobriety", zone: ImportFromTextTests.zone).isEmpty)
        let outcome = ImportFromText.outcome(gambling, zone: ImportFromTextTests.zone)
        #expect(outcome.contains(LocalDate.display("2030-05-01", zone: ImportFromTextTests.zone)))
    }

    @Test func aJourneysRowsPutCairnsCountBesideTheOtherApps() {
        let zone = ImportFromTextTests.zone
        let rows = ImportFromText.journeyRows(ImportFromTextTests.opioids, app: "Quitter", zone: zone)
        #expect(rows == [
            ImportRow(label: L("importFrom.journey.cleanSince"), value: LocalDate.display("2024-03-11", zone: zone)),
            ImportRow(label: L("importFrom.journey.firstClean"), value: LocalDate.display("2024-01-24", zone: zone)),
            ImportRow(label: L("importFrom.journey.relapses"), value: ImportFromText.number(2)),
            ImportRow(label: L("importFrom.journey.streaksCairn"), value: ImportFromText.days([44, 1])),
            ImportRow(label: L("importFrom.journey.streaksApp", "Quitter"), value: ImportFromText.days([45, 3])),
        ])
        #expect(rows.contains { $0.value.contains("44") } && rows.contains { $0.value.contains("45") })
        #expect(ImportFromText.outcome(ImportFromTextTests.opioids, zone: zone) == L("importFrom.journey.added"))
    }

    @Test func aJourneyImportedBeforeSaysWhatIsNewAndItsSavings() {
        let rows = ImportFromText.journeyRows(ImportFromTextTests.heroin, app: "Sobriety", zone: ImportFromTextTests.zone)
        let labels = rows.map(\.label)
        #expect(labels.contains(L("importFrom.journey.newUses")))
        #expect(!labels.contains(L("importFrom.journey.streaksCairn")), "no ended streak, no streak rows")
        let cost = rows.first { $0.label == L("savings.cost") }
        #expect(cost?.value.contains("22") == true)
        #expect(rows.last == ImportRow(label: L("savings.hours"), value: ImportFromText.hoursText(2.5)))
        #expect(ImportFromText.days([]) == L("importFrom.none"))
    }

    @Test func theSummaryCountsWhatWasAddedAndWhatWasThereBefore() {
        let first = ImportFromTextTests.report()
        #expect(ImportFromText.counts(first).map(\.label) == [
            L("importFrom.count.journeys"), L("importFrom.count.uses"), L("importFrom.count.entries"),
        ])
        #expect(ImportFromText.headline(first) == L("importFrom.added", "Quitter"))
        let again = ImportFromTextTests.report(journeysAdded: 0, usesAdded: 0, alreadyImported: 10)
        #expect(ImportFromText.headline(again) == L("importFrom.nothingNew", "Quitter"))
        // Only a substance that begins later: nothing added, but nothing was there before either.
        let later = ImportFromTextTests.report(journeysAdded: 0, usesAdded: 0, alreadyImported: 0)
        #expect(ImportFromText.headline(later) == L("importFrom.added", "Quitter"))
        #expect(ImportFromText.counts(again).last == ImportRow(label: L("importFrom.count.already"), value: ImportFromText.number(10)))
        let saved = ImportFromTextTests.report(savingsSet: 1)
        #expect(ImportFromText.counts(saved).map(\.label).contains(L("importFrom.count.savings")))
    }

    /// Every reason an import gives (cli/locales/en/cli.ftl `reason-import-*`).
    static let importReasons = [
        "a Quitter export, not Sobriety", "a Sobriety export, not Quitter", "an earlier attempt never ended",
        "attempts overlap", "cut short", "damaged, perhaps by the phone export", "does not match the history",
        "holds nothing to import", "missing title or quit date", "not JSON", "not UTF-8 text",
        "not a JSON export", "not a Quitter export", "not a Sobriety export", "not a date", "not a list",
        "not a map", "not a positive length", "not a time", "not an amount", "not an amount and a unit",
        "not text", "reach before 1900", "text damaged by the phone export cannot be recovered", "too large",
        "too many attempts", "too many notes", "too many substances", "unknown",
    ]

    @Test func eachReasonAnImportGivesHasItsOwnWords() {
        let words = ImportFromTextTests.importReasons.compactMap(ImportFromText.reason)
        #expect(words.count == ImportFromTextTests.importReasons.count)
        #expect(Set(words).count == words.count)
        #expect(ImportFromText.reason("a reason added later") == nil)
    }

    @Test func aRefusedFileIsExplainedInThePersonsLanguage() {
        let refused = ImportFromText.problem(.refused(field: "file", reason: "a Quitter export, not Sobriety"), source: .sobriety)
        #expect(refused == L("importFrom.error.refused", L("importFrom.field.file"), L("importFrom.reason.quitterNotSobriety")))
        let unknownField = ImportFromText.problem(.refused(field: "later_field", reason: "not a date"), source: .sobriety)
        #expect(unknownField == L("importFrom.error.refused", L("importFrom.field.other"), L("importFrom.reason.notADate")))
        let unknownReason = ImportFromText.problem(.refused(field: "file", reason: "a reason added later"), source: .sobriety)
        #expect(unknownReason == L("importFrom.error.general", "Sobriety"))
        #expect(ImportFromText.problem(.unreadable, source: .quitter) == L("importFrom.error.unreadable"))
        #expect(ImportFromText.problem(.failed, source: .quitter) == nil, "already shown as the app's message")
    }
}
