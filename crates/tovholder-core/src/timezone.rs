//! The time zones a plan's calendars can be in (`calendar.timezone`).
//!
//! A short list, vendored: the zones of Denmark (with Greenland and the Faroe
//! Islands), Sweden, the other Nordic countries and a few neighbours, each with its
//! TZif file copied from the IANA time zone database (`tz/`, tzdata 2025b) and read by
//! jiff. Vendored rather than read from the machine, so a plan names the same zone
//! with the same rules everywhere and calendars are byte-identical on every machine
//! (and on Windows, which has no zoneinfo). Calendars derive their `VTIMEZONE` from
//! these rules (see `tovholder-render`'s `ical`).
//!
//! Without the key, the zone follows the plan's holidays: `se` → `Europe/Stockholm`,
//! otherwise `Europe/Copenhagen` (see [`default_for`]).

use crate::calendar::HolidayRegion;

/// Every zone a plan may name, with its TZif data.
pub const ZONES: &[(&str, &[u8])] = &[
    (
        "Europe/Copenhagen",
        include_bytes!("../tz/Europe_Copenhagen"),
    ),
    ("Europe/Stockholm", include_bytes!("../tz/Europe_Stockholm")),
    ("America/Nuuk", include_bytes!("../tz/America_Nuuk")),
    ("Atlantic/Faroe", include_bytes!("../tz/Atlantic_Faroe")),
    (
        "America/Danmarkshavn",
        include_bytes!("../tz/America_Danmarkshavn"),
    ),
    (
        "America/Scoresbysund",
        include_bytes!("../tz/America_Scoresbysund"),
    ),
    ("America/Thule", include_bytes!("../tz/America_Thule")),
    ("Europe/Oslo", include_bytes!("../tz/Europe_Oslo")),
    ("Europe/Helsinki", include_bytes!("../tz/Europe_Helsinki")),
    ("Europe/Mariehamn", include_bytes!("../tz/Europe_Mariehamn")),
    (
        "Atlantic/Reykjavik",
        include_bytes!("../tz/Atlantic_Reykjavik"),
    ),
    ("Europe/Berlin", include_bytes!("../tz/Europe_Berlin")),
    ("Europe/London", include_bytes!("../tz/Europe_London")),
    ("UTC", include_bytes!("../tz/UTC")),
];

/// The zone's name as the list spells it (exactly, as the schema's `enum` does).
pub fn canonical(name: &str) -> Option<&'static str> {
    ZONES.iter().find(|(n, _)| *n == name).map(|(n, _)| *n)
}

/// The names of every zone, for messages.
pub fn names() -> Vec<&'static str> {
    ZONES.iter().map(|(n, _)| *n).collect()
}

/// The zone's rules (`None` for a name not in [`ZONES`]).
pub fn get(name: &str) -> Option<jiff::tz::TimeZone> {
    let (n, data) = ZONES.iter().find(|(n, _)| *n == name)?;
    jiff::tz::TimeZone::tzif(n, data).ok()
}

/// The zone of a plan without `calendar.timezone`: Swedish holidays, Swedish time.
pub fn default_for(region: HolidayRegion) -> &'static str {
    match region {
        HolidayRegion::Se => "Europe/Stockholm",
        _ => "Europe/Copenhagen",
    }
}

/// A plan's `calendar.timezone`: one of [`ZONES`].
#[derive(Clone, Debug, PartialEq, Eq, Hash, serde::Serialize)]
pub struct TimeZoneName(pub String);

impl TimeZoneName {
    pub fn parse(s: &str) -> Option<TimeZoneName> {
        canonical(s.trim()).map(|n| TimeZoneName(n.to_string()))
    }
}

impl schemars::JsonSchema for TimeZoneName {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "TimeZone".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let names = names();
        schemars::json_schema!({ "type": "string", "enum": names })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_zone_reads() {
        for (name, _) in ZONES {
            assert!(get(name).is_some(), "{name}");
        }
        assert_eq!(canonical("Europe/Stockholm"), Some("Europe/Stockholm"));
        assert_eq!(canonical("europe/stockholm"), None);
        assert_eq!(canonical("Mars/Olympus"), None);
    }

    #[test]
    fn nuuk_is_minus_two_in_winter_from_2024() {
        let tz = get("America/Nuuk").unwrap();
        let t = jiff::civil::date(2027, 1, 15).at(12, 0, 0, 0);
        let off = tz.to_offset(tz.to_timestamp(t).unwrap());
        assert_eq!(off.seconds(), -2 * 3600);
    }
}
