//! Score crosscheck's recognisers against the English test cases of Microsoft Recognizers-Text.
//!
//! Run with `cargo run --release --example score_specs` (set `SCORE_SPECS_ALL=1` to list every
//! miss, not the first few of each file). The cases are JSON lines in
//! `/work/shared/specs/recognizers/` and its `dropped/` folder (see
//! `/work/shared/specs/README.md`); another directory can be given as the first argument.
//!
//! Each phrase is fed as written, as a text document: it goes through the same reading as
//! an article (the prose filter, headlines, rows), then every recogniser. One row per file;
//! every expected entity counts, whatever its type (times of day, sets and dimensions too).
//! For each expected entity:
//! - span right: a found mention of the file's kinds covers exactly its text (ignoring case
//!   and the punctuation or spaces around it, with or without the hedge crosscheck's span takes
//!   in and reports apart: "about $14 million" is the figure "$14 million", hedged "about");
//! - hit: the span is right and the mention's value is right (an entity without a value is a
//!   hit when its span is right). Numbers, money and percentages within 1e-6 relative (money
//!   in a sub-unit, "5 cents", may also read as 0.05 of the main unit; the currency must be
//!   the expected ISO code where the unit names one); dates must have the first and last day
//!   of the expected ISO prefix or range (`alts` accepted); durations in seconds within 1.5%
//!   (crosscheck's month is 30.4375 days, the specs' 30); dimensions in the unit's base unit,
//!   the expected unit converted with crosscheck's own unit lexicon;
//! - overlap: some found mention of the file's kinds overlaps it.
//!
//! Columns: hit recall (hits / entities), span recall, value accuracy (hits / span-right
//! entities), overlap recall, and precision (found mentions that overlap an expected entity /
//! found mentions). Negative cases (`expected == []`) count their false positives apart.
//! Cases whose offsets do not fit their input are skipped and counted.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use crosscheck::extract::numbers::is_number_word;
use crosscheck::extract::time::is_month_name;
use crosscheck::extract::{dump, DateOrder, Recognisers};
use crosscheck::rules::{Kind, RuleSet};
use crosscheck::source::{Document, Format, Prose};
use crosscheck::value::{bounded, Clock, Unit, Value};
use jiff::civil::{Date, Time};
use serde::Deserialize;

const DEFAULT_DIR: &str = "/work/shared/specs/recognizers";

#[derive(Deserialize)]
struct Case {
    input: String,
    domain: String,
    reference_time: Option<String>,
    expected: Vec<Expected>,
}

#[derive(Deserialize)]
struct Expected {
    text: String,
    start: usize,
    end: usize,
    #[serde(rename = "type")]
    kind: String,
    value: Option<serde_json::Value>,
    unit: Option<String>,
    iso_currency: Option<String>,
    alts: Option<Vec<serde_json::Value>>,
    #[serde(default)]
    valueless: bool,
}

/// The mention kinds that answer a domain's entities.
fn kinds(domain: &str) -> &'static [Kind] {
    match domain {
        "number" => &[
            Kind::Number,
            Kind::Money,
            Kind::Percent,
            Kind::Count,
            Kind::Multiplier,
            Kind::Quantity,
            Kind::Duration,
        ],
        "percent" => &[Kind::Percent],
        "money" => &[Kind::Money],
        "dimension" => &[Kind::Quantity],
        "duration" => &[Kind::Duration],
        // The date parsers' cases expect dates only ("this week 8am" is a week there).
        "date" => &[Kind::Date, Kind::Duration],
        _ => &[Kind::Date, Kind::Time, Kind::Duration, Kind::Set],
    }
}

/// What the recognisers read, with character offsets into the phrase.
struct Found {
    start: usize,
    end: usize,
    kind: Kind,
    value: Value,
}

#[derive(Default)]
struct Score {
    cases: usize,
    skipped: usize,
    entities: usize,
    hits: usize,
    span_right: usize,
    overlapped: usize,
    found: usize,
    found_right: usize,
    negatives: usize,
    negatives_hit: usize,
}

