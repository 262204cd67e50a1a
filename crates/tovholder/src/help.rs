//! What the command line says about itself: every subcommand's `--help` ends with an
//! example and its exit codes (added here to the declared commands, so each command's
//! file keeps only its arguments), `tovholder completions SHELL` (clap_complete) and
//! `tovholder man` (clap_mangen). clap's texts are English, as all of `--help` is.

use crate::exit;
use crate::output;
use clap::{Args, CommandFactory, FromArgMatches};
use std::path::PathBuf;

/// The exit codes of a command that only prints (`rules`, `schema`, …).
const EXIT_PRINTS: &str = "\
Exit codes:
  0  printed
  2  usage error, or an internal failure";

/// The exit codes of a command that checks a plan before its own work.
const EXIT_PLAN: &str = "\
Exit codes:
  0  done (warnings are noted on stderr)
  1  the plan (or its configuration) has error-level findings: nothing was done
  2  usage error, unreadable path, refused write, or an internal failure";

/// Each subcommand's examples and exit codes (`--help` shows them after the options).
const AFTER_HELP: &[(&str, &str, &str)] = &[
    (
        "check",
        "\
Examples:
  tovholder check                                  # every plan under the current folder
  tovholder check examples/ --format concise
  tovholder check plans/ --format sarif --output-file tovholder.sarif
  tovholder check - --stdin-filename plans/nordby.yaml < plans/nordby.yaml
  tovholder check plans/ --statistics
  tovholder check plans/ --diff                    # the safe fixes as a diff; --fix applies them",
        "\
Exit codes:
  0  no error-level finding (with --exit-zero: whatever was found; with --diff: nothing to fix)
  1  at least one error-level finding, or a warning with --deny warnings (with --diff: a fix to apply)
  2  usage error, unreadable path, refused --output-file, a file --fix could not write, or an internal failure",
    ),
    (
        "rules",
        "\
Examples:
  tovholder rules
  tovholder rules --lang da
  tovholder rules --markdown > docs/rules.md",
        EXIT_PRINTS,
    ),
    (
        "explain",
        "\
Examples:
  tovholder explain role-without-owner
  tovholder explain goal-without-baseline --lang sv",
        "\
Exit codes:
  0  printed
  2  no such rule (a close name is suggested), usage error, or an internal failure",
    ),
    (
        "schema",
        "\
Examples:
  tovholder schema > schemas/plan.schema.json
  tovholder schema --log > schemas/log.schema.json",
        EXIT_PRINTS,
    ),
    (
        "init",
        "\
Examples:
  tovholder init --model models/ics.yaml --organisation \"Nordby Kommune\" --out nordby.yaml",
        "\
Exit codes:
  0  the plan was written (or printed)
  1  the model has error-level findings
  2  usage error, unreadable model, refused write, or an internal failure",
    ),
    (
        "compile",
        "\
Examples:
  tovholder compile examples/ics-eksempel-kommune.yaml > compiled.json
  tovholder compile plan.yaml --until 2027-12-31
  tovholder compile --schema",
        EXIT_PLAN,
    ),
    (
        "graph",
        "\
Examples:
  tovholder graph examples/ics-eksempel-kommune.yaml
  tovholder graph plan.yaml --format dot --activities | dot -Tsvg > plan.svg",
        EXIT_PLAN,
    ),
    (
        "render",
        "\
Examples:
  tovholder render examples/ics-eksempel-kommune.yaml          # into out/<plan-id>/
  tovholder render plan.yaml --out docs/plan --only aktivitetsplan,ical",
        EXIT_PLAN,
    ),
    (
        "templates",
        "\
Examples:
  tovholder templates export my-templates/",
        "\
Exit codes:
  0  the templates were written
  2  usage error, refused write, or an internal failure",
    ),
    (
        "record",
        "\
Examples:
  tovholder record plan.yaml held styregruppemoede --date 2027-03-04 --note \"9 deltagere\"
  tovholder record plan.yaml cancelled netvaerksmoede --reason \"sygdom\"
  tovholder record plan.yaml measured andel-sager \"48 %\" --source \"Fagsystem, marts\"",
        "\
Exit codes:
  0  the entry was added to the journal
  1  the entry (or the plan) has error-level findings: nothing was written
  2  usage error, unreadable path, refused write, or an internal failure",
    ),
    (
        "status",
        "\
Examples:
  tovholder status examples/ics-eksempel-kommune.yaml
  tovholder status plan.yaml --as-of 2027-06-30",
        EXIT_PLAN,
    ),
    (
        "diff",
        "\
Examples:
  tovholder diff --rev godkendt-2027-02 plans/nordby.yaml
  tovholder diff HEAD~3:plan.yaml plan.yaml --format markdown
  tovholder diff old.yaml new.yaml --format json
  git config diff.tovholder.command 'tovholder diff --git-external'   # with *.yaml diff=tovholder",
        "\
Exit codes:
  0  no difference (--git-external: also a difference, as git requires)
  1  the versions differ
  2  usage error, unreadable file or revision, a plan that is not YAML, or an internal failure",
    ),
    (
        "completions",
        "\
Examples:
  tovholder completions bash > ~/.local/share/bash-completion/completions/tovholder
  tovholder completions zsh > \"${fpath[1]}/_tovholder\"
  tovholder completions fish > ~/.config/fish/completions/tovholder.fish
  tovholder completions powershell >> $PROFILE",
        EXIT_PRINTS,
    ),
    (
        "man",
        "\
Examples:
  tovholder man | man -l -
  tovholder man --dir man/man1      # tovholder.1, tovholder-check.1, …",
        "\
Exit codes:
  0  printed or written
  2  usage error, refused write, or an internal failure",
    ),
];

