//! One policy for every path tovholder reads or writes (plans, folders, models,
//! templates, configuration, journals, output). Documented in the README ("Files and
//! symlinks").
//!
//! - **The repository root** of a path is the nearest folder above where the path is
//!   *named* (not where a symlink leads) that holds `.git` or `tovholder.toml`; with
//!   none, the folder the path is named in. A relative path is followed from the
//!   current folder component by component and the search starts below the first
//!   component that is a symlink, so a committed `plans -> /elsewhere` cannot lend
//!   its target's `.git` as a root. An absolute path on the command line is taken as
//!   named (its folder's real location is where the search starts).
//! - **Reading**: the path (after following every symlink) must lie inside the root —
//!   unless the command's `--allow-outside-root` lifts that for plans, models and
//!   templates; never for `tovholder.toml` or output. It must be a regular file: a
//!   folder, FIFO, socket or device is refused before it is opened (a FIFO is never
//!   opened, so nothing blocks), and a file of the operating system (`/proc`, `/sys`,
//!   `/dev`: regular-looking files whose size says 0) is refused whatever the flag.
//!   The file opened must be the one checked (same device and inode), and at most the
//!   size limit is read even when the size on disk lied. What is refused is never
//!   read, so its text never reaches a snippet, a document or a journal.
//! - **Writing**: the output folder, and every existing folder on the way to it, must
//!   resolve inside the repository root of where it is named (for `out/<id>` in a
//!   folder with no repository: the current folder), checked before anything is
//!   created. What is written inside it is checked by `render::write_all`.

use std::io::Read;
use std::path::{Component, Path, PathBuf};
use tovholder_core::messages::CliMsg;

/// Folders of the operating system's pseudo-files, never read.
const SYSTEM_FOLDERS: [&str; 3] = ["/proc", "/sys", "/dev"];

/// A path's repository root, and whether reads may leave it.
#[derive(Clone, Debug)]
pub struct Root {
    /// Canonical.
    dir: PathBuf,
    /// `--allow-outside-root`: reads may leave the root (never into system folders).
    allow_outside: bool,
    /// Whether a refusal mentions `--allow-outside-root` (the command has the flag).
    hint: bool,
}

/// What a read found.
#[derive(Debug)]
pub enum Contents {
    Bytes(Vec<u8>),
    /// Larger than the limit (checked before reading, and again while reading).
    TooLarge,
}

/// `a/b/../c` → `a/c`, without touching the file system.
fn normalize(p: &Path) -> PathBuf {
    let mut out: Vec<Component> = Vec::new();
    for c in p.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => match out.last() {
                Some(Component::Normal(_)) => {
                    out.pop();
                }
                Some(Component::RootDir | Component::Prefix(_)) => {}
                _ => out.push(c),
            },
            _ => out.push(c),
        }
    }
    out.iter().collect()
}

fn is_symlink(p: &Path) -> bool {
    std::fs::symlink_metadata(p).is_ok_and(|m| m.file_type().is_symlink())
}

/// The real folder where `path` is named: its folder (or, with `include_last`, the
/// path itself), followed from the current folder only through components that are
/// real folders — it stops before the first symlink or missing component.
fn named_in(path: &Path, include_last: bool) -> PathBuf {
    let cwd = std::env::current_dir()
        .and_then(std::fs::canonicalize)
        .unwrap_or_default();
    let (mut current, rest) = if path.is_absolute() {
        // Taken as named: start at the real location of its nearest existing folder.
        let mut base = normalize(path);
        if !include_last {
            base.pop();
        }
        while !base.as_os_str().is_empty() && std::fs::canonicalize(&base).is_err() {
            base.pop();
        }
        return std::fs::canonicalize(&base).unwrap_or(base);
    } else {
        (cwd, normalize(path))
    };
    let mut components: Vec<Component> = rest.components().collect();
    if !include_last {
        components.pop();
    }
    for c in components {
        let next = match c {
            Component::ParentDir => match current.parent() {
                Some(p) => p.to_path_buf(),
                None => break,
            },
            Component::Normal(name) => current.join(name),
            _ => continue,
        };
        if is_symlink(&next) || !next.is_dir() {
            break;
        }
        current = next;
    }
    current
}

fn root_from(start: PathBuf) -> PathBuf {
    let found = start
        .ancestors()
        .find(|d| d.join(".git").exists() || d.join("tovholder.toml").exists())
        .map(Path::to_path_buf);
    found.unwrap_or(start)
}

impl Root {
    /// The root of a file named `path` (a plan, a configuration, a journal).
    pub fn of_file(path: &Path) -> Root {
        Root::at(root_from(named_in(path, false)))
    }

    /// The root of a folder named `path` (a checked folder, `--templates`, an output
    /// folder that may not exist yet).
    pub fn of_folder(path: &Path) -> Root {
        Root::at(root_from(named_in(path, true)))
    }

    /// No confinement (a caller that checked the root itself): still no system files,
    /// nothing but regular files.
    pub fn anywhere() -> Root {
        Root {
            dir: PathBuf::from("/"),
            allow_outside: true,
            hint: false,
        }
    }

