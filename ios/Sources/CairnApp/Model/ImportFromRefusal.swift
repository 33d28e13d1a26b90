// Why a file from Quitter or Sobriety was not imported, in the person's language. The core
// refuses a bad file with a field and a fixed English reason (never anything from the file);
// here each field and each reason an import gives has its own words, taken from the terminal's
// (cli/src/errors.rs maps the same literals to cli/locales/*/cli.ftl `field-import-*` and
// `reason-import-*`, plus the general reasons the journey and journal checks give an import).
// A field or reason added to the core later falls back to a general sentence, never to the
// core's English.

import CairnCore
import Foundation

extension ImportFromText {
    /// The sentence to show when an import added nothing; nil when the failure was already
    /// shown as the app's message.
    static func problem(_ error: CompanionStore.ImportFromError, source: ImportSource) -> String? {
        switch error {
        case .refused(let field, let said):
            guard let words = reason(said) else {
                return L("importFrom.error.general", appName(source))
            }
            return L("importFrom.error.refused", fieldName(field) ?? L("importFrom.field.other"), words)
        case .unreadable:
            return L("importFrom.error.unreadable")
        case .failed:
            return nil
        }
    }

    /// A field of the file the core named, as a person calls it; nil for one this does not know.
    static func fieldName(_ field: String) -> String? {
        switch field {
        case "file":
            return L("importFrom.field.file")
        case "history":
            return L("importFrom.field.history")
        case "days":
            return L("importFrom.field.days")
        case "entries":
            return L("importFrom.field.entries")
        case "quit date", "clean_date":
            return L("importFrom.field.quitDate")
        case "savings":
            return L("importFrom.field.savings")
        case "status":
            return L("importFrom.field.status")
        case "time saving":
            return L("importFrom.field.timeSaving")
        case "daily notes", "journal", "note":
            return L("importFrom.field.notes")
        case "custom_names", "name":
            return L("importFrom.field.names")
        case "date":
            return L("importFrom.field.date")
        default:
            return nil
        }
    }

    /// A reason the core gave for refusing a file, in words; nil for one this does not know.
    static func reason(_ reason: String) -> String? {
        switch reason {
        case "a Quitter export, not Sobriety":
            return L("importFrom.reason.quitterNotSobriety")
        case "a Sobriety export, not Quitter":
            return L("importFrom.reason.sobrietyNotQuitter")
        case "an earlier attempt never ended":
            return L("importFrom.reason.attemptNeverEnded")
        case "attempts overlap":
            return L("importFrom.reason.attemptsOverlap")
        case "cut short":
            return L("importFrom.reason.cutShort")
        case "damaged, perhaps by the phone export":
            return L("importFrom.reason.damagedByPhone")
        case "does not match the history":
            return L("importFrom.reason.doesNotMatchHistory")
        case "holds nothing to import":
            return L("importFrom.reason.nothing")
        case "missing title or quit date":
            return L("importFrom.reason.missingTitleOrDate")
        case "not JSON":
            return L("importFrom.reason.notJson")
        case "not UTF-8 text":
            return L("importFrom.reason.notUtf8")
        case "not a JSON export":
            return L("importFrom.reason.notJsonExport")
        case "not a Quitter export":
            return L("importFrom.reason.notQuitter")
        case "not a Sobriety export":
            return L("importFrom.reason.notSobriety")
        case "not a date":
            return L("importFrom.reason.notADate")
        case "not a list":
            return L("importFrom.reason.notAList")
        case "not a map":
            return L("importFrom.reason.notAMap")
        case "not a positive length":
            return L("importFrom.reason.notPositiveLength")
        case "not a time":
            return L("importFrom.reason.notATime")
        case "not an amount":
            return L("importFrom.reason.notAnAmount")
        case "not an amount and a unit":
            return L("importFrom.reason.notAmountAndUnit")
        case "not text":
            return L("importFrom.reason.notText")
        case "reach before 1900", "year before 1900":
            return L("importFrom.reason.before1900")
        case "text damaged by the phone export cannot be recovered":
            return L("importFrom.reason.damagedUnrecoverable")
        case "too large":
            return L("importFrom.reason.tooLarge")
        case "too many attempts":
            return L("importFrom.reason.tooManyAttempts")
        case "too many notes":
            return L("importFrom.reason.tooManyNotes")
        case "too many substances":
            return L("importFrom.reason.tooManySubstances")
        case "too many":
            return L("importFrom.reason.tooMany")
        case "too long":
            return L("importFrom.reason.tooLong")
        case "unknown":
            return L("importFrom.reason.unknown")
        case "empty":
            return L("importFrom.reason.empty")
        case "in the future":
            return L("importFrom.reason.inTheFuture")
        default:
            return nil
        }
    }
}
