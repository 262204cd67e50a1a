//! `uses` and `init` through the real binary: the repository-root boundary, files
//! that are not files, `init` output and its check result, a folder of kommune plans.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_tovholder"))
}

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .expect("repo")
}

fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("create folder");
    for entry in std::fs::read_dir(from).expect("read folder").flatten() {
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("copy file");
        }
    }
}

fn run(cmd: &mut Command) -> (i32, String, String) {
    let out: Output = cmd.output().expect("run tovholder");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

const MODEL: &str = "kind: model\nid: m\ntitle: Model\nversion: 1.0.0\nphases:\n  i-gang: { duration: ongoing, exit_criteria: [Metoden bruges] }\nactivities:\n  moede: { phase: i-gang, every: 1 month, responsible: leder, length: 1 hours }\nroles:\n  leder: { name: Leder }\n";

fn plan_using(path: &str) -> String {
    format!(
        "id: p\ntitle: Plan\nuses: {path}\nstart: 2027-01-04\nroles:\n  leder: {{ owner: [Mette] }}\n"
    )
}

/// A temporary repository: `<tmp>/repo/.git`, with `outside/` beside it.
fn sandbox() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::create_dir_all(dir.path().join("repo/.git")).expect("repo");
    std::fs::create_dir_all(dir.path().join("repo/plans")).expect("plans");
    std::fs::create_dir_all(dir.path().join("outside")).expect("outside");
    std::fs::write(dir.path().join("outside/model.yaml"), MODEL).expect("model");
    std::fs::write(dir.path().join("repo/model.yaml"), MODEL).expect("model");
    dir
}

fn rules_in(json: &str) -> Vec<String> {
    let v: serde_json::Value = serde_json::from_str(json).expect("json");
    v["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .map(|d| d["rule"].as_str().unwrap_or("").to_string())
        .collect()
}

#[test]
fn uses_inside_the_repository_is_fine() {
    let dir = sandbox();
    let plan = dir.path().join("repo/plans/p.yaml");
    std::fs::write(&plan, plan_using("../model.yaml")).expect("plan");
    let (code, out, err) = run(bin().args(["check", "--format", "json"]).arg(&plan));
    assert_eq!(code, 0, "{out}{err}");
    assert!(rules_in(&out).iter().all(|r| r != "model-unavailable"));
}

#[test]
fn uses_outside_the_repository_is_refused_unless_allowed() {
    let dir = sandbox();
    let plan = dir.path().join("repo/plans/p.yaml");
    std::fs::write(&plan, plan_using("../../outside/model.yaml")).expect("plan");
    let (code, out, _) = run(bin().args(["check", "--format", "json"]).arg(&plan));
    assert_eq!(code, 1);
    let v: serde_json::Value = serde_json::from_str(&out).expect("json");
    let d = &v["diagnostics"][0];
    assert_eq!(d["rule"], "model-unavailable");
    assert_eq!(d["line"], 3);
    assert!(
        d["message"]
            .as_str()
            .unwrap_or("")
            .contains("outside the repository root"),
        "{d}"
    );
    let (code, out, err) = run(bin()
        .args(["check", "--allow-outside-root", "--format", "json"])
        .arg(&plan));
    assert_eq!(code, 0, "{out}{err}");
}

#[cfg(unix)]
#[test]
fn a_symlink_out_of_the_repository_is_refused() {
    let dir = sandbox();
    std::os::unix::fs::symlink(
        dir.path().join("outside/model.yaml"),
        dir.path().join("repo/link.yaml"),
    )
    .expect("symlink");
    let plan = dir.path().join("repo/plans/p.yaml");
    std::fs::write(&plan, plan_using("../link.yaml")).expect("plan");
    let (code, out, _) = run(bin().args(["check", "--format", "json"]).arg(&plan));
    assert_eq!(code, 1);
    assert!(
        rules_in(&out).contains(&"model-unavailable".to_string()),
        "{out}"
    );
}

#[cfg(unix)]
#[test]
fn uses_a_fifo_a_device_or_a_folder_gives_a_diagnostic_not_a_hang() {
    let dir = sandbox();
    let fifo = dir.path().join("repo/fifo.yaml");
    let made = Command::new("mkfifo").arg(&fifo).status().expect("mkfifo");
    assert!(made.success());
    let plan = dir.path().join("repo/plans/p.yaml");
    for (target, extra) in [
        ("../fifo.yaml", None),
        ("/dev/zero", Some("--allow-outside-root")),
        ("..", None),
        ("https://example.invalid/model.yaml", None),
    ] {
        std::fs::write(&plan, plan_using(target)).expect("plan");
        let mut cmd = bin();
        cmd.args(["check", "--format", "json"]);
        if let Some(e) = extra {
            cmd.arg(e);
        }
        let (code, out, err) = run(cmd.arg(&plan));
        assert_eq!(code, 1, "{target}: {out}{err}");
        assert!(
            rules_in(&out).contains(&"model-unavailable".to_string()),
            "{target}: {out}"
        );
    }
}

#[test]
fn model_messages_are_swedish_with_lang_sv() {
    let dir = sandbox();
    let repo = dir.path().join("repo");
    std::fs::write(
        repo.join("plans/p.yaml"),
        format!(
            "{}remove: {{ activities: [mode] }}\n",
            plan_using("../model.yaml")
        ),
    )
    .expect("plan");
    let (code, out, _) = run(bin().current_dir(&repo).args([
        "check",
        "--lang",
        "sv",
        "--format",
        "concise",
        "plans/p.yaml",
    ]));
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains(
            "error[unknown-removal] `mode` finns inte bland modellens aktiviteter och kan inte tas bort"
        ),
        "{out}"
    );
    // The same finding in English and Danish keeps its words.
    for (lang, words) in [
        ("en", "the model has no activity `mode` to remove"),
        ("da", "modellen har ingen aktivitet `mode` at fjerne"),
    ] {
        let (_, out, _) = run(bin().current_dir(&repo).args([
            "check",
            "--lang",
            lang,
            "--format",
            "concise",
            "plans/p.yaml",
        ]));
        assert!(out.contains(words), "{lang}: {out}");
    }
}

