//! Snapshots of every document type in every format for each example plan that
//! compiles (`examples/*.yaml`, `examples/models/*.yaml`): the aktivitetsplan
//! (HTML, Markdown, CSV and the cells of the XLSX), the first year's wheel (SVG and
//! HTML page), the role index and the first role (HTML and Markdown), and the plan
//! and first role calendars. Every other file is checked to render.

mod common;

use tovholder_render::{RenderOptions, aktivitetsplan, render, sheet, view};

#[test]
fn examples() {
    let root = common::repo();
    insta::glob!("../../../examples", "{*.yaml,models/*.yaml}", |path| {
        let rel = path
            .strip_prefix(root.canonicalize().unwrap())
            .or_else(|_| path.strip_prefix(&root))
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        let Some(plan) = common::compile(&rel) else {
            // A plan with errors (examples/mangler.yaml) is not rendered.
            return;
        };
        let files = render(&plan, &RenderOptions::default()).unwrap();
        let first_year = plan.start.0.year();
        let first_role = plan.roles.first().map(|r| r.id.clone()).unwrap_or_default();
        let wanted = [
            "aktivitetsplan.html".to_string(),
            "aktivitetsplan.md".to_string(),
            "aktivitetsplan.csv".to_string(),
            format!("aarshjul-{first_year}.svg"),
            format!("aarshjul-{first_year}.html"),
            "roller/index.html".to_string(),
            "roller/index.md".to_string(),
            format!("roller/{first_role}.html"),
            format!("roller/{first_role}.md"),
            "kalender.ics".to_string(),
            format!("kalender-{first_role}.ics"),
        ];
        for name in &wanted {
            let f = files
                .iter()
                .find(|f| &f.relative_path == name)
                .unwrap_or_else(|| panic!("{rel}: {name} was not rendered"));
            let text = String::from_utf8(f.bytes.clone()).unwrap();
            // Snapshot names say which document it is, not which role or year.
            let kind = name
                .replace(&format!("-{first_year}"), "")
                .replace(&format!("roller/{first_role}"), "roller/role")
                .replace(&format!("kalender-{first_role}"), "kalender-role")
                .replace('/', "__");
            insta::assert_snapshot!(kind, text);
        }
        let v = view::PlanView::new(&plan, plan.language);
        insta::assert_snapshot!(
            "aktivitetsplan.xlsx.cells",
            sheet::dump(&aktivitetsplan::sheets(&v))
        );
        // Everything else renders to non-empty, well-formed text.
        for f in &files {
            assert!(!f.bytes.is_empty(), "{rel}: {} is empty", f.relative_path);
            if !f.relative_path.ends_with(".xlsx") {
                let t = std::str::from_utf8(&f.bytes).unwrap();
                assert!(
                    !t.contains("{{") || t.contains("{{ 7*7"),
                    "{rel}: {} has unrendered template syntax",
                    f.relative_path
                );
            }
        }
    });
}

#[test]
fn every_example_renders_byte_identically_twice() {
    for rel in [
        "examples/ics-eksempel-kommune.yaml",
        "examples/models/samverkan-aelvby.yaml",
    ] {
        let plan = common::compile(rel).expect("the example compiles");
        let a = render(&plan, &RenderOptions::default()).unwrap();
        let b = render(&common::compile(rel).unwrap(), &RenderOptions::default()).unwrap();
        assert_eq!(a, b, "{rel}");
    }
}
