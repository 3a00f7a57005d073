//! Times: absolute dates ("May 19, 2026", "19 May 2026", "2026-05-19", "5/19/2026"), dates
//! without a year ("May 19th", resolved against the reference date), months, quarters, parts of
//! a year ("early 2024", "the end of 2028"), years and decades. Each becomes a span of days.

use jiff::civil::{Date, Weekday};
use regex::{Captures, Regex};

use super::Mention;
use crate::rules::Kind;
use crate::value::{Grain, Span, Value};

const MONTH: &str = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)";
const WEEKDAY: &str = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
const YEAR: &str = r"(?:1[89]\d\d|2[01]\d\d)";

/// One pattern of the time recogniser and how to read its captures.
struct Pattern {
    re: Regex,
    /// The whole match is the date ("Q3 2026", "the 1990s"), not just its captured parts.
    whole: bool,
    read: fn(&Captures, Option<Date>) -> Option<Span>,
}

pub struct TimeRecogniser {
    patterns: Vec<Pattern>,
    weekday_before: Regex,
}

impl TimeRecogniser {
    pub fn new() -> TimeRecogniser {
        let p = |re: String, read| Pattern {
            re: Regex::new(&re).expect("time pattern"),
            whole: false,
            read,
        };
        let whole = |re: String, read| Pattern {
            whole: true,
            ..p(re, read)
        };
        // Order matters: earlier (more specific) patterns claim their text first.
        let patterns = vec![
            p(format!(r"\b({YEAR})-(\d\d)-(\d\d)\b"), |c, _| {
                day(num(c, 1)?, num(c, 2)?, num(c, 3)?)
            }),
            p(format!(r"\b(\d{{1,2}})/(\d{{1,2}})/({YEAR})\b"), |c, _| {
                // Month first, as in American usage, unless the first number cannot be a month.
                let (a, b) = (num(c, 1)?, num(c, 2)?);
                if a > 12 {
                    day(num(c, 3)?, b, a)
                } else {
                    day(num(c, 3)?, a, b)
                }
            }),
            p(
                format!(r"\b({MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,\s*|\s+)({YEAR})\b"),
                |c, _| day(num(c, 3)?, month(&c[1])?, num(c, 2)?),
            ),
            p(
                format!(r"\b(\d{{1,2}}(?:st|nd|rd|th)?)\s+(?:of\s+)?({MONTH}),?\s+({YEAR})\b"),
                |c, _| day(num(c, 3)?, month(&c[2])?, num(c, 1)?),
            ),
            p(
                format!(r"\b({MONTH})\s+(\d{{1,2}}(?:st|nd|rd|th)?)\b(?:[^\d,]|,\s*[^\d\s]|$)"),
                |c, r| day(r?.year() as i64, month(&c[1])?, num(c, 2)?),
            ),
            p(
                format!(r"\b(\d{{1,2}}(?:st|nd|rd|th)?)\s+(?:of\s+)?({MONTH})\b"),
                |c, r| day(r?.year() as i64, month(&c[2])?, num(c, 1)?),
            ),
            p(
                format!(
                    r"\b(?i:(early|mid|late|the\s+(?:end|start|beginning|middle|first\s+half|second\s+half)\s+of|the\s+(?:spring|summer|autumn|fall|winter)\s+of|spring|summer|autumn|fall|winter))[\s-]+(?:of\s+)?({YEAR})\b"
                ),
                |c, _| part(&c[1], num(c, 2)?),
            ),
            whole(
                format!(r"\b(?i:Q([1-4])|the\s+(first|second|third|fourth)\s+quarter\s+of)\s+({YEAR})\b"),
                |c, _| quarter(c, num(c, 3)?),
            ),
            p(format!(r"\b({MONTH})\s+(?:of\s+)?({YEAR})\b"), |c, _| {
                let first = Date::new(num(c, 2)? as i16, month(&c[1])? as i8, 1).ok()?;
                Some(Span {
                    first,
                    last: first.last_of_month(),
                    grain: Grain::Month,
                })
            }),
            p(
                format!(r"\b(?i:in|since|by|until|from|during|early|late|mid|since|last|this|next)[\s-]+({MONTH})\b"),
                |c, r| {
                    let first = Date::new(r?.year(), month(&c[1])? as i8, 1).ok()?;
                    Some(Span {
                        first,
                        last: first.last_of_month(),
                        grain: Grain::Month,
                    })
                },
            ),
            whole(r"\bthe\s+((?:1[89]|20)\d0)s\b".to_string(), |c, _| {
                let y = num(c, 1)?;
                Some(Span {
                    first: Date::new(y as i16, 1, 1).ok()?,
                    last: Date::new(y as i16 + 9, 12, 31).ok()?,
                    grain: Grain::Decade,
                })
            }),
            p(r"\b(?i:(today|yesterday|tomorrow))\b".to_string(), |c, r| {
                let shift = match c[1].to_lowercase().as_str() {
                    "yesterday" => -1,
                    "tomorrow" => 1,
                    _ => 0,
                };
                let d = r?.checked_add(jiff::Span::new().days(shift)).ok()?;
                Some(Span {
                    first: d,
                    last: d,
                    grain: Grain::Day,
                })
            }),
            p(
                r"\b(?i:(last|this|next|earlier\s+this|later\s+this)\s+(week|month|year))\b".to_string(),
                |c, r| relative_period(&c[1].to_lowercase(), &c[2].to_lowercase(), r?),
            ),
            // A weekday alone ("late on Tuesday") is the latest such day up to the reference:
            // news reports what has happened.
            p(format!(r"\b({WEEKDAY})\b"), |c, r| {
                let r = r?;
                let wanted = weekday(&c[1])?;
                let back = (r.weekday().to_monday_zero_offset() - wanted.to_monday_zero_offset()).rem_euclid(7);
                let d = r.checked_sub(jiff::Span::new().days(i64::from(back))).ok()?;
                Some(Span {
                    first: d,
                    last: d,
                    grain: Grain::Day,
                })
            }),
            p(format!(r"(?:^|[^\w$€£.,/-])({YEAR})(?:\b|$)"), |c, _| {
                year(num(c, 1)?)
            }),
        ];
        TimeRecogniser {
            patterns,
            weekday_before: Regex::new(&format!(r"\b({WEEKDAY}),?\s+(?:the\s+)?$")).unwrap(),
        }
    }

