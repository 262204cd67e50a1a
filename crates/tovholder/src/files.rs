//! Finding and reading plan files.

use crate::paths::{self, Contents, Root};
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use tovholder_core::Lang;
use tovholder_core::messages::CliMsg;
use tovholder_core::yaml::MAX_FILE_BYTES;

/// How deep `check` follows folders.
const MAX_DEPTH: usize = 64;

/// A path that could not be used, with the reason.
#[derive(Debug)]
pub struct PathError {
    pub path: PathBuf,
    pub reason: String,
}

/// Whether a YAML text looks like a plan: a top-level `phases:` or `uses:` key.
pub fn looks_like_plan(text: &str) -> bool {
    text.lines().any(|l| {
        let l = l.trim_start_matches('\u{feff}');
        l.starts_with("phases:") || l.starts_with("uses:") || l.starts_with("kind: model")
    })
}

fn is_yaml(p: &Path) -> bool {
    matches!(p.extension().and_then(|e| e.to_str()), Some("yaml" | "yml"))
}

/// Expand the command line's paths: files as given; folders searched recursively for
/// plans (hidden folders, `target`, `out` and `node_modules` skipped; symlink loops cut).
/// The walk stays inside the folder's repository root (`paths`): an entry that leads
/// outside it, or into the operating system's files, is reported and not followed;
/// FIFOs, devices and dangling symlinks are skipped unread. The reasons of the errors
/// are in `lang`.
pub fn collect(paths: &[PathBuf], lang: Lang) -> (Vec<PathBuf>, Vec<PathError>) {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for p in paths {
        match std::fs::metadata(p) {
            Ok(m) if m.is_dir() => {
                let root = Root::of_folder(p);
                if let Err(reason) = root.confine(p) {
                    errors.push(PathError {
                        path: p.clone(),
                        reason: reason.text(lang),
                    });
                    continue;
                }
                let mut found = Vec::new();
                let mut seen = HashSet::new();
                let mut walker = Walk {
                    root: &root,
                    found: &mut found,
                    errors: &mut errors,
                    seen: &mut seen,
                    lang,
                };
                walker.walk(p, 0);
                found.sort();
                files.extend(found);
            }
            Ok(_) => files.push(p.clone()),
            Err(e) => errors.push(PathError {
                path: p.clone(),
                reason: e.to_string(),
            }),
        }
    }
    (files, errors)
}

struct Walk<'a> {
    root: &'a Root,
    found: &'a mut Vec<PathBuf>,
    errors: &'a mut Vec<PathError>,
    seen: &'a mut HashSet<PathBuf>,
    lang: Lang,
}

impl Walk<'_> {
    fn error(&mut self, path: &Path, reason: String) {
        self.errors.push(PathError {
            path: path.to_path_buf(),
            reason,
        });
    }

    fn walk(&mut self, dir: &Path, depth: usize) {
        let lang = self.lang;
        if depth > MAX_DEPTH {
            let reason = CliMsg::NestedTooDeep { depth: MAX_DEPTH }.text(lang);
            self.error(dir, reason);
            return;
        }
        let canonical = match std::fs::canonicalize(dir) {
            Ok(c) => c,
            Err(e) => return self.error(dir, e.to_string()),
        };
        if !self.seen.insert(canonical) {
            return; // a symlink loop or a folder reached twice
        }
        let entries = match std::fs::read_dir(dir) {
            Ok(e) => e,
            Err(e) => return self.error(dir, e.to_string()),
        };
        let mut entries: Vec<_> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
        entries.sort();
        for path in entries {
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
            if name.starts_with('.') || matches!(name, "target" | "out" | "node_modules") {
                continue;
            }
            // Only folders and YAML files matter; anything else is not looked at.
            let is_dir = std::fs::metadata(&path).is_ok_and(|m| m.is_dir());
            if !is_dir && !is_yaml(&path) {
                continue;
            }
            let canonical = match paths::walk_entry(&path, self.root) {
                // A dangling symlink, a FIFO or a device: nothing to check.
                Ok(None) => continue,
                Ok(Some(c)) => c,
                Err(reason) => {
                    self.error(&path, reason.text(lang));
                    continue;
                }
            };
            if canonical.is_dir() {
                self.walk(&path, depth + 1);
            } else if is_yaml(&path) {
                match paths::open_for_reading(&path, self.root, MAX_FILE_BYTES as u64) {
                    Ok(Contents::TooLarge) => self.found.push(path),
                    Ok(Contents::Bytes(bytes)) => {
                        if looks_like_plan(&String::from_utf8_lossy(&bytes)) {
                            self.found.push(path);
                        }
                    }
                    Err(reason) => self.error(&path, reason.text(lang)),
                }
            }
        }
    }
}

/// Read a plan's (or model's) bytes under the path policy of `paths`: inside its
/// repository root, a regular file, within the size cap (checked before reading).
/// `Ok(None)` means too large. Err: the reason, in `lang`.
pub fn read(path: &Path, lang: Lang) -> Result<Option<Vec<u8>>, String> {
    read_with(path, false, lang)
}

/// [`read`], with the command's `--allow-outside-root`.
pub fn read_with(
    path: &Path,
    allow_outside_root: bool,
    lang: Lang,
) -> Result<Option<Vec<u8>>, String> {
    let root = Root::of_file(path).allowing_outside(allow_outside_root);
    match paths::open_for_reading(path, &root, MAX_FILE_BYTES as u64) {
        Ok(Contents::Bytes(b)) => Ok(Some(b)),
        Ok(Contents::TooLarge) => Ok(None),
        Err(reason) => Err(reason.text(lang)),
    }
}
