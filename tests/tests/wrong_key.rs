//! A wrong key or passphrase is a typed error and leaves every file byte-for-byte unchanged.

#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use cairn_core::store::Store;
use cairn_core::{Companion, Error};
use cairn_tests::{Note, passphrase, platform_key, store_snapshot};

#[test]
fn wrong_platform_key_changes_nothing() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("store.db");
    {
        let mut store = Store::create(&path, &platform_key(1)).unwrap();
        store
            .write(|writer| {
                writer.insert(&Note {
                    text: "kept".into(),
                })
            })
            .unwrap();
    }
    let before = store_snapshot(&path);
    let error = Store::open(&path, &platform_key(2)).unwrap_err();
    assert!(matches!(error, Error::WrongKey), "{error:?}");
    assert_eq!(store_snapshot(&path), before);
    // A passphrase offered to a store only a platform key opens: also refused, also untouched.
    let error = Store::open(&path, &passphrase("some passphrase")).unwrap_err();
    assert!(
        matches!(error, Error::KeySourceNotEnrolled("passphrase")),
        "{error:?}"
    );
    assert_eq!(store_snapshot(&path), before);
    // And the right key still opens it.
    let store = Store::open(&path, &platform_key(1)).unwrap();
    assert_eq!(
        store
            .read(|reader| reader.list::<Note>())
            .unwrap()
            .records
            .len(),
        1
    );
}

#[test]
fn wrong_passphrase_changes_nothing_and_the_change_rewraps_only_the_key() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("store.db");
    Companion::create(&path, &passphrase("first passphrase"), "Europe/Dublin").unwrap();
    let before = store_snapshot(&path);
    let error = Companion::open(&path, &passphrase("first passphrasE")).unwrap_err();
    assert!(matches!(error, Error::WrongKey), "{error:?}");
    assert_eq!(store_snapshot(&path), before);

    let mut companion = Companion::open(&path, &passphrase("first passphrase")).unwrap();
    assert!(matches!(
        companion.set_passphrase("short".into()),
        Err(Error::InvalidInput {
            field: "passphrase",
            ..
        })
    ));
    companion
        .set_passphrase("second passphrase".into())
        .unwrap();
    drop(companion);
    assert!(matches!(
        Companion::open(&path, &passphrase("first passphrase")),
        Err(Error::WrongKey)
    ));
    let companion = Companion::open(&path, &passphrase("second passphrase")).unwrap();
    assert_eq!(companion.settings().unwrap().time_zone, "Europe/Dublin");
}