impl Score {
    fn add(&mut self, o: &Score) {
        self.cases += o.cases;
        self.skipped += o.skipped;
        self.entities += o.entities;
        self.hits += o.hits;
        self.span_right += o.span_right;
        self.overlapped += o.overlapped;
        self.found += o.found;
        self.found_right += o.found_right;
        self.negatives += o.negatives;
        self.negatives_hit += o.negatives_hit;
    }
}

/// Examples kept for the list of misses.
#[derive(Default)]
struct Notes {
    /// Shape of the missed text -> (count, first example input).
    shapes: BTreeMap<String, (usize, String)>,
    missed: Vec<String>,
    wrong_span: Vec<String>,
    wrong_value: Vec<String>,
    false_positives: Vec<String>,
}

/// What scoring needs: the recognisers, the prose reader, and the unit lexicon's factors.
struct Reader {
    recognisers: Recognisers,
    prose: Prose,
}

fn main() {
    let dir = std::env::args()
        .nth(1)
        .map_or_else(|| PathBuf::from(DEFAULT_DIR), PathBuf::from);
    let rules = RuleSet::defaults().expect("the built-in rules load");
    let reader = Reader {
        recognisers: Recognisers::new(&rules).expect("the recognisers compile"),
        prose: Prose::new(&rules.lexicon).unwrap(),
    };
    let mut files: Vec<PathBuf> = [dir.clone(), dir.join("dropped")]
        .iter()
        .flat_map(|d| fs::read_dir(d).into_iter().flatten().flatten().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
        .collect();
    files.sort();

    let mut rows: Vec<(String, Score, Notes)> = Vec::new();
    for path in &files {
        let label = path
            .strip_prefix(&dir)
            .map_or_else(|_| path.display().to_string(), |p| p.display().to_string())
            .trim_end_matches(".jsonl")
            .to_string();
        let mut score = Score::default();
        let mut notes = Notes::default();
        for case in read_cases(path) {
            score_case(&case, &reader, &mut score, &mut notes);
        }
        rows.push((label, score, notes));
    }

    println!(
        "crosscheck recognisers vs Microsoft Recognizers-Text English specs ({}), phrases fed as written",
        dir.display()
    );
    println!();
    let header = format!(
        "{:<28} {:>5} {:>4} {:>5} {:>5} {:>7} {:>7} {:>7} {:>7} {:>7} {:>8}",
        "file", "cases", "skip", "ents", "found", "hit R", "span R", "value", "overl R", "P", "neg(FP)"
    );
    println!("{header}");
    println!("{}", "-".repeat(header.len()));
    let (mut main_total, mut dropped_total) = (Score::default(), Score::default());
    for (label, score, _) in &rows {
        print_row(label, score);
        if label.starts_with("dropped") {
            dropped_total.add(score);
        } else {
            main_total.add(score);
        }
    }
    println!("{}", "-".repeat(header.len()));
    print_row("main files", &main_total);
    print_row("dropped/", &dropped_total);
    println!();
    println!("hit R = entities read with the right span and value / entities; span R = right span;");
    println!("  value = right value / right span; overl R = some mention overlaps; P = found mentions");
    println!("  overlapping an expected entity / found mentions (of the file's kinds);");
    println!("  neg(FP) = negative cases with a false positive / negative cases.");

    println!();
    println!("== misses, by file ==");
    for (label, _, notes) in &rows {
        println!();
        println!("-- {label} --");
        let mut shapes: Vec<(&String, &(usize, String))> = notes.shapes.iter().collect();
        shapes.sort_by(|a, b| b.1 .0.cmp(&a.1 .0).then(a.0.cmp(b.0)));
        if !shapes.is_empty() {
            println!("most frequent shapes of missed entities:");
            for (shape, (n, example)) in shapes.iter().take(5) {
                println!("  {n:>3} x {shape:<32} e.g. {example}");
            }
        }
        print_list("missed", &notes.missed, 10);
        print_list("wrong span", &notes.wrong_span, 5);
        print_list("wrong value", &notes.wrong_value, 5);
        print_list("false positives", &notes.false_positives, 5);
    }
}

fn read_cases(path: &Path) -> Vec<Case> {
    let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("bad line in {}: {e}", path.display())))
        .collect()
}

