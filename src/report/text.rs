//! The text report, for a person at a terminal: conflicts first (each with both sides'
//! sentences and file:line:col), then corroborated facts with how many sources back them, then
//! single-source claims, then a one-line summary.

use std::fmt::Write;

use anstyle::{AnsiColor, Style};

use super::{excerpt, printable as t, ClaimEntry, Fact, Index, Report};
use crate::rules::Severity;
use crate::value::Relation;

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
    let mut facts = FactLines::new(color);
    facts.add(&report.facts, &Index::new(report));
    render_text_with(report, &facts)
}

/// The text report of `report`, its facts rendered beforehand (`facts`: for a report written
/// part by part, they are not in `report`).
pub(super) fn render_text_with(report: &Report, facts: &FactLines) -> String {
    let p = Paint { color: facts.color };
    let bold = Style::new().bold();
    let dim = Style::new().dimmed();
    let index = Index::new(report);
    // Every text from an article or a file name goes through `t` (`location` too), so none
    // reaches the terminal raw.
    let location = |c: &ClaimEntry| index.location(c);
    let claim = |id: &String| index.claim(id);
    let mut out = String::new();

    let titles = [
        (Relation::Conflict, "Conflicts"),
        (
            Relation::PossibleConflict,
            "Possible conflicts (one side names no subject, one source gives both, or a quote is retold)",
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
            let known = if f.known { " (known: in the baseline)" } else { "" };
            let _ = writeln!(
                out,
                "\n{}{known}: {}",
                p.paint(style, &format!("{level}[{}] {}", f.code, f.name)),
                t(&f.message)
            );
            let _ = writeln!(out, "  {} {}", p.paint(dim, "why:"), t(&f.why));
            if let Some(story) = report
                .stories
                .iter()
                .find(|s| s.id == f.story)
                .filter(|_| report.stories.len() > 1)
            {
                let _ = writeln!(
                    out,
                    "  {} {} ({}, {} sources)",
                    p.paint(dim, "story:"),
                    story.id,
                    t(&story.name),
                    story.sources.len()
                );
            }
            // Each value group: its first claim with its sentence, then the claims that
            // agree with it.
            for group in index.groups(f) {
                let Some((c, rest)) = group.split_first() else {
                    continue;
                };
                let value = p.paint(bold, &format!("{} ({})", t(c.text), c.reading));
                let _ = writeln!(out, "  {} {}  {value}", p.paint(dim, "-->"), location(c));
                let _ = writeln!(out, "   {} {}", p.paint(dim, "|"), t(&excerpt(&c.sentence, c.at)));
                for c in rest {
                    let _ = writeln!(
                        out,
                        "  {} {}  {} ({})",
                        p.paint(dim, "also"),
                        location(c),
                        t(c.text),
                        c.reading
                    );
                }
            }
            for c in index.via(f) {
                let _ = writeln!(
                    out,
                    "  {} {}  {} ({})",
                    p.paint(dim, "via"),
                    location(c),
                    t(c.text),
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
                let _ = writeln!(out, "    {}  {}", location(c), t(c.text));
            }
        }
        out.push('\n');
    }

    if facts.corroborated > 0 {
        let title = if report.sources.iter().any(|s| s.new) {
            "Facts the new sources corroborate"
        } else {
            "Corroborated facts"
        };
        let _ = writeln!(out, "{}", p.paint(bold, &format!("{title} ({})", facts.corroborated)));
        out.push_str(&facts.corroborated_lines);
        out.push('\n');
    }
    if facts.single > 0 {
        let _ = writeln!(
            out,
            "{}\n",
            p.paint(bold, &format!("Single-source claims ({})", facts.single))
        );
        out.push_str(&facts.single_lines);
        out.push('\n');
    }

    let s = &report.summary;
    let conflicts = format!("{} conflict{}", s.conflicts, if s.conflicts == 1 { "" } else { "s" });
    let conflicts = if s.conflicts > 0 {
        p.paint(AnsiColor::Red.on_default().bold(), &conflicts)
    } else {
        conflicts
    };
    let known = if s.known > 0 {
        format!(", {} known", s.known)
    } else {
        String::new()
    };
    let stories = if s.stories > 1 {
        format!(" in {} stories", s.stories)
    } else {
        String::new()
    };
    let _ = writeln!(
        out,
        "{} sources{stories}, {} claims, {} facts ({} corroborated, {} single-source), {conflicts}, {} possible, {} updates{known}",
        s.sources, s.claims, s.facts, s.corroborated, s.single_source, s.possible_conflicts, s.updates
    );
    out
}

/// The text report's two fact sections, corroborated facts and single-source claims, rendered
/// fact by fact: for a whole run at once, or part by part as a spool reads it (`Keep::Text`).
pub struct FactLines {
    color: bool,
    /// How many corroborated facts, and their lines.
    corroborated: usize,
    corroborated_lines: String,
    /// How many single-source facts, and their claims' lines.
    single: usize,
    single_lines: String,
}

impl FactLines {
    pub fn new(color: bool) -> FactLines {
        FactLines {
            color,
            corroborated: 0,
            corroborated_lines: String::new(),
            single: 0,
            single_lines: String::new(),
        }
    }

    /// Renders `facts`, whose claims `index` holds, after those rendered so far.
    pub(super) fn add(&mut self, facts: &[Fact], index: &Index) {
        let p = Paint { color: self.color };
        let (bold, dim) = (Style::new().bold(), Style::new().dimmed());
        let location = |c: &ClaimEntry| index.location(c);
        let claim = |id: &String| index.claim(id);
        for f in facts.iter().filter(|f| f.sources.len() > 1) {
            self.corroborated += 1;
            let out = &mut self.corroborated_lines;
            let _ = writeln!(
                out,
                "\n  {}  {}  {}",
                p.paint(bold, &t(&f.key)),
                t(&f.value),
                p.paint(AnsiColor::Green.on_default(), &format!("{} sources", f.sources.len()))
            );
            if f.versions.is_empty() {
                for c in f.claims.iter().filter_map(claim) {
                    let _ = writeln!(out, "    {}  {}", location(c), t(c.text));
                }
            }
            // A quote: the longest version in full, then how each other source's differs.
            for (n, v) in f.versions.iter().enumerate() {
                let Some(c) = claim(&v.claim) else { continue };
                if n == 0 {
                    let _ = writeln!(out, "    {}  {}", location(c), t(c.text));
                } else {
                    let _ = writeln!(out, "    {}  {}", location(c), p.paint(dim, &t(&v.differs)));
                }
            }
        }
        for f in facts.iter().filter(|f| f.sources.len() == 1) {
            self.single += 1;
            for c in f.claims.iter().filter_map(claim) {
                let _ = writeln!(
                    self.single_lines,
                    "  {}  {}  {} ({})",
                    location(c),
                    p.paint(dim, &t(&c.key)),
                    t(c.text),
                    c.reading
                );
            }
        }
    }
}
