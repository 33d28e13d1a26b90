//! The terminal run as a person runs it, for the feature tests that share one fixed setting: a
//! store in a temporary folder, the passphrase from the environment, noon in Chicago on
//! 22 November 2026, and the language each test asks for.

#![allow(dead_code, clippy::unwrap_used, missing_docs)]

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

/// `cairn ARGS` over the store in `dir`, in `lang`, with `stdin` on standard input.
pub fn cairn_with(dir: &Path, lang: &str, args: &[&str], stdin: &[u8]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_cairn"));
    command.arg("--data-dir").arg(dir).args(args);
    command
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("CAIRN_NEW_PASSPHRASE")
        .env("LANG", lang)
        .env("CAIRN_PASSPHRASE", "long enough")
        .env("CAIRN_NOW", "2026-11-22T18:00:00Z")
        .env("TZ", "America/Chicago")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = command.spawn().unwrap();
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    child.wait_with_output().unwrap()
}

/// `cairn ARGS` with nothing on standard input.
pub fn cairn(dir: &Path, lang: &str, args: &[&str]) -> Output {
    cairn_with(dir, lang, args, b"")
}

/// What a command that succeeds prints.
pub fn says(dir: &Path, lang: &str, args: &[&str]) -> String {
    let output = cairn(dir, lang, args);
    assert!(output.status.success(), "{args:?}: {output:?}");
    String::from_utf8(output.stdout).unwrap()
}

/// A command's `--json` answer.
pub fn json(dir: &Path, args: &[&str]) -> serde_json::Value {
    let mut args = args.to_vec();
    args.push("--json");
    serde_json::from_str(&says(dir, "C.UTF-8", &args)).unwrap()
}

/// The one line on stderr of a command that fails with `code`.
pub fn fails(dir: &Path, lang: &str, args: &[&str], code: i32) -> String {
    let output = cairn(dir, lang, args);
    assert_eq!(output.status.code(), Some(code), "{args:?}: {output:?}");
    assert!(output.stdout.is_empty());
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_eq!(stderr.lines().count(), 1, "{stderr:?}");
    stderr
}
