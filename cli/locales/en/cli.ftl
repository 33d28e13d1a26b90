# The terminal's own words, in English: everything `cairn` prints for a person that the core
# does not write. Every id here is in es/cli.ftl too (cli/src/text/tests.rs checks it).
# Error messages say what the core's English messages say, word for word, so logs and scripts
# that matched them keep working.

## Words shared by several commands.

header-id = id
header-date = date
header-time = time

## Journeys, uses and status.

journey-started = Journey started ({ $id }).
journey-edited = Journey updated.
journey-list-journey = journey
journey-list-since = since
use-kind-lapse = lapse
use-kind-relapse = relapse
use-deleted = Deleted. The history's audit trail keeps what it was.
use-edited = Edited. The earlier version stays in the history.
use-recorded = Recorded. { $before ->
    [one] The { $before } day before it still counts,
   *[other] The { $before } days before it still count,
} and so does everything since the start: { $total ->
    [one] { $total } clean day in all.
   *[other] { $total } clean days in all.
}

status-percent = { $value }%
status-reached = Reached: { $milestone } ({ $date })
status-clean-days = { $substance }: { $days ->
    [one] { $days } day clean
   *[other] { $days } days clean
}, since { $since }
status-clean-days-hours = { $substance }: { $days ->
    [one] { $days } day clean
   *[other] { $days } days clean
} ({ $hours }h { $minutes }m), since { $since }
status-clean-time = Clean time: { $time }
status-stage = Stage: { $stage }
status-stage-progress = Stage: { $stage }, { $percent } through; { $days ->
    [one] { $days } day
   *[other] { $days } days
} to { $next }
status-next-milestone = Next milestone: { $milestone } on { $date } ({ $days ->
    [0] today
    [1] tomorrow
   *[other] in { $days } days
})
status-totals = Longest streak { $longest ->
    [one] { $longest } day
   *[other] { $longest } days
} · { $total ->
    [one] { $total } clean day in all
   *[other] { $total } clean days in all
} · attempt { $attempt }
status-money-saved = Money not spent: { $amount }
status-hours-saved = Time given back: { $hours }
status-shares = Clean days: last 30 { $share30 } · last 90 { $share90 } · last 365 { $share365 }
status-damaged = { $count ->
    [one] { $count } damaged record could not be read.
   *[other] { $count } damaged records could not be read.
}
status-no-journey = no journey yet; start one with `cairn journey start --clean-date YYYY-MM-DD`

## History and milestones.

history-since = { $substance } since { $date }
history-streaks = Streaks (every one counts):
history-uses = Uses:
history-edits = Edits and deletions:
history-kind = kind
history-triggers = triggers
history-note = note
history-from = from
history-to = to
history-days = days
history-ended-by = ended by
history-now = now
history-when = when
history-change = change
history-was = was
history-use-id = use id
history-edited = edited
history-deleted = deleted
milestones-milestone = milestone
milestones-days-left = days left
milestones-reached-header = {""}
milestones-reached = reached

## Check-ins, insights and the safety card.

checkin-saved = Check-in saved for { $date }. { $streak ->
    [one] { $streak } day in a row with a check-in.
   *[other] { $streak } days in a row with a check-in.
}
checkin-replaced = Check-in replaced for { $date }. { $streak ->
    [one] { $streak } day in a row with a check-in.
   *[other] { $streak } days in a row with a check-in.
}
checkin-use-recorded = The use is in your history. Everything before it still counts.

## The daily pledge ("Just for today"), made in the morning and reviewed in the check-in.

