//! Extraction: the recognisers that find typed mentions (figures, dates, names) in a sentence.
//! A mention is what the text says, resolved to a value; `crate::resolve` decides what it is
//! about.

pub mod clock;
pub mod entity;
pub mod holiday;
pub mod numbers;
pub mod quantity;
pub mod quote;
pub mod recurring;
pub mod time;

use jiff::civil::{Date, Weekday};
use serde::Serialize;

use crate::error::Error;
use crate::pattern::{static_regex, LazyRegex};
use crate::rules::{Kind, RuleSet};
use crate::source::{ByteSpan, Document};
use crate::value::{Unit, Value};

use clock::ClockRecogniser;
pub use entity::{Entity, EntityRecogniser};
use holiday::Holidays;
use quantity::QuantityRecogniser;
use recurring::SetRecogniser;
pub use time::DateOrder;
use time::TimeRecogniser;

/// A typed mention. Offsets are bytes into the text it was found in.
#[derive(Clone, Debug, PartialEq)]
pub struct Mention {
    pub kind: Kind,
    pub start: usize,
    pub end: usize,
    pub value: Value,
    /// For dates: the weekday written next to them ("Thursday, March 6, 2026").
    pub weekday: Option<Weekday>,
    /// For dates: written with a day its month does not have ("February 30, 2026", "April 31",
    /// "2/29/2019"); read as that month, and a conflict inside one claim (CC108).
    pub no_such_day: bool,
}

/// Every recogniser, compiled once from the rule set and shared by all threads.
pub struct Recognisers {
    quantities: QuantityRecogniser,
    times: TimeRecogniser,
    holidays: Holidays,
    clocks: ClockRecogniser,
    sets: SetRecogniser,
    pub entities: EntityRecogniser,
    /// Links, e-mail addresses and phone numbers: their digits are no figures ("%2F" in a
    /// link is no percentage, "+1 555-2010-2015" holds no years).
    no_figures: LazyRegex,
}

impl Recognisers {
    pub fn new(rules: &RuleSet) -> Result<Recognisers, Error> {
        let settings = rules.number_settings()?;
        Ok(Recognisers {
            quantities: QuantityRecogniser::new(&rules.lexicon, settings)?,
            times: TimeRecogniser::new(),
            holidays: Holidays::new(&rules.lexicon)?,
            clocks: ClockRecogniser::new(&rules.lexicon)?,
            sets: SetRecogniser::new(),
            entities: EntityRecogniser::new(&rules.lexicon),
            // Phone numbers' digits are ASCII: Unicode `\d` in counted repeats doubled the
            // pattern's compile time.
            no_figures: static_regex(
                r"(?i)\b(?:https?://|www\.)[^\s<>]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:^|[^\w+])(?:\+[0-9]{1,3}[\s.-]?(?:\([0-9]{1,4}\)[\s.-]?)?[0-9]{1,4}(?:[\s.-][0-9]{2,4}){1,4}|\([0-9]{3}\)\s?[0-9]{3}[\s.-][0-9]{4}|\b[0-9]{3}[.-][0-9]{3}[.-][0-9]{4})\b",
            ),
        })
    }

    /// The mentions of one sentence, in order. Dates and times of day are read first: a
    /// number inside them is not a quantity. A time of day with its day ("Sunday at 21:00")
    /// covers the date, which is a mention of its own too. Dates without a year need
    /// `reference`; dates in figures are read in the source's `order` (`date_order`).
    pub fn mentions(&self, sentence: &str, reference: Option<Date>, order: DateOrder) -> Vec<Mention> {
        let mut found = self.with_sets(sentence, reference, order);
        found.retain(|m| m.kind != Kind::Set);
        found
    }

