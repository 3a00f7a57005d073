//! SARIF 2.1.0, for code-scanning tools: the rules with their summaries and explanations as
//! the driver's rule metadata, one result per finding located at its first claim, every other
//! claim a related location, the fingerprint as a partial fingerprint, and with a baseline
//! each result's baseline state.

use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use serde_json::{json, Value as Json};

use super::{json, ClaimEntry, Index, Report};
use crate::rules::{RuleSet, Severity};
use crate::Error;

const SCHEMA: &str = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

/// What stays as it is in a path made a URI reference: letters, digits, `/` and `-._~`.
const PATH: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'/')
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// Where a claim stands: its file, line and column (in characters), and its bytes.
fn location(index: &Index, c: &ClaimEntry, id: usize, message: Option<String>) -> Json {
    let mut location = json!({
        "id": id,
        "physicalLocation": {
            "artifactLocation": { "uri": utf8_percent_encode(index.path(c), PATH).to_string() },
            "region": {
                "startLine": c.line,
                "startColumn": c.column,
                "byteOffset": c.span.start,
                "byteLength": c.span.end.saturating_sub(c.span.start),
                "snippet": { "text": c.text },
            },
        },
    });
    if let (Some(text), Some(fields)) = (message, location.as_object_mut()) {
        fields.insert("message".into(), json!({ "text": text }));
    }
    location
}

pub fn render_sarif(report: &Report, rules: &RuleSet) -> Result<String, Error> {
    let index = Index::new(report);
    let driver_rules: Vec<Json> = rules
        .rules
        .iter()
        .map(|r| {
            json!({
                "id": r.code,
                "name": r.name,
                "shortDescription": { "text": r.summary },
                "fullDescription": { "text": r.explanation.trim() },
                "help": { "text": r.explanation.trim() },
                "defaultConfiguration": { "level": level(r.severity) },
            })
        })
        .collect();
    let baseline = report.baseline;
    let results: Vec<Json> = report
        .findings
        .iter()
        .map(|f| {
            let claims: Vec<&ClaimEntry> = index.groups(f).into_iter().flatten().chain(index.via(f)).collect();
            let mut result = json!({
                "ruleId": f.code,
                "level": level(f.severity),
                "kind": "fail",
                "message": { "text": f.message },
                "locations": claims.first().map(|c| location(&index, c, 0, None)).into_iter().collect::<Vec<_>>(),
                "relatedLocations": claims
                    .iter()
                    .enumerate()
                    .skip(1)
                    .map(|(n, c)| location(&index, c, n, Some(format!("{} ({})", c.text, c.reading))))
                    .collect::<Vec<_>>(),
                "partialFingerprints": { "crosscheck/v1": f.fingerprint },
                "properties": {
                    "relation": f.relation,
                    "why": f.why,
                    "groups": f.groups,
                },
            });
            if let Some(fields) = result.as_object_mut() {
                if let Some(i) = rules.rules.iter().position(|r| r.code == f.code) {
                    fields.insert("ruleIndex".into(), json!(i));
                }
                if baseline {
                    let state = if f.known { "unchanged" } else { "new" };
                    fields.insert("baselineState".into(), json!(state));
                }
            }
            result
        })
        .collect();
    json(&json!({
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {
                "driver": {
                    "name": "crosscheck",
                    "version": env!("CARGO_PKG_VERSION"),
                    "rules": driver_rules,
                },
            },
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    }))
}