pledge-made = Just for today: pledged for { $date }. { $streak ->
    [one] { $streak } day in a row with a pledge.
   *[other] { $streak } days in a row with a pledge.
}
pledge-already = Just for today: { $date } already has your pledge. { $streak ->
    [one] { $streak } day in a row with a pledge.
   *[other] { $streak } days in a row with a pledge.
}
pledge-kept = Pledge kept. One day at a time.
pledge-not-kept = Thank you for the honest answer. Tomorrow is a new pledge.
status-pledge-made = Just for today: pledged. { $streak ->
    [one] { $streak } day in a row with a pledge.
   *[other] { $streak } days in a row with a pledge.
}
status-pledge-open = Just for today: not pledged yet (`cairn pledge`). { $streak ->
    [one] { $streak } day in a row with a pledge until yesterday.
   *[other] { $streak } days in a row with a pledge until yesterday.
}
status-pledge-none = Just for today: make today's pledge with `cairn pledge`.
safety-call = Call { $who }: { $link }
insights-check-ins = Check-ins: { $streak ->
    [one] { $streak } day in a row
   *[other] { $streak } days in a row
}, { $days } of the last 30 days
insights-averages = Mood: { $mood7 } (7 days), { $mood30 } (30 days)   Craving: { $craving7 } (7 days), { $craving30 } (30 days)
insights-tag-count = { $tag } ({ $count })
insights-triggers = Triggers: { $tags }
insights-helped = What helped: { $tags }
insights-reach-out = Reach out: { $who } ({ $link })
tag-people = people
tag-places = places
tag-stress = stress
tag-boredom = boredom
tag-pain = pain
tag-conflict = conflict
tag-money = money
tag-loneliness = loneliness
tag-withdrawal = withdrawal
tag-celebration = celebration
tag-meeting = meeting
tag-called-sponsor = called sponsor
tag-therapy = therapy
tag-exercise = exercise
tag-medication = medication
tag-rest = rest
tag-reached-out = reached out

## Contacts and the reach-out chain.

contacts-added = Added ({ $id }).
contacts-name = name
contacts-role = role
contacts-call = call
contacts-text = text
role-sponsor = sponsor
role-primary-sponsor = sponsor (primary)
role-backup = backup
role-counselor = counselor
role-prescriber-or-clinic = prescriber or clinic
role-pharmacy = pharmacy
role-family = family
role-friend = friend
role-peer = peer
role-crisis-line = crisis line
role-emergency = emergency
reach-out-logged = Logged. It counts as "{ $action }" in today's check-in.
reach-out-text = text: { $link }

## The prevention plan.

plan-warning-signs = Warning signs
plan-triggers-to-avoid = Triggers to avoid
plan-coping-steps = Coping steps
plan-reasons-to-stay-clean = Reasons to stay clean
plan-people-to-call = People to call
plan-safe-places = Safe places
plan-empty = (nothing yet)

## The store, settings, backups and notifications.

init-created-following = Created an encrypted store at { $path }.
    Days are counted in { $zone }, this computer's zone; they follow it when you travel.
init-created-pinned = Created an encrypted store at { $path }.
    Days are counted in { $zone }.
passphrase-changed = The passphrase is changed and every record is sealed again under a new key. The old passphrase no longer opens this store; a copy made before the change still opens with it, but holds nothing written after.
wipe-done = Everything is deleted: every file of the store was overwritten, then deleted.
wipe-done-not-overwritten = Everything is deleted, but the disk had no room to overwrite every file first.
wipe-nothing = There was no store to delete.
settings-time-zone = Time zone
settings-zone-following = { $zone } (follows this computer)
settings-zone-pinned = { $zone } (pinned)
settings-language = Language
settings-language-following = { $language } (follows this computer)
settings-language-pinned = { $language } (pinned)
settings-region = Region
settings-not-set = not set
settings-day-counting = Day counting
settings-day-zero = the clean date is day 0
settings-day-one = the clean date is day 1
settings-milestones = Milestones
settings-milestones-at = { $set } at { $time }
settings-set-keytags = keytags
settings-set-early = early days
settings-set-personal = your own
settings-set-all = all
settings-reminder = Check-in reminder
settings-discreet = Discreet notifications
settings-medications = Medication reminders
settings-medication = { $name } at { $times }
settings-pledge-reminder = Pledge reminder
settings-on = on
settings-off = off
settings-none = none
export-written = Backup written to { $file } ({ $records ->
    [one] { $records } record
   *[other] { $records } records
}).
export-recovery-code = Recovery code (write it down now; it is not stored anywhere and will not be shown again):
export-needs-passphrase = Opening it will also need the backup passphrase.
export-damaged = { $count ->
    [one] { $count } damaged record could not be read and was left out.
   *[other] { $count } damaged records could not be read and were left out.
}
import-done = { $records ->
    [one] Imported { $records } record.
   *[other] Imported { $records } records.
} They are now encrypted under this computer's passphrase. Days are counted in { $zone }.
import-undone = The import is undone: the store it replaced is back, and the imported one is gone.
notifications-to-schedule = To schedule: { $count }
notifications-to-cancel = To cancel: { $count }