/// The phrase read as a text document, every mention with character offsets.
fn read(reader: &Reader, input: &str, reference: Option<Date>) -> Vec<Found> {
    let doc = Document::parse("phrase.txt".into(), input.to_string(), Format::Text, &reader.prose);
    dump(&reader.recognisers, &[doc], &[reference])
        .into_iter()
        .filter_map(|m| {
            Some(Found {
                start: char_index(input, m.span.start)?,
                end: char_index(input, m.span.end)?,
                kind: serde_json::from_value(serde_json::Value::String(m.kind)).ok()?,
                value: m.value,
            })
        })
        .collect()
}

/// The number file asks for every number, whatever it counts ("20" in "$20", "3" in "3
/// years"): the numbers the number reader finds inside a mention of another kind are offered
/// beside it.
fn inner_numbers(reader: &Reader, input: &str, found: &[Found]) -> Vec<Found> {
    reader
        .recognisers
        .numbers(input)
        .into_iter()
        .filter_map(|m| {
            let (start, end) = (char_index(input, m.start)?, char_index(input, m.end)?);
            let inside = found.iter().any(|f| {
                f.kind != Kind::Number && f.start <= start && end <= f.end && (f.start, f.end) != (start, end)
            });
            inside.then_some(Found {
                start,
                end,
                kind: Kind::Number,
                value: m.value,
            })
        })
        .collect()
}

fn score_case(case: &Case, reader: &Reader, s: &mut Score, n: &mut Notes) {
    s.cases += 1;
    let input = &case.input;
    let chars: Vec<char> = input.chars().collect();
    let text_of = |start: usize, end: usize| chars[start..end].iter().collect::<String>();
    let fits = case.expected.iter().all(|e| {
        e.start < e.end && e.end <= chars.len() && text_of(e.start, e.end).to_lowercase() == e.text.to_lowercase()
    });
    if !fits {
        s.skipped += 1;
        return;
    }
    let reference = case
        .reference_time
        .as_deref()
        .and_then(|t| t.get(..10))
        .and_then(|d| d.parse::<Date>().ok());
    let domain = kinds(&case.domain);
    let mut found: Vec<Found> = read(reader, input, reference)
        .into_iter()
        .filter(|f| domain.contains(&f.kind))
        .collect();
    if case.domain == "number" {
        found.extend(inner_numbers(reader, input, &found));
    }
    let overlaps = |f: &Found, e: &Expected| f.start < e.end && e.start < f.end;
    // crosscheck's span takes in a hedge ("about $14 million") that it also reports apart in
    // the value; the figure's own span is the rest.
    let figure = |f: &Found| {
        let text = text_of(f.start, f.end);
        let hedge = match &f.value {
            Value::Amount { hedge: Some(h), .. } if h != "range" => h.as_str(),
            _ => "",
        };
        match text.get(..hedge.len()) {
            Some(head) if !hedge.is_empty() && head.eq_ignore_ascii_case(hedge) => {
                text.get(hedge.len()..).unwrap_or_default().to_string()
            }
            _ => text,
        }
    };
    let same_span = |f: &Found, e: &Expected| {
        let want = trimmed(&e.text);
        overlaps(f, e) && (trimmed(&figure(f)) == want || trimmed(&text_of(f.start, f.end)) == want)
    };

    if case.expected.is_empty() {
        s.negatives += 1;
        if !found.is_empty() {
            s.negatives_hit += 1;
        }
    }
    for f in &found {
        s.found += 1;
        if case.expected.iter().any(|e| overlaps(f, e)) {
            s.found_right += 1;
        } else {
            n.false_positives.push(format!(
                "{:?} in {:?} -> {}",
                text_of(f.start, f.end),
                input,
                f.value.reading()
            ));
        }
    }
    for e in &case.expected {
        s.entities += 1;
        let touching: Vec<&Found> = found.iter().filter(|f| overlaps(f, e)).collect();
        let readings = || {
            touching
                .iter()
                .map(|f| format!("{:?} {}", text_of(f.start, f.end), f.value.reading()))
                .collect::<Vec<_>>()
                .join(", ")
        };
        if touching.is_empty() {
            n.shapes.entry(shape(&e.text)).or_insert((0, input.clone())).0 += 1;
            n.missed.push(format!("{:?} in {:?}", e.text, input));
            continue;
        }
        s.overlapped += 1;
        // A date and a time of day may share a span ("this evening"): the one read right counts.
        let exact_spans: Vec<&&Found> = touching.iter().filter(|f| same_span(f, e)).collect();
        let Some(exact) = exact_spans
            .iter()
            .find(|f| judge(e, &f.value, reader))
            .or(exact_spans.first())
        else {
            n.wrong_span
                .push(format!("{:?} in {:?}: found {}", e.text, input, readings()));
            continue;
        };
        s.span_right += 1;
        let valueless = e.valueless || e.value.as_ref().is_none_or(serde_json::Value::is_null);
        if valueless || judge(e, &exact.value, reader) {
            s.hits += 1;
        } else {
            n.wrong_value.push(format!(
                "{:?} in {:?}: expected {}, got {}",
                e.text,
                input,
                e.value.as_ref().map_or(String::new(), |v| v.to_string()),
                exact.value.reading()
            ));
        }
    }
}

