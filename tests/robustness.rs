//! Any text, however odd, goes through the whole pipeline and the report without a panic, and
//! every claim's span is the exact bytes of the input.

use crosscheck::report::{render_text, Report};
use std::path::PathBuf;

use crosscheck::rules::{RuleSet, DEFAULT_FILES};
use crosscheck::source::{Document, Format};
use crosscheck::value::Value;
use crosscheck::Engine;
use proptest::prelude::*;

fn engine() -> &'static Engine {
    static ENGINE: std::sync::OnceLock<Engine> = std::sync::OnceLock::new();
    ENGINE.get_or_init(|| Engine::new(RuleSet::defaults().unwrap()).unwrap())
}

/// Cases per property: 128 in the test suite; `scripts/fuzz` sets `PROPTEST_CASES` to run
/// them for as long as it is given.
fn config() -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(128);
    ProptestConfig::with_cases(cases)
}

/// Words and symbols the recognisers react to, mixed with anything: figures, dates, names,
/// markup, front matter, and the characters hostile input carries (controls, bidi marks,
/// combining marks, zero-width spaces, lone carriage returns, a byte-order mark).
fn newsish() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("$".to_string()),
        Just("€2bn".to_string()),
        Just("May 19th".to_string()),
        Just("Thursday, March 6, 2026".to_string()),
        Just("roughly".to_string()),
        Just("more than".to_string()),
        Just("Tuesday,".to_string()),
        Just("Andrej Karpathy".to_string()),
        Just("Karpathy".to_string()),
        Just("joined".to_string()),
        Just("left after two years,".to_string()),
        Just("valued at".to_string()),
        Just("11%".to_string()),
        Just("’s".to_string()),
        Just("-".to_string()),
        Just(",".to_string()),
        Just("&amp;".to_string()),
        Just("<p>".to_string()),
        Just("</p>".to_string()),
        Just("---\npublished: 2026-05-19\n---\n".to_string()),
        Just("# Headline\n".to_string()),
        Just("\u{feff}".to_string()),
        Just("\r".to_string()),
        Just("\n\n".to_string()),
        Just("\u{1b}[31m".to_string()),
        Just("\u{202e}".to_string()),
        Just("\u{200b}".to_string()),
        Just("\u{301}".to_string()),
        Just("3\u{202f}000".to_string()),
        Just("1e400".to_string()),
        Just("cut training time by".to_string()),
        Just("100%".to_string()),
        Just("at".to_string()),
        Just("4:35".to_string()),
        Just("p.m.".to_string()),
        Just("GMT".to_string()),
        Just("just after".to_string()),
        Just("noon".to_string()),
        Just("to".to_string()),
        Just("between".to_string()),
        Just("İ".to_string()),
        Just("this evening".to_string()),
        "[0-9]{1,2}[:.][0-9]{2}",
        "[0-9]{1,7}",
        "[0-9]{1,3}(,[0-9]{3}){0,8}",
        "\\PC{0,12}",
        "\\PC{0,3}",
    ];
    prop::collection::vec(piece, 0..60).prop_map(|p| p.join(" ") + ".\n")
}

fn format() -> impl Strategy<Value = Format> {
    prop_oneof![Just(Format::Text), Just(Format::Html), Just(Format::Markdown)]
}

/// Characters and tokens that break TOML and rule values in interesting ways.
fn rule_edit() -> impl Strategy<Value = (f64, usize, String)> {
    let token = prop_oneof![
        Just(String::new()),
        Just("-1".to_string()),
        Just("nan".to_string()),
        Just("inf".to_string()),
        Just("1e309".to_string()),
        Just("0".to_string()),
        Just("\"\"".to_string()),
        Just("\"(\"".to_string()),
        Just("\"\\\\\"".to_string()),
        Just("[".to_string()),
        Just("]".to_string()),
        Just("=".to_string()),
        Just("\n".to_string()),
        Just("[[example]]\n".to_string()),
        Just("{".to_string()),
        Just("\"x\" = 1\n".to_string()),
        "\\PC{0,8}",
    ];
    // Where (a fraction of the file), how many bytes to remove there, what to insert.
    (0.0..1.0f64, 0..40usize, token)
}

/// Apply edits to `text` at char boundaries.
fn edited(text: &str, edits: &[(f64, usize, String)]) -> String {
    let mut out = text.to_string();
    for (at, remove, insert) in edits {
        let mut start = ((out.len() as f64) * at) as usize;
        while !out.is_char_boundary(start) {
            start -= 1;
        }
        let mut end = (start + remove).min(out.len());
        while !out.is_char_boundary(end) {
            end += 1;
        }
        out.replace_range(start..end, insert);
    }
    out
}