## Passphrase prompts.

prompt-passphrase = Passphrase:{" "}
prompt-repeat = Repeat it:{" "}
prompt-backup-passphrase = Backup passphrase:{" "}
prompt-new-passphrase = New passphrase (8 characters or more):{" "}
prompt-recovery-code = Recovery code:{" "}

## How `cairn` was called. English keeps clap's own first line ($detail).

usage-invalid-value = { $detail } (see cairn --help)
usage-unknown-argument = { $detail } (see cairn --help)
usage-unknown-command = { $detail } (see cairn --help)
usage-missing-argument = { $detail } (see cairn --help)
usage-conflict = { $detail } (see cairn --help)
usage-missing-command = { $detail } (see cairn --help)
usage-invalid-arguments = { $detail } (see cairn --help)
usage-no-home = no home directory; pass --data-dir
usage-bad-clock = CAIRN_NOW is not an RFC 3339 instant
usage-no-terminal = no terminal to ask for the passphrase; set CAIRN_PASSPHRASE
usage-no-terminal-code = no terminal to ask for the recovery code; set CAIRN_RECOVERY_CODE
usage-passphrases-differ = the two passphrases differ
usage-date-required = --date is required
usage-medication = --medication takes NAME@HH:MM[,HH:MM...]
usage-wipe-confirm = wipe deletes everything and cannot be undone; run `cairn wipe --yes` to confirm
usage-import-would-replace = this store already holds records; `cairn import FILE --replace` replaces them (and `cairn import --undo` brings them back)
usage-import-nothing-to-undo = there is no import to undo: the store an import replaced is kept only until the next import, passphrase change or wipe
usage-import-needs-file = import needs a backup FILE, or --undo
usage-positions = positions start at 1
usage-plan-edit = edit takes --add TEXT, --remove N or --replace N --text TEXT
usage-not-settings = not a settings command

## Errors from the core: what went wrong, never the person's data.

error-wrong-key = the key or passphrase does not unlock this store
error-key-source = this store is not opened with a { $kind }
error-invalid = invalid { $field }: { $reason }
error-record-damaged = record { $id } is damaged or was tampered with
error-key-data-damaged = the store's key data is damaged
error-rolled-back = this store is an older copy than the one this device last saw
error-not-a-store = this file is not a Cairn store
error-newer-format = this store was written by a newer version of Cairn (format { $found }, this version reads up to { $supported })
error-store-missing = there is no Cairn store here yet; run `cairn init` first
error-store-exists = a Cairn store already exists at this location
error-not-found = no such { $what }
error-not-found-contact = no such contact
error-not-found-journey = no such journey
error-not-found-reach-out = no such reach-out action
error-not-found-record = no such record
error-not-found-settings = no such settings
error-not-found-store = no such store
error-not-found-use = no such use
error-not-found-chain-entry = no such chain entry
error-exists = this { $what } already exists
error-exists-check-in = this check-in for that day already exists
error-exists-record = this record with that key already exists
error-storage-full = the device is out of storage space; nothing was saved
error-not-a-backup = this file is not a Cairn backup
error-wrong-recovery-code = the recovery code or passphrase does not open this backup
error-backup-damaged = the backup cannot be read: { $reason }
error-busy = the store is busy in another process; try again
error-closed = the store is closed
error-database = database error: { $detail }
error-io = file system error: { $detail }
error-io-read-only = file system error: the store cannot be written here
error-output = cannot write output: { $detail }

## The inputs the core checks, as its messages name them.

