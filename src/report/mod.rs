//! The report: one `Report` value (sources, claims, facts, findings, summary) built from a
//! run, then rendered as text or JSON. Renderers only format; they never recompute.
//! The JSON shape is a public contract (README, "The JSON report"): change it only with a
//! version bump.

mod dot;
mod github;
mod markdown;
mod sarif;
pub mod snapshot;
mod spool;
mod text;

use std::collections::HashMap;
use std::sync::Arc;

use serde::Serialize;

use crate::check::{reason, unit_key, Dispute};
use crate::graph::Link;
use crate::resolve::{Claim, Frame};
use crate::rules::{RuleSet, Severity};
use crate::source::ByteSpan;
use crate::value::{Relation, Unit, Value};
use crate::Error;
use crate::Run;

pub use dot::render_dot;
pub use github::render_github;
pub use markdown::render_markdown;
pub use sarif::render_sarif;
pub use spool::{Keep, Spilled, Spool};
pub use text::render_text;

/// Longest sentence the reports show whole; longer ones are cut around the claim.
const SENTENCE_WIDTH: usize = 160;

/// Text safe to show at a terminal: control characters (C0, DEL, C1: escape sequences, the
/// bell, a newline in a file name) and the bidirectional controls that reorder what a reader
/// sees are written as escapes (`\u{1b}`), so an article or a file name cannot move the
/// cursor, recolour the report or hide a line. Every human-facing format shows text this way.
pub fn printable(text: &str) -> std::borrow::Cow<'_, str> {
    let hostile = |c: char| {
        c.is_control()
            || matches!(c, '\u{200e}' | '\u{200f}' | '\u{061c}' | '\u{2028}' | '\u{2029}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
    };
    if !text.chars().any(hostile) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut shown = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if hostile(c) {
            shown.extend(c.escape_unicode());
        } else {
            shown.push(c);
        }
    }
    std::borrow::Cow::Owned(shown)
}

/// The version of the JSON report shape.
pub const VERSION: u32 = 2;

/// A run's report, as every format renders it. It borrows what it shows of each claim from
/// the run's claims rather than copying it: at 1 GB of news the claims alone take gigabytes.
#[derive(Debug, Serialize)]
pub struct Report<'a> {
    pub version: u32,
    pub sources: Vec<SourceEntry>,
    /// The stories the sources were grouped into; claims are compared within a story.
    pub stories: Vec<StoryEntry>,
    pub claims: Vec<ClaimEntry<'a>>,
    pub facts: Vec<Fact>,
    pub findings: Vec<Finding>,
    pub summary: Summary,
    /// The claim graph's edges, for the graph formats (the JSON report's findings and facts
    /// say the same; `--dump graph` lists the edges).
    #[serde(skip)]
    pub links: Vec<LinkEntry>,
    /// Whether findings were matched against a baseline (`--baseline`).
    #[serde(skip)]
    pub baseline: bool,
    /// The claims and facts the summary counts.
    #[serde(skip)]
    tally: Tally,
}

#[derive(Debug, Serialize)]
pub struct StoryEntry {
    pub id: String,
    /// The name most of its sources use.
    pub name: String,
    pub sources: Vec<String>,
}

/// An edge of the claim graph between two claims of the report.
#[derive(Debug)]
pub struct LinkEntry {
    pub from: String,
    pub to: String,
    pub relation: Relation,
    pub rule: String,
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
    /// One of the sources given with `--new`: the report keeps only what involves them.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub new: bool,
}

#[derive(Debug, Serialize)]
pub struct ClaimEntry<'a> {
    pub id: String,
    pub source: String,
    pub span: ByteSpan,
    pub line: usize,
    pub column: usize,
    pub text: &'a str,
    /// Shared with the claim (and its sentence's other claims).
    pub sentence: Arc<str>,
    /// Where the claim starts in `sentence` (a byte offset), for excerpts.
    #[serde(skip)]
    pub at: usize,
    pub kind: &'static str,
    /// Derived from the frame: subject/measure/object[qualifiers].
    pub key: String,
    /// What the claim measures, of what, on what basis.
    pub frame: &'a Frame,
    pub value: &'a Value,
    /// How the tool read the value, as messages show it.
    pub reading: String,
    pub hedge: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub weekday: Option<String>,
    /// When the figure holds: the date in its clause (`stated`), else its source's date.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub as_of: Option<AsOfEntry>,
    pub rule: &'a str,
}

