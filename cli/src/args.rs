//! The command line, declared with clap.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

/// Cairn: a private recovery companion. Everything stays on this computer, encrypted.
#[derive(Debug, Parser)]
#[command(name = "cairn", version, about)]
pub struct Cli {
    /// Where the store lives (default: the per-user data directory, e.g. ~/.local/share/cairn).
    #[arg(long, global = true, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,

    /// Print machine-readable JSON on stdout.
    #[arg(long, global = true)]
    pub json: bool,

    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create a new encrypted store, protected by a passphrase.
    Init {
        /// Pin the IANA time zone your days are counted in (default: follow this computer's
        /// zone, which changes when you travel).
        #[arg(long, value_name = "ZONE")]
        time_zone: Option<String>,
        /// Where crisis lines are looked up: an ISO country code (default: US).
        #[arg(long, value_name = "CODE", default_value = "US")]
        region: String,
    },
    /// Manage the passphrase.
    Passphrase {
        /// What to do with it.
        #[command(subcommand)]
        action: PassphraseAction,
    },
    /// Show or change settings.
    Settings {
        /// Pin an IANA time zone (for example Europe/Dublin), or "device" to follow this
        /// computer's zone (TZ, else the system's) again, which is the default.
        #[arg(long, value_name = "ZONE")]
        time_zone: Option<String>,
        /// Pin a language (en, es), or "device" to follow LC_ALL, LC_MESSAGES or LANG again,
        /// which is the default.
        #[arg(long, value_name = "LANGUAGE")]
        language: Option<String>,
        /// Whether the clean date counts as day 0 (as NA counts) or day 1.
        #[arg(long, value_enum)]
        day_counting: Option<DayCountingArg>,
        /// The milestones shown and celebrated.
        #[arg(long, value_enum)]
        milestone_set: Option<MilestoneSetArg>,
        /// Where crisis lines are looked up: an ISO country code (US, CA, GB, IE, AU...).
        #[arg(long, value_name = "CODE")]
        region: Option<String>,
        /// When milestone notifications fire (HH:MM).
        #[arg(long, value_name = "TIME")]
        milestone_time: Option<String>,
        /// When the check-in reminder fires (HH:MM), or "off".
        #[arg(long, value_name = "TIME")]
        reminder_time: Option<String>,
        /// Neutral notification text everywhere (on) or only on the lock screen (off).
        #[arg(long, value_enum)]
        discreet: Option<Switch>,
        /// A medication with dose reminders, as NAME@HH:MM[,HH:MM...]; repeat for several.
        /// Replaces the list; --medication none clears it.
        #[arg(long = "medication", value_name = "NAME@TIMES")]
        medications: Vec<String>,
        /// When the morning pledge reminder fires (HH:MM), or "off" (the default).
        #[arg(long, value_name = "TIME")]
        pledge_reminder_time: Option<String>,
    },
    /// Record today's check-in (or another day's with --date).
    Checkin(CheckinArgs),
    /// Just for today: make today's pledge (or another day's with --date). Pledging a day
    /// again changes nothing.
    Pledge {
        /// The day (YYYY-MM-DD) to back-fill; default today.
        #[arg(long, value_name = "DATE")]
        date: Option<String>,
    },
    /// Averages, trends, frequent triggers and reasons to reach out.
    Insights,
    /// Your relapse-prevention plan.
    PreventionPlan {
        /// Show it (the default) or edit it.
        #[command(subcommand)]
        action: Option<PlanAction>,
    },
    /// The people you can call.
    Contacts {
        /// What to do.
        #[command(subcommand)]
        action: ContactsAction,
    },
    /// The reach-out chain: your sponsor, your circle, then crisis lines.
    ReachOut {
        /// Log that you reached out to this entry (a contact id or a line id such as us-988).
        #[arg(long, value_name = "ID")]
        log: Option<String>,
        /// It was a text, not a call.
        #[arg(long, requires = "log")]
        text: bool,
    },
    /// The notifications that should be pending, and the diff against the OS's.
    Notifications {
        /// The ids the OS has pending, comma-separated.
        #[arg(long, value_name = "ID,ID,...", value_delimiter = ',')]
        pending: Vec<String>,
    },
    /// Start a journey, change its savings, or list them.
    Journey {
        /// What to do.
        #[command(subcommand)]
        action: JourneyAction,
    },
    /// Record a use (a lapse or a relapse), or edit or delete one.
    Use(UseArgs),
    /// Clean time, stage and the next milestone.
    Status {
        /// Which journey (default: the first one started).
        #[arg(long, value_name = "ID")]
        journey: Option<String>,
    },
    /// Every use, every earlier streak and every edit.
    History {
        /// Which journey (default: the first one started).
        #[arg(long, value_name = "ID")]
        journey: Option<String>,
    },
    /// The milestones of the current streak; add your own.
    Milestones {
        /// Which set to show (default: the one in settings).
        #[arg(long, value_enum)]
        set: Option<MilestoneSetArg>,
        /// Add a milestone of your own: a number of days.
        #[arg(long, value_name = "DAYS")]
        add_days: Option<u32>,
        /// Add a milestone of your own: a date (YYYY-MM-DD).
        #[arg(long, value_name = "DATE")]
        add_date: Option<String>,
        /// Which journey (default: the first one started).
        #[arg(long, value_name = "ID")]
        journey: Option<String>,
    },
    /// Delete everything: the keys are destroyed first, then the files.
    Wipe {
        /// Confirm that everything should be deleted. There is no undo.
        #[arg(long)]
        yes: bool,
    },
    /// Write an encrypted backup for moving to a new computer or phone.
    Export {
        /// Where to write the backup.
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// Also protect it with a passphrase (from CAIRN_BACKUP_PASSPHRASE or a prompt).
        #[arg(long)]
        with_passphrase: bool,
    },
    /// Replace everything here with a backup (creating the store if there is none), or undo
    /// the last import. The recovery code comes from CAIRN_RECOVERY_CODE or a prompt.
    Import {
        /// The backup file.
        #[arg(required_unless_present = "undo")]
        file: Option<PathBuf>,
        /// Replace a store that already holds records (it is kept until the next import or
        /// wipe, and `cairn import --undo` brings it back).
        #[arg(long)]
        replace: bool,
        /// The backup also needs its passphrase (from CAIRN_BACKUP_PASSPHRASE or a prompt).
        #[arg(long)]
        with_passphrase: bool,
        /// Bring back the store the last import replaced, discarding the imported one.
        #[arg(long, conflicts_with_all = ["file", "replace", "with_passphrase"])]
        undo: bool,
    },
    /// Build a sample store in a temporary folder and walk through what Cairn does.
    Demo,
    /// Your journal: dated entries, as many a day as you like, searched on this computer.
    Journal {
        /// What to do.
        #[command(subcommand)]
        action: JournalAction,
    },
    /// Your own reasons to stay clean (shown on the safety card, with the reach-out chain and
    /// with insights that suggest reaching out).
    Reasons {
        /// What to do.
        #[command(subcommand)]
        action: ReasonsAction,
    },
    /// Bring your history from another recovery app: each substance becomes a journey, its
    /// relapses uses, its notes journal entries, its savings a cost and hours per day. Times
    /// are read in your zone. Importing the same file again adds nothing twice.
    ImportFrom {
        /// The app that wrote the file.
        app: ImportAppArg,
        /// The file it exported (Quitter: Settings, Export data; Sobriety: Settings, Export).
        file: PathBuf,
    },
}

