//! Times of day: "4:35", "04:35 GMT", "4.40am", "7:15 a.m.", "9 p.m.", "noon", "midnight",
//! "half past seven", "1340 GMT"; ranges ("between 9:30 and 11:00", "5 to 6pm"); hedges ("about
//! 9pm", "just after 4.40am", "before 2.30pm", lexicon `[clock]`); the zone written after a time
//! (a fixed offset, or a region whose offset on the day jiff's time zone database gives); and the
//! day a date right next to it names ("Sunday at 21:00 GMT", "9am on Tuesday").

use std::collections::BTreeMap;

use jiff::civil::{Date, Time};
use jiff::tz::{Offset, TimeZone, TimeZoneDatabase};
use regex::Captures;

use super::numbers::small_number_word;
use super::Mention;
use crate::pattern::{static_regex, LazyRegex};
use crate::rules::{ClockWords, Kind, Lexicon};
use crate::value::{Clock, Interval, Unit, Value, PART_OF_DAY};
use crate::Error;

/// What a hedge makes of a time.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Stretch {
    Approximate,
    JustAfter,
    JustBefore,
    From,
    Until,
}

/// A zone as the lexicon gives it.
#[derive(Clone, Debug)]
enum Zone {
    Fixed(i32),
    Region(TimeZone),
    Unknown,
}

/// A time of day as written, before ranges, zones and days.
#[derive(Clone, Debug)]
struct Read {
    start: usize,
    end: usize,
    at: Time,
    /// Written to the minute ("4:35"), not to the hour ("9 p.m.", "noon").
    to_minute: bool,
    /// The half of the day is written ("p.m.", "21:00", "noon"), not guessed.
    half_known: bool,
    /// Where the time itself ends, before a part of the day after it ("8am" in "8am this
    /// morning").
    core_end: usize,
    /// For a part of the day ("this evening"), the times it stands for.
    part: Option<(Time, Time)>,
}

impl Read {
    /// A time written over `start..end`, with nothing after it taken in yet.
    fn new(start: usize, end: usize, at: Time, to_minute: bool, half_known: bool) -> Read {
        Read {
            start,
            end,
            at,
            to_minute,
            half_known,
            core_end: end,
            part: None,
        }
    }
}

pub struct ClockRecogniser {
    /// "4:35", "04:35:10", "4.40am", "9 p.m.", "7 o'clock".
    digits: LazyRegex,
    /// "1340 GMT", "0900 hours", "1140 a.m.".
    compact: LazyRegex,
    /// What an elapsed time is told after ("won in 2:05:13", "a time of 2:05:13", "clocked
    /// 2:05:13"): hours, minutes and seconds there are a duration, not a time of day.
    elapsed_before: LazyRegex,
    /// "noon", "12 noon", "midnight".
    named: LazyRegex,
    /// "half past seven", "ten past 9", "quarter to eight", "seven o'clock".
    words: LazyRegex,
    /// "five-thirty", "two forty five": an hour and its minutes in words.
    spoken: LazyRegex,
    /// "this evening", "tomorrow night", "late in the afternoon", "tonight".
    part_of_day: LazyRegex,
    /// "in the evening", "at night", "tonight": the half of the day a time is in.
    day_part: LazyRegex,
    /// A bare hour that opens a range ("5 to 6pm", "between 5 and 6 in the afternoon").
    range_opening: LazyRegex,
    /// What may stand between a date and a time of that day ("Sunday at 21:00", "9am on Tuesday").
    date_before: LazyRegex,
    /// "at", "around" after a date or a part of the day, before a bare hour ("Monday at 4",
    /// "tonight around 7", "in the morning at 7").
    at_after_day: LazyRegex,
    /// What may follow a bare hour that a date makes a time: the end, punctuation, a joining
    /// word or a zone ("Monday at 4 sites" counts sites).
    bare_hour_after: LazyRegex,
    date_after: LazyRegex,
    hedges: Vec<(Stretch, LazyRegex)>,
    ish: LazyRegex,
    zone_after: Option<LazyRegex>,
    zones: BTreeMap<String, Zone>,
    approximate_minutes: i64,
    approximate_hour_minutes: i64,
    rounded_hour_minutes: i64,
    near_minutes: i64,
}

/// "a.m.", "pm", "P.M": the full stop after "m" only where the "a" has one too ("4.40am."
/// ends a sentence).
const MERIDIEM: &str = r"(?:\s?(?P<mer>[aApP])(?:\.\s?[mM]\b\.?|\s?[mM]\b))";
const MINUTE_WORDS: &str = r"(?:twenty|thirty|forty|fifty)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";
const HOUR_WORDS: &str = r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve";