impl<'a> ClaimEntry<'a> {
    /// A claim's entry.
    pub fn of(c: &'a Claim) -> ClaimEntry<'a> {
        ClaimEntry::with_id(c, claim_id(c))
    }

    /// A claim's entry, its id (`claim_id`) made already.
    fn with_id(c: &'a Claim, id: String) -> ClaimEntry<'a> {
        ClaimEntry {
            id,
            source: format!("s{}", c.source + 1),
            span: ByteSpan {
                start: c.span.0,
                end: c.span.1,
            },
            line: c.line,
            column: c.column,
            text: &c.text,
            sentence: c.sentence.clone(),
            at: c.at,
            kind: c.kind.as_str(),
            key: c.frame.display(),
            frame: &c.frame,
            value: &c.value,
            reading: c.value.reading(),
            hedge: c.hedge().map(str::to_string),
            weekday: c.weekday.map(|w| format!("{w:?}")),
            as_of: c.as_of.map(|a| AsOfEntry {
                first: a.span.first.to_string(),
                last: a.span.last.to_string(),
                stated: a.stated,
            }),
            rule: &c.rule,
        }
    }
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
    /// For a quote: each claim's version against the longest one attested (the first).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub versions: Vec<Version>,
}

/// One source's version of a quote, against the longest version attested.
#[derive(Debug, Serialize)]
pub struct Version {
    pub claim: String,
    /// "the longest version", "the same words", "cut: 12 of its 17 words", or a word diff.
    pub differs: String,
}

#[derive(Debug, Serialize)]
pub struct Finding {
    pub id: String,
    /// Stable across runs, input order and edits elsewhere in the sources: a hash of the rule,
    /// the relation, the disputed fact's key and its number of values. Snapshots and
    /// baselines match findings by it.
    pub fingerprint: String,
    /// Listed in the baseline given with `--baseline`: shown, but never fails the run.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub known: bool,
    pub code: String,
    pub name: String,
    pub severity: Severity,
    pub relation: Relation,
    /// The story of its claims.
    pub story: String,
    /// Every claim of the disputed fact.
    pub claims: Vec<String>,
    /// One list of claim ids per value (for an update, per time), largest (earliest) first.
    pub groups: Vec<Vec<String>>,
    pub message: String,
    /// Why the claims are held to be about one thing: the frame they share.
    pub why: String,
    pub explanation: String,
}

#[derive(Debug, Default, Serialize)]
pub struct Summary {
    pub sources: usize,
    pub stories: usize,
    pub claims: usize,
    pub facts: usize,
    /// Facts backed by two or more sources.
    pub corroborated: usize,
    /// Facts backed by one source only.
    pub single_source: usize,
    pub conflicts: usize,
    /// Figures that changed between the times they were stated for.
    pub updates: usize,
    /// Values that cannot all be true of claims that only may be about one thing.
    pub possible_conflicts: usize,
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
    /// Findings the baseline lists (`--baseline`).
    #[serde(skip_serializing_if = "is_zero")]
    pub known: usize,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

/// Claims read and checked, and the story of each source: what a report's claims, facts and
/// findings are built from, for a whole run or for a part of one (`crate::Part`).
pub struct Checked<'a> {
    /// Sorted by story, then source, then byte offset, then kind.
    pub claims: &'a [Claim],
    pub graph: &'a crate::graph::ClaimGraph,
    pub disputes: &'a [Dispute],
    /// The story of each source of the run.
    pub of_source: &'a [usize],
}

impl<'a> From<&'a Run> for Checked<'a> {
    fn from(run: &'a Run) -> Checked<'a> {
        Checked {
            claims: &run.claims,
            graph: &run.graph,
            disputes: &run.disputes,
            of_source: &run.stories.of_source,
        }
    }
}

/// The claims and facts a summary counts, whether the report holds them or they were written
/// out part by part (`Spool`).
#[derive(Clone, Copy, Debug, Default)]
struct Tally {
    claims: usize,
    facts: usize,
    /// Facts backed by two or more sources.
    corroborated: usize,
}

impl Tally {
    fn of(claims: usize, facts: &[Fact]) -> Tally {
        Tally {
            claims,
            facts: facts.len(),
            corroborated: facts.iter().filter(|f| f.sources.len() > 1).count(),
        }
    }

    fn add(&mut self, other: Tally) {
        self.claims += other.claims;
        self.facts += other.facts;
        self.corroborated += other.corroborated;
    }
}

/// A finding before it is numbered, with what its claims say (each claim's reading and text,
/// sorted), which tells apart findings that share a fingerprint.
struct Found {
    finding: Finding,
    said: Vec<String>,
}

/// What a report holds of a run or of a part of one.
struct Body<'a> {
    claims: Vec<ClaimEntry<'a>>,
    facts: Vec<Fact>,
    /// How many facts the graph holds (the next part's are numbered after them).
    fact_groups: usize,
    /// Sorted, not yet numbered.
    findings: Vec<Found>,
    /// Each claim's id.
    ids: Vec<String>,
}

impl<'a> Body<'a> {
    /// `run`'s claims, facts (numbered from `first_fact` + 1) and findings.
    fn of(run: &Checked<'a>, rules: &RuleSet, first_fact: usize) -> Body<'a> {
        let ids: Vec<String> = run.claims.iter().map(claim_id).collect();
        let claims = run
            .claims
            .iter()
            .zip(&ids)
            .map(|(c, id)| ClaimEntry::with_id(c, id.clone()))
            .collect();
        let fact_groups = run.graph.facts();
        let facts: Vec<Fact> = fact_groups
            .iter()
            .cloned()
            .enumerate()
            .filter_map(|(n, members)| {
                let claims: Vec<&Claim> = members.iter().filter_map(|&i| run.claims.get(i)).collect();
                let mut sources: Vec<usize> = claims.iter().map(|c| c.source).collect();
                sources.sort();
                sources.dedup();
                let precise = claims.iter().min_by(|a, b| width(a).total_cmp(&width(b)))?;
                Some(Fact {
                    id: format!("f{}", first_fact + n + 1),
                    key: precise.frame.display(),
                    value: precise.value.reading(),
                    claims: members.iter().filter_map(|&i| ids.get(i).cloned()).collect(),
                    sources: sources.iter().map(|s| format!("s{}", s + 1)).collect(),
                    versions: versions(run, &members, &ids),
                })
            })
            .collect();
        Body {
            claims,
            facts,
            fact_groups: fact_groups.len(),
            findings: findings(run, rules, &ids),
            ids,
        }
    }
}

/// Each source's entry, in path order.
fn source_entries(sources: &[crate::source::SourceInfo], references: &[crate::Reference]) -> Vec<SourceEntry> {
    sources
        .iter()
        .zip(references)
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
            new: false,
        })
        .collect()
}