proptest! {
    #![proptest_config(config())]

    /// Ingest, extract, resolve, check and report: any sources, however odd, run without a
    /// panic, and every claim's span is the exact bytes of its input.
    #[test]
    fn fuzz_pipeline(sources in prop::collection::vec((newsish(), format()), 1..4)) {
        let documents: Vec<Document> = sources
            .iter()
            .enumerate()
            .map(|(i, (text, format))| Document::parse(format!("s{i}"), text.clone(), *format, &engine().prose))
            .collect();
        let run = engine().run(documents.as_slice(), None).unwrap();
        for c in &run.claims {
            let (text, _) = &sources[c.source];
            prop_assert_eq!(&text[c.span.0..c.span.1], c.text.as_str());
            // Rounding never leaves a figure outside its own interval (a hedge or a bound
            // may put it at an open end: "more than 500").
            if let Value::Amount { value, interval, .. } = &c.value {
                prop_assert!(interval.low <= *value && *value <= interval.high, "{} outside {:?}", value, interval);
            }
            // A time of day's range runs forwards.
            if let Value::Clock { clock } = &c.value {
                prop_assert!(clock.as_interval().low <= clock.as_interval().high, "{:?}", clock);
            }
        }
        // The report renders whatever the values (a speed-up of 1 / 0 once did not).
        let report = Report::build(&run, &engine().rules);
        render_text(&report, true);
        report.to_json().unwrap();
    }

    /// A rule file edited at random loads or is refused with an error; a rule set that loads
    /// compiles or is refused; one that compiles runs on an article. Never a panic.
    #[test]
    fn fuzz_rule_files(file in 0..DEFAULT_FILES.len(), edits in prop::collection::vec(rule_edit(), 1..6)) {
        let files: Vec<(PathBuf, String)> = DEFAULT_FILES
            .iter()
            .enumerate()
            .map(|(i, (path, text))| {
                let text = if i == file { edited(text, &edits) } else { text.to_string() };
                (PathBuf::from(path), text)
            })
            .collect();
        let Ok(rules) = RuleSet::from_files(files) else { return Ok(()) };
        let Ok(engine) = Engine::new(rules) else { return Ok(()) };
        let text = "Helio, valued at about $18 billion on Thursday, March 6, 2026, employs 770 people.\n";
        let doc = Document::parse("x".into(), text.into(), Format::Text, &engine.prose);
        let run = engine.run(&[doc][..], None).unwrap();
        render_text(&Report::build(&run, &engine.rules), false);
    }
}

/// The claims of one article.
fn run_one(text: &str, format: Format) -> crosscheck::Run {
    let doc = Document::parse("x".into(), text.into(), format, &engine().prose);
    engine().run(&[doc][..], None).unwrap()
}

/// Every figure lies inside its own interval.
fn assert_values_within_intervals(run: &crosscheck::Run) {
    for c in &run.claims {
        if let Value::Amount { value, interval, .. } = &c.value {
            assert!(
                interval.low <= *value && *value <= interval.high,
                "{value} outside {interval:?}"
            );
        }
    }
}

/// A range with its scale word written once ("1 - €2bn") is 1bn to 2bn, and its value the
/// first figure scaled: the value was once left at 1, outside its own interval (found by the
/// fuzz target).
#[test]
fn a_range_scales_its_first_figure() {
    let run = run_one("1 - €2bn Andrej Karpathy.\n", Format::Text);
    assert!(!run.claims.is_empty());
    assert_values_within_intervals(&run);
}

/// A range's opening word is found after the last space, however many bytes that space
/// takes ("3\u{202f}000 ... 5 to 6pm"): a narrow no-break space once split (found by the fuzz
/// target, which replays its case).
#[test]
fn a_time_range_after_a_wide_space_keeps_to_char_boundaries() {
    for text in [
        "3\u{202f}000 this evening - this evening.\n",
        "Doors\u{202f}5 to 6pm.\n",
        "It ran\u{202f}from 9:30 to 11:00.\n",
    ] {
        let run = run_one(text, Format::Markdown);
        for c in &run.claims {
            assert_eq!(&text[c.span.0..c.span.1], c.text);
        }
    }
}

/// Time cut "by 11% to 3 000 100%": read as a range reaching 100% or more, its top end's
/// ratio was negative, below its bottom (found by the fuzz target, which replays its case).
/// After a change someone made ("cut") and "by", the figure is the change and the one after
/// "to" the level reached: the cut is a speed-up of 1/(1 - 0.11), and no value leaves its
/// interval.
#[test]
fn a_time_cut_past_100_percent_leaves_no_value_outside_its_interval() {
    let run = run_one("They cut training time by 11% to 3\u{202f}000 100%.\n", Format::Text);
    assert_values_within_intervals(&run);
    let cut = run
        .claims
        .iter()
        .find(|c| c.text.starts_with("11%"))
        .expect("the cut is read");
    assert_eq!(cut.kind, crosscheck::rules::Kind::Multiplier);
    let ratio = cut.value.interval();
    assert!(ratio.low <= 1.0 / 0.89 && 1.0 / 0.89 <= ratio.high, "{ratio:?}");
}

/// A duration counted from a dated event that would land outside the calendar ("some 30000
/// years before Karpathy's post") dates nothing; it once panicked.
#[test]
fn a_shift_past_the_calendar_dates_nothing() {
    let text = "Karpathy posted the note on May 19, 2026. Some 30000 years before Karpathy's post, \
                people painted caves. Some 3000000 years after Karpathy's post, nothing.\n";
    let doc = Document::parse("x".into(), text.into(), Format::Text, &engine().prose);
    let run = engine().run(&[doc][..], None).unwrap();
    assert!(run
        .claims
        .iter()
        .all(|c| !c.text.starts_with("Some 30") || c.kind != crosscheck::rules::Kind::Date));
}
