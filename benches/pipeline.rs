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
    let engine = Engine::new(RuleSet::defaults().unwrap()).unwrap();
    bencher
        .with_inputs(|| corpus(&engine, copies))
        .bench_local_values(|documents| engine.run(documents.as_slice(), None).unwrap().claims.len());
}

#[divan::bench]
fn load_rules_and_compile() -> usize {
    Engine::new(RuleSet::defaults().unwrap()).unwrap().rules.rules.len()
}

/// Shapes of input that once took time quadratic in their size (issue 9): each is run at n and
/// 10n, and the second should take about ten times the first, not a hundred.
mod scaling {
    use super::*;

    fn engine() -> Engine {
        Engine::new(RuleSet::defaults().unwrap()).unwrap()
    }

    /// A flattened table: one "sentence" of `n` comma-separated dates, percentages and
    /// "X had N staff" items.
    fn flattened_table(engine: &Engine, n: usize) -> Vec<Document> {
        const MONTHS: [&str; 12] = [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ];
        let items: Vec<String> = (0..n)
            .map(|i| match i % 3 {
                0 => format!("{} {}, {}", MONTHS[i % 12], 1 + i % 28, 1990 + i % 30),
                1 => format!("{}.{}%", (i * 7) % 100, i % 10),
                _ => format!("Company{i} had {} staff", 100 + i),
            })
            .collect();
        let text = format!("The table lists {}.\n", items.join(", "));
        vec![Document::parse("table.txt".into(), text, Format::Text, &engine.prose)]
    }

    /// `n` sources, each giving the valuation of a different company: one frame, `n` subjects.
    fn many_subjects(engine: &Engine, n: usize) -> Vec<Document> {
        (0..n)
            .map(|i| {
                let text = format!(
                    "---\npublished: 2026-03-{:02}\n---\nFirm{i} Holdings was valued at ${} billion, the company said on Monday.\n",
                    1 + i % 28,
                    1 + i % 90
                );
                Document::parse(format!("{i}.txt"), text, Format::Text, &engine.prose)
            })
            .collect()
    }

    /// One source telling `n` careers: dated events and the durations between them.
    fn long_timeline(engine: &Engine, n: usize) -> Vec<Document> {
        let text: String = (0..n)
            .map(|i| {
                format!(
                    "Jane Doe{i} joined Acme{i} in June {}. Jane Doe{i} left the company after less than {} years, in September {}.\n\n",
                    1990 + i % 30,
                    2 + i % 3,
                    1992 + i % 30
                )
            })
            .collect();
        vec![Document::parse(
            "timeline.txt".into(),
            text,
            Format::Text,
            &engine.prose,
        )]
    }

    /// Run the pipeline on what `make` generates at size `n`.
    fn measure(bencher: divan::Bencher, n: usize, make: fn(&Engine, usize) -> Vec<Document>) {
        let engine = engine();
        bencher
            .with_inputs(|| make(&engine, n))
            .bench_local_values(|documents| engine.run(documents.as_slice(), None).unwrap().claims.len());
    }

    #[divan::bench(args = [1_000, 10_000], sample_count = 5, sample_size = 1)]
    fn table(bencher: divan::Bencher, n: usize) {
        measure(bencher, n, flattened_table);
    }

    #[divan::bench(args = [1_000, 10_000], sample_count = 5, sample_size = 1)]
    fn subjects(bencher: divan::Bencher, n: usize) {
        measure(bencher, n, many_subjects);
    }

    #[divan::bench(args = [1_000, 10_000], sample_count = 5, sample_size = 1)]
    fn timeline(bencher: divan::Bencher, n: usize) {
        measure(bencher, n, long_timeline);
    }
}
