//! Times: absolute dates ("May 19, 2026", "19 May 2026", "2026-05-19", "5/19/2026"), dates
//! without a year ("May 19th", resolved against the reference date), months, quarters, parts of
//! a year ("early 2024", "the end of 2028"), years and decades. Each becomes a span of days.

use jiff::civil::{Date, Weekday};
use regex::Captures;
use std::sync::OnceLock;

use super::numbers::small_number_word;
use super::{quote, Mention};
use crate::pattern::{static_regex, LazyRegex, StaticSet};
use crate::rules::Kind;
use crate::value::{Grain, Span, Value};

/// Month names in any case, but "may" and "march" only capitalised: in lower case they are a
/// verb far more often than a month.
const MONTH: &str = r"(?:(?i:January|February|April|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)|May|MAY|March|MARCH|Mar\.?)";
pub(super) const WEEKDAY: &str = r"(?i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
/// A weekday or its abbreviation, capitalised ("Thu 9th", "Tue., March 17"): in lower case
/// "sat" and "wed" are verbs.
const WEEKDAY_OR_SHORT: &str =
    r"(?:(?i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.?)";
/// The year to date, as a stretch a change ran over: "year to date", "so far this year", "YTD".
pub(crate) const YEAR_TO_DATE: &str = r"(?i:year[\s-]to[\s-]date|so\s+far\s+this\s+year|this\s+year\s+so\s+far)|YTD";
pub(super) const YEAR: &str = r"(?:1[89]\d\d|2[01]\d\d)";
/// A year written in words, as people say one: "nineteen ninety six", "nineteen oh five",
/// "twenty twenty", "two thousand and fifteen", "one thousand seven hundred and eighty nine"
/// (read by `year_number`).
const YEAR_WORDS: &str = r"(?i:(?:eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)[\s-]+(?:(?:oh|zero)[\s-]+(?:one|two|three|four|five|six|seven|eight|nine)|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?|hundred)|(?:one|two)\s+thousand(?:\s+(?:and\s+)?(?:(?:one|two|three|four|five|six|seven|eight|nine)\s+hundred(?:\s+and)?\s+)?(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|one|two|three|four|five|six|seven|eight|nine)|\s+(?:one|two|three|four|five|six|seven|eight|nine)\s+hundred)?)\b";
/// What may stand between a day of the month and its year: "May 19, 2026", "Dec. 31 , 1994",
/// "May 19 2026", "July 4th of 1995", "28 June in 2020".
const YEAR_JOINT: &str = r"(?:\s*,\s*|\s+|\s+(?i:of|in)\s+)";
/// How many of a unit: "3", "two", "eleven", "a few", "a couple of".
pub(super) const COUNT: &str =
    r"\d{1,3}|a\s+few|few|a\s+couple\s+of|a\s+couple|couple\s+of|couple|a|an|[a-z]+(?:-[a-z]+)?";
/// A quarter of a year: "Q3", "q3", "the third quarter", "3rd quarter" (read by `quarter`).
const QUARTER: &str = r"(?i:Q(?P<qn>[1-4])|(?:the\s+)?(?P<qw>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter)";
/// A day of the month in words: "first", "twenty-second", "thirty first", and after a month
/// the cardinal too ("May twenty one").
const DAY_WORDS: &str = r"(?i:(?:twenty|thirty)[- ]?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|one|two|three|four|five|six|seven|eight|nine)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)";

/// The characters that part a sentence into clauses (`future_clauses` keeps a comma before a
/// figure inside its date).
const CLAUSE_BREAKS: [char; 6] = [',', ';', '(', ')', '–', '—'];

/// What a pattern needs besides its captures: the reference date, and whether the sentence
/// speaks of the future ("will release in December") or, as news mostly does, the past.
struct When {
    reference: Option<Date>,
    future: bool,
    /// Whether the date is an end ("through Q1", "until"): in a sentence about the future, a
    /// period it names without a year is the coming one.
    deadline: bool,
    order: DateOrder,
}

/// The order in which a source writes the day and the month of a date in figures, from its
/// own evidence (`TimeRecogniser::date_order`): "10/11/2013" is 10 November in a source that writes
/// "22/04/2013" or "10 November 2013", 11 October in one that writes "4/22/2013" or
/// "November 10, 2013".
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum DateOrder {
    /// No evidence: slashes and dashes month first (American usage), dots day first.
    #[default]
    Unknown,
    MonthFirst,
    DayFirst,
}

impl DateOrder {
    /// Whether two ambiguous figures read day first, `otherwise` without evidence.
    fn day_first(self, otherwise: bool) -> bool {
        match self {
            DateOrder::Unknown => otherwise,
            DateOrder::MonthFirst => false,
            DateOrder::DayFirst => true,
        }
    }
}

/// One pattern of the time recogniser and how to read its captures.
struct Pattern {
    re: LazyRegex,
    /// The whole match is the date ("Q3 2026", "the 1990s"), not just its captured parts.
    whole: bool,
    read: fn(&Captures, &When) -> Option<Span>,
}

pub struct TimeRecogniser {
    patterns: Vec<Pattern>,
    /// Every pattern at once: one pass over a sentence says which patterns match in it, so
    /// only those are run for their captures (most sentences hold no date).
    any: StaticSet,
    /// The index of the bare-year pattern, whose matches get a second look.
    bare_year: usize,
    weekday_before: LazyRegex,
    /// A day of the month alone: "the 14th", "Friday the 15th", "Thursday the 21".
    bare_day: LazyRegex,
    /// A date in figures with its year, and its two first numbers: "22/04/2026", "4-22-26",
    /// "19.05.2026" (`date_order`).
    numeric_date: LazyRegex,
    /// A day before its month in words ("22 April", "the 3rd of May"), or after it ("April
    /// 22") (`date_order`).
    day_month: LazyRegex,
    /// What joins two dates into a range: "to", "until", "through", a dash; "and" after
    /// "between".
    range_joint: LazyRegex,
    and_joint: LazyRegex,
    /// "from" or "between" right before a range's first date, which its span takes in.
    from_before: LazyRegex,
    between_before: LazyRegex,
    /// "between now and" right before a date, "and now" right after one after "between": the
    /// range's other end is the reference.
    now_before: LazyRegex,
    and_now_after: LazyRegex,
    /// A weekday written inside the date itself ("Friday", "last Friday").
    weekday_within: LazyRegex,
    /// A whole date a pattern could not read, in the forms that write a day of a month:
    /// "Feb 30", "30 February 2026", "2/29/2019", "2019-02-29" (`no_such_day`).
    day_of_month: LazyRegex,
    /// What opens a date at one end, right before it ("since", "before", "no later than").
    open_before: LazyRegex,
    future: LazyRegex,
    /// A future told in the past or a possible one ("said it would ship from March 16", "a deal
    /// could be announced as early as Sunday"; "may" in lower case, not the month), and the
    /// word after.
    would: LazyRegex,
}

