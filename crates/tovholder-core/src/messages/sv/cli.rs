use crate::messages::CliMsg;
use crate::messages::cli::{counts, plural};

const ERROR: (&str, &str) = ("fel", "fel");
const WARNING: (&str, &str) = ("varning", "varningar");

pub(crate) fn text(m: &CliMsg) -> String {
    match m {
        CliMsg::ErrorPrefix => "fel".into(),
        CliMsg::WarningPrefix => "varning".into(),
        CliMsg::NotePrefix => "obs".into(),
        CliMsg::HelpPrefix => "förslag".into(),
        CliMsg::SeeAlsoPrefix => "Se även".into(),
        CliMsg::NoSuchRule { name, suggestion } => {
            let hint = match suggestion {
                Some(s) => format!("; menade du `{s}`?"),
                None => String::new(),
            };
            format!("det finns ingen regel som heter `{name}`{hint} (`tovholder rules` listar dem)")
        }
        CliMsg::CannotRead { path, reason } => format!("kan inte läsa {path}: {reason}"),
        CliMsg::CannotReadConfig { path, reason } => {
            format!("kan inte läsa konfigurationen {path}: {reason}")
        }
        CliMsg::IsAFolder => "är en mapp, inte en planfil".into(),
        CliMsg::NotARegularFile => {
            "är inte en vanlig fil (en enhet, en FIFO eller en socket)".into()
        }
        CliMsg::NestedTooDeep { depth } => {
            format!("mapparna ligger mer än {depth} nivåer inuti varandra")
        }
        CliMsg::TooLarge { path, max } => format!("{path} är större än {max} byte"),
        CliMsg::Summary {
            files,
            errors,
            warnings,
        } => format!(
            "kontrollerade {}: {}, {}",
            plural(*files, "fil", "filer"),
            plural(*errors, ERROR.0, ERROR.1),
            plural(*warnings, WARNING.0, WARNING.1)
        ),
        CliMsg::Counts { errors, warnings } => counts(*errors, *warnings, ERROR, WARNING),
        CliMsg::NotListed { count, file, max } => format!("ytterligare {count} anmärkningar i {file} är inte med (högst {max} anmärkningar per fil tas med)"),
        CliMsg::MoreFindingsNotShown { count } => {
            format!("… och ytterligare {count} anmärkningar (använd --format json för att se alla)")
        }
        CliMsg::MorePlacesNotShown { count } => {
            format!("(ytterligare {count} ställen visas inte)")
        }
        CliMsg::NameThePlan => {
            "ange vilken plan som ska kompileras: `tovholder compile plan.yaml`".into()
        }
        CliMsg::NotCompiled {
            path,
            errors,
            warnings,
        } => format!(
            "{path} kompilerades inte: {}",
            counts(*errors, *warnings, ERROR, WARNING)
        ),
        CliMsg::CompiledWithWarnings {
            path,
            warnings,
            rules,
        } => format!(
            "{} ({}); `tovholder check {path}` visar dem",
            plural(*warnings, WARNING.0, WARNING.1),
            rules.join(", ")
        ),
        CliMsg::UntilBeforeStart { until, start } => {
            format!("--until {until} ligger före planens start ({start}); kalendern är tom")
        }
        CliMsg::InternalJson { reason } => format!("internt fel när JSON skrevs: {reason}"),
        CliMsg::IsAModel { path } => format!(
            "{path} är en modell (`kind: model`): den har inget startdatum och schemaläggs inte; kompilera en plan som använder den med `uses`"
        ),
        CliMsg::NoStart { path } => format!(
            "{path} har inget `start`-datum och kan därför inte schemaläggas; lägg till ett, t.ex. `start: 2027-01-04`"
        ),
        CliMsg::NotScheduled { path } => format!("{path} kunde inte schemaläggas"),
        CliMsg::NotRendered { path, errors } => format!(
            "inga dokument skapades för {path}: {}",
            plural(*errors, ERROR.0, ERROR.1)
        ),
        CliMsg::NothingToRender { path } => format!(
            "{path} kunde inte schemaläggas (en modell eller en plan utan `start`), så det finns inga dokument att skapa; `tovholder compile {path}` berättar varför"
        ),
        CliMsg::RenderingWithWarnings {
            path,
            warnings,
            rules,
        } => format!(
            "skapar dokument för {path} trots {} ({}); `tovholder check {path}` visar dem",
            plural(*warnings, WARNING.0, WARNING.1),
            rules.join(", ")
        ),
        CliMsg::RenderFailed { path, reason } => {
            format!("inga dokument skapades för {path}: {reason}")
        }
        CliMsg::Rendered { files, dir } => {
            format!("skapade {} i {dir}", plural(*files, "fil", "filer"))
        }
        CliMsg::BadSourceDateEpoch { value } => {
            format!("SOURCE_DATE_EPOCH måste vara hela sekunder sedan 1970, inte `{value}`")
        }
        CliMsg::SourceDateEpochOutOfRange { value, max } => format!(
            "SOURCE_DATE_EPOCH `{value}` ligger utanför 0–{max} (1970 till slutet av 9999); inga dokument skapades"
        ),
        CliMsg::OutputTooLarge { path, limit_mib } => format!(
            "inga dokument skapades för {path}: de skulle bli större än {limit_mib} MiB och ingenting har skrivits (skapa färre dokument med --only, eller korta planens återkommande texter och tillfällen)"
        ),
        CliMsg::CannotReadTemplates { dir, reason } => {
            format!("kan inte läsa mallmappen {dir}: {reason}")
        }
        CliMsg::TemplateTooLarge { path, max } => {
            format!("mallen {path} är större än {max} byte")
        }
        CliMsg::CannotReadTemplate { path, reason } => {
            format!("kan inte läsa mallen {path}: {reason}")
        }
        CliMsg::NotPlainPath { path } => {
            format!("skriver inte `{path}`: det är inte en vanlig relativ sökväg")
        }
        CliMsg::CannotCreate { path, reason } => format!("kan inte skapa {path}: {reason}"),
        CliMsg::CannotUse { path, reason } => format!("kan inte använda {path}: {reason}"),
        CliMsg::TargetNotARegularFile { path } => {
            format!("skriver inte {path}: det är inte en vanlig fil")
        }
        CliMsg::LeadsOutside { file, dir } => {
            format!("skriver inte {file}: {dir} leder utanför utdatamappen")
        }
        CliMsg::SymlinkOutside { path } => {
            format!("skriver inte {path}: det är en symbolisk länk som pekar utanför utdatamappen")
        }
        CliMsg::FolderInTheWay { path } => {
            format!("skriver inte {path}: en mapp ligger i vägen")
        }
        CliMsg::WouldOverwritePlan { path } => format!("skriver inte över planfilen {path}"),
        CliMsg::ForeignFiles { manifest, paths } => format!(
            "skriver inte över {} som tovholder inte själv har skapat (de finns inte i {manifest}):\n  {}\nflytta {} eller välj en annan mapp med --out",
            plural(paths.len(), "fil", "filer"),
            paths.join("\n  "),
            if paths.len() == 1 { "den" } else { "dem" }
        ),
        CliMsg::FolderLeadsOutside { path } => {
            format!("skriver inte {path}: dess mapp leder utanför utdatamappen")
        }
        CliMsg::CannotWrite { path, reason } => format!("kan inte skriva {path}: {reason}"),
        CliMsg::CannotWriteIn { dir, reason } => format!("kan inte skriva i {dir}: {reason}"),
        CliMsg::NoTempName { path } => {
            format!("kan inte skriva {path}: det finns inget ledigt tillfälligt filnamn")
        }
        CliMsg::FolderBusy { dir, seconds } => format!(
            "en annan körning av tovholder render skriver redan i {dir}; gav upp efter {seconds} sekunders väntan (försök igen när den är klar)"
        ),
        CliMsg::BadLockWait { value } => format!(
            "TOVHOLDER_LOCK_WAIT ska vara ett helt antal sekunder, inte `{value}`"
        ),
        CliMsg::RecoveredRender {
            dir,
            completed,
            removed,
        } => format!(
            "{dir}: slutförde en avbruten körning: flyttade {} på plats och tog bort {}",
            plural(*completed, "fil", "filer"),
            plural(*removed, "tillfällig fil", "tillfälliga filer")
        ),
        CliMsg::CalendarHistoryIgnored { path, reason } => {
            format!("{path}: kunde inte läsas som kalenderns historik ({reason}); händelserna skrivs som nya")
        }
        CliMsg::TemplateClashes { paths } => format!(
            "skriver inte över mallar som du kan ha ändrat i:\n  {}\nanvänd --force för att ersätta dem",
            paths.join("\n  ")
        ),
        CliMsg::TemplatesWritten { count, dir } => format!(
            "skrev {count} mallar i {dir}; använd dem med `tovholder render PLAN --templates {dir}`"
        ),
        CliMsg::NoPhases { path } => format!("{path} har inga faser att rita"),
        CliMsg::ModelHasErrors { path } => {
            format!("modellen {path} har fel; rätta dem innan du bygger en plan på den")
        }
        CliMsg::NotAModel { path } => {
            format!("{path} är inte en modell (den saknar `kind: model`)")
        }
        CliMsg::Wrote { path } => format!(
            "skrev {path}; fyll i det som är markerat och kör sedan `tovholder check {path}`"
        ),
        CliMsg::AlreadyExists { path } => {
            format!("{path} finns redan; tovholder init skriver aldrig över en fil")
        }
        CliMsg::OnlyLocalFiles => {
            "bara lokala filer kan användas; tovholder hämtar aldrig något från nätet".into()
        }
        CliMsg::OutsideRoot { path, root } => format!(
            "{path} ligger utanför projektets rotmapp {root} (använd --allow-outside-root för att tillåta det)"
        ),
        CliMsg::ModelIsAFolder { path } => format!("{path} är en mapp, inte en modellfil"),
        CliMsg::PathReason { path, reason } => format!("{path}: {reason}"),
        CliMsg::Reason { reason } => reason.clone(),
        CliMsg::LeadsOutsideRoot { root, hint } => format!(
            "leder utanför projektets rotmapp {root} (via en symbolisk länk){}",
            if *hint { "; använd --allow-outside-root för att tillåta det" } else { "" }
        ),
        CliMsg::SystemFile => {
            "är en av operativsystemets filer (under /proc, /sys eller /dev), som tovholder aldrig läser".into()
        }
        CliMsg::OutputLeadsOutside { dir, root } => format!(
            "skriver inte i {dir}: mappen leder utanför projektets rotmapp {root} (via en symbolisk länk)"
        ),
        CliMsg::StdinAlone => {
            "`-` (planen som läses från standard in) måste vara den enda sökvägen".into()
        }
        CliMsg::StdinFilenameWithoutStdin => {
            "`--stdin-filename` namnger planen som läses från standard in: ange `-` eller ingen sökväg".into()
        }
        CliMsg::CannotReadStdin { reason } => {
            format!("kan inte läsa planen från standard in: {reason}")
        }
        CliMsg::OutputIsInput { path } => {
            format!("skriver inte rapporten till {path}: kontrollen läser själv den filen")
        }
        CliMsg::OutputNotAReport { path } => format!(
            "skriver inte över {path} med rapporten: en YAML- eller TOML-fil är en plan, en loggbok eller en konfiguration, inte en rapport"
        ),
        CliMsg::Recorded { path, entry } => format!("noterat i {path}: {entry}"),
        CliMsg::NotRecorded { path } => {
            format!("inget skrevs till {path}: noteringen innehåller fel")
        }
        CliMsg::JournalNotValid { path } => format!(
            "det går inte att lägga till en notering i {path}: filen är inte giltig YAML; rätta den först (`tovholder check` visar var)"
        ),
        CliMsg::JournalEntriesNotAList { path } => format!(
            "det går inte att lägga till en notering i {path}: dess `entries` är inte en lista"
        ),
        CliMsg::CannotAppendSafely { path, entry } => format!(
            "det går inte att lägga till noteringen i {path} utan att ändra filens övriga rader; inget skrevs. Lägg till den för hand under `entries:`: - {entry}"
        ),
        CliMsg::JournalChanged { path } => format!(
            "{path} ändrades av någon annan medan noteringen skrevs; inget skrevs, försök igen"
        ),
        CliMsg::FixApplied { place, rule, from, to } => {
            format!("rättat {place}: `{from}` → `{to}` ({rule})")
        }
        CliMsg::FixWouldApply { place, rule, from, to } => {
            format!("skulle rätta {place}: `{from}` → `{to}` ({rule})")
        }
        CliMsg::FixSummary { fixes, files, applied } => format!(
            "{} {} i {}",
            plural(*fixes, "rättelse", "rättelser"),
            match (*applied, *fixes) {
                (true, 1) => "gjord",
                (true, _) => "gjorda",
                (false, _) => "att göra",
            },
            plural(*files, "fil", "filer")
        ),
        CliMsg::FixFileChanged { path } => format!(
            "{path} har ändrats sedan den kontrollerades; den rättades inte, kör kontrollen igen"
        ),
        CliMsg::FixNeedsFiles => {
            "`--fix` och `--diff` ändrar filer: de behöver planfiler, inte `-` (standard in)".into()
        }
    }
}
