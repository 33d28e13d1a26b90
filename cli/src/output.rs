//! How results and errors leave the program: text for people, JSON for scripts, and exit codes.
//!
//! Error messages are said in the person's language (see [`crate::errors`]); the exit code
//! says the kind of failure whatever the language, so scripts never parse words.

use std::fmt;

use serde::Serialize;

/// An error of the terminal shell: the core's, or one about how `cairn` was called.
#[derive(Debug)]
pub enum CliError {
    /// From the core.
    Core(cairn_core::Error),
    /// About the command line or the environment: the id of its message in the catalogue.
    Usage(&'static str),
    /// `status` before any journey: the core's "no such journey", said as how to start one.
    NoJourney,
    /// Writing output failed.
    Output(std::io::Error),
}

impl CliError {
    /// A usage error saying message `id`.
    pub fn usage(id: &'static str) -> Self {
        CliError::Usage(id)
    }

    /// The process exit code: 2 usage, 3 wrong key, 4 invalid input, 5 no store or one already
    /// there, 6 damaged data, 7 newer format, 8 busy, 9 disk full, 1 anything else.
    pub fn exit_code(&self) -> u8 {
        use cairn_core::Error as E;
        match self {
            CliError::Usage(_) => 2,
            CliError::Output(_) => 1,
            CliError::NoJourney => 4,
            // Exhaustive on purpose: a new core error must be given its code here.
            CliError::Core(error) => match error {
                E::WrongKey | E::KeySourceNotEnrolled(_) => 3,
                E::InvalidInput { .. } | E::NotFound { .. } | E::AlreadyExists { .. } => 4,
                E::StoreMissing | E::StoreExists | E::NotAStore => 5,
                E::RecordDamaged { .. } | E::KeyDataDamaged | E::RolledBack => 6,
                E::NewerFormat { .. } => 7,
                E::Busy => 8,
                E::StorageFull => 9,
                E::NotABackup | E::WrongRecoveryCode | E::BackupDamaged { .. } => 1,
                E::Closed | E::Database(_) | E::Io(_) => 1,
            },
        }
    }
}

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::errors::message(self))
    }
}

impl From<cairn_core::Error> for CliError {
    fn from(error: cairn_core::Error) -> Self {
        CliError::Core(error)
    }
}

impl From<cairn_core::id::InvalidId> for CliError {
    fn from(error: cairn_core::id::InvalidId) -> Self {
        CliError::Core(error.into())
    }
}

/// Prints `value` as pretty JSON, or `text` for a person.
pub fn emit<T: Serialize>(
    json: bool,
    value: &T,
    text: impl FnOnce() -> String,
) -> Result<(), CliError> {
    use std::io::Write;
    let mut stdout = std::io::stdout().lock();
    let rendered = if json {
        serde_json::to_string_pretty(value).map_err(|error| CliError::Output(error.into()))?
    } else {
        text()
    };
    writeln!(stdout, "{rendered}").map_err(CliError::Output)
}
