//! Any text, however odd, goes through the whole pipeline and the report without a panic, and
//! every claim's span is the exact bytes of the input.

use crosscheck::report::{render_text, Report};
use crosscheck::rules::RuleSet;
use crosscheck::source::{Document, Format};
use crosscheck::Engine;
use proptest::prelude::*;

fn engine() -> &'static Engine {
    static ENGINE: std::sync::OnceLock<Engine> = std::sync::OnceLock::new();
    ENGINE.get_or_init(|| Engine::new(RuleSet::load(None).unwrap()).unwrap())
}

/// Words and symbols the recognisers react to, mixed with anything.
fn newsish() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("$".to_string()),
        Just("€2bn".to_string()),
        Just("May 19th".to_string()),
        Just("roughly".to_string()),
        Just("Tuesday,".to_string()),
        Just("Andrej Karpathy".to_string()),
        Just("joined".to_string()),
        Just("11%".to_string()),
        Just("’s".to_string()),
        Just("-".to_string()),
        Just("&amp;".to_string()),
        Just("<p>".to_string()),
        Just("cut training time by".to_string()),
        Just("100%".to_string()),
        "[0-9]{1,7}",
        "\\PC{0,12}",
    ];
    prop::collection::vec(piece, 0..40).prop_map(|p| p.join(" ") + ".\n")
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn any_text_runs_and_spans_are_exact(text in newsish(), html in any::<bool>()) {
        let format = if html { Format::Html } else { Format::Text };
        let doc = Document::parse("x".into(), text.clone(), format, &engine().prose);
        let run = engine().run(vec![doc], None);
        for c in &run.claims {
            prop_assert_eq!(&text[c.span.0..c.span.1], c.text.as_str());
        }
        // The report renders whatever the values (a speed-up of 1 / 0 once did not).
        let report = Report::build(&run, &engine().rules);
        render_text(&report, true);
        report.to_json();
    }
}

/// A duration counted from a dated event that would land outside the calendar ("some 30000
/// years before Karpathy's post") dates nothing; it once panicked.
#[test]
fn a_shift_past_the_calendar_dates_nothing() {
    let text = "Karpathy posted the note on May 19, 2026. Some 30000 years before Karpathy's post, \
                people painted caves. Some 3000000 years after Karpathy's post, nothing.\n";
    let doc = Document::parse("x".into(), text.into(), Format::Text, &engine().prose);
    let run = engine().run(vec![doc], None);
    assert!(run
        .claims
        .iter()
        .all(|c| !c.text.starts_with("Some 30") || c.kind != crosscheck::rules::Kind::Date));
}
