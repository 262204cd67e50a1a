//! Loading the models a plan `uses` from the file system, for the core's `ModelSource`.
//!
//! Rules (documented in the README): a `uses` path is relative to the file that
//! says it; it must resolve (after following symlinks) inside the repository root —
//! the nearest folder above the checked plan holding `.git` or `tovholder.toml`, or
//! the plan's own folder when there is none — unless `--allow-outside-root` is
//! given; it must be a regular file (not a folder, FIFO or device) within the size
//! cap; only local paths, never URLs.

use crate::paths::{self, Contents, Root};
use std::collections::HashMap;
use std::path::{Component, Path, PathBuf};
use tovholder_core::merge::ModelSource;
use tovholder_core::messages::CliMsg;
use tovholder_core::yaml;
use tovholder_core::{FileId, Lang, SourceFile, SourceMap};

pub struct FsModels {
    allow_outside_root: bool,
    /// The language of the reasons a model cannot be used.
    lang: Lang,
    root: Option<PathBuf>,
    paths: HashMap<FileId, PathBuf>,
    loaded: HashMap<PathBuf, FileId>,
}

/// The repository root for a file: nearest folder above where it is named with
/// `.git` or `tovholder.toml`, else its own folder (`paths::Root`).
pub fn repo_root(file: &Path) -> Option<PathBuf> {
    let root = Root::of_file(file);
    (!root.dir().as_os_str().is_empty()).then(|| root.dir().to_path_buf())
}

/// `a/b/../c` → `a/c`, without touching the file system (for display names).
pub fn normalize(p: &Path) -> PathBuf {
    let mut out: Vec<Component> = Vec::new();
    for c in p.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => match out.last() {
                Some(Component::Normal(_)) => {
                    out.pop();
                }
                _ => out.push(c),
            },
            _ => out.push(c),
        }
    }
    out.iter().collect()
}

impl FsModels {
    pub fn new(plan_path: &Path, plan_file: FileId, allow_outside_root: bool, lang: Lang) -> Self {
        let mut paths = HashMap::new();
        paths.insert(plan_file, plan_path.to_path_buf());
        let mut loaded = HashMap::new();
        if let Ok(c) = std::fs::canonicalize(plan_path) {
            loaded.insert(c, plan_file);
        }
        FsModels {
            allow_outside_root,
            lang,
            root: repo_root(plan_path),
            paths,
            loaded,
        }
    }
}

impl ModelSource for FsModels {
    fn load(
        &mut self,
        sources: &mut SourceMap,
        from: FileId,
        path: &str,
    ) -> Result<FileId, String> {
        let lang = self.lang;
        let shown = |p: &Path| p.display().to_string();
        if path.contains("://") {
            return Err(CliMsg::OnlyLocalFiles.text(lang));
        }
        let base = self
            .paths
            .get(&from)
            .and_then(|p| p.parent())
            .map(Path::to_path_buf)
            .unwrap_or_default();
        let target = normalize(&base.join(path));
        let canonical = std::fs::canonicalize(&target).map_err(|e| {
            CliMsg::PathReason {
                path: shown(&target),
                reason: e.to_string(),
            }
            .text(lang)
        })?;
        if !self.allow_outside_root
            && let Some(root) = &self.root
            && !canonical.starts_with(root)
        {
            let msg = CliMsg::OutsideRoot {
                path: shown(&target),
                root: shown(root),
            };
            return Err(msg.text(lang));
        }
        if let Some(&id) = self.loaded.get(&canonical) {
            return Ok(id);
        }
        let meta = std::fs::metadata(&canonical).map_err(|e| e.to_string())?;
        if meta.is_dir() {
            return Err(CliMsg::ModelIsAFolder {
                path: shown(&target),
            }
            .text(lang));
        }
        if !meta.is_file() {
            let msg = CliMsg::PathReason {
                path: shown(&target),
                reason: CliMsg::NotARegularFile.text(lang),
            };
            return Err(msg.text(lang));
        }
        // The root was checked above (with the message `uses` has always had); the
        // policy still refuses the operating system's files and anything not regular.
        let policy = Root::anywhere();
        let too_large = || CliMsg::TooLarge {
            path: shown(&target),
            max: yaml::MAX_FILE_BYTES,
        };
        let bytes = match paths::open_for_reading(&canonical, &policy, yaml::MAX_FILE_BYTES as u64)
        {
            Ok(Contents::Bytes(b)) => b,
            Ok(Contents::TooLarge) => return Err(too_large().text(lang)),
            Err(reason) => {
                let msg = CliMsg::PathReason {
                    path: shown(&target),
                    reason: reason.text(lang),
                };
                return Err(msg.text(lang));
            }
        };
        let next = FileId(u32::try_from(sources.files().count()).unwrap_or(u32::MAX));
        let text = yaml::decode(next, &bytes, lang).map_err(|d| {
            CliMsg::PathReason {
                path: shown(&target),
                reason: d.message,
            }
            .text(lang)
        })?;
        let id = sources.add(SourceFile::new(target.display().to_string(), text));
        self.paths.insert(id, target);
        self.loaded.insert(canonical, id);
        Ok(id)
    }
}

/// The path of `to` relative to the folder `from_dir` (both made absolute first).
pub fn relative(from_dir: &Path, to: &Path) -> PathBuf {
    let abs = |p: &Path| {
        std::fs::canonicalize(p)
            .unwrap_or_else(|_| normalize(&std::env::current_dir().unwrap_or_default().join(p)))
    };
    let (from, to) = (abs(from_dir), abs(to));
    let fc: Vec<_> = from.components().collect();
    let tc: Vec<_> = to.components().collect();
    let common = fc.iter().zip(&tc).take_while(|(a, b)| a == b).count();
    let mut out = PathBuf::new();
    for _ in common..fc.len() {
        out.push("..");
    }
    for c in tc.iter().skip(common) {
        out.push(c);
    }
    out
}
