//! Store benchmarks: the sealed store beside plain unencrypted SQLite (the floor) in one run.
//!
//! Run with `cargo bench -p cairn-core`. Each pair does the same work on the same kind of row:
//! open and unlock with a platform key; one durable write (WAL, `synchronous=FULL`); reading and
//! decoding all of 10,000 records. After criterion's figures, a side-by-side pass prints each
//! ratio to the floor (goal: reading 10,000 sealed records within 2x).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::print_stdout,
    missing_docs
)]

use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

use cairn_core::crypto::{KeySource, PlatformKey};
use cairn_core::store::{Record, RecordKind, Store};
use criterion::{Criterion, criterion_group};
use rusqlite::{Connection, params};
use serde::{Deserialize, Serialize};

const RECORDS: usize = 10_000;

/// A check-in-sized record with a short note.
#[derive(Clone, Serialize, Deserialize)]
struct Entry {
    day: String,
    mood: u8,
    craving: u8,
    triggers: Vec<String>,
    note: String,
}

impl Record for Entry {
    const KIND: RecordKind = RecordKind(0xFF20);
}

fn entry(index: usize) -> Entry {
    Entry {
        day: format!("2016-{:02}-{:02}", 1 + index % 12, 1 + index % 28),
        mood: (index % 5) as u8 + 1,
        craving: (index % 11) as u8,
        triggers: vec!["stress".into(), "people".into()],
        note: format!("Went to the evening meeting, called my sponsor after. Day {index}."),
    }
}

fn key() -> KeySource {
    match PlatformKey::from_bytes(&[7; 32]) {
        Ok(key) => KeySource::Platform(key),
        Err(error) => panic!("{error}"),
    }
}

fn plain_open(path: &Path) -> Connection {
    let conn = Connection::open(path).unwrap();
    conn.pragma_update(None, "journal_mode", "WAL").unwrap();
    conn.pragma_update(None, "synchronous", "FULL").unwrap();
    conn.execute_batch(
        "CREATE TABLE IF NOT EXISTS record (id BLOB PRIMARY KEY, rev INTEGER NOT NULL, body TEXT NOT NULL) WITHOUT ROWID",
    )
    .unwrap();
    conn
}

fn plain_insert(conn: &Connection, index: usize) {
    let id: [u8; 16] = std::array::from_fn(|byte| (index >> (byte % 8)) as u8 ^ byte as u8);
    let body = serde_json::to_string(&entry(index)).unwrap();
    conn.execute(
        "INSERT OR REPLACE INTO record VALUES (?1, 1, ?2)",
        params![id, body],
    )
    .unwrap();
}

/// Reads and decodes every row into memory, as the app does with its records.
fn plain_read_all(conn: &Connection) -> usize {
    let mut statement = conn
        .prepare_cached("SELECT id, rev, body FROM record")
        .unwrap();
    let records: Vec<([u8; 16], i64, Entry)> = statement
        .query_map([], |row| {
            let id: [u8; 16] = row.get(0)?;
            let body = row.get_ref(2)?.as_str()?;
            Ok((
                id,
                row.get(1)?,
                serde_json::from_str::<Entry>(body).unwrap(),
            ))
        })
        .unwrap()
        .map(|row| row.unwrap())
        .collect();
    records.iter().map(|(_, _, e)| e.mood as usize).sum()
}

fn sealed_read_all(store: &Store) -> usize {
    let listing = store.read(|reader| reader.list::<Entry>()).unwrap();
    listing.records.iter().map(|e| e.value.mood as usize).sum()
}

struct Fixture {
    _folder: tempfile::TempDir,
    sealed_path: std::path::PathBuf,
    plain_path: std::path::PathBuf,
}

fn fixture() -> Fixture {
    let folder = tempfile::tempdir().unwrap();
    let sealed_path = folder.path().join("sealed.db");
    let plain_path = folder.path().join("plain.db");
    let mut store = Store::create(&sealed_path, &key()).unwrap();
    store
        .write(|writer| {
            for index in 0..RECORDS {
                writer.insert(&entry(index))?;
            }
            Ok(())
        })
        .unwrap();
    let conn = plain_open(&plain_path);
    conn.execute_batch("BEGIN").unwrap();
    for index in 0..RECORDS {
        plain_insert(&conn, index);
    }
    conn.execute_batch("COMMIT").unwrap();
    Fixture {
        _folder: folder,
        sealed_path,
        plain_path,
    }
}

