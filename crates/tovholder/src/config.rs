//! `tovholder.toml`: finding, reading and applying the configuration.
//!
//! The nearest `tovholder.toml` above a plan governs it (no merging with files further
//! up); `--config FILE` makes one file govern every plan. Settings apply top to bottom:
//! the preset, then `[lints]` and `[options]`, then every `[[overrides]]` entry whose
//! `paths` match the plan, in file order — the last word wins.
//!
//! **Invariant:** reading a configuration never fails once its bytes are read: mistakes
//! become `config-*` diagnostics pointing into the TOML file, and the settings that
//! could be understood still apply (after a TOML syntax error, none do).

use globset::{GlobBuilder, GlobSet, GlobSetBuilder};
use std::collections::BTreeMap;
use std::path::{Component, Path, PathBuf};
use toml::Spanned as TSpanned;
use toml::de::{DeTable, DeValue};
use tovholder_core::diag::suggest;
use tovholder_core::messages::config::{Expected, Table, TomlType};
use tovholder_core::messages::{CliMsg, ConfigMsg};
use tovholder_core::rules::{self, Rule, RuleLevel, RuleOptions};
use tovholder_core::{CheckOptions, Diagnostic, FileId, Lang, SourceFile, SourceMap, Span};

/// The name of the configuration file searched for.
pub const FILE_NAME: &str = "tovholder.toml";

/// A starting set of levels.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Preset {
    /// Every rule at its default level.
    Recommended,
    /// Every configurable rule at least `warn`: rules that are off by default run.
    Strict,
    /// Every configurable rule at `deny`: any finding fails the check.
    All,
}

impl Preset {
    pub const ALL: [Preset; 3] = [Preset::Recommended, Preset::Strict, Preset::All];

    pub fn name(self) -> &'static str {
        match self {
            Preset::Recommended => "recommended",
            Preset::Strict => "strict",
            Preset::All => "all",
        }
    }

    pub fn parse(s: &str) -> Option<Preset> {
        Preset::ALL.into_iter().find(|p| p.name() == s)
    }

    /// The level this preset gives a rule (fixed rules keep theirs).
    pub fn level(self, rule: &Rule) -> RuleLevel {
        if !rule.configurable {
            return rule.level;
        }
        match self {
            Preset::Recommended => rule.level,
            Preset::Strict => rule.level.max(RuleLevel::Warn),
            Preset::All => RuleLevel::Deny,
        }
    }
}

/// A rule option `tovholder.toml` can set under `[options.RULE]`.
pub struct OptionDef {
    pub rule: &'static str,
    pub key: &'static str,
    pub min: u32,
    pub max: u32,
    pub get: fn(&RuleOptions) -> u32,
    pub set: fn(&mut RuleOptions, u32),
}

/// Every rule option, in the order `--show-config` lists them.
pub static OPTIONS: &[OptionDef] = &[
    OptionDef {
        rule: "momentum-gap",
        key: "weeks",
        min: 1,
        max: 104,
        get: |o| o.momentum_gap_weeks,
        set: |o, v| o.momentum_gap_weeks = v,
    },
    OptionDef {
        rule: "occurrence-not-recorded",
        key: "days",
        min: 0,
        max: 365,
        get: |o| o.occurrence_grace_days,
        set: |o, v| o.occurrence_grace_days = v,
    },
    OptionDef {
        rule: "measurement-overdue",
        key: "months",
        min: 1,
        max: 60,
        get: |o| o.measurement_overdue_months,
        set: |o, v| o.measurement_overdue_months = v,
    },
    OptionDef {
        rule: "measurement-overdue",
        key: "days_before",
        min: 0,
        max: 365,
        get: |o| o.measurement_overdue_days_before,
        set: |o, v| o.measurement_overdue_days_before = v,
    },
    OptionDef {
        rule: "goal-off-track",
        key: "tolerance_percent",
        min: 0,
        max: 100,
        get: |o| o.goal_off_track_tolerance_percent,
        set: |o, v| o.goal_off_track_tolerance_percent = v,
    },
    OptionDef {
        rule: "momentum-lost",
        key: "occurrences",
        min: 1,
        max: 52,
        get: |o| o.momentum_lost_occurrences,
        set: |o, v| o.momentum_lost_occurrences = v,
    },
    OptionDef {
        rule: "goal-dates-inconsistent",
        key: "short_term_years",
        min: 0,
        max: 50,
        get: |o| o.goal_short_term_years,
        set: |o, v| o.goal_short_term_years = v,
    },
    OptionDef {
        rule: "goal-dates-inconsistent",
        key: "long_term_years",
        min: 0,
        max: 100,
        get: |o| o.goal_long_term_years,
        set: |o, v| o.goal_long_term_years = v,
    },
    OptionDef {
        rule: "track-without-goals",
        key: "min",
        min: 0,
        max: 50,
        get: |o| o.track_goals_min,
        set: |o, v| o.track_goals_min = v,
    },
    OptionDef {
        rule: "track-without-goals",
        key: "max",
        min: 1,
        max: 50,
        get: |o| o.track_goals_max,
        set: |o, v| o.track_goals_max = v,
    },
];

