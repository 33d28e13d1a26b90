//! `cairn-bench`: Cairn beside plain SQLite (the floor) and SQLCipher on one realistic workload.
//!
//! It builds the same ten years of recovery in three stores, checks that all three compute the
//! same views, then times each operation a person waits for with the variants taking turns in
//! every round, and prints the medians with their ratios, and the peak memory of a process
//! doing the whole workload on each. Run it with `bench/run.sh`, which also reports the size of
//! the stripped library the phones ship.

#![allow(clippy::print_stdout)]

mod cairn_side;
mod measure;
mod memory;
mod relational;
mod views;
mod workload;

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

use cairn_core::Companion;
use cairn_core::notification_plan::PlannedNotification;
use rusqlite::Connection;

use measure::{median, ms, ratio, time};
use relational::Flavour;
use workload::Workload;

type Result<T> = std::result::Result<T, Box<dyn std::error::Error>>;

const VARIANTS: [&str; 3] = ["cairn", "sqlite", "sqlcipher"];

/// The three stores of one run.
struct Stores {
    cairn: PathBuf,
    plain: PathBuf,
    sqlcipher: PathBuf,
}

impl Stores {
    fn in_dir(dir: &Path) -> Self {
        Self {
            cairn: dir.join("cairn.db"),
            plain: dir.join("plain.db"),
            sqlcipher: dir.join("sqlcipher.db"),
        }
    }
}

/// An open store of each variant, for the operations that start from an open app.
struct Sessions {
    cairn: Companion,
    plain: Connection,
    sqlcipher: Connection,
}

fn same<T: PartialEq + std::fmt::Debug>(
    what: &str,
    cairn: &T,
    plain: &T,
    cipher: &T,
) -> Result<()> {
    if cairn != plain || cairn != cipher {
        return Err(format!(
            "the variants disagree on {what}: the benchmark would compare nothing"
        )
        .into());
    }
    Ok(())
}

/// Runs every operation once per variant and compares the results.
fn check_agreement(stores: &Stores, sessions: &mut Sessions, workload: &Workload) -> Result<()> {
    let today = |label: &str| -> Result<()> {
        same(
            label,
            &cairn_side::today(&stores.cairn, workload)?,
            &relational::today(&stores.plain, Flavour::Plain, workload)?,
            &relational::today(&stores.sqlcipher, Flavour::SqlCipher, workload)?,
        )
    };
    today("the Today view")?;
    same(
        "the history",
        &cairn_side::history(&sessions.cairn, workload)?,
        &relational::history(&sessions.plain, workload)?,
        &relational::history(&sessions.sqlcipher, workload)?,
    )?;
    // Notification ids are keyed per store, so the plans are compared without them.
    let without_ids = |mut plan: Vec<PlannedNotification>| {
        plan.iter_mut().for_each(|planned| planned.id.clear());
        plan
    };
    same(
        "the notification plan",
        &without_ids(sessions.cairn.notification_plan(workload.now)?),
        &without_ids(relational::notification_plan(&sessions.plain, workload)?),
        &without_ids(relational::notification_plan(
            &sessions.sqlcipher,
            workload,
        )?),
    )?;
    same(
        "a check-in",
        &cairn_side::check_in(&mut sessions.cairn, workload, 0)?,
        &relational::check_in(&mut sessions.plain, workload, 0)?,
        &relational::check_in(&mut sessions.sqlcipher, workload, 0)?,
    )?;
    today("the Today view after a check-in")
}

/// One operation's medians.
struct Figure {
    name: &'static str,
    medians: [Duration; 3],
}

/// Times `run(variant, round)` for `rounds` rounds, the variants taking turns.
fn interleaved(
    name: &'static str,
    rounds: usize,
    mut run: impl FnMut(usize, usize) -> Result<()>,
) -> Result<Figure> {
    let mut samples: [Vec<Duration>; 3] = Default::default();
    for round in 0..rounds {
        for (variant, samples) in samples.iter_mut().enumerate() {
            let (elapsed, outcome) = time(|| run(variant, round));
            outcome?;
            samples.push(elapsed);
        }
    }
    let [a, b, c] = &mut samples;
    Ok(Figure {
        name,
        medians: [median(a), median(b), median(c)],
    })
}