impl ClockRecogniser {
    pub(crate) fn new(lexicon: &Lexicon) -> Result<ClockRecogniser, Error> {
        let words = &lexicon.clock;
        let phrases = |list: &[String]| -> Result<Option<LazyRegex>, Error> {
            if list.is_empty() {
                return Ok(None);
            }
            let mut list: Vec<&String> = list.iter().collect();
            list.sort_by_key(|w| std::cmp::Reverse(w.len()));
            let alternatives: Vec<String> = list.iter().map(|w| regex::escape(w)).collect();
            lexicon
                .compile(
                    "clock hedge",
                    &format!(r"(?i)(?:^|[^\p{{L}}\p{{N}}])(?:{})\s+$", alternatives.join("|")),
                )
                .map(Some)
        };
        let mut hedges = Vec::new();
        for (stretch, list) in [
            // Longer phrases first: "just after" before "after".
            (Stretch::JustAfter, &words.just_after),
            (Stretch::JustBefore, &words.just_before),
            (Stretch::Approximate, &words.approximate),
            (Stretch::From, &words.from),
            (Stretch::Until, &words.until),
        ] {
            if let Some(re) = phrases(list)? {
                hedges.push((stretch, re));
            }
        }
        let zones = zones(words);
        let zone_after = if zones.is_empty() {
            None
        } else {
            let mut names: Vec<&String> = zones.keys().collect();
            names.sort_by_key(|w| std::cmp::Reverse(w.len()));
            // Abbreviations in capitals only ("ET", not "et"); phrases in any case.
            let alternatives: Vec<String> = names
                .iter()
                .map(|n| {
                    if n.chars().all(|c| c.is_ascii_uppercase()) {
                        regex::escape(n)
                    } else {
                        format!("(?i:{})", regex::escape(n))
                    }
                })
                .collect();
            Some(lexicon.compile(
                "clock zone",
                &format!(r"^\s?\(?(?P<zone>{})\)?(?:[^\p{{L}}\p{{N}}]|$)", alternatives.join("|")),
            )?)
        };
        Ok(ClockRecogniser {
            digits: static_regex(&format!(
                r"\b(?P<h>2[0-3]|[01]?\d)(?:(?P<sep>[:.])(?P<m>[0-5]\d)(?::(?P<s>[0-5]\d))?)?{MERIDIEM}?(?P<oclock>\s?o['’]?\s?clock\b)?"
            )),
            elapsed_before: static_regex(r"(?i)\b(?:in|of|clocked|ran|run|took|timed|was|is|at\s+halfway\s+in)\s*$"),
            compact: static_regex(&format!(
                r"\b(?P<h>2[0-3]|[01]\d)(?P<m>[0-5]\d)(?:(?P<mil>\s?(?:hours|hrs|h)\b)|{MERIDIEM})?"
            )),
            named: static_regex(r"(?i)\b(?:12\s+)?(?P<w>noon|midday|midnight|mid night)(?:ish)?\b"),
            words: static_regex(&format!(
                r"(?i)\b(?:(?P<n>half|quarter|[1-5]?\d|{MINUTE_WORDS})\s+(?P<min>min(?:ute)?s?\s+)?(?P<dir>past|to)\s+)?(?P<h>\d{{1,2}}|{HOUR_WORDS})(?P<oclock>\s?o['’]?\s?clock\b)?"
            )),
            spoken: static_regex(&format!(
                r"(?i)(?:(?P<lead>\b(?:at|from|to|until|till|by|about|around)\s+))?\b(?P<h>{HOUR_WORDS})[- ](?P<m>{MINUTE_WORDS})\b{MERIDIEM}?"
            )),
            part_of_day: static_regex(
                r"(?i)\b(?:(?P<edge>early|late|later)\s+(?:in\s+the\s+|this\s+)?|in\s+the\s+|this\s+)?(?P<part>morning|afternoon|evening|night|tonight|tonite)s?\b",
            ),
            day_part: static_regex(
                r"(?i)^\s*(?:in the (?P<am>morning)|in the (?P<pm>afternoon|evening)|at (?P<night>night)|(?P<tonight>tonight)|this (?P<this_am>morning)|this (?P<this_pm>afternoon|evening))\b",
            ),
            range_opening: static_regex(
                r"(?i)(?:\b(?P<lead>between|from)\s+)?\b(?P<h>2[0-3]|[01]?\d)(?::(?P<m>[0-5]\d))?\s*(?P<joint>-|–|—|to|until|till|and)\s*$",
            ),
            date_before: static_regex(r"(?i)^\s*,?\s*(?:at|@|-|from)?\s*$"),
            at_after_day: static_regex(
                r"(?i)(?:(?P<lead>\bin\s+the\s+)?\b(?P<part>morning|afternoon|evening|night|tonight|tonite))?,?\s+(?:at|around|about)\s+$",
            ),
            bare_hour_after: static_regex(r"^(?:\s*$|\s*[.,;:!?)]|\s+(?i:and|or|to|until|till|on)\b|\s+[A-Z]{2,4}\b)"),
            date_after: static_regex(r"(?i)^\s*,?\s*(?:on|of)?\s*$"),
            hedges,
            ish: static_regex(r"^-?ish\b"),
            zone_after,
            zones,
            approximate_minutes: words.approximate_minutes.map_or(10, i64::from),
            approximate_hour_minutes: words.approximate_hour_minutes.map_or(30, i64::from),
            rounded_hour_minutes: words.rounded_hour_minutes.map_or(0, i64::from),
            near_minutes: words.near_minutes.map_or(15, i64::from),
        })
    }

