//! The report: one `Report` value (sources, claims, facts, findings, summary) built from a
//! run, then rendered as text or JSON. Renderers only format; they never recompute.
//! The JSON shape is a public contract (README, "The JSON report"): change it only with a
//! version bump.

mod text;

use std::collections::BTreeMap;

use serde::Serialize;

use crate::check::reason;
use crate::graph::Link;
use crate::resolve::Claim;
use crate::rules::{RuleSet, Severity};
use crate::source::ByteSpan;
use crate::value::{Relation, Value};
use crate::Run;

pub use text::render_text;

/// The version of the JSON report shape.
pub const VERSION: u32 = 1;

#[derive(Debug, Serialize)]
pub struct Report {
    pub version: u32,
    pub sources: Vec<SourceEntry>,
    pub claims: Vec<ClaimEntry>,
    pub facts: Vec<Fact>,
    pub findings: Vec<Finding>,
    pub summary: Summary,
}

#[derive(Debug, Serialize)]
pub struct SourceEntry {
    pub id: String,
    pub path: String,
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub url: Option<String>,
    pub published: Option<String>,
    /// The date that dates without a year, and relative dates, were resolved against.
    pub reference: Option<String>,
    /// Where the reference date came from.
    pub reference_basis: String,
}

#[derive(Debug, Serialize)]
pub struct ClaimEntry {
    pub id: String,
    pub source: String,
    pub span: ByteSpan,
    pub line: usize,
    pub column: usize,
    pub text: String,
    pub sentence: String,
    pub kind: String,
    pub key: String,
    pub value: Value,
    /// How the tool read the value, as messages show it.
    pub reading: String,
    pub hedge: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub weekday: Option<String>,
    /// When the figure holds: the date in its clause (`stated`), else its source's date.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub as_of: Option<AsOfEntry>,
    pub rule: String,
}

#[derive(Debug, Serialize)]
pub struct AsOfEntry {
    pub first: String,
    pub last: String,
    pub stated: bool,
}

#[derive(Debug, Serialize)]
pub struct Fact {
    pub id: String,
    pub key: String,
    /// The reading of its most precise claim.
    pub value: String,
    pub claims: Vec<String>,
    pub sources: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct Finding {
    pub id: String,
    pub code: String,
    pub name: String,
    pub severity: Severity,
    pub relation: Relation,
    pub claims: Vec<String>,
    pub message: String,
    pub explanation: String,
}

#[derive(Debug, Default, Serialize)]
pub struct Summary {
    pub sources: usize,
    pub claims: usize,
    pub facts: usize,
    /// Facts backed by two or more sources.
    pub corroborated: usize,
    /// Facts backed by one source only.
    pub single_source: usize,
    pub conflicts: usize,
    /// Figures that changed between the times they were stated for.
    pub updates: usize,
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
}

pub fn claim_id(claim: &Claim) -> String {
    format!(
        "s{}:{}-{}:{}",
        claim.source + 1,
        claim.span.0,
        claim.span.1,
        claim.kind.as_str()
    )
}

impl Report {
    pub fn build(run: &Run, rules: &RuleSet) -> Report {
        let sources = run
            .documents
            .iter()
            .zip(&run.references)
            .enumerate()
            .map(|(i, (doc, reference))| SourceEntry {
                id: format!("s{}", i + 1),
                path: doc.path.clone(),
                title: doc.meta.title.clone(),
                outlet: doc.meta.outlet.clone(),
                url: doc.meta.url.clone(),
                published: doc.meta.published.map(|d| d.to_string()),
                reference: reference.date.map(|d| d.to_string()),
                reference_basis: reference.basis.clone(),
            })
            .collect();
        let ids: Vec<String> = run.claims.iter().map(claim_id).collect();
        let claims = run
            .claims
            .iter()
            .zip(&ids)
            .map(|(c, id)| ClaimEntry {
                id: id.clone(),
                source: format!("s{}", c.source + 1),
                span: ByteSpan {
                    start: c.span.0,
                    end: c.span.1,
                },
                line: c.line,
                column: c.column,
                text: c.text.clone(),
                sentence: c.sentence.clone(),
                kind: c.kind.as_str().to_string(),
                key: c.key.display(),
                value: c.value.clone(),
                reading: c.value.reading(),
                hedge: c.hedge().map(str::to_string),
                weekday: c.weekday.map(|w| format!("{w:?}")),
                as_of: c.as_of.map(|a| AsOfEntry {
                    first: a.span.first.to_string(),
                    last: a.span.last.to_string(),
                    stated: a.stated,
                }),
                rule: c.rule.clone(),
            })
            .collect();
        let fact_groups = run.graph.facts();
        let facts: Vec<Fact> = fact_groups
            .iter()
            .cloned()
            .enumerate()
            .map(|(n, members)| {
                let mut sources: Vec<usize> = members.iter().map(|&i| run.claims[i].source).collect();
                sources.sort();
                sources.dedup();
                let precise = members
                    .iter()
                    .map(|&i| &run.claims[i])
                    .min_by(|a, b| width(a).total_cmp(&width(b)))
                    .expect("a fact has a claim");
                Fact {
                    id: format!("f{}", n + 1),
                    key: precise.key.display(),
                    value: precise.value.reading(),
                    claims: members.iter().map(|&i| ids[i].clone()).collect(),
                    sources: sources.iter().map(|s| format!("s{}", s + 1)).collect(),
                }
            })
            .collect();
        let findings = conflict_findings(run, rules, &fact_groups, &ids);
        let count = |s: Severity| findings.iter().filter(|f| f.severity == s).count();
        let corroborated = facts.iter().filter(|f| f.sources.len() > 1).count();
        let summary = Summary {
            sources: run.documents.len(),
            claims: run.claims.len(),
            facts: facts.len(),
            corroborated,
            single_source: facts.len() - corroborated,
            conflicts: findings.iter().filter(|f| f.relation == Relation::Conflict).count(),
            updates: findings.iter().filter(|f| f.relation == Relation::Update).count(),
            errors: count(Severity::Error),
            warnings: count(Severity::Warning),
            infos: count(Severity::Info),
        };
        Report {
            version: VERSION,
            sources,
            claims,
            facts,
            findings,
            summary,
        }
    }

