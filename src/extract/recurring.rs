//! Recurring times ("every Monday", "each two days", "weekly", "twice a year", "Thursdays at
//! 17:30", "Friday mornings"): read as the days between two occurrences. They are listed by
//! `crosscheck extract` and never become claims, since no one day is meant; what they take in
//! ("Monday", "two days") is no date or duration either.

use regex::Captures;

use super::time::{count, WEEKDAY};
use super::Mention;
use crate::pattern::{static_regex, LazyRegex};
use crate::rules::Kind;
use crate::value::{Interval, Unit, Value};

const DAYS_PER_MONTH: f64 = 30.4375;

pub struct SetRecogniser {
    pattern: LazyRegex,
    /// "at" between a recurring time and the time of day it happens at.
    at: LazyRegex,
    /// "each day" after a time of day: "3pm each day".
    each_day: LazyRegex,
}

impl SetRecogniser {
    pub(crate) fn new() -> SetRecogniser {
        let count = super::time::COUNT;
        SetRecogniser {
            pattern: static_regex(&format!(
                r"(?i:\b(?:every|each)\s+(?:(?P<other>other)\s+)?(?:(?P<n>{count})\s+)?(?P<unit>minute|hour|day|week|month|year|quarter|morning|afternoon|evening|night|weekend|{WEEKDAY})s?\b)|\b(?P<adverb>daily|weekly|monthly|quarterly|annually|yearly|annual|everyday|hourly|fortnightly|biweekly)\b|(?i:\b(?P<times>once|twice|one|\d{{1,2}}\s+times|two\s+times|three\s+times)\s+(?:a|an|per|each)\s+(?P<per>hour|day|week|month|quarter|year)\b)|\b(?P<weekdays>{WEEKDAY})(?:s(?:\s+(?:mornings|afternoons|evenings|nights))?|\s+(?:mornings|afternoons|evenings|nights))\b|\b(?P<parts>mornings|afternoons|evenings|nights)\b"
            )),
            at: static_regex(r"^\s+at\s+"),
            each_day: static_regex(r"(?i)^\s+(?:each|every)\s+day\b"),
        }
    }

    /// The recurring times of a sentence. `times` are its dates and times of day: one right
    /// after "at" joins the recurring time ("each Monday at 4pm"), as does one right before
    /// "each day" ("3pm each day").
    pub fn find(&self, sentence: &str, times: &[Mention]) -> Vec<Mention> {
        let mut found = Vec::new();
        for c in self.pattern.captures_iter(sentence) {
            let (Some(whole), Some(days)) = (c.get(0), period(&c)) else {
                continue;
            };
            // The time of day may be read with the day before it ("Monday at 4pm").
            let at = self.at.find(&sentence[whole.end()..]).map(|a| whole.end() + a.end());
            let end = times
                .iter()
                .find(|t| t.kind == Kind::Time && at.is_some_and(|at| t.start <= at && at < t.end))
                .map_or(whole.end(), |t| t.end);
            found.push(Mention {
                kind: Kind::Set,
                start: whole.start(),
                end,
                value: period_value(days),
                weekday: None,
                no_such_day: false,
            });
        }
        for t in times.iter().filter(|t| t.kind == Kind::Time) {
            if let Some(each) = self.each_day.find(&sentence[t.end..]) {
                found.push(Mention {
                    kind: Kind::Set,
                    start: t.start,
                    end: t.end + each.end(),
                    value: period_value(1.0),
                    weekday: None,
                    no_such_day: false,
                });
            }
        }
        // "3pm each day" holds "each day".
        let outer: Vec<(usize, usize)> = found.iter().map(|m| (m.start, m.end)).collect();
        found.retain(|m| {
            !outer
                .iter()
                .any(|&(s, e)| s <= m.start && m.end <= e && (s, e) != (m.start, m.end))
        });
        found
    }
}

