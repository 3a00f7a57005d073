//! Holidays ("Christmas", "Thanksgiving", "Easter Monday", "Black Friday 2010"), from the
//! lexicon's `[holidays]`: fixed days ("12-25"), the nth or last weekday of a month ("4th
//! thursday of november"), or Easter, each with an optional shift in days ("easter -2" is
//! Good Friday). A holiday without a year is the one nearest the reference on the side the
//! sentence speaks of, as a date without a year is.

use std::collections::BTreeMap;

use jiff::civil::{Date, Weekday};

use super::time::{in_nearest_year, weekday, YEAR};
use super::Mention;
use crate::error::Error;
use crate::pattern::LazyRegex;
use crate::rules::{Kind, Lexicon};
use crate::value::{Grain, Span, Value};

/// How to find a holiday's day in a year.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Rule {
    Fixed {
        month: i8,
        day: i8,
    },
    /// The nth (1-5) weekday of a month, or the last when `nth` is -1.
    NthWeekday {
        nth: i8,
        weekday: Weekday,
        month: i8,
    },
    Easter,
}

pub struct Holidays {
    /// Holiday names, longest first, then an optional year: "Christmas Eve 2025", "Easter of
    /// 2024", "Thanksgiving, 2019". Names are matched as the lexicon writes them: "a new
    /// independence day" is a phrase, "Independence Day" the holiday.
    pattern: Option<LazyRegex>,
    /// Lower-case name -> rule and shift in days.
    rules: BTreeMap<String, (Rule, i64)>,
}

impl Holidays {
    pub(crate) fn new(lexicon: &Lexicon) -> Result<Holidays, Error> {
        let mut rules = BTreeMap::new();
        for (name, written) in &lexicon.holidays {
            let rule = parse(written).ok_or_else(|| {
                let files: Vec<String> = lexicon.files.iter().map(|p| p.display().to_string()).collect();
                Error::Usage(format!(
                    "{}: holiday `{name}` = \"{written}\": a day is \"MM-DD\", \"Nth weekday of month\", \"last weekday of month\" or \"easter\", with an optional shift such as \" +1\"",
                    files.join(", ")
                ))
            })?;
            rules.insert(name.to_lowercase(), rule);
        }
        let mut names: Vec<&String> = lexicon.holidays.keys().collect();
        names.sort_by_key(|n| std::cmp::Reverse(n.len()));
        let pattern = if names.is_empty() {
            None
        } else {
            let names: Vec<String> = names.iter().map(|n| regex::escape(n).replace(' ', r"\s+")).collect();
            Some(lexicon.compile(
                "holiday",
                &format!(r"\b({})\b(?:(?:\s+(?:of\s+)?|\s*,\s*)({YEAR})\b)?", names.join("|")),
            )?)
        };
        Ok(Holidays { pattern, rules })
    }

    /// The holidays a sentence names. `future`: whether the sentence speaks of the future.
    pub fn find(&self, sentence: &str, reference: Option<Date>, future: bool) -> Vec<Mention> {
        let Some(pattern) = &self.pattern else {
            return Vec::new();
        };
        let mut found = Vec::new();
        for c in pattern.captures_iter(sentence) {
            let (Some(whole), Some(name)) = (c.get(0), c.get(1)) else {
                continue;
            };
            let key = name
                .as_str()
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .to_lowercase();
            let Some(&(rule, shift)) = self.rules.get(&key) else {
                continue;
            };
            let on = |year: i64| {
                let day = day_in(rule, i16::try_from(year).ok()?)?
                    .checked_add(jiff::Span::new().days(shift))
                    .ok()?;
                Some(Span {
                    first: day,
                    last: day,
                    grain: Grain::Day,
                })
            };
            let span = match c.get(2).and_then(|y| y.as_str().parse::<i64>().ok()) {
                Some(year) => on(year),
                None => reference.and_then(|r| in_nearest_year(r, future, on)),
            };
            if let Some(span) = span {
                found.push(Mention {
                    kind: Kind::Date,
                    start: whole.start(),
                    end: whole.end(),
                    value: Value::Time { span },
                    weekday: None,
                    no_such_day: false,
                });
            }
        }
        found
    }
}

