//! A child process for the crash-durability test: it writes records to the store given as its
//! argument, each transaction holding one to three records, and prints every id only after its
//! transaction has committed. The parent kills it with SIGKILL at a random moment; every id it
//! printed must then be in the store.

use std::io::Write;
use std::path::PathBuf;

use cairn_core::store::Store;
use cairn_tests::{Note, platform_key};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = PathBuf::from(std::env::args().nth(1).ok_or("usage: crash_writer STORE")?);
    let source = platform_key(9);
    let mut store = match Store::open(&path, &source) {
        Err(cairn_core::Error::StoreMissing) => Store::create(&path, &source)?,
        other => other?,
    };
    let mut stdout = std::io::stdout().lock();
    for round in 0u64.. {
        let batch = 1 + (round % 3);
        let ids = store.write(|writer| {
            (0..batch)
                .map(|index| {
                    writer.insert(&Note {
                        text: format!("write {round}.{index}"),
                    })
                })
                .collect::<Result<Vec<_>, _>>()
        })?;
        for id in ids {
            writeln!(stdout, "{id}")?;
        }
        stdout.flush()?;
    }
    Ok(())
}