/// Each story's entry: its name and sources.
fn story_entries(stories: &crate::stories::Stories) -> Vec<StoryEntry> {
    let mut entries: Vec<StoryEntry> = stories
        .names
        .iter()
        .enumerate()
        .map(|(i, name)| StoryEntry {
            id: story_id(i),
            name: name.clone(),
            sources: Vec::new(),
        })
        .collect();
    for (source, &story) in stories.of_source.iter().enumerate() {
        if let Some(entry) = entries.get_mut(story) {
            entry.sources.push(format!("s{}", source + 1));
        }
    }
    entries
}

pub fn story_id(story: usize) -> String {
    format!("t{}", story + 1)
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

impl<'a> Report<'a> {
    pub fn build(run: &'a Run, rules: &RuleSet) -> Report<'a> {
        let checked = Checked::from(run);
        let body = Body::of(&checked, rules, 0);
        let links = run
            .graph
            .links()
            .filter_map(|(a, b, link)| {
                Some(LinkEntry {
                    from: body.ids.get(a)?.clone(),
                    to: body.ids.get(b)?.clone(),
                    relation: link.relation,
                    rule: link.rule.clone(),
                })
            })
            .collect();
        let mut report = Report {
            version: VERSION,
            sources: source_entries(&run.sources, &run.references),
            stories: story_entries(&run.stories),
            tally: Tally::of(body.claims.len(), &body.facts),
            claims: body.claims,
            facts: body.facts,
            findings: numbered(body.findings),
            summary: Summary::default(),
            links,
            baseline: false,
        };
        report.summarise();
        report
    }

    /// Counts the summary from the findings the report holds and its tally of claims and facts.
    fn summarise(&mut self) {
        let findings = &self.findings;
        let count = |s: Severity| findings.iter().filter(|f| f.severity == s && !f.known).count();
        let relation = |r: Relation| findings.iter().filter(|f| f.relation == r && !f.known).count();
        let tally = self.tally;
        self.summary = Summary {
            sources: self.sources.len(),
            stories: self.stories.len(),
            claims: tally.claims,
            facts: tally.facts,
            corroborated: tally.corroborated,
            single_source: tally.facts - tally.corroborated,
            conflicts: relation(Relation::Conflict),
            updates: relation(Relation::Update),
            possible_conflicts: relation(Relation::PossibleConflict),
            errors: count(Severity::Error),
            warnings: count(Severity::Warning),
            infos: count(Severity::Info),
            known: findings.iter().filter(|f| f.known).count(),
        };
    }

    /// Marks the findings whose fingerprints `known` holds (a baseline's), so they are shown
    /// as known and left out of the counts that fail a run.
    pub fn mark_known(&mut self, known: &std::collections::BTreeSet<String>) {
        for f in &mut self.findings {
            f.known = known.contains(&f.fingerprint);
        }
        self.baseline = true;
        self.summarise();
    }

    /// Keeps only what involves the sources at `paths` (new-source mode): the findings with a
    /// claim of theirs, and the facts they state, among them the existing facts they
    /// corroborate. The claims kept are those the kept findings and facts name.
    pub fn restrict_to(&mut self, paths: &[String]) {
        let new: Vec<String> = self
            .sources
            .iter()
            .filter(|s| paths.contains(&s.path))
            .map(|s| s.id.clone())
            .collect();
        let source_of: std::collections::HashMap<&str, &str> =
            self.claims.iter().map(|c| (c.id.as_str(), c.source.as_str())).collect();
        let involves = |claims: &[String]| {
            claims
                .iter()
                .any(|c| source_of.get(c.as_str()).is_some_and(|s| new.iter().any(|n| n == s)))
        };
        self.findings.retain(|f| involves(&f.claims));
        self.facts.retain(|f| involves(&f.claims));
        let kept: std::collections::HashSet<&str> = self
            .findings
            .iter()
            .flat_map(|f| &f.claims)
            .chain(self.facts.iter().flat_map(|f| &f.claims))
            .map(String::as_str)
            .collect();
        self.claims.retain(|c| kept.contains(c.id.as_str()));
        self.links
            .retain(|l| kept.contains(l.from.as_str()) && kept.contains(l.to.as_str()));
        for s in &mut self.sources {
            s.new = new.contains(&s.id);
        }
        self.tally = Tally::of(self.claims.len(), &self.facts);
        self.summarise();
    }

    pub fn to_json(&self) -> Result<String, Error> {
        json(self)
    }

    /// `to_json`, written to `out` as it is serialised.
    pub fn write_json(&self, out: &mut dyn std::io::Write) -> std::io::Result<()> {
        serde_json::to_writer_pretty(&mut *out, self)?;
        out.write_all(b"\n")
    }

    /// The report as JSON Lines (`--format jsonl`): one record per line, each an entry of
    /// the JSON report with its `type` ("report" with the `version`, then "source", "story",
    /// "claim", "fact", "finding", and "summary" last), in the JSON report's order, so a
    /// pipeline can take the claims as they come.
    pub fn write_json_lines(&self, out: &mut dyn std::io::Write) -> std::io::Result<()> {
        #[derive(Serialize)]
        struct Head {
            version: u32,
        }
        json_line(out, "report", &Head { version: self.version })?;
        for source in &self.sources {
            json_line(out, "source", source)?;
        }
        for story in &self.stories {
            json_line(out, "story", story)?;
        }
        for claim in &self.claims {
            json_line(out, "claim", claim)?;
        }
        for fact in &self.facts {
            json_line(out, "fact", fact)?;
        }
        for finding in &self.findings {
            json_line(out, "finding", finding)?;
        }
        json_line(out, "summary", &self.summary)
    }
}

/// One line of JSON Lines: `record`'s fields after its `type`.
fn json_line(out: &mut dyn std::io::Write, kind: &str, record: &impl Serialize) -> std::io::Result<()> {
    #[derive(Serialize)]
    struct Line<'a, T> {
        #[serde(rename = "type")]
        kind: &'a str,
        #[serde(flatten)]
        record: &'a T,
    }
    serde_json::to_writer(&mut *out, &Line { kind, record })?;
    out.write_all(b"\n")
}

/// What the renderers look up: a claim by its id, the path of a claim's source.
struct Index<'a> {
    claims: HashMap<&'a str, &'a ClaimEntry<'a>>,
    /// In the order of their ids ("s1" first).
    sources: &'a [SourceEntry],
}

