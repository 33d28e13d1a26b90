//! Peak memory: each variant's whole workload runs in a child process of its own (peak
//! resident size only grows, so one process cannot measure three variants), beside a child that
//! only builds the workload, as a baseline.

use std::path::Path;
use std::process::Command;

use crate::workload::Workload;
use crate::{Result, Stores, cairn_side, relational};
use relational::Flavour;

/// The peak resident set size of this process in KiB (Linux `VmHWM`), if known.
pub fn peak_rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|line| line.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// The child process of the memory figure: one variant's whole workload, then its peak size.
pub fn child(variant: &str, dir: &Path) -> Result<()> {
    let workload = Workload::generate()?;
    let stores = Stores::in_dir(dir);
    let backup = dir.join(format!("{variant}.memory.backup"));
    match variant {
        "none" => {}
        "cairn" => {
            std::hint::black_box(cairn_side::today(&stores.cairn, &workload)?);
            let mut companion = cairn_side::open(&stores.cairn)?;
            std::hint::black_box(cairn_side::history(&companion, &workload)?);
            std::hint::black_box(companion.notification_plan(workload.now)?);
            cairn_side::check_in(&mut companion, &workload, 99)?;
            let code = cairn_side::export(&companion, &backup)?;
            cairn_side::import(&mut companion, &backup, &code)?;
        }
        "sqlite" | "sqlcipher" => {
            let (flavour, path) = if variant == "sqlite" {
                (Flavour::Plain, &stores.plain)
            } else {
                (Flavour::SqlCipher, &stores.sqlcipher)
            };
            std::hint::black_box(relational::today(path, flavour, &workload)?);
            let mut conn = relational::open(path, flavour)?;
            std::hint::black_box(relational::history(&conn, &workload)?);
            std::hint::black_box(relational::notification_plan(&conn, &workload)?);
            relational::check_in(&mut conn, &workload, 99)?;
            relational::export(&conn, flavour, &backup)?;
            relational::import(conn, path, flavour, &backup)?;
        }
        other => return Err(format!("unknown variant {other}").into()),
    }
    println!("peak_rss_kib {}", peak_rss_kib().ok_or("no VmHWM")?);
    Ok(())
}

pub fn peak(dir: &Path, variant: &str) -> Result<u64> {
    let output = Command::new(std::env::current_exe()?)
        .arg("--memory")
        .arg(variant)
        .arg(dir)
        .output()?;
    if !output.status.success() {
        return Err(format!(
            "the memory run of {variant} failed: {}",
            String::from_utf8_lossy(&output.stderr)
        )
        .into());
    }
    let text = String::from_utf8(output.stdout)?;
    Ok(text
        .trim()
        .strip_prefix("peak_rss_kib ")
        .ok_or("no figure")?
        .parse()?)
}