field-backup = backup
field-channel = channel
field-clean-date = clean_date
field-clean-time = clean_time
field-contact = contact
field-contacts = contacts
field-cost-per-day = cost_per_day
field-craving = craving
field-currency = currency
field-date = date
field-helped = helped
field-hours-per-day = hours_per_day
field-id = id
field-index = index
field-item = item
field-items = items
field-language = language
field-local-time = local_time
field-medication = medication
field-medications = medications
field-mood = mood
field-name = name
field-note = note
field-passphrase = passphrase
field-personal-milestone = personal_milestone
field-phone = phone
field-platform-key = platform_key
field-primary = primary
field-record = record
field-recovery-code = recovery_code
field-region = region
field-role = role
field-section = section
field-substance = substance
field-time = time
field-time-zone = time_zone
field-trigger = trigger
field-triggers = triggers
field-pledge-kept = pledge_kept

## Why the core rejected an input.

reason-already-in-section = already in this section
reason-at-most-10-medications = at most 10 medications
reason-at-most-20-items = at most 20 in a section
reason-cannot-be-encoded = cannot be encoded
reason-control-characters = contains control characters
reason-day-count-at-least-1 = day count must be at least 1
reason-day-count-too-large = day count too large
reason-duplicate = duplicate
reason-empty = empty
reason-is-empty = is empty
reason-not-trimmed = not trimmed
reason-expected-time = expected HH:MM
reason-expected-date = expected YYYY-MM-DD
reason-expected-date-time = expected YYYY-MM-DDTHH:MM
reason-expected-medication = expected taken, missed or none
reason-code-length = must be 30 letters and digits in 6 groups
reason-code-character = has a character that is not in recovery codes
reason-code-typo-1 = has a typo in group 1
reason-code-typo-2 = has a typo in group 2
reason-code-typo-3 = has a typo in group 3
reason-code-typo-4 = has a typo in group 4
reason-code-typo-5 = has a typo in group 5
reason-code-typo-6 = has a typo in group 6
reason-no-lookup-key = has no lookup key
reason-spaces-at-ends = has spaces at either end
reason-same-dose-time = has the same dose time twice
reason-hour-range = hour must be 00 to 23
reason-in-the-future = in the future
reason-longer-than-1024-bytes = is longer than 1024 bytes
reason-longer-than-500 = is longer than 500 characters
reason-longer-than-80 = is longer than 80 characters
reason-not-a-country-code = is not an ISO 3166-1 alpha-2 country code
reason-past-end-of-chain = is past the end of the chain
reason-too-large = is too large
reason-phone-too-long = is too long to be a phone number
reason-phone-letters = letters are not allowed; type the digits
reason-minute-range = minute must be 00 to 59
reason-month-range = month must be 01 to 12
reason-0-to-10 = must be 0 to 10
reason-1-to-5 = must be 1 to 5
reason-32-hex-digits = must be 32 hexadecimal digits
reason-at-least-8-characters = must be at least 8 characters
reason-exactly-32-bytes = must be exactly 32 bytes
reason-name-control-characters = name has control characters
reason-name-1-to-60 = name must be 1 to 60 characters
reason-names-a-fixed-tag = names a fixed tag
reason-1-to-8-dose-times = needs 1 to 8 dose times
reason-no-such-contact = no such contact in the circle
reason-no-such-day = no such day in that month
reason-no-such-item = no such item
reason-not-a-language = not a language Cairn speaks (en, es)
reason-only-sponsor-primary = only a sponsor can be the primary contact
reason-circle-full = the circle is full (at most 100 contacts)
reason-backup-needs-passphrase = this backup also needs its passphrase
reason-backup-has-no-passphrase = this backup has no passphrase
reason-no-texts = this entry does not take texts
reason-too-long = too long
reason-too-many = too many
reason-too-many-records = too many records
reason-unknown-time-zone = unknown IANA time zone name
reason-unknown-role = unknown role
reason-unknown-section = unknown section
reason-year-before-1900 = year before 1900
# Reasons a cost or hours per day give (core/src/money, core/src/journal/savings.rs).
reason-not-a-currency = is not an ISO 4217 currency code
reason-not-negative = must not be negative
reason-not-plain-decimal-help = is not a plain decimal number (digits, optionally a point and digits)
reason-not-plain-decimal = is not a plain decimal number
reason-too-many-decimal-places = has more decimal places than the currency has
reason-under-a-million = must be under 1000000 a day
reason-more-than-zero = must be more than zero
reason-not-a-number = is not a number
reason-at-most-24 = must be at most 24
reason-at-most-2-decimals = has more than 2 decimal places
reason-currency-needed = needed: no region with a usual currency in settings
# Reasons an import from another app gives (core/src/import_from).
reason-import-quitter-not-sobriety = a Quitter export, not Sobriety
reason-import-sobriety-not-quitter = a Sobriety export, not Quitter
reason-import-attempt-never-ended = an earlier attempt never ended
reason-import-attempts-overlap = attempts overlap
reason-import-cut-short = cut short
reason-import-damaged-by-phone = damaged, perhaps by the phone export
reason-import-does-not-match-history = does not match the history
reason-import-nothing = holds nothing to import
reason-import-missing-title-or-date = missing title or quit date
reason-import-not-json = not JSON
reason-import-not-utf8 = not UTF-8 text
reason-import-not-json-export = not a JSON export
reason-import-not-quitter = not a Quitter export
reason-import-not-sobriety = not a Sobriety export
reason-import-not-a-date = not a date
reason-import-not-a-list = not a list
reason-import-not-a-map = not a map
reason-import-not-positive-length = not a positive length
reason-import-not-a-time = not a time
reason-import-not-an-amount = not an amount
reason-import-not-amount-and-unit = not an amount and a unit
reason-import-not-text = not text
reason-import-before-1900 = reach before 1900
reason-import-damaged-unrecoverable = text damaged by the phone export cannot be recovered
reason-import-too-large = too large
reason-import-too-many-attempts = too many attempts
reason-import-too-many-notes = too many notes
reason-import-too-many-substances = too many substances
reason-import-unknown = unknown
# Reasons about the daily pledge (core/src/pledge, the check-in's pledge answer).
reason-kept-with-a-use = kept on a day with a use
reason-no-pledge-that-day = no pledge that day