impl<'a> Index<'a> {
    fn new(report: &'a Report<'a>) -> Index<'a> {
        Index::of(&report.claims, &report.sources)
    }

    /// Over some of a report's claims (a part's) and all its sources.
    fn of(claims: &'a [ClaimEntry<'a>], sources: &'a [SourceEntry]) -> Index<'a> {
        Index {
            claims: claims.iter().map(|c| (c.id.as_str(), c)).collect(),
            sources,
        }
    }

    fn claim(&self, id: &str) -> Option<&'a ClaimEntry<'a>> {
        self.claims.get(id).copied()
    }

    /// The path of the claim's source, as given.
    fn path(&self, c: &ClaimEntry) -> &'a str {
        let number = c.source.strip_prefix('s').and_then(|n| n.parse::<usize>().ok());
        number
            .and_then(|n| self.sources.get(n.checked_sub(1)?))
            .filter(|s| s.id == c.source)
            .map_or("", |s| s.path.as_str())
    }

    /// "path:line:column", safe to show.
    fn location(&self, c: &ClaimEntry) -> String {
        format!("{}:{}:{}", printable(self.path(c)), c.line, c.column)
    }

    /// A finding's value groups, as claims; a finding without groups (a weekday) is one group
    /// of its claims.
    fn groups(&self, f: &Finding) -> Vec<Vec<&'a ClaimEntry<'a>>> {
        let ids = if f.groups.is_empty() {
            std::slice::from_ref(&f.claims)
        } else {
            f.groups.as_slice()
        };
        ids.iter()
            .map(|g| g.iter().filter_map(|id| self.claim(id)).collect::<Vec<_>>())
            .filter(|g| !g.is_empty())
            .collect()
    }

    /// The claims a finding goes through besides its groups (the duration two dates
    /// contradict).
    fn via(&self, f: &Finding) -> Vec<&'a ClaimEntry<'a>> {
        f.claims
            .iter()
            .filter(|id| !f.groups.iter().flatten().any(|g| g == *id))
            .filter_map(|id| self.claim(id))
            .collect()
    }
}

