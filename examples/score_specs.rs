//! Score crosscheck's recognisers against the English test cases of Microsoft Recognizers-Text.
//!
//! Run with `cargo run --release --example score_specs` (set `SCORE_SPECS_ALL=1` to list every
//! miss, not the first few of each file). The cases are JSON lines in
//! `/work/shared/specs/recognizers/` (see `/work/shared/specs/README.md`); another directory can be
//! given as the first argument.
//!
//! What is scored, per file and overall:
//! - detection: a found mention matches an expected entity when their character spans overlap.
//!   A found mention that overlaps a scored entity is a true positive, one that overlaps nothing
//!   is a false positive, and one that overlaps only an out-of-scope entity is ignored. Recall
//!   counts the scored entities that some found mention overlaps. The matching is not
//!   one-to-one: two mentions inside one expected range are both true positives. Only the
//!   mention kinds that fit the file's domain are "found" (Money for currency, Percent for
//!   percent, Date for dates); "wrong kind" counts the entities that only a mention of another
//!   kind overlaps.
//! - resolution: among the detected entities that have a value, the share that some overlapping
//!   mention reads right. Numbers, money and percentages must be within 1e-6 relative of the
//!   expected value (money in a sub-unit, "5 cents", may also read as 0.05 of the main unit).
//!   The currency is checked separately, where the expected unit names one ISO code
//!   (`iso_currency`, else Dollar -> USD, Euro -> EUR, Pound -> GBP, ...). Dates must have the
//!   first and last day of the expected ISO prefix ("2016-11-07", "2016-11", "2016") or range
//!   ("2016-11-04/2016-11-22", end exclusive or inclusive); any of `alts` is accepted.
//!   Durations are in seconds: crosscheck's duration in days ("3 days") is right at 259200,
//!   within 1.5% (its month is 30.4375 days, the specs' 30).
//! - negative cases (`expected == []`): the found mentions there are false positives.
//!
//! number.jsonl is scored twice: with the number finder itself (crosscheck has no bare-number
//! mention kind; this row counts in the overall figures) and through the mentions, where a
//! money, percent, count or multiplier mention over the number counts as found.
//!
//! Out of scope, and why: `dimension.jsonl` (crosscheck reads no lengths or weights; "180ml" is
//! deliberately not a number) and `dropped/` (the harder cases the Recognizers' own JavaScript
//! port does not support). In `datetime.jsonl` only the `date` and `daterange` entities are
//! scored: times of day (`time`, `timerange`, `datetime`, `datetimerange`) are finer than any
//! claim crosscheck compares, sets ("weekly") are frequencies rather than dates, and durations
//! are scored in `duration_parser.jsonl` instead. Cases whose offsets do not fit their input
//! are skipped and counted.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use crosscheck::extract::numbers::{is_number_word, NumberFinder};
use crosscheck::extract::Recognisers;
use crosscheck::rules::{Kind, RuleSet};
use crosscheck::value::{Unit, Value};
use jiff::civil::Date;
use serde::Deserialize;

const DEFAULT_DIR: &str = "/work/shared/specs/recognizers";