    /// Every time of day in a sentence, earliest first. `dates` are the sentence's dates: a
    /// day one names right next to a time is the time's day, and the mention covers both.
    /// `reference` is the source's day, for the offset of a region's zone.
    pub fn find(&self, sentence: &str, dates: &[Mention], reference: Option<Date>) -> Vec<Mention> {
        let mut read = self.read(sentence, dates);
        let elapsed = self.elapsed(sentence);
        read.retain(|r| !elapsed.iter().any(|e| e.start < r.end && r.start < e.end));
        // "8am this morning": a part of the day a date reads is that date's, not the time's.
        for r in &mut read {
            if dates.iter().any(|d| d.start < r.end && r.core_end < d.end) {
                r.end = r.core_end;
            }
        }
        // A time a date overlaps is part of the date, except a part of the day that takes a
        // date in ("this evening", "tomorrow night": the date is its day), and four digits a
        // zone follows, a time and no year ("8 p.m. (1800 GMT)"; see `Recognisers`).
        read.retain(|r| {
            !dates.iter().any(|d| {
                let inside = r.part.is_some() && r.start <= d.start && d.end <= r.end;
                d.start < r.end && r.start < d.end && !inside && !self.zoned_digits(sentence, d)
            })
        });
        read.sort_by_key(|r| r.start);
        let mut found = Vec::new();
        let mut i = 0;
        while let Some(first) = read.get(i) {
            let mut first = first.clone();
            // A second time joined to this one makes a range; parts of the day make none
            // ("this evening - this evening").
            let joined = read
                .get(i + 1)
                .filter(|next| first.part.is_none() && next.part.is_none())
                .filter(|next| {
                    let joint = &sentence[first.end..next.start];
                    let lead = sentence[..first.start].trim_end();
                    let between = lead
                        .get(lead.len().saturating_sub(7)..)
                        .is_some_and(|w| w.eq_ignore_ascii_case("between"));
                    let re = joint.trim().to_lowercase();
                    ["-", "–", "—", "to", "until", "till"].contains(&re.as_str()) || between && re == "and"
                });
            let mut last = joined.cloned();
            if last.is_some() {
                i += 1;
            }
            if last.is_none() && first.part.is_none() {
                // "5 to 6pm": a bare hour before the time opens the range.
                if let Some(opening) = self.range_opening(sentence, &first) {
                    last = Some(first);
                    first = opening;
                }
            }
            i += 1;
            if let Some(mention) = self.mention(sentence, first, last, dates, reference) {
                found.push(mention);
            }
        }
        found.extend(elapsed);
        found
    }

    /// Hours, minutes and seconds told as the time something took ("won in 2:05:13", "her
    /// chip time was 3:09:58"): durations, in days, as precise as written (to the second).
    /// A meridiem or a zone after them makes a time of day ("at 2:05:13 p.m.").
    fn elapsed(&self, sentence: &str) -> Vec<Mention> {
        const DAY: f64 = 86_400.0;
        // (Hours, minutes and seconds are written with two colons.)
        if !sentence.contains(':') {
            return Vec::new();
        }
        self.digits
            .captures_iter(sentence)
            .filter_map(|c| {
                let whole = c.get(0)?;
                let seconds = num(&c, "s")?;
                if c.name("mer").is_some()
                    || c.name("sep")?.as_str() != ":"
                    || self.zoned(&sentence[whole.end()..])
                    || !self.elapsed_before.is_match(&sentence[..whole.start()])
                    || !stands_alone(sentence, whole.start(), whole.end())
                {
                    return None;
                }
                let total = (num(&c, "h")? * 3600 + num(&c, "m")? * 60 + seconds) as f64;
                Some(Mention {
                    kind: Kind::Duration,
                    start: whole.start(),
                    end: whole.end(),
                    value: Value::Amount {
                        value: total / DAY,
                        interval: Interval {
                            low: (total - 0.5) / DAY,
                            high: (total + 0.5) / DAY,
                            low_open: false,
                            high_open: false,
                        },
                        unit: Unit::Days,
                        hedge: None,
                    },
                    weekday: None,
                    no_such_day: false,
                })
            })
            .collect()
    }

    /// Whether the words around a time to the hour say it is that very minute.
    fn exact_hour(&self, before: &str, after: &str) -> bool {
        let before = before.trim_end().to_lowercase();
        let after = after.trim_start().to_lowercase();
        ["exactly", "precisely", "promptly"].iter().any(|w| before.ends_with(w))
            || ["sharp", "deadline", "on the dot"].iter().any(|w| after.starts_with(w))
    }