#[test]
fn a_folder_of_kommune_plans_on_one_model() {
    // A copy in a folder marked as a repository root (`.git`): `uses: ../base.yaml` must
    // resolve inside the root in an unpacked `git archive` too, which has no `.git`.
    let root = tempfile::tempdir().expect("tempdir");
    std::fs::create_dir(root.path().join(".git")).expect("root marker");
    copy_tree(
        &repo().join("tests/models"),
        &root.path().join("tests/models"),
    );
    let (code, out, err) = run(bin().current_dir(root.path()).args([
        "check",
        "--format",
        "json",
        "tests/models/kommuner",
        "tests/models/base.yaml",
    ]));
    assert_eq!(code, 0, "{out}{err}");
    let v: serde_json::Value = serde_json::from_str(&out).expect("json");
    let files: Vec<&str> = v["files"]
        .as_array()
        .expect("files")
        .iter()
        .map(|f| f["file"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(
        files,
        [
            "tests/models/kommuner/nordby.yaml",
            "tests/models/kommuner/soeby.yaml",
            "tests/models/kommuner/vestby.yaml",
            "tests/models/base.yaml"
        ]
    );
    assert_eq!(v["summary"]["errors"], 0);
}

#[test]
fn init_writes_a_plan_whose_warnings_are_its_blanks() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::create_dir_all(dir.path().join(".git")).expect("git");
    std::fs::create_dir_all(dir.path().join("models")).expect("models");
    std::fs::copy(
        repo().join("tests/models/base.yaml"),
        dir.path().join("models/base.yaml"),
    )
    .expect("copy");
    let (code, out, err) = run(bin().current_dir(dir.path()).args([
        "init",
        "--model",
        "models/base.yaml",
        "--organisation",
        "Nordby Kommune, Børn og Familie",
        "--start",
        "2027-03-01",
        "--out",
        "plans/nordby.yaml",
    ]));
    assert_eq!(code, 2, "the plans folder does not exist yet: {out}{err}");
    std::fs::create_dir_all(dir.path().join("plans")).expect("plans");
    let (code, _, err) = run(bin().current_dir(dir.path()).args([
        "init",
        "--model",
        "models/base.yaml",
        "--organisation",
        "Nordby Kommune, Børn og Familie",
        "--start",
        "2027-03-01",
        "--out",
        "plans/nordby.yaml",
    ]));
    assert_eq!(code, 0, "{err}");
    let text = std::fs::read_to_string(dir.path().join("plans/nordby.yaml")).expect("plan");
    insta::assert_snapshot!("init_base", text);
    let (code, out, err) =
        run(bin()
            .current_dir(dir.path())
            .args(["check", "--format", "json", "plans/nordby.yaml"]));
    assert_eq!(code, 0, "no error-level findings: {out}{err}");
    let v: serde_json::Value = serde_json::from_str(&out).expect("json");
    // Every warning sits on an entity whose block has a marked blank, and every marked block has a warning.
    let lines: Vec<&str> = text.lines().collect();
    let owner_of = |line: usize| -> usize {
        // the nearest line at or above `line` that opens an entity (two-space indent) or is top level
        let mut i = line;
        while i > 0 {
            let l = lines[i - 1];
            if l.starts_with("  ") && !l.starts_with("   ")
                || !l.starts_with(' ') && !l.starts_with('#')
            {
                return i;
            }
            i -= 1;
        }
        line
    };
    let mut blank_blocks: Vec<usize> = lines
        .iter()
        .enumerate()
        .filter(|(_, l)| l.contains("# UDFYLD"))
        .map(|(i, _)| owner_of(i + 1))
        .collect();
    blank_blocks.dedup();
    let diags = v["diagnostics"].as_array().expect("diags");
    assert!(
        diags.iter().all(|d| d["file"] == "plans/nordby.yaml"),
        "every blank is in the new plan, not the model: {diags:#?}"
    );
    let mut warned: Vec<usize> = diags
        .iter()
        .map(|d| d["line"].as_u64().unwrap_or(0) as usize)
        .collect();
    warned.sort();
    warned.dedup();
    assert_eq!(warned, blank_blocks, "warnings {:#?}", v["diagnostics"]);
    // Never overwrites.
    let (code, _, err) = run(bin().current_dir(dir.path()).args([
        "init",
        "--model",
        "models/base.yaml",
        "--out",
        "plans/nordby.yaml",
    ]));
    assert_eq!(code, 2);
    // In the model's language (Danish).
    assert!(err.contains("overskriver aldrig en fil"), "{err}");
    assert_eq!(
        std::fs::read_to_string(dir.path().join("plans/nordby.yaml")).expect("plan"),
        text
    );
}

#[test]
fn init_refuses_a_plan_as_a_model() {
    let (code, _, err) = run(bin().current_dir(repo()).args([
        "init",
        "--model",
        "examples/ics-eksempel-kommune.yaml",
    ]));
    assert_eq!(code, 2);
    assert!(err.contains("er ikke en model"), "{err}");
}

/// A plan that uses a model keeps what it writes in a small mapping the model does
/// not have: its `calendar` (the summer closure) and a goal's `baseline`/`target`.
/// (The merge used to take them and drop them when the model had none.)
#[test]
fn a_plan_keeps_its_calendar_and_goal_values_when_the_model_has_none() {
    let dir = sandbox();
    let model = "kind: model\nid: m\ntitle: Model\nversion: 1.0.0\nphases:\n  i-gang: { duration: 12 months, exit_criteria: [Metoden bruges] }\nactivities:\n  moede: { phase: i-gang, every: 1 month, responsible: leder, length: 1 hours, contributes_to: [brug] }\nroles:\n  leder: { name: Leder }\ngoals:\n  brug: { statement: Metoden bruges, indicator: Andel sager, owner: leder }\n";
    std::fs::write(dir.path().join("repo/model.yaml"), model).expect("model");
    let plan = "id: p\ntitle: Plan\nuses: ../model.yaml\nstart: 2027-01-04\ncalendar:\n  closed: [\"2027-07-05..2027-07-30\"]\nroles:\n  leder: { owner: [Mette] }\ngoals:\n  brug:\n    baseline: { value: \"10 %\", date: 2026-12-01, source: Journalaudit }\n    target: { value: \"80 %\", by: 2027-12-31 }\n";
    std::fs::write(dir.path().join("repo/plans/p.yaml"), plan).expect("plan");
    let (code, out, err) = run(bin()
        .current_dir(dir.path().join("repo"))
        .args(["compile", "plans/p.yaml"]));
    assert_eq!(code, 0, "{out}{err}");
    let v: serde_json::Value = serde_json::from_str(&out).expect("json");
    assert_eq!(
        v["calendar"]["closed"],
        serde_json::json!([{ "from": "2027-07-05", "to": "2027-07-30" }])
    );
    let dates: Vec<&str> = v["activities"][0]["occurrences"]
        .as_array()
        .expect("occurrences")
        .iter()
        .map(|o| o["date"].as_str().unwrap_or(""))
        .collect();
    assert!(
        dates
            .iter()
            .all(|d| !("2027-07-05"..="2027-07-30").contains(d)),
        "{dates:?}"
    );
    let goal = &v["goals"][0];
    assert_eq!(goal["baseline"]["value"], "10 %", "{goal}");
    assert_eq!(goal["target"]["value"], "80 %", "{goal}");
}

/// A copy of the examples and models marked as a repository root (an unpacked archive
/// has no `.git`, and an example's `uses: ../../models/…` must stay inside the root).
fn examples_root() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    for part in ["examples", "models"] {
        copy_tree(&repo().join(part), &dir.path().join(part));
    }
    std::fs::create_dir(dir.path().join(".git")).expect("root marker");
    dir
}