impl TimeRecogniser {
    pub(crate) fn new() -> TimeRecogniser {
        let p = |re: String, read| Pattern {
            re: static_regex(&re),
            whole: false,
            read,
        };
        let whole = |re: String, read| Pattern {
            whole: true,
            ..p(re, read)
        };
        const ORD: &str = r"(?:st|nd|rd|th)?";
        // A year written after its day or month, in figures or in words ("September 10,
        // nineteen zero one").
        let written_year = format!(r"(?:{YEAR}|{YEAR_WORDS})");
        // Order matters: earlier (more specific) patterns claim their text first.
        let patterns = vec![
            p(format!(r"\b({YEAR})-(\d\d)-(\d\d)\b"), |c, _| {
                day(num(c, 1)?, num(c, 2)?, num(c, 3)?)
            }),
            // "2015/08/12", "2015.5.13": year first, then month and day.
            p(format!(r"\b({YEAR})[/.](\d{{1,2}})[/.](\d{{1,2}})\b"), |c, _| {
                day(num(c, 1)?, num(c, 2)?, num(c, 3)?)
            }),
            p(format!(r"\b(\d{{1,2}})/(\d{{1,2}})/({YEAR}|\d\d)\b"), |c, w| {
                numeric_date(c, w.order.day_first(false))
            }),
            p(format!(r"\b(\d{{1,2}})-(\d{{1,2}})-({YEAR}|\d\d)\b"), |c, w| {
                numeric_date(c, w.order.day_first(false))
            }),
            // With dots only a full year: "3.12.1" is a version, "19.05.2026" a date. Dots are
            // the European style, day first ("10.11.2013" is 10 November).
            p(format!(r"\b(\d{{1,2}})\.(\d{{1,2}})\.({YEAR})\b"), |c, w| {
                numeric_date(c, w.order.day_first(true))
            }),
            // "05-Aug-2016", "23/Sep/2020", "Sep-23-2020", "2019-sep-1": months by name
            // between dashes or slashes.
            p(format!(r"\b(\d{{1,2}})[-/]({MONTH})[-/]({YEAR})\b"), |c, _| {
                day(num(c, 3)?, month(&c[2])?, num(c, 1)?)
            }),
            p(format!(r"\b({MONTH})[-/](\d{{1,2}})[-/]({YEAR})\b"), |c, _| {
                day(num(c, 3)?, month(&c[1])?, num(c, 2)?)
            }),
            p(format!(r"\b({YEAR})[-/]({MONTH})[-/](\d{{1,2}})\b"), |c, _| {
                day(num(c, 1)?, month(&c[2])?, num(c, 3)?)
            }),
            p(format!(r"\b({MONTH})[-/]({YEAR})\b"), |c, _| {
                month_span(num(c, 2)?, month(&c[1])?)
            }),
            // A reporting period told by its end: "the three months to April 30", "the fiscal
            // year ended January 31, 2026", "its six months ending June 30", "the year to
            // March" (its last day). The period runs back from the day after its end. (Not a
            // delay: "postponed by six months to September".)
            whole(
                format!(
                    r"\b(?i:(?:the|its|their)\s+(?:(three|six|nine|twelve|3|6|9|12)\s+months|(?:(?:fiscal|financial)\s+)?(?:(?:first|second|third|fourth)\s+)?(?:(?:fiscal|financial)\s+)?(year|quarter|half))\s+(?:to|ended|ending|through)\s+)({MONTH})(?:\s+(\d{{1,2}})(?:st|nd|rd|th)?)?(?:,?\s+({YEAR}))?\b"
                ),
                |c, w| {
                    let months: i64 = match c.get(1).map(|n| n.as_str().to_lowercase()) {
                        Some(n) => match n.as_str() {
                            "three" | "3" => 3,
                            "six" | "6" => 6,
                            "nine" | "9" => 9,
                            _ => 12,
                        },
                        None => match c.get(2)?.as_str().to_lowercase().as_str() {
                            "quarter" => 3,
                            "half" => 6,
                            _ => 12,
                        },
                    };
                    let m = month(&c[3])?;
                    let end = match (num(c, 4), num(c, 5)) {
                        (Some(d), Some(y)) => day(y, m, d)?.last,
                        (Some(d), None) => yearless(w, m, Some(d))?.last,
                        (None, Some(y)) => month_span(y, m)?.last,
                        (None, None) => yearless(w, m, None)?.last,
                    };
                    let first = end.tomorrow().ok()?.checked_sub(jiff::Span::new().months(months)).ok()?;
                    Some(Span { first, last: end, grain: Grain::Part })
                },
            ),
            // "the first Friday of July", "the second Monday of next month", and alone "the
            // second Sunday" (of the reference's month). Alone, "last Sunday" is the one before
            // the reference, and "the first Monday after the vote" or "the first Sunday without
            // power" counts from something else.
            whole(
                format!(
                    r"\b(?i:(?:the\s+|(a|an|every|each|another)\s+)?(first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)\s+)({WEEKDAY})(?:\s+(?i:of|in)\s+(?:(?i:(this|next|last|previous)\s+month)|({MONTH})(?:\s+({YEAR}))?)\b|\s+(?i:(after|before|following|since|of|in|on|at|that|when|without|with))\b)?"
                ),
                |c, w| {
                    // "for a second Sunday", "every second Tuesday" count occasions.
                    if c.get(1).is_some() {
                        return None;
                    }
                    let alone = c.get(4).is_none() && c.get(5).is_none();
                    if alone && (c.get(7).is_some() || c[2].eq_ignore_ascii_case("last")) {
                        return None;
                    }
                    let n: i8 = match c[2].to_lowercase().get(..3)? {
                        "fir" | "1st" => 1,
                        "sec" | "2nd" => 2,
                        "thi" | "3rd" => 3,
                        "fou" | "4th" => 4,
                        "fif" | "5th" => 5,
                        _ => -1,
                    };
                    let m = match (c.get(4), c.get(5)) {
                        (Some(which), _) => relative_period(&which.as_str().to_lowercase().replace("previous", "last"), "month", w.reference?)?,
                        (_, Some(name)) => match num(c, 6) {
                            Some(y) => month_span(y, month(name.as_str())?)?,
                            None => yearless(w, month(name.as_str())?, None)?,
                        },
                        _ => relative_period("this", "month", w.reference?)?,
                    };
                    let d = m.first.nth_weekday_of_month(n, weekday(&c[3])?).ok()?;
                    Some(Span { first: d, last: d, grain: Grain::Day })
                },
            ),
            // "the first week of October", "the last week of 2019": weeks Monday to Sunday,
            // the first the one holding the 4th, the last the one holding the 28th of December
            // or the fourth day before a month's end (as ISO 8601 counts a year's weeks).
            whole(
                format!(r"\b(?:(?i:the)\s+)?(?i:(first|second|third|fourth|last)\s+week\s+of)\s+(?:({MONTH})(?:,?\s+({YEAR}))?|({YEAR}))\b"),
                |c, w| {
                    let within = match (c.get(2), c.get(4)) {
                        (Some(name), _) => match num(c, 3) {
                            Some(y) => month_span(y, month(name.as_str())?)?,
                            None => yearless(w, month(name.as_str())?, None)?,
                        },
                        (_, Some(_)) => years(num(c, 4)?, num(c, 4)?)?,
                        _ => return None,
                    };
                    let anchor = match c[1].to_lowercase().as_str() {
                        "last" => within.last.checked_sub(jiff::Span::new().days(3)).ok()?,
                        nth => {
                            let n = ["first", "second", "third", "fourth"].iter().position(|w| *w == nth)?;
                            within.first.checked_add(jiff::Span::new().days(3 + 7 * n as i64)).ok()?
                        }
                    };
                    week_of(anchor)
                },
            ),
            // "the week of May 4" (its Monday to Sunday), "the week starting February 4", "w/c
            // Feb 4" (that day and the six after it).
            whole(
                format!(r"\b(?i:(?:the\s+)?week\s+(of|starting|beginning|commencing)(?:\s+on)?|(w/c))\s+({MONTH})\s+(\d{{1,2}}){ORD}(?:,?\s+({YEAR}))?\b"),
                |c, w| {
                    let (m, d) = (month(&c[3])?, num(c, 4)?);
                    let date = match num(c, 5) {
                        Some(y) => day(y, m, d)?,
                        None => yearless(w, m, Some(d))?,
                    };
                    if c.get(1).is_some_and(|of| of.as_str().eq_ignore_ascii_case("of")) {
                        week_of(date.first)
                    } else {
                        let last = date.first.checked_add(jiff::Span::new().days(6)).ok()?;
                        Some(Span { first: date.first, last, grain: Grain::Week })
                    }
                },
            ),
            // "week 10", "the week 31", "Week 52 of 2025": a week of the year as ISO 8601
            // numbers them (Monday to Sunday; week 1 holds the year's first Thursday), of the
            // reference's year when none is written. Capitalised only with its year: sports news
            // writes a season's weeks so ("won in Week 10"). Only before the end, punctuation, a
            // time or a joining word: not a season's or a trial's week ("week 10 of the NFL
            // season", "week 2 of the trial"), nor "week 10 games".
            p(
                format!(r"\b(?:(?i:the)\s+)?((?:week\s+(?P<n>\d{{1,2}})|(?i:week)\s+(?P<ny>\d{{1,2}})(?:\s+(?i:of|in)|,)?\s+(?P<year>{YEAR})))(?:\s*$|\s*[.,;:!?)]|\s+\d|\s+(?i:and|or|to|through|until|till|at|on|from)\b)"),
                |c, w| {
                    let week = i8::try_from(num_named(c, "n").or(num_named(c, "ny"))?).ok()?;
                    let year = match num_named(c, "year") {
                        Some(y) => i16::try_from(y).ok()?,
                        None => w.reference?.year(),
                    };
                    let monday = jiff::civil::ISOWeekDate::new(year, week, jiff::civil::Weekday::Monday).ok()?.date();
                    week_of(monday)
                },
            ),
            // "Friday 7/6", "this friday 5/12": a day and month in figures, no year, only next to
            // a weekday (alone "7/6" is as often a fraction or a score).
            whole(
                format!(r"\b(?:(?i:this|next|last)\s+)?{WEEKDAY},?\s+(\d{{1,2}})[/.-](\d{{1,2}})\b"),
                |c, w| {
                    let (m, d) = month_day(num(c, 1)?, num(c, 2)?, w.order);
                    yearless(w, m, Some(d))
                },
            ),
            // "from 10/1 to 11/7", "between 5/12 and 5/19": a range of days and months in
            // figures.
            whole(
                r"\b(?i:from|between)\s+(\d{1,2})/(\d{1,2})\s*(?i:to|until|till|through|and|-|–)\s*(\d{1,2})/(\d{1,2})\b".to_string(),
                |c, w| {
                    let (m, d) = month_day(num(c, 1)?, num(c, 2)?, w.order);
                    let first = yearless(w, m, Some(d))?;
                    let (m, d) = month_day(num(c, 3)?, num(c, 4)?, w.order);
                    let last = yearless(w, m, Some(d))?;
                    // "from 10/25 to 01/25": the end in the year after.
                    let last = if last.last < first.first {
                        day(i64::from(last.first.year()) + 1, m, d)?
                    } else {
                        last
                    };
                    Some(Span { first: first.first, last: last.last, grain: Grain::Part })
                },
            ),
            // "on 4/22", "by 22/04": a day and month in figures after a word that dates (alone
            // "7/6" is as often a fraction or a score).
            p(
                r"\b(?i:on|by|until|till|through|since|before|after)\s+(\d{1,2})/(\d{1,2})\b(?:[^/\d]|$)".to_string(),
                |c, w| {
                    let (m, d) = month_day(num(c, 1)?, num(c, 2)?, w.order);
                    yearless(w, m, Some(d))
                },
            ),
            // "this summer", "next spring", "last winter": the season nearest the reference on
            // that side (northern: winter is January and February of its year, as in `part`).
            whole(
                r"\b(?i:(this|next|last|past|coming)\s+(spring|summer|autumn|winter)|(this|next)\s+(fall))\b".to_string(),
                |c, w| {
                    let r = w.reference?;
                    let (which, season) = match (c.get(1), c.get(3)) {
                        (Some(which), _) => (direction(which.as_str()), &c[2]),
                        (_, Some(which)) => (direction(which.as_str()), &c[4]),
                        _ => return None,
                    };
                    let y = i64::from(r.year());
                    let this = part(season, y)?;
                    match which {
                        "next" if this.first <= r => part(season, y + 1),
                        "last" if this.last >= r => part(season, y - 1),
                        _ => Some(this),
                    }
                },
            ),
            // "from 4 to 22 this month", "4 till 23 of next month".
            whole(
                format!(r"\b(?i:(?:from|between)\s+)?(\d{{1,2}}){ORD}\s*(?i:-|–|to|and|through|until|till)\s*(\d{{1,2}}){ORD}\s+(?i:(?:of|in)\s+)?(?i:(this|next|last)\s+month)\b"),
                |c, w| {
                    let m = relative_period(&c[3].to_lowercase(), "month", w.reference?)?;
                    let (y, m) = (i64::from(m.first.year()), i64::from(m.first.month()));
                    day_range(w, m, (num(c, 1)?, num(c, 2)?), Some(y))
                },
            ),
            // "over the summer": the season nearest the reference on the side its sentence
            // speaks of, or the one under way; in lower case, at the end of a clause ("the
            // summer of 1969", "the summer transfer window", "the summer I turned 16", "the
            // summer before last" are not this one).
            p(
                r"\b((?i:the))\s+(spring|summer|autumn|winter)(?:$|[.,;:!?)]|\s+(?:and|or|but)\b)".to_string(),
                |c, w| {
                    let r = w.reference?;
                    let y = i64::from(r.year());
                    let this = part(&c[2], y)?;
                    if w.future && this.last < r {
                        part(&c[2], y + 1)
                    } else if !w.future && this.first > r {
                        part(&c[2], y - 1)
                    } else {
                        Some(this)
                    }
                },
            ),
            // "the 20th of next month", "31st of this month", "the 26th day of the month".
            whole(
                format!(r"\b(?i:(?:the\s+)?(\d{{1,2}}){ORD}\s+(?:day\s+)?of\s+(this|next|last|the)\s+month)\b"),
                |c, w| {
                    let which = c[2].to_lowercase().replace("the", "this");
                    let m = relative_period(&which, "month", w.reference?)?;
                    day(i64::from(m.first.year()), i64::from(m.first.month()), num(c, 1)?)
                },
            ),
            // "Friday next week", "next week on Friday", "Sunday of next week".
            whole(format!(r"\b({WEEKDAY})\s+(?i:(?:of\s+)?(this|next|last)\s+week)\b"), |c, w| {
                weekday_of_week(&c[2], &c[1], w)
            }),
            whole(format!(r"\b(?i:(this|next|last)\s+week(?:\s+on)?)\s+({WEEKDAY})\b"), |c, w| {
                weekday_of_week(&c[1], &c[2], w)
            }),
            // "1 July this year", "March 3 last year".
            whole(
                format!(r"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({MONTH})\s+(?i:(this|next|last)\s+year)\b"),
                |c, w| {
                    let y = relative_period(&c[3].to_lowercase(), "year", w.reference?)?.first.year();
                    day(i64::from(y), month(&c[2])?, num(c, 1)?)
                },
            ),
            whole(
                format!(r"\b({MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?i:(this|next|last)\s+year)\b"),
                |c, w| {
                    let y = relative_period(&c[3].to_lowercase(), "year", w.reference?)?.first.year();
                    day(i64::from(y), month(&c[1])?, num(c, 2)?)
                },
            ),
            // "june next year", "March last year".
            whole(format!(r"\b({MONTH})\s+(?i:(this|next|last)\s+year)\b"), |c, w| {
                let y = relative_period(&c[2].to_lowercase(), "year", w.reference?)?.first.year();
                month_span(i64::from(y), month(&c[1])?)
            }),
            // "this September", "next June", "last sept".
            whole(format!(r"\b(?i:(this|next|last|past|coming))\s+({MONTH})\b"), |c, w| {
                let r = w.reference?;
                let m = month(&c[2])?;
                let (year, now) = (i64::from(r.year()), i64::from(r.month()));
                let y = match c[1].to_lowercase().as_str() {
                    "next" | "coming" if m <= now => year + 1,
                    "last" | "past" if m >= now => year - 1,
                    _ => year,
                };
                month_span(y, m)
            }),
            // "early next year", "late this month", "late last week", "the end of the month"
            // (this one: "the" is the current period), "the beginning of next week". The span
            // starts at the part ("end of the month"), as for years.
            p(
                r"\b(?i:(early|mid|late)[\s-]+(last|this|next|the)\s+|(?:the\s+)?(end|start|beginning|middle)\s+of\s+(?:(last|this|next|the)\s+)?)(?i:(week|month|year))\b".to_string(),
                |c, w| {
                    // "end of month" is "the end of the month".
                    let which = c.get(2).or(c.get(4)).map_or("the".to_string(), |d| d.as_str().to_lowercase());
                    // "by the end of the month" in a story of the past may be a month it told of.
                    if which == "the" && !w.future {
                        return None;
                    }
                    let unit = c[5].to_lowercase();
                    let whole = relative_period(&which, &unit, w.reference?)?;
                    let written = c.get(1).or(c.get(3))?.as_str();
                    let part = part_name(written);
                    match unit.as_str() {
                        // The end of a year is its second half, its start the first.
                        "year" => self::part(written, i64::from(whole.first.year())),
                        "month" => month_part(&part, whole),
                        _ => {
                            let (from, to) = match part.as_str() {
                                "early" => (0, 2),
                                "mid" => (1, 4),
                                _ => (3, 6),
                            };
                            let at = |d: i64| whole.first.checked_add(jiff::Span::new().days(d)).ok();
                            Some(Span { first: at(from)?, last: at(to)?, grain: Grain::Part })
                        }
                    }
                },
            ),
            // "this weekend", "last weekend", "over the weekend": Friday to Sunday.
            whole(r"\b(?i:(this|next|last|coming|the)\s+weekend)\b".to_string(), |c, w| {
                let r = w.reference?;
                let saturday = |weeks: i64| {
                    let monday = i64::from(r.weekday().to_monday_zero_offset());
                    r.checked_add(jiff::Span::new().days(5 - monday + 7 * weeks)).ok()
                };
                let weeks = match c[1].to_lowercase().as_str() {
                    "next" => 1,
                    "last" => -1,
                    "the" if !w.future && r.weekday().to_monday_zero_offset() < 5 => -1,
                    _ => 0,
                };
                // News says "over the weekend" of Friday night too: Friday to Sunday.
                let saturday = saturday(weeks)?;
                Some(Span { first: saturday.yesterday().ok()?, last: saturday.tomorrow().ok()?, grain: Grain::Part })
            }),
            // "in the year to date", "so far this year", "YTD": from the first of January to
            // the reference.
            p(
                format!(r"\b({YEAR_TO_DATE})\b"),
                |_, w| {
                    let r = w.reference?;
                    Some(Span { first: Date::new(r.year(), 1, 1).ok()?, last: r, grain: Grain::Part })
                },
            ),
            // "the rest of the week": from the reference to the end of the period.
            whole(
                r"\b(?i:rest\s+(?:of\s+)?(?:the\s+|this\s+|my\s+|current\s+)?(week|month|year))\b".to_string(),
                |c, w| {
                    let r = w.reference?;
                    let period = relative_period("this", &c[1].to_lowercase(), r)?;
                    Some(Span { first: r, last: period.last, grain: Grain::Part })
                },
            ),
            // "3/2015", "11-2016": a month of a year.
            p(format!(r"(?:^|[^\d/.-])(0?[1-9]|1[0-2])\s?[-/]\s?({YEAR})\b"), |c, _| {
                month_span(num(c, 2)?, num(c, 1)?)
            }),
            // "2016-11", "2015/3": a year and its month (not with a dot: "2015.3 million"). When
            // the second number is the next year's last two digits it is a season or a
            // financial year: "the 2010-11 season", "2019/20" are two years.
            p(format!(r"(?:^|[^\d/.-])({YEAR})\s*[-/–]\s*(\d{{1,2}})(?:$|[^\d/.-]|[.,;:!?](?:\s|$))"), |c, _| {
                let (y, second) = (num(c, 1)?, num(c, 2)?);
                let written = c.get(2)?.as_str();
                if written.len() == 2 && second == (y + 1) % 100 {
                    years(y, y + 1)
                } else if (1..=12).contains(&second) {
                    month_span(y, second)
                } else {
                    None
                }
            }),
            // "November between 19 and 20": the days after the month, at a clause's end ("in
            // September between 20 and 30 migrants drowned" counts migrants).
            p(
                format!(r"\b({MONTH})\s+(?i:between)\s+(\d{{1,2}}){ORD}\s+(?i:and)\s+(\d{{1,2}}){ORD}\b(?:,?\s+({YEAR}))?(?:$|[.,;:!?)])"),
                |c, w| day_range(w, month(&c[1])?, (num(c, 2)?, num(c, 3)?), num(c, 4)),
            ),
            // "November 19-20", "Oct. 2 to 22", "May 19-21, 2026": days of one month.
            whole(
                format!(r"\b({MONTH})\s+(\d{{1,2}}){ORD}\s*(?:-|–|to|through|until|till)\s*(\d{{1,2}}){ORD}\b(?:,?\s+({YEAR}))?"),
                |c, w| day_range(w, month(&c[1])?, (num(c, 2)?, num(c, 3)?), num(c, 4)),
            ),
            // "from 4 to 22 January, 1995", "between 3 and 12 of Sept".
            whole(
                format!(r"\b(?i:(?:from|between)\s+)?(\d{{1,2}}){ORD}\s*(?i:-|–|to|and|through|until|till)\s*(\d{{1,2}}){ORD}\s+(?i:of\s+)?({MONTH})(?:,?\s+({YEAR}))?\b"),
                |c, w| day_range(w, month(&c[3])?, (num(c, 1)?, num(c, 2)?), num(c, 4)),
            ),
            // "from 4 to January 22, 1995", "from 02 to April 07": the month written with the
            // last day only, after "from" or "between".
            whole(
                format!(r"\b(?i:from|between)\s+(\d{{1,2}}){ORD}\s*(?i:-|–|to|and|through|until|till)\s*({MONTH})\s+(\d{{1,2}}){ORD}(?:,?\s+({YEAR}))?\b"),
                |c, w| day_range(w, month(&c[2])?, (num(c, 1)?, num(c, 3)?), num(c, 4)),
            ),
            // "May 19, 2026", "Dec. 31 , 1994", "june the 28th 2020", "July 4th of 1995".
            p(
                format!(r"\b({MONTH})\s+(?i:the\s+)?(\d{{1,2}}){ORD}{YEAR_JOINT}({written_year})\b"),
                |c, _| day(year_number(&c[3])?, month(&c[1])?, num(c, 2)?),
            ),
            // "19 May 2026", "the 4th of July of 1995", "28 june in 2020", "16. Nov. 2016", "the 3rd day
            // of May, 2015".
            p(
                format!(r"\b(?:(?i:(the))\s+)?(\d{{1,2}}{ORD})\.?\s+(?i:(?:day\s+)?of\s+)?({MONTH}){YEAR_JOINT}({written_year})\b"),
                |c, _| day(year_number(&c[4])?, month(&c[3])?, num(c, 2)?),
            ),
            // "May 19th"; "October, 1st" with a comma only before an ordinal ("In October, 12
            // people died" is October).
            p(
                format!(r"\b({MONTH})(?:\s+(\d{{1,2}}{ORD})|,\s*(\d{{1,2}}(?:st|nd|rd|th)))\b(?:[^\d,]|,\s*[^\d\s]|$)"),
                |c, w| yearless(w, month(&c[1])?, Some(num(c, 2).or(num(c, 3))?)),
            ),
            p(format!(r"\b(?:(?i:(the))\s+)?(\d{{1,2}}{ORD})\s+(?i:(?:day\s+)?of\s+)?({MONTH})\b"), |c, w| {
                yearless(w, month(&c[3])?, Some(num(c, 2)?))
            }),
            // "Oct-2", "Jan/1": a month and a day between a dash or a slash.
            p(format!(r"\b({MONTH})[-/](\d{{1,2}})\b(?:[^\d/-]|$)"), |c, w| {
                yearless(w, month(&c[1])?, Some(num(c, 2)?))
            }),
            // "May twenty-first", "June twenty second, 2026", "the second of Aug".
            p(format!(r"\b({MONTH})\s+(?i:the\s+)?({DAY_WORDS})\b(?:,?\s+({written_year}))?"), |c, w| match c.get(3) {
                Some(y) => day(year_number(y.as_str())?, month(&c[1])?, day_number(&c[2])?),
                None => yearless(w, month(&c[1])?, Some(day_number(&c[2])?)),
            }),
            p(format!(r"\b({DAY_WORDS})\s+of\s+({MONTH})\b(?:,?\s+({written_year}))?"), |c, w| match c.get(3) {
                Some(y) => day(year_number(y.as_str())?, month(&c[2])?, day_number(&c[1])?),
                None => yearless(w, month(&c[2])?, Some(day_number(&c[1])?)),
            }),
            whole(format!(r"\bbetween\s+({YEAR})\s+and\s+({YEAR})\b"), |c, _| {
                years(num(c, 1)?, num(c, 2)?)
            }),
            whole(
                format!(r"\b(?:from\s+)?({YEAR})\s*(?:-|–|—|to)\s*({YEAR})\b"),
                |c, _| years(num(c, 1)?, num(c, 2)?),
            ),
            // Decades: "the 1990s", "1990s music", "the 1970's", "the '70s", "70's", "the
            // seventies", "the nineteen seventies", "the noughties"; "the late 1990s" (thirds).
            // A two-digit decade needs its apostrophe, a decade in words "the": "in the 30s"
            // may be a temperature, "in their seventies" an age. "2020's" alone is a year's
            // possessive. Two digits are of the 1900s.
            whole(
                r"(?:\b(?i:the)\s+)?(?:\b(?i:(early|mid|late))[\s-]+)?(?:\b((?:1[89]|20)\d0)s\b|\b((?:1[89]|20)\d0)'s\b|'(\d0)s\b|\b(\d0)'s\b)|\b(?i:the\s+(?:nineteen[\s-]+)?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|noughties))\b".to_string(),
                |c, _| {
                    let possessive = c.get(3).is_some() && c.get(0)?.start() == c.get(3)?.start();
                    let y = match (num(c, 2), num(c, 3).filter(|_| !possessive), num(c, 4).or(num(c, 5)), c.get(6)) {
                        (Some(y), ..) | (_, Some(y), ..) => y,
                        (_, _, Some(y), _) => 1900 + y,
                        (_, _, _, Some(w)) => decade_word(w.as_str())?,
                        _ => return None,
                    };
                    let (from, to) = match c.get(1).map(|p| p.as_str().to_lowercase()).as_deref() {
                        Some("early") => (0, 3),
                        Some("mid") => (3, 6),
                        Some("late") => (6, 9),
                        _ => (0, 9),
                    };
                    years(y + from, y + to).map(|s| Span {
                        grain: Grain::Decade,
                        ..s
                    })
                },
            ),
            p(
                format!(
                    r"\b(?i:(?:the\s+)?((?:end|start|beginning|middle|first\s+half|second\s+half|spring|summer|autumn|fall|winter)\s+of|early|mid|late|spring|summer|autumn|fall|winter))[\s-]+(?:of\s+)?({YEAR})\b"
                ),
                |c, _| part(&c[1], num(c, 2)?),
            ),
            // "late March", "early May 2026", "the end of June": halves of a month.
            p(
                format!(
                    r"\b(?i:(early|mid|late)[\s-]+|(?:the\s+)?(end|start|beginning|middle)\s+of\s+)({MONTH})(?:\s+({YEAR}))?\b"
                ),
                |c, w| {
                    let whole_month = match num(c, 4) {
                        Some(y) => month_span(y, month(&c[3])?)?,
                        None => yearless(w, month(&c[3])?, None)?,
                    };
                    let part = part_name(c.get(1).or(c.get(2))?.as_str());
                    month_part(&part, whole_month)
                },
            ),
            // "Q3 2026", "the third quarter of 2016", "1st quarter of 2013", "q3 2019".
            whole(format!(r"\b{QUARTER}\s+(?:of\s+)?(?P<year>{YEAR})\b"), |c, _| {
                quarter(c, num_named(c, "year")?)
            }),
            // "2026 Q3", "2017-q1", "2016 the third quarter".
            whole(format!(r"\b(?P<year>{YEAR})\s*-?\s*(?:the\s+)?{QUARTER}\b"), |c, _| {
                quarter(c, num_named(c, "year")?)
            }),
            // "Q3 this year", "the first quarter of the year", "the fourth quarter of last year".
            whole(
                format!(r"\b{QUARTER}\s+(?:of\s+)?(?i:(?P<which>this|next|last|the)\s+year)\b"),
                |c, w| {
                    let which = c["which"].to_lowercase().replace("the", "this");
                    quarter(c, i64::from(relative_period(&which, "year", w.reference?)?.first.year()))
                },
            ),
            // "H2 2019", "2019 H2", "2016H2", "2019-H2".
            whole(format!(r"\b(?i:H)([12])\s+(?:of\s+)?({YEAR})\b"), |c, _| half(num(c, 2)?, num(c, 1)?)),
            whole(format!(r"\b({YEAR})\s*-?\s*(?i:H)([12])\b"), |c, _| half(num(c, 1)?, num(c, 2)?)),
            // "2016 November", "2016, nov", "November , 2016": a month named next to its year.
            whole(format!(r"\b({YEAR})\s*,?\s*({MONTH})\b"), |c, _| {
                month_span(num(c, 1)?, month(&c[2])?)
            }),
            whole(format!(r"\b({MONTH})\s*,\s*({YEAR})\b"), |c, _| {
                month_span(num(c, 2)?, month(&c[1])?)
            }),
            p(format!(r"\b({MONTH})\s+(?:of\s+)?({YEAR}|{YEAR_WORDS})\b"), |c, _| {
                month_span(year_number(&c[2])?, month(&c[1])?)
            }),
            p(
                format!(r"\b(?i:in|since|by|until|till|from|during|for|through|throughout)[\s-]+({MONTH})\b"),
                |c, w| yearless(w, month(&c[1])?, None),
            ),
            // "I'll be out February", "February sales": a month whose name is no other word,
            // alone, in its nearest year; not beside another capitalised word ("Black
            // September", "the October Revolution") nor before a figure (its day or year).
            p(
                r"(?:^|[^\w\s]\s*|\b[a-z]+\s+)(January|February|September|October|November|December)\b".to_string(),
                |c, w| yearless(w, month(&c[1])?, None),
            ),
            // "November's layoffs": the month's (not "May's", a name's as often). "After
            // January's floods" dates the floods, not what came after them: no date is read.
            p(
                r"\b(?:(?i:(after|before|since|until|till|by))\s+)?(January|February|March|April|June|July|August|September|October|November|December)(?:'s|’s)\b".to_string(),
                |c, w| match c.get(1) {
                    Some(_) => None,
                    None => yearless(w, month(&c[2])?, None),
                },
            ),
            // "the 21st century", "15th century".
            whole(r"\b(\d{1,2})(?:st|nd|rd|th)\s+(?i:century)\b".to_string(), |c, _| {
                let n = num(c, 1)?;
                years(n * 100 - 100, n * 100 - 1).map(|s| Span {
                    grain: Grain::Century,
                    ..s
                })
            }),
            // "two days ago", "a month ago", "three years from now", "3 days from today", "two
            // days after tomorrow", "2 days hence", "4 weeks in the future".
            whole(
                format!(r"\b(?i:({COUNT})\s+(days?|weeks?|months?|years?)\s+(ago|hence|in\s+the\s+future|(?:from|after)\s+(now|today|tomorrow|yesterday)))\b"),
                |c, w| {
                    let n = count(&c[1])? * if c[3].eq_ignore_ascii_case("ago") { -1 } else { 1 };
                    let base = match c.get(4).map(|m| m.as_str().to_lowercase()).as_deref() {
                        Some("tomorrow") => w.reference?.tomorrow().ok()?,
                        Some("yesterday") => w.reference?.yesterday().ok()?,
                        _ => w.reference?,
                    };
                    let d = base.checked_add(units(n, &c[2])?).ok()?;
                    Some(Span { first: d, last: d, grain: Grain::Day })
                },
            ),
            p(
                r"\b(?i:(the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|yesterday|tomorrow))\b"
                    .to_string(),
                |c, w| {
                    let shift = match c[1]
                        .to_lowercase()
                        .split_whitespace()
                        .collect::<Vec<_>>()
                        .join(" ")
                        .as_str()
                    {
                        "the day before yesterday" => -2,
                        "yesterday" => -1,
                        "tomorrow" => 1,
                        "the day after tomorrow" => 2,
                        _ => 0,
                    };
                    shifted(w.reference?, shift)
                },
            ),
            p(
                r"\b(?i:(this\s+morning|this\s+afternoon|this\s+evening|tonight|last\s+night))\b".to_string(),
                |c, w| {
                    shifted(
                        w.reference?,
                        if c[1].to_lowercase().starts_with("last") { -1 } else { 0 },
                    )
                },
            ),
            // "the next 3 days", "the past few weeks", "the previous eleven quarters".
            whole(
                format!(r"\b(?i:(last|past|previous|next|following|coming)\s+({COUNT})\s*(days?|weeks?|months?|years?|quarters?))\b"),
                |c, w| stretch(direction(&c[1]), count(&c[2])?, &c[3], w.reference?),
            ),
            // "next quarter", "the past quarter", "the current quarter".
            whole(
                r"\b(?i:(this|next|last|past|previous|following|coming|upcoming|current)\s+quarter)\b".to_string(),
                |c, w| relative_period(direction(&c[1]), "quarter", w.reference?),
            ),
            // "next week", "the coming month", "the current year", "the previous week", "earlier in
            // the week".
            p(
                r"\b(?i:(last|this|next|(?:earlier|later)\s+(?:this|in\s+the)|coming|upcoming|current|previous)\s+(week|month|year))\b".to_string(),
                |c, w| {
                    let which = c[1].to_lowercase();
                    // "earlier in the week" is "earlier this week".
                    let which = match which.split_whitespace().next() {
                        Some(side @ ("earlier" | "later")) => format!("{side} this"),
                        _ => direction(&which).to_string(),
                    };
                    let which = which.as_str();
                    relative_period(which, &c[2].to_lowercase(), w.reference?)
                },
            ),
            // "Q3", "q1": a quarter without its year is one of the reference's year (the year
            // before when it has not begun, in a sentence about the past; the year after when
            // it has ended and is an end set in a sentence about the future: "will extend the
            // freeze through Q1"; not "sales grew through Q1"). Not a
            // fiscal quarter ("Q1 FY24", "Q1 fiscal 2024"): fiscal years start in any month.
            whole(r"\b(?i:Q(?P<qn>[1-4]))\b(\s*(?i:FY|fiscal))?".to_string(), |c, w| {
                if c.get(2).is_some() {
                    return None;
                }
                let r = w.reference?;
                let this_year = quarter(c, i64::from(r.year()))?;
                if this_year.first > r && !w.future {
                    quarter(c, i64::from(r.year()) - 1)
                } else if this_year.last < r && w.future && w.deadline {
                    quarter(c, i64::from(r.year()) + 1)
                } else {
                    Some(this_year)
                }
            }),
            // A weekday alone ("late on Tuesday") is the latest such day up to the reference, as
            // news reports what has happened; in a sentence about the future, the next one.
            p(
                format!(r"\b(?:(?i:(last|this|next|coming))\s+)?({WEEKDAY})\b"),
                |c, w| {
                    let r = w.reference?;
                    let wanted = weekday(&c[2])?;
                    let back =
                        i64::from((r.weekday().to_monday_zero_offset() - wanted.to_monday_zero_offset()).rem_euclid(7));
                    let ahead = (7 - back) % 7;
                    let shift = match c.get(1).map(|m| m.as_str().to_lowercase()).as_deref() {
                        Some("last") => -(if back == 0 { 7 } else { back }),
                        Some("next" | "coming") => {
                            if ahead == 0 {
                                7
                            } else {
                                ahead
                            }
                        }
                        Some(_) => {
                            if w.future {
                                ahead
                            } else {
                                -back
                            }
                        }
                        None if w.future => ahead,
                        None => -back,
                    };
                    shifted(r, shift)
                },
            ),
            // "in nineteen ninety six", "since two thousand and fifteen": a year in words after
            // a word that dates, at the end of a clause or before a joining word ("in two thousand
            // cases" counts; "and" may join a thousand to its rest, so it ends only the other form).
            p(
                format!(r"\b(?i:in|since|until|till|before|after|from|to|through|of|year)\s+({YEAR_WORDS})(?:\s*$|\s*[.,;:!?)]|\s+(?i:to|until|till|through|or)\b)"),
                |c, _| year_number(&c[1]).and_then(|y| years(y, y)),
            ),
            p(
                format!(r"\b(?i:in|since|until|till|before|after|from|to|through|of|year)\s+({YEAR_WORDS})\s+(?i:and)\b"),
                |c, _| {
                    let written = c[1].to_lowercase();
                    let y = year_number(&written).filter(|_| !written.contains("thousand"))?;
                    years(y, y)
                },
            ),
            p(format!(r"(?:^|[^\w$€£.,/-])({YEAR})(?:\b|$)"), |c, _| {
                years(num(c, 1)?, num(c, 1)?)
            }),
        ];
        TimeRecogniser {
            bare_year: patterns.len() - 1,
            any: StaticSet::new(patterns.iter().map(|p| &p.re)),
            patterns,
            weekday_before: static_regex(&format!(r"\b({WEEKDAY_OR_SHORT}),?\s+(?:the\s+)?$")),
            range_joint: static_regex(r"(?i)^\s*(?:-|–|—|to|through|thru|until|till)\s*$"),
            and_joint: static_regex(r"(?i)^,?\s+and\s+$"),
            from_before: static_regex(r"(?i)\b(?:from|between)\s+$"),
            between_before: static_regex(r"(?i)\bbetween\s+$"),
            now_before: static_regex(r"(?i)\bbetween\s+now\s+and\s+$"),
            and_now_after: static_regex(r"(?i)^,?\s+and\s+now\b"),
            bare_day: static_regex(&format!(
                r"(?:\b({WEEKDAY_OR_SHORT}),?\s+)?\b(?P<the>(?i:the)\s+)?(\d{{1,2}}|{DAY_WORDS})(st|nd|rd|th)?\b"
            )),
            // ASCII word boundaries: these run over every source's whole text, and a Unicode
            // one makes the fast engine give up at the first curly quote.
            numeric_date: static_regex(
                r"(?-u:\b)(?i:(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?-u:\b)",
            ),
            day_month: static_regex(&format!(
                r"(?-u:\b)(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}(?-u:\b)|(?-u:\b){MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?(?-u:\b)"
            )),
            weekday_within: static_regex(&format!(r"\b({WEEKDAY})\b")),
            day_of_month: static_regex(&format!(
                r"^(?:(?P<month>{MONTH})\.?\s+(?i:the\s+)?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<year>{YEAR}))?|(?i:the\s+)?(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?i:of\s+)?(?P<month2>{MONTH})(?:,?\s+(?P<year2>{YEAR}))?|(?P<a>\d{{1,2}})[/.-](?P<b>\d{{1,2}})[/.-](?P<year3>{YEAR}|\d\d)|(?P<year4>{YEAR})-(?P<month4>\d\d)-(?P<day4>\d\d))$"
            )),
            open_before: static_regex(
                r"(?i)(?P<duration>\b(?:\d+|[a-z]+)\s+(?:days?|weeks?|months?|years?|hours?)\s+)?\b(?P<word>after|before|by|until|till|(?:no|not)\s+later\s+than|later\s+than|earlier\s+than|since|(?:starting|beginning)(?:\s+(?:on|from))?)\s+(?P<the>the\s+)?$",
            ),
            would: static_regex(r"\b(?:(?i:would|could|might)|may)(?:\s+(\w+))?"),
            future: static_regex(
                r"(?i)\b(?:will|'ll|shall|let's|let’s|plans?\s+to|planned\s+(?:to|for)|expected\s+(?:to|by)|expects?|expecting|targets?|targeting|aims?\s+(?:to|for)|aiming|set\s+to|(?:is|are)\s+set\s+for|due\s+to\s+(?:be|report|start|begin|open|reopen|close|end|expire|mature|take|hold|meet|vote|rule|decide|hear|launch|release|unveil|ship|announce|publish|present|submit|file|resume|restart|return|arrive|depart|land|fly|sail|appear|face|deliver|receive|get|become|join|leave|retire|step|complete|conclude|finish|pay|sign|testify|speak|visit|give|go|come|make|hit|reach|enter|debut|list|run)\b|(?:is|are|falls?)\s+due|(?:predicted|projected|forecast|poised|tipped)\s+to|intends?\s+(?:to|on)|intending\s+to|scheduled|upcoming|is\s+to|are\s+to|next|deadline|takes?\s+effect|goes?\s+into\s+effect|comes?\s+into\s+force|between\s+now\s+and|from\s+now)\b",
            ),
        }
    }