## `cairn demo`: the guided tour on a sample store. Step titles, then what each step shows.

demo-intro = Cairn demo: a sample store in a temporary folder. Nothing of yours is read or changed.
demo-title-create = create
demo-title-journey = a two-year journey
demo-title-history = history
demo-title-milestones = milestones reached since the last use
demo-title-circle = one tap on a bad day
demo-title-month = a month of check-ins
demo-title-hard-day = a hard day
demo-title-notifications = notifications
demo-title-new-phone = a new phone
demo-title-look-inside = look inside
demo-title-wrong-passphrase = wrong passphrase
demo-title-change-passphrase = change passphrase
demo-title-wipe = wipe
demo-create = A new store, sealed with AES-256-GCM under a key wrapped by the passphrase (Argon2id, { $mebibytes } MiB, { $passes } passes). Days are counted in { $zone }, where it is { $date }.
demo-journey = Detox began on { $date }. A lapse in the second month, a relapse later (edited to its true last day, the first version kept in the audit trail). Today:
demo-circle = The button calls the sponsor first; if nobody answers, the next person, then lines that always answer:
demo-check-ins = Thirty check-ins, { $streak ->
    [one] { $streak } day in a row
   *[other] { $streak } days in a row
}. Mood averaged { $mood } out of 5 over 30 days, craving { $craving } out of 10.
demo-hard-day = Today's check-in says "used". It is recorded as a lapse, and because it came after clean days the safety card comes back:
demo-nothing-lost = Nothing is lost:
demo-notifications = { $count ->
    [one] { $count } notification should be pending
   *[other] { $count } notifications should be pending
} (at most { $max }), soonest first; the lock screen only ever says "{ $public }":
demo-kind-milestone = milestone
demo-kind-check-in = check-in reminder
demo-kind-dose = medication dose
demo-kind-pledge = pledge reminder
demo-new-phone = Exported { $exported ->
    [one] { $exported } record
   *[other] { $exported } records
} into one encrypted file; its recovery code, shown once, is { $code }. Imported on a new phone under its own key: { $imported ->
    [one] { $imported } record
   *[other] { $imported } records
}, history { $history }.
demo-history-identical = identical
demo-history-different = DIFFERENT (this should never happen)
demo-look-inside = The zone, notes, names and numbers are stored, but searching all { $bytes } bytes of the store for "{ $zone }" finds it { $zones ->
    [one] once
   *[other] { $zones } times
}, for the note "{ $note }" { $notes ->
    [one] once
   *[other] { $notes } times
}, for the sponsor's name { $names ->
    [one] once
   *[other] { $names } times
} and for their number { $numbers ->
    [one] once
   *[other] { $numbers } times
}.
demo-file = file
demo-bytes = bytes
demo-wrong-refused = Opening with a wrong passphrase: { $error }.
demo-wrong-opened = A wrong passphrase OPENED the store (this should never happen).
demo-file-unchanged = The file is byte-for-byte unchanged.
demo-file-changed = The file CHANGED (this should never happen).
demo-rewrapped = The change re-keyed the store: every record was sealed again under a new key, so the old passphrase is refused, and the new one opens the store and finds { $zone }.
demo-rewrapped-old-accepted = The store was re-keyed, but the old passphrase is STILL ACCEPTED (this should never happen); the new one finds { $zone }.
demo-wiped = Wipe destroyed the wrapped keys, then deleted the files: nothing is left.
demo-wipe-left-something = Wipe destroyed the wrapped keys and deleted the files, but SOMETHING IS LEFT (this should never happen).