/// Where an effective setting came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Origin {
    /// The rule's default level (or the default option value).
    Default,
    /// The rule's level cannot be configured.
    Fixed,
    /// Set by the preset.
    Preset(Preset),
    /// Set in the top-level `[lints]` or `[options]` at this line.
    TopLevel { line: usize },
    /// Set by the `index`-th (1-based) `[[overrides]]` entry at this line.
    Override { index: usize, line: usize },
}

#[derive(Clone)]
struct LintSetting {
    rule: &'static Rule,
    level: RuleLevel,
    line: usize,
}

#[derive(Clone, Debug)]
struct OptionSetting {
    def: usize,
    value: u32,
    line: usize,
}

struct Override {
    line: usize,
    globs: GlobSet,
    lints: Vec<LintSetting>,
    options: Vec<OptionSetting>,
}

/// One read configuration file.
pub struct Config {
    /// The path as found or given (for messages).
    pub path: PathBuf,
    /// The folder override patterns are relative to.
    pub base: PathBuf,
    pub preset: Preset,
    preset_line: Option<usize>,
    lints: Vec<LintSetting>,
    options: Vec<OptionSetting>,
    overrides: Vec<Override>,
    /// The file's text (file 0) and its own mistakes.
    pub sources: SourceMap,
    pub diags: Vec<Diagnostic>,
}

/// The levels and options that apply to one plan.
#[derive(Clone)]
pub struct Effective {
    /// The governing configuration file, if any.
    pub config: Option<PathBuf>,
    pub preset: Preset,
    /// Every rule in catalogue order with its level and where that came from.
    pub levels: Vec<(&'static Rule, RuleLevel, Origin)>,
    pub options: RuleOptions,
    /// Every option (index into [`OPTIONS`]) with where its value came from.
    pub option_origins: Vec<(usize, Origin)>,
    /// The line of `preset = …`, when the file sets one.
    pub preset_line: Option<usize>,
    /// The overrides that apply: (1-based index, line of `[[overrides]]`).
    pub overrides: Vec<(usize, usize)>,
}

impl Effective {
    /// Defaults: no configuration file.
    pub fn defaults() -> Effective {
        Effective {
            config: None,
            preset: Preset::Recommended,
            levels: rules::RULES
                .iter()
                .map(|r| {
                    let origin = if r.configurable {
                        Origin::Default
                    } else {
                        Origin::Fixed
                    };
                    (*r, r.level, origin)
                })
                .collect(),
            options: RuleOptions::default(),
            option_origins: (0..OPTIONS.len()).map(|i| (i, Origin::Default)).collect(),
            preset_line: None,
            overrides: Vec::new(),
        }
    }

