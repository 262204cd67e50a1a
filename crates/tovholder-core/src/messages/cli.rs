//! The command line's own messages: errors that are not findings in a file (an
//! unreadable path, a refused overwrite), and the words of its reports (the summary
//! line, compile's and render's notes). The words are in `messages/{en,da,sv}/cli.rs`;
//! [`CliMsg::text`] picks them. clap's own `--help` texts stay English.

use crate::diag::Lang;

/// A message of the command line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CliMsg {
    /// The word before an error line: `error`.
    ErrorPrefix,
    /// The word before a warning line: `warning`.
    WarningPrefix,
    /// The word before a note: `note`.
    NotePrefix,
    /// The word before a finding's help in a report: `help`.
    HelpPrefix,
    /// The words before a place of a finding in another file (a model the plan
    /// uses): `See also`.
    SeeAlsoPrefix,
    /// `explain` was given a name no rule has.
    NoSuchRule {
        name: String,
        suggestion: Option<String>,
    },
    /// A path that could not be read.
    CannotRead { path: String, reason: String },
    /// A configuration file that could not be read.
    CannotReadConfig { path: String, reason: String },
    /// A reason: the path is a folder where a plan file was expected.
    IsAFolder,
    /// A reason: the path is a device, a FIFO or a socket.
    NotARegularFile,
    /// A reason: a folder tree deeper than `check` follows.
    NestedTooDeep { depth: usize },
    /// A file over the size cap.
    TooLarge { path: String, max: usize },
    /// The closing line of `check`'s text formats: `checked 3 files: 1 error, 2 warnings`.
    Summary {
        files: usize,
        errors: usize,
        warnings: usize,
    },
    /// The counts that are not zero: `2 errors, 1 warning` (both zero: `0 warnings`).
    Counts { errors: usize, warnings: usize },
    /// The last line of a report with more labels than it shows.
    MorePlacesNotShown { count: usize },
    /// JSON and SARIF list at most `max` findings of one file; `count` more were left out.
    NotListed {
        count: usize,
        file: String,
        max: usize,
    },
    /// The human and concise formats print at most so many findings of a file.
    MoreFindingsNotShown { count: usize },
    /// `compile` without a plan.
    NameThePlan,
    /// `compile`: error-level findings, nothing printed.
    NotCompiled {
        path: String,
        errors: usize,
        warnings: usize,
    },
    /// `compile`: warnings, the plan printed anyway.
    CompiledWithWarnings {
        path: String,
        warnings: usize,
        rules: Vec<String>,
    },
    /// `compile --until` before the plan's start.
    UntilBeforeStart { until: String, start: String },
    /// The compiled plan could not be written as JSON.
    InternalJson { reason: String },
    /// `compile` was given a model.
    IsAModel { path: String },
    /// `compile` was given a plan without `start`.
    NoStart { path: String },
    /// A plan without errors that still has no schedule.
    NotScheduled { path: String },
    /// `render`: error-level findings, nothing written.
    NotRendered { path: String, errors: usize },
    /// `render`: nothing scheduled, nothing to render.
    NothingToRender { path: String },
    /// `render`: warnings, the documents written anyway.
    RenderingWithWarnings {
        path: String,
        warnings: usize,
        rules: Vec<String>,
    },
    /// `render`: the renderer failed.
    RenderFailed { path: String, reason: String },
    /// `render`: done.
    Rendered { files: usize, dir: String },
    /// `SOURCE_DATE_EPOCH` that is not a number of seconds.
    BadSourceDateEpoch { value: String },
    /// `SOURCE_DATE_EPOCH` outside the years 1970–9999.
    SourceDateEpochOutOfRange { value: String, max: i64 },
    /// `render`: the documents would be larger than the output budget (nothing written).
    OutputTooLarge { path: String, limit_mib: u64 },
    /// The `--templates` folder could not be read.
    CannotReadTemplates { dir: String, reason: String },
    /// A user template over the size cap.
    TemplateTooLarge { path: String, max: u64 },
    /// A user template that could not be read.
    CannotReadTemplate { path: String, reason: String },
    /// A generated path that is not plain and relative.
    NotPlainPath { path: String },
    /// A folder or file that could not be created.
    CannotCreate { path: String, reason: String },
    /// The output folder could not be used.
    CannotUse { path: String, reason: String },
    /// A target (the manifest) that is not a regular file.
    TargetNotARegularFile { path: String },
    /// A folder on the way to a target that leads outside the output folder.
    LeadsOutside { file: String, dir: String },
    /// A target that is a symlink pointing outside the output folder.
    SymlinkOutside { path: String },
    /// A folder where a file is to be written.
    FolderInTheWay { path: String },
    /// A target that is the plan file itself.
    WouldOverwritePlan { path: String },
    /// Targets that tovholder did not generate.
    ForeignFiles {
        manifest: String,
        paths: Vec<String>,
    },
    /// A target whose folder leads outside the output folder.
    FolderLeadsOutside { path: String },
    /// A file that could not be written.
    CannotWrite { path: String, reason: String },
    /// Writing in a folder failed.
    CannotWriteIn { dir: String, reason: String },
    /// No free name for a temporary file.
    NoTempName { path: String },
    /// `render`: another render held the output folder's lock for longer than we wait.
    FolderBusy { dir: String, seconds: u64 },
    /// `render`: `TOVHOLDER_LOCK_WAIT` is not a number of seconds.
    BadLockWait { value: String },
    /// `render` (a note): an interrupted render's renames completed, its temporary
    /// files removed.
    RecoveredRender {
        dir: String,
        completed: usize,
        removed: usize,
    },
    /// `render` (a note): a calendar in the output folder could not be read as the
    /// history of the new one (events start again at SEQUENCE 0, none are cancelled).
    CalendarHistoryIgnored { path: String, reason: String },
    /// `templates export`: templates that differ from the built-in ones.
    TemplateClashes { paths: Vec<String> },
    /// `templates export`: done.
    TemplatesWritten { count: usize, dir: String },
    /// `graph`: a plan without phases.
    NoPhases { path: String },
    /// `init`: the model has error-level findings.
    ModelHasErrors { path: String },
    /// `init`: the file is not a model.
    NotAModel { path: String },
    /// `init --out`: done.
    Wrote { path: String },
    /// `init --out`: the file exists.
    AlreadyExists { path: String },
    /// A `uses` path that is a URL.
    OnlyLocalFiles,
    /// A `uses` path outside the repository root.
    OutsideRoot { path: String, root: String },
    /// A `uses` path that is a folder.
    ModelIsAFolder { path: String },
    /// A path with a reason already in words: `path: reason`.
    PathReason { path: String, reason: String },
    /// A reason given by the operating system, as it gives it.
    Reason { reason: String },
    /// A reason: the path leads (through a symlink) outside the repository root; with
    /// `hint`, the command has `--allow-outside-root`.
    LeadsOutsideRoot { root: String, hint: bool },
    /// A reason: a file of the operating system (`/proc`, `/sys`, `/dev`), never read.
    SystemFile,
    /// `render`: the output folder leads (through a symlink) outside the repository root.
    OutputLeadsOutside { dir: String, root: String },
    /// `check -`: the plan from stdin must be the only path.
    StdinAlone,
    /// `check --stdin-filename NAME` with paths other than `-`.
    StdinFilenameWithoutStdin,
    /// `check -`: standard input could not be read.
    CannotReadStdin { reason: String },
    /// `check --output-file`: the file is one this check reads (a plan, model, journal or configuration).
    OutputIsInput { path: String },
    /// `check --output-file`: an existing YAML or TOML file is never overwritten with a report.
    OutputNotAReport { path: String },
    /// `record`: the entry was appended to the journal.
    Recorded { path: String, entry: String },
    /// `record`: the entry has error-level findings; nothing was written.
    NotRecorded { path: String },
    /// `record`: the journal is not YAML the loader reads.
    JournalNotValid { path: String },
    /// `record`: the journal's `entries` is not a list.
    JournalEntriesNotAList { path: String },
    /// `record`: the entry could not be added without changing the file's other lines.
    CannotAppendSafely { path: String, entry: String },
    /// `record`: the journal changed on disk while the entry was being recorded.
    JournalChanged { path: String },
    /// `check --fix`: one fix applied (`place`: `file:line:column`).
    FixApplied {
        place: String,
        rule: String,
        from: String,
        to: String,
    },
    /// `check --diff`: one fix that `--fix` would apply.
    FixWouldApply {
        place: String,
        rule: String,
        from: String,
        to: String,
    },
    /// `check --fix` / `--diff`: how many fixes in how many files.
    FixSummary {
        fixes: usize,
        files: usize,
        applied: bool,
    },
    /// `check --fix`: the file changed on disk since it was checked; left as it is.
    FixFileChanged { path: String },
    /// `check --fix` / `--diff` with the plan on standard input.
    FixNeedsFiles,
}

impl CliMsg {
    /// The message in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        (crate::messages::words(lang).cli)(self)
    }
    /// `error: …` (or `warning: `, `note: ` by `prefix`) in `lang`.
    pub fn line(&self, prefix: &CliMsg, lang: Lang) -> String {
        format!("{}: {}", prefix.text(lang), self.text(lang))
    }
}

/// `1 file` / `3 files`.
pub(crate) fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// The counts that are not zero, joined (`0 <warnings>` when both are).
pub(crate) fn counts(
    errors: usize,
    warnings: usize,
    error: (&str, &str),
    warning: (&str, &str),
) -> String {
    match (errors, warnings) {
        (0, w) => plural(w, warning.0, warning.1),
        (e, 0) => plural(e, error.0, error.1),
        (e, w) => format!(
            "{}, {}",
            plural(e, error.0, error.1),
            plural(w, warning.0, warning.1)
        ),
    }
}