    /// The mentions of one sentence with its recurring times ("every Monday"), which take in
    /// the dates, times of day and durations within them.
    fn with_sets(&self, sentence: &str, reference: Option<Date>, order: DateOrder) -> Vec<Mention> {
        let (mut found, unread) = self.times.find_with_unread(sentence, reference, order);
        // "Black Friday" is a holiday, not a Friday.
        let holidays = self
            .holidays
            .find(sentence, reference, self.times.speaks_of_future(sentence));
        found.retain(|m| !holidays.iter().any(|h| h.start < m.end && m.start < h.end));
        found.extend(holidays);
        found.sort_by_key(|m| (m.start, m.end));
        let clocks = self.clocks.find(sentence, &found, reference);
        found.retain(|m| {
            !(clocks.iter().any(|c| c.start < m.end && m.start < c.end) && self.clocks.zoned_digits(sentence, m))
        });
        found.extend(clocks);
        let sets = self.sets.find(sentence, &found);
        found.retain(|m| !sets.iter().any(|s| s.start < m.end && m.start < s.end));
        found.extend(sets);
        let taken: Vec<(usize, usize)> = found.iter().map(|m| (m.start, m.end)).chain(unread).collect();
        found.extend(self.quantities.find(sentence, &taken));
        self.drop_in_links(sentence, &mut found);
        // A figure past the largest number ("1.5e300 trillion trillion") is no value: read as
        // infinity, two different ones would agree.
        found.retain(|m| m.value.is_finite());
        found.sort_by_key(|m| (m.start, m.end));
        hedge_conversions(sentence, &mut found);
        found
    }

    /// A sum converted from another currency in an aside ("€4.34bn (£3.8bn)"), widened by the
    /// lexicon's `exchanged` fraction each way: the rate and the rounding were someone's.
    pub fn exchanged(&self, value: &Value) -> Value {
        self.quantities.exchanged(value)
    }

    /// The value of a quantity mention read without the hedge before it ("up to 195 mph" as
    /// 195 mph, as precise as it is written), for a measure whose figure is itself a maximum.
    pub fn unhedged(&self, sentence: &str, m: &Mention) -> Option<Value> {
        let Value::Amount { hedge: Some(hedge), .. } = &m.value else {
            return None;
        };
        let written = sentence.get(m.start..m.end)?;
        if !written.to_lowercase().starts_with(hedge.as_str()) {
            return None;
        }
        let figure = written.get(hedge.len()..)?.trim_start();
        self.quantities
            .find(figure, &[])
            .into_iter()
            .find(|q| q.kind == m.kind && q.start == 0 && q.end == figure.len())
            .map(|q| q.value)
    }

    /// The mentions of one sentence, with the numbers no mention takes in ("sixteen", "192")
    /// and the figures that count no noun ("the toll rose to 97") as kind `Number`, and the
    /// ordinals no mention takes in as kind `Ordinal`: what `crosscheck extract` lists.
    pub fn all_mentions(&self, sentence: &str, reference: Option<Date>, order: DateOrder) -> Vec<Mention> {
        let mut found = self.with_sets(sentence, reference, order);
        for m in &mut found {
            if matches!(&m.value, Value::Amount { unit: Unit::Count(noun), .. } if noun.is_empty()) {
                m.kind = Kind::Number;
            }
        }
        let bare: Vec<Mention> = self
            .numbers(sentence)
            .into_iter()
            .filter(|n| !found.iter().any(|m| m.start < n.end && n.start < m.end))
            .collect();
        found.extend(bare);
        // "She finished third", "the 19th hole": ordinals no date or fraction takes in.
        let ordinals: Vec<Mention> = self
            .quantities
            .ordinals(sentence)
            .iter()
            .filter(|n| !found.iter().any(|m| m.start < n.end && n.start < m.end))
            .map(|n| Mention {
                kind: Kind::Ordinal,
                start: n.start,
                end: n.end,
                value: self.quantities.bare(n),
                weekday: None,
                no_such_day: false,
            })
            .collect();
        found.extend(ordinals);
        self.drop_in_links(sentence, &mut found);
        found.sort_by_key(|m| (m.start, m.end));
        found
    }

    /// Every number of a sentence as the number reader finds it, whatever it counts ("20" in
    /// "$20", "3" in "3 years"), as kind `Number`.
    pub fn numbers(&self, sentence: &str) -> Vec<Mention> {
        self.quantities
            .numbers(sentence)
            .iter()
            .filter(|n| n.value.is_finite())
            .map(|n| Mention {
                kind: Kind::Number,
                start: n.start,
                end: n.end,
                value: self.quantities.bare(n),
                weekday: None,
                no_such_day: false,
            })
            .collect()
    }

    /// Drop the mentions inside a link, an e-mail address or a phone number.
    fn drop_in_links(&self, sentence: &str, found: &mut Vec<Mention>) {
        let spans: Vec<(usize, usize)> = self
            .no_figures
            .find_iter(sentence)
            .map(|m| (m.start(), m.end()))
            .collect();
        if !spans.is_empty() {
            found.retain(|m| !spans.iter().any(|&(s, e)| m.start < e && s < m.end));
        }
    }

