//! The Markdown report, for a pull-request comment: a headline with the counts, each finding
//! with its value groups (every claim a `path:line:col` and its sentence), then the
//! corroborated facts as a table and the single-source claims folded away.

use std::fmt::Write;

use super::{excerpt, printable, ClaimEntry, Fact, Finding, Index, Report};
use crate::value::Relation;

/// Article text made inert in Markdown: no emphasis, links, math, HTML, headings or table
/// cells start inside it, and it stays on one line (`printable` writes line breaks as escapes).
fn md(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in printable(text).chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' | '~' | '!' | '&' | '$' => {
                out.push('\\');
                out.push(c);
            }
            // A word joiner after `@` keeps "@handle" in an article from notifying a user.
            '@' => out.push_str("@\u{2060}"),
            c => out.push(c),
        }
    }
    out
}

/// A path or location as a code span: safe to show, no backtick to end the span early, and
/// no `|` to split a table cell (GFM splits cells before it reads code spans).
fn code(text: &str) -> String {
    format!("`{}`", printable(text).replace('`', "'").replace('|', "\\|"))
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// "`path:3:5` $18 billion (1.8e10 USD)": a claim, where it stands and how it was read.
fn claim_line(index: &Index, c: &ClaimEntry) -> String {
    format!("{} {} ({})", code(&index.location(c)), md(c.text), md(&c.reading))
}

/// GitHub's limit on a comment, in characters; the report is kept under it (counted in
/// bytes, which are never fewer).
const COMMENT_LIMIT: usize = 65_536;

/// Room kept for the note that says what was left out.
const NOTE_ROOM: usize = 512;

/// How much of the report a comment holds: everything, or less when it would pass the limit.
#[derive(Clone, Copy, PartialEq)]
enum Detail {
    All,
    /// The single-source claims are counted, not listed.
    NoSingles,
    /// The corroborated facts are counted too.
    FindingsOnly,
    /// The findings as far as the limit allows, then a note.
    Cut,
}

/// The report as Markdown, under GitHub's comment limit: the single-source list goes first,
/// then the corroborated facts, then the findings from the first that would pass the limit,
/// said in a note.
pub fn render_markdown(report: &Report) -> String {
    let mut rows = FactRows::new();
    rows.add(&report.facts, &Index::new(report));
    render_markdown_with(report, &rows)
}

/// The Markdown report of `report`, its facts rendered beforehand (`rows`: for a report
/// written part by part, they are not in `report`).
pub(super) fn render_markdown_with(report: &Report, rows: &FactRows) -> String {
    [Detail::All, Detail::NoSingles, Detail::FindingsOnly]
        .into_iter()
        .filter(|&detail| rows.hold(detail))
        .map(|detail| render(report, rows, detail))
        .find(|out| out.len() <= COMMENT_LIMIT)
        .unwrap_or_else(|| render(report, rows, Detail::Cut))
}

/// The Markdown report's fact sections, the corroborated facts' table rows and the
/// single-source claims' list items, rendered fact by fact: for a whole run at once, or part
/// by part as a spool reads it (`Keep::Markdown`). Rows past the comment limit are let go (None):
/// a report that showed them would be too long to be shown.
pub struct FactRows {
    corroborated: usize,
    corroborated_rows: Option<String>,
    single: usize,
    single_items: Option<String>,
}

impl FactRows {
    pub fn new() -> FactRows {
        FactRows {
            corroborated: 0,
            corroborated_rows: Some(String::new()),
            single: 0,
            single_items: Some(String::new()),
        }
    }

    /// Renders `facts`, whose claims `index` holds, after those rendered so far.
    pub(super) fn add(&mut self, facts: &[Fact], index: &Index) {
        for f in facts.iter().filter(|f| f.sources.len() > 1) {
            self.corroborated += 1;
            if let Some(out) = self.corroborated_rows.as_mut() {
                let claims: Vec<String> = f
                    .claims
                    .iter()
                    .filter_map(|id| index.claim(id))
                    .map(|c| claim_line(index, c))
                    .collect();
                let _ = writeln!(
                    out,
                    "| {} | {} | {} | {} |",
                    md(&f.key),
                    md(&f.value),
                    f.sources.len(),
                    claims.join("<br>")
                );
            }
        }
        for f in facts.iter().filter(|f| f.sources.len() == 1) {
            self.single += 1;
            if let Some(out) = self.single_items.as_mut() {
                for c in f.claims.iter().filter_map(|id| index.claim(id)) {
                    let _ = writeln!(out, "- {} {}", md(&c.key), claim_line(index, c));
                }
            }
        }
        for rows in [&mut self.corroborated_rows, &mut self.single_items] {
            if rows.as_ref().is_some_and(|r| r.len() > COMMENT_LIMIT) {
                *rows = None;
            }
        }
    }

    /// The corroborated facts' rows, if any and kept.
    fn table(&self) -> Option<&str> {
        self.corroborated_rows.as_deref().filter(|_| self.corroborated > 0)
    }

    /// The single-source claims' items, if any and kept.
    fn items(&self) -> Option<&str> {
        self.single_items.as_deref().filter(|_| self.single > 0)
    }

    /// Whether the rows a report of `detail` shows are kept.
    fn hold(&self, detail: Detail) -> bool {
        match detail {
            Detail::All => self.corroborated_rows.is_some() && self.single_items.is_some(),
            Detail::NoSingles => self.corroborated_rows.is_some(),
            Detail::FindingsOnly | Detail::Cut => true,
        }
    }
}

/// A finding: its headline, why, and each value group's claims.
fn finding(index: &Index, f: &Finding) -> String {
    let mut out = String::new();
    let level = format!("{:?}", f.severity).to_lowercase();
    let known = if f.known { " *(known: in the baseline)*" } else { "" };
    let _ = writeln!(out, "\n**{level}[{}] {}**{known}: {}\n", f.code, f.name, md(&f.message));
    let _ = writeln!(out, "*Why:* {}\n", md(&f.why));
    for group in index.groups(f) {
        let Some((first, rest)) = group.split_first() else {
            continue;
        };
        let _ = writeln!(out, "- {}", claim_line(index, first));
        let _ = writeln!(out, "  > {}", md(&excerpt(&first.sentence, first.at)));
        for c in rest {
            let _ = writeln!(out, "  - also {}", claim_line(index, c));
        }
    }
    for c in index.via(f) {
        let _ = writeln!(out, "- via {}", claim_line(index, c));
    }
    out
}

fn render(report: &Report, rows: &FactRows, detail: Detail) -> String {
    let index = Index::new(report);
    let s = &report.summary;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "## crosscheck: {}, {} possible, {}\n",
        plural(s.conflicts, "conflict", "conflicts"),
        s.possible_conflicts,
        plural(s.updates, "update", "updates")
    );
    let new: Vec<String> = report.sources.iter().filter(|s| s.new).map(|s| code(&s.path)).collect();
    if !new.is_empty() {
        let _ = writeln!(out, "New sources: {}\n", new.join(", "));
    }
    let _ = writeln!(
        out,
        "{}, {}, {} ({} corroborated, {} single-source){}.",
        plural(s.sources, "source", "sources"),
        plural(s.claims, "claim", "claims"),
        plural(s.facts, "fact", "facts"),
        s.corroborated,
        s.single_source,
        if s.known > 0 {
            format!("; {} known from the baseline", s.known)
        } else {
            String::new()
        }
    );
    if detail != Detail::All {
        let _ = writeln!(
            out,
            "\n*Shortened to fit a comment ({COMMENT_LIMIT} characters): the JSON or SARIF report has everything.*"
        );
    }

    let sections = [
        (Relation::Conflict, "Conflicts"),
        (
            Relation::PossibleConflict,
            "Possible conflicts (one side names no subject, one source gives both, or a quote is retold)",
        ),
        (Relation::Update, "Updates over time"),
    ];
    // Cut short, the findings end at the first that would pass the limit; the sections after
    // it are left out too (the headline counts them).
    let mut cut = false;
    for (relation, title) in sections {
        let found: Vec<_> = report.findings.iter().filter(|f| f.relation == relation).collect();
        if found.is_empty() || cut {
            continue;
        }
        let _ = writeln!(out, "\n### {title} ({})", found.len());
        for (n, f) in found.iter().enumerate() {
            let block = finding(&index, f);
            if detail == Detail::Cut && out.len() + block.len() > COMMENT_LIMIT - NOTE_ROOM {
                let _ = writeln!(out, "\n*{} more not shown.*", found.len() - n);
                cut = true;
                break;
            }
            out.push_str(&block);
        }
    }

    if let (Detail::All | Detail::NoSingles, Some(table)) = (detail, rows.table()) {
        let title = if new.is_empty() {
            "Corroborated facts"
        } else {
            "Facts the new sources corroborate"
        };
        let _ = writeln!(out, "\n### {title} ({})\n", rows.corroborated);
        let _ = writeln!(out, "| Fact | Value | Sources | Claims |");
        let _ = writeln!(out, "| --- | --- | --- | --- |");
        out.push_str(table);
    }

    if let (Detail::All, Some(items)) = (detail, rows.items()) {
        let _ = writeln!(
            out,
            "\n<details><summary>Single-source claims ({})</summary>\n",
            rows.single
        );
        out.push_str(items);
        let _ = writeln!(out, "\n</details>");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn article_text_cannot_format_the_comment() {
        assert_eq!(
            md("*big* [link](x) <b>|a|</b>\n# $5"),
            r"\*big\* \[link\](x) \<b\>\|a\|\</b\>\\u{a}\# \$5"
        );
        assert_eq!(md("C:\\ `x`"), r"C:\\ \`x\`");
        assert_eq!(md("thanks @openai"), "thanks @\u{2060}openai");
        assert_eq!(code("a|b`\n.txt"), r"`a\|b'\u{a}.txt`");
    }
}