    fn mention(
        &self,
        sentence: &str,
        first: Read,
        last: Option<Read>,
        dates: &[Mention],
        reference: Option<Date>,
    ) -> Option<Mention> {
        let (mut start, mut end) = (first.start, last.as_ref().map_or(first.end, |l| l.end));
        let (mut low, mut high, hedge) = match &last {
            Some(last) => {
                let mut from = first.at;
                // "5 to 6pm": the first hour is in the second's half of the day.
                if !first.half_known && last.at.hour() >= 12 && from.hour() < 12 && from.hour() + 12 <= last.at.hour() {
                    from = from.with().hour(from.hour() + 12).build().ok()?;
                }
                if from > last.at {
                    return None;
                }
                // "between 9:30 and 11:00", "from 5 to 6pm": the range takes its opening word in.
                let lead = sentence[..start].trim_end();
                // After the last space, whatever its width ("3\u{202f}000 ... - this evening").
                let word = lead
                    .char_indices()
                    .rev()
                    .find(|(_, c)| c.is_whitespace())
                    .map_or(0, |(at, c)| at + c.len_utf8());
                let opening = &lead[word..];
                if opening.eq_ignore_ascii_case("between") || opening.eq_ignore_ascii_case("from") {
                    start = word;
                }
                (Some(seconds(from)), Some(seconds(last.at)), Some("range".to_string()))
            }
            None => match first.part {
                Some((from, to)) => (Some(seconds(from)), Some(seconds(to)), Some(PART_OF_DAY.to_string())),
                None => (Some(seconds(first.at)), Some(seconds(first.at)), None),
            },
        };
        let mut hedge = hedge;
        if last.is_none() && first.part.is_none() {
            let before = &sentence[..start];
            let stretched = self.hedges.iter().find_map(|(stretch, re)| {
                let m = re.find(before)?;
                let text = m.as_str().trim_start_matches(|c: char| !c.is_alphanumeric());
                Some((*stretch, m.end() - text.len(), text.trim().to_string()))
            });
            let ish = self.ish.find(&sentence[end..]).map(|m| m.end());
            let at = seconds(first.at);
            let approximate = 60
                * if first.to_minute {
                    self.approximate_minutes
                } else {
                    self.approximate_hour_minutes
                };
            let near = 60 * self.near_minutes;
            match (stretched, ish) {
                (Some((stretch, from, word)), _) => {
                    (low, high) = match stretch {
                        Stretch::Approximate => (Some(at - approximate), Some(at + approximate)),
                        Stretch::JustAfter => (Some(at), Some(at + near)),
                        Stretch::JustBefore => (Some(at - near), Some(at)),
                        Stretch::From => (Some(at), None),
                        Stretch::Until => (None, Some(at)),
                    };
                    start = from;
                    hedge = Some(word.to_lowercase());
                }
                (None, Some(len)) => {
                    (low, high) = (Some(at - approximate), Some(at + approximate));
                    end += len;
                    hedge = Some("ish".into());
                }
                // "at 3pm": the minutes a writer rounds to the hour (not "at 3pm sharp",
                // "exactly 3pm", "the 9pm deadline").
                (None, None) if !first.to_minute && !self.exact_hour(&sentence[..start], &sentence[end..]) => {
                    let rounded = 60 * self.rounded_hour_minutes;
                    (low, high) = (Some(at - rounded), Some(at + rounded));
                }
                (None, None) => {}
            }
        }
        // The zone written after it: "21:00 GMT", "9:40 p.m. local time".
        let zone = self
            .zone_after
            .as_ref()
            .and_then(|re| re.captures(&sentence[end..]))
            .and_then(|c| c.name("zone").map(|z| (z.as_str().to_string(), end + z.end())));
        if let Some((_, zone_end)) = &zone {
            // "4:35 (GMT)" takes the zone's brackets; "(1340 GMT)" leaves its own.
            let bracketed = sentence[end..*zone_end].contains('(');
            end = *zone_end;
            if bracketed && sentence[end..].starts_with(')') {
                end += 1;
            }
        }
        // The day a date right next to it names.
        let day_of = |d: &Mention| match &d.value {
            Value::Time { span } if span.first == span.last => Some(span.first),
            _ => None,
        };
        let date = dates.iter().find_map(|d| {
            let day = day_of(d)?;
            let before = d.end <= start && self.date_before.is_match(&sentence[d.end..start]);
            let after = d.start >= end && self.date_after.is_match(&sentence[end..d.start]);
            let inside = start <= d.start && d.end <= end;
            (before || after || inside).then_some((day, d.start, d.end))
        });
        if let Some((_, date_start, date_end)) = date {
            start = start.min(date_start);
            end = end.max(date_end);
        }
        let day = date.map(|(day, _, _)| day);
        let utc_offset = zone.as_ref().and_then(|(name, _)| {
            let on = day.or(reference)?;
            match self.zones.get(name)? {
                Zone::Fixed(minutes) => Some(*minutes),
                Zone::Region(tz) => {
                    let time = Time::new(8, 0, 0, 0).ok()?;
                    let offset: Offset = tz.to_offset(
                        tz.to_ambiguous_zoned(on.to_datetime(time))
                            .compatible()
                            .ok()?
                            .timestamp(),
                    );
                    Some(offset.seconds() / 60)
                }
                Zone::Unknown => None,
            }
        });
        let clock = Clock {
            at: first.at,
            first: low.map(time_of),
            last: high.map(time_of),
            day,
            zone: zone.map(|(name, _)| name),
            utc_offset,
            hedge,
        };
        Some(Mention {
            kind: Kind::Time,
            start,
            end,
            value: Value::Clock { clock },
            weekday: None,
            no_such_day: false,
        })
    }

    /// Every time of day the patterns read, longest first where two overlap.
    /// Whether a bare hour at `start..end` ("4", "2.30") is a time because a date or a part of
    /// the day comes right before it with "at" or "around": "Monday at 2.30", "friday the 26th
    /// at 4", "tonight around 7".
    fn dated_hour(&self, sentence: &str, start: usize, end: usize, dates: &[Mention]) -> bool {
        let Some(at) = self.at_after_day.captures(&sentence[..start]) else {
            return false;
        };
        let Some(whole) = at.get(0) else { return false };
        let day_before = at.name("part").is_some() || dates.iter().any(|d| d.end == whole.start());
        day_before && self.bare_hour_after.is_match(&sentence[end..])
    }

