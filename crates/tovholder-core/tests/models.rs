//! Merge semantics of `uses`: add, override, remove, nested models, cycles, version pins,
//! and diagnostics that point into the file that wrote the value.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use tovholder_core::merge::ModelSource;
use tovholder_core::{
    CheckOptions, Checked, FileId, Level, SourceFile, SourceMap, check_with_models,
};

/// Reads models from disk relative to the file that uses them (what the CLI does, minus the root checks).
struct Dir {
    paths: HashMap<FileId, PathBuf>,
}

impl ModelSource for Dir {
    fn load(
        &mut self,
        sources: &mut SourceMap,
        from: FileId,
        path: &str,
    ) -> Result<FileId, String> {
        let base = self
            .paths
            .get(&from)
            .and_then(|p| p.parent())
            .ok_or("no base")?
            .to_path_buf();
        let target = base.join(path);
        if let Some((id, _)) = self.paths.iter().find(|(_, p)| **p == target) {
            return Ok(*id);
        }
        let meta = std::fs::metadata(&target).map_err(|e| e.to_string())?;
        if !meta.is_file() {
            return Err("not a file".into());
        }
        let text = std::fs::read_to_string(&target).map_err(|e| e.to_string())?;
        let id = sources.add(SourceFile::new(target.display().to_string(), text));
        self.paths.insert(id, target);
        Ok(id)
    }
}

fn check(name: &str) -> (SourceMap, Checked) {
    let rel = PathBuf::from("tests/models").join(name);
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    std::env::set_current_dir(&root).expect("repo root");
    let text = std::fs::read_to_string(&rel).expect("fixture");
    let mut sources = SourceMap::new();
    let file = sources.add(SourceFile::new(rel.display().to_string(), text));
    let mut dir = Dir {
        paths: HashMap::from([(file, rel)]),
    };
    let checked = check_with_models(&mut sources, file, &CheckOptions::default(), &mut dir);
    (sources, checked)
}

fn rules_at(sources: &SourceMap, c: &Checked) -> Vec<(String, String, usize)> {
    c.diags
        .iter()
        .map(|d| {
            let loc = tovholder_core::diag::Location::of(sources, d.span());
            (d.rule.to_string(), loc.file, loc.line)
        })
        .collect()
}

#[test]
fn add_override_remove_and_nested_models() {
    let (_, c) = check("plan-merge.yaml");
    assert!(c.diags.is_empty(), "{:#?}", c.diags);
    let plan = &c.plan;
    assert!(!plan.is_model(), "the merged plan is a plan, not the model");
    // nested: base.yaml's activities and derived.yaml's checklist are both there
    assert!(plan.activities.contains_key("opstartsmoede"));
    assert!(plan.checklists.contains_key("forberedelse"));
    // removed from derived.yaml
    assert!(!plan.activities.contains_key("evaluering"));
    // added by the plan
    assert!(plan.activities.contains_key("temadag"));
    // overridden field by field: every and length from the plan, the rest from the model
    let lm = &plan.activities["laeringsmoede"];
    assert_eq!(
        lm.every.as_ref().map(|e| e.value.to_string()),
        Some("1 month".to_string())
    );
    assert_eq!(lm.length.as_ref().map(|l| l.value.min_minutes), Some(90));
    assert_eq!(
        lm.responsible.as_ref().map(|r| r.value.as_str()),
        Some("superbruger")
    );
    // model's baseline source kept, plan's value added? No: a written mapping replaces the model's mapping
    let goal = &plan.goals["brug-af-metoden"];
    assert_eq!(
        goal.indicator.as_ref().map(|i| i.value.as_str()),
        Some("Andel nye sager efter metoden")
    );
    assert_eq!(
        goal.baseline
            .as_ref()
            .and_then(|b| b.value.as_ref())
            .map(|v| v.value.0.as_str()),
        Some("20 %")
    );
    // the plan's own fields win
    assert_eq!(
        plan.id.as_ref().map(|s| s.value.as_str()),
        Some("merge-plan")
    );
    // spans: values from the model point into the model file, the plan's into the plan
    assert_ne!(
        lm.responsible.as_ref().map(|r| r.span.file),
        lm.every.as_ref().map(|e| e.span.file)
    );
}