/// The apps `cairn import-from` reads.
#[derive(Clone, Copy, Debug, clap::ValueEnum)]
pub enum ImportAppArg {
    /// Quitter (brandonp2412/Quitter).
    Quitter,
    /// Sobriety (KiARC/Sobriety) or its fork syfre.
    Sobriety,
}

/// Passphrase actions.
#[derive(Debug, Subcommand)]
pub enum PassphraseAction {
    /// Change the passphrase (the new one comes from CAIRN_NEW_PASSPHRASE or a prompt).
    Change,
}

/// Journey actions.
#[derive(Debug, Subcommand)]
pub enum JourneyAction {
    /// Start a journey.
    Start {
        /// The first clean date (YYYY-MM-DD).
        #[arg(long, value_name = "DATE")]
        clean_date: String,
        /// The time on that date (HH:MM), if you know it.
        #[arg(long, value_name = "TIME")]
        time: Option<String>,
        /// What you are recovering from (default: opioids).
        #[arg(long, value_name = "NAME")]
        name: Option<String>,
        /// What using cost and took, for the money and time not spent.
        #[command(flatten)]
        savings: SavingsArgs,
    },
    /// Change what a day of using cost or took (the rest of a journey stays as it is).
    #[command(group(
        clap::ArgGroup::new("change")
            .required(true)
            .multiple(true)
            .args(["cost_per_day", "hours_per_day", "clear_cost", "clear_hours"])
    ))]
    Edit {
        /// What using cost and took; what you leave out stays as it is.
        #[command(flatten)]
        savings: SavingsArgs,
        /// Remove the cost per day.
        #[arg(long, conflicts_with_all = ["cost_per_day", "currency"])]
        clear_cost: bool,
        /// Remove the hours per day.
        #[arg(long, conflicts_with = "hours_per_day")]
        clear_hours: bool,
        /// Which journey (default: the first one started).
        #[arg(long, value_name = "ID")]
        journey: Option<String>,
    },
    /// List the journeys.
    List,
}