    pub fn to_json(&self) -> String {
        let mut s = serde_json::to_string_pretty(self).expect("a report serialises");
        s.push('\n');
        s
    }
}

/// One finding per pair of facts in conflict (or, for figures stated for different times,
/// in an update): when three sources agree on May 19 and a fourth
/// says May 21, that is one conflict, not three. The finding's first two claims are the pair
/// whose comparison is reported; the rest are the claims that agree with either side.
fn conflict_findings(run: &Run, rules: &RuleSet, facts: &[Vec<usize>], ids: &[String]) -> Vec<Finding> {
    let mut fact_of = vec![0; run.claims.len()];
    for (f, members) in facts.iter().enumerate() {
        for &c in members {
            fact_of[c] = f;
        }
    }
    // (first fact, second fact, rule, is an update) -> the lowest pair of claims linking them.
    type FactPair<'a> = (usize, usize, &'a str, bool);
    let mut pairs: BTreeMap<FactPair, (usize, usize, &Link)> = BTreeMap::new();
    let reported = |l: &Link| matches!(l.relation, Relation::Conflict | Relation::Update);
    for (a, b, link) in run.graph.links().filter(|(_, _, l)| reported(l)) {
        let (fa, fb) = (fact_of[a].min(fact_of[b]), fact_of[a].max(fact_of[b]));
        let entry = pairs
            .entry((fa, fb, link.rule.as_str(), link.relation == Relation::Update))
            .or_insert((a, b, link));
        if (a, b) < (entry.0, entry.1) {
            *entry = (a, b, link);
        }
    }
    let mut found: Vec<(usize, usize, Finding)> = pairs
        .into_iter()
        .filter_map(|((fa, fb, _, _), (a, b, link))| {
            let rule = rules.get(&link.rule)?;
            // A self-conflict (a weekday that does not fit its date) has one claim.
            let mut shown = if a == b { vec![a] } else { vec![a, b] };
            shown.extend(link.via);
            let sides = if fa == fb {
                facts[fa].clone()
            } else {
                [facts[fa].as_slice(), &facts[fb]].concat()
            };
            let others: Vec<usize> = sides.into_iter().filter(|c| !shown.contains(c)).collect();
            let mut claims = shown;
            claims.extend(&others);
            let others = others.len();
            let also = if others > 0 {
                format!(" ({others} more claims agree with one side)")
            } else {
                String::new()
            };
            Some((
                a,
                b,
                Finding {
                    id: String::new(),
                    code: rule.code.clone(),
                    name: rule.name.clone(),
                    // An update is not an error: it is shown so the reader sees the timeline.
                    severity: if link.relation == Relation::Update {
                        Severity::Info
                    } else {
                        rule.severity
                    },
                    relation: link.relation,
                    claims: claims.iter().map(|&c| ids[c].clone()).collect(),
                    message: format!(
                        "{}: {}{also}",
                        run.claims[a].key.display(),
                        reason(link, &run.claims, a, b)
                    ),
                    explanation: rule.summary.clone(),
                },
            ))
        })
        .collect();
    found.sort_by(|x, y| (x.0, x.1, &x.2.code).cmp(&(y.0, y.1, &y.2.code)));
    found
        .into_iter()
        .enumerate()
        .map(|(n, (_, _, f))| Finding {
            id: format!("x{}", n + 1),
            ..f
        })
        .collect()
}

/// How wide a claim's interval is, relative to its size: the narrowest is the most precise.
fn width(c: &Claim) -> f64 {
    let i = c.value.interval();
    let w = i.high - i.low;
    if w.is_finite() {
        w / i.low.abs().max(i.high.abs()).max(1.0)
    } else {
        f64::INFINITY
    }
}
