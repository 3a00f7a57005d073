//! GitHub Actions workflow commands: one annotation per finding and file, on the line of the
//! file's first claim in the finding, so a pull request shows it beside every file involved
//! (a new source's line and the lines it contradicts) without repeating it for each claim
//! (GitHub shows ten per step); with `--new`, only on the new sources. Findings the baseline
//! knows are left out.

use std::fmt::Write;

use super::{printable, ClaimEntry, Index, Report};
use crate::rules::Severity;

/// A workflow command's message: `%` escaped as the runner expects (line breaks, like every
/// control character, are already written as escapes by `printable`).
fn data(text: &str) -> String {
    printable(text).replace('%', "%25")
}

/// A workflow command's property value: as a message, and `:` and `,` too.
fn property(text: &str) -> String {
    data(text).replace(':', "%3A").replace(',', "%2C")
}

pub fn render_github(report: &Report) -> String {
    let index = Index::new(report);
    let new: std::collections::HashSet<&str> = report.sources.iter().filter(|s| s.new).map(|s| s.id.as_str()).collect();
    let shown = |source: &str| new.is_empty() || new.contains(source);
    let mut out = String::new();
    for f in report.findings.iter().filter(|f| !f.known) {
        let level = match f.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "notice",
        };
        let title = property(&format!("{} {}", f.code, f.name));
        let mut claims: Vec<&ClaimEntry> = index.groups(f).into_iter().flatten().chain(index.via(f)).collect();
        // The first claim of each file: claims are listed by source, then place.
        claims.sort_by_key(|c| (index.path(c), c.line, c.column));
        claims.dedup_by_key(|c| c.source.as_str());
        for c in claims.into_iter().filter(|c| shown(&c.source)) {
            let _ = writeln!(
                out,
                "::{level} file={},line={},col={},title={title}::{} (here: {} read as {})",
                property(index.path(c)),
                c.line,
                c.column,
                data(&f.message),
                data(c.text),
                data(&c.reading)
            );
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn annotation_fields_are_escaped() {
        assert_eq!(data("50%\nnext"), "50%25\\u{a}next");
        assert_eq!(property("a:b,c"), "a%3Ab%2Cc");
    }
}