    fn read(&self, sentence: &str, dates: &[Mention]) -> Vec<Read> {
        let mut out: Vec<Read> = Vec::new();
        let mut push = |r: Read| {
            if !out.iter().any(|o| o.start < r.end && r.start < o.end) {
                out.push(r);
            }
        };
        for c in self.compact.captures_iter(sentence) {
            let Some(whole) = c.get(0) else { continue };
            // "1340 GMT", "0900 hours", "1140 a.m.": four digits need a zone, "hours" or a meridiem.
            let zoned = self.zoned(&sentence[whole.end()..]);
            if c.name("mil").is_none() && c.name("mer").is_none() && !zoned
                || !stands_alone(sentence, whole.start(), whole.end())
            {
                continue;
            }
            if let Some(at) = clock(num(&c, "h"), num(&c, "m"), None, meridiem(&c)) {
                let end = c.name("mil").map_or(whole.end(), |m| m.start());
                push(Read::new(whole.start(), end, at, true, true));
            }
        }
        for c in self.named.captures_iter(sentence) {
            let (Some(whole), Some(w)) = (c.get(0), c.name("w")) else {
                continue;
            };
            let hour = if w.as_str().to_lowercase().starts_with("mid") && !w.as_str().eq_ignore_ascii_case("midday") {
                0
            } else {
                12
            };
            if let Ok(at) = Time::new(hour, 0, 0, 0) {
                // "noonish": the "ish" is a hedge, read with the others.
                push(Read::new(whole.start(), w.end(), at, false, true));
            }
        }
        // Most figures of a sentence are bare numbers, which are a time only with a part of
        // the day after them ("7 in the morning"): their captures are taken only then.
        let candidates = self.digits.find_iter(sentence).filter(|m| {
            !m.as_str().bytes().all(|b| b.is_ascii_digit())
                || self.day_part.is_match(&sentence[m.end()..])
                || self.dated_hour(sentence, m.start(), m.end(), dates)
        });
        for found in candidates {
            let Some(c) = self.digits.captures_at(sentence, found.start()) else {
                continue;
            };
            let Some(whole) = c.get(0) else { continue };
            let minutes = num(&c, "m");
            let mer = meridiem(&c);
            let dot = c.name("sep").is_some_and(|s| s.as_str() == ".");
            let oclock = c.name("oclock").is_some();
            let zoned = self.zoned(&sentence[whole.end()..]);
            // "4:35" is a time; "6.45" a decimal and "9" a number, unless a meridiem, "o'clock"
            // or a zone says otherwise.
            let day_part = self.day_part.is_match(&sentence[whole.end()..]);
            let dated = self.dated_hour(sentence, whole.start(), whole.end(), dates);
            let reads = match (minutes, dot) {
                (Some(_), false) => true,
                (Some(_), true) => mer.is_some() || zoned || dated,
                (None, _) => mer.is_some() || oclock || day_part || dated,
            };
            if !reads || !stands_alone(sentence, whole.start(), whole.end()) {
                continue;
            }
            let (at, half_known) = match clock(num(&c, "h"), minutes.or(Some(0)), num(&c, "s"), mer) {
                Some(at) => (
                    at,
                    mer.is_some()
                        || num(&c, "h").is_some_and(|h| h > 12 || h == 0)
                        || sentence[whole.start()..].starts_with('0'),
                ),
                None => continue,
            };
            let read = Read::new(whole.start(), whole.end(), at, minutes.is_some(), half_known);
            let read = if dated {
                self.day_part_before(sentence, read)
            } else {
                read
            };
            push(self.day_part_after(sentence, read));
        }
        for c in self.words.captures_iter(sentence) {
            let (Some(whole), Some(h)) = (c.get(0), c.name("h")) else {
                continue;
            };
            let Some(hour) = hour_value(h.as_str()) else { continue };
            let day_part = self.day_part.is_match(&sentence[whole.end()..]);
            // Minutes past (or to) the hour: "half past seven", "ten past 9", "quarter to
            // eight". "five to seven" and "three thirty to four thirty" may be ranges of hours:
            // "to" counts minutes only after "quarter", "half" or "minutes"; otherwise the hour
            // stands alone.
            let counted = c.name("n").zip(c.name("dir")).and_then(|(n, dir)| {
                let word = n.as_str().to_lowercase();
                let count = match word.as_str() {
                    "half" => 30,
                    "quarter" => 15,
                    other => other.parse().ok().or_else(|| small_number_word(other))?,
                };
                let back = dir.as_str().eq_ignore_ascii_case("to");
                let counted = c.name("min").is_some() || matches!(word.as_str(), "half" | "quarter");
                ((1..60).contains(&count) && (counted || !back)).then_some((n.start(), count, back))
            });
            // A bare hour is a time with "o'clock" or a part of the day after it, and in words
            // ("seven in the morning"; "7 in the morning" is read with the digits).
            let alone = c.name("oclock").is_some() || day_part && !h.as_str().starts_with(|c: char| c.is_ascii_digit());
            let (start, hour, minutes) = match counted {
                Some((start, n, true)) => (start, (hour + 11) % 12, 60 - n),
                Some((start, n, false)) => (start, hour % 12, n),
                None if alone => (h.start(), hour % 12, 0),
                None => continue,
            };
            let Ok(at) = Time::new(hour, minutes as i8, 0, 0) else {
                continue;
            };
            let read = Read::new(start, whole.end(), at, minutes != 0, false);
            push(self.day_part_after(sentence, read));
        }
        // "this evening", "tomorrow night", "late in the afternoon": a part of the day.
        for c in self.part_of_day.captures_iter(sentence) {
            let (Some(whole), Some(part)) = (c.get(0), c.name("part")) else {
                continue;
            };
            let Some((first, last)) = part_bounds(
                &part.as_str().to_lowercase(),
                c.name("edge").map(|e| e.as_str().to_lowercase()).as_deref(),
            ) else {
                continue;
            };
            push(Read {
                start: whole.start(),
                end: whole.end(),
                at: first,
                to_minute: false,
                half_known: true,
                core_end: whole.end(),
                part: Some((first, last)),
            });
        }
        // "at five-thirty", "three thirty p.m.": an hour and its minutes in words, where a
        // word before or after says it is a time ("the seven twenty-somethings" is not).
        for c in self.spoken.captures_iter(sentence) {
            let (Some(whole), Some(h), Some(m)) = (c.get(0), c.name("h"), c.name("m")) else {
                continue;
            };
            let (Some(hour), Some(minute)) = (hour_value(h.as_str()), small_number_word(m.as_str())) else {
                continue;
            };
            let timed =
                c.name("lead").is_some() || c.name("mer").is_some() || self.day_part.is_match(&sentence[whole.end()..]);
            if !(10..60).contains(&minute) || !timed {
                continue;
            }
            let pm = meridiem(&c);
            let Some(at) = clock(Some(i64::from(hour)), Some(minute), None, pm) else {
                continue;
            };
            let read = Read::new(h.start(), whole.end(), at, true, pm.is_some());
            push(self.day_part_after(sentence, read));
        }
        out
    }