fn day_in(rule: Rule, year: i16) -> Option<Date> {
    match rule {
        Rule::Fixed { month, day } => Date::new(year, month, day).ok(),
        Rule::NthWeekday { nth, weekday, month } => {
            Date::new(year, month, 1).ok()?.nth_weekday_of_month(nth, weekday).ok()
        }
        Rule::Easter => easter(year),
    }
}

/// Easter Sunday of a Gregorian year, by the anonymous algorithm (Meeus, Astronomical
/// Algorithms, ch. 8).
fn easter(year: i16) -> Option<Date> {
    let y = i32::from(year);
    let (a, b, c) = (y % 19, y / 100, y % 100);
    let (d, e) = (b / 4, b % 4);
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    Date::new(year, i8::try_from(month).ok()?, i8::try_from(day).ok()?).ok()
}

/// A lexicon day: "12-25", "4th thursday of november", "last monday of may", "easter", and
/// an optional shift in days ("easter -2", "4th thursday of november +1").
fn parse(written: &str) -> Option<(Rule, i64)> {
    let lower = written.trim().to_lowercase();
    let (rule, shift) = match lower.rsplit_once(' ') {
        Some((rule, shift)) if shift.starts_with(['+', '-']) => (rule.trim(), shift.parse::<i64>().ok()?),
        _ => (lower.as_str(), 0),
    };
    if rule == "easter" {
        return Some((Rule::Easter, shift));
    }
    if let Some((month, day)) = rule.split_once('-') {
        let (month, day) = (month.parse().ok()?, day.parse().ok()?);
        Date::new(2000, month, day).ok()?;
        return Some((Rule::Fixed { month, day }, shift));
    }
    let words: Vec<&str> = rule.split_whitespace().collect();
    let [nth, day, "of", month] = words[..] else {
        return None;
    };
    let nth = match nth {
        "last" => -1,
        _ => nth
            .trim_end_matches(|c: char| c.is_alphabetic())
            .parse()
            .ok()
            .filter(|n| (1..=5).contains(n))?,
    };
    let month = i8::try_from(super::time::month(month)?).ok()?;
    Some((
        Rule::NthWeekday {
            nth,
            weekday: weekday(day)?,
            month,
        },
        shift,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn easter_by_the_anonymous_algorithm() {
        assert_eq!(easter(2024), Some(date(2024, 3, 31)));
        assert_eq!(easter(2025), Some(date(2025, 4, 20)));
        assert_eq!(easter(2026), Some(date(2026, 4, 5)));
        assert_eq!(easter(2019), Some(date(2019, 4, 21)));
    }

    #[test]
    fn lexicon_days() {
        assert_eq!(parse("12-25"), Some((Rule::Fixed { month: 12, day: 25 }, 0)));
        assert_eq!(parse("easter -2"), Some((Rule::Easter, -2)));
        assert_eq!(
            parse("4th thursday of november +1"),
            Some((
                Rule::NthWeekday {
                    nth: 4,
                    weekday: Weekday::Thursday,
                    month: 11
                },
                1
            ))
        );
        assert_eq!(
            parse("last monday of may").map(|(r, _)| day_in(r, 2026)),
            Some(Some(date(2026, 5, 25)))
        );
        assert_eq!(parse("02-30"), None);
        assert_eq!(parse("sixth monday of may"), None);
    }

    /// A user's holiday that names no day is an error naming the lexicon files.
    #[test]
    fn a_holiday_without_a_day_is_an_error_naming_the_lexicon() {
        let lexicon = Lexicon {
            files: vec!["mine/days.lexicon.toml".into()],
            holidays: [("Founders Day".to_string(), "the first warm day".to_string())].into(),
            ..Lexicon::default()
        };
        let Err(err) = Holidays::new(&lexicon) else {
            panic!("a holiday without a day was read");
        };
        let shown = err.to_string();
        assert!(shown.contains("mine/days.lexicon.toml"), "{shown}");
        assert!(shown.contains("Founders Day"), "{shown}");
    }
}