    /// Check options for a plan: `base` (language, `--until`) with these levels and options.
    pub fn apply(&self, base: &CheckOptions) -> CheckOptions {
        let mut opts = base.clone();
        for (rule, level, _) in &self.levels {
            if rule.configurable {
                opts.levels.insert(rule.name.to_string(), *level);
            }
        }
        opts.rule_options = self.options.clone();
        opts
    }
}

impl Config {
    /// Read a configuration from its bytes. `base` is the folder override patterns are
    /// relative to; `lang` the language of messages.
    pub fn parse(path: &Path, base: PathBuf, bytes: &[u8], lang: Lang) -> Config {
        let mut sources = SourceMap::new();
        let name = path.display().to_string();
        let mut config = Config {
            path: path.to_path_buf(),
            base,
            preset: Preset::Recommended,
            preset_line: None,
            lints: Vec::new(),
            options: Vec::new(),
            overrides: Vec::new(),
            sources: SourceMap::new(),
            diags: Vec::new(),
        };
        let text = match std::str::from_utf8(bytes) {
            Ok(t) => t.to_string(),
            Err(e) => {
                let good = bytes.get(..e.valid_up_to()).unwrap_or_default();
                let text = String::from_utf8_lossy(good).into_owned();
                let at = text.len();
                let file = sources.add(SourceFile::new(name, text));
                config.diags.push(Diagnostic::report(
                    ConfigMsg::NotUtf8,
                    &[Span::new(file, at, at)],
                    lang,
                ));
                config.sources = sources;
                return config;
            }
        };
        let file = sources.add(SourceFile::new(name, text.clone()));
        let (doc, errors) = DeTable::parse_recoverable(&text);
        if !errors.is_empty() {
            for e in errors {
                let range = e.span().unwrap_or(0..0);
                let finding = ConfigMsg::InvalidToml {
                    error: e.message().to_string(),
                };
                config.diags.push(Diagnostic::report(
                    finding,
                    &[Span::new(file, range.start, range.end)],
                    lang,
                ));
            }
            config.sources = sources;
            tovholder_core::diag::sort(&mut config.diags);
            return config;
        }
        let mut cx = Cx {
            file,
            lang,
            source: sources
                .get(file)
                .cloned()
                .unwrap_or_else(|| SourceFile::new("", "")),
            diags: Vec::new(),
        };
        cx.document(doc.get_ref(), &mut config);
        config.diags = cx.diags;
        tovholder_core::diag::sort(&mut config.diags);
        config.sources = sources;
        config
    }

    /// The levels and options for a plan at `plan` (a path as found on the command line).
    pub fn effective(&self, plan: &Path) -> Effective {
        let mut eff = Effective::defaults();
        eff.config = Some(self.path.clone());
        eff.preset = self.preset;
        eff.preset_line = self.preset_line;
        if self.preset != Preset::Recommended {
            for (rule, level, origin) in eff.levels.iter_mut() {
                let l = self.preset.level(rule);
                if l != *level {
                    *level = l;
                    *origin = Origin::Preset(self.preset);
                }
            }
        }
        apply(&mut eff, &self.lints, &self.options, &|line| {
            Origin::TopLevel { line }
        });
        let rel = relative_to(plan, &self.base);
        for (i, ov) in self.overrides.iter().enumerate() {
            if ov.globs.is_match(&rel) {
                let index = i + 1;
                apply(&mut eff, &ov.lints, &ov.options, &|line| Origin::Override {
                    index,
                    line,
                });
                eff.overrides.push((index, ov.line));
            }
        }
        eff
    }
}

/// Apply settings in order: each one replaces what was there.
fn apply(
    eff: &mut Effective,
    lints: &[LintSetting],
    options: &[OptionSetting],
    origin: &dyn Fn(usize) -> Origin,
) {
    for s in lints {
        if let Some(slot) = eff
            .levels
            .iter_mut()
            .find(|(r, _, _)| r.name == s.rule.name)
        {
            slot.1 = s.level;
            slot.2 = origin(s.line);
        }
    }
    for o in options {
        if let Some(def) = OPTIONS.get(o.def) {
            (def.set)(&mut eff.options, o.value);
        }
        if let Some(slot) = eff.option_origins.iter_mut().find(|(d, _)| *d == o.def) {
            slot.1 = origin(o.line);
        }
    }
}

/// A plan's path relative to `base`, with `/` between folders, for matching override
/// patterns. A plan outside `base` is matched by its path as given.
pub fn relative_to(plan: &Path, base: &Path) -> String {
    let full = resolve_dir_of(plan);
    match full.strip_prefix(base) {
        Ok(rel) => slash_path(rel),
        Err(_) => slash_path(&normalize(plan)),
    }
}

/// `dir/file` with `dir` made absolute and canonical where possible (the file itself
/// may be a symlink; it is matched where it is found, not where it points).
fn resolve_dir_of(path: &Path) -> PathBuf {
    let abs = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let abs = normalize(&abs);
    match (abs.parent(), abs.file_name()) {
        (Some(dir), Some(name)) => std::fs::canonicalize(dir)
            .unwrap_or_else(|_| dir.to_path_buf())
            .join(name),
        _ => abs,
    }
}

/// Drop `.` components and fold `name/..` lexically.
pub fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in path.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                let last_is_normal =
                    matches!(out.components().next_back(), Some(Component::Normal(_)));
                if last_is_normal {
                    out.pop();
                } else {
                    out.push("..");
                }
            }
            other => out.push(other.as_os_str()),
        }
    }
    out
}