    /// Every time in a sentence, earliest first. Dates without a year need `reference`.
    pub fn find(&self, sentence: &str, reference: Option<Date>) -> Vec<Mention> {
        let mut found: Vec<Mention> = Vec::new();
        for pattern in &self.patterns {
            for c in pattern.re.captures_iter(sentence) {
                // The span runs from the first to the last captured part: the context a
                // pattern needed around the date ("in", a following comma) stays out.
                let whole = c.get(0).expect("a match has a group 0");
                let groups = || c.iter().skip(1).flatten();
                let first = groups().map(|m| m.start()).min().unwrap_or(whole.start());
                let last = groups().map(|m| m.end()).max().unwrap_or(whole.end());
                let (start, end) = if pattern.whole {
                    (whole.start(), whole.end())
                } else {
                    (first, last)
                };
                if found.iter().any(|t| t.start < end && start < t.end) {
                    continue;
                }
                let Some(span) = (pattern.read)(&c, reference) else {
                    continue;
                };
                let (start, weekday) = match self.weekday_before.captures(&sentence[..start]) {
                    Some(w) => (w.get(1).unwrap().start(), weekday(&w[1])),
                    None => (start, None),
                };
                found.push(Mention {
                    kind: Kind::Date,
                    start,
                    end,
                    value: Value::Time { span },
                    weekday,
                });
            }
        }
        found.sort_by_key(|t| t.start);
        found
    }
}

impl Default for TimeRecogniser {
    fn default() -> Self {
        Self::new()
    }
}

/// The leading digits of a capture ("19th" -> 19).
fn num(c: &Captures, i: usize) -> Option<i64> {
    let text = c.get(i)?.as_str();
    let digits = text.find(|ch: char| !ch.is_ascii_digit()).unwrap_or(text.len());
    text[..digits].parse().ok()
}

fn day(y: i64, m: i64, d: i64) -> Option<Span> {
    let date = Date::new(y.try_into().ok()?, m.try_into().ok()?, d.try_into().ok()?).ok()?;
    Some(Span {
        first: date,
        last: date,
        grain: Grain::Day,
    })
}

/// "last week", "this month", "earlier this year": calendar periods around the reference.
fn relative_period(which: &str, unit: &str, r: Date) -> Option<Span> {
    let step = match which.split_whitespace().next()? {
        "last" => -1,
        "next" => 1,
        _ => 0,
    };
    let (first, last, grain) = match unit {
        "week" => {
            let monday = r
                .checked_sub(jiff::Span::new().days(i64::from(r.weekday().to_monday_zero_offset())))
                .ok()?;
            let first = monday.checked_add(jiff::Span::new().weeks(step)).ok()?;
            (first, first.checked_add(jiff::Span::new().days(6)).ok()?, Grain::Week)
        }
        "month" => {
            let first = r.first_of_month().checked_add(jiff::Span::new().months(step)).ok()?;
            (first, first.last_of_month(), Grain::Month)
        }
        _ => {
            let y = r.year() + step as i16;
            (Date::new(y, 1, 1).ok()?, Date::new(y, 12, 31).ok()?, Grain::Year)
        }
    };
    // "earlier this month" ends at the reference, "later this month" starts after it.
    let (first, last) = match which {
        w if w.starts_with("earlier") => (first, r.min(last)),
        w if w.starts_with("later") => (r.max(first), last),
        _ => (first, last),
    };
    Some(Span { first, last, grain })
}

/// A dateline ("AMSTERDAM, March 3 (Newswire) -", "CAMBRIDGE, Mass., 2026-03-06 --") dates
/// the article, not an event in it.
pub fn is_dateline(first_in_paragraph: bool, sentence: &str, m: &Mention) -> bool {
    let before = sentence[..m.start].trim_end();
    let after = sentence[m.end..].trim_start();
    first_in_paragraph
        && m.start <= 48
        && (before.ends_with(',') || before.is_empty())
        && after.starts_with(['-', '—', '–', '('])
}

