//! Finding and reading plan files.

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
/// The reasons of the errors are in `lang`.
pub fn collect(paths: &[PathBuf], lang: Lang) -> (Vec<PathBuf>, Vec<PathError>) {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for p in paths {
        match std::fs::metadata(p) {
            Ok(m) if m.is_dir() => {
                let mut found = Vec::new();
                let mut seen = HashSet::new();
                walk(p, &mut found, &mut errors, &mut seen, 0, lang);
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

fn walk(
    dir: &Path,
    found: &mut Vec<PathBuf>,
    errors: &mut Vec<PathError>,
    seen: &mut HashSet<PathBuf>,
    depth: usize,
    lang: Lang,
) {
    if depth > MAX_DEPTH {
        errors.push(PathError {
            path: dir.to_path_buf(),
            reason: CliMsg::NestedTooDeep { depth: MAX_DEPTH }.text(lang),
        });
        return;
    }
    let canonical = match std::fs::canonicalize(dir) {
        Ok(c) => c,
        Err(e) => {
            errors.push(PathError {
                path: dir.to_path_buf(),
                reason: e.to_string(),
            });
            return;
        }
    };
    if !seen.insert(canonical) {
        return; // a symlink loop or a folder reached twice
    }
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            errors.push(PathError {
                path: dir.to_path_buf(),
                reason: e.to_string(),
            });
            return;
        }
    };
    let mut entries: Vec<_> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
    entries.sort();
    for path in entries {
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if name.starts_with('.') || matches!(name, "target" | "out" | "node_modules") {
            continue;
        }
        let Ok(meta) = std::fs::metadata(&path) else {
            // A dangling symlink: nothing to check.
            continue;
        };
        if meta.is_dir() {
            walk(&path, found, errors, seen, depth + 1, lang);
        } else if meta.is_file() && is_yaml(&path) {
            if meta.len() as usize > MAX_FILE_BYTES {
                found.push(path);
                continue;
            }
            match std::fs::read(&path) {
                Ok(bytes) if looks_like_plan(&String::from_utf8_lossy(&bytes)) => found.push(path),
                Ok(_) => {}
                Err(e) => errors.push(PathError {
                    path,
                    reason: e.to_string(),
                }),
            }
        }
    }
}

/// Read a file's bytes, refusing what is not a regular file and what is too large
/// (checked before reading). `Ok(None)` means too large. Err: the reason, in `lang`.
pub fn read(path: &Path, lang: Lang) -> Result<Option<Vec<u8>>, String> {
    let meta = std::fs::metadata(path).map_err(|e| e.to_string())?;
    if meta.is_dir() {
        return Err(CliMsg::IsAFolder.text(lang));
    }
    if !meta.is_file() {
        return Err(CliMsg::NotARegularFile.text(lang));
    }
    if meta.len() as usize > MAX_FILE_BYTES {
        return Ok(None);
    }
    std::fs::read(path).map(Some).map_err(|e| e.to_string())
}