/// A path with `/` between components.
pub fn slash_path(path: &Path) -> String {
    let mut out = String::new();
    for c in path.components() {
        match c {
            Component::RootDir => out.push('/'),
            Component::Prefix(p) => out.push_str(&p.as_os_str().to_string_lossy()),
            other => {
                if !out.is_empty() && !out.ends_with('/') {
                    out.push('/');
                }
                out.push_str(&other.as_os_str().to_string_lossy());
            }
        }
    }
    out
}

/// Finds and caches the configuration of each plan.
pub struct Resolver {
    lang: Lang,
    explicit: Option<usize>,
    configs: Vec<Config>,
    /// Folder → index of its governing configuration (`None`: no configuration).
    by_dir: BTreeMap<PathBuf, Option<usize>>,
}

impl Resolver {
    /// A resolver; with `explicit`, that file governs every plan. Err: the explicit
    /// file cannot be read (exit code 2).
    pub fn new(explicit: Option<&Path>, lang: Lang) -> Result<Resolver, (PathBuf, String)> {
        let mut r = Resolver {
            lang,
            explicit: None,
            configs: Vec::new(),
            by_dir: BTreeMap::new(),
        };
        if let Some(path) = explicit {
            let i = r.load(path)?;
            r.explicit = Some(i);
        }
        Ok(r)
    }

    fn load(&mut self, path: &Path) -> Result<usize, (PathBuf, String)> {
        let fail = |reason: String| (path.to_path_buf(), reason);
        // The path policy (`paths`): inside its repository root — never through a
        // symlink leading out, whatever `--allow-outside-root` says — and a regular file.
        let root = crate::paths::Root::of_file(path);
        let max = tovholder_core::yaml::MAX_FILE_BYTES as u64;
        let bytes = match crate::paths::open_for_reading(path, &root, max) {
            Ok(crate::paths::Contents::Bytes(b)) => b,
            Ok(crate::paths::Contents::TooLarge) => {
                let too_large = CliMsg::TooLarge {
                    path: path.display().to_string(),
                    max: tovholder_core::yaml::MAX_FILE_BYTES,
                };
                return Err(fail(too_large.text(self.lang)));
            }
            Err(CliMsg::IsAFolder) => return Err(fail(CliMsg::NotARegularFile.text(self.lang))),
            Err(reason) => return Err(fail(reason.text(self.lang))),
        };
        let base = resolve_dir_of(path)
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_default();
        self.configs
            .push(Config::parse(path, base, &bytes, self.lang));
        Ok(self.configs.len() - 1)
    }

    /// The configuration governing `plan`, if any. Err: a configuration file was found
    /// but cannot be read (exit code 2).
    pub fn config_for(&mut self, plan: &Path) -> Result<Option<&Config>, (PathBuf, String)> {
        let index = match self.explicit {
            Some(i) => Some(i),
            None => self.find(plan)?,
        };
        Ok(index.and_then(|i| self.configs.get(i)))
    }

