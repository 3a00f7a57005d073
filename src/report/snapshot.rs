//! The snapshot: the findings as a reviewed, diff-friendly text file, one block per finding,
//! each headed by its fingerprint (a hash of what it disputes, not a counter). No line numbers
//! or byte offsets appear in it, and everything is sorted by content, so reformatting or
//! reordering the sources leaves it as it is. The same file serves as a baseline.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;
use std::path::Path;

use similar::TextDiff;

use super::{printable, ClaimEntry, Finding, Index, Report};
use crate::Error;

/// The first line of every snapshot, which also tells a snapshot from other files.
const HEADER: &str = "# crosscheck snapshot, version 1";

/// "path: "text" (reading)": a claim as the snapshot shows it.
fn claim_line(index: &Index, c: &ClaimEntry) -> String {
    format!(
        "{}: \"{}\" ({})",
        printable(index.path(c)),
        printable(c.text),
        c.reading
    )
}

/// A finding's block: its header, message and reason, then each value group's claims.
fn block(index: &Index, f: &Finding) -> String {
    let mut groups: Vec<Vec<String>> = index
        .groups(f)
        .iter()
        .map(|g| {
            let mut lines: Vec<String> = g.iter().map(|c| claim_line(index, c)).collect();
            lines.sort();
            lines
        })
        .collect();
    // Largest first, then by what they say: never by where the claims stand.
    groups.sort_by(|a, b| b.len().cmp(&a.len()).then_with(|| a.cmp(b)));
    let level = format!("{:?}", f.severity).to_lowercase();
    let relation = serde_json::to_value(f.relation)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default();
    let mut out = format!("## {} {level} {} {} ({relation})\n", f.fingerprint, f.code, f.name);
    let _ = writeln!(out, "{}", printable(&f.message));
    let _ = writeln!(out, "why: {}", printable(&f.why));
    for (n, group) in groups.iter().enumerate() {
        let _ = writeln!(out, "value {}:", n + 1);
        for line in group {
            let _ = writeln!(out, "  {line}");
        }
    }
    let mut via: Vec<String> = index.via(f).iter().map(|c| claim_line(index, c)).collect();
    via.sort();
    for line in via {
        let _ = writeln!(out, "via: {line}");
    }
    out
}

/// Writes each source's path relative to `base` (the snapshot's folder), so the snapshot
/// reads the same however the paths were spelled (`s/`, `./s`, `../repo/s` from a subfolder).
/// A source outside `base`, or standard input, keeps its path as given.
pub fn rebase_paths(report: &mut Report, base: &Path) {
    let Ok(base) = std::fs::canonicalize(base) else {
        return;
    };
    for source in &mut report.sources {
        let Ok(path) = std::fs::canonicalize(&source.path) else {
            continue;
        };
        if let Ok(relative) = path.strip_prefix(&base) {
            let parts: Vec<String> = relative
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            source.path = parts.join("/");
        }
    }
}

/// The report's findings as a snapshot.
pub fn render_snapshot(report: &Report) -> String {
    let index = Index::new(report);
    let mut blocks: Vec<(&str, String)> = report
        .findings
        .iter()
        .map(|f| (f.fingerprint.as_str(), block(&index, f)))
        .collect();
    blocks.sort();
    let mut out = format!(
        "{HEADER}: {} finding{}.\n# Review a change like code; `crosscheck snapshot ... --accept` rewrites this file.\n",
        blocks.len(),
        if blocks.len() == 1 { "" } else { "s" }
    );
    for (_, b) in blocks {
        out.push('\n');
        out.push_str(&b);
    }
    out
}

/// A snapshot's blocks by fingerprint.
fn blocks(snapshot: &str) -> BTreeMap<String, String> {
    let mut found: BTreeMap<String, String> = BTreeMap::new();
    let mut current: Option<String> = None;
    for line in snapshot.lines() {
        if let Some(head) = line.strip_prefix("## ") {
            let print = head.split_whitespace().next().unwrap_or_default().to_string();
            current = Some(print.clone());
            found.entry(print).or_default();
        }
        if let Some(text) = current.as_ref().and_then(|p| found.get_mut(p)) {
            if !line.is_empty() {
                text.push_str(line);
                text.push('\n');
            }
        }
    }
    found
}

