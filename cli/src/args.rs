//! The command line, declared with clap.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

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
        /// The IANA time zone your days are counted in (default: this computer's zone).
        #[arg(long, value_name = "ZONE")]
        time_zone: Option<String>,
    },
    /// Manage the passphrase.
    Passphrase {
        /// What to do with it.
        #[command(subcommand)]
        action: PassphraseAction,
    },
    /// Show or change settings.
    Settings {
        /// Set the IANA time zone (for example after moving or travelling).
        #[arg(long, value_name = "ZONE")]
        time_zone: Option<String>,
    },
    /// Delete everything: the keys are destroyed first, then the files.
    Wipe {
        /// Confirm that everything should be deleted. There is no undo.
        #[arg(long)]
        yes: bool,
    },
    /// Build a sample store in a temporary folder and walk through what Cairn does.
    Demo,
}

/// Passphrase actions.
#[derive(Debug, Subcommand)]
pub enum PassphraseAction {
    /// Change the passphrase (the new one comes from CAIRN_NEW_PASSPHRASE or a prompt).
    Change,
}