/// The sentence, cut to a readable width around the claim, which starts at byte `at` of it
/// (the sentence as read: an HTML source's decoded text, where the file's bytes, entities and
/// all, would not be found).
fn excerpt(sentence: &str, at: usize) -> String {
    if sentence.chars().count() <= SENTENCE_WIDTH {
        return sentence.to_string();
    }
    let chars: Vec<(usize, char)> = sentence.char_indices().collect();
    let centre = chars.iter().position(|&(i, _)| i >= at).unwrap_or(0);
    let from = centre.saturating_sub(SENTENCE_WIDTH / 2);
    let to = (from + SENTENCE_WIDTH).min(chars.len());
    let from = to.saturating_sub(SENTENCE_WIDTH);
    let body: String = chars
        .get(from..to)
        .unwrap_or_default()
        .iter()
        .map(|&(_, c)| c)
        .collect();
    format!(
        "{}{body}{}",
        if from > 0 { "…" } else { "" },
        if to < chars.len() { "…" } else { "" }
    )
}

/// `value` as pretty JSON with a final newline.
pub fn json(value: &impl Serialize) -> Result<String, Error> {
    let mut s = serde_json::to_string_pretty(value).map_err(cannot_write)?;
    s.push('\n');
    Ok(s)
}

/// Each of `records` as one line of JSON (`--format jsonl` for a list).
pub fn json_lines<T: Serialize>(records: &[T]) -> Result<String, Error> {
    let mut out = String::new();
    for record in records {
        out.push_str(&serde_json::to_string(record).map_err(cannot_write)?);
        out.push('\n');
    }
    Ok(out)
}

fn cannot_write(e: serde_json::Error) -> Error {
    Error::Usage(format!("cannot write JSON: {e}"))
}