    /// The levels and options for `plan`.
    pub fn effective(&mut self, plan: &Path) -> Result<Effective, (PathBuf, String)> {
        Ok(match self.config_for(plan)? {
            Some(c) => c.effective(plan),
            None => Effective::defaults(),
        })
    }

    fn find(&mut self, plan: &Path) -> Result<Option<usize>, (PathBuf, String)> {
        let full = resolve_dir_of(plan);
        let Some(dir) = full.parent() else {
            return Ok(None);
        };
        let mut visited = Vec::new();
        let mut found = None;
        for d in dir.ancestors() {
            if let Some(known) = self.by_dir.get(d) {
                found = *known;
                break;
            }
            visited.push(d.to_path_buf());
            let candidate = d.join(FILE_NAME);
            if candidate.is_file() {
                // Show the path as the user would write it, relative when it can be.
                let shown = shown_path(&candidate);
                found = Some(self.load(&shown)?);
                break;
            }
        }
        for d in visited {
            self.by_dir.insert(d, found);
        }
        Ok(found)
    }

    /// Take the configurations read, sorted by path.
    pub fn into_configs(self) -> Vec<Config> {
        let mut v = self.configs;
        v.sort_by(|a, b| a.path.cmp(&b.path));
        v
    }
}

/// An absolute path made relative to the current folder when it lies inside it.
fn shown_path(abs: &Path) -> PathBuf {
    let cwd = std::env::current_dir()
        .ok()
        .and_then(|c| std::fs::canonicalize(c).ok());
    match cwd.as_deref().and_then(|c| abs.strip_prefix(c).ok()) {
        Some(rel) if !rel.as_os_str().is_empty() => rel.to_path_buf(),
        _ => abs.to_path_buf(),
    }
}

/// The walk over a parsed TOML document.
struct Cx {
    file: FileId,
    lang: Lang,
    source: SourceFile,
    diags: Vec<Diagnostic>,
}

const TOP_KEYS: [&str; 4] = ["preset", "lints", "options", "overrides"];
const OVERRIDE_KEYS: [&str; 3] = ["paths", "lints", "options"];

fn owned(names: &[&str]) -> Vec<String> {
    names.iter().map(|n| n.to_string()).collect()
}

fn toml_type(value: &TSpanned<DeValue>) -> TomlType {
    TomlType::of(value.get_ref().type_str())
}

impl Cx {
    fn span(&self, r: std::ops::Range<usize>) -> Span {
        Span::new(self.file, r.start, r.end)
    }

    fn line(&self, r: &std::ops::Range<usize>) -> usize {
        self.source
            .line_col(u32::try_from(r.start).unwrap_or(u32::MAX))
            .0
    }

    fn report(&mut self, finding: ConfigMsg, at: std::ops::Range<usize>) {
        let span = self.span(at);
        self.diags
            .push(Diagnostic::report(finding, &[span], self.lang));
    }

    fn unknown_key(&mut self, key: &TSpanned<std::borrow::Cow<str>>, known: &[&str], table: Table) {
        let name = key.get_ref().as_ref();
        let finding = ConfigMsg::UnknownKey {
            key: name.to_string(),
            table,
            known: owned(known),
            suggestion: suggest(name, known.iter().copied()).map(str::to_string),
        };
        self.report(finding, key.span());
    }

    fn wrong_type(&mut self, key: &str, expected: Expected, value: &TSpanned<DeValue>) {
        let finding = ConfigMsg::WrongType {
            key: key.to_string(),
            expected,
            found: toml_type(value),
        };
        self.report(finding, value.span());
    }

    fn document(&mut self, doc: &DeTable, config: &mut Config) {
        for (key, value) in doc.iter() {
            match key.get_ref().as_ref() {
                "preset" => match value.get_ref().as_str() {
                    Some(s) => match Preset::parse(s) {
                        Some(p) => {
                            config.preset = p;
                            config.preset_line = Some(self.line(&value.span()));
                        }
                        None => {
                            let names = Preset::ALL.map(Preset::name);
                            let finding = ConfigMsg::UnknownPreset {
                                preset: s.to_string(),
                                suggestion: suggest(s, names).map(str::to_string),
                            };
                            self.report(finding, value.span());
                        }
                    },
                    None => self.wrong_type("preset", Expected::PresetName, value),
                },
                "lints" => config.lints = self.lints(value, "lints"),
                "options" => config.options = self.options(value, "options"),
                "overrides" => self.overrides(value, config),
                _ => self.unknown_key(key, &TOP_KEYS, Table::Top),
            }
        }
    }