fn measure(
    stores: &Stores,
    sessions: &mut Sessions,
    workload: &Workload,
    dir: &Path,
    rounds: usize,
) -> Result<Vec<Figure>> {
    let mut figures = Vec::new();
    figures.push(interleaved("cold start to Today", rounds, |variant, _| {
        let view = match variant {
            0 => cairn_side::today(&stores.cairn, workload)?,
            1 => relational::today(&stores.plain, Flavour::Plain, workload)?,
            _ => relational::today(&stores.sqlcipher, Flavour::SqlCipher, workload)?,
        };
        drop(std::hint::black_box(view));
        Ok(())
    })?);
    figures.push(interleaved(
        "durable check-in",
        rounds,
        |variant, round| {
            let streak = match variant {
                0 => cairn_side::check_in(&mut sessions.cairn, workload, round + 1)?,
                1 => relational::check_in(&mut sessions.plain, workload, round + 1)?,
                _ => relational::check_in(&mut sessions.sqlcipher, workload, round + 1)?,
            };
            std::hint::black_box(streak);
            Ok(())
        },
    )?);
    figures.push(interleaved("full history", rounds, |variant, _| {
        let view = match variant {
            0 => cairn_side::history(&sessions.cairn, workload)?,
            1 => relational::history(&sessions.plain, workload)?,
            _ => relational::history(&sessions.sqlcipher, workload)?,
        };
        drop(std::hint::black_box(view));
        Ok(())
    })?);
    figures.push(interleaved("notification plan", rounds, |variant, _| {
        let plan = match variant {
            0 => sessions.cairn.notification_plan(workload.now)?,
            1 => relational::notification_plan(&sessions.plain, workload)?,
            _ => relational::notification_plan(&sessions.sqlcipher, workload)?,
        };
        drop(std::hint::black_box(plan));
        Ok(())
    })?);

    // Export and import: Cairn's backup derives its key from the recovery code with 600,000
    // rounds of PBKDF2 (the same on import), which dominates; the alternatives copy the file.
    let backup_rounds = rounds.min(5);
    let files: Vec<PathBuf> = VARIANTS
        .iter()
        .map(|name| dir.join(format!("{name}.backup")))
        .collect();
    let mut code = String::new();
    figures.push(interleaved("export", backup_rounds, |variant, _| {
        match variant {
            0 => code = cairn_side::export(&sessions.cairn, &files[0])?,
            1 => relational::export(&sessions.plain, Flavour::Plain, &files[1])?,
            _ => relational::export(&sessions.sqlcipher, Flavour::SqlCipher, &files[2])?,
        }
        Ok(())
    })?);
    figures.push(interleaved("import", backup_rounds, |variant, _| {
        match variant {
            0 => {
                cairn_side::import(&mut sessions.cairn, &files[0], &code)?;
            }
            1 => {
                let conn = std::mem::replace(&mut sessions.plain, Connection::open_in_memory()?);
                sessions.plain =
                    relational::import(conn, &stores.plain, Flavour::Plain, &files[1])?;
            }
            _ => {
                let conn =
                    std::mem::replace(&mut sessions.sqlcipher, Connection::open_in_memory()?);
                sessions.sqlcipher =
                    relational::import(conn, &stores.sqlcipher, Flavour::SqlCipher, &files[2])?;
            }
        }
        Ok(())
    })?);
    Ok(figures)
}

fn file_size(path: &Path) -> u64 {
    ["", "-wal"]
        .iter()
        .map(|suffix| {
            let mut name = path.as_os_str().to_owned();
            name.push(suffix);
            std::fs::metadata(PathBuf::from(name)).map_or(0, |m| m.len())
        })
        .sum()
}

fn report(figures: &[Figure]) {
    println!(
        "{:<22} {:>12} {:>12} {:>12} {:>10} {:>12} {:>14}",
        "operation", "Cairn", "SQLite", "SQLCipher", "Cairn/SQL", "Cairn/SQLCi", "SQLCipher/SQL"
    );
    for figure in figures {
        let [cairn, plain, cipher] = figure.medians;
        println!(
            "{:<22} {:>12} {:>12} {:>12} {:>10} {:>12} {:>14}",
            figure.name,
            ms(cairn),
            ms(plain),
            ms(cipher),
            ratio(cairn, plain),
            ratio(cairn, cipher),
            ratio(cipher, plain),
        );
    }
}

