//! The store's files on disk: creating them private, and removing all of them.
//!
//! SQLite keeps a store in up to three files (the database, `-wal` and `-shm`); they are always
//! created, kept and removed together. The database file is created owner-only before SQLite
//! touches it, and SQLite gives its `-wal` and `-shm` files the database file's permissions.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

/// The sidecar files SQLite may keep next to the database.
const SIDECARS: [&str; 3] = ["-wal", "-shm", "-journal"];

/// Every file that belongs to the store at `path`, the database first.
pub fn store_files(path: &Path) -> Vec<PathBuf> {
    let mut files = vec![path.to_path_buf()];
    for suffix in SIDECARS {
        let mut name = path.as_os_str().to_owned();
        name.push(suffix);
        files.push(PathBuf::from(name));
    }
    files
}

/// Creates the parent directory (owner-only) and an empty owner-only file at `path`, failing if
/// a non-empty file is already there.
pub fn create_private(path: &Path) -> io::Result<()> {
    if let Some(parent) = path
        .parent()
        .filter(|parent| !parent.as_os_str().is_empty())
    {
        create_private_dir(parent)?;
    }
    let mut options = fs::OpenOptions::new();
    options.write(true).create(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let file = options.open(path)?;
    if file.metadata()?.len() != 0 {
        return Err(io::Error::new(
            io::ErrorKind::AlreadyExists,
            "the store file is not empty",
        ));
    }
    Ok(())
}

fn create_private_dir(dir: &Path) -> io::Result<()> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(dir)
}

/// Removes the database and its sidecars; files already gone are fine.
pub fn remove_all(path: &Path) -> io::Result<()> {
    for file in store_files(path) {
        match fs::remove_file(&file) {
            Err(error) if error.kind() != io::ErrorKind::NotFound => return Err(error),
            _ => {}
        }
    }
    Ok(())
}

/// Removes the sidecars of the database at `path` (not the database itself).
pub fn remove_all_sidecars(path: &Path) -> io::Result<()> {
    for file in store_files(path).into_iter().skip(1) {
        match fs::remove_file(&file) {
            Err(error) if error.kind() != io::ErrorKind::NotFound => return Err(error),
            _ => {}
        }
    }
    Ok(())
}

/// Makes a rename in the directory of `path` durable.
pub fn sync_dir(path: &Path) -> io::Result<()> {
    #[cfg(unix)]
    if let Some(parent) = path
        .parent()
        .filter(|parent| !parent.as_os_str().is_empty())
    {
        fs::File::open(parent)?.sync_all()?;
    }
    Ok(())
}