#[derive(Deserialize)]
struct Case {
    input: String,
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

/// Which finder a row scores.
#[derive(Clone, Copy)]
enum Finder {
    /// `NumberFinder::find`.
    Numbers,
    /// `Recognisers::mentions`, keeping the mentions of these kinds (all kinds when empty).
    Mentions(&'static [Kind]),
}

struct Spec {
    file: &'static str,
    label: &'static str,
    finder: Finder,
    /// The expected entity types scored; the others are out of scope.
    scored: &'static [&'static str],
    /// Counted in the overall row.
    overall: bool,
}

const QUANTITIES: &[Kind] = &[Kind::Money, Kind::Percent, Kind::Count, Kind::Multiplier];

const SPECS: &[Spec] = &[
    Spec {
        file: "number",
        label: "number (finder)",
        finder: Finder::Numbers,
        scored: &["number"],
        overall: true,
    },
    Spec {
        file: "number",
        label: "number (mentions)",
        finder: Finder::Mentions(QUANTITIES),
        scored: &["number"],
        overall: false,
    },
    Spec {
        file: "percent",
        label: "percent",
        finder: Finder::Mentions(&[Kind::Percent]),
        scored: &["percent"],
        overall: true,
    },
    Spec {
        file: "currency",
        label: "currency",
        finder: Finder::Mentions(&[Kind::Money]),
        scored: &["money"],
        overall: true,
    },
    Spec {
        file: "date_parser",
        label: "date_parser",
        finder: Finder::Mentions(&[Kind::Date]),
        scored: &["date"],
        overall: true,
    },
    Spec {
        file: "dateperiod_parser",
        label: "dateperiod_parser",
        finder: Finder::Mentions(&[Kind::Date]),
        scored: &["daterange"],
        overall: true,
    },
    Spec {
        file: "duration_parser",
        label: "duration_parser",
        finder: Finder::Mentions(&[Kind::Duration]),
        scored: &["duration"],
        overall: true,
    },
    Spec {
        file: "datetime",
        label: "datetime",
        finder: Finder::Mentions(&[Kind::Date]),
        scored: &["date", "daterange"],
        overall: true,
    },
];

/// What a finder read, with character offsets.
struct Found {
    start: usize,
    end: usize,
    kind: Option<Kind>,
    got: Got,
}

enum Got {
    Number(f64),
    Value(Value),
}

impl Got {
    fn reading(&self) -> String {
        match self {
            Got::Number(v) => crosscheck::value::number(*v),
            Got::Value(v) => v.reading(),
        }
    }
}

#[derive(Default)]
struct Score {
    cases: usize,
    skipped: usize,
    entities: usize,
    out_of_scope: usize,
    found: usize,
    true_found: usize,
    false_found: usize,
    detected: usize,
    wrong_kind: usize,
    with_value: usize,
    right: usize,
    currency_checked: usize,
    currency_right: usize,
    negatives: usize,
    negatives_hit: usize,
}

impl Score {
    fn add(&mut self, o: &Score) {
        self.cases += o.cases;
        self.skipped += o.skipped;
        self.entities += o.entities;
        self.out_of_scope += o.out_of_scope;
        self.found += o.found;
        self.true_found += o.true_found;
        self.false_found += o.false_found;
        self.detected += o.detected;
        self.wrong_kind += o.wrong_kind;
        self.with_value += o.with_value;
        self.right += o.right;
        self.currency_checked += o.currency_checked;
        self.currency_right += o.currency_right;
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
    wrong: Vec<String>,
    false_positives: Vec<String>,
}

fn main() {
    let dir = std::env::args()
        .nth(1)
        .map_or_else(|| PathBuf::from(DEFAULT_DIR), PathBuf::from);
    let rules = RuleSet::load(None).expect("the built-in rules load");
    let recognisers = Recognisers::new(&rules).expect("the recognisers compile");
    let numbers = NumberFinder::new(&rules.lexicon);

    let mut rows: Vec<(&Spec, Score, Notes)> = Vec::new();
    for spec in SPECS {
        let cases = read_cases(&dir.join(format!("{}.jsonl", spec.file)));
        let mut score = Score::default();
        let mut notes = Notes::default();
        for case in &cases {
            score_case(spec, case, &recognisers, &numbers, &mut score, &mut notes);
        }
        rows.push((spec, score, notes));
    }

    println!(
        "crosscheck recognisers vs Microsoft Recognizers-Text English specs ({})",
        dir.display()
    );
    println!("detection: spans overlap (characters); resolution: value right among detected entities with a value");
    println!();
    let header = format!(
        "{:<19} {:>5} {:>4} {:>5} {:>4} {:>5} {:>4} {:>4} {:>6} {:>6} {:>6} {:>5} {:>14} {:>10} {:>9}",
        "file",
        "cases",
        "skip",
        "ents",
        "oos",
        "found",
        "TP",
        "FP",
        "P",
        "R",
        "F1",
        "kind?",
        "resolved",
        "currency",
        "neg(FP)"
    );
    println!("{header}");
    println!("{}", "-".repeat(header.len()));
    let mut total = Score::default();
    for (spec, score, _) in &rows {
        print_row(spec.label, score);
        if spec.overall {
            total.add(score);
        }
    }
    println!("{}", "-".repeat(header.len()));
    print_row("overall", &total);
    println!();
    println!("columns: ents = scored expected entities; oos = expected entities out of scope (ignored);");
    println!("  found/TP/FP = mentions of the domain's kinds, TP when overlapping a scored entity;");
    println!("  kind? = entities missed but overlapped by a mention of another kind;");
    println!("  resolved = right values / detected entities with a value; currency = right ISO code /");
    println!("  detected money with a known code; neg(FP) = negative cases with a false positive / negative cases.");
    println!("  overall sums every row but 'number (mentions)', which re-scores number.jsonl.");
    println!("out of scope: dimension.jsonl (no dimensions in crosscheck), dropped/ (cases the Recognizers'");
    println!("  JavaScript port does not support), and in datetime.jsonl the time, timerange, datetime,");
    println!("  datetimerange (times of day), set (\"weekly\") and duration (scored in duration_parser) entities.");

    println!();
    println!("== misses, by file ==");
    for (spec, _, notes) in &rows {
        println!();
        println!("-- {} --", spec.label);
        let mut shapes: Vec<(&String, &(usize, String))> = notes.shapes.iter().collect();
        shapes.sort_by(|a, b| b.1 .0.cmp(&a.1 .0).then(a.0.cmp(b.0)));
        if !shapes.is_empty() {
            println!("most frequent shapes of missed entities:");
            for (shape, (n, example)) in shapes.iter().take(5) {
                println!("  {n:>3} x {shape:<32} e.g. {example}");
            }
        }
        print_list("missed", &notes.missed, 10);
        print_list("wrong value", &notes.wrong, 5);
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

fn score_case(spec: &Spec, case: &Case, rec: &Recognisers, numbers: &NumberFinder, s: &mut Score, n: &mut Notes) {
    s.cases += 1;
    let input = &case.input;
    let chars = input.chars().count();
    let fits = case.expected.iter().all(|e| {
        e.start < e.end
            && e.end <= chars
            && input
                .chars()
                .skip(e.start)
                .take(e.end - e.start)
                .collect::<String>()
                .to_lowercase()
                == e.text.to_lowercase()
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

    // Everything the finder read, then only what the domain's kinds cover.
    let all: Vec<Found> = match spec.finder {
        Finder::Numbers => numbers
            .find(input)
            .into_iter()
            .filter_map(|x| {
                Some(Found {
                    start: char_index(input, x.start)?,
                    end: char_index(input, x.end)?,
                    kind: None,
                    got: Got::Number(x.value),
                })
            })
            .collect(),
        Finder::Mentions(_) => rec
            .mentions(input, reference)
            .into_iter()
            .filter_map(|m| {
                Some(Found {
                    start: char_index(input, m.start)?,
                    end: char_index(input, m.end)?,
                    kind: Some(m.kind),
                    got: Got::Value(m.value),
                })
            })
            .collect(),
    };
    let relevant = |f: &Found| match (spec.finder, f.kind) {
        (Finder::Mentions(kinds), Some(k)) => kinds.is_empty() || kinds.contains(&k),
        _ => true,
    };
    let overlaps = |f: &Found, e: &Expected| f.start < e.end && e.start < f.end;
    let scored = |e: &Expected| spec.scored.contains(&e.kind.as_str());

    if case.expected.is_empty() {
        s.negatives += 1;
    }
    let mut false_here = 0;
    for f in all.iter().filter(|f| relevant(f)) {
        if case.expected.iter().any(|e| overlaps(f, e) && !scored(e))
            && !case.expected.iter().any(|e| overlaps(f, e) && scored(e))
        {
            continue;
        }
        s.found += 1;
        if case.expected.iter().any(|e| overlaps(f, e) && scored(e)) {
            s.true_found += 1;
        } else {
            s.false_found += 1;
            false_here += 1;
            let text: String = input.chars().skip(f.start).take(f.end - f.start).collect();
            n.false_positives
                .push(format!("{:?} in {:?} -> {}", text, input, f.got.reading()));
        }
    }
    if case.expected.is_empty() && false_here > 0 {
        s.negatives_hit += 1;
    }

    for e in &case.expected {
        if !scored(e) {
            s.out_of_scope += 1;
            continue;
        }
        s.entities += 1;
        let hits: Vec<&Found> = all.iter().filter(|f| relevant(f) && overlaps(f, e)).collect();
        if hits.is_empty() {
            if all.iter().any(|f| overlaps(f, e)) {
                s.wrong_kind += 1;
            }
            let shape = shape(&e.text);
            n.shapes.entry(shape).or_insert((0, input.clone())).0 += 1;
            let got: Vec<String> = all
                .iter()
                .map(|f| format!("{}:{}", f.kind.map_or("number", Kind::as_str), f.got.reading()))
                .collect();
            n.missed.push(format!(
                "{:?} in {:?}{}",
                e.text,
                input,
                if got.is_empty() {
                    String::new()
                } else {
                    format!(" (found {})", got.join(", "))
                }
            ));
            continue;
        }
        s.detected += 1;
        if e.valueless || e.value.as_ref().filter(|v| !v.is_null()).is_none() {
            continue;
        }
        s.with_value += 1;
        let verdicts: Vec<(bool, Option<bool>)> = hits.iter().map(|f| judge(e, &f.got)).collect();
        let best = verdicts.iter().position(|v| v.0).unwrap_or(0);
        if verdicts[best].0 {
            s.right += 1;
        } else {
            let got: Vec<String> = hits.iter().map(|f| f.got.reading()).collect();
            n.wrong.push(format!(
                "{:?} in {:?}: expected {}, got {}",
                e.text,
                input,
                e.value.as_ref().map_or(String::new(), |v| v.to_string()),
                got.join(", ")
            ));
        }
        if let Some(currency) = verdicts[best].1 {
            s.currency_checked += 1;
            s.currency_right += usize::from(currency);
        }
    }
}

/// Whether a reading is right for an expected entity, and for money whether its currency is
/// (None when the expected unit names no single ISO code).
fn judge(e: &Expected, got: &Got) -> (bool, Option<bool>) {
    let expected = e.value.as_ref();
    match e.kind.as_str() {
        "number" => {
            let v = match got {
                Got::Number(v) => Some(*v),
                Got::Value(Value::Amount { value, .. }) => Some(*value),
                Got::Value(_) => None,
            };
            (close(v, expected.and_then(serde_json::Value::as_f64)), None)
        }
        "percent" => match got {
            Got::Value(Value::Amount {
                value,
                unit: Unit::Percent,
                ..
            }) => (close(Some(*value), expected.and_then(serde_json::Value::as_f64)), None),
            _ => (false, None),
        },
        "money" => {
            let want = expected.and_then(serde_json::Value::as_f64);
            let iso = expected_iso(e);
            match got {
                Got::Value(Value::Amount {
                    value,
                    unit: Unit::Currency(code),
                    ..
                }) => {
                    let sub = e.unit.as_deref().is_some_and(is_subunit);
                    let amount = close(Some(*value), want) || (sub && close(Some(*value), want.map(|w| w / 100.0)));
                    (amount, iso.map(|i| i == code.as_str()))
                }
                _ => (false, iso.map(|_| false)),
            }
        }
        "duration" => match got {
            // Durations are read in days with a month of 30.4375 days and a year of 365.25;
            // the specs count 30 and 365, so readings within 1.5% are right.
            Got::Value(Value::Amount {
                value,
                unit: Unit::Days,
                ..
            }) => {
                let want = expected.and_then(serde_json::Value::as_f64);
                (
                    want.is_some_and(|w| (value * 86_400.0 - w).abs() <= 0.015 * w.abs()),
                    None,
                )
            }
            Got::Value(Value::Amount {
                value,
                unit: Unit::Count(noun),
                ..
            }) => (
                seconds(noun).is_some_and(|s| close(Some(value * s), expected.and_then(serde_json::Value::as_f64))),
                None,
            ),
            _ => (false, None),
        },
        _ => match got {
            Got::Value(Value::Time { span }) => {
                let readings = expected.into_iter().chain(e.alts.iter().flatten());
                let right = readings
                    .filter_map(serde_json::Value::as_str)
                    .any(|r| date_candidates(r).contains(&(Some(span.first), Some(span.last))));
                (right, None)
            }
            _ => (false, None),
        },
    }
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

/// Seconds in a time noun, as the specs count them (month = 30 days, year = 365 days).
fn seconds(noun: &str) -> Option<f64> {
    Some(match noun {
        "second" | "sec" => 1.0,
        "minute" | "min" => 60.0,
        "hour" | "hr" => 3600.0,
        "day" | "night" => 86_400.0,
        "week" => 604_800.0,
        "month" => 2_592_000.0,
        "year" => 31_536_000.0,
        "decade" => 315_360_000.0,
        _ => return None,
    })
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
    const MONTHS: &[&str] = &[
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
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
    ];
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
        } else if MONTHS.contains(&word) {
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
    let p = if s.found == 0 {
        None
    } else {
        Some(s.true_found as f64 / s.found as f64)
    };
    let r = if s.entities == 0 {
        None
    } else {
        Some(s.detected as f64 / s.entities as f64)
    };
    let f1 = match (p, r) {
        (Some(p), Some(r)) if p + r > 0.0 => Some(2.0 * p * r / (p + r)),
        (Some(_), Some(_)) => Some(0.0),
        _ => None,
    };
    let show = |x: Option<f64>| x.map_or("-".to_string(), |x| format!("{x:.3}"));
    let resolved = format!("{}/{} {}", s.right, s.with_value, ratio(s.right, s.with_value));
    let currency = if s.currency_checked == 0 {
        "-".to_string()
    } else {
        format!("{}/{}", s.currency_right, s.currency_checked)
    };
    println!(
        "{:<19} {:>5} {:>4} {:>5} {:>4} {:>5} {:>4} {:>4} {:>6} {:>6} {:>6} {:>5} {:>14} {:>10} {:>9}",
        label,
        s.cases,
        s.skipped,
        s.entities,
        s.out_of_scope,
        s.found,
        s.true_found,
        s.false_found,
        show(p),
        show(r),
        show(f1),
        s.wrong_kind,
        resolved,
        currency,
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
