//! Benchmarks of the whole pipeline on a generated corpus: the seeds and fixtures, repeated
//! under distinct paths so each copy is its own source. Run with `cargo bench`.

use crosscheck::rules::RuleSet;
use crosscheck::source::{Document, Format};
use crosscheck::Engine;

fn main() {
    divan::main();
}

/// `copies` copies of every seed and fixture article, as documents.
fn corpus(engine: &Engine, copies: usize) -> Vec<Document> {
    let root = env!("CARGO_MANIFEST_DIR");
    let mut texts = Vec::new();
    for dir in [
        "seeds",
        "tests/fixtures/retail-merger",
        "tests/fixtures/vaccine-trial",
        "tests/fixtures/seeds-agree",
    ] {
        let mut paths: Vec<_> = std::fs::read_dir(format!("{root}/{dir}"))
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        paths.sort();
        texts.extend(paths.into_iter().map(|p| std::fs::read_to_string(p).unwrap()));
    }
    (0..copies)
        .flat_map(|n| texts.iter().enumerate().map(move |(i, t)| (n, i, t)))
        .map(|(n, i, t)| Document::parse(format!("copy{n}/{i}.txt"), t.clone(), Format::Text, &engine.prose))
        .collect()
}

#[divan::bench(args = [1, 10, 50])]
fn check_corpus(bencher: divan::Bencher, copies: usize) {
    let engine = Engine::new(RuleSet::load(None).unwrap()).unwrap();
    bencher
        .with_inputs(|| corpus(&engine, copies))
        .bench_local_values(|documents| engine.run(documents, None).claims.len());
}

#[divan::bench]
fn load_rules_and_compile() -> usize {
    Engine::new(RuleSet::load(None).unwrap()).unwrap().rules.rules.len()
}