fn run(rounds: usize) -> Result<()> {
    let workload = Workload::generate()?;
    let folder = tempfile::tempdir()?;
    let dir = folder.path();
    let stores = Stores::in_dir(dir);
    cairn_side::build(&stores.cairn, &workload)?;
    relational::build(&stores.plain, Flavour::Plain, &workload)?;
    relational::build(&stores.sqlcipher, Flavour::SqlCipher, &workload)?;
    println!(
        "Workload: {} check-ins with notes, {} uses, {} journeys, {} contacts, a prevention plan.",
        workload.checkins.len(),
        workload.uses.len(),
        workload.journeys.len(),
        workload.contacts.len()
    );
    println!(
        "Files: Cairn {} KiB, SQLite {} KiB, SQLCipher {} KiB. {} rounds, medians.\n",
        file_size(&stores.cairn) / 1024,
        file_size(&stores.plain) / 1024,
        file_size(&stores.sqlcipher) / 1024,
        rounds
    );

    let mut sessions = Sessions {
        cairn: cairn_side::open(&stores.cairn)?,
        plain: relational::open(&stores.plain, Flavour::Plain)?,
        sqlcipher: relational::open(&stores.sqlcipher, Flavour::SqlCipher)?,
    };
    check_agreement(&stores, &mut sessions, &workload)?;
    println!("All three computed the same Today view, history, plan and check-in streak.\n");

    let figures = measure(&stores, &mut sessions, &workload, dir, rounds)?;
    report(&figures);
    drop(sessions);

    println!("\nPeak resident memory of a process doing all of the above once:");
    let baseline = memory::peak(dir, "none")?;
    for variant in VARIANTS {
        let peak = memory::peak(dir, variant)?;
        println!(
            "  {variant:<10} {:>7} KiB ({} KiB above a process that only builds the workload)",
            peak,
            peak.saturating_sub(baseline)
        );
    }

    let today = &figures[0].medians;
    println!("\nGoals:");
    println!(
        "  Today no slower than SQLCipher: {} ({})",
        if today[0] <= today[2] {
            "met"
        } else {
            "NOT met"
        },
        ratio(today[0], today[2])
    );
    println!(
        "  Today within 2x of the floor: {} ({})",
        if today[0].as_secs_f64() <= 2.0 * today[1].as_secs_f64() {
            "met"
        } else {
            "NOT met"
        },
        ratio(today[0], today[1])
    );
    let waited = [
        "cold start to Today",
        "durable check-in",
        "full history",
        "notification plan",
    ];
    for figure in figures.iter().filter(|f| waited.contains(&f.name)) {
        let under = figure.medians[0] < Duration::from_millis(50);
        println!(
            "  {} under 50 ms: {} ({})",
            figure.name,
            if under { "met" } else { "NOT met" },
            ms(figure.medians[0])
        );
    }
    Ok(())
}

/// Only Cairn's cold start to Today, `times` times: a loop to run under `perf record`.
fn profile_today(times: usize) -> Result<()> {
    let workload = Workload::generate()?;
    let folder = tempfile::tempdir()?;
    let path = folder.path().join("cairn.db");
    cairn_side::build(&path, &workload)?;
    for _ in 0..times {
        std::hint::black_box(cairn_side::today(&path, &workload)?);
    }
    Ok(())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let outcome = match args.as_slice() {
        [flag, variant, dir] if flag == "--memory" => memory::child(variant, Path::new(dir)),
        [flag, times] if flag == "--profile-today" => match times.parse() {
            Ok(times) => profile_today(times),
            Err(_) => Err("--profile-today needs a number".into()),
        },
        [] => run(15),
        [flag, rounds] if flag == "--rounds" => match rounds.parse() {
            Ok(rounds) if rounds > 0 => run(rounds),
            _ => Err("--rounds needs a positive number".into()),
        },
        _ => Err("usage: cairn-bench [--rounds N]".into()),
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("cairn-bench: {error}");
            ExitCode::FAILURE
        }
    }
}
