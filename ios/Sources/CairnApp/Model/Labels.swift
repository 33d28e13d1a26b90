// The words the shell itself writes: a lookup into the String Catalog, and the display names
// of the core's enums. Kept in one file so ios/checks/check_strings.py finds every key the app
// uses as a literal `L("...")` call, and so a new enum case fails here, in one switch.

import CairnCore
import Foundation

/// An app string from Resources/Localizable.xcstrings. Keys are always literals, so the
/// catalogue check can see them.
func L(_ key: String) -> String {
    NSLocalizedString(key, bundle: Labels.bundle, comment: "")
}

/// An app string with arguments; the catalogue's plural variations pick the form (English
/// one/other, Spanish one/many/other) from the number.
func L(_ key: String, _ arguments: any CVarArg...) -> String {
    String(format: L(key), locale: Locale.current, arguments: arguments)
}

/// Display names for the core's enums. The core's own texts (milestone labels, signal
/// reasons, crisis line names, safety card lines) and the person's own tags are shown as the
/// core returns them.
enum Labels {
    /// The package's resource bundle, named here so the tests can read its catalogues.
    static var bundle: Bundle {
        .module
    }

    static func days(_ count: UInt32) -> String {
        L("days.count", Int(count))
    }

    static func stage(_ stage: Stage) -> String {
        switch stage {
        case .initiation:
            return L("stage.initiation")
        case .abstinence:
            return L("stage.abstinence")
        case .maintainedAbstinence:
            return L("stage.maintained")
        case .advancedRecovery:
            return L("stage.advanced")
        }
    }

    static func role(_ role: ContactRole) -> String {
        switch role {
        case .sponsor:
            return L("role.sponsor")
        case .backup:
            return L("role.backup")
        case .counselor:
            return L("role.counselor")
        case .prescriberOrClinic:
            return L("role.clinic")
        case .pharmacy:
            return L("role.pharmacy")
        case .family:
            return L("role.family")
        case .friend:
            return L("role.friend")
        case .peer:
            return L("role.peer")
        }
    }

    static let allRoles: [ContactRole] = [
        .sponsor, .backup, .counselor, .prescriberOrClinic, .pharmacy, .family, .friend, .peer,
    ]

    /// Who a reach-out chain entry is: a contact's role, or the kind of line.
    static func chainRole(_ role: ChainRole) -> String {
        switch role {
        case .contact(let contactRole):
            return Labels.role(contactRole)
        case .line(let kind):
            return lineKind(kind)
        }
    }

    static func lineKind(_ kind: LineKind) -> String {
        switch kind {
        case .crisisLine:
            return L("line.crisisLine")
        case .emergency:
            return L("line.emergency")
        }
    }

    static func purpose(_ purpose: Purpose) -> String {
        switch purpose {
        case .crisis:
            return L("purpose.crisis")
        case .overdoseSpotter:
            return L("purpose.overdoseSpotter")
        case .treatmentHelpline:
            return L("purpose.treatmentHelpline")
        case .urgentCare:
            return L("purpose.urgentCare")
        case .emergency:
            return L("purpose.emergency")
        }
    }

    /// A trigger's display name; the person's own tag as written.
    static func trigger(_ trigger: Trigger) -> String {
        switch trigger {
        case .people:
            return L("trigger.people")
        case .places:
            return L("trigger.places")
        case .stress:
            return L("trigger.stress")
        case .boredom:
            return L("trigger.boredom")
        case .pain:
            return L("trigger.pain")
        case .conflict:
            return L("trigger.conflict")
        case .money:
            return L("trigger.money")
        case .loneliness:
            return L("trigger.loneliness")
        case .withdrawal:
            return L("trigger.withdrawal")
        case .celebration:
            return L("trigger.celebration")
        case .own(let text):
            return text
        }
    }