    /// Whether a sentence speaks of the future ("will", "plans to", "next"): its dates without
    /// a year are read ahead of the reference, not behind it.
    pub fn speaks_of_future(&self, sentence: &str) -> bool {
        self.future.is_match(sentence) && self.future.is_match(&quote::outside_quotations(sentence))
    }

    /// Whether a verb in the past comes right before a date ("the package she announced on
    /// Thursday will fund grants": Thursday is past, whatever the rest of the clause tells),
    /// unless it is a word of the future itself ("scheduled for", "expected on") or a
    /// participle after "be" ("will be closed from 10/25").
    fn told_done(&self, before: &str) -> bool {
        let mut words = before.split_whitespace().rev().map(|w| w.to_lowercase());
        let verb = match words.next() {
            Some(w) if matches!(w.as_str(), "on" | "early" | "late" | "by") => words.next(),
            w => w,
        };
        let after_be = words.next().is_some_and(|w| w == "be");
        verb.is_some_and(|v| self.past_verb(&v) && !after_be)
    }

    /// Whether a date at `at` stands in its clause after a verb in the past and before the
    /// clause's word of the future: "held its main rate at 3.75 per cent on 12 November and
    /// next meets on 10 December" tells of last 12 November.
    fn past_before_future(&self, sentence: &str, future_clauses: &[(usize, bool)], at: usize) -> bool {
        let clause = future_clauses.partition_point(|&(start, _)| start <= at);
        let start = clause
            .checked_sub(1)
            .and_then(|c| future_clauses.get(c))
            .map_or(0, |&(start, _)| start);
        let end = future_clauses.get(clause).map_or(sentence.len(), |&(next, _)| next);
        let (Some(before), Some(rest)) = (sentence.get(start..at), sentence.get(at..end)) else {
            return false;
        };
        !self.future.is_match(before) && self.future.is_match(rest) && self.tells_past(before)
    }

