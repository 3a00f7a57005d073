//! Rule examples as tests: every `[[example]]` and `[[counterexample]]` of every rule is run
//! through the whole pipeline, so a rule cannot drift from its documentation. The test suite
//! runs them for the defaults; `crosscheck test-rules --rules DIR` runs them for a user's.

use crate::rules::{Example, ExpectedRelation, Rule};
use crate::source::{parse_iso_day, Document, Format};
use crate::value::Relation;
use crate::{Engine, Run};

/// An example whose outcome differs from what its rule file says.
#[derive(Debug, Clone, PartialEq)]
pub struct Failure {
    pub code: String,
    pub origin: String,
    pub message: String,
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} ({}): {}", self.code, self.origin, self.message)
    }
}

/// How many examples ran, and the ones that failed.
pub fn run_all(engine: &Engine) -> (usize, Vec<Failure>) {
    let mut failures = Vec::new();
    let mut count = 0;
    for rule in &engine.rules.rules {
        for (i, example) in rule.examples.iter().enumerate() {
            count += 1;
            if let Err(message) = run_one(engine, rule, example, true) {
                failures.push(failure(rule, format!("example {}: {message}", i + 1)));
            }
        }
        for (i, example) in rule.counterexamples.iter().enumerate() {
            count += 1;
            if let Err(message) = run_one(engine, rule, example, false) {
                failures.push(failure(rule, format!("counterexample {}: {message}", i + 1)));
            }
        }
    }
    (count, failures)
}

fn failure(rule: &Rule, message: String) -> Failure {
    Failure {
        code: rule.code.clone(),
        origin: rule.origin.display().to_string(),
        message,
    }
}

fn pipeline(engine: &Engine, texts: &[&str], example: &Example) -> Result<Run, String> {
    let documents: Vec<Document> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| {
            Document::parse(
                format!("source-{}.txt", i + 1),
                t.to_string(),
                Format::Text,
                &engine.prose,
            )
        })
        .collect();
    engine
        .run(documents.as_slice(), example.date.as_deref().and_then(parse_iso_day))
        .map_err(|e| e.to_string())
}

fn run_one(engine: &Engine, rule: &Rule, example: &Example, positive: bool) -> Result<(), String> {
    if let Some(extract) = &rule.extract {
        let text = example.text.as_deref().ok_or("an extraction example needs `text`")?;
        let run = pipeline(engine, &[text], example)?;
        let found: Vec<_> = run.claims.iter().filter(|c| c.kind == extract.kind).collect();
        let shown = || {
            found
                .iter()
                .map(|c| format!("{:?} {} {}", c.text, c.frame.display(), c.value.reading()))
                .collect::<Vec<_>>()
                .join("; ")
        };
        if !positive {
            return if found.is_empty() {
                Ok(())
            } else {
                Err(format!(
                    "expected no {} claims, found: {}",
                    extract.kind.as_str(),
                    shown()
                ))
            };
        }
        if found.len() != example.expect.len() {
            return Err(format!(
                "expected {} {} claims, found {}: {}",
                example.expect.len(),
                extract.kind.as_str(),
                found.len(),
                shown()
            ));
        }
        for (want, got) in example.expect.iter().zip(&found) {
            let key_ok = want.key.as_ref().is_none_or(|k| *k == got.frame.display());
            let reading_ok = want.reading.as_ref().is_none_or(|r| *r == got.value.reading());
            if want.text != got.text || !key_ok || !reading_ok {
                return Err(format!(
                    "expected {:?} {} {}, found: {}",
                    want.text,
                    want.key.as_deref().unwrap_or("(any key)"),
                    want.reading.as_deref().unwrap_or("(any reading)"),
                    shown()
                ));
            }
        }
        return Ok(());
    }
    let texts: Vec<&str> = example.sources.iter().map(String::as_str).collect();
    if texts.is_empty() {
        return Err("a check example needs `sources`".into());
    }
    let run = pipeline(engine, &texts, example)?;
    // The graph's links, and the findings no link stands for (a possible conflict between a
    // figure that names no subject and one that does).
    let relations: Vec<Relation> = run
        .graph
        .links()
        .filter(|(_, _, l)| l.rule == rule.code)
        .map(|(_, _, l)| l.relation)
        .chain(run.disputes.iter().filter(|d| d.rule == rule.code).map(|d| d.relation))
        .collect();
    let ok = if positive {
        match example.relation.ok_or("a check example needs `relation`")? {
            ExpectedRelation::None => relations.is_empty(),
            ExpectedRelation::Agree => relations.contains(&Relation::Agree),
            ExpectedRelation::Refine => relations.contains(&Relation::Refine),
            ExpectedRelation::Conflict => relations.contains(&Relation::Conflict),
            ExpectedRelation::PossibleConflict => {
                relations.contains(&Relation::PossibleConflict) && !relations.contains(&Relation::Conflict)
            }
            ExpectedRelation::Update => relations.contains(&Relation::Update),
        }
    } else {
        !relations.contains(&Relation::Conflict)
    };
    if ok {
        Ok(())
    } else {
        let claims: Vec<String> = run
            .claims
            .iter()
            .map(|c| format!("{:?} {} {}", c.text, c.frame.display(), c.value.reading()))
            .collect();
        Err(format!(
            "expected {}, found relations {relations:?} among claims [{}]",
            if positive {
                format!("{:?}", example.relation)
            } else {
                "no conflict".into()
            },
            claims.join("; ")
        ))
    }
}