/// What a day of using cost and took, for `cairn journey start` and `edit`.
#[derive(Debug, clap::Args)]
pub struct SavingsArgs {
    /// What a day of using cost, e.g. 20 or 12.50: digits and a point, with at most the
    /// currency's decimal places (0 for JPY, 2 for USD, 3 for KWD).
    #[arg(long, value_name = "AMOUNT", allow_negative_numbers = true)]
    pub cost_per_day: Option<String>,
    /// The ISO 4217 code of that cost, e.g. USD, EUR, JPY (default: the journey's currency,
    /// else the usual one of the region in settings).
    #[arg(long, value_name = "CODE", requires = "cost_per_day")]
    pub currency: Option<String>,
    /// Hours a day of using took: more than 0, at most 24, at most 2 decimals (e.g. 2.5).
    #[arg(long, value_name = "HOURS", allow_negative_numbers = true)]
    pub hours_per_day: Option<String>,
}

/// `cairn use`.
#[derive(Debug, clap::Args)]
pub struct UseArgs {
    /// The date of the use (YYYY-MM-DD); back-dating is fine.
    #[arg(long, value_name = "DATE", required_unless_present = "delete")]
    pub date: Option<String>,
    /// The time (HH:MM), if you know it.
    #[arg(long, value_name = "TIME")]
    pub time: Option<String>,
    /// A single use (lapse) or a return to regular use (relapse).
    #[arg(long, value_enum, default_value = "lapse")]
    pub kind: UseKindArg,
    /// A note for yourself.
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
    /// What led to it; repeat for several.
    #[arg(long = "trigger", value_name = "TRIGGER")]
    pub triggers: Vec<String>,
    /// Which journey (default: the first one started).
    #[arg(long, value_name = "ID")]
    pub journey: Option<String>,
    /// Replace the use with this id (the old one stays in the history's audit trail).
    #[arg(long, value_name = "ID", conflicts_with_all = ["delete", "journey"])]
    pub edit: Option<String>,
    /// Delete the use with this id (it stays in the history's audit trail).
    #[arg(long, value_name = "ID", conflicts_with_all = ["date", "time", "note", "triggers", "journey"])]
    pub delete: Option<String>,
}

/// Use kinds on the command line.
#[derive(Clone, Copy, Debug, clap::ValueEnum)]
pub enum UseKindArg {
    /// A single use, back on track.
    Lapse,
    /// A return to regular use.
    Relapse,
}

/// Day counting on the command line.
#[derive(Clone, Copy, Debug, clap::ValueEnum)]
pub enum DayCountingArg {
    /// The clean date is day 0 (the default).
    Zero,
    /// The clean date is day 1.
    One,
}