    /// Whether a word (lower case) is a verb in the past: it ends in "-ed" or is one of
    /// `PAST_VERBS`, and is no word of the future ("scheduled", and "expected", which tells
    /// of what is to come: "Expected on Friday, the results will show ...").
    fn past_verb(&self, word: &str) -> bool {
        let past = word.len() > 4 && word.ends_with("ed") && word != "expected" || PAST_VERBS.contains(&word);
        past && !self.future.is_match(word)
    }

    /// Whether a clause holds a verb in the past of its own, outside names ("United") and
    /// not after "be" ("will be closed"): "Otis strengthened off the coast on Monday,
    /// forecasters said, and was expected to reach Acapulco" tells of last Monday, whatever
    /// the sentence goes on to tell of the future.
    fn tells_past(&self, clause: &str) -> bool {
        let mut previous = "";
        clause.split_whitespace().any(|word| {
            let word = word.trim_matches(|c: char| !c.is_alphanumeric());
            let past = word.starts_with(|c: char| c.is_lowercase())
                && previous != "be"
                && self.past_verb(&word.to_lowercase());
            previous = word;
            past
        })
    }

    /// Where each clause of `sentence` starts (clauses part at commas, semicolons, brackets
    /// and dashes; a comma before a figure is inside a date: "Wed, 22 of Jan", "May 5, 2026")
    /// and whether it speaks of the future: it holds a future word, or it opens the sentence
    /// and the sentence does ("On Thursday, Orvane will report"). "Halvora will pay $38 a
    /// share, a 27% premium to Monday's close": Monday is past. Found once per sentence, as a
    /// flattened table is one sentence with thousands of dates; empty when nothing speaks of
    /// the future.
    fn future_clauses(&self, sentence: &str) -> Vec<(usize, bool)> {
        if !self.future.is_match(sentence) {
            return Vec::new();
        }
        // What a quotation says of the future is the speaker's, for the quotation's own
        // clauses: "said on Monday night: 'the families will get answers'" tells of last
        // Monday.
        let narrative = quote::outside_quotations(sentence);
        let narrative_future = self.future.is_match(&narrative);
        // Whether quotation marks are open after each character, looked up by byte: found once,
        // as a flattened table is one sentence of thousands of clauses.
        let open_after: Vec<(usize, bool)> = quote::quotation_state(sentence).map(|(i, _, open)| (i, open)).collect();
        let quoted = |at: usize| {
            let last = open_after.partition_point(|&(i, _)| i <= at);
            last.checked_sub(1)
                .and_then(|k| open_after.get(k))
                .is_some_and(|&(_, open)| open)
        };
        let breaks = sentence.char_indices().filter(|&(i, c)| {
            c != ',' && CLAUSE_BREAKS.contains(&c)
                || c == ','
                    && !sentence
                        .get(i + 1..)
                        .unwrap_or_default()
                        .trim_start()
                        .starts_with(|d: char| d.is_ascii_digit())
        });
        // Each clause as its start and end: the bytes between two breaks.
        let mut start = 0;
        let mut clauses = Vec::new();
        for (i, c) in breaks {
            clauses.push((start, i));
            start = i + c.len_utf8();
        }
        clauses.push((start, sentence.len()));
        clauses
            .into_iter()
            .map(|(start, end)| {
                let clause = if quoted(start) { sentence } else { &narrative }
                    .get(start..end)
                    .unwrap_or_default();
                let opening_future = start == 0 && narrative_future && !self.tells_past(clause);
                (start, opening_future || self.future.is_match(clause))
            })
            .collect()
    }

    /// The order `text` writes its dates in: a date in figures whose first number exceeds 12
    /// is day first, one whose second does month first, one whose weekday beside it fits one
    /// order only is in that order; failing those, its dates in words ("22 April" against
    /// "April 22"). The larger count decides; a tie is no evidence.
    pub fn date_order(&self, text: &str) -> DateOrder {
        let (mut day_first, mut month_first) = (0, 0);
        for c in self.numeric_date.captures_iter(text) {
            let (a, b) = (leading_number(&c[2]), leading_number(&c[3]));
            // "Thursday 02/01/2025": the weekday beside it fits one order only (2 January).
            let fits = |month: i64, day_of_month: i64| {
                let name = c.get(1).and_then(|w| weekday(w.as_str()));
                let year = c
                    .get(4)
                    .filter(|y| y.len() == 4)
                    .and_then(|y| leading_number(y.as_str()));
                name.zip(year).is_some_and(|(name, year)| {
                    self::day(year, month, day_of_month).is_some_and(|span| span.first.weekday() == name)
                })
            };
            match (a, b) {
                (Some(a), Some(b)) if a > 12 && b <= 12 => day_first += 1,
                (Some(a), Some(b)) if b > 12 && a <= 12 => month_first += 1,
                (Some(a), Some(b)) if fits(b, a) && !fits(a, b) => day_first += 1,
                (Some(a), Some(b)) if fits(a, b) && !fits(b, a) => month_first += 1,
                _ => {}
            }
        }
        if day_first == month_first {
            for c in self.day_month.captures_iter(text) {
                if c.get(1).is_some() {
                    day_first += 1;
                } else {
                    month_first += 1;
                }
            }
        }
        match day_first.cmp(&month_first) {
            std::cmp::Ordering::Greater => DateOrder::DayFirst,
            std::cmp::Ordering::Less => DateOrder::MonthFirst,
            std::cmp::Ordering::Equal => DateOrder::Unknown,
        }
    }

    /// Every time in a sentence, earliest first. Dates without a year need `reference`.
    pub fn find(&self, sentence: &str, reference: Option<Date>, order: DateOrder) -> Vec<Mention> {
        self.find_with_unread(sentence, reference, order).0
    }

    /// `find`, and the spans of dates it could not read ("March 3" without a reference date to
    /// give it a year, "Feb 30"): their numbers are no figures.
    pub fn find_with_unread(
        &self,
        sentence: &str,
        reference: Option<Date>,
        order: DateOrder,
    ) -> (Vec<Mention>, Vec<(usize, usize)>) {
        self.read(sentence, reference, order, true)
    }

