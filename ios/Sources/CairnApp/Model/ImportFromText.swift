// The words of an import from Quitter or Sobriety, built from the core's ImportReport: the
// summary, the rows of each substance (Cairn's count beside the other app's), every notice as a
// sentence, and the sentence for a file the core refused. Pure functions of the report's
// values, so the tests read them without a screen. The wording follows the terminal's
// (cli/locales/*/cli.ftl, `import-from-*` and `reason-import-*`), without its commands. Each
// plural takes one number and nothing else; a sentence about a substance and a count puts the
// name in front with `importFrom.about`.

import CairnCore
import Foundation

/// A label and its value, as the report shows them side by side.
struct ImportRow: Equatable, Hashable {
    let label: String
    let value: String
}

enum ImportFromText {
    /// The app's name as people know it (the same in every language).
    static func appName(_ source: ImportSource) -> String {
        switch source {
        case .quitter:
            return "Quitter"
        case .sobriety:
            return "Sobriety"
        }
    }

    // MARK: - Summary

    /// The first sentence: what came from which app, or that nothing was new.
    static func headline(_ report: ImportReport) -> String {
        let app = appName(report.source)
        let added = report.journeysAdded + report.usesAdded + report.journalEntriesAdded
        // "Nothing new" only when it was all there already: a file whose only substance begins
        // later adds nothing either, and its zero counts and its block say why.
        let nothingNew = added == 0 && report.alreadyImported > 0
        return nothingNew ? L("importFrom.nothingNew", app) : L("importFrom.added", app)
    }

    /// The counts a person checks: journeys, relapses as uses and journal entries added, and,
    /// when there are any, journeys given savings and records already imported.
    static func counts(_ report: ImportReport) -> [ImportRow] {
        var rows = [
            ImportRow(label: L("importFrom.count.journeys"), value: number(report.journeysAdded)),
            ImportRow(label: L("importFrom.count.uses"), value: number(report.usesAdded)),
            ImportRow(label: L("importFrom.count.entries"), value: number(report.journalEntriesAdded)),
        ]
        if report.savingsSet > 0 {
            rows.append(ImportRow(label: L("importFrom.count.savings"), value: number(report.savingsSet)))
        }
        if report.alreadyImported > 0 {
            rows.append(ImportRow(label: L("importFrom.count.already"), value: number(report.alreadyImported)))
        }
        return rows
    }

    // MARK: - One substance

    /// What became of a substance: added, there from an earlier import, or planned for later.
    static func outcome(_ line: ImportedJourneyReport, zone: String) -> String {
        switch line.outcome {
        case .added:
            return L("importFrom.journey.added")
        case .alreadyImported:
            return L("importFrom.journey.already")
        case .notYetStarted:
            return L("importFrom.journey.later", LocalDate.display(line.firstCleanDate, zone: zone))
        }
    }

    /// A substance's dates and counts: clean since, first clean date, relapses (and, when it was
    /// there before, the uses added now), the ended streaks as Cairn counts them beside the
    /// other app's own lengths, and the savings kept. None for a substance not added yet.
    static func journeyRows(_ line: ImportedJourneyReport, app: String, zone: String) -> [ImportRow] {
        if line.outcome == .notYetStarted {
            return []
        }
        var rows = [
            ImportRow(label: L("importFrom.journey.cleanSince"), value: LocalDate.display(line.cleanDate, zone: zone)),
            ImportRow(label: L("importFrom.journey.firstClean"), value: LocalDate.display(line.firstCleanDate, zone: zone)),
            ImportRow(label: L("importFrom.journey.relapses"), value: number(line.relapses)),
        ]
        if line.outcome == .alreadyImported {
            rows.append(ImportRow(label: L("importFrom.journey.newUses"), value: number(line.usesAdded)))
        }
        if !line.pastStreakDays.isEmpty || !line.sourceLengths.isEmpty {
            rows.append(ImportRow(label: L("importFrom.journey.streaksCairn"), value: days(line.pastStreakDays)))
            rows.append(ImportRow(label: L("importFrom.journey.streaksApp", app), value: days(line.sourceLengths)))
        }
        if let cost = line.costPerDay {
            rows.append(ImportRow(label: L("savings.cost"), value: money(cost)))
        }
        if let hours = line.hoursPerDay {
            rows.append(ImportRow(label: L("savings.hours"), value: hoursText(hours)))
        }
        return rows
    }

    // MARK: - Notices