/// Milestone sets on the command line.
#[derive(Clone, Copy, Debug, clap::ValueEnum)]
pub enum MilestoneSetArg {
    /// NA keytags: 1, 30, 60, 90 days, 6 and 9 months, 1 year, 18 months, every year.
    Keytags,
    /// The first weeks: 1, 2, 3, 7, 14, 21 days.
    Early,
    /// Only your own.
    Personal,
    /// All of them.
    All,
}

impl From<UseKindArg> for cairn_core::journal::UseKind {
    fn from(kind: UseKindArg) -> Self {
        match kind {
            UseKindArg::Lapse => Self::Lapse,
            UseKindArg::Relapse => Self::Relapse,
        }
    }
}

impl From<DayCountingArg> for cairn_core::journal::DayCounting {
    fn from(counting: DayCountingArg) -> Self {
        match counting {
            DayCountingArg::Zero => Self::CleanDateIsDayZero,
            DayCountingArg::One => Self::CleanDateIsDayOne,
        }
    }
}

impl From<MilestoneSetArg> for cairn_core::journal::MilestoneSet {
    fn from(set: MilestoneSetArg) -> Self {
        match set {
            MilestoneSetArg::Keytags => Self::Keytags,
            MilestoneSetArg::Early => Self::Early,
            MilestoneSetArg::Personal => Self::Personal,
            MilestoneSetArg::All => Self::All,
        }
    }
}

/// On or off.
#[derive(Clone, Copy, Debug, clap::ValueEnum)]
pub enum Switch {
    /// On.
    On,
    /// Off.
    Off,
}

/// `cairn checkin`.
#[derive(Debug, clap::Args)]
pub struct CheckinArgs {
    /// Mood, 1 (very low) to 5 (very good).
    #[arg(long)]
    pub mood: u8,
    /// Craving, 0 (none) to 10 (overwhelming).
    #[arg(long)]
    pub craving: u8,
    /// You used today (it is recorded as a use, lapse by default).
    #[arg(long)]
    pub used: bool,
    /// With --used: a single use (lapse) or a return to regular use (relapse).
    #[arg(long, value_enum, default_value = "lapse")]
    pub kind: UseKindArg,
    /// Medication: taken, missed, or none (not prescribed).
    #[arg(long, value_name = "taken|missed|none", default_value = "none")]
    pub meds: String,
    /// What triggered you (people, places, stress, boredom, pain, conflict, money,
    /// loneliness, withdrawal, celebration, or your own word); repeat for several.
    #[arg(long = "trigger", value_name = "TRIGGER")]
    pub triggers: Vec<String>,
    /// What helped (meeting, called sponsor, therapy, exercise, medication, rest, or your
    /// own); repeat for several.
    #[arg(long = "helped", value_name = "ACTION")]
    pub helped: Vec<String>,
    /// A note for yourself (up to 2,000 characters).
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
    /// The day (YYYY-MM-DD) to back-fill; default today.
    #[arg(long, value_name = "DATE")]
    pub date: Option<String>,
    /// Replace that day's earlier check-in.
    #[arg(long)]
    pub edit: bool,
    /// Whether you kept that day's pledge ("Just for today"); only for a day with a pledge.
    #[arg(long, value_enum, value_name = "yes|no")]
    pub pledge_kept: Option<YesNo>,
}

/// Yes or no.
#[derive(Clone, Copy, Debug, clap::ValueEnum)]
pub enum YesNo {
    /// Yes.
    Yes,
    /// No.
    No,
}

/// Prevention-plan actions.
#[derive(Debug, Subcommand)]
pub enum PlanAction {
    /// Show the plan.
    Show,
    /// Change one section: add an item, remove one, or replace one.
    Edit {
        /// warning-signs, triggers-to-avoid, coping-steps, reasons-to-stay-clean,
        /// people-to-call or safe-places.
        #[arg(long)]
        section: String,
        /// Add this item.
        #[arg(long, value_name = "TEXT", conflicts_with_all = ["remove", "replace"])]
        add: Option<String>,
        /// Remove the item at this position (1 is the first).
        #[arg(long, value_name = "N", conflicts_with = "replace")]
        remove: Option<usize>,
        /// Replace the item at this position (1 is the first) with --text.
        #[arg(long, value_name = "N", requires = "text")]
        replace: Option<usize>,
        /// The new text for --replace.
        #[arg(long, value_name = "TEXT")]
        text: Option<String>,
    },
}