    fn at(dir: PathBuf) -> Root {
        Root {
            dir,
            allow_outside: false,
            hint: false,
        }
    }

    /// For a command with `--allow-outside-root`: reads may leave the root when
    /// `allow`; a refusal names the flag.
    pub fn allowing_outside(mut self, allow: bool) -> Root {
        self.allow_outside = allow;
        self.hint = true;
        self
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Where `path` leads (every symlink followed), if it may be used. Err: the reason.
    pub fn confine(&self, path: &Path) -> Result<PathBuf, CliMsg> {
        let canonical = std::fs::canonicalize(path).map_err(|e| io_reason(&e))?;
        if is_system(&canonical) {
            return Err(CliMsg::SystemFile);
        }
        if !self.allow_outside && !canonical.starts_with(&self.dir) {
            return Err(CliMsg::LeadsOutsideRoot {
                root: self.dir.display().to_string(),
                hint: self.hint,
            });
        }
        Ok(canonical)
    }
}

fn io_reason(e: &std::io::Error) -> CliMsg {
    CliMsg::Reason {
        reason: e.to_string(),
    }
}

fn is_system(canonical: &Path) -> bool {
    SYSTEM_FOLDERS.iter().any(|s| canonical.starts_with(s))
}

/// Read a file under the policy: inside `root` (unless it allows otherwise), a
/// regular file, at most `limit` bytes. Err: the reason, a fragment to follow
/// "cannot read PATH: ".
pub fn open_for_reading(path: &Path, root: &Root, limit: u64) -> Result<Contents, CliMsg> {
    let canonical = root.confine(path)?;
    let meta = std::fs::symlink_metadata(&canonical).map_err(|e| io_reason(&e))?;
    if meta.is_dir() {
        return Err(CliMsg::IsAFolder);
    }
    if !meta.is_file() {
        // Never opened: opening a FIFO would block.
        return Err(CliMsg::NotARegularFile);
    }
    if meta.len() > limit {
        return Ok(Contents::TooLarge);
    }
    let file = std::fs::File::open(&canonical).map_err(|e| io_reason(&e))?;
    let opened = file.metadata().map_err(|e| io_reason(&e))?;
    if !opened.is_file() || !same_file(&meta, &opened) {
        // Swapped between the check and the open.
        return Err(CliMsg::NotARegularFile);
    }
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    file.take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|e| io_reason(&e))?;
    if bytes.len() as u64 > limit {
        return Ok(Contents::TooLarge);
    }
    Ok(Contents::Bytes(bytes))
}

#[cfg(unix)]
fn same_file(a: &std::fs::Metadata, b: &std::fs::Metadata) -> bool {
    use std::os::unix::fs::MetadataExt;
    a.dev() == b.dev() && a.ino() == b.ino()
}

#[cfg(not(unix))]
fn same_file(a: &std::fs::Metadata, b: &std::fs::Metadata) -> bool {
    a.len() == b.len()
}

/// Whether a folder entry met in a walk may be entered or read: `Ok(None)` to skip it
/// silently (a dangling symlink, a FIFO or device), `Ok(Some(canonical))` to use it,
/// Err when it leads outside the root or into the operating system's files.
pub fn walk_entry(path: &Path, root: &Root) -> Result<Option<PathBuf>, CliMsg> {
    let Ok(meta) = std::fs::metadata(path) else {
        return Ok(None);
    };
    if !meta.is_dir() && !meta.is_file() {
        return Ok(None);
    }
    root.confine(path).map(Some)
}

/// The output folder `dir` (which may not exist yet) must resolve inside the
/// repository root of where it is named — for a folder in no repository, the folder
/// it is named in — through every existing folder on the way. Called before anything
/// is created.
pub fn check_output_dir(dir: &Path) -> Result<(), CliMsg> {
    let root = Root::of_folder(dir);
    let refuse = || CliMsg::OutputLeadsOutside {
        dir: dir.display().to_string(),
        root: root.dir.display().to_string(),
    };
    // The deepest part of `dir` that exists (a symlink counts, dangling or not).
    let mut existing = normalize(dir);
    while !existing.as_os_str().is_empty() && std::fs::symlink_metadata(&existing).is_err() {
        existing.pop();
    }
    if existing.as_os_str().is_empty() {
        existing = PathBuf::from(".");
    }
    match std::fs::canonicalize(&existing) {
        Ok(c) if is_system(&c) => Err(refuse()),
        Ok(c) if c.starts_with(&root.dir) => Ok(()),
        // A dangling symlink on the way, or one that leads out.
        _ => Err(refuse()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalize_stays_at_the_root() {
        assert_eq!(normalize(Path::new("/a/../../b")), PathBuf::from("/b"));
        assert_eq!(normalize(Path::new("a/./b/../c")), PathBuf::from("a/c"));
        assert_eq!(normalize(Path::new("../x")), PathBuf::from("../x"));
    }

    #[test]
    fn system_folders() {
        assert!(is_system(Path::new("/proc/self/environ")));
        assert!(is_system(Path::new("/dev/null")));
        assert!(!is_system(Path::new("/devices/x")));
    }
}