/// One finding per disputed fact: its groups of claims, one per value (or per time, for an
/// update), and why the tool holds them to be the same thing.
/// The findings of `run`'s disputes, sorted by their claims' places, not yet numbered.
fn findings(run: &Checked, rules: &RuleSet, ids: &[String]) -> Vec<Found> {
    let mut found: Vec<((usize, usize), Found)> = run
        .disputes
        .iter()
        .filter_map(|d| {
            let rule = rules.get(&d.rule)?;
            let (a, b) = d.pair();
            let mut claims: Vec<usize> = d.groups.iter().flatten().copied().collect();
            claims.extend(d.via);
            // A quote's versions are told apart by their changed words, not their values.
            let quote = matches!(run.claims.get(a).map(|c| &c.value), Some(Value::Quote { .. }));
            let message = if quote || d.groups.iter().all(|g| g.len() == 1) && d.groups.len() <= 2 {
                let link = Link {
                    relation: d.relation,
                    rule: d.rule.clone(),
                    via: d.via,
                };
                reason(&link, run.claims, a, b)
            } else {
                groups_summary(run, d)
            };
            let mut said: Vec<String> = claims
                .iter()
                .filter_map(|&c| run.claims.get(c))
                .map(|c| format!("{} {}", c.value.reading(), c.text))
                .collect();
            said.sort();
            Some((
                (a, b),
                Found {
                    said,
                    finding: Finding {
                        id: String::new(),
                        fingerprint: fingerprint(&rule.code, d.relation, &disputed(run, d)),
                        known: false,
                        code: rule.code.clone(),
                        name: rule.name.clone(),
                        // An update is not an error: it is shown so the reader sees the timeline. A
                        // possible conflict is a warning: the claims only may be about one thing.
                        severity: match d.relation {
                            Relation::Update => Severity::Info,
                            Relation::PossibleConflict => Severity::Warning.min(rule.severity),
                            _ => rule.severity,
                        },
                        relation: d.relation,
                        story: story_id(
                            run.claims
                                .get(a)
                                .and_then(|c| run.of_source.get(c.source))
                                .copied()
                                .unwrap_or(0),
                        ),
                        claims: claims.iter().filter_map(|&c| ids.get(c).cloned()).collect(),
                        groups: d
                            .groups
                            .iter()
                            .map(|g| g.iter().filter_map(|&c| ids.get(c).cloned()).collect())
                            .collect(),
                        message: format!(
                            "{}: {message}",
                            run.claims.get(a).map(|c| c.frame.display()).unwrap_or_default()
                        ),
                        why: same_thing(run, d, rule.check.as_ref().and_then(|c| c.far_apart)),
                        explanation: rule.summary.clone(),
                    },
                },
            ))
        })
        .collect();
    found.sort_by(|x, y| (x.0, &x.1.finding.code).cmp(&(y.0, &y.1.finding.code)));
    found.into_iter().map(|(_, f)| f).collect()
}

/// The findings numbered in their order, those that share a fingerprint told apart by a
/// suffix given in the order of what their claims say, not of where they stand.
fn numbered(found: Vec<Found>) -> Vec<Finding> {
    let mut by_print: std::collections::BTreeMap<String, Vec<(Vec<String>, usize)>> = Default::default();
    let mut findings: Vec<Finding> = found
        .into_iter()
        .enumerate()
        .map(|(n, Found { finding, said })| {
            by_print.entry(finding.fingerprint.clone()).or_default().push((said, n));
            Finding {
                id: format!("x{}", n + 1),
                ..finding
            }
        })
        .collect();
    for mut same in by_print.into_values().filter(|s| s.len() > 1) {
        same.sort();
        for (n, (_, i)) in same.into_iter().enumerate().skip(1) {
            if let Some(f) = findings.get_mut(i) {
                f.fingerprint = format!("{}-{}", f.fingerprint, n + 1);
            }
        }
    }
    findings
}

/// The hash a finding is known by: its rule, its relation and what it disputes
/// (`disputed`). Line numbers, input order and a claim that joins a value group leave it be;
/// a value that changes or a new value for the fact changes it.
fn fingerprint(code: &str, relation: Relation, disputed: &str) -> String {
    use sha2::{Digest, Sha256};
    let digest = Sha256::digest(format!("{code}\n{relation:?}\n{disputed}"));
    digest.iter().take(6).map(|b| format!("{b:02x}")).collect()
}

