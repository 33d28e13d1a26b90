//! The store's decrypted mirror must never show anything but the file: after this connection's
//! writes, after writes it rolled back, after another connection's writes, and after tampering
//! by something that is not Cairn. Each check compares a long-lived store's listing with what a
//! store opened afresh (which has no mirror yet) reads.

#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use std::path::Path;

use cairn_core::Error;
use cairn_core::RecordId;
use cairn_core::store::{Record, RecordKind, Store};
use cairn_tests::platform_key;
use proptest::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
struct Note {
    text: String,
}

impl Record for Note {
    const KIND: RecordKind = RecordKind(0xFF31);
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
struct Tally {
    count: u32,
}

impl Record for Tally {
    const KIND: RecordKind = RecordKind(0xFF32);
}

/// Every note and tally with its revision, and the damaged ids, in a stable order.
type Contents = (
    Vec<(RecordId, u64, String)>,
    Vec<(RecordId, u64, u32)>,
    Vec<RecordId>,
);

fn contents(store: &Store) -> Contents {
    store
        .read(|reader| {
            let notes = reader.list::<Note>()?;
            let tallies = reader.list::<Tally>()?;
            let mut n: Vec<_> = notes
                .records
                .into_iter()
                .map(|s| (s.id, s.revision, s.value.text))
                .collect();
            let mut t: Vec<_> = tallies
                .records
                .into_iter()
                .map(|s| (s.id, s.revision, s.value.count))
                .collect();
            let mut damaged = notes.damaged;
            damaged.sort();
            n.sort();
            t.sort();
            Ok((n, t, damaged))
        })
        .unwrap()
}

fn fresh(path: &Path) -> Contents {
    contents(&Store::open(path, &platform_key(5)).unwrap())
}

#[derive(Clone, Debug)]
enum Step {
    /// Insert a note through the long-lived store (or the other connection).
    Insert { other: bool, text: String },
    /// Update the n-th existing note.
    Update {
        other: bool,
        pick: usize,
        text: String,
    },
    /// Delete the n-th existing note.
    Delete { other: bool, pick: usize },
    /// Bump the tally through the long-lived store.
    Bump,
    /// Insert and update inside a write that then fails: nothing may remain.
    RolledBack { pick: usize },
    /// Read through the long-lived store (fills or reuses its mirror).
    Read,
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        (any::<bool>(), "[a-z]{0,12}").prop_map(|(other, text)| Step::Insert { other, text }),
        (any::<bool>(), 0usize..8, "[a-z]{0,12}").prop_map(|(other, pick, text)| Step::Update {
            other,
            pick,
            text
        }),
        (any::<bool>(), 0usize..8).prop_map(|(other, pick)| Step::Delete { other, pick }),
        Just(Step::Bump),
        (0usize..8).prop_map(|pick| Step::RolledBack { pick }),
        Just(Step::Read),
    ]
}

fn note_ids(store: &Store) -> Vec<RecordId> {
    contents(store).0.into_iter().map(|(id, _, _)| id).collect()
}

fn apply(main: &mut Store, other: &mut Store, tally: RecordId, step: &Step) {
    match step {
        Step::Insert {
            other: on_other,
            text,
        } => {
            let store = if *on_other { &mut *other } else { &mut *main };
            let note = Note { text: text.clone() };
            store.write(|writer| writer.insert(&note)).unwrap();
        }
        Step::Update {
            other: on_other,
            pick,
            text,
        } => {
            let store = if *on_other { &mut *other } else { &mut *main };
            let ids = note_ids(store);
            if let Some(id) = ids.get(pick % ids.len().max(1)) {
                let note = Note { text: text.clone() };
                store.write(|writer| writer.update(*id, &note)).unwrap();
            }
        }
        Step::Delete {
            other: on_other,
            pick,
        } => {
            let store = if *on_other { &mut *other } else { &mut *main };
            let ids = note_ids(store);
            if let Some(id) = ids.get(pick % ids.len().max(1)) {
                store.write(|writer| writer.delete::<Note>(*id)).unwrap();
            }
        }
        Step::Bump => {
            main.write(|writer| {
                let current = writer.get::<Tally>(tally)?;
                writer.update(
                    tally,
                    &Tally {
                        count: current.value.count + 1,
                    },
                )
            })
            .unwrap();
        }
        Step::RolledBack { pick } => {
            let ids = note_ids(main);
            let failed: Result<(), Error> = main.write(|writer| {
                writer.insert(&Note {
                    text: "never committed".into(),
                })?;
                if let Some(id) = ids.get(pick % ids.len().max(1)) {
                    writer.update(
                        *id,
                        &Note {
                            text: "never committed".into(),
                        },
                    )?;
                }
                // A read inside the transaction mirrors the uncommitted rows.
                writer.list::<Note>()?;
                Err(Error::InvalidInput {
                    field: "test",
                    reason: "roll back",
                })
            });
            assert!(failed.is_err());
        }
        Step::Read => {
            contents(main);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn the_mirror_always_matches_the_file(steps in prop::collection::vec(step(), 1..24)) {
        let folder = tempfile::tempdir().unwrap();
        let path = folder.path().join("s.db");
        let mut main = Store::create(&path, &platform_key(5)).unwrap();
        let tally = main.write(|writer| writer.insert(&Tally { count: 0 })).unwrap();
        let mut other = Store::open(&path, &platform_key(5)).unwrap();
        for step in &steps {
            apply(&mut main, &mut other, tally, step);
            prop_assert_eq!(contents(&main), fresh(&path), "after {:?}", step);
        }
    }
}

#[test]
fn tampering_by_another_program_is_seen_by_an_open_store() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("s.db");
    let mut store = Store::create(&path, &platform_key(5)).unwrap();
    let id = store
        .write(|writer| {
            writer.insert(&Note {
                text: "kept".into(),
            })
        })
        .unwrap();
    assert_eq!(contents(&store).0.len(), 1);

    let raw = rusqlite::Connection::open(&path).unwrap();
    raw.execute(
        "UPDATE record SET envelope = substr(envelope, 1, 20) || x'00' || substr(envelope, 22)
         WHERE id = ?1",
        [id.as_bytes()],
    )
    .unwrap();
    drop(raw);

    let (notes, _, damaged) = contents(&store);
    assert!(notes.is_empty());
    assert_eq!(damaged, vec![id]);
}

#[test]
fn a_failed_commit_leaves_nothing_in_the_mirror() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("s.db");
    let mut store = Store::create(&path, &platform_key(5)).unwrap();
    store
        .write(|writer| {
            writer.insert(&Note {
                text: "first".into(),
            })
        })
        .unwrap();
    contents(&store);
    // A unique-key conflict fails the second insert after the first one in the same write.
    #[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
    struct Keyed {
        day: String,
    }
    impl Record for Keyed {
        const KIND: RecordKind = RecordKind(0xFF33);
        fn lookup_key(&self) -> Option<Vec<u8>> {
            Some(self.day.clone().into_bytes())
        }
    }
    let day = Keyed {
        day: "2026-11-22".into(),
    };
    let result = store.write(|writer| {
        writer.insert(&Note {
            text: "second".into(),
        })?;
        writer.insert(&day)?;
        writer.insert(&day)
    });
    assert!(matches!(result, Err(Error::AlreadyExists { .. })));
    assert_eq!(contents(&store), fresh(&path));
    assert_eq!(contents(&store).0.len(), 1);
}