/// The command line with every subcommand's examples and exit codes.
pub fn command() -> clap::Command {
    let mut cmd = crate::Cli::command().after_help(
        "Run `tovholder COMMAND --help` for a command's examples and exit codes.\n\
         Exit codes: 0 fine, 1 error-level findings, 2 usage error, unreadable path or failure.",
    );
    for (name, examples, codes) in AFTER_HELP {
        if cmd.find_subcommand(name).is_some() {
            cmd = cmd.mut_subcommand(*name, |sub| {
                sub.after_help(format!("{examples}\n\n{codes}"))
            });
        }
    }
    cmd
}

/// Parse the command line through [`command`].
pub fn parse() -> Result<crate::Cli, clap::Error> {
    let mut cmd = command();
    let matches = cmd.try_get_matches_from_mut(std::env::args_os())?;
    crate::Cli::from_arg_matches(&matches).map_err(|e| e.format(&mut cmd))
}

#[derive(Args, Debug)]
pub struct CompletionsArgs {
    /// The shell: bash, zsh, fish, powershell or elvish.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

/// `tovholder completions SHELL`: the completion script on stdout.
pub fn completions(args: &CompletionsArgs) -> u8 {
    let mut cmd = command();
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut cmd, "tovholder", &mut script);
    output::print(&String::from_utf8_lossy(&script));
    exit::OK
}

#[derive(Args, Debug)]
pub struct ManArgs {
    /// Write a page per command (`tovholder.1`, `tovholder-check.1`, …) into DIR instead of printing `tovholder.1`.
    #[arg(long, value_name = "DIR")]
    pub dir: Option<PathBuf>,
}

/// The man pages: `tovholder` and one per subcommand (`tovholder-check`, …), as
/// (file name, roff).
pub fn man_pages() -> Vec<(String, Vec<u8>)> {
    fn collect(cmd: &clap::Command, out: &mut Vec<(String, Vec<u8>)>) {
        let name = cmd
            .get_display_name()
            .unwrap_or_else(|| cmd.get_name())
            .to_string();
        let mut page = Vec::new();
        if clap_mangen::Man::new(cmd.clone()).render(&mut page).is_ok() {
            out.push((format!("{name}.1"), page));
        }
        for sub in cmd.get_subcommands() {
            if sub.get_name() != "help" {
                collect(sub, out);
            }
        }
    }
    let mut cmd = command();
    cmd.build();
    let mut out = Vec::new();
    collect(&cmd, &mut out);
    out
}

/// `tovholder man [--dir DIR]`.
pub fn man(args: &ManArgs) -> u8 {
    use tovholder_core::Lang;
    use tovholder_core::messages::CliMsg;
    let pages = man_pages();
    let Some(dir) = &args.dir else {
        if let Some((_, page)) = pages.first() {
            output::print(&String::from_utf8_lossy(page));
        }
        return exit::OK;
    };
    // The path policy for output: the folder must lie inside the repository root.
    if let Err(msg) = crate::paths::check_output_dir(dir) {
        crate::plan::error(&msg, Lang::En);
        return exit::FAILURE;
    }
    if let Err(e) = std::fs::create_dir_all(dir) {
        let path = dir.display().to_string();
        let reason = e.to_string();
        crate::plan::error(&CliMsg::CannotCreate { path, reason }, Lang::En);
        return exit::FAILURE;
    }
    for (name, page) in &pages {
        let path = dir.join(name);
        let refused = std::fs::symlink_metadata(&path).is_ok_and(|m| !m.is_file());
        let written = if refused {
            Err(CliMsg::TargetNotARegularFile {
                path: path.display().to_string(),
            })
        } else {
            output::write_atomically(&path, &String::from_utf8_lossy(page)).map_err(|e| {
                CliMsg::CannotWrite {
                    path: path.display().to_string(),
                    reason: e.to_string(),
                }
            })
        };
        if let Err(msg) = written {
            crate::plan::error(&msg, Lang::En);
            return exit::FAILURE;
        }
    }
    exit::OK
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_command_line_is_consistent() {
        command().debug_assert();
    }

    #[test]
    fn every_subcommand_has_examples_and_exit_codes() {
        let cmd = command();
        for sub in cmd.get_subcommands() {
            let after = sub
                .get_after_help()
                .map(|h| h.to_string())
                .unwrap_or_default();
            assert!(after.contains("Examples:"), "{}", sub.get_name());
            assert!(after.contains("Exit codes:"), "{}", sub.get_name());
        }
    }
}
