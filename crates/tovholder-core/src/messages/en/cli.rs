use crate::messages::CliMsg;
use crate::messages::cli::{counts, plural};

const ERROR: (&str, &str) = ("error", "errors");
const WARNING: (&str, &str) = ("warning", "warnings");

pub(crate) fn text(m: &CliMsg) -> String {
    match m {
        CliMsg::ErrorPrefix => "error".into(),
        CliMsg::WarningPrefix => "warning".into(),
        CliMsg::NotePrefix => "note".into(),
        CliMsg::HelpPrefix => "help".into(),
        CliMsg::SeeAlsoPrefix => "See also".into(),
        CliMsg::NoSuchRule { name, suggestion } => {
            let hint = match suggestion {
                Some(s) => format!("; did you mean `{s}`?"),
                None => String::new(),
            };
            format!("no rule named `{name}`{hint} (`tovholder rules` lists them)")
        }
        CliMsg::CannotRead { path, reason } => format!("cannot read {path}: {reason}"),
        CliMsg::CannotReadConfig { path, reason } => {
            format!("cannot read the configuration {path}: {reason}")
        }
        CliMsg::IsAFolder => "is a folder, not a plan file".into(),
        CliMsg::NotARegularFile => "is not a regular file (a device, a FIFO or a socket)".into(),
        CliMsg::NestedTooDeep { depth } => format!("folders nested more than {depth} deep"),
        CliMsg::TooLarge { path, max } => format!("{path} is larger than {max} bytes"),
        CliMsg::Summary {
            files,
            errors,
            warnings,
        } => format!(
            "checked {}: {}, {}",
            plural(*files, "file", "files"),
            plural(*errors, ERROR.0, ERROR.1),
            plural(*warnings, WARNING.0, WARNING.1)
        ),
        CliMsg::Counts { errors, warnings } => counts(*errors, *warnings, ERROR, WARNING),
        CliMsg::NotListed { count, file, max } => format!("{count} more findings of {file} are not listed (at most {max} findings of a file are listed)"),
        CliMsg::MoreFindingsNotShown { count } => {
            format!("… and {count} more findings (use --format json for all)")
        }
        CliMsg::MorePlacesNotShown { count } => format!("({count} more places not shown)"),
        CliMsg::NameThePlan => "name the plan to compile: `tovholder compile plan.yaml`".into(),
        CliMsg::NotCompiled {
            path,
            errors,
            warnings,
        } => format!(
            "{path} was not compiled: {}",
            counts(*errors, *warnings, ERROR, WARNING)
        ),
        CliMsg::CompiledWithWarnings {
            path,
            warnings,
            rules,
        } => format!(
            "{} ({}); `tovholder check {path}` shows them",
            plural(*warnings, WARNING.0, WARNING.1),
            rules.join(", ")
        ),
        CliMsg::UntilBeforeStart { until, start } => {
            format!("--until {until} is before the plan starts ({start}); the calendar is empty")
        }
        CliMsg::InternalJson { reason } => format!("internal error writing JSON: {reason}"),
        CliMsg::IsAModel { path } => format!(
            "{path} is a model (`kind: model`): it has no start date and is not scheduled; compile a plan that `uses` it"
        ),
        CliMsg::NoStart { path } => format!(
            "{path} has no `start` date, so it cannot be scheduled; add one, e.g. `start: 2027-01-04`"
        ),
        CliMsg::NotScheduled { path } => format!("{path} could not be scheduled"),
        CliMsg::NotRendered { path, errors } => format!(
            "{path} was not rendered: {}",
            plural(*errors, ERROR.0, ERROR.1)
        ),
        CliMsg::NothingToRender { path } => format!(
            "{path} could not be scheduled (a model, or a plan without `start`), so there is nothing to render; `tovholder compile {path}` says why"
        ),
        CliMsg::RenderingWithWarnings {
            path,
            warnings,
            rules,
        } => format!(
            "rendering {path} with {} ({}); `tovholder check {path}` shows them",
            plural(*warnings, WARNING.0, WARNING.1),
            rules.join(", ")
        ),
        CliMsg::RenderFailed { path, reason } => format!("{path} was not rendered: {reason}"),
        CliMsg::Rendered { files, dir } => {
            format!("rendered {} into {dir}", plural(*files, "file", "files"))
        }
        CliMsg::BadSourceDateEpoch { value } => {
            format!("SOURCE_DATE_EPOCH must be whole seconds since 1970, not `{value}`")
        }
        CliMsg::SourceDateEpochOutOfRange { value, max } => format!(
            "SOURCE_DATE_EPOCH `{value}` is outside 0–{max} (1970 to the end of 9999); nothing was rendered"
        ),
        CliMsg::OutputTooLarge { path, limit_mib } => format!(
            "{path} was not rendered: the documents would be larger than {limit_mib} MiB; nothing was written (render fewer documents with --only, or shorten the plan's repeated texts and occurrences)"
        ),
        CliMsg::CannotReadTemplates { dir, reason } => {
            format!("cannot read the templates folder {dir}: {reason}")
        }
        CliMsg::TemplateTooLarge { path, max } => {
            format!("template {path} is larger than {max} bytes")
        }
        CliMsg::CannotReadTemplate { path, reason } => {
            format!("cannot read template {path}: {reason}")
        }
        CliMsg::NotPlainPath { path } => {
            format!("refusing to write `{path}`: not a plain relative path")
        }
        CliMsg::CannotCreate { path, reason } => format!("cannot create {path}: {reason}"),
        CliMsg::CannotUse { path, reason } => format!("cannot use {path}: {reason}"),
        CliMsg::TargetNotARegularFile { path } => {
            format!("refusing to write {path}: it is not a regular file")
        }
        CliMsg::LeadsOutside { file, dir } => {
            format!("refusing to write {file}: {dir} leads outside the output folder")
        }
        CliMsg::SymlinkOutside { path } => format!(
            "refusing to write {path}: it is a symlink that points outside the output folder"
        ),
        CliMsg::FolderInTheWay { path } => {
            format!("refusing to write {path}: a folder is in the way")
        }
        CliMsg::WouldOverwritePlan { path } => {
            format!("refusing to overwrite the plan file {path}")
        }
        CliMsg::ForeignFiles { manifest, paths } => format!(
            "refusing to overwrite {} that tovholder did not generate (not listed in {manifest}):\n  {}\nmove {} away or choose another folder with --out",
            plural(paths.len(), "file", "files"),
            paths.join("\n  "),
            if paths.len() == 1 { "it" } else { "them" }
        ),
        CliMsg::FolderLeadsOutside { path } => {
            format!("refusing to write {path}: its folder leads outside the output folder")
        }
        CliMsg::CannotWrite { path, reason } => format!("cannot write {path}: {reason}"),
        CliMsg::CannotWriteIn { dir, reason } => format!("cannot write in {dir}: {reason}"),
        CliMsg::NoTempName { path } => {
            format!("cannot write {path}: no free temporary file name")
        }
        CliMsg::FolderBusy { dir, seconds } => format!(
            "another tovholder render is writing into {dir}; gave up after waiting {seconds} s (try again when it has finished)"
        ),
        CliMsg::BadLockWait { value } => format!(
            "TOVHOLDER_LOCK_WAIT must be a whole number of seconds, not `{value}`"
        ),
        CliMsg::RecoveredRender {
            dir,
            completed,
            removed,
        } => format!(
            "{dir}: finished an interrupted render: moved {} into place and removed {}",
            plural(*completed, "file", "files"),
            plural(*removed, "temporary file", "temporary files")
        ),
        CliMsg::CalendarHistoryIgnored { path, reason } => {
            format!("{path}: not read as the calendar's history ({reason}); its events are written as new")
        }
        CliMsg::TemplateClashes { paths } => format!(
            "refusing to overwrite templates you may have edited:\n  {}\nuse --force to replace them",
            paths.join("\n  ")
        ),
        CliMsg::TemplatesWritten { count, dir } => format!(
            "wrote {count} templates into {dir}; use them with `tovholder render PLAN --templates {dir}`"
        ),
        CliMsg::NoPhases { path } => format!("{path} has no phases to draw"),
        CliMsg::ModelHasErrors { path } => {
            format!("the model {path} has errors; fix them before starting a plan from it")
        }
        CliMsg::NotAModel { path } => {
            format!("{path} is not a model (it has no `kind: model`)")
        }
        CliMsg::Wrote { path } => {
            format!("wrote {path}; fill in the blanks, then run `tovholder check {path}`")
        }
        CliMsg::AlreadyExists { path } => {
            format!("{path} already exists; tovholder init never overwrites a file")
        }
        CliMsg::OnlyLocalFiles => {
            "only local files can be used; tovholder never fetches anything from the network".into()
        }
        CliMsg::OutsideRoot { path, root } => format!(
            "{path} is outside the repository root {root} (use --allow-outside-root to permit it)"
        ),
        CliMsg::ModelIsAFolder { path } => format!("{path} is a folder, not a model file"),
        CliMsg::PathReason { path, reason } => format!("{path}: {reason}"),
        CliMsg::Reason { reason } => reason.clone(),
        CliMsg::LeadsOutsideRoot { root, hint } => format!(
            "leads outside the repository root {root} (through a symbolic link){}",
            if *hint { "; use --allow-outside-root to permit it" } else { "" }
        ),
        CliMsg::SystemFile => {
            "is a file of the operating system (under /proc, /sys or /dev), which tovholder never reads".into()
        }
        CliMsg::OutputLeadsOutside { dir, root } => format!(
            "refusing to write into {dir}: it leads outside the repository root {root} (through a symbolic link)"
        ),
        CliMsg::StdinAlone => {
            "`-` (the plan read from standard input) must be the only path".into()
        }
        CliMsg::StdinFilenameWithoutStdin => {
            "`--stdin-filename` names the plan read from standard input: give `-` or no path".into()
        }
        CliMsg::CannotReadStdin { reason } => {
            format!("cannot read the plan from standard input: {reason}")
        }
        CliMsg::OutputIsInput { path } => {
            format!("refusing to write the report to {path}: this check reads that file")
        }
        CliMsg::OutputNotAReport { path } => format!(
            "refusing to write the report over {path}: a YAML or TOML file is a plan, journal or configuration, not a report"
        ),
        CliMsg::Recorded { path, entry } => format!("recorded in {path}: {entry}"),
        CliMsg::NotRecorded { path } => {
            format!("nothing was written to {path}: the entry has errors")
        }
        CliMsg::JournalNotValid { path } => format!(
            "cannot add an entry to {path}: the file is not valid YAML; fix it first (`tovholder check` shows where)"
        ),
        CliMsg::JournalEntriesNotAList { path } => {
            format!("cannot add an entry to {path}: its `entries` is not a list")
        }
        CliMsg::CannotAppendSafely { path, entry } => format!(
            "cannot add the entry to {path} without changing its other lines; nothing was written. Add it by hand under `entries:`: - {entry}"
        ),
        CliMsg::JournalChanged { path } => format!(
            "{path} was changed by someone else while the entry was being recorded; nothing was written, try again"
        ),
        CliMsg::FixApplied { place, rule, from, to } => {
            format!("fixed {place}: `{from}` → `{to}` ({rule})")
        }
        CliMsg::FixWouldApply { place, rule, from, to } => {
            format!("would fix {place}: `{from}` → `{to}` ({rule})")
        }
        CliMsg::FixSummary { fixes, files, applied } => format!(
            "{} {} in {}",
            plural(*fixes, "fix", "fixes"),
            if *applied { "applied" } else { "to apply" },
            plural(*files, "file", "files")
        ),
        CliMsg::FixFileChanged { path } => {
            format!("{path} changed since it was checked; it was not fixed, run the check again")
        }
        CliMsg::FixNeedsFiles => {
            "`--fix` and `--diff` change files: they need plan files, not `-` (standard input)".into()
        }
    }
}