    /// Whether a mention is four digits alone with a zone after them, in brackets or after "at"
    /// ("8 p.m. (1800 GMT)", "at 2147 GMT"): a time of day, though the digits may be a year
    /// (not "In 2020 CT scans rose").
    pub fn zoned_digits(&self, sentence: &str, m: &Mention) -> bool {
        const SETTING: &[&str] = &["at", "by", "until", "till", "around", "about", "before", "after"];
        let digits = sentence.get(m.start..m.end).unwrap_or_default();
        if digits.len() != 4 || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return false;
        }
        let before = sentence.get(..m.start).unwrap_or_default().trim_end();
        let word = before.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or_default();
        let set_off = before.ends_with('(') || SETTING.contains(&word.to_lowercase().as_str());
        set_off && self.zoned(&sentence[m.end..])
    }

    /// Whether a zone opens `after` ("1340 GMT", "6.45 local time").
    fn zoned(&self, after: &str) -> bool {
        self.zone_after.as_ref().is_some_and(|re| re.is_match(after))
    }

    /// "eight in the evening", "3 in the morning": the part of the day after a time says which
    /// half it is in, and the mention takes it in.
    fn day_part_after(&self, sentence: &str, mut read: Read) -> Read {
        let Some(c) = self.day_part.captures(&sentence[read.end..]) else {
            return read;
        };
        let pm = c.name("pm").is_some() || c.name("this_pm").is_some();
        let night = c.name("night").is_some() || c.name("tonight").is_some();
        if let (Some(at), Some(whole)) = (in_half(&read, pm, night), c.get(0)) {
            read.at = at;
            read.end += whole.end();
            read.half_known = true;
        }
        read
    }

    /// A bare hour after a part of the day and "at" ("in the morning at 7", "tonight around
    /// 7"): in that half of the day. "in the morning" joins the time; "tonight" is a date and
    /// joins it as a date does.
    fn day_part_before(&self, sentence: &str, mut read: Read) -> Read {
        let Some(c) = self.at_after_day.captures(&sentence[..read.start]) else {
            return read;
        };
        let Some(part) = c.name("part") else { return read };
        let word = part.as_str().to_lowercase();
        let pm = matches!(word.as_str(), "afternoon" | "evening");
        let night = matches!(word.as_str(), "night" | "tonight" | "tonite");
        if let Some(at) = in_half(&read, pm, night) {
            read.at = at;
            read.half_known = true;
            if let Some(lead) = c.name("lead") {
                read.start = lead.start();
            }
        }
        read
    }

    /// "5 to 6pm", "between 5 and 6 in the afternoon": the bare hour before `last` and the
    /// word that joins them.
    fn range_opening(&self, sentence: &str, last: &Read) -> Option<Read> {
        let c = self.range_opening.captures(&sentence[..last.start])?;
        let joint = c.name("joint")?.as_str().to_lowercase();
        if joint == "and"
            && c.name("lead")
                .is_none_or(|l| !l.as_str().eq_ignore_ascii_case("between"))
        {
            return None;
        }
        let h = c.name("h")?;
        if !stands_alone(sentence, h.start(), h.start() + h.len()) {
            return None;
        }
        let at = clock(num(&c, "h"), num(&c, "m").or(Some(0)), None, None)?;
        let end = c.name("m").map_or(h.end(), |m| m.end());
        Some(Read::new(h.start(), end, at, c.name("m").is_some(), at.hour() > 12))
    }
}

/// The lexicon's zones, read: an offset ("+01:00"), a region (an IANA name in jiff's bundled
/// database), or "local": a zone of unknown offset, as is a region the database lacks.
fn zones(words: &ClockWords) -> BTreeMap<String, Zone> {
    // The bundled copy, not the system's: the same input reads the same on every machine.
    let database = TimeZoneDatabase::bundled();
    words
        .zones
        .iter()
        .map(|(name, value)| {
            let zone = if value == "local" {
                Zone::Unknown
            } else if let Some(minutes) = parse_offset(value) {
                Zone::Fixed(minutes)
            } else {
                database.get(value).map_or(Zone::Unknown, Zone::Region)
            };
            (name.clone(), zone)
        })
        .collect()
}

/// The time a read stands for in the afternoon or evening (`pm`) or at night (from 6): 7 is
/// 19:00 then. A half already known stays.
fn in_half(read: &Read, pm: bool, night: bool) -> Option<Time> {
    let hour = read.at.hour();
    if !read.half_known && (pm || night && hour >= 6) && hour < 12 {
        read.at.with().hour(hour + 12).build().ok()
    } else {
        Some(read.at)
    }
}

