//! The terminal run as a person runs it, for the feature tests: a store in a temporary folder,
//! the passphrase from the environment, a fixed clock and zone ([`At`]; most tests use noon in
//! Chicago on 22 November 2026, [`CHICAGO`]), and the language each test asks for.

#![allow(dead_code, clippy::unwrap_used, missing_docs)]

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

/// When and where the terminal runs: its clock (`CAIRN_NOW`) and the computer's zone (`TZ`).
pub struct At {
    pub now: &'static str,
    pub zone: &'static str,
}

/// Noon in Chicago on 22 November 2026.
pub const CHICAGO: At = At {
    now: "2026-11-22T18:00:00Z",
    zone: "America/Chicago",
};

impl At {
    /// `cairn ARGS` over the store in `dir`, in `lang`, with `stdin` on standard input.
    pub fn cairn_with(&self, dir: &Path, lang: &str, args: &[&str], stdin: &[u8]) -> Output {
        let mut command = Command::new(env!("CARGO_BIN_EXE_cairn"));
        command.arg("--data-dir").arg(dir).args(args);
        command
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("CAIRN_NEW_PASSPHRASE")
            .env("LANG", lang)
            .env("CAIRN_PASSPHRASE", "long enough")
            .env("CAIRN_NOW", self.now)
            .env("TZ", self.zone)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let mut child = command.spawn().unwrap();
        child.stdin.take().unwrap().write_all(stdin).unwrap();
        child.wait_with_output().unwrap()
    }

    /// `cairn ARGS` with nothing on standard input.
    pub fn cairn(&self, dir: &Path, lang: &str, args: &[&str]) -> Output {
        self.cairn_with(dir, lang, args, b"")
    }

    /// What a command that succeeds prints.
    pub fn says(&self, dir: &Path, lang: &str, args: &[&str]) -> String {
        let output = self.cairn(dir, lang, args);
        assert!(output.status.success(), "{args:?}: {output:?}");
        String::from_utf8(output.stdout).unwrap()
    }

    /// A command's `--json` answer.
    pub fn json(&self, dir: &Path, args: &[&str]) -> serde_json::Value {
        let mut args = args.to_vec();
        args.push("--json");
        serde_json::from_str(&self.says(dir, "C.UTF-8", &args)).unwrap()
    }

    /// The one line on stderr of a command that fails with `code`.
    pub fn fails(&self, dir: &Path, lang: &str, args: &[&str], code: i32) -> String {
        let output = self.cairn(dir, lang, args);
        assert_eq!(output.status.code(), Some(code), "{args:?}: {output:?}");
        assert!(output.stdout.is_empty());
        let stderr = String::from_utf8(output.stderr).unwrap();
        assert_eq!(stderr.lines().count(), 1, "{stderr:?}");
        stderr
    }
}

/// [`At::cairn_with`] at [`CHICAGO`].
pub fn cairn_with(dir: &Path, lang: &str, args: &[&str], stdin: &[u8]) -> Output {
    CHICAGO.cairn_with(dir, lang, args, stdin)
}

/// [`At::cairn`] at [`CHICAGO`].
pub fn cairn(dir: &Path, lang: &str, args: &[&str]) -> Output {
    CHICAGO.cairn(dir, lang, args)
}

/// [`At::says`] at [`CHICAGO`].
pub fn says(dir: &Path, lang: &str, args: &[&str]) -> String {
    CHICAGO.says(dir, lang, args)
}

/// [`At::json`] at [`CHICAGO`].
pub fn json(dir: &Path, args: &[&str]) -> serde_json::Value {
    CHICAGO.json(dir, args)
}

/// [`At::fails`] at [`CHICAGO`].
pub fn fails(dir: &Path, lang: &str, args: &[&str], code: i32) -> String {
    CHICAGO.fails(dir, lang, args, code)
}
