use crate::messages::CliMsg;
use crate::messages::cli::{counts, plural};

const ERROR: (&str, &str) = ("fejl", "fejl");
const WARNING: (&str, &str) = ("advarsel", "advarsler");

pub(crate) fn text(m: &CliMsg) -> String {
    match m {
        CliMsg::ErrorPrefix => "fejl".into(),
        CliMsg::WarningPrefix => "advarsel".into(),
        CliMsg::NotePrefix => "bemærk".into(),
        CliMsg::HelpPrefix => "forslag".into(),
        CliMsg::SeeAlsoPrefix => "Se også".into(),
        CliMsg::NoSuchRule { name, suggestion } => {
            let hint = match suggestion {
                Some(s) => format!("; mente du `{s}`?"),
                None => String::new(),
            };
            format!("der er ingen regel med navnet `{name}`{hint} (`tovholder rules` viser dem)")
        }
        CliMsg::CannotRead { path, reason } => format!("kan ikke læse {path}: {reason}"),
        CliMsg::CannotReadConfig { path, reason } => {
            format!("kan ikke læse konfigurationen {path}: {reason}")
        }
        CliMsg::IsAFolder => "er en mappe, ikke en planfil".into(),
        CliMsg::NotARegularFile => {
            "er ikke en almindelig fil (en enhed, en FIFO eller en socket)".into()
        }
        CliMsg::NestedTooDeep { depth } => {
            format!("mapperne ligger mere end {depth} niveauer inde i hinanden")
        }
        CliMsg::TooLarge { path, max } => format!("{path} er større end {max} byte"),
        CliMsg::Summary {
            files,
            errors,
            warnings,
        } => format!(
            "tjekkede {}: {}, {}",
            plural(*files, "fil", "filer"),
            plural(*errors, ERROR.0, ERROR.1),
            plural(*warnings, WARNING.0, WARNING.1)
        ),
        CliMsg::Counts { errors, warnings } => counts(*errors, *warnings, ERROR, WARNING),
        CliMsg::NotListed { count, file, max } => format!("{count} fund mere i {file} er ikke med (der medtages højst {max} fund pr. fil)"),
        CliMsg::MoreFindingsNotShown { count } => {
            format!("… og {count} fund mere (brug --format json for at se dem alle)")
        }
        CliMsg::MorePlacesNotShown { count } => format!("(yderligere {count} steder vises ikke)"),
        CliMsg::NameThePlan => {
            "angiv den plan, der skal kompileres: `tovholder compile plan.yaml`".into()
        }
        CliMsg::NotCompiled {
            path,
            errors,
            warnings,
        } => format!(
            "{path} blev ikke kompileret: {}",
            counts(*errors, *warnings, ERROR, WARNING)
        ),
        CliMsg::CompiledWithWarnings {
            path,
            warnings,
            rules,
        } => format!(
            "{} ({}); `tovholder check {path}` viser dem",
            plural(*warnings, WARNING.0, WARNING.1),
            rules.join(", ")
        ),
        CliMsg::UntilBeforeStart { until, start } => {
            format!("--until {until} ligger før planens start ({start}); kalenderen er tom")
        }
        CliMsg::InternalJson { reason } => format!("intern fejl ved skrivning af JSON: {reason}"),
        CliMsg::IsAModel { path } => format!(
            "{path} er en model (`kind: model`): den har ingen startdato og bliver ikke planlagt; kompilér en plan, der bruger den med `uses`"
        ),
        CliMsg::NoStart { path } => format!(
            "{path} har ingen `start`-dato og kan derfor ikke planlægges; tilføj en, fx `start: 2027-01-04`"
        ),
        CliMsg::NotScheduled { path } => format!("{path} kunne ikke planlægges"),
        CliMsg::NotRendered { path, errors } => format!(
            "der blev ikke dannet dokumenter for {path}: {}",
            plural(*errors, ERROR.0, ERROR.1)
        ),
        CliMsg::NothingToRender { path } => format!(
            "{path} kunne ikke planlægges (en model eller en plan uden `start`), så der er ingen dokumenter at danne; `tovholder compile {path}` fortæller hvorfor"
        ),
        CliMsg::RenderingWithWarnings {
            path,
            warnings,
            rules,
        } => format!(
            "danner dokumenter for {path} med {} ({}); `tovholder check {path}` viser dem",
            plural(*warnings, WARNING.0, WARNING.1),
            rules.join(", ")
        ),
        CliMsg::RenderFailed { path, reason } => {
            format!("der blev ikke dannet dokumenter for {path}: {reason}")
        }
        CliMsg::Rendered { files, dir } => {
            format!("dannede {} i {dir}", plural(*files, "fil", "filer"))
        }
        CliMsg::BadSourceDateEpoch { value } => {
            format!("SOURCE_DATE_EPOCH skal være hele sekunder siden 1970, ikke `{value}`")
        }
        CliMsg::SourceDateEpochOutOfRange { value, max } => format!(
            "SOURCE_DATE_EPOCH `{value}` ligger uden for 0–{max} (1970 til udgangen af 9999); der blev ikke dannet dokumenter"
        ),
        CliMsg::OutputTooLarge { path, limit_mib } => format!(
            "der blev ikke dannet dokumenter for {path}: de ville fylde mere end {limit_mib} MiB, og intet er skrevet (dan færre dokumenter med --only, eller gør planens gentagne tekster og forekomster kortere)"
        ),
        CliMsg::CannotReadTemplates { dir, reason } => {
            format!("kan ikke læse skabelonmappen {dir}: {reason}")
        }
        CliMsg::TemplateTooLarge { path, max } => {
            format!("skabelonen {path} er større end {max} byte")
        }
        CliMsg::CannotReadTemplate { path, reason } => {
            format!("kan ikke læse skabelonen {path}: {reason}")
        }
        CliMsg::NotPlainPath { path } => {
            format!("skriver ikke `{path}`: det er ikke en almindelig relativ sti")
        }
        CliMsg::CannotCreate { path, reason } => format!("kan ikke oprette {path}: {reason}"),
        CliMsg::CannotUse { path, reason } => format!("kan ikke bruge {path}: {reason}"),
        CliMsg::TargetNotARegularFile { path } => {
            format!("skriver ikke {path}: det er ikke en almindelig fil")
        }
        CliMsg::LeadsOutside { file, dir } => {
            format!("skriver ikke {file}: {dir} fører uden for outputmappen")
        }
        CliMsg::SymlinkOutside { path } => {
            format!("skriver ikke {path}: det er et symbolsk link, der peger uden for outputmappen")
        }
        CliMsg::FolderInTheWay { path } => {
            format!("skriver ikke {path}: der ligger en mappe i vejen")
        }
        CliMsg::WouldOverwritePlan { path } => format!("overskriver ikke planfilen {path}"),
        CliMsg::ForeignFiles { manifest, paths } => format!(
            "overskriver ikke {}, som tovholder ikke selv har dannet (de står ikke i {manifest}):\n  {}\nflyt {} væk, eller vælg en anden mappe med --out",
            plural(paths.len(), "fil", "filer"),
            paths.join("\n  "),
            if paths.len() == 1 { "den" } else { "dem" }
        ),
        CliMsg::FolderLeadsOutside { path } => {
            format!("skriver ikke {path}: dens mappe fører uden for outputmappen")
        }
        CliMsg::CannotWrite { path, reason } => format!("kan ikke skrive {path}: {reason}"),
        CliMsg::CannotWriteIn { dir, reason } => format!("kan ikke skrive i {dir}: {reason}"),
        CliMsg::NoTempName { path } => {
            format!("kan ikke skrive {path}: der er intet ledigt midlertidigt filnavn")
        }
        CliMsg::FolderBusy { dir, seconds } => format!(
            "en anden kørsel af tovholder render skriver allerede i {dir}; opgav efter at have ventet {seconds} sekunder (prøv igen, når den er færdig)"
        ),
        CliMsg::BadLockWait { value } => format!(
            "TOVHOLDER_LOCK_WAIT skal være et helt antal sekunder, ikke `{value}`"
        ),
        CliMsg::RecoveredRender {
            dir,
            completed,
            removed,
        } => format!(
            "{dir}: gjorde en afbrudt kørsel færdig: flyttede {} på plads og slettede {}",
            plural(*completed, "fil", "filer"),
            plural(*removed, "midlertidig fil", "midlertidige filer")
        ),
        CliMsg::CalendarHistoryIgnored { path, reason } => {
            format!("{path}: kunne ikke læses som kalenderens historik ({reason}); begivenhederne skrives som nye")
        }
        CliMsg::TemplateClashes { paths } => format!(
            "overskriver ikke skabeloner, du måske har rettet i:\n  {}\nbrug --force for at erstatte dem",
            paths.join("\n  ")
        ),
        CliMsg::TemplatesWritten { count, dir } => format!(
            "skrev {count} skabeloner i {dir}; brug dem med `tovholder render PLAN --templates {dir}`"
        ),
        CliMsg::NoPhases { path } => format!("{path} har ingen faser at tegne"),
        CliMsg::ModelHasErrors { path } => {
            format!("modellen {path} har fejl; ret dem, før du starter en plan på den")
        }
        CliMsg::NotAModel { path } => {
            format!("{path} er ikke en model (den har ikke `kind: model`)")
        }
        CliMsg::Wrote { path } => format!(
            "skrev {path}; udfyld de tomme felter, og kør derefter `tovholder check {path}`"
        ),
        CliMsg::AlreadyExists { path } => {
            format!("{path} findes allerede; tovholder init overskriver aldrig en fil")
        }
        CliMsg::OnlyLocalFiles => {
            "kun lokale filer kan bruges; tovholder henter aldrig noget fra netværket".into()
        }
        CliMsg::OutsideRoot { path, root } => format!(
            "{path} ligger uden for repositoriets rod {root} (brug --allow-outside-root for at tillade det)"
        ),
        CliMsg::ModelIsAFolder { path } => format!("{path} er en mappe, ikke en modelfil"),
        CliMsg::PathReason { path, reason } => format!("{path}: {reason}"),
        CliMsg::Reason { reason } => reason.clone(),
        CliMsg::LeadsOutsideRoot { root, hint } => format!(
            "fører uden for repositoriets rod {root} (via et symbolsk link){}",
            if *hint { "; brug --allow-outside-root for at tillade det" } else { "" }
        ),
        CliMsg::SystemFile => {
            "er en af styresystemets filer (under /proc, /sys eller /dev), som tovholder aldrig læser".into()
        }
        CliMsg::OutputLeadsOutside { dir, root } => format!(
            "skriver ikke i {dir}: mappen fører uden for repositoriets rod {root} (via et symbolsk link)"
        ),
        CliMsg::StdinAlone => {
            "`-` (planen, der læses fra standard input) skal være den eneste sti".into()
        }
        CliMsg::StdinFilenameWithoutStdin => {
            "`--stdin-filename` giver navn til planen, der læses fra standard input: angiv `-` eller ingen sti".into()
        }
        CliMsg::CannotReadStdin { reason } => {
            format!("kan ikke læse planen fra standard input: {reason}")
        }
        CliMsg::OutputIsInput { path } => {
            format!("skriver ikke rapporten i {path}: tjekket læser selv den fil")
        }
        CliMsg::OutputNotAReport { path } => format!(
            "skriver ikke rapporten oven i {path}: en YAML- eller TOML-fil er en plan, en logbog eller en konfiguration, ikke en rapport"
        ),
        CliMsg::Recorded { path, entry } => format!("registreret i {path}: {entry}"),
        CliMsg::NotRecorded { path } => {
            format!("intet blev skrevet i {path}: registreringen har fejl")
        }
        CliMsg::JournalNotValid { path } => format!(
            "kan ikke tilføje en registrering til {path}: filen er ikke gyldig YAML; ret den først (`tovholder check` viser hvor)"
        ),
        CliMsg::JournalEntriesNotAList { path } => format!(
            "kan ikke tilføje en registrering til {path}: dens `entries` er ikke en liste"
        ),
        CliMsg::CannotAppendSafely { path, entry } => format!(
            "kan ikke tilføje registreringen til {path} uden at ændre filens andre linjer; intet blev skrevet. Tilføj den selv under `entries:`: - {entry}"
        ),
        CliMsg::JournalChanged { path } => format!(
            "{path} blev ændret af en anden, mens registreringen blev skrevet; intet blev skrevet, prøv igen"
        ),
        CliMsg::FixApplied { place, rule, from, to } => {
            format!("rettet {place}: `{from}` → `{to}` ({rule})")
        }
        CliMsg::FixWouldApply { place, rule, from, to } => {
            format!("ville rette {place}: `{from}` → `{to}` ({rule})")
        }
        CliMsg::FixSummary { fixes, files, applied } => format!(
            "{} {} i {}",
            plural(*fixes, "rettelse", "rettelser"),
            if *applied { "foretaget" } else { "at foretage" },
            plural(*files, "fil", "filer")
        ),
        CliMsg::FixFileChanged { path } => format!(
            "{path} er ændret, siden den blev tjekket; den blev ikke rettet, kør tjekket igen"
        ),
        CliMsg::FixNeedsFiles => {
            "`--fix` og `--diff` ændrer filer: de skal have planfiler, ikke `-` (standard input)".into()
        }
    }
}