/// The days between two occurrences a match names.
fn period(c: &Captures) -> Option<f64> {
    let unit_days = |unit: &str| -> Option<f64> {
        let unit = unit.to_lowercase();
        Some(match unit.as_str() {
            "minute" => 1.0 / 1440.0,
            "hour" => 1.0 / 24.0,
            "day" | "morning" | "afternoon" | "evening" | "night" => 1.0,
            "week" | "weekend" => 7.0,
            "month" => DAYS_PER_MONTH,
            "quarter" => 3.0 * DAYS_PER_MONTH,
            "year" => 365.25,
            _ if super::time::is_weekday_name(&unit) => 7.0,
            _ => return None,
        })
    };
    if let Some(unit) = c.name("unit") {
        let n = c.name("n").map_or(Some(1), |n| count(n.as_str()))? as f64;
        let every_other = if c.name("other").is_some() { 2.0 } else { 1.0 };
        return Some(unit_days(unit.as_str())? * n * every_other);
    }
    if let Some(adverb) = c.name("adverb") {
        return Some(match adverb.as_str() {
            "hourly" => 1.0 / 24.0,
            "daily" | "everyday" => 1.0,
            "weekly" => 7.0,
            "fortnightly" | "biweekly" => 14.0,
            "monthly" => DAYS_PER_MONTH,
            "quarterly" => 3.0 * DAYS_PER_MONTH,
            _ => 365.25,
        });
    }
    if let (Some(times), Some(per)) = (c.name("times"), c.name("per")) {
        let lower = times.as_str().to_lowercase();
        let n = match lower.as_str() {
            "once" | "one" => 1,
            "twice" => 2,
            written => count(written.trim_end_matches("times").trim())?,
        };
        return Some(unit_days(per.as_str())? / n as f64);
    }
    if c.name("weekdays").is_some() {
        return Some(7.0);
    }
    c.name("parts").map(|_| 1.0)
}

fn period_value(days: f64) -> Value {
    Value::Amount {
        value: days,
        interval: Interval::exact(days),
        unit: Unit::Days,
        hedge: None,
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::Recognisers;
    use crate::rules::{Kind, RuleSet};

    /// Each recurring time with the days between two occurrences; what it takes in is no
    /// date, time of day or duration, and no claim.
    #[test]
    fn recurring_times_and_what_they_take_in() {
        let rules = RuleSet::defaults().unwrap();
        let recognisers = Recognisers::new(&rules).unwrap();
        let read = |s: &str| -> Vec<(String, String, String)> {
            recognisers
                .all_mentions(s, None, crate::extract::DateOrder::Unknown)
                .into_iter()
                .map(|m| {
                    (
                        m.kind.as_str().to_string(),
                        s[m.start..m.end].to_string(),
                        m.value.reading(),
                    )
                })
                .collect()
        };
        let set = |text: &str, reading: &str| ("set".to_string(), text.to_string(), reading.to_string());
        assert_eq!(
            read("The market closes every Sunday and reopens each Monday at 4pm."),
            [set("every Sunday", "7 days"), set("each Monday at 4pm", "7 days")]
        );
        assert_eq!(
            read("Trains leave every 15 minutes."),
            [set("every 15 minutes", "0.0104 days")]
        );
        assert_eq!(
            read("Staff meet every other Friday."),
            [set("every other Friday", "14 days")]
        );
        assert_eq!(
            read("The board meets twice a year and the team 3 times a week."),
            [
                set("twice a year", "182.625 days"),
                set("3 times a week", "2.3333 days")
            ]
        );
        assert_eq!(
            read("It reports quarterly, at 3pm each day."),
            [set("quarterly", "91.3125 days"), set("3pm each day", "1 days")]
        );
        // "The Daily Mail" is a name.
        assert_eq!(read("The Daily Mail said so."), []);
        assert!(recognisers
            .mentions(
                "The market closes every Sunday at 4pm.",
                None,
                crate::extract::DateOrder::Unknown
            )
            .iter()
            .all(|m| m.kind != Kind::Set && m.kind != Kind::Date && m.kind != Kind::Time));
    }
}