/// `cairn contacts add`.
#[derive(Debug, Args)]
pub struct ContactAdd {
    /// Their name.
    #[arg(long)]
    pub name: String,
    /// Their phone number.
    #[arg(long)]
    pub phone: String,
    /// sponsor, backup, counselor, prescriber, clinic, pharmacy, family, friend or peer.
    #[arg(long)]
    pub role: String,
    /// Make them your primary sponsor (the first the one-tap button calls).
    #[arg(long)]
    pub primary: bool,
    /// They are happy to get texts.
    #[arg(long)]
    pub can_text: bool,
    /// A note for yourself.
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
}

/// `cairn contacts edit`.
#[derive(Debug, Args)]
pub struct ContactEdit {
    /// Their id (from `cairn contacts list`).
    pub id: String,
    /// A new name.
    #[arg(long)]
    pub name: Option<String>,
    /// A new phone number.
    #[arg(long)]
    pub phone: Option<String>,
    /// A new role.
    #[arg(long)]
    pub role: Option<String>,
    /// Make them primary sponsor (on) or not (off).
    #[arg(long, value_enum)]
    pub primary: Option<Switch>,
    /// Whether they accept texts.
    #[arg(long, value_enum)]
    pub can_text: Option<Switch>,
    /// A new note.
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
}

/// Contact actions.
#[derive(Debug, Subcommand)]
pub enum ContactsAction {
    /// Add someone.
    Add(ContactAdd),
    /// List everyone with their call and text links.
    List,
    /// Change someone's details (what you leave out stays as it is).
    Edit(ContactEdit),
    /// Remove someone.
    Remove {
        /// Their id.
        id: String,
    },
}

/// Journal actions (`cairn journal`; not `cairn journey`, which starts a journey).
#[derive(Debug, Subcommand)]
pub enum JournalAction {
    /// Write an entry.
    Add {
        /// What you want to write (up to 5,000 characters); leave it out to read it from
        /// standard input, e.g. `cairn journal add < letter.txt`.
        text: Option<String>,
        /// The day it is about (YYYY-MM-DD); default today.
        #[arg(long, value_name = "DATE")]
        date: Option<String>,
        /// The time (HH:MM), if you want one.
        #[arg(long, value_name = "TIME")]
        time: Option<String>,
    },
    /// Every entry, newest first.
    List {
        /// Also show every earlier version: edits and removals.
        #[arg(long)]
        audit: bool,
    },
    /// Change an entry (what you leave out stays; the earlier version is kept).
    #[command(group(
        clap::ArgGroup::new("change")
            .required(true)
            .multiple(true)
            .args(["text", "date", "time", "clear_time"])
    ))]
    Edit {
        /// The entry's id (from `cairn journal list`).
        id: String,
        /// The new text.
        #[arg(long, value_name = "TEXT")]
        text: Option<String>,
        /// The new day (YYYY-MM-DD).
        #[arg(long, value_name = "DATE")]
        date: Option<String>,
        /// The new time (HH:MM).
        #[arg(long, value_name = "TIME", conflicts_with = "clear_time")]
        time: Option<String>,
        /// Remove the time.
        #[arg(long)]
        clear_time: bool,
    },
    /// Remove an entry (it stays in the journal's audit trail).
    Remove {
        /// The entry's id.
        id: String,
    },
    /// The entries that hold some words, ignoring case and accents.
    Search {
        /// What to look for (up to 200 characters).
        query: String,
    },
}

/// Reasons actions.
#[derive(Debug, Subcommand)]
pub enum ReasonsAction {
    /// Add a reason at the end (up to 200 characters; at most 12 reasons).
    Add {
        /// The reason, in your words.
        text: String,
    },
    /// Your reasons, in order.
    List,
    /// Remove a reason.
    Remove {
        /// Its position (1 is the first).
        number: usize,
    },
}