fn benches(c: &mut Criterion) {
    let f = fixture();
    let mut group = c.benchmark_group("open_and_unlock");
    group.bench_function("sealed", |b| {
        b.iter(|| black_box(Store::open(&f.sealed_path, &key()).unwrap()))
    });
    group.bench_function("plain_floor", |b| {
        b.iter(|| black_box(plain_open(&f.plain_path)))
    });
    group.finish();

    let mut store = Store::open(&f.sealed_path, &key()).unwrap();
    let plain = plain_open(&f.plain_path);
    let mut group = c.benchmark_group("durable_write");
    let mut index = RECORDS;
    group.bench_function("sealed", |b| {
        b.iter(|| {
            index += 1;
            store.write(|writer| writer.insert(&entry(index))).unwrap()
        })
    });
    group.bench_function("plain_floor", |b| {
        b.iter(|| {
            index += 1;
            plain_insert(&plain, index)
        })
    });
    group.finish();

    let f = fixture();
    let store = Store::open(&f.sealed_path, &key()).unwrap();
    let plain = plain_open(&f.plain_path);
    let mut group = c.benchmark_group("read_all_10000");
    group.bench_function("sealed", |b| b.iter(|| black_box(sealed_read_all(&store))));
    group.bench_function("plain_floor", |b| {
        b.iter(|| black_box(plain_read_all(&plain)))
    });
    group.finish();
}

/// Median of `rounds` interleaved timings of `sealed` and `floor`, printed as a ratio.
fn side_by_side(name: &str, rounds: usize, mut sealed: impl FnMut(), mut floor: impl FnMut()) {
    let mut sealed_times = Vec::with_capacity(rounds);
    let mut floor_times = Vec::with_capacity(rounds);
    for _ in 0..rounds {
        let start = Instant::now();
        sealed();
        sealed_times.push(start.elapsed());
        let start = Instant::now();
        floor();
        floor_times.push(start.elapsed());
    }
    let median = |times: &mut Vec<Duration>| {
        times.sort();
        times[times.len() / 2]
    };
    let (s, p) = (median(&mut sealed_times), median(&mut floor_times));
    println!(
        "{name:<18} sealed {:>10.3} ms   plain floor {:>10.3} ms   ratio {:>5.2}x",
        s.as_secs_f64() * 1e3,
        p.as_secs_f64() * 1e3,
        s.as_secs_f64() / p.as_secs_f64()
    );
}

fn ratios() {
    let f = fixture();
    println!("\nSide by side (median of interleaved runs, {RECORDS} records):");
    side_by_side(
        "open_and_unlock",
        200,
        || drop(black_box(Store::open(&f.sealed_path, &key()).unwrap())),
        || drop(black_box(plain_open(&f.plain_path))),
    );
    let mut store = Store::open(&f.sealed_path, &key()).unwrap();
    let plain = plain_open(&f.plain_path);
    let mut index = RECORDS;
    let mut other = RECORDS;
    side_by_side(
        "durable_write",
        200,
        || {
            index += 1;
            store.write(|writer| writer.insert(&entry(index))).unwrap();
        },
        || {
            other += 1;
            plain_insert(&plain, other);
        },
    );
    let f = fixture();
    let store = Store::open(&f.sealed_path, &key()).unwrap();
    let plain = plain_open(&f.plain_path);
    side_by_side(
        "read_all_10000",
        40,
        || {
            black_box(sealed_read_all(&store));
        },
        || {
            black_box(plain_read_all(&plain));
        },
    );
}

criterion_group! {
    name = store;
    config = Criterion::default().sample_size(20).measurement_time(Duration::from_secs(3));
    targets = benches
}

fn main() {
    store();
    Criterion::default().configure_from_args().final_summary();
    ratios();
}