    /// `find_with_unread`; a date after "since", "starting" or "by" read as the stretch it
    /// bounds when `open_bounds`, else as itself.
    fn read(
        &self,
        sentence: &str,
        reference: Option<Date>,
        order: DateOrder,
        open_bounds: bool,
    ) -> (Vec<Mention>, Vec<(usize, usize)>) {
        let mut unread = Vec::new();
        let future_clauses = self.future_clauses(sentence);
        let when_at = |at: usize| When {
            reference,
            future: is_future(&future_clauses, at)
                && !self.told_done(&sentence[..at])
                && !self.past_before_future(sentence, &future_clauses, at),
            // (The last word before the date, after some other word.)
            deadline: sentence[..at]
                .trim_end()
                .rsplit_once(char::is_whitespace)
                .is_some_and(|(_, word)| {
                    ["through", "until", "till"]
                        .iter()
                        .any(|w| word.eq_ignore_ascii_case(w))
                }),
            order,
        };
        let mut found: Vec<Mention> = Vec::new();
        // A day of the month alone goes first: "Friday the 13th" is one date, not "Friday".
        for c in self.bare_day.captures_iter(sentence) {
            let (Some(whole), Some(reference)) = (c.get(0), reference) else {
                continue;
            };
            let written_weekday = c.get(1).and_then(|w| weekday(w.as_str()));
            let Some(day_of_month) = c.get(3).and_then(|d| day_number(d.as_str())) else {
                continue;
            };
            // "the 14th" alone is a date; "the second" only after a weekday ("Friday the
            // second"), and "the 14" too.
            let in_words = c
                .get(3)
                .is_some_and(|d| !d.as_str().starts_with(|c: char| c.is_ascii_digit()));
            let ordinal = c.get(4).is_some() && !in_words;
            // Without "the" only a weekday's ordinal: "Thu 9th", not "his 14th goal".
            let the = c.name("the").is_some();
            let weekday_ordinal = ordinal && written_weekday.is_some();
            if !ordinal && written_weekday.is_none()
                || !(the || weekday_ordinal)
                || !ends_a_date(&sentence[whole.end()..])
            {
                continue;
            }
            let future = when_at(whole.start()).future;
            if let Some(span) = day_of_month_near(reference, day_of_month, written_weekday, future) {
                found.push(Mention {
                    kind: Kind::Date,
                    start: whole.start(),
                    end: whole.end(),
                    value: Value::Time { span },
                    weekday: written_weekday,
                    no_such_day: false,
                });
            }
        }
        for index in self.any.matching(sentence) {
            let Some(pattern) = self.patterns.get(index) else {
                continue;
            };
            for c in pattern.re.captures_iter(sentence) {
                // The span runs from the first to the last captured part: the context a
                // pattern needed around the date ("in", a following comma) stays out.
                let Some(whole) = c.get(0) else {
                    continue;
                };
                let groups = || c.iter().skip(1).flatten();
                let first = groups().map(|m| m.start()).min().unwrap_or(whole.start());
                let last = groups().map(|m| m.end()).max().unwrap_or(whole.end());
                let (start, end) = if pattern.whole {
                    (whole.start(), whole.end())
                } else {
                    (first, last)
                };
                // "6,107.31 August 2019": digits after another number's point or comma are
                // its decimals, no day.
                let before = sentence.as_bytes().get(..start).unwrap_or_default();
                let inside_number = matches!(before, [.., d, b'.' | b','] if d.is_ascii_digit())
                    && sentence[start..].starts_with(|c: char| c.is_ascii_digit());
                // "closed Monday 1.2% stronger": a figure a percent sign or points follow is
                // a percentage, no date.
                let after = sentence[end..].trim_start();
                let percentage = ["%", "per cent", "percent", "point"]
                    .iter()
                    .any(|p| after.get(..p.len()).is_some_and(|a| a.eq_ignore_ascii_case(p)));
                // A month named alone before a capitalised word or a figure is part of a name
                // ("Tickets for October Sky") or of a date another pattern reads; one owning a
                // noun is read only by the possessive's own pattern, which takes in the "'s".
                let month_of_a_name = is_month_name(&sentence[start..end])
                    && (after.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                        || whole.end() == end && sentence[end..].starts_with(['\'', '’']));
                if inside_number
                    || percentage
                    || month_of_a_name
                    || found.iter().any(|t| t.start < end && start < t.end)
                {
                    continue;
                }
                if index == self.bare_year && !year_is_a_time(&sentence[..start], &sentence[end..]) {
                    continue;
                }
                // A weekday of the date's own words is its weekday; one before it is only for
                // a date without one ("Tuesday, Thursday and Saturday evenings" is a list).
                let within = self
                    .weekday_within
                    .captures(&sentence[start..end])
                    .and_then(|w| weekday(&w[1]));
                let (written_from, weekday) = match within {
                    Some(_) => (start, within),
                    None => match self.weekday_before.captures(&sentence[..start]).and_then(|w| w.get(1)) {
                        Some(w) => (w.start(), weekday(w.as_str())),
                        None => (start, None),
                    },
                };
                // Read in the clause of its weekday (the comma of "by Thursday, Aug. 25" parts
                // no clause), or in the year the sentence named before it ("Sept. 7 of that
                // year").
                let when = match year_named_before(&sentence[..start]) {
                    Some(year) if refers_to_that_year(&sentence[end..]) => When {
                        reference: Date::new(year, 12, 31).ok(),
                        future: false,
                        deadline: false,
                        order,
                    },
                    _ => when_at(written_from),
                };
                let Some(mut span) = (pattern.read)(&c, &when) else {
                    match self.no_such_day(&sentence[start..end], &when) {
                        Some(span) => found.push(Mention {
                            kind: Kind::Date,
                            start: written_from,
                            end,
                            value: Value::Time { span },
                            weekday: None,
                            no_such_day: true,
                        }),
                        None => unread.push((start, end)),
                    }
                    continue;
                };
                // A weekday tells the year of a date written without one: "by Friday, June 18"
                // in a source of June 7 is this year's (a Friday), not last year's (a
                // Thursday), though news mostly reports the past. Only for the other of the
                // two years around the reference, and only when it is the nearer: a weekday
                // that fits neither, or only a year further off, is a slip, left to be flagged.
                let day_of = |s: &Span| (s.first == s.last).then_some(s.first.weekday());
                // How many days a reading lies from the reference, either way.
                let away = |s: &Span| {
                    when.reference
                        .and_then(|r| r.until(s.first).ok())
                        .map(|d| d.get_days().abs())
                };
                if let Some(wanted) = weekday.filter(|w| day_of(&span).is_some_and(|d| d != *w)) {
                    let other = When {
                        future: !when.future,
                        ..when
                    };
                    if let Some(other) =
                        (pattern.read)(&c, &other).filter(|o| day_of(o) == Some(wanted) && away(o) < away(&span))
                    {
                        span = other;
                    }
                }
                // "told developers that Aster 3 would reach partners from March 16" (written
                // March 2), "a deal could be announced as early as Sunday" (written on a
                // Saturday): a future told in the past, or a possible one, is as likely ahead
                // as behind; the nearer.
                let told_future = || {
                    let clause_start = sentence[..written_from]
                        .char_indices()
                        .rev()
                        .find(|(_, c)| CLAUSE_BREAKS.contains(c))
                        .map_or(0, |(i, c)| i + c.len_utf8());
                    let clause_end = sentence[end..].find(CLAUSE_BREAKS).map_or(sentence.len(), |i| end + i);
                    // (Not a refusal: "she would not say".)
                    self.would.captures_iter(&sentence[clause_start..clause_end]).any(|c| {
                        !c.get(1)
                            .is_some_and(|w| matches!(w.as_str().to_lowercase().as_str(), "not" | "never"))
                    })
                };
                if !when.future && told_future() {
                    let ahead = When { future: true, ..when };
                    if let Some(other) = (pattern.read)(&c, &ahead).filter(|o| away(o) < away(&span)) {
                        span = other;
                    }
                }
                let start = written_from;
                found.push(Mention {
                    kind: Kind::Date,
                    start,
                    end,
                    value: Value::Time { span },
                    weekday,
                    no_such_day: false,
                });
            }
        }
        found.sort_by_key(|t| t.start);
        let found = self.ranges(sentence, self.within_week(sentence, found));
        let found = found
            .into_iter()
            .map(|m| self.to_now(sentence, m, reference))
            .collect::<Vec<_>>();
        (
            found
                .into_iter()
                .map(|m| self.opened(sentence, m, open_bounds))
                .collect(),
            unread,
        )
    }

    /// A date written with a day its month does not have: "February 30, 2026", "April 31",
    /// "2/29/2019" (2019 was no leap year). Without a year, only a day no year's month has
    /// ("Feb 30", not "Feb 29"). Read as the days the writer may have meant: the month, and
    /// the days past its end the written day overruns into (February 30, 2026 is February 1
    /// to March 2).
    fn no_such_day(&self, written: &str, w: &When) -> Option<Span> {
        let c = self.day_of_month.captures(written.trim())?;
        let named = |n: &str| c.name(n).and_then(|m| m.as_str().parse::<i64>().ok());
        let (m, d, year) = if let Some(month_name) = c.name("month").or(c.name("month2")) {
            let d = named("day").or(named("day2"))?;
            (month(month_name.as_str())?, d, named("year").or(named("year2")))
        } else if let (Some(a), Some(b), Some(y)) = (named("a"), named("b"), named("year3")) {
            let (m, d) = month_day(a, b, w.order);
            (m, d, Some(full_year(y)))
        } else {
            (named("month4")?, named("day4")?, named("year4"))
        };
        if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
            return None;
        }
        let month = match year {
            Some(y) => month_span(y, m)?,
            // Without a year, a day some year's month has (February 29) may be the writer's
            // (2024, a leap year, has each month at its longest).
            None if d <= month_span(2024, m)?.last.day().into() => return None,
            None => yearless(w, m, None)?,
        };
        let overrun = d - i64::from(month.last.day());
        if overrun <= 0 {
            return None;
        }
        let last = month.last.checked_add(jiff::Span::new().days(overrun)).ok()?;
        Some(Span {
            first: month.first,
            last,
            grain: Grain::Part,
        })
    }

    /// A date after "after", "before", "by", "until" and the like is a stretch open at one end:
    /// "after 2016" is from 2017, "before 2018" up to the end of 2017, "until April 27" and
    /// "by April 27" up to that day, "since 2019" and "starting June 3" from then on (a claim dates the start:
    /// `began`). Not after a duration: "two weeks after May 5" is one day.
    fn opened(&self, sentence: &str, mut m: Mention, open_bounds: bool) -> Mention {
        let Value::Time { span } = m.value else { return m };
        let Some(c) = self.open_before.captures(&sentence[..m.start]) else {
            return m;
        };
        // "before the end of December", but not "since the 1992 general election": a year
        // after "the" names what follows it.
        let the_year = c.name("the").is_some() && sentence[m.start..].starts_with(|c: char| c.is_ascii_digit());
        if c.name("duration").is_some() || span.is_open() || the_year {
            return m;
        }
        let word = c["word"].to_lowercase();
        let word = word.split_whitespace().collect::<Vec<_>>().join(" ");
        let starts = opens_stretch(&word);
        if (starts || word == "by") && !open_bounds {
            return m;
        }
        let day = jiff::Span::new().days(1);
        // "before the end of December" is up to its last day, "after the beginning of March"
        // from its first: the part names a point, not the half it is read as alone.
        let written = sentence[m.start..m.end].to_lowercase();
        let written = written.strip_prefix("the ").unwrap_or(&written);
        let at_end = ["end of", "close of"].iter().any(|p| written.starts_with(p));
        let at_start = ["beginning of", "start of"].iter().any(|p| written.starts_with(p));
        let (first, last) = match word.as_str() {
            "after" | "later than" if at_start => (span.first, Date::MAX),
            "after" | "later than" => (span.last.checked_add(day).unwrap_or(span.last), Date::MAX),
            "before" | "earlier than" if at_end => (Date::MIN, span.last),
            "before" | "earlier than" => (Date::MIN, span.first.checked_sub(day).unwrap_or(span.first)),
            _ if starts => (span.first, Date::MAX),
            _ => (Date::MIN, span.last),
        };
        m.value = Value::Time {
            span: Span {
                first,
                last,
                grain: Grain::Part,
            },
        };
        m.start = c.name("word").map_or(m.start, |w| w.start());
        m.weekday = None;
        m
    }

    /// The date that bounds a stretch open at one end, read as if the opening words were not
    /// there: when it began ("since 2019", "starting on January 7th") or is due ("by 2030").
    /// It is what a claim dates: "CEO since 2019" and "became CEO in 2020" disagree, though the
    /// stretch holds 2020, and so do targets "by 2030" and "by 2035". `None` for any other
    /// mention ("before 2018" tells nothing of when). The bound keeps its written weekday:
    /// "by Wednesday, Feb. 17" is checked against the calendar like any other date.
    pub fn bound(&self, sentence: &str, m: &Mention, reference: Option<Date>, order: DateOrder) -> Option<Mention> {
        let Value::Time { span } = &m.value else { return None };
        let written = sentence.get(m.start..m.end)?;
        let began = span.last == Date::MAX && opens_stretch(written);
        let due = span.first == Date::MIN
            && written
                .split_whitespace()
                .next()
                .is_some_and(|w| w.eq_ignore_ascii_case("by"));
        if !began && !due {
            return None;
        }
        self.read(sentence, reference, order, false)
            .0
            .into_iter()
            .find(|t| t.start > m.start && t.end == m.end)
    }

    /// "next week between Wednesday and Friday", "last week from Friday to Sunday": the weekdays
    /// of the week named right before them, not the days they alone would be read as.
    fn within_week(&self, sentence: &str, found: Vec<Mention>) -> Vec<Mention> {
        let mut out: Vec<Mention> = Vec::new();
        let mut i = 0;
        while let Some(m) = found.get(i) {
            match found.get(i..i + 3).and_then(|three| self.week_days(sentence, three)) {
                Some(joined) => {
                    out.push(joined);
                    i += 3;
                }
                None => {
                    out.push(m.clone());
                    i += 1;
                }
            }
        }
        out
    }

    /// A Monday-to-Sunday week, then two weekdays after "between" or "from" joined by "and", "to"
    /// or the like: one mention of those days of that week.
    fn week_days(&self, sentence: &str, three: &[Mention]) -> Option<Mention> {
        let [week, first, last] = three else {
            return None;
        };
        let Value::Time { span } = &week.value else {
            return None;
        };
        if span.grain != Grain::Week || span.first.weekday() != jiff::civil::Weekday::Monday {
            return None;
        }
        let gap = |a: &Mention, b: &Mention| sentence.get(a.end..b.start).unwrap_or("x");
        let opens = ["between", "from"].contains(&gap(week, first).trim().to_lowercase().as_str());
        let joint = gap(first, last);
        let closes = self.range_joint.is_match(joint) || self.and_joint.is_match(joint);
        if !(opens && closes) {
            return None;
        }
        let at = |w: jiff::civil::Weekday| {
            let offset = i64::from(w.to_monday_zero_offset());
            span.first.checked_add(jiff::Span::new().days(offset)).ok()
        };
        let (a, b) = (at(first.weekday?)?, at(last.weekday?)?);
        (a <= b).then_some(Mention {
            start: week.start,
            end: last.end,
            value: Value::Time {
                span: Span {
                    first: a,
                    last: b,
                    grain: Grain::Day,
                },
            },
            weekday: None,
            no_such_day: false,
            kind: week.kind,
        })
    }

    /// "between now and November 15th", "between Jan 22 and now": from the reference to the
    /// date, or from the date to the reference.
    fn to_now(&self, sentence: &str, mut m: Mention, reference: Option<Date>) -> Mention {
        let (Some(now), Value::Time { span }) = (reference, &m.value) else {
            return m;
        };
        let before = &sentence[..m.start];
        let after = &sentence[m.end..];
        let (first, last, start, end) = if let Some(b) = self.now_before.find(before) {
            (now, span.last, b.start(), m.end)
        } else if let (Some(b), Some(a)) = (self.between_before.find(before), self.and_now_after.find(after)) {
            (span.first, now, b.start(), m.end + a.end())
        } else {
            return m;
        };
        if first > last {
            return m;
        }
        m.value = Value::Time {
            span: Span {
                first,
                last,
                grain: Grain::Part,
            },
        };
        (m.start, m.end, m.weekday) = (start, end, None);
        m
    }

    /// Two dates joined by "to", "until", "through" or a dash ("Oct. 2 to October 22", "from
    /// Monday until Friday", "between May 1 and May 3"): one span from the first to the last.
    fn ranges(&self, sentence: &str, found: Vec<Mention>) -> Vec<Mention> {
        let mut out: Vec<Mention> = Vec::new();
        for m in found {
            if let Some(a) = out.last_mut() {
                let joint = sentence.get(a.end..m.start).unwrap_or("x");
                let between = self.between_before.find(&sentence[..a.start]);
                let joined = self.range_joint.is_match(joint) || between.is_some() && self.and_joint.is_match(joint);
                if let (true, Value::Time { span: first }, Value::Time { span: last }) = (joined, &a.value, &m.value) {
                    if first.first <= last.last && first.last < last.last {
                        let grain = if first.grain == last.grain {
                            last.grain
                        } else {
                            Grain::Part
                        };
                        a.value = Value::Time {
                            span: Span {
                                first: first.first,
                                last: last.last,
                                grain,
                            },
                        };
                        a.start = self
                            .from_before
                            .find(&sentence[..a.start])
                            .map_or(a.start, |f| f.start());
                        a.end = m.end;
                        a.weekday = None;
                        continue;
                    }
                }
            }
            out.push(m);
        }
        out
    }
}

/// The last year a text names in figures ("The 2013 Sorrel Fire, which started").
fn year_named_before(text: &str) -> Option<i16> {
    text.split(|c: char| !c.is_ascii_digit())
        .rev()
        .filter(|w| w.len() == 4)
        .find_map(|w| w.parse::<i16>().ok().filter(|y| (1000..=2999).contains(y)))
}