    /// Every notice as a sentence, in the report's order; the one the substance's own rows
    /// already say (planned for later) is left out.
    static func notices(_ report: ImportReport) -> [String] {
        report.notices.compactMap { sentence(for: $0, in: report) }
    }

    /// One notice, naming its substance by the report's journey index.
    static func sentence(for notice: ImportNotice, in report: ImportReport) -> String? {
        let app = appName(report.source)
        func name(_ index: UInt32) -> String {
            substance(index, in: report)
        }
        switch notice {
        case .zoneUsed(let zone, let timesWithoutZone):
            return timesWithoutZone ? L("importFrom.notice.zoneAssumed", zone) : L("importFrom.notice.zoneInstants", zone)
        case .textDamaged(let replaced):
            return L("importFrom.notice.textDamaged", Int(replaced))
        case .datesRebuilt(let journey):
            return L("importFrom.notice.datesRebuilt", name(journey), app)
        case .countsDiffer(let journey):
            return L("importFrom.notice.countsDiffer", name(journey), app)
        case .moneyRounded(let journey):
            let cost = line(journey, in: report)?.costPerDay.map(money) ?? ""
            return L("importFrom.notice.moneyRounded", name(journey), cost)
        case .costNotKept(let journey, let reason):
            return L("importFrom.about", name(journey), costNotKept(reason))
        case .hoursRounded(let journey):
            let hours = line(journey, in: report)?.hoursPerDay.map(hoursText) ?? ""
            return L("importFrom.notice.hoursRounded", name(journey), hours)
        case .otherSavingsNotKept(let journey, let count):
            return L("importFrom.about", name(journey), L("importFrom.notice.otherSavings", Int(count)))
        case .severalCurrencies(let journey):
            return L("importFrom.notice.severalCurrencies", name(journey))
        case .stoppedInOtherApp(let journey):
            return L("importFrom.notice.stopped", name(journey), app)
        case .untrackedSpans(let journey, let count):
            return L("importFrom.about", name(journey), L("importFrom.notice.untracked", Int(count)))
        case .notYetStarted:
            return nil
        case .notesAhead(let count):
            return L("importFrom.notice.notesAhead", Int(count))
        case .notesSplit(let count):
            return L("importFrom.notice.notesSplit", Int(count))
        case .lengthsWithoutSubstance(let count):
            return L("importFrom.notice.lengthsWithoutSubstance", Int(count))
        case .neverStarted(let count):
            return L("importFrom.notice.neverStarted", Int(count))
        case .namesShortened(let count):
            return L("importFrom.notice.namesShortened", Int(count))
        case .legacyFieldIgnored(let field):
            return L("importFrom.notice.legacyField", app, field)
        }
    }

    private static func costNotKept(_ reason: CostNotKeptReason) -> String {
        switch reason {
        case .noCurrency:
            return L("importFrom.notice.costNoCurrency")
        case .roundsToZero:
            return L("importFrom.notice.costZero")
        case .tooLarge:
            return L("importFrom.notice.costTooLarge")
        }
    }

    private static func line(_ index: UInt32, in report: ImportReport) -> ImportedJourneyReport? {
        let position = Int(index)
        return report.journeys.indices.contains(position) ? report.journeys[position] : nil
    }

    /// The substance at `index` of the report's journeys (the core's indexes always point into
    /// it; a number stands in should one ever not).
    static func substance(_ index: UInt32, in report: ImportReport) -> String {
        line(index, in: report)?.substance ?? "#\(Int(index) + 1)"
    }

    // MARK: - Numbers

    static func number(_ value: UInt32) -> String {
        Int(value).formatted()
    }

    /// "44 and 1" ("44 y 1"), or "none" for no streak.
    static func days(_ days: [UInt32]) -> String {
        days.isEmpty ? L("importFrom.none") : days.map(number).formatted(.list(type: .and))
    }

    /// The cost per day in the person's own money style ("$22.50", "22,50 €").
    static func money(_ amount: MoneyAmount) -> String {
        guard let value = Decimal(string: amount.amount, locale: Locale(identifier: "en_US_POSIX")) else {
            return amount.amount + " " + amount.currency
        }
        return value.formatted(.currency(code: amount.currency))
    }

    /// Hours as the language writes them, to the hundredth the core keeps ("2.5", "0,17").
    static func hoursText(_ hours: Double) -> String {
        hours.formatted(.number.precision(.fractionLength(0...2)))
    }
}