## The sample person's own words, as they typed them (names of people stay as they are).

demo-sample-note = ran into the old crowd at the station
demo-sample-last-use = last use; detox again the next day
demo-sample-sponsor = Jordan (sponsor)
demo-sample-sponsor-note = calls back within the hour
demo-sample-medication = buprenorphine

## Dates in the tour: "Sunday 22 November 2026", "Sun 22 Nov". $n is 1 for Monday, 1 for January.

demo-long-date = { $weekday } { $day } { $month } { $year }
demo-short-date = { $weekday } { $day } { $month }
demo-weekday-name = { $n ->
    [1] Monday
    [2] Tuesday
    [3] Wednesday
    [4] Thursday
    [5] Friday
    [6] Saturday
   *[7] Sunday
}
demo-weekday-name-short = { $n ->
    [1] Mon
    [2] Tue
    [3] Wed
    [4] Thu
    [5] Fri
    [6] Sat
   *[7] Sun
}
demo-month-name = { $n ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
}
demo-month-name-short = { $n ->
    [1] Jan
    [2] Feb
    [3] Mar
    [4] Apr
    [5] May
    [6] Jun
    [7] Jul
    [8] Aug
    [9] Sep
    [10] Oct
    [11] Nov
   *[12] Dec
}

## The journal (cairn journal) and the reasons to stay clean (cairn reasons).

journal-added = Saved in your journal ({ $id }).
journal-edited = Entry changed. The earlier version is kept in the journal's audit trail.
journal-removed = Entry removed. It is kept in the journal's audit trail (cairn journal list --audit).
journal-empty = Your journal is empty. Write in it with: cairn journal add "..."
journal-no-match = Nothing in your journal matches.
journal-audit-header = Earlier versions:
journal-audit-empty = (none)
journal-audit-edited = Edited
journal-audit-removed = Removed
reasons-header = Your reasons to stay clean:
reasons-empty = No reasons written yet. Add one with: cairn reasons add "..."
error-not-found-journal-entry = no such journal entry
field-text = text
field-query = query
reason-at-most-12-reasons = at most 12 reasons

## Importing from another app (cairn import-from): the summary, one line per substance, notices.