    /// Only the times of a sentence, dates without a year read against `around`: used to
    /// infer a document's reference date.
    pub fn times(&self, sentence: &str, around: Option<Date>, order: DateOrder) -> Vec<Mention> {
        self.times.find(sentence, around, order)
    }

    /// The date that bounds a stretch open at one end ("since 2019", "by 2030"): what a claim
    /// dates (see `TimeRecogniser::bound`).
    pub fn bound(&self, sentence: &str, m: &Mention, reference: Option<Date>, order: DateOrder) -> Option<Mention> {
        self.times.bound(sentence, m, reference, order)
    }

    /// The order a source writes the day and month of its dates in figures, from its own
    /// dates: "22/04/2026" or "22 April" says day first.
    pub fn date_order(&self, text: &str) -> DateOrder {
        self.times.date_order(text)
    }

    /// Whether a sentence speaks of the future ("will receive a dividend on June 30").
    pub fn speaks_of_future(&self, sentence: &str) -> bool {
        self.times.speaks_of_future(sentence)
    }
}

/// One mention as `crosscheck extract` shows it. This shape is documented in the README and
/// kept stable: other tools score the recognisers with it.
#[derive(Debug, Serialize)]
pub struct MentionEntry {
    pub source: String,
    pub kind: String,
    pub span: ByteSpan,
    pub line: usize,
    pub column: usize,
    pub text: String,
    pub value: Value,
    pub reading: String,
    /// The reference date dates without a year were resolved against.
    pub reference: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub weekday: Option<String>,
}

/// Every mention of every document, in document and text order.
pub fn dump(recognisers: &Recognisers, documents: &[Document], references: &[Option<Date>]) -> Vec<MentionEntry> {
    let mut out = Vec::new();
    for (doc, reference) in documents.iter().zip(references) {
        let mut columns = doc.columns();
        let order = recognisers.date_order(&doc.text);
        for s in &doc.sentences {
            for m in recognisers.all_mentions(doc.sentence_text(s), *reference, order) {
                let (start, end) = doc.file_span(s.start + m.start, s.start + m.end);
                let (line, column) = columns.at(start);
                out.push(MentionEntry {
                    source: doc.path.clone(),
                    kind: m.kind.as_str().to_string(),
                    span: ByteSpan { start, end },
                    line,
                    column,
                    text: doc.raw[start..end].to_string(),
                    reading: m.value.reading(),
                    value: m.value,
                    reference: reference.map(|d| d.to_string()),
                    weekday: m.weekday.map(|w| format!("{w:?}")),
                });
            }
        }
    }
    out
}

