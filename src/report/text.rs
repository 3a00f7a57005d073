//! The text report, for a person at a terminal: conflicts first (each with both sides'
//! sentences and file:line:col), then corroborated facts with how many sources back them, then
//! single-source claims, then a one-line summary.

use std::collections::HashMap;
use std::fmt::Write;

use anstyle::{AnsiColor, Style};

use super::{printable as t, ClaimEntry, Report};
use crate::rules::Severity;
use crate::value::Relation;

/// Longest sentence shown whole; longer ones are cut around the claim.
const SENTENCE_WIDTH: usize = 160;

struct Paint {
    color: bool,
}

impl Paint {
    fn paint(&self, style: Style, text: &str) -> String {
        if self.color {
            format!("{}{text}{}", style.render(), style.render_reset())
        } else {
            text.to_string()
        }
    }
}

pub fn render_text(report: &Report, color: bool) -> String {
    let p = Paint { color };
    let bold = Style::new().bold();
    let dim = Style::new().dimmed();
    let claims: HashMap<&str, &ClaimEntry> = report.claims.iter().map(|c| (c.id.as_str(), c)).collect();
    let paths: HashMap<&str, &str> = report
        .sources
        .iter()
        .map(|s| (s.id.as_str(), s.path.as_str()))
        .collect();
    // Every text from an article or a file name goes through `t`, so none reaches the
    // terminal raw.
    let location = |c: &ClaimEntry| {
        let path = paths.get(c.source.as_str()).copied().unwrap_or_default();
        format!("{}:{}:{}", t(path), c.line, c.column)
    };
    let claim = |id: &String| claims.get(id.as_str()).copied();
    let mut out = String::new();

    let titles = [
        (Relation::Conflict, "Conflicts"),
        (
            Relation::PossibleConflict,
            "Possible conflicts (one side names no subject)",
        ),
    ];
    for (relation, title) in titles {
        let found: Vec<_> = report.findings.iter().filter(|f| f.relation == relation).collect();
        if found.is_empty() {
            continue;
        }
        let _ = writeln!(out, "{}", p.paint(bold, &format!("{title} ({})", found.len())));
        for f in found {
            let style = match f.severity {
                Severity::Error => AnsiColor::Red.on_default().bold(),
                Severity::Warning => AnsiColor::Yellow.on_default().bold(),
                Severity::Info => AnsiColor::Cyan.on_default().bold(),
            };
            let level = format!("{:?}", f.severity).to_lowercase();
            let _ = writeln!(
                out,
                "\n{}: {}",
                p.paint(style, &format!("{level}[{}] {}", f.code, f.name)),
                t(&f.message)
            );
            let _ = writeln!(out, "  {} {}", p.paint(dim, "why:"), t(&f.why));
            // Each value group: its first claim with its sentence, then the claims that
            // agree with it. A finding without groups (a weekday) shows its claims.
            let groups: Vec<Vec<String>> = if f.groups.is_empty() {
                vec![f.claims.clone()]
            } else {
                f.groups.clone()
            };
            for group in &groups {
                let Some((c, rest)) = group
                    .split_first()
                    .and_then(|(first, rest)| Some((claim(first)?, rest)))
                else {
                    continue;
                };
                let value = p.paint(bold, &format!("{} ({})", t(&c.text), c.reading));
                let _ = writeln!(out, "  {} {}  {value}", p.paint(dim, "-->"), location(c));
                let _ = writeln!(out, "   {} {}", p.paint(dim, "|"), t(&excerpt(&c.sentence, c.at)));
                let mut line = |label: &str, c: &ClaimEntry| {
                    let _ = writeln!(
                        out,
                        "  {} {}  {} ({})",
                        p.paint(dim, label),
                        location(c),
                        t(&c.text),
                        c.reading
                    );
                };
                for c in rest.iter().filter_map(claim) {
                    line("also", c);
                }
            }
            // A claim the finding goes through (the duration two dates contradict).
            let through = f.claims.iter().filter(|id| !groups.iter().flatten().any(|g| g == *id));
            for c in through.filter_map(claim) {
                let _ = writeln!(
                    out,
                    "  {} {}  {} ({})",
                    p.paint(dim, "via"),
                    location(c),
                    t(&c.text),
                    c.reading
                );
            }
        }
        out.push('\n');
    }

    // Figures stated for different times: a timeline, not a contradiction.
    let updates: Vec<_> = report
        .findings
        .iter()
        .filter(|f| f.relation == Relation::Update)
        .collect();
    if !updates.is_empty() {
        let _ = writeln!(
            out,
            "{}\n",
            p.paint(bold, &format!("Updates over time ({})", updates.len()))
        );
        for f in updates {
            let _ = writeln!(out, "  {}", t(&f.message));
            for c in f.groups.iter().flatten().filter_map(claim) {
                let _ = writeln!(out, "    {}  {}", location(c), t(&c.text));
            }
        }
        out.push('\n');
    }

    let corroborated: Vec<_> = report.facts.iter().filter(|f| f.sources.len() > 1).collect();
    if !corroborated.is_empty() {
        let _ = writeln!(
            out,
            "{}",
            p.paint(bold, &format!("Corroborated facts ({})", corroborated.len()))
        );
        for f in corroborated {
            let _ = writeln!(
                out,
                "\n  {}  {}  {}",
                p.paint(bold, &t(&f.key)),
                t(&f.value),
                p.paint(AnsiColor::Green.on_default(), &format!("{} sources", f.sources.len()))
            );
            for c in f.claims.iter().filter_map(claim) {
                let _ = writeln!(out, "    {}  {}", location(c), t(&c.text));
            }
        }
        out.push('\n');
    }

    let single: Vec<_> = report.facts.iter().filter(|f| f.sources.len() == 1).collect();
    if !single.is_empty() {
        let _ = writeln!(
            out,
            "{}\n",
            p.paint(bold, &format!("Single-source claims ({})", single.len()))
        );
        for f in single {
            for c in f.claims.iter().filter_map(claim) {
                let _ = writeln!(
                    out,
                    "  {}  {}  {} ({})",
                    location(c),
                    p.paint(dim, &t(&c.key)),
                    t(&c.text),
                    c.reading
                );
            }
        }
        out.push('\n');
    }

    let s = &report.summary;
    let conflicts = format!("{} conflict{}", s.conflicts, if s.conflicts == 1 { "" } else { "s" });
    let conflicts = if s.conflicts > 0 {
        p.paint(AnsiColor::Red.on_default().bold(), &conflicts)
    } else {
        conflicts
    };
    let _ = writeln!(
        out,
        "{} sources, {} claims, {} facts ({} corroborated, {} single-source), {conflicts}, {} possible, {} updates",
        s.sources, s.claims, s.facts, s.corroborated, s.single_source, s.possible_conflicts, s.updates
    );
    out
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