/// Whether a date is followed by "of that year" or "that year" ("which started Sept. 7 of
/// that year"): its year is one named before.
fn refers_to_that_year(after: &str) -> bool {
    let after = after.trim_start().to_lowercase();
    after.starts_with("of that year") || after.starts_with("that year")
}

/// Whether what follows "the 14th" leaves it a date: the end, punctuation, or a word that
/// does not make it an ordinal of a noun ("the 21st century", "the 14th Amendment").
fn ends_a_date(after: &str) -> bool {
    const FOLLOWERS: &[&str] = &[
        "and", "or", "but", "at", "in", "to", "when", "after", "before", "until", "with", "for", "on", "from", "as",
        "is", "was", "will", "would", "he", "she", "they", "we", "it", "if", "so", "then", "by",
    ];
    let Some(rest) = after.strip_prefix(' ') else {
        return !after.starts_with(char::is_alphanumeric);
    };
    let word = rest.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    word.is_empty() || FOLLOWERS.contains(&word)
}

/// Day `n` of the reference's month, or of the month before (in the past) or after (in the
/// future) when it is more than a week away on the wrong side. With a weekday, the nearest
/// month within a year whose day `n` falls on it.
fn day_of_month_near(r: Date, n: i64, written: Option<Weekday>, future: bool) -> Option<Span> {
    let in_month = |offset: i64| -> Option<Date> {
        let month = r.first_of_month().checked_add(jiff::Span::new().months(offset)).ok()?;
        month.with().day(i8::try_from(n).ok()?).build().ok()
    };
    let week = jiff::Span::new().days(7);
    let d = match written {
        Some(wd) => {
            let toward = if future { 1 } else { -1 };
            let (earliest, latest) = (r.checked_sub(week).ok()?, r.checked_add(week).ok()?);
            (0..12)
                .flat_map(|k| [k * toward, -k * toward])
                .filter_map(in_month)
                .filter(|d| if future { *d >= earliest } else { *d <= latest })
                .find(|d| d.weekday() == wd)?
        }
        None => {
            let this = in_month(0)?;
            if future && this < r.checked_sub(week).ok()? {
                in_month(1)?
            } else if !future && this > r.checked_add(week).ok()? {
                in_month(-1)?
            } else {
                this
            }
        }
    };
    Some(Span {
        first: d,
        last: d,
        grain: Grain::Day,
    })
}

/// A bare year followed by a noun is a modifier ("the 2026 midterms", "its 2025 annual
/// report", "employs 2024 engineers"), not a time, unless a preposition introduces it ("in
/// 2021 said") or "the" or "a" and one thing follow ("recalled the 1998 earthquake, which
/// killed 76": the event of that year; "the 2000 employees" may count them); after a capitalised word it
/// is a name ("Room 2017").
fn year_is_a_time(before: &str, after: &str) -> bool {
    const INTRODUCERS: &[&str] = &[
        "in", "since", "by", "until", "till", "from", "of", "during", "before", "after", "early", "late", "mid",
        "around", "circa", "to", "through", "for", "at", "on", "and", "or", "between", "than", "year", "end",
    ];
    let previous = before
        .trim_end()
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    if INTRODUCERS.contains(&previous.to_lowercase().as_str()) || before.trim_end().ends_with([',', '(', '-', '–']) {
        return true;
    }
    // "in the 1950 general election", "since the 2008 crisis": the event of that year.
    let mut words = before.split_whitespace().rev();
    if let (Some("the"), Some(introducer)) = (words.next(), words.next()) {
        if ["in", "since", "during", "before", "after", "until"].contains(&introducer.to_lowercase().as_str()) {
            return true;
        }
    }
    if previous.starts_with(char::is_uppercase) && !before.trim_end().eq(previous) {
        return false;
    }
    let next = after
        .trim_start()
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .next()
        .unwrap_or("");
    // "a 2025 breach that affected 310,000": "a" and one thing are never a count.
    let article = previous.eq_ignore_ascii_case("the") || previous.eq_ignore_ascii_case("a");
    let one_thing = article && next.chars().count() >= 3 && !next.ends_with('s');
    one_thing || !(after.starts_with(' ') && next.starts_with(char::is_lowercase))
}

/// A date in figures with the year last ("5/19/2026", "21-04-2016", "21/04/16", "19.05.2026"):
/// month first as in American usage (day first when `day_first`), unless the first number
/// cannot be a month (or the second cannot); a two-digit year is in 1950-2049.
fn numeric_date(c: &Captures, day_first: bool) -> Option<Span> {
    let (a, b, y) = (num(c, 1)?, num(c, 2)?, num(c, 3)?);
    let (a, b) = if day_first { (b, a) } else { (a, b) };
    let year = full_year(y);
    if a > 12 {
        day(year, b, a)
    } else {
        day(year, a, b)
    }
}

/// A year as written in figures: a two-digit one is in 1950-2049 ("21-04-16" is 2016).
fn full_year(y: i64) -> i64 {
    match y {
        0..=49 => 2000 + y,
        50..=99 => 1900 + y,
        _ => y,
    }
}

/// The leading digits of a capture ("19th" -> 19).
fn num(c: &Captures, i: usize) -> Option<i64> {
    leading_number(c.get(i)?.as_str())
}

fn num_named(c: &Captures, name: &str) -> Option<i64> {
    leading_number(c.name(name)?.as_str())
}

/// The year a `YEAR_WORDS` or figures match writes: "1996", "nineteen ninety six" (19 and
/// 96), "nineteen oh five", "nineteen hundred", "two thousand and fifteen".
fn year_number(text: &str) -> Option<i64> {
    if let Some(n) = leading_number(text) {
        return Some(n);
    }
    let lower = text.to_lowercase().replace('-', " ");
    if lower.contains("thousand") {
        return small_number_word(&lower.replace(" and ", " "));
    }
    let mut words = lower.split_whitespace();
    let hundreds = small_number_word(words.next()?)?;
    let rest: Vec<&str> = words.filter(|w| !matches!(*w, "oh" | "zero")).collect();
    let within = match rest.as_slice() {
        ["hundred"] => 0,
        _ => small_number_word(&rest.join(" "))?,
    };
    Some(hundreds * 100 + within)
}