/// A span's text for comparison: lower case, without the spaces and punctuation around it.
fn trimmed(text: &str) -> String {
    text.trim_matches(|c: char| c.is_whitespace() || ".,;:!?\"'()".contains(c))
        .to_lowercase()
}

/// Whether a reading is right for an expected entity.
fn judge(e: &Expected, got: &Value, reader: &Reader) -> bool {
    let expected = e.value.as_ref();
    let want = expected.and_then(serde_json::Value::as_f64);
    match (e.kind.as_str(), got) {
        ("number", Value::Amount { value, .. }) => close(Some(*value), want),
        (
            "percent",
            Value::Amount {
                value,
                unit: Unit::Percent,
                ..
            },
        ) => close(Some(*value), want),
        (
            "money",
            Value::Amount {
                value,
                unit: Unit::Currency(code),
                ..
            },
        ) => {
            let sub = e.unit.as_deref().is_some_and(is_subunit);
            let amount = close(Some(*value), want) || (sub && close(Some(*value), want.map(|w| w / 100.0)));
            amount && expected_iso(e).is_none_or(|iso| iso == code.as_str())
        }
        // Durations are read in days with a month of 30.4375 days and a year of 365.25; the
        // specs count 30 and 365, so readings within 1.5% are right.
        (
            "duration",
            Value::Amount {
                value,
                unit: Unit::Days,
                ..
            },
        ) => want.is_some_and(|w| (value * 86_400.0 - w).abs() <= 0.015 * w.abs()),
        (
            "dimension",
            Value::Amount {
                value,
                unit: Unit::Physical { .. },
                ..
            },
        ) => {
            let factor = e.unit.as_deref().and_then(|u| unit_factor(reader, u));
            match (want, factor) {
                (Some(w), Some(f)) => (value - w * f).abs() <= 0.015 * (w * f).abs(),
                _ => false,
            }
        }
        (_, Value::Clock { clock }) => expected
            .into_iter()
            .chain(e.alts.iter().flatten())
            .filter_map(serde_json::Value::as_str)
            .any(|r| clock_matches(r, clock)),
        (_, Value::Time { span }) => expected
            .into_iter()
            .chain(e.alts.iter().flatten())
            .filter_map(serde_json::Value::as_str)
            .any(|r| date_candidates(r).contains(&(bounded(span.first), bounded(span.last)))),
        _ => false,
    }
}