/// A conversion in brackets right after a hedged figure says what the figure does ("more
/// than 120km/h (75mph)" is more than 75 mph): it takes the figure's hedge and, in the same
/// base unit, its interval, where it would otherwise claim 75 mph to within half a mile an
/// hour.
fn hedge_conversions(sentence: &str, mentions: &mut [Mention]) {
    for i in 1..mentions.len() {
        let (before, rest) = mentions.split_at_mut(i);
        let (Some(first), Some(second)) = (before.last(), rest.first_mut()) else {
            continue;
        };
        let bracketed = sentence
            .get(first.end..second.start)
            .is_some_and(|gap| gap.trim() == "(");
        if let (
            Value::Amount {
                interval,
                unit,
                hedge: Some(hedge),
                ..
            },
            Value::Amount {
                interval: converted,
                unit: converted_unit,
                hedge: converted_hedge @ None,
                ..
            },
        ) = (&first.value, &mut second.value)
        {
            if bracketed && unit == converted_unit && matches!(unit, Unit::Physical { .. }) {
                *converted = *interval;
                *converted_hedge = Some(hedge.clone());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::*;

    /// "One in five adults" is a share nearer one in five than one in four or six: about
    /// 18% to 22%; "one in 10" about 9.5% to 10.5%.
    #[test]
    fn one_in_five_is_a_share_as_wide_as_its_neighbours_allow() {
        let rules = RuleSet::defaults().unwrap();
        let recognisers = Recognisers::new(&rules).unwrap();
        let share = |s: &str| -> Vec<(f64, f64)> {
            recognisers
                .mentions(s, None, DateOrder::Unknown)
                .into_iter()
                .filter(|m| m.kind == Kind::Percent)
                .map(|m| (m.value.interval().low, m.value.interval().high))
                .collect()
        };
        let close = |got: Vec<(f64, f64)>, want: (f64, f64)| {
            got.len() == 1 && (got[0].0 - want.0).abs() < 1e-9 && (got[0].1 - want.1).abs() < 1e-9
        };
        assert!(close(share("One in five adults skipped a meal."), (18.0, 22.0)));
        assert!(close(share("One in 10 adults smoke."), (9.5, 10.5)));
        assert!(share("He scored 3 in 5 minutes.").is_empty());
    }

    /// Currencies the lexicon does not list come from the ISO 4217 table by code, name,
    /// distinctive symbol and unshared last word; codes and names that are English words
    /// ("TOP", "won", "real") do not.
    #[test]
    fn every_iso_currency_is_read() {
        let rules = RuleSet::defaults().unwrap();
        let recognisers = Recognisers::new(&rules).unwrap();
        let money = |s: &str| -> Vec<String> {
            recognisers
                .mentions(s, None, DateOrder::Unknown)
                .into_iter()
                .filter(|m| m.kind == Kind::Money)
                .map(|m| m.value.reading())
                .collect()
        };
        assert_eq!(money("It is worth 5 billion naira."), ["5e9 NGN"]);
        assert_eq!(money("It is worth ₦500m today."), ["5e8 NGN"]);
        assert_eq!(money("It is worth R$ 2 billion today."), ["2e9 BRL"]);
        assert_eq!(money("It cost 300 SEK in Malmo."), ["300 SEK"]);
        assert_eq!(money("It cost 40 Swiss francs."), ["40 CHF"]);
        assert_eq!(
            money("He won 3 games and took the TOP 10 spot for 5 real fans."),
            Vec::<String>::new()
        );
    }

    /// Ordinals are listed apart, except where a date or a fraction takes them in.
    #[test]
    fn ordinals_are_listed_apart() {
        let rules = RuleSet::defaults().unwrap();
        let recognisers = Recognisers::new(&rules).unwrap();
        let sentence = "She came third, the 19th win, on March 3rd, with a third of the votes.";
        let found: Vec<(Kind, &str)> = recognisers
            .all_mentions(sentence, Date::new(2026, 3, 10).ok(), DateOrder::Unknown)
            .into_iter()
            .map(|m| (m.kind, &sentence[m.start..m.end]))
            .collect();
        assert_eq!(
            found,
            [
                (Kind::Ordinal, "third"),
                (Kind::Ordinal, "19th"),
                (Kind::Date, "March 3rd"),
                (Kind::Percent, "a third")
            ]
        );
    }

    /// Links, e-mail addresses and phone numbers hold no figures; the figures around them
    /// stay.
    #[test]
    fn links_addresses_and_phone_numbers_hold_no_figures() {
        let rules = RuleSet::defaults().unwrap();
        let recognisers = Recognisers::new(&rules).unwrap();
        let s = "See https://example.com/a%2Fb?x=50% or mail ceo2026@corp.com or call +1 555-2010-2015 or (555) 201-2015; revenue rose 12% in 2025.";
        let read: Vec<&str> = recognisers
            .all_mentions(s, None, DateOrder::Unknown)
            .iter()
            .map(|m| &s[m.start..m.end])
            .collect();
        assert_eq!(read, ["12%", "2025"]);
    }

    #[test]
    fn a_word_list_past_the_regex_size_limit_is_an_error_naming_the_lexicon_files() {
        let mut files: Vec<(PathBuf, String)> = crate::rules::DEFAULT_FILES
            .iter()
            .map(|(p, t)| (p.into(), t.to_string()))
            .collect();
        let scales: String = (0..300_000).map(|i| format!("scale{i}x = 1e3\n")).collect();
        files.push(("mine/x.lexicon.toml".into(), format!("[scales]\n{scales}")));
        let rules = RuleSet::from_files(files).unwrap();
        let Err(err) = Recognisers::new(&rules) else {
            panic!("300,000 scale words compiled");
        };
        let shown = err.to_string();
        assert!(shown.contains("mine/x.lexicon.toml"), "{shown}");
        assert!(shown.contains("the scale words do not compile"), "{shown}");
    }
}