    fn lints(&mut self, value: &TSpanned<DeValue>, what: &str) -> Vec<LintSetting> {
        let Some(table) = value.get_ref().as_table() else {
            self.wrong_type(what, Expected::LintsTable, value);
            return Vec::new();
        };
        let mut out = Vec::new();
        for (key, level) in table.iter() {
            let name = key.get_ref().as_ref();
            let Some(rule) = rules::find(name) else {
                let finding = ConfigMsg::UnknownRule {
                    rule: name.to_string(),
                    suggestion: rules::suggest_rule(name).map(|s| s.to_string()),
                };
                self.report(finding, key.span());
                continue;
            };
            let parsed = self.level(level);
            if !rule.configurable {
                let finding = ConfigMsg::FixedRule {
                    rule: name.to_string(),
                    level: rule.level.name().to_string(),
                };
                self.report(finding, key.span());
                continue;
            }
            if let Some(level) = parsed {
                out.push(LintSetting {
                    rule,
                    level,
                    line: self.line(&key.span()),
                });
            }
        }
        out
    }

    fn level(&mut self, value: &TSpanned<DeValue>) -> Option<RuleLevel> {
        let Some(s) = value.get_ref().as_str() else {
            self.report(ConfigMsg::LevelNotString, value.span());
            return None;
        };
        if let Some(l) = RuleLevel::parse(s) {
            return Some(l);
        }
        let synonym = match s.to_ascii_lowercase().as_str() {
            "warning" | "warnings" => Some("warn"),
            "error" | "errors" | "forbid" | "fail" => Some("deny"),
            "off" | "ignore" | "none" | "allowed" => Some("allow"),
            lower => RuleLevel::parse(lower)
                .map(RuleLevel::name)
                .or_else(|| suggest(lower, ["allow", "warn", "deny"])),
        };
        let finding = ConfigMsg::UnknownLevel {
            level: s.to_string(),
            suggestion: synonym.map(str::to_string),
        };
        self.report(finding, value.span());
        None
    }

    fn options(&mut self, value: &TSpanned<DeValue>, what: &str) -> Vec<OptionSetting> {
        let Some(table) = value.get_ref().as_table() else {
            self.wrong_type(what, Expected::OptionsTable, value);
            return Vec::new();
        };
        let mut rule_names: Vec<&str> = OPTIONS.iter().map(|d| d.rule).collect();
        rule_names.dedup();
        let mut out = Vec::new();
        for (rule_key, rule_value) in table.iter() {
            let rule_name = rule_key.get_ref().as_ref();
            if !OPTIONS.iter().any(|d| d.rule == rule_name) {
                if rules::find(rule_name).is_some()
                    && suggest(rule_name, rule_names.iter().copied()).is_none()
                {
                    let finding = ConfigMsg::RuleTakesNoOptions {
                        rule: rule_name.to_string(),
                        rules_with_options: owned(&rule_names),
                    };
                    self.report(finding, rule_key.span());
                } else {
                    self.unknown_key(rule_key, &rule_names, Table::Options);
                }
                continue;
            }
            let Some(opts) = rule_value.get_ref().as_table() else {
                self.wrong_type(
                    &format!("options.{rule_name}"),
                    Expected::RuleOptionsTable,
                    rule_value,
                );
                continue;
            };
            for (key, v) in opts.iter() {
                let key_name = key.get_ref().as_ref();
                let found = OPTIONS
                    .iter()
                    .position(|d| d.rule == rule_name && d.key == key_name);
                let Some(def_index) = found else {
                    let keys: Vec<&str> = OPTIONS
                        .iter()
                        .filter(|d| d.rule == rule_name)
                        .map(|d| d.key)
                        .collect();
                    self.unknown_key(key, &keys, Table::RuleOptions(rule_name.to_string()));
                    continue;
                };
                let Some(def) = OPTIONS.get(def_index) else {
                    continue;
                };
                let number = v.get_ref().as_integer().and_then(|i| {
                    let digits: String = i.as_str().chars().filter(|c| *c != '_').collect();
                    i64::from_str_radix(&digits, i.radix()).ok()
                });
                match number.and_then(|n| u32::try_from(n).ok()) {
                    Some(n) if (def.min..=def.max).contains(&n) => out.push(OptionSetting {
                        def: def_index,
                        value: n,
                        line: self.line(&key.span()),
                    }),
                    _ => {
                        let finding = ConfigMsg::OptionOutOfRange {
                            rule: rule_name.to_string(),
                            key: key_name.to_string(),
                            min: def.min,
                            max: def.max,
                            found: match number {
                                Some(_) => None,
                                None => Some(toml_type(v)),
                            },
                        };
                        self.report(finding, v.span());
                    }
                }
            }
        }
        out
    }