/// The times a part of the day stands for, by Recognizers-Text's conventions (the morning is
/// 8 to 12, the afternoon 12 to 16, the evening 16 to 20, the night 20 to midnight); "early"
/// takes its first half, "late" its second.
fn part_bounds(part: &str, edge: Option<&str>) -> Option<(Time, Time)> {
    let (from, to) = match part {
        "morning" => (8, 12),
        "afternoon" => (12, 16),
        "evening" => (16, 20),
        "night" | "tonight" | "tonite" => (20, 24),
        _ => return None,
    };
    let middle = (from + to) / 2;
    let (from, to) = match edge {
        Some("early") => (from, middle),
        Some("late" | "later") => (middle, to),
        _ => (from, to),
    };
    let time = |h: i8| {
        if h == 24 {
            Time::new(23, 59, 59, 0).ok()
        } else {
            Time::new(h, 0, 0, 0).ok()
        }
    };
    Some((time(from)?, time(to)?))
}

/// "+01:00", "-05:30" as minutes east of UTC; none for a malformed or impossible offset.
fn parse_offset(s: &str) -> Option<i32> {
    let (sign, rest) = match s.as_bytes().first()? {
        b'+' => (1, s.get(1..)?),
        b'-' => (-1, s.get(1..)?),
        _ => return None,
    };
    let (h, m) = rest.split_once(':')?;
    let (h, m) = (h.parse::<i32>().ok()?, m.parse::<i32>().ok()?);
    // Real offsets lie within a day; anything else in a lexicon is no offset.
    if (0..24).contains(&h) && (0..60).contains(&m) {
        Some(sign * (h * 60 + m))
    } else {
        None
    }
}

/// Digits that are the whole of a number: not inside "192.168.1.2", "1:50,000", "$4.40" or
/// a longer run of digits and colons.
fn stands_alone(sentence: &str, start: usize, end: usize) -> bool {
    let before = sentence[..start].chars().next_back();
    let after = &sentence[end..];
    let mut rest = after.chars();
    let next = rest.next();
    let next_digit = rest.next().is_some_and(|c| c.is_ascii_digit());
    let glued_before =
        before.is_some_and(|c| c.is_ascii_digit() || matches!(c, ':' | '.' | '$' | '£' | '€' | '/' | '-' | '+'));
    let glued_after = next.is_some_and(|c| c.is_ascii_digit() || c == '%');
    let continued = matches!(next, Some(':' | '.' | ',' | '/')) && next_digit;
    !(glued_before || glued_after || continued)
}

fn num(c: &Captures, name: &str) -> Option<i64> {
    c.name(name)?.as_str().parse().ok()
}

/// Whether "a.m." or "p.m." was written: Some(true) for p.m.
fn meridiem(c: &Captures) -> Option<bool> {
    c.name("mer").map(|m| m.as_str().eq_ignore_ascii_case("p"))
}

/// A time from an hour, minutes, seconds and meridiem; none for "13 p.m." or "25:00".
fn clock(hour: Option<i64>, minute: Option<i64>, second: Option<i64>, pm: Option<bool>) -> Option<Time> {
    let hour = hour?;
    let hour = match pm {
        Some(_) if !(1..=12).contains(&hour) => return None,
        Some(true) => hour % 12 + 12,
        Some(false) => hour % 12,
        None => hour,
    };
    Time::new(
        i8::try_from(hour).ok()?,
        i8::try_from(minute.unwrap_or(0)).ok()?,
        i8::try_from(second.unwrap_or(0)).ok()?,
        0,
    )
    .ok()
}

/// "7", "seven": an hour on a 12-hour clock.
fn hour_value(word: &str) -> Option<i8> {
    let n = word
        .parse::<i64>()
        .ok()
        .or_else(|| small_number_word(&word.to_lowercase()))?;
    (1..=12).contains(&n).then_some(n as i8)
}

/// Seconds after midnight.
fn seconds(t: Time) -> i64 {
    i64::from(t.hour()) * 3600 + i64::from(t.minute()) * 60 + i64::from(t.second())
}