/// One of the specs' units ("Kilometer per hour") in crosscheck's base unit of its dimension,
/// as crosscheck's own unit lexicon reads "1 kilometer per hour" (or "1 pound, 0.45 kg": a
/// unit whose word names a currency too is read as the unit only where weight is spoken of).
fn unit_factor(reader: &Reader, unit: &str) -> Option<f64> {
    ["", ", 0.45 kg"].iter().find_map(|context| {
        let phrase = format!("1 {}{context}", unit.to_lowercase());
        reader
            .recognisers
            .mentions(&phrase, None, DateOrder::Unknown)
            .into_iter()
            .find(|m| m.kind == Kind::Quantity && m.start == 0)
            .and_then(|m| match m.value {
                Value::Amount { value, .. } => Some(value),
                Value::Time { .. } | Value::Clock { .. } | Value::Quote { .. } | Value::Role { .. } => None,
            })
    })
}

fn close(got: Option<f64>, want: Option<f64>) -> bool {
    match (got, want) {
        (Some(a), Some(b)) => a == b || (a - b).abs() <= 1e-6 * a.abs().max(b.abs()),
        _ => false,
    }
}

/// The ISO code an expected money entity is in, when its unit names one.
fn expected_iso(e: &Expected) -> Option<&str> {
    if let Some(iso) = e.iso_currency.as_deref() {
        return Some(iso);
    }
    Some(match e.unit.as_deref()? {
        "Dollar" | "United States dollar" => "USD",
        "Euro" => "EUR",
        "Pound" | "British pound" | "Pence" | "Penny" => "GBP",
        "Japanese yen" | "Yen" => "JPY",
        "Chinese yuan" | "Yuan" | "Renminbi" => "CNY",
        "Canadian dollar" => "CAD",
        "Australian dollar" => "AUD",
        "Hong Kong dollar" => "HKD",
        "Swiss franc" => "CHF",
        "Indian rupee" => "INR",
        _ => return None,
    })
}

fn is_subunit(unit: &str) -> bool {
    matches!(unit, "Cent" | "Pence" | "Penny" | "Sen")
}

/// The (first, last) days an expected date reading allows: an ISO prefix is its whole day,
/// month or year; a range "a/b" ends on b or the day before (end exclusive); open ends are None.
fn date_candidates(reading: &str) -> Vec<(Option<Date>, Option<Date>)> {
    if reading.contains('T') {
        return Vec::new();
    }
    let Some((a, b)) = reading.split_once('/') else {
        return prefix(reading)
            .map(|(f, l)| vec![(Some(f), Some(l))])
            .unwrap_or_default();
    };
    let first = if a.is_empty() {
        Some(None)
    } else {
        prefix(a).map(|(f, _)| Some(f))
    };
    let lasts: Option<Vec<Option<Date>>> = if b.is_empty() {
        Some(vec![None])
    } else {
        prefix(b).map(|(f, l)| {
            if f == l {
                vec![Some(l), l.yesterday().ok()]
            } else {
                vec![Some(l)]
            }
        })
    };
    match (first, lasts) {
        (Some(f), Some(lasts)) => lasts.into_iter().map(|l| (f, l)).collect(),
        _ => Vec::new(),
    }
}

/// Whether a time of day reads as an expected "T19:56:30", "2016-11-08T08:00:00" or a range
/// of them ("T17:00:00/T18:00:00", "/T14:30:00"): the day where one is expected, the time as
/// written for a single time (a hedge does not change it), both ends for a range.
fn clock_matches(reading: &str, clock: &Clock) -> bool {
    let side = |s: &str| -> Option<Option<(Option<Date>, Time)>> {
        if s.is_empty() {
            return Some(None);
        }
        let (day, time) = s.split_once('T')?;
        let day = if day.is_empty() {
            None
        } else {
            Some(day.parse::<Date>().ok()?)
        };
        Some(Some((day, time.parse::<Time>().ok()?)))
    };
    let day_fits = |want: Option<Date>| want.is_none_or(|d| clock.day == Some(d));
    match reading.split_once('/') {
        None => side(reading)
            .flatten()
            .is_some_and(|(day, time)| day_fits(day) && clock.at == time),
        Some((a, b)) => match (side(a), side(b)) {
            (Some(a), Some(b)) => {
                let end = |want: Option<(Option<Date>, Time)>, got: Option<Time>| match want {
                    None => got.is_none(),
                    Some((day, time)) => day_fits(day) && got == Some(time),
                };
                end(a, clock.first) && end(b, clock.last)
            }
            _ => false,
        },
    }
}