#[test]
fn model_errors_point_at_the_right_file() {
    let (sources, c) = check("plan-errors.yaml");
    let got = rules_at(&sources, &c);
    assert!(
        got.contains(&(
            "model-version-mismatch".into(),
            "tests/models/plan-errors.yaml".into(),
            6
        )),
        "{got:?}"
    );
    assert!(
        got.contains(&(
            "unknown-removal".into(),
            "tests/models/plan-errors.yaml".into(),
            9
        )),
        "{got:?}"
    );
    assert!(
        got.contains(&(
            "override-unknown-id".into(),
            "tests/models/plan-errors.yaml".into(),
            14
        )),
        "{got:?}"
    );
    assert!(
        got.contains(&(
            "unknown-reference".into(),
            "tests/models/plan-errors.yaml".into(),
            15
        )),
        "{got:?}"
    );
    let removal = c
        .diags
        .iter()
        .find(|d| d.rule == "unknown-removal")
        .expect("removal");
    assert_eq!(removal.help.as_deref(), Some("mente du `laeringsmoede`?"));
    let version = c
        .diags
        .iter()
        .find(|d| d.rule == "model-version-mismatch")
        .expect("version");
    let other = version.labels.get(1).expect("a label in the model");
    assert_eq!(sources.name(other.span.file), "tests/models/base.yaml");
    let text: String = c
        .diags
        .iter()
        .map(|d| tovholder_core::report::render_plain(&sources, d, c.lang))
        .collect::<Vec<_>>()
        .join("\n");
    insta::assert_snapshot!("model_errors", text);
}

#[test]
fn finding_on_an_overridden_entity_labels_both_files() {
    let (sources, c) = check("plan-missing-owner.yaml");
    let d = c
        .diags
        .iter()
        .find(|d| d.rule == "role-without-owner")
        .expect("finding");
    assert_eq!(d.level, Level::Warning);
    assert_eq!(
        sources.name(d.span().file),
        "tests/models/plan-missing-owner.yaml"
    );
    assert!(
        d.labels
            .iter()
            .any(|l| sources.name(l.span.file) == "tests/models/base.yaml")
    );
    insta::assert_snapshot!(
        "two_files",
        tovholder_core::report::render_plain(&sources, d, c.lang)
    );
}

#[test]
fn uses_cycles_are_reported() {
    let (sources, c) = check("plan-cycle.yaml");
    let d = c
        .diags
        .iter()
        .find(|d| d.rule == "uses-cycle")
        .expect("cycle");
    assert!(
        d.message
            .contains("cycle-a.yaml → tests/models/cycle-b.yaml → tests/models/cycle-a.yaml"),
        "{}",
        d.message
    );
    assert!(
        !c.diags.iter().any(|d| d.rule == "override-unknown-id"),
        "short ids are not typo candidates"
    );
    let _ = sources;
}

#[test]
fn uses_must_point_at_a_model_file() {
    let (_, c) = check("plan-not-model.yaml");
    assert!(c.diags.iter().any(|d| d.rule == "not-a-model"));
    let (_, c) = check("plan-folder.yaml");
    assert!(c.diags.iter().any(|d| d.rule == "model-unavailable"));
}

#[test]
fn model_findings_are_not_repeated_for_every_plan() {
    // base.yaml has no finding of its own; a plan that leaves a role unfilled gets one,
    // and it is the plan's (the model cannot fill in people).
    for k in ["nordby", "soeby", "vestby"] {
        let (_, c) = check(&format!("kommuner/{k}.yaml"));
        assert!(c.diags.is_empty(), "{k}: {:#?}", c.diags);
    }
}