/// How a snapshot changed: the findings added, removed and changed, each shown in full
/// (a changed one as a line diff). `None` when the findings are the same.
pub fn diff(old: &str, new: &str) -> Option<String> {
    let (old, new) = (blocks(old), blocks(new));
    if old == new {
        return None;
    }
    let added: Vec<&String> = new.keys().filter(|k| !old.contains_key(*k)).collect();
    let removed: Vec<&String> = old.keys().filter(|k| !new.contains_key(*k)).collect();
    let changed: Vec<&String> = new
        .iter()
        .filter(|(k, v)| old.get(*k).is_some_and(|o| o != *v))
        .map(|(k, _)| k)
        .collect();
    let mut out = format!(
        "{} added, {} removed, {} changed\n",
        count(added.len()),
        removed.len(),
        changed.len()
    );
    let prefixed = |out: &mut String, sign: &str, text: &str| {
        out.push('\n');
        for line in text.lines() {
            let _ = writeln!(out, "{sign} {line}");
        }
    };
    for k in &added {
        prefixed(&mut out, "+", new.get(*k).map_or("", String::as_str));
    }
    for k in &removed {
        prefixed(&mut out, "-", old.get(*k).map_or("", String::as_str));
    }
    for k in &changed {
        let (o, n) = (
            old.get(*k).map_or("", String::as_str),
            new.get(*k).map_or("", String::as_str),
        );
        out.push('\n');
        for change in TextDiff::from_lines(o, n).iter_all_changes() {
            let _ = write!(out, "{}{change}", change.tag());
        }
    }
    Some(out)
}

fn count(n: usize) -> String {
    format!("{n} finding{}", if n == 1 { "" } else { "s" })
}

/// The fingerprints a baseline holds: a snapshot's, or a JSON or JSON Lines report's findings'.
pub fn baseline_fingerprints(path: &Path, text: &str) -> Result<BTreeSet<String>, Error> {
    if text.starts_with(HEADER) {
        return Ok(blocks(text).into_keys().collect());
    }
    // A JSON Lines report (`--format jsonl`): its "finding" lines.
    let first_line = text
        .lines()
        .next()
        .and_then(|l| serde_json::from_str::<serde_json::Value>(l).ok());
    if first_line.is_some_and(|head| head.get("type").is_some_and(|t| t == "report")) {
        return text
            .lines()
            .enumerate()
            .filter(|(_, line)| !line.trim().is_empty())
            .filter_map(|(n, line)| match serde_json::from_str::<serde_json::Value>(line) {
                Err(e) => Some(Err(Error::input(path, format!("line {}: not JSON ({e})", n + 1)))),
                Ok(record) if record.get("type").is_some_and(|t| t == "finding") => Some(fingerprint(path, &record)),
                Ok(_) => None,
            })
            .collect();
    }
    let report: serde_json::Value = serde_json::from_str(text).map_err(|e| {
        Error::input(
            path,
            format!("not a crosscheck snapshot, nor a JSON or JSON Lines report ({e}): write one with `crosscheck baseline`"),
        )
    })?;
    let findings = report
        .get("findings")
        .and_then(|f| f.as_array())
        .ok_or_else(|| Error::input(path, "a JSON baseline needs the report's `findings` list"))?;
    findings.iter().map(|f| fingerprint(path, f)).collect()
}

/// A JSON baseline's finding's fingerprint.
fn fingerprint(path: &Path, finding: &serde_json::Value) -> Result<String, Error> {
    finding
        .get("fingerprint")
        .and_then(|p| p.as_str())
        .map(str::to_string)
        .ok_or_else(|| {
            Error::input(
                path,
                "a finding of the JSON baseline has no `fingerprint`: a report from crosscheck 0.1 or later is needed",
            )
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    const OLD: &str = "# crosscheck snapshot, version 1: 2 findings.\n\n## aaa error CC101 quantity-mismatch (conflict)\nx: 1 vs 2\nvalue 1:\n  a.txt: \"1\" (1)\n\n## bbb error CC102 date-mismatch (conflict)\ny\n";

    #[test]
    fn a_snapshot_diff_names_what_was_added_removed_and_changed() {
        assert_eq!(diff(OLD, OLD), None);
        let new = OLD
            .replace("## bbb", "## ccc")
            .replace("(1)\n", "(1)\n  b.txt: \"one\" (1)\n");
        let shown = diff(OLD, &new).unwrap();
        assert!(shown.starts_with("1 finding added, 1 removed, 1 changed\n"), "{shown}");
        assert!(shown.contains("+ ## ccc error CC102"), "{shown}");
        assert!(shown.contains("- ## bbb error CC102"), "{shown}");
        assert!(shown.contains("+  b.txt: \"one\" (1)"), "{shown}");
    }

    #[test]
    fn a_baseline_is_a_snapshot_or_a_json_report() {
        let p = Path::new("b");
        assert_eq!(
            baseline_fingerprints(p, OLD).unwrap(),
            ["aaa".to_string(), "bbb".to_string()].into()
        );
        let json = r#"{"findings": [{"fingerprint": "aaa"}]}"#;
        assert_eq!(baseline_fingerprints(p, json).unwrap(), ["aaa".to_string()].into());
        let err = baseline_fingerprints(p, "hello").unwrap_err().to_string();
        assert!(err.contains("not a crosscheck snapshot"), "{err}");
        let err = baseline_fingerprints(p, r#"{"findings": [{}]}"#)
            .unwrap_err()
            .to_string();
        assert!(err.contains("no `fingerprint`"), "{err}");
    }
}
