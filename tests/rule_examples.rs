//! Every example and counterexample of every default rule, run through the whole pipeline.

use crosscheck::rules::RuleSet;
use crosscheck::{examples, Engine};

#[test]
fn every_rule_example_passes() {
    let engine = Engine::new(RuleSet::defaults().unwrap()).unwrap();
    let (count, failures) = examples::run_all(&engine);
    let shown: Vec<String> = failures.iter().map(|f| f.to_string()).collect();
    assert!(
        failures.is_empty(),
        "{} of {count} examples failed:\n{}",
        failures.len(),
        shown.join("\n")
    );
}
