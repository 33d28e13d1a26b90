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

/// Every file whose name starts with the store's file name, in the store's directory: the
/// database and its sidecars, an import's staging store (`.import`) and the store an import
/// replaced (`.before-import`) with theirs, and anything else an interrupted run left. The
/// known names are always included, so a directory that cannot be listed still gets them.
pub fn family(path: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for base in [path.to_path_buf(), with_suffix(path, IMPORT_SUFFIX)] {
        files.extend(store_files(&base));
    }
    files.extend(store_files(&with_suffix(path, BEFORE_IMPORT_SUFFIX)));
    let parent = path
        .parent()
        .filter(|parent| !parent.as_os_str().is_empty())
        .unwrap_or_else(|| Path::new("."));
    if let (Some(name), Ok(entries)) = (path.file_name(), fs::read_dir(parent)) {
        let prefix = name.as_encoded_bytes();
        for entry in entries.flatten() {
            if entry.file_name().as_encoded_bytes().starts_with(prefix) {
                let found = parent.join(entry.file_name());
                if !files.contains(&found) {
                    files.push(found);
                }
            }
        }
    }
    files
}

/// The suffix of an import's staging store.
pub const IMPORT_SUFFIX: &str = ".import";
/// The suffix of the store an import replaced, kept (sealed, as it was) for an undo.
pub const BEFORE_IMPORT_SUFFIX: &str = ".before-import";

/// `path` with `suffix` appended to its file name.
pub fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

/// Overwrites the whole of the regular file at `path` with zeros, in place and without growing
/// it, and syncs it. Missing files are fine. It stops at the first failure (a full disk can
/// refuse even an overwrite on some file systems): what was written stays written.
pub fn overwrite_with_zeros(path: &Path) -> io::Result<()> {
    use std::io::{Seek, SeekFrom, Write};
    let mut file = match fs::OpenOptions::new().write(true).open(path) {
        Err(error) if error.kind() == io::ErrorKind::NotFound => return Ok(()),
        other => other?,
    };
    if !file.metadata()?.is_file() {
        return Ok(());
    }
    let mut left = file.metadata()?.len();
    file.seek(SeekFrom::Start(0))?;
    let zeros = [0u8; 64 * 1024];
    while left > 0 {
        let chunk = usize::try_from(left).map_or(zeros.len(), |left| left.min(zeros.len()));
        file.write_all(&zeros[..chunk])?;
        left -= chunk as u64;
    }
    file.sync_all()
}

/// Removes `file`; a file already gone is fine.
pub fn remove_one(file: &Path) -> io::Result<()> {
    match fs::remove_file(file) {
        Err(error) if error.kind() != io::ErrorKind::NotFound => Err(error),
        _ => Ok(()),
    }
}

/// Makes `kept` a second name of the closed database at `path` (a hard link: no new space), or
/// an owner-only copy where links are refused. It is made under a temporary name and renamed
/// over `kept`, so a failure leaves whatever `kept` was.
pub fn keep_copy(path: &Path, kept: &Path) -> io::Result<()> {
    let fresh = with_suffix(kept, ".new");
    remove_all(&fresh)?;
    let made = fs::hard_link(path, &fresh).or_else(|_| {
        create_private(&fresh).and_then(|()| {
            fs::copy(path, &fresh)?;
            fs::File::open(&fresh)?.sync_all()
        })
    });
    let renamed = made.and_then(|()| {
        remove_all_sidecars(kept)?;
        fs::rename(&fresh, kept)
    });
    if renamed.is_err() {
        let _ = remove_all(&fresh);
    }
    renamed?;
    sync_dir(kept)
}
