//! The plan's journals from the file system (the core's `JournalSource`), and the
//! as-of date of `check`, `compile` and `render`.
//!
//! A journal is `<plan-file-stem>.log.yaml` beside the plan, or the files the plan's
//! `log:` names. Paths follow the rules of `uses` (see `models.rs`, whose loader this
//! reuses): relative to the plan, inside the repository root unless
//! `--allow-outside-root`, regular files only, never URLs.
//!
//! The as-of date is `--as-of`, else `SOURCE_DATE_EPOCH` (reproducible runs), else
//! today in Europe/Copenhagen. The clock is read here, never in the core.

use crate::models::FsModels;
use std::path::{Path, PathBuf};
use tovholder_core::journal::JournalSource;
use tovholder_core::merge::ModelSource;
use tovholder_core::messages::CliMsg;
use tovholder_core::model::Date;
use tovholder_core::{FileId, Lang, SourceMap};

pub struct FsJournals {
    files: FsModels,
    plan: PathBuf,
}

impl FsJournals {
    pub fn new(plan_path: &Path, plan_file: FileId, allow_outside_root: bool, lang: Lang) -> Self {
        FsJournals {
            files: FsModels::new(plan_path, plan_file, allow_outside_root, lang),
            plan: plan_path.to_path_buf(),
        }
    }
}

/// `plan.yaml` → `plan.log.yaml` beside it.
pub fn beside_path(plan: &Path) -> PathBuf {
    let stem = plan
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    plan.with_file_name(format!("{stem}.log.yaml"))
}

impl JournalSource for FsJournals {
    fn load(
        &mut self,
        sources: &mut SourceMap,
        from: FileId,
        path: &str,
    ) -> Result<FileId, String> {
        self.files.load(sources, from, path)
    }
    fn beside(
        &mut self,
        sources: &mut SourceMap,
        plan: FileId,
    ) -> Result<Option<FileId>, (String, String)> {
        let path = beside_path(&self.plan);
        // `symlink_metadata`: a dangling link beside the plan is reported, not ignored.
        if std::fs::symlink_metadata(&path).is_err() {
            return Ok(None);
        }
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        self.files
            .load(sources, plan, &name)
            .map(Some)
            .map_err(|reason| (path.display().to_string(), reason))
    }
}

/// The as-of date: `flag`, else `SOURCE_DATE_EPOCH`, else today in Europe/Copenhagen.
pub fn as_of(flag: Option<Date>) -> Result<Date, CliMsg> {
    if let Some(d) = flag {
        return Ok(d);
    }
    let now = match std::env::var("SOURCE_DATE_EPOCH") {
        Ok(s) => {
            let bad = || CliMsg::BadSourceDateEpoch { value: s.clone() };
            let secs = s.trim().parse::<i64>().map_err(|_| bad())?;
            jiff::Timestamp::from_second(secs).map_err(|_| bad())?
        }
        Err(_) => jiff::Timestamp::now(),
    };
    Ok(Date(copenhagen_date(now)))
}

/// The civil date in Europe/Copenhagen at `t`: from the system's time zone database
/// (jiff's `tzdb-zoneinfo`), else — a system without one — by the EU rule Denmark has
/// followed since 1996 (CET, +1; CEST, +2, from 01:00 UTC on the last Sunday of March
/// to 01:00 UTC on the last Sunday of October).
pub fn copenhagen_date(t: jiff::Timestamp) -> jiff::civil::Date {
    if let Ok(tz) = jiff::tz::TimeZone::get("Europe/Copenhagen") {
        return t.to_zoned_datetime(tz).date();
    }
    eu_rule_date(t)
}

fn eu_rule_date(t: jiff::Timestamp) -> jiff::civil::Date {
    use jiff::civil::{Weekday, date};
    let utc = t.to_zoned_datetime(jiff::tz::TimeZone::UTC);
    let year = utc.year();
    let last_sunday = |month: i8| {
        let last = date(year, month, 1).last_of_month();
        last.nth_weekday_of_month(-1, Weekday::Sunday)
            .unwrap_or(last)
    };
    let switch = |d: jiff::civil::Date| {
        d.at(1, 0, 0, 0)
            .to_zoned_datetime(jiff::tz::TimeZone::UTC)
            .map(|z| z.timestamp())
    };
    let summer = match (switch(last_sunday(3)), switch(last_sunday(10))) {
        (Ok(a), Ok(b)) => t >= a && t < b,
        _ => false,
    };
    let hours = if summer { 2 } else { 1 };
    let offset = jiff::tz::Offset::constant(hours);
    t.to_zoned_datetime(jiff::tz::TimeZone::fixed(offset))
        .date()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copenhagen_midnight() {
        // 2027-06-30 22:30 UTC is 00:30 on 1 July in Copenhagen (CEST).
        let t: jiff::Timestamp = "2027-06-30T22:30:00Z".parse().unwrap();
        assert_eq!(copenhagen_date(t).to_string(), "2027-07-01");
        assert_eq!(eu_rule_date(t).to_string(), "2027-07-01");
        // 2027-01-15 23:30 UTC is 00:30 on 16 January (CET).
        let t: jiff::Timestamp = "2027-01-15T23:30:00Z".parse().unwrap();
        assert_eq!(copenhagen_date(t).to_string(), "2027-01-16");
        assert_eq!(eu_rule_date(t).to_string(), "2027-01-16");
        // 22:30 UTC in winter is still the same day.
        let t: jiff::Timestamp = "2027-01-15T22:30:00Z".parse().unwrap();
        assert_eq!(eu_rule_date(t).to_string(), "2027-01-15");
    }

    #[test]
    fn beside() {
        assert_eq!(
            beside_path(Path::new("a/plan.yaml")),
            PathBuf::from("a/plan.log.yaml")
        );
    }
}