/// What a dispute is about, in words that do not hang on the rest of the corpus: the measure
/// and qualifiers most of its claims share (not the subject or object, whose names another
/// source can resolve differently), then each value group's most precise reading, sorted
/// (with the weekday written beside a date).
fn disputed(run: &Checked, d: &Dispute) -> String {
    let claims: Vec<&Claim> = d.groups.iter().flatten().filter_map(|&i| run.claims.get(i)).collect();
    let mut measures: Vec<String> = claims
        .iter()
        .map(|c| {
            let f = &c.frame;
            format!(
                "{}{}[{}]",
                if f.negated { "not:" } else { "" },
                f.measure.as_deref().unwrap_or("?"),
                f.qualifiers.join(",")
            )
        })
        .collect();
    measures.sort();
    let mut measure: Option<(usize, &String)> = None;
    for same in measures.chunk_by(|a, b| a == b) {
        if let Some(m) = same.first() {
            if measure.is_none_or(|(n, _)| same.len() > n) {
                measure = Some((same.len(), m));
            }
        }
    }
    let mut values: Vec<String> = d
        .groups
        .iter()
        .filter_map(|g| {
            let precise = g
                .iter()
                .filter_map(|&i| run.claims.get(i))
                .map(|c| (width(c), c.value.reading(), c.weekday))
                .min_by(|a, b| a.0.total_cmp(&b.0).then_with(|| a.1.cmp(&b.1)))?;
            Some(match precise.2 {
                Some(w) => format!("{} {w:?}", precise.1),
                None => precise.1,
            })
        })
        .collect();
    values.sort();
    format!(
        "{}\n{}",
        measure.map(|(_, m)| m.as_str()).unwrap_or_default(),
        values.join("\n")
    )
}

/// "$18 billion (1.8e10 USD, 4 sources) vs $22 billion (2.2e10 USD, 1 source)": each group
/// by its first claim; an update's groups in time order.
fn groups_summary(run: &Checked, d: &Dispute) -> String {
    let parts: Vec<String> = d
        .groups
        .iter()
        .filter_map(|g| {
            let c = run.claims.get(*g.first()?)?;
            let mut sources: Vec<usize> = g.iter().filter_map(|&i| run.claims.get(i)).map(|c| c.source).collect();
            sources.sort();
            sources.dedup();
            let n = sources.len();
            let when = match (d.relation, c.as_of) {
                (Relation::Update, Some(a)) => format!(", as of {}", a.span.first),
                _ => String::new(),
            };
            Some(format!(
                "{} ({}, {n} source{}{when})",
                c.text,
                c.value.reading(),
                if n == 1 { "" } else { "s" }
            ))
        })
        .collect();
    let joint = if d.relation == Relation::Update {
        " then "
    } else {
        " vs "
    };
    format!("{} values: {}", parts.len(), parts.join(joint))
}