    /// What helped, by name; the person's own tag as written.
    static func helped(_ action: HelpfulAction) -> String {
        switch action {
        case .meeting:
            return L("helped.meeting")
        case .calledSponsor:
            return L("helped.called_sponsor")
        case .therapy:
            return L("helped.therapy")
        case .exercise:
            return L("helped.exercise")
        case .medication:
            return L("helped.medication")
        case .rest:
            return L("helped.rest")
        case .reachedOut:
            return L("helped.reached_out")
        case .own(let text):
            return text
        }
    }

    static func planSection(_ section: PlanSection) -> String {
        switch section {
        case .warningSigns:
            return L("plan.warning_signs")
        case .triggersToAvoid:
            return L("plan.triggers_to_avoid")
        case .copingSteps:
            return L("plan.coping_steps")
        case .reasonsToStayClean:
            return L("plan.reasons_to_stay_clean")
        case .peopleToCall:
            return L("plan.people_to_call")
        case .safePlaces:
            return L("plan.safe_places")
        }
    }

    static func trend(_ trend: Trend?) -> String {
        guard let trend = trend else {
            return L("trend.none")
        }
        switch trend {
        case .rising:
            return L("trend.rising")
        case .falling:
            return L("trend.falling")
        case .steady:
            return L("trend.steady")
        }
    }

    static func useKind(_ kind: UseKind) -> String {
        switch kind {
        case .lapse:
            return L("use.lapse")
        case .relapse:
            return L("use.relapse")
        }
    }

    static func auditChange(_ change: AuditChange) -> String {
        switch change {
        case .edited:
            return L("history.changeEdited")
        case .deleted:
            return L("history.changeDeleted")
        }
    }

    static func medication(_ taken: MedicationTaken) -> String {
        switch taken {
        case .taken:
            return L("medication.taken")
        case .missed:
            return L("medication.missed")
        case .notPrescribed:
            return L("medication.notPrescribed")
        }
    }

    static func milestoneSet(_ set: MilestoneSet) -> String {
        switch set {
        case .keytags:
            return L("milestones.set.keytags")
        case .early:
            return L("milestones.set.early")
        case .personal:
            return L("milestones.set.personal")
        case .all:
            return L("milestones.set.all")
        }
    }

    static let allMilestoneSets: [MilestoneSet] = [.keytags, .early, .personal, .all]

    static func average(_ value: Double?) -> String {
        guard let value = value else {
            return L("insights.noData")
        }
        return String(format: "%.1f", value)
    }

    static func percent(_ share: CleanShare) -> String {
        let formatter = NumberFormatter()
        formatter.numberStyle = .percent
        formatter.maximumFractionDigits = 0
        return formatter.string(from: NSNumber(value: share.share)) ?? ""
    }

    /// What a person can act on, without personal data (the core's errors carry none).
    static func error(_ error: Error) -> String {
        guard let cairn = error as? CairnError else {
            return L("error.generic")
        }
        switch cairn {
        case .WrongKey:
            return L("error.wrongKey")
        case .KeyUnavailable:
            return L("error.keyUnavailable")
        case .InvalidInput(let field, _):
            return L("error.invalidInput", field)
        case .RecordDamaged:
            return L("error.recordDamaged")
        case .KeyDataDamaged:
            return L("error.keyDataDamaged")
        case .RolledBack:
            return L("error.rolledBack")
        case .NotAStore:
            return L("error.notAStore")
        case .NewerFormat:
            return L("error.newerFormat")
        case .NotFound:
            return L("error.notFound")
        case .AlreadyExists:
            return L("error.alreadyExists")
        case .NotABackup:
            return L("error.notABackup")
        case .WrongRecoveryCode:
            return L("error.wrongRecoveryCode")
        case .BackupDamaged:
            return L("error.backupDamaged")
        case .StorageFull:
            return L("error.storageFull")
        case .Busy:
            return L("error.busy")
        case .Closed:
            return L("error.closed")
        case .Io:
            return L("error.io")
        }
    }
}