/// The time `s` seconds after midnight, kept within the day.
fn time_of(s: i64) -> Time {
    let s = s.clamp(0, 24 * 3600 - 1);
    Time::new((s / 3600) as i8, (s / 60 % 60) as i8, (s % 60) as i8, 0).unwrap_or(Time::midnight())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::RuleSet;

    fn read(sentence: &str) -> Vec<(String, String)> {
        let rules = RuleSet::defaults().unwrap();
        let clocks = ClockRecogniser::new(&rules.lexicon).unwrap();
        let reference = Date::new(2026, 5, 19).ok();
        let dates =
            super::super::time::TimeRecogniser::new().find(sentence, reference, super::super::time::DateOrder::Unknown);
        clocks
            .find(sentence, &dates, reference)
            .into_iter()
            .map(|m| (sentence[m.start..m.end].to_string(), m.value.reading()))
            .collect()
    }

    fn one(sentence: &str) -> (String, String) {
        let found = read(sentence);
        assert_eq!(found.len(), 1, "{sentence}: {found:?}");
        found.into_iter().next().unwrap()
    }

    #[test]
    fn clock_times_in_the_usual_forms() {
        assert_eq!(one("The BBC called it at 04:35."), ("04:35".into(), "04:35".into()));
        assert_eq!(
            one("It was declared at 4.40am in the morning."),
            ("4.40am in the morning".into(), "04:40".into())
        );
        assert_eq!(
            one("Trading halted at 2:10 p.m. on the exchange."),
            ("2:10 p.m.".into(), "14:10".into())
        );
        // A time written to the hour is rounded: the quarter hour either side (not past
        // midnight into the day before), unless "sharp" or the like says it is that minute.
        assert_eq!(one("Doors open at 9 PM."), ("9 PM".into(), "20:45..21:15".into()));
        assert_eq!(one("Doors open at 9 PM sharp."), ("9 PM".into(), "21:00".into()));
        assert_eq!(one("The vote closed at noon."), ("noon".into(), "11:45..12:15".into()));
        assert_eq!(
            one("Curfew starts at midnight."),
            ("midnight".into(), "00:00..00:15".into())
        );
        assert_eq!(
            one("It's half past seven o'clock"),
            ("half past seven o'clock".into(), "07:30".into())
        );
        assert_eq!(
            one("It is twenty past eight in the evening"),
            ("twenty past eight in the evening".into(), "20:20".into())
        );
        assert_eq!(
            one("The quake struck at 7:56:30 pm local time."),
            ("7:56:30 pm local time".into(), "19:56:30 local time".into())
        );
    }

    #[test]
    fn zones_days_hedges_and_ranges() {
        assert_eq!(
            one("It made landfall at 21:00 GMT on Sunday, May 17."),
            ("21:00 GMT on Sunday, May 17".into(), "2026-05-17 21:00 GMT".into())
        );
        assert_eq!(
            one("The polls opened at 1340 GMT."),
            ("1340 GMT".into(), "13:40 GMT".into())
        );
        // A zone in brackets takes them; a time in brackets leaves them.
        assert_eq!(
            one("The polls opened at 1:40 (GMT) on the coast."),
            ("1:40 (GMT)".into(), "01:40 GMT".into())
        );
        assert_eq!(
            read("It launched at 9:40 p.m. local time (1340 GMT).").last().cloned(),
            Some(("1340 GMT".into(), "13:40 GMT".into()))
        );
        assert_eq!(
            one("The result came just after 4.40am."),
            ("just after 4.40am".into(), "04:40..04:55".into())
        );
        assert_eq!(
            one("They arrived at about 9pm."),
            ("about 9pm".into(), "20:30..21:30".into())
        );
        assert_eq!(
            one("Shall we leave before 2.30pm?"),
            ("before 2.30pm".into(), "<= 14:30".into())
        );
        assert_eq!(one("I'll be out 5 to 6pm."), ("5 to 6pm".into(), "17:00..18:00".into()));
        assert_eq!(
            one("Meet between 9:30 and 11:00 tomorrow."),
            (
                "between 9:30 and 11:00 tomorrow".into(),
                "2026-05-20 09:30..11:00".into()
            )
        );
    }

    #[test]
    fn zone_offsets_from_the_lexicon() {
        assert_eq!(parse_offset("+01:00"), Some(60));
        assert_eq!(parse_offset("-05:30"), Some(-330));
        assert_eq!(parse_offset("+99999999:00"), None);
        assert_eq!(parse_offset("America/New_York"), None);
        assert_eq!(parse_offset("+1"), None);
    }

    /// Hours, minutes and seconds told as the time something took are a duration; with a
    /// meridiem, or after "at", they are a time of day.
    #[test]
    fn elapsed_times_are_durations() {
        let kinds = |s: &str| -> Vec<(String, Kind)> {
            let rules = RuleSet::defaults().unwrap();
            let clocks = ClockRecogniser::new(&rules.lexicon).unwrap();
            clocks
                .find(s, &[], Date::new(2026, 5, 19).ok())
                .into_iter()
                .map(|m| (s[m.start..m.end].to_string(), m.kind))
                .collect()
        };
        assert_eq!(kinds("She won in 2:05:13."), [("2:05:13".to_string(), Kind::Duration)]);
        assert_eq!(
            kinds("A winning time of 2:21:07."),
            [("2:21:07".to_string(), Kind::Duration)]
        );
        assert_eq!(
            kinds("The race started at 8:30:00."),
            [("8:30:00".to_string(), Kind::Time)]
        );
        assert_eq!(
            kinds("He won in 2:05:13 p.m. traffic."),
            [("2:05:13 p.m.".to_string(), Kind::Time)]
        );
    }

    /// A bare hour is a time after a date or a part of the day and "at" or "around".
    #[test]
    fn bare_hours_after_a_day() {
        let last = |s: &str| read(s).last().cloned().unwrap_or_default();
        assert_eq!(
            last("The vote is on Monday at 2.30."),
            ("Monday at 2.30".into(), "2026-05-18 02:30".into())
        );
        assert_eq!(
            last("They will meet on Friday the 22nd at 4."),
            ("Friday the 22nd at 4".into(), "2026-05-22 03:45..04:15".into())
        );
        assert_eq!(
            one("The shop opens in the morning at 7."),
            ("in the morning at 7".into(), "06:45..07:15".into())
        );
        assert_eq!(
            one("The shop shuts in the evening at 7."),
            ("in the evening at 7".into(), "18:45..19:15".into())
        );
        // A count after "at" stays a count.
        for s in [
            "Police raided homes on Monday at 4 addresses.",
            "Police raided homes on Monday at 4 big sites.",
            "It sold at 4 on Monday.",
        ] {
            assert!(read(s).is_empty(), "{s}: {:?}", read(s));
        }
    }

    #[test]
    fn numbers_that_are_not_times() {
        for s in [
            "Shares rose 6.45 per cent.",
            "The address is 192.168.1.2 on the network.",
            "A map at 1:50,000 scale.",
            "Revenue was $4.40 a share.",
            "Some 2013 voters came.",
            "He scored 9 goals.",
            "Version 3.12 shipped.",
        ] {
            assert_eq!(read(s), Vec::<(String, String)>::new(), "{s}");
        }
    }
}