/// A bundled example compiled from [`examples_root`].
fn compiled_example(plan: &str) -> serde_json::Value {
    let dir = examples_root();
    let (code, out, err) =
        run(bin()
            .current_dir(dir.path())
            .args(["compile", plan, "--as-of", "2027-11-01"]));
    assert_eq!(code, 0, "{plan}: {err}");
    serde_json::from_str(&out).expect("json")
}

fn occurrence_dates(plan: &serde_json::Value, id: &str) -> Vec<String> {
    plan["activities"]
        .as_array()
        .expect("activities")
        .iter()
        .find(|a| a["id"] == id)
        .unwrap_or_else(|| panic!("no activity {id}"))["occurrences"]
        .as_array()
        .expect("occurrences")
        .iter()
        .map(|o| o["date"].as_str().expect("date").to_string())
        .collect()
}

/// The co-creation example: three platforms as tracks of the model's per-track
/// templates, one on standby while it awaits the budget decision; a reality check on
/// every platform two weeks before each joint status meeting and the newsletter after
/// it; the coordinator meeting after every platform's first meeting; each
/// platform's tovholder counted on their own platform's meetings only.
#[test]
fn samskabelse_vestby_runs_its_platforms_as_tracks() {
    let plan = compiled_example("examples/models/samskabelse-vestby.yaml");
    let tracks: Vec<&str> = plan["tracks"]
        .as_array()
        .expect("tracks")
        .iter()
        .map(|t| t["id"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(tracks, ["natteliv", "unge", "station"]);
    let status = occurrence_dates(&plan, "faelles-statusmoede");
    assert_eq!(status, ["2027-08-30", "2028-02-29"]);
    for t in ["natteliv", "unge"] {
        assert_eq!(
            occurrence_dates(&plan, &format!("realitetstjek-{t}")),
            ["2027-08-16", "2028-02-15"]
        );
    }
    // On standby from 1 June to 18 October 2027: no reality check before the
    // August status meeting, no platform meetings in between.
    assert_eq!(
        occurrence_dates(&plan, "realitetstjek-station"),
        ["2028-02-15"]
    );
    assert!(
        occurrence_dates(&plan, "platformsmoede-station")
            .iter()
            .all(|d| d.as_str() >= "2027-10-18")
    );
    assert_eq!(
        occurrence_dates(&plan, "nyhedsbrev"),
        ["2027-09-13", "2028-03-14"]
    );
    // The coordinator meeting waits for every platform's first meeting.
    let firsts: Vec<String> = tracks
        .iter()
        .flat_map(|t| occurrence_dates(&plan, &format!("foerste-platformsmoede-{t}")))
        .collect();
    let coordinator = occurrence_dates(&plan, "tovholdermoede");
    assert!(
        firsts.iter().all(|f| f < &coordinator[0]),
        "{firsts:?} {coordinator:?}"
    );
    // Per person: each tovholder is in their own platform's track.
    let role = plan["roles"]
        .as_array()
        .expect("roles")
        .iter()
        .find(|r| r["id"] == "tovholder")
        .expect("tovholder");
    let people: Vec<(String, String)> = role["person_hours"]
        .as_array()
        .expect("person_hours")
        .iter()
        .map(|p| {
            (
                p["person"].as_str().unwrap_or("").to_string(),
                p["tracks"][0].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    assert_eq!(
        people,
        [
            ("Martin Juhl".to_string(), "natteliv".to_string()),
            ("Sara Ali".to_string(), "unge".to_string()),
            ("Jonas Vestergaard".to_string(), "station".to_string()),
        ]
    );
}

/// Good case handling's example: 17 case workers in three training groups of 5-7
/// (tracks with the people as members); each attends only their own group's
/// training meetings, so a person's month is a third of the role's.
#[test]
fn god_sagsbehandling_soeby_trains_in_three_groups() {
    let plan = compiled_example("examples/models/god-sagsbehandling-soeby.yaml");
    let tracks = plan["tracks"].as_array().expect("tracks");
    assert_eq!(tracks.len(), 3);
    for g in ["gruppe-1", "gruppe-2", "gruppe-3"] {
        assert!(!occurrence_dates(&plan, &format!("traeningsmoede-{g}")).is_empty());
    }
    let role = plan["roles"]
        .as_array()
        .expect("roles")
        .iter()
        .find(|r| r["id"] == "sagsbehandler")
        .expect("sagsbehandler");
    let people = role["person_hours"].as_array().expect("person_hours");
    assert_eq!(people.len(), 17);
    let month = |hours: &serde_json::Value, m: &str| {
        hours
            .as_array()
            .expect("months")
            .iter()
            .find(|x| x["month"] == m)
            .and_then(|x| x["hours"].as_f64())
            .unwrap_or(0.0)
    };
    let whole = month(&role["planned_hours"], "2028-01");
    for p in people {
        assert_eq!(p["tracks"].as_array().expect("tracks").len(), 1, "{p}");
        let own = month(&p["planned_hours"], "2028-01");
        assert!(own > 0.0 && own < whole, "{p}: {own} of {whole}");
    }
}

/// The Viborg theory of change (*Vis mig værdien*, Viborg Kommune, KL's ledertræf
/// 2014): every process goal is fed by an activity, every result goal by a process
/// goal (`contributes_to`), each with an indicator, a baseline and a target.
#[test]
fn vis_mig_vaerdien_chains_process_goals_to_result_goals() {
    let plan = compiled_example("examples/models/vis-mig-vaerdien-hoejby.yaml");
    let goals = plan["goals"].as_array().expect("goals");
    let level = |id: &str| {
        goals
            .iter()
            .find(|g| g["id"] == id)
            .map(|g| g["level"].as_str().unwrap_or("").to_string())
            .unwrap_or_default()
    };
    let fed_by_activity = |id: &str| {
        plan["activities"]
            .as_array()
            .expect("activities")
            .iter()
            .any(|a| {
                a["contributes_to"]
                    .as_array()
                    .is_some_and(|c| c.iter().any(|x| x == id))
            })
    };
    let (mut process, mut result) = (0, 0);
    for g in goals {
        let id = g["id"].as_str().expect("id");
        assert!(g["indicator"].is_string(), "{id}");
        assert!(g["baseline"]["value"].is_string(), "{id}");
        assert!(g["target"]["by"].is_string(), "{id}");
        match g["level"].as_str() {
            Some("process") => {
                process += 1;
                assert!(fed_by_activity(id), "process goal {id} has no activity");
            }
            Some("result") => {
                result += 1;
                let fed = goals.iter().any(|p| {
                    p["level"] == "process"
                        && p["contributes_to"]
                            .as_array()
                            .is_some_and(|c| c.iter().any(|x| x == id))
                });
                let via_result = goals.iter().any(|p| {
                    p["contributes_to"]
                        .as_array()
                        .is_some_and(|c| c.iter().any(|x| x == id))
                });
                assert!(fed || via_result, "result goal {id} is fed by no goal");
            }
            other => panic!("{id}: level {other:?}"),
        }
    }
    assert_eq!((process, result), (7, 5));
    assert_eq!(level("borgeren-hoert"), "result");
    let root = examples_root();
    let (code, out, err) = run(bin().current_dir(root.path()).args([
        "graph",
        "--goals",
        "examples/models/vis-mig-vaerdien-hoejby.yaml",
    ]));
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("Procesmål") && out.contains("Resultatmål"),
        "{out}"
    );
}