import-from-added = From { $app }: { $journeys ->
    [one] { $journeys } journey
   *[other] { $journeys } journeys
} added, { $uses ->
    [one] { $uses } use
   *[other] { $uses } uses
} (relapses), { $entries ->
    [one] { $entries } journal entry
   *[other] { $entries } journal entries
}, savings set on { $savings ->
    [one] { $savings } journey
   *[other] { $savings } journeys
}.
import-from-already = { $records ->
    [one] { $records } record was already imported and was not added again.
   *[other] { $records } records were already imported and were not added again.
}
import-from-nothing-new = Nothing new from { $app }: everything in this file was already imported ({ $records ->
    [one] { $records } record
   *[other] { $records } records
}). Nothing was changed.
import-from-journey-added = { $substance }: added. Clean since { $clean } (first clean date { $first }), { $relapses ->
    [one] { $relapses } relapse
   *[other] { $relapses } relapses
}.
import-from-journey-already = { $substance }: imported before. Clean since { $clean }; { $uses ->
    [one] { $uses } new use added.
   *[other] { $uses } new uses added.
}
import-from-journey-later = { $substance }: planned to begin on { $first }; not added yet (import the file again from that day).
import-from-journey-streaks = Ended streaks as Cairn counts them: { $cairn } days; as { $app } counted them: { $source }.
import-from-notice-zone-assumed = Times in the file carry no zone: they were read as local times in { $zone }.
import-from-notice-zone-instants = Dates and times were read in { $zone }.
import-from-notice-text-damaged = { $app }'s phone export damaged some text: { $count ->
    [one] { $count } character could not be recovered
   *[other] { $count } characters could not be recovered
} (shown as �), and names and notes with accents or other alphabets may hold wrong letters.
import-from-notice-dates-rebuilt = { $substance }: { $app } keeps no dates of relapses; they were rebuilt from the lengths it kept.
import-from-notice-counts-differ = { $substance }: Cairn's clean time starts the day after a relapse, so its streaks differ from { $app }'s.
import-from-notice-money-rounded = { $substance }: the cost per day had more decimal places than its currency and was rounded to { $amount }.
import-from-notice-cost-no-currency = { $substance }: the cost per day names no single currency; set your region (cairn settings --region) and import again, or add it with cairn journey edit.
import-from-notice-cost-zero = { $substance }: the cost per day is less than its currency's smallest unit and was left out.
import-from-notice-cost-too-large = { $substance }: the cost per day is a million or more and was left out.
import-from-notice-hours-rounded = { $substance }: the time per day was rounded to { $hours } hours.
import-from-notice-other-savings = { $substance }: { $count ->
    [one] { $count } saving that is not money (like cigarettes) was left out.
   *[other] { $count } savings that are not money (like cigarettes) were left out.
}
import-from-notice-several-currencies = { $substance }: savings in more than one currency; only the first is its cost per day.
import-from-notice-stopped = { $substance }: you had stopped counting it in { $app }. Cairn records the stop as a relapse and counts clean time from the next day.
import-from-notice-untracked = { $substance }: { $count ->
    [one] { $count } span { $app } did not track counts
   *[other] { $count } spans { $app } did not track count
} as clean in Cairn; the relapses at both ends are recorded.
import-from-notice-notes-ahead = { $count ->
    [one] { $count } note dated after today was left out.
   *[other] { $count } notes dated after today were left out.
}
import-from-notice-notes-split = { $count ->
    [one] { $count } long note was kept as several journal entries.
   *[other] { $count } long notes were kept as several journal entries each.
}
import-from-notice-lengths-without-substance = { $count ->
    [one] Streak lengths { $app } kept for { $count } substance no longer tracked were left out.
   *[other] Streak lengths { $app } kept for { $count } substances no longer tracked were left out.
}
import-from-notice-never-started = { $count ->
    [one] { $count } substance that never began was left out.
   *[other] { $count } substances that never began were left out.
}
import-from-notice-names-shortened = { $count ->
    [one] { $count } name longer than 60 characters was shortened.
   *[other] { $count } names longer than 60 characters were shortened.
}
import-from-notice-legacy-field = A field of an older { $app } ({ $field }) was ignored, as { $app } ignores it.
field-import-file = file
field-import-history = history
field-import-days = days
field-import-entries = entries
field-import-quit-date = quit date
field-import-savings = savings
field-import-status = status
field-import-time-saving = time saving
field-import-daily-notes = daily notes
field-import-journal = journal
field-import-custom-names = custom names