/// Why the claims of a dispute are held to be about one thing: the frame they share (and, for
/// a possible conflict, why only possible; `far_apart` is the rule's).
fn same_thing(run: &Checked, d: &Dispute, far_apart: Option<f64>) -> String {
    let (a, b) = d.pair();
    if a == b {
        return match run.claims.get(a) {
            Some(c) if c.no_such_day => "a date written with a day its month does not have".into(),
            _ => "a date and the weekday written beside it".into(),
        };
    }
    if d.via.is_some() {
        return "two dated events of one subject and the time said to lie between them".into();
    }
    let Some(c) = run.claims.get(a) else {
        return String::new();
    };
    if let (Value::Quote { .. }, Some(other)) = (&c.value, run.claims.get(b)) {
        return crate::check::same_quote(c, other);
    }
    let f = &c.frame;
    let mut words: Vec<String> = d
        .groups
        .iter()
        .flatten()
        .filter_map(|&i| run.claims.get(i).and_then(|c| c.frame.measure_word.clone()))
        .map(|w| w.to_lowercase())
        .collect();
    words.sort();
    words.dedup();
    let measure = f.measure.clone().unwrap_or_default();
    let measure = if words.is_empty() {
        measure
    } else {
        format!("{measure} ({})", words.join(", "))
    };
    let subject = match (&f.subject, f.story_subject) {
        (Some(s), false) => s.clone(),
        (Some(s), true) => format!("the story's own ({s})"),
        (None, _) => "none named".into(),
    };
    let subject = match (&f.object, f.story_object) {
        (Some(o), false) => format!("{subject}; object {o}"),
        (Some(o), true) => format!("{subject}; object the story's own ({o})"),
        (None, _) => subject,
    };
    let qualifiers = if f.qualifiers.is_empty() {
        "none".to_string()
    } else {
        f.qualifiers.join(", ")
    };
    let unit_of = |c: &Claim| match &c.value {
        Value::Amount { unit, .. } => unit_name(unit),
        Value::Time { .. } => "a date".into(),
        Value::Clock { clock } => format!("a time of day ({})", clock.basis()),
        Value::Quote { .. } => "quoted words".into(),
        Value::Role { .. } => "an office".into(),
    };
    // (CC107 sets one figure in two units, never compared otherwise, against each other.)
    let unit = match run.claims.get(b) {
        Some(other) if unit_key(&other.value) != unit_key(&c.value) => {
            format!("{} against {}", unit_of(c), unit_of(other))
        }
        _ => unit_of(c),
    };
    let undated_side = d
        .groups
        .iter()
        .flatten()
        .any(|&i| run.claims.get(i).is_some_and(|c| c.as_of.is_none()));
    let later = run
        .claims
        .get(b)
        .and_then(|o| o.as_of)
        .filter(|o| f.estimates_moving() && c.as_of.is_some_and(|a| a.span.last < o.span.first));
    let time = match (d.relation, c.as_of, later) {
        (Relation::Update, _, _) => "stated for different times".to_string(),
        // (See `check::estimate_revised_down`.)
        (_, Some(a), Some(o)) => format!(
            "an estimate as of {} put lower as of {} (an estimate is of the figure to come)",
            a.span.first, o.span.first
        ),
        (_, Some(a), _) if f.evolving && undated_side => format!(
            "as of {} for one side, none stated for the other, a slip apart (one count told two ways, not a grown one)",
            a.span.first
        ),
        (_, Some(a), _) if a.stated => format!("as of {}..{} (stated)", a.span.first, a.span.last),
        (_, Some(a), _) if f.evolving => format!("as of {} (the sources' dates)", a.span.first),
        (_, None, _) if f.evolving => "none stated for either (compared as figures nothing dates)".to_string(),
        _ => "the same time".to_string(),
    };
    let possible = match crate::check::possible_only(run.claims, &d.groups, far_apart) {
        Some(why) if d.relation == Relation::PossibleConflict => format!("; {why}"),
        _ => String::new(),
    };
    format!("same measure {measure}; subject {subject}; qualifiers {qualifiers}; unit {unit}; time {time}{possible}")
}

fn unit_name(unit: &Unit) -> String {
    match unit {
        Unit::Currency(code) => code.clone(),
        Unit::Percent => "percent".into(),
        Unit::PercentagePoint => "percentage points".into(),
        Unit::Ratio => "ratio".into(),
        Unit::Count(noun) if noun.is_empty() => "count".into(),
        Unit::Count(noun) => format!("count of {noun}"),
        Unit::Days => "days".into(),
        Unit::Physical { dimension, base } => format!("{dimension} ({base})"),
    }
}

/// A quote's versions against the longest one attested, longest first; nothing for a fact
/// of one claim or of figures.
fn versions(run: &Checked, members: &[usize], ids: &[String]) -> Vec<Version> {
    let quotes: Vec<(usize, &Claim)> = members
        .iter()
        .filter_map(|&i| Some((i, run.claims.get(i)?)))
        .filter(|(_, c)| matches!(c.value, Value::Quote { .. }))
        .collect();
    let length = |c: &Claim| match &c.value {
        Value::Quote { words } => words.split(' ').count(),
        _ => 0,
    };
    let Some(&(longest, full)) = quotes.iter().max_by_key(|(i, c)| (length(c), std::cmp::Reverse(*i))) else {
        return Vec::new();
    };
    if quotes.len() < 2 {
        return Vec::new();
    }
    let id = |i: usize| ids.get(i).cloned().unwrap_or_default();
    let mut versions = vec![Version {
        claim: id(longest),
        differs: "the longest version".into(),
    }];
    versions.extend(quotes.iter().filter(|(i, _)| *i != longest).map(|&(i, c)| Version {
        claim: id(i),
        differs: crate::check::against_longest(full, c),
    }));
    versions
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