fn year(y: i64) -> Option<Span> {
    let y: i16 = y.try_into().ok()?;
    Some(Span {
        first: Date::new(y, 1, 1).ok()?,
        last: Date::new(y, 12, 31).ok()?,
        grain: Grain::Year,
    })
}

fn month(name: &str) -> Option<i64> {
    const NAMES: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let lower = name.to_lowercase();
    NAMES.iter().position(|n| lower.starts_with(n)).map(|i| i as i64 + 1)
}

fn weekday(name: &str) -> Option<Weekday> {
    Some(match &name.to_lowercase()[..3] {
        "mon" => Weekday::Monday,
        "tue" => Weekday::Tuesday,
        "wed" => Weekday::Wednesday,
        "thu" => Weekday::Thursday,
        "fri" => Weekday::Friday,
        "sat" => Weekday::Saturday,
        "sun" => Weekday::Sunday,
        _ => return None,
    })
}

/// The months a part of a year covers: early = January to April, mid = May to August, late =
/// September to December; the end of a year is its last quarter, the start its first.
fn part(words: &str, y: i64) -> Option<Span> {
    let words = words.to_lowercase();
    let words = words.split_whitespace().collect::<Vec<_>>().join(" ");
    let (from, to) = match words.trim_start_matches("the ").trim_end_matches(" of") {
        "early" => (1, 4),
        "mid" | "middle" => (5, 8),
        "late" => (9, 12),
        "end" => (10, 12),
        "start" | "beginning" => (1, 3),
        "first half" => (1, 6),
        "second half" => (7, 12),
        "spring" => (3, 5),
        "summer" => (6, 8),
        "autumn" | "fall" => (9, 11),
        "winter" => (1, 2),
        _ => return None,
    };
    let y: i16 = y.try_into().ok()?;
    Some(Span {
        first: Date::new(y, from, 1).ok()?,
        last: Date::new(y, to, 1).ok()?.last_of_month(),
        grain: Grain::Part,
    })
}

fn quarter(c: &Captures, y: i64) -> Option<Span> {
    let q = match c.get(1) {
        Some(m) => m.as_str().parse::<i8>().ok()?,
        None => match &c[2] {
            "first" => 1,
            "second" => 2,
            "third" => 3,
            _ => 4,
        },
    };
    let y: i16 = y.try_into().ok()?;
    let first = Date::new(y, (q - 1) * 3 + 1, 1).ok()?;
    Some(Span {
        first,
        last: Date::new(y, q * 3, 1).ok()?.last_of_month(),
        grain: Grain::Quarter,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn read(text: &str, reference: Option<Date>) -> Vec<(String, String)> {
        TimeRecogniser::new()
            .find(text, reference)
            .into_iter()
            .map(|t| (text[t.start..t.end].to_string(), t.value.reading()))
            .collect()
    }

    #[test]
    fn absolute_dates_in_the_usual_forms() {
        let expect =
            |t: &str, text: &str| assert_eq!(read(t, None), [(text.to_string(), "2026-05-19".to_string())], "{t}");
        expect("On May 19, 2026, he posted.", "May 19, 2026");
        expect("He posted on 19 May 2026.", "19 May 2026");
        expect("Dated 2026-05-19 here.", "2026-05-19");
        expect("Dated 5/19/2026 here.", "5/19/2026");
        expect("Dated 19/5/2026 here.", "19/5/2026");
    }

    #[test]
    fn dates_without_a_year_take_the_reference_year() {
        let r = Some(date(2026, 6, 1));
        assert_eq!(
            read("Sources confirmed it on May 19th.", r),
            [("May 19th".into(), "2026-05-19".into())]
        );
        assert!(read("Sources confirmed it on May 19th.", None).is_empty());
    }

    #[test]
    fn months_parts_quarters_years_and_decades() {
        assert_eq!(
            read("He left in early 2024.", None),
            [("early 2024".into(), "2024-01-01..2024-04-30".into())]
        );
        assert_eq!(
            read("It ships in Q3 2026.", None),
            [("Q3 2026".into(), "2026-07-01..2026-09-30".into())]
        );
        assert_eq!(
            read("He joined in March 2026.", None),
            [("March 2026".into(), "2026-03-01..2026-03-31".into())]
        );
        assert_eq!(
            read("He left OpenAI in 2017.", None),
            [("2017".into(), "2017-01-01..2017-12-31".into())]
        );
        assert_eq!(
            read("by the end of 2028", None),
            [("the end of 2028".into(), "2028-10-01..2028-12-31".into())]
        );
    }

    #[test]
    fn weekday_next_to_a_date_is_kept() {
        let found = TimeRecogniser::new().find("It happened on Thursday, March 6, 2026.", None);
        assert_eq!(found[0].weekday, Some(Weekday::Thursday));
    }

    #[test]
    fn numbers_that_are_not_dates() {
        assert!(read("It costs $2024 and 2:30 and 24/7 and Claude 1.", None).is_empty());
    }
}