fn leading_number(text: &str) -> Option<i64> {
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

/// Days `from` to `to` of month `m` of `year`, or of the year the reference gives it.
fn day_range(w: &When, m: i64, (from, to): (i64, i64), year: Option<i64>) -> Option<Span> {
    let first = match year {
        Some(y) => day(y, m, from)?,
        None => yearless(w, m, Some(from))?,
    };
    let last = day(i64::from(first.first.year()), m, to)?;
    (from < to).then_some(Span {
        first: first.first,
        last: last.last,
        grain: Grain::Day,
    })
}

/// The day a weekday names in the week before, of, or after the reference ("Friday next week").
fn weekday_of_week(which: &str, name: &str, w: &When) -> Option<Span> {
    let week = relative_period(&which.to_lowercase(), "week", w.reference?)?;
    let d = week
        .first
        .checked_add(jiff::Span::new().days(i64::from(weekday(name)?.to_monday_zero_offset())))
        .ok()?;
    Some(Span {
        first: d,
        last: d,
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
        "quarter" => {
            let this = r
                .first_of_month()
                .with()
                .month((r.month() - 1) / 3 * 3 + 1)
                .build()
                .ok()?;
            let first = this.checked_add(jiff::Span::new().months(3 * step)).ok()?;
            let next = first.checked_add(jiff::Span::new().months(3)).ok()?;
            (first, next.yesterday().ok()?, Grain::Quarter)
        }
        "week" => {
            let first = week_of(r)?.first.checked_add(jiff::Span::new().weeks(step)).ok()?;
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
    // "earlier this month" ends the day before the reference, "later this month" starts on it
    // (later the same day).
    let day = jiff::Span::new().days(1);
    let (first, last) = match which {
        w if w.starts_with("earlier") => (first, r.checked_sub(day).ok()?.min(last)),
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

/// Whether a text opens with a place in capitals, as a wire dateline does ("MANILA, Nov. 11
/// (UPI) --", "TACLOBAN, Philippines (Reuters) –"); a timeline entry ("Oct. 9 – Talks
/// stall") does not.
pub fn opens_with_place_in_capitals(text: &str) -> bool {
    text.split([' ', ','])
        .next()
        .is_some_and(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 3 && !w.chars().any(char::is_lowercase))
}

/// A page's time stamp, near the top of the page: a field that holds one full date with its
/// year and nothing else but a label, a weekday, a time of day and a time zone ("Published
/// November 12, 2013", "Updated: Nov 09, 2013, 00:33 AM IST", "24th June 2016, 04:02",
/// "05:45 13 November 2013", "*February 20, 2026*" in Markdown's emphasis), or a line that starts with a label and a full date, whatever
/// follows ("date 2023-05-24 Shares of ...", "Published May 24, 2023 04:24PM ET Updated ..."),
/// or a byline that ends with a full date ("By Ana Ruiz, Valley Courier, March 2, 2027",
/// "Posted by Ana Ruiz on Tuesday, March 2, 2027 at 9:10 a.m.").
/// It dates the article, as a dateline does. `mentions` are the field's times.
pub fn stamp(field: &str, mentions: &[Mention]) -> Option<Date> {
    const LABEL: &str = r"published|updated|last\s+updated|posted|date|dated|modified|created";
    // A label and the date opening the line; what may stand around a date alone; a byline
    // up to its date (names and an outlet, no figure: "By 2030, ..." is a sentence), of at
    // most `BYLINE_CHARS` (counted in code: a bounded repeat of a Unicode class made this
    // the slowest of all the patterns to compile, 9 ms).
    const BYLINE_CHARS: usize = 151;
    static PATTERNS: OnceLock<(LazyRegex, LazyRegex, LazyRegex)> = OnceLock::new();
    let (labelled, rest, byline) = PATTERNS.get_or_init(|| {
        let byline = format!(
            r"(?i)^[\s*_]*(?:(?:{LABEL}|written)\s+)?by\s+(?P<who>[^\d\s][^\d]*?)(?:[,;|·•–—]|\bon)\s*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*)?$"
        );
        let labelled = format!(r"(?i)^[\s:.\-–—]*(?:{LABEL})\b[\s:.\-–—]*(?:on\s+)?$");
        let rest = format!(
            r"(?xi)^(?:
                [\s,;:.()|·•*_\-–—] | {LABEL} | last | first | on | at | and
                | (?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?
                | \d{{1,2}}(?:[:.]\d{{2}}){{1,2}}(?:\s*[ap]\.?m\b\.?)? | \d{{1,2}}\s*[ap]\.?m\b\.?
                | (?-i:[A-Z]{{1,4}}T\b|UTC\b) | [+-]\d{{2}}(?::?\d{{2}})?
            )*$"
        );
        (static_regex(&labelled), static_regex(&rest), static_regex(&byline))
    });
    let full_day = |m: &Mention| match m.value {
        Value::Time { span } if span.grain == Grain::Day => {
            let written = field.get(m.start..m.end)?;
            let with_year = written.as_bytes().windows(4).any(|w| w.iter().all(u8::is_ascii_digit));
            with_year.then_some(span.first)
        }
        _ => None,
    };
    let first = mentions.first()?;
    let before = field.get(..first.start)?;
    let alone = mentions.len() == 1 && rest.is_match(&format!("{before} {}", field.get(first.end..)?));
    if alone || labelled.is_match(before) {
        return full_day(first);
    }
    // A byline's date comes last, with at most a time of day after it.
    let last = mentions.last()?;
    let signed = byline
        .captures(field.get(..last.start)?)
        .and_then(|c| c.name("who"))
        .is_some_and(|who| who.as_str().chars().count() <= BYLINE_CHARS)
        && rest.is_match(field.get(last.end..)?);
    signed.then(|| full_day(last)).flatten()
}

/// From January 1 of `from` to December 31 of `to`.
fn years(from: i64, to: i64) -> Option<Span> {
    if to < from {
        return None;
    }
    Some(Span {
        first: Date::new(from.try_into().ok()?, 1, 1).ok()?,
        last: Date::new(to.try_into().ok()?, 12, 31).ok()?,
        grain: Grain::Year,
    })
}

/// Months `from` to `to` (1-12) of year `y`.
fn months(y: i64, from: i64, to: i64, grain: Grain) -> Option<Span> {
    let first = month_span(y, from)?.first;
    Some(Span {
        first,
        last: month_span(y, to)?.last,
        grain,
    })
}

fn month_span(y: i64, m: i64) -> Option<Span> {
    let first = Date::new(y.try_into().ok()?, m.try_into().ok()?, 1).ok()?;
    Some(Span {
        first,
        last: first.last_of_month(),
        grain: Grain::Month,
    })
}

/// Whether `text` opens with a word that starts a stretch from a date ("since", "starting",
/// "beginning").
fn opens_stretch(text: &str) -> bool {
    text.split_whitespace().next().is_some_and(|w| {
        ["since", "starting", "beginning"]
            .iter()
            .any(|o| w.eq_ignore_ascii_case(o))
    })
}

/// The month and day of two figures ("4/22", "22/04"): a first figure over 12 is the day;
/// else as the source writes its dates, or month first, as in American usage.
fn month_day(a: i64, b: i64, order: DateOrder) -> (i64, i64) {
    if a > 12 || b <= 12 && order.day_first(false) {
        (b, a)
    } else {
        (a, b)
    }
}

/// The first year of a decade written in words ("seventies" -> 1970; "noughties" -> 2000).
fn decade_word(word: &str) -> Option<i64> {
    let tens = match word.to_lowercase().as_str() {
        "noughties" => return Some(2000),
        "twenties" => 2,
        "thirties" => 3,
        "forties" => 4,
        "fifties" => 5,
        "sixties" => 6,
        "seventies" => 7,
        "eighties" => 8,
        "nineties" => 9,
        _ => return None,
    };
    Some(1900 + 10 * tens)
}

/// The part of a period a word names: "the start of" is its early part, "the end of" its late.
fn part_name(word: &str) -> String {
    match word.to_lowercase().as_str() {
        "start" | "beginning" => "early".to_string(),
        "middle" => "mid".to_string(),
        "end" => "late".to_string(),
        other => other.to_string(),
    }
}

/// Early (1-15), mid (10-20) or late (16-end) part of a month: halves, as Recognizers-Text
/// reads them, so that a writer's loose "late March" for the 18th still agrees (precision
/// first); "early May" and "late May" still disagree.
fn month_part(which: &str, m: Span) -> Option<Span> {
    let at = |d: i8| m.first.with().day(d).build().ok();
    let (first, last) = match which {
        "early" => (m.first, at(15)?),
        "mid" => (at(10)?, at(20)?),
        _ => (at(16)?, m.last),
    };
    Some(Span {
        first,
        last,
        grain: Grain::Part,
    })
}

/// A date written without its year ("May 19th", "in November"): the year that puts it on the
/// right side of the reference date. News reports the past, so a day more than a week after
/// the reference is last year's, unless the sentence speaks of the future.
fn yearless(w: &When, m: i64, d: Option<i64>) -> Option<Span> {
    in_nearest_year(w.reference?, w.future, |y| match d {
        Some(d) => day(y, m, d),
        None => month_span(y, m),
    })
}

/// What `read` gives for the reference's year, or for the year before (in the past) or after
/// (in the future) when that is more than a week away on the wrong side.
pub(super) fn in_nearest_year(r: Date, future: bool, read: impl Fn(i64) -> Option<Span>) -> Option<Span> {
    let this_year = read(i64::from(r.year()))?;
    let week = jiff::Span::new().days(7);
    if future && this_year.last < r.checked_sub(week).ok()? {
        read(i64::from(r.year()) + 1)
    } else if !future && this_year.first > r.checked_add(week).ok()? {
        read(i64::from(r.year()) - 1)
    } else {
        Some(this_year)
    }
}

/// "next", "last" or "this" for the words that say which period around the reference.
fn direction(word: &str) -> &'static str {
    match word.to_lowercase().as_str() {
        "next" | "coming" | "upcoming" | "following" => "next",
        "last" | "past" | "previous" => "last",
        _ => "this",
    }
}

/// The stretch of `n` units before the reference, up to it ("the past 3 weeks"), or after it
/// from the next day ("the next 3 days"); quarters are whole calendar quarters before or
/// after the reference's.
fn stretch(which: &str, n: i64, unit: &str, r: Date) -> Option<Span> {
    let (first, last) = if unit.to_lowercase().starts_with("quarter") {
        let this = relative_period("this", "quarter", r)?;
        let months = jiff::Span::new().months(3 * n);
        if which == "next" {
            let first = this.last.tomorrow().ok()?;
            (first, first.checked_add(months).ok()?.yesterday().ok()?)
        } else {
            (this.first.checked_sub(months).ok()?, this.first.yesterday().ok()?)
        }
    } else if which == "next" {
        (r.tomorrow().ok()?, r.checked_add(units(n, unit)?).ok()?)
    } else {
        (r.checked_sub(units(n, unit)?).ok()?, r)
    };
    (n > 0).then_some(Span {
        first,
        last,
        grain: Grain::Part,
    })
}

/// `n` days, weeks, months or years.
fn units(n: i64, unit: &str) -> Option<jiff::Span> {
    let unit = unit.to_lowercase();
    Some(match unit.trim_end_matches('s') {
        "day" => jiff::Span::new().try_days(n).ok()?,
        "week" => jiff::Span::new().try_weeks(n).ok()?,
        "month" => jiff::Span::new().try_months(n).ok()?,
        "year" => jiff::Span::new().try_years(n).ok()?,
        _ => return None,
    })
}

/// The number a `COUNT` match writes ("3", "eleven", "a few" = 3, "a couple of" = 2).
pub(super) fn count(written: &str) -> Option<i64> {
    let lower = written.to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().filter(|w| !matches!(*w, "a" | "of")).collect();
    match words[..] {
        [] => Some(1),
        ["few"] => Some(3),
        ["couple"] => Some(2),
        [word] => word.parse().ok().or_else(|| small_number_word(word)),
        _ => None,
    }
}

/// The week, Monday to Sunday, that holds a day.
fn week_of(d: Date) -> Option<Span> {
    let monday = d
        .checked_sub(jiff::Span::new().days(i64::from(d.weekday().to_monday_zero_offset())))
        .ok()?;
    Some(Span {
        first: monday,
        last: monday.checked_add(jiff::Span::new().days(6)).ok()?,
        grain: Grain::Week,
    })
}

fn shifted(r: Date, days: i64) -> Option<Span> {
    let d = r.checked_add(jiff::Span::new().days(days)).ok()?;
    Some(Span {
        first: d,
        last: d,
        grain: Grain::Day,
    })
}

/// A day of the month in digits or words ("14", "twenty-first", "thirty one").
fn day_number(written: &str) -> Option<i64> {
    if let Ok(n) = written.parse::<i64>() {
        return Some(n);
    }
    const UNITS: [(&str, i64); 19] = [
        ("first", 1),
        ("one", 1),
        ("second", 2),
        ("two", 2),
        ("third", 3),
        ("three", 3),
        ("fourth", 4),
        ("four", 4),
        ("fifth", 5),
        ("five", 5),
        ("sixth", 6),
        ("six", 6),
        ("seventh", 7),
        ("seven", 7),
        ("eighth", 8),
        ("eight", 8),
        ("ninth", 9),
        ("nine", 9),
        ("tenth", 10),
    ];
    const TEENS: [(&str, i64); 11] = [
        ("eleventh", 11),
        ("twelfth", 12),
        ("thirteenth", 13),
        ("fourteenth", 14),
        ("fifteenth", 15),
        ("sixteenth", 16),
        ("seventeenth", 17),
        ("eighteenth", 18),
        ("nineteenth", 19),
        ("twentieth", 20),
        ("thirtieth", 30),
    ];
    let lower = written.to_lowercase().replace('-', " ");
    let lower = lower.split_whitespace().collect::<Vec<_>>().join(" ");
    let unit = |w: &str| UNITS.iter().chain(&TEENS).find(|(name, _)| *name == w).map(|&(_, n)| n);
    for (tens, base) in [("twenty", 20), ("thirty", 30)] {
        if let Some(rest) = lower.strip_prefix(tens) {
            let rest = rest.trim();
            return if rest.is_empty() {
                None
            } else {
                Some(base + unit(rest).filter(|&n| n < 10)?)
            };
        }
    }
    unit(&lower).filter(|&n| n <= 31)
}

/// The month a name or abbreviation names ("May", "Sept", "december").
pub(crate) fn month(name: &str) -> Option<i64> {
    const NAMES: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let lower = name.to_lowercase();
    NAMES.iter().position(|n| lower.starts_with(n)).map(|i| i as i64 + 1)
}

/// Whether a word is a month's name or its abbreviation ("November", "Nov", "Sept"), not a
/// word that starts like one ("Mayor", "Marc").
pub fn is_month_name(word: &str) -> bool {
    const NAMES: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    let lower = word.to_lowercase();
    NAMES
        .iter()
        .any(|n| *n == lower || (lower.len() == 3 || lower == "sept") && n.starts_with(lower.as_str()))
}

/// Whether a word is a weekday's full name ("Monday", "fridays"): a day, never a counted noun
/// ("the toll rose to 1,744 Monday").
pub(crate) fn is_weekday_name(word: &str) -> bool {
    let lower = word.to_lowercase();
    let day = lower.strip_suffix('s').unwrap_or(&lower);
    // jiff names its weekdays in full ("Monday").
    weekday(day).is_some_and(|w| format!("{w:?}").to_lowercase() == day)
}

pub(super) fn weekday(name: &str) -> Option<Weekday> {
    Some(match name.to_lowercase().get(..3)? {
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

/// The months a part of a year covers: early (the start) = the first half, late (the end) =
/// the second, as Recognizers-Text reads them (wide, so that "late 2021" agrees with "in
/// August 2021", and still disagrees with "early 2022"); mid = May to August.
fn part(words: &str, y: i64) -> Option<Span> {
    let words = words.to_lowercase();
    let words = words.split_whitespace().collect::<Vec<_>>().join(" ");
    let (from, to) = match words.trim_start_matches("the ").trim_end_matches(" of") {
        "early" | "start" | "beginning" => (1, 6),
        "mid" | "middle" => (5, 8),
        "late" | "end" => (7, 12),
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

/// The quarter a `QUARTER` match names, of year `y`.
fn quarter(c: &Captures, y: i64) -> Option<Span> {
    let q = match (c.name("qn"), c.name("qw")) {
        (Some(n), _) => n.as_str().parse::<i64>().ok()?,
        (_, Some(w)) => match w.as_str().to_lowercase().get(..3)? {
            "fir" | "1st" => 1,
            "sec" | "2nd" => 2,
            "thi" | "3rd" => 3,
            _ => 4,
        },
        _ => return None,
    };
    months(y, (q - 1) * 3 + 1, q * 3, Grain::Quarter)
}

/// The first or second half of year `y`.
fn half(y: i64, h: i64) -> Option<Span> {
    months(y, (h - 1) * 6 + 1, h * 6, Grain::Part)
}

/// Verbs in the past that do not end in "-ed": they tell an event done on the day after
/// them, and end the noun a size is joined to ("the 399.9-metre ship ran aground", "the
/// 64-car freight train left the tracks"). (Not
/// "broke" or "rose": "will go broke by March", "will meet Rose on Friday".)
pub(crate) const PAST_VERBS: &[&str] = &[
    "said", "told", "met", "began", "took", "made", "gave", "held", "struck", "won", "lost", "sold", "ran", "sank",
    "fell", "went", "came", "paid", "spent", "bought", "sought", "got", "kept", "left", "sent", "led", "found",
    "brought", "became", "flew", "drove", "threw", "tore", "blew", "stood", "caught", "fought", "swept", "shook",
    "spoke", "wrote", "stole", "chose", "built", "heard", "saw", "knew", "grew", "drew", "froze", "shot",
];

/// Whether byte `at` lies in a clause of `future_clauses` (`TimeRecogniser::future_clauses`)
/// that speaks of the future.
fn is_future(future_clauses: &[(usize, bool)], at: usize) -> bool {
    let clause = future_clauses.partition_point(|&(start, _)| start <= at);
    clause > 0 && future_clauses.get(clause - 1).is_some_and(|&(_, future)| future)
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn read(text: &str, reference: Option<Date>) -> Vec<(String, String)> {
        TimeRecogniser::new()
            .find(text, reference, DateOrder::Unknown)
            .into_iter()
            .map(|t| (text[t.start..t.end].to_string(), t.value.reading()))
            .collect()
    }

    /// Whether the date at byte `at` of a sentence is read in the future.
    struct Future<'a>(&'a TimeRecogniser);
    impl Future<'_> {
        fn future_at(&self, sentence: &str, at: usize) -> bool {
            is_future(&self.0.future_clauses(sentence), at)
        }
    }

    /// A future word speaks for its own clause, or for the whole sentence from an opening
    /// clause; a comma before a figure is inside a date and breaks no clause.
    #[test]
    fn the_future_reaches_its_own_clause() {
        let recogniser = TimeRecogniser::new();
        let times = Future(&recogniser);
        let at = |s: &str, part: &str| s.find(part).unwrap();
        let s = "Halvora will pay $38 a share, a premium to the close on Monday.";
        assert!(times.future_at(s, at(s, "$38")));
        assert!(!times.future_at(s, at(s, "Monday")));
        let s = "On Monday, Halvora will release the update.";
        assert!(times.future_at(s, at(s, "Monday")));
        // An opening clause with a verb in the past of its own keeps its own tense.
        let s = "Storm Wren strengthened off the coast on Monday, forecasters said, and was expected to reach Porth.";
        assert!(!times.future_at(s, at(s, "Monday")));
        let s = "Expected on Friday, the results will show a loss.";
        assert!(times.future_at(s, at(s, "Friday")));
        let s = "United Airlines on Friday, the carrier said, will resume flights.";
        assert!(times.future_at(s, at(s, "Friday")));
        let s = "We will be out until Wed, 22 of Jan.";
        assert!(times.future_at(s, at(s, "22")));
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

    /// Days of the month in words ("May twenty-first", "the second of Aug", "Friday the
    /// twenty second") and months with a day after a dash or slash ("Oct-2"); "the second"
    /// alone is no date.
    #[test]
    fn days_in_words_and_month_day_forms() {
        let r = Date::new(2026, 5, 30).ok();
        let one = |t: &str| {
            let found = read(t, r);
            assert_eq!(found.len(), 1, "{t}: {found:?}");
            found.into_iter().next().unwrap()
        };
        assert_eq!(
            one("They met on May twenty-first."),
            ("May twenty-first".into(), "2026-05-21".into())
        );
        assert_eq!(
            one("They met on May twenty one, 2025."),
            ("May twenty one, 2025".into(), "2025-05-21".into())
        );
        assert_eq!(
            one("They met on the second of May."),
            ("second of May".into(), "2026-05-02".into())
        );
        assert_eq!(
            one("They met on Friday the twenty second."),
            ("Friday the twenty second".into(), "2026-05-22".into())
        );
        assert_eq!(
            one("Filed Oct-2 with the court."),
            ("Oct-2".into(), "2025-10-02".into())
        );
        assert_eq!(
            one("Sales in 2016 November fell."),
            ("2016 November".into(), "2016-11-01..2016-11-30".into())
        );
        assert_eq!(
            one("Sales in November , 2016 fell."),
            ("November , 2016".into(), "2016-11-01..2016-11-30".into())
        );
        assert_eq!(
            one("It ships in the coming week."),
            ("coming week".into(), "2026-06-01..2026-06-07".into())
        );
        assert_eq!(
            one("It shipped the previous month."),
            ("previous month".into(), "2026-04-01..2026-04-30".into())
        );
        assert_eq!(read("He came second for the second time.", r), []);
        assert_eq!(read("It was the second of them.", r), []);
    }

    /// A page's time stamp: a full date alone with a label, weekday, time of day and zone, or
    /// a label and a full date opening the line; a date in a sentence, a date without its
    /// year, or a date with other words is not one.
    #[test]
    fn time_stamps_date_the_page() {
        let recogniser = TimeRecogniser::new();
        let stamped =
            |field: &str| stamp(field, &recogniser.find(field, None, DateOrder::Unknown)).map(|d| d.to_string());
        for (field, day) in [
            ("Published November 12, 2013", "2013-11-12"),
            ("Updated: Nov 09, 2013, 00:33 AM IST", "2013-11-09"),
            ("24th June 2016, 04:02", "2016-06-24"),
            ("05:45 13 November 2013", "2013-11-13"),
            ("updated 11:37 AM EST, Tue November 12, 2013", "2013-11-12"),
            (" 10.11.2013", "2013-11-10"),
            ("Saturday, 25 June 2016", "2016-06-25"),
            (
                " date 2023-05-24 Shares of the chipmaker rose 3% on Friday.",
                "2023-05-24",
            ),
            (
                "Published May 24, 2023 04:24PM ET Updated May 24, 2023 07:18PM ET",
                "2023-05-24",
            ),
            ("By Ana Ruiz, Valley Courier, March 2, 2027", "2027-03-02"),
            (
                "BY ANA RUIZ AND TOM LEE — Tuesday, March 2, 2027, 9:10 a.m. ET",
                "2027-03-02",
            ),
            ("Posted by Ana Ruiz on March 2, 2027", "2027-03-02"),
        ] {
            assert_eq!(stamped(field).as_deref(), Some(day), "{field}");
        }
        for field in [
            "The vote was held on June 23, 2016 across the country.",
            "Doors open March 3, 2026",
            "Updated Monday",
            "Date of the vote: June 23, 2016",
            "Version 3.12.1",
            "By 2030, sales should double from March 2, 2027",
            "By the end of March 2, 2027, the deal had closed.",
            "By Ana Ruiz, Valley Courier, March 2",
            "By Ana Ruiz, March 2, 2027, reporting on a vote of May 5, 2027",
        ] {
            assert_eq!(stamped(field), None, "{field}");
        }
        // A byline is short: a sentence that opens with "by" and runs on to a date is none.
        let long = format!(
            "By {} and the staff, March 2, 2027",
            "the reporters of the Valley Courier ".repeat(4)
        );
        let short = format!(
            "By {} and the staff, March 2, 2027",
            "the reporters of the Valley Courier ".repeat(3)
        );
        assert_eq!(stamped(&long), None);
        assert_eq!(stamped(&short).as_deref(), Some("2027-03-02"));
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

    /// A weekday picks the year of a date without one when the other year around the
    /// reference has it and is nearer; a weekday no near year has stays as written.
    #[test]
    fn a_weekday_tells_the_year() {
        let day = |text: &str, r: Date| read(text, Some(r)).last().map(|(_, v)| v.clone());
        let june = date(2027, 6, 7);
        // Past-leaning, June 18 would be 2026's, a Thursday.
        assert_eq!(
            day("The results must be certified by Friday, June 18.", june).as_deref(),
            Some("..2027-06-18")
        );
        // Future-leaning ("will"), February 17 would be 2028's, a Thursday.
        assert_eq!(
            day(
                "On Wednesday 17 February she said they will stay out.",
                date(2027, 3, 20)
            )
            .as_deref(),
            Some("2027-02-17")
        );
        // June 20, 2026 was a Saturday, but a year off: the slip stays.
        assert_eq!(
            day("They will meet in a run-off on Saturday, June 20.", june).as_deref(),
            Some("2027-06-20")
        );
        assert_eq!(
            day("It sank on Monday, May 9.", date(2027, 5, 11)).as_deref(),
            Some("2027-05-09")
        );
    }

    #[test]
    fn months_parts_quarters_years_and_decades() {
        assert_eq!(
            read("He left in early 2024.", None),
            [("early 2024".into(), "2024-01-01..2024-06-30".into())]
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
            [("by the end of 2028".into(), "..2028-12-31".into())]
        );
    }

    /// "Since August" is the stretch from August on; the claim it makes dates the start.
    #[test]
    fn a_stretch_from_a_date_and_the_date_it_began() {
        let r = Some(date(2026, 3, 11));
        assert_eq!(
            read("She has been away since August.", r),
            [("since August".into(), "2025-08-01..".into())]
        );
        assert_eq!(
            read("The trial runs starting on January 7th.", r),
            [("starting on January 7th".into(), "2026-01-07..".into())]
        );
        let times = TimeRecogniser::new();
        let sentence = "She has led Halvora since 2019.";
        let found = times.find(sentence, r, DateOrder::Unknown);
        let began = found
            .first()
            .and_then(|m| times.bound(sentence, m, r, DateOrder::Unknown));
        assert_eq!(
            began.map(|t| t.value.reading()).as_deref(),
            Some("2019-01-01..2019-12-31")
        );
        // Any other date is no stretch's start.
        let sentence = "She left Halvora after 2019.";
        let found = times.find(sentence, r, DateOrder::Unknown);
        assert_eq!(
            found
                .first()
                .and_then(|m| times.bound(sentence, m, r, DateOrder::Unknown)),
            None
        );
    }

    #[test]
    fn a_source_writes_its_dates_day_first_or_month_first() {
        let times = TimeRecogniser::new();
        assert_eq!(
            times.date_order("Filed 22/04/2026, amended 10/11/2026."),
            DateOrder::DayFirst
        );
        assert_eq!(
            times.date_order("Filed 4/22/2026, amended 10/11/2026."),
            DateOrder::MonthFirst
        );
        // Figures decide before words; words decide when figures say nothing.
        assert_eq!(
            times.date_order("On 10 November, 5 December and 9 May; filed 4/22/2026."),
            DateOrder::MonthFirst
        );
        assert_eq!(
            times.date_order("It met on 10 November, in London."),
            DateOrder::DayFirst
        );
        assert_eq!(
            times.date_order("It met on November 10 and Dec. 3."),
            DateOrder::MonthFirst
        );
        // A weekday beside a date in figures tells its order when it fits one reading only:
        // 2 January 2025 was a Thursday, 1 February a Saturday.
        assert_eq!(times.date_order("Thursday 02/01/2025"), DateOrder::DayFirst);
        assert_eq!(times.date_order("Sat., 02/01/2025"), DateOrder::MonthFirst);
        assert_eq!(times.date_order("Monday 02/01/2025"), DateOrder::Unknown);
        // "May 2026" is a month, not a day; a tie or nothing is no evidence.
        assert_eq!(times.date_order("In May 2026, 3/4 of staff voted."), DateOrder::Unknown);
        assert_eq!(times.date_order("On 3 May and on June 4."), DateOrder::Unknown);
    }

    /// Reference Wednesday 2026-03-11 throughout.
    #[test]
    fn relative_and_composite_dates() {
        let r = Some(date(2026, 3, 11));
        for (text, span, reading) in [
            ("It opened on the 24th, officials said.", "the 24th", "2026-02-24"),
            ("It will open on the 2nd.", "the 2nd", "2026-04-02"),
            ("It closed on Friday the 27th.", "Friday the 27th", "2026-02-27"),
            (
                "They met the second Monday of next month.",
                "the second Monday of next month",
                "2026-04-13",
            ),
            (
                "They met on the first Friday of July 2025.",
                "the first Friday of July 2025",
                "2025-07-04",
            ),
            ("They met on the second Sunday.", "the second Sunday", "2026-03-08"),
            (
                "Sales rose in the three months to February 28.",
                "the three months to February 28",
                "2025-12-01..2026-02-28",
            ),
            (
                "Revenue rose in its first quarter ended April 30, 2023.",
                "its first quarter ended April 30, 2023",
                "2023-02-01..2023-04-30",
            ),
            (
                "It lost money in the fiscal year ended January 31, 2026.",
                "the fiscal year ended January 31, 2026",
                "2025-02-01..2026-01-31",
            ),
            (
                "Profit fell in the year to March.",
                "the year to March",
                "2025-04-01..2026-03-31",
            ),
            (
                "Pay is due the 20th of next month.",
                "the 20th of next month",
                "2026-04-20",
            ),
            ("They meet on Friday next week.", "Friday next week", "2026-03-20"),
            ("They met next week on Friday.", "next week on Friday", "2026-03-20"),
            ("It opened two months ago.", "two months ago", "2026-01-11"),
            (
                "It will open three years from now.",
                "three years from now",
                "2029-03-11",
            ),
            ("It closed last September.", "last September", "2025-09-01..2025-09-30"),
            ("It opens next june.", "next june", "2026-06-01..2026-06-30"),
            (
                "Sales fell early last year.",
                "early last year",
                "2025-01-01..2025-06-30",
            ),
            (
                "The port closed over the weekend.",
                "the weekend",
                "2026-03-06..2026-03-08",
            ),
            (
                "The port is shut for the rest of the month.",
                "rest of the month",
                "2026-03-11..2026-03-31",
            ),
            (
                "The shelter was open November 19-20.",
                "November 19-20",
                "2025-11-19..2025-11-20",
            ),
            (
                "It ran from 4 to 22 January, 1995.",
                "from 4 to 22 January, 1995",
                "1995-01-04..1995-01-22",
            ),
            ("It rose in 3/2015.", "3/2015", "2015-03-01..2015-03-31"),
            ("Dated 05-Aug-2016 here.", "05-Aug-2016", "2016-08-05"),
            (
                "It ran Oct. 2 to October 22, 2025.",
                "Oct. 2 to October 22, 2025",
                "2025-10-02..2025-10-22",
            ),
            (
                "It ran between May 1, 2025 and May 3, 2025.",
                "between May 1, 2025 and May 3, 2025",
                "2025-05-01..2025-05-03",
            ),
            ("Dated 2019/sep/01 here.", "2019/sep/01", "2019-09-01"),
            (
                "It was monday january 12th, 2026.",
                "monday january 12th, 2026",
                "2026-01-12",
            ),
        ] {
            assert_eq!(read(text, r), [(span.to_string(), reading.to_string())], "{text}");
        }
        // Not dates: an ordinal of a noun, "may" and "march" in lower case; a century is one.
        assert_eq!(
            read("In the 21st century the 14th Amendment held.", r),
            [("21st century".into(), "2000-01-01..2099-12-31".into())]
        );
        assert_eq!(read("Prices may 5 times rise as they march 20 miles.", r), []);
        // An ordinal weekday alone is of the reference's month, but not "last Sunday" (the one
        // before the reference) nor one counted from something else.
        assert_eq!(
            read("It shut last Sunday.", r),
            [("last Sunday".into(), "2026-03-08".into())]
        );
        assert_eq!(
            read("It shut the first Monday after the vote.", r),
            [("Monday".into(), "2026-03-09".into())]
        );
        assert_eq!(
            read("Crowds returned for a second Sunday.", r),
            [("Sunday".into(), "2026-03-08".into())]
        );
        // A delay is no reporting period.
        assert!(read("The launch was delayed by six months to September.", r)
            .iter()
            .all(|(span, _)| !span.contains("months")));
        // Two dates joined by "and" without "between" are two dates.
        assert_eq!(read("It met on May 1, 2025 and May 3, 2025.", r).len(), 2);
    }

    /// Each text reads as its one date, at the reference.
    fn reads_as(r: Option<Date>, cases: &[(&str, &str, &str)]) {
        for (text, span, reading) in cases {
            assert_eq!(read(text, r), [(span.to_string(), reading.to_string())], "{text}");
        }
    }

    /// No text reads as a date, at the reference.
    fn reads_none(r: Option<Date>, texts: &[&str]) {
        for text in texts {
            assert!(read(text, r).is_empty(), "{text}: {:?}", read(text, r));
        }
    }

    #[test]
    fn weeks_of_the_year_by_number() {
        let r = Some(date(2026, 3, 11));
        reads_as(
            r,
            &[
                ("Sales fell in week 10.", "week 10", "2026-03-02..2026-03-08"),
                ("Sales fell in the week 1.", "week 1", "2025-12-29..2026-01-04"),
                (
                    "Sales fell in Week 52 of 2025.",
                    "Week 52 of 2025",
                    "2025-12-22..2025-12-28",
                ),
                (
                    "Sales fell in week 3 of 2027.",
                    "week 3 of 2027",
                    "2027-01-18..2027-01-24",
                ),
                (
                    "It shuts from week 31 to week 33.",
                    "from week 31 to week 33",
                    "2026-07-27..2026-08-16",
                ),
            ],
        );
        // A season's, a trial's or a game's week is no week of the year.
        reads_none(
            r,
            &[
                "He scored twice in Week 10 of the NFL season.",
                "The Jets lost in Week 10.",
                "On week 2 of the trial, the witness spoke.",
                "The week 10 games were moved.",
                "It ran for week 60.",
            ],
        );
    }

    #[test]
    fn offsets_from_the_reference_are_days() {
        let r = Some(date(2026, 3, 11));
        reads_as(
            r,
            &[
                ("It will happen 2 days hence.", "2 days hence", "2026-03-13"),
                (
                    "It will happen 4 weeks in the future.",
                    "4 weeks in the future",
                    "2026-04-08",
                ),
            ],
        );
        // "in two weeks" is no day: sources of Monday and of Tuesday would set the same plan a
        // day apart.
        reads_none(r, &["The plant will reopen in two weeks."]);
    }

    #[test]
    fn years_in_words() {
        let r = Some(date(2026, 3, 11));
        reads_as(
            r,
            &[
                (
                    "They left in nineteen ninety six.",
                    "nineteen ninety six",
                    "1996-01-01..1996-12-31",
                ),
                (
                    "They came back in two thousand and fifteen.",
                    "two thousand and fifteen",
                    "2015-01-01..2015-12-31",
                ),
                (
                    "The mill opened in nineteen oh five, records show.",
                    "nineteen oh five",
                    "1905-01-01..1905-12-31",
                ),
                (
                    "It was founded on September 10, nineteen zero one.",
                    "September 10, nineteen zero one",
                    "1901-09-10",
                ),
                (
                    "It happened in June of nineteen ninety nine.",
                    "June of nineteen ninety nine",
                    "1999-06-01..1999-06-30",
                ),
                (
                    "They met on the tenth of September, two thousand.",
                    "tenth of September, two thousand",
                    "2000-09-10",
                ),
            ],
        );
        // A count is no year.
        reads_none(
            r,
            &[
                "Police said in two thousand and five cases no one was charged.",
                "Officials counted two thousand and twenty ballots.",
            ],
        );
        assert_eq!(year_number("one thousand seven hundred and eighty nine"), Some(1789));
        assert_eq!(year_number("twenty twenty"), Some(2020));
        assert_eq!(year_number("nineteen hundred"), Some(1900));
    }

    /// A day its month does not have is read as the month and the days it overruns into, and
    /// marked; a day only some years have is one without its year.
    #[test]
    fn days_a_month_does_not_have() {
        let r = Some(date(2026, 3, 11));
        reads_as(
            r,
            &[
                (
                    "It closed on February 30, 2026.",
                    "February 30, 2026",
                    "2026-02-01..2026-03-02",
                ),
                ("It closed on 2/29/2019.", "2/29/2019", "2019-02-01..2019-03-01"),
                ("It closed on 2019-02-29.", "2019-02-29", "2019-02-01..2019-03-01"),
                ("It closed on 31 April 2025.", "31 April 2025", "2025-04-01..2025-05-01"),
                (
                    "It closed on Monday, Nov 31.",
                    "Monday, Nov 31",
                    "2025-11-01..2025-12-01",
                ),
            ],
        );
        let found = TimeRecogniser::new().find("It closed on Feb 30.", r, DateOrder::Unknown);
        assert!(found.len() == 1 && found[0].no_such_day, "{found:?}");
        reads_none(r, &["It closed on Feb 29.", "It closed on 13/13/2025."]);
        let leap = TimeRecogniser::new().find("It closed on February 29, 2024.", r, DateOrder::Unknown);
        assert!(leap.len() == 1 && !leap[0].no_such_day, "{leap:?}");
    }

    #[test]
    fn weekday_next_to_a_date_is_kept() {
        let found = TimeRecogniser::new().find("It happened on Thursday, March 6, 2026.", None, DateOrder::Unknown);
        assert_eq!(found[0].weekday, Some(Weekday::Thursday));
    }

    #[test]
    fn numbers_that_are_not_dates() {
        assert!(read("It costs $2024 and 2:30 and 24/7 and Claude 1.", None).is_empty());
    }
}