/// "2016-11-07", "2016-11" or "2016" as its first and last day.
fn prefix(s: &str) -> Option<(Date, Date)> {
    let parts: Vec<&str> = s.split('-').collect();
    let nums: Vec<i64> = parts.iter().map(|p| p.parse().ok()).collect::<Option<_>>()?;
    match nums[..] {
        [y, m, d] => {
            let day = Date::new(i16::try_from(y).ok()?, i8::try_from(m).ok()?, i8::try_from(d).ok()?).ok()?;
            Some((day, day))
        }
        [y, m] => {
            let first = Date::new(i16::try_from(y).ok()?, i8::try_from(m).ok()?, 1).ok()?;
            Some((first, first.last_of_month()))
        }
        [y] => {
            let y = i16::try_from(y).ok()?;
            Some((Date::new(y, 1, 1).ok()?, Date::new(y, 12, 31).ok()?))
        }
        _ => None,
    }
}

/// The character index of a byte offset, None off a character boundary.
fn char_index(s: &str, byte: usize) -> Option<usize> {
    s.is_char_boundary(byte).then(|| s[..byte].chars().count())
}

/// A rough shape of a missed text, to group misses: digits become 9, month and weekday names
/// MONTH and WEEKDAY, number words NUM ("from 4 to 22 this month" -> "from 9 to 9 this month").
fn shape(text: &str) -> String {
    const WEEKDAYS: &[&str] = &[
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "mon",
        "tue",
        "tues",
        "wed",
        "thu",
        "thur",
        "thurs",
        "fri",
        "sat",
        "sun",
    ];
    let mut out: Vec<String> = Vec::new();
    for token in text.split_whitespace() {
        let lower = token.to_lowercase();
        let word = lower.trim_end_matches(['.', ',']);
        let piece = if word.split('-').all(is_number_word) {
            "NUM".to_string()
        } else if is_month_name(word) {
            "MONTH".to_string()
        } else if WEEKDAYS.contains(&word) {
            "WEEKDAY".to_string()
        } else {
            let mut s = String::new();
            for c in lower.chars() {
                if c.is_ascii_digit() {
                    if !s.ends_with('9') {
                        s.push('9');
                    }
                } else {
                    s.push(c);
                }
            }
            s
        };
        if !(piece == "NUM" && out.last().is_some_and(|p| p == "NUM")) {
            out.push(piece);
        }
    }
    out.join(" ")
}

fn ratio(a: usize, b: usize) -> String {
    if b == 0 {
        "-".to_string()
    } else {
        format!("{:.3}", a as f64 / b as f64)
    }
}

fn print_row(label: &str, s: &Score) {
    println!(
        "{:<28} {:>5} {:>4} {:>5} {:>5} {:>7} {:>7} {:>7} {:>7} {:>7} {:>8}",
        label,
        s.cases,
        s.skipped,
        s.entities,
        s.found,
        ratio(s.hits, s.entities),
        ratio(s.span_right, s.entities),
        ratio(s.hits, s.span_right),
        ratio(s.overlapped, s.entities),
        ratio(s.found_right, s.found),
        format!("{}/{}", s.negatives_hit, s.negatives),
    );
}

/// Prints the first `limit` items; all of them when `SCORE_SPECS_ALL` is set.
fn print_list(title: &str, items: &[String], limit: usize) {
    if items.is_empty() {
        return;
    }
    let limit = if std::env::var_os("SCORE_SPECS_ALL").is_some() {
        items.len()
    } else {
        limit
    };
    println!("{title} ({}, first {}):", items.len(), limit.min(items.len()));
    for item in items.iter().take(limit) {
        println!("  {item}");
    }
}