    fn overrides(&mut self, value: &TSpanned<DeValue>, config: &mut Config) {
        let Some(items) = value.get_ref().as_array() else {
            self.wrong_type("overrides", Expected::OverridesList, value);
            return;
        };
        for item in items.iter() {
            let Some(table) = item.get_ref().as_table() else {
                self.wrong_type("overrides", Expected::OverridesList, item);
                continue;
            };
            let mut globs: Option<GlobSet> = None;
            let mut lints = Vec::new();
            let mut options = Vec::new();
            let mut has_paths = false;
            for (key, v) in table.iter() {
                match key.get_ref().as_ref() {
                    "paths" => {
                        has_paths = true;
                        globs = self.paths(v);
                    }
                    "lints" => lints = self.lints(v, "overrides.lints"),
                    "options" => options = self.options(v, "overrides.options"),
                    _ => self.unknown_key(key, &OVERRIDE_KEYS, Table::Override),
                }
            }
            if !has_paths {
                self.report(ConfigMsg::OverrideWithoutPaths, item.span());
            }
            if let Some(globs) = globs {
                config.overrides.push(Override {
                    line: self.line(&item.span()),
                    globs,
                    lints,
                    options,
                });
            }
        }
    }

    /// An override's `paths`: the glob set, or None when nothing usable is there.
    fn paths(&mut self, value: &TSpanned<DeValue>) -> Option<GlobSet> {
        let Some(items) = value.get_ref().as_array() else {
            self.wrong_type("paths", Expected::PathsList, value);
            return None;
        };
        if items.is_empty() {
            self.report(ConfigMsg::EmptyPaths, value.span());
            return None;
        }
        let mut builder = GlobSetBuilder::new();
        let mut any = false;
        for item in items.iter() {
            let Some(pattern) = item.get_ref().as_str() else {
                self.wrong_type("paths", Expected::StringItems, item);
                continue;
            };
            let cleaned = pattern.strip_prefix("./").unwrap_or(pattern);
            match GlobBuilder::new(cleaned)
                .literal_separator(true)
                .backslash_escape(true)
                .build()
            {
                Ok(g) => {
                    builder.add(g);
                    any = true;
                }
                Err(e) => {
                    let finding = ConfigMsg::InvalidGlob {
                        pattern: pattern.to_string(),
                        error: e.kind().to_string(),
                    };
                    self.report(finding, item.span());
                }
            }
        }
        if !any {
            return None;
        }
        builder.build().ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rule(level: RuleLevel, configurable: bool) -> Rule {
        Rule {
            name: "synthetic",
            level,
            configurable,
            ..Rule::BASE
        }
    }

    #[test]
    fn presets_raise_levels_as_documented() {
        use RuleLevel::*;
        for (default, strict, all) in [(Allow, Warn, Deny), (Warn, Warn, Deny), (Deny, Deny, Deny)]
        {
            let r = rule(default, true);
            assert_eq!(Preset::Recommended.level(&r), default);
            assert_eq!(Preset::Strict.level(&r), strict);
            assert_eq!(Preset::All.level(&r), all);
        }
        let fixed = rule(Warn, false);
        for p in Preset::ALL {
            assert_eq!(p.level(&fixed), Warn);
        }
    }

    fn parse(text: &str) -> Config {
        Config::parse(
            Path::new("tovholder.toml"),
            PathBuf::from("/repo"),
            text.as_bytes(),
            Lang::En,
        )
    }

    #[test]
    fn settings_apply_in_order_and_record_where_they_came_from() {
        let c = parse(
            "preset = \"all\"\n[lints]\nrole-without-owner = \"warn\"\n\n[[overrides]]\npaths = [\"udkast/**\"]\nlints = { role-without-owner = \"allow\" }\n[overrides.options.momentum-gap]\nweeks = 4\n",
        );
        assert!(c.diags.is_empty(), "{:?}", c.diags);
        let level = |e: &Effective, name: &str| {
            e.levels
                .iter()
                .find(|(r, _, _)| r.name == name)
                .map(|(_, l, o)| (*l, o.clone()))
        };
        let top = c.effective(Path::new("/repo/plan.yaml"));
        assert_eq!(
            level(&top, "role-without-owner"),
            Some((RuleLevel::Warn, Origin::TopLevel { line: 3 }))
        );
        assert_eq!(
            level(&top, "unused-allow"),
            Some((RuleLevel::Deny, Origin::Preset(Preset::All)))
        );
        assert_eq!(
            level(&top, "unknown-reference"),
            Some((RuleLevel::Deny, Origin::Fixed))
        );
        assert_eq!(top.options.momentum_gap_weeks, 10);
        let draft = c.effective(Path::new("/repo/udkast/a/plan.yaml"));
        assert_eq!(
            level(&draft, "role-without-owner"),
            Some((RuleLevel::Allow, Origin::Override { index: 1, line: 7 }))
        );
        assert_eq!(draft.options.momentum_gap_weeks, 4);
        assert_eq!(draft.overrides, [(1, 5)]);
        let opts = draft.apply(&CheckOptions::default());
        assert_eq!(
            opts.levels.get("role-without-owner"),
            Some(&RuleLevel::Allow)
        );
        assert_eq!(opts.rule_options.momentum_gap_weeks, 4);
        // Fixed rules never enter the level table.
        assert!(!opts.levels.contains_key("unknown-reference"));
    }

    #[test]
    fn every_mistake_is_reported_with_a_span_inside_the_file() {
        let text = "presett = 1\npreset = 3\n[lints]\nrole-without-ower = \"deny\"\nunknown-reference = \"warn\"\nunused-allow = \"warning\"\n[options.role-without-owner]\nx = 1\n[[overrides]]\npaths = [\"a/[\", 7]\n";
        let c = parse(text);
        let found: Vec<(&str, &str)> = c
            .diags
            .iter()
            .map(|d| {
                let s = d.span();
                (
                    d.rule.name,
                    text.get(s.start as usize..s.end as usize).unwrap_or("?"),
                )
            })
            .collect();
        assert_eq!(
            found,
            [
                ("config-unknown-key", "presett"),
                ("config-invalid-value", "3"),
                ("config-unknown-rule", "role-without-ower"),
                ("config-fixed-rule", "unknown-reference"),
                ("config-invalid-level", "\"warning\""),
                ("config-unknown-key", "role-without-owner"),
                ("config-invalid-glob", "\"a/[\""),
                ("config-invalid-value", "7"),
            ]
        );
        // What could be read still applies: nothing here; the override had no valid glob.
        let e = c.effective(Path::new("/repo/a/x.yaml"));
        assert!(e.overrides.is_empty());
    }

    #[test]
    fn paths_are_normalized_lexically_with_slashes() {
        assert_eq!(
            normalize(Path::new("./a/../b/./c.yaml")),
            PathBuf::from("b/c.yaml")
        );
        assert_eq!(normalize(Path::new("../x")), PathBuf::from("../x"));
        assert_eq!(slash_path(Path::new("/r/a/b")), "/r/a/b");
        assert_eq!(slash_path(Path::new("a/b")), "a/b");
    }
}
