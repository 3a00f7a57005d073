//! The report of a large corpus, built part by part (`crate::Part`), so the claims of the
//! whole corpus are never in memory at once. For the JSON report each part's claims and facts
//! go to temporary files as soon as they are read; the sources, stories and findings are
//! kept, and at the end the report is written in its order, byte for byte as
//! `Report::write_json` (or `write_json_lines`) writes the report of the whole run. For a
//! snapshot or a baseline only the findings and the claims they name are kept; for the text
//! and Markdown reports, those and what the report prints of each part's facts.

use std::fs::File;
use std::io::{BufWriter, Seek, SeekFrom, Write};

use serde::Serialize;

use super::markdown::{render_markdown_with, FactRows};
use super::text::{render_text_with, FactLines};
use super::{
    json_line, numbered, source_entries, story_entries, Body, Checked, ClaimEntry, Found, Index, Report, SourceEntry,
    Summary, Tally, VERSION,
};
use crate::resolve::Claim;
use crate::rules::RuleSet;
use crate::Plan;

/// What a spool keeps of each part.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Keep {
    /// The whole JSON report: the claims and facts written out.
    Json,
    /// The whole report as JSON Lines.
    JsonLines,
    /// The findings and the claims they name (what a snapshot or a baseline shows).
    Findings,
    /// The findings, the claims they name, and the text report's lines of each fact (the
    /// facts' claims are not kept), in colour or not.
    Text { color: bool },
    /// The findings, the claims they name, and the Markdown report's rows of each fact.
    Markdown,
}

/// What a text or Markdown report prints of the facts of the parts so far.
enum Printed {
    Nothing,
    Text(FactLines),
    Markdown(FactRows),
}

/// A report being built part by part.
pub struct Spool {
    keep: Keep,
    claims: Spill,
    facts: Spill,
    /// The claims the findings name (all but `Keep::Json` and `Keep::JsonLines`).
    named: Vec<Claim>,
    printed: Printed,
    sources: Vec<SourceEntry>,
    /// How many facts the parts so far hold (the next part's are numbered after them).
    fact_groups: usize,
    tally: Tally,
    findings: Vec<Found>,
}

impl Spool {
    /// A spool that keeps `keep` of the parts of `plan`. The files of a JSON report are in the
    /// system's temporary folder (`TMPDIR`), deleted when the spool is dropped.
    pub fn new(keep: Keep, plan: &Plan) -> std::io::Result<Spool> {
        let spill = || match keep {
            Keep::Findings | Keep::Text { .. } | Keep::Markdown => Ok(Spill::none()),
            Keep::Json | Keep::JsonLines => Spill::new(),
        };
        Ok(Spool {
            keep,
            claims: spill()?,
            facts: spill()?,
            named: Vec::new(),
            printed: match keep {
                Keep::Text { color } => Printed::Text(FactLines::new(color)),
                Keep::Markdown => Printed::Markdown(FactRows::new()),
                _ => Printed::Nothing,
            },
            sources: source_entries(&plan.sources, &plan.references),
            fact_groups: 0,
            tally: Tally::default(),
            findings: Vec::new(),
        })
    }

    /// Writes out one part's claims and facts (or keeps the claims its findings name), and
    /// keeps its findings. Parts come in the order of their stories.
    pub fn add(&mut self, part: &Checked, rules: &RuleSet) -> std::io::Result<()> {
        let body = Body::of(part, rules, self.fact_groups);
        let lines = self.keep == Keep::JsonLines;
        match self.keep {
            Keep::Json | Keep::JsonLines => {
                for claim in &body.claims {
                    self.claims.push(lines, "claim", claim)?;
                }
                for fact in &body.facts {
                    self.facts.push(lines, "fact", fact)?;
                }
            }
            Keep::Findings | Keep::Text { .. } | Keep::Markdown => {
                let index = || Index::of(&body.claims, &self.sources);
                match &mut self.printed {
                    Printed::Text(lines) => lines.add(&body.facts, &index()),
                    Printed::Markdown(rows) => rows.add(&body.facts, &index()),
                    Printed::Nothing => {}
                }
                let named: std::collections::HashSet<&str> = body
                    .findings
                    .iter()
                    .flat_map(|f| &f.finding.claims)
                    .map(String::as_str)
                    .collect();
                let claims = part.claims.iter().zip(&body.ids);
                self.named.extend(
                    claims
                        .filter(|(_, id)| named.contains(id.as_str()))
                        .map(|(c, _)| c.clone()),
                );
            }
        }
        self.fact_groups += body.fact_groups;
        self.tally.add(Tally::of(body.claims.len(), &body.facts));
        self.findings.extend(body.findings);
        Ok(())
    }

    /// The report of every part added: its sources, stories, findings and summary, its
    /// claims and facts left in the spool (`Spilled::write` puts them in their place, or
    /// `Spilled::named` gives the claims the findings name).
    pub fn finish(mut self, plan: &Plan) -> std::io::Result<(Report<'static>, Spilled)> {
        self.claims.flush()?;
        self.facts.flush()?;
        let mut report = Report {
            version: VERSION,
            sources: std::mem::take(&mut self.sources),
            stories: story_entries(&plan.stories),
            claims: Vec::new(),
            facts: Vec::new(),
            findings: numbered(self.findings),
            summary: Summary::default(),
            links: Vec::new(),
            baseline: false,
            tally: self.tally,
        };
        report.summarise();
        let spilled = Spilled {
            keep: self.keep,
            claims: self.claims,
            facts: self.facts,
            named: self.named,
            printed: self.printed,
        };
        Ok((report, spilled))
    }
}

/// The claims and facts of a finished spool.
pub struct Spilled {
    keep: Keep,
    claims: Spill,
    facts: Spill,
    named: Vec<Claim>,
    printed: Printed,
}

impl Spilled {
    /// The text or Markdown report of `report` (given `with_named`), what it prints of the
    /// facts in its place (`Keep::Text`, `Keep::Markdown`).
    pub fn render(&self, report: &Report) -> Option<String> {
        match &self.printed {
            Printed::Text(lines) => Some(render_text_with(report, lines)),
            Printed::Markdown(rows) => Some(render_markdown_with(report, rows)),
            Printed::Nothing => None,
        }
    }

    /// `report` with the claims its findings name (all but the JSON reports keep them), in
    /// their order: what a snapshot shows.
    pub fn with_named<'a>(&'a self, report: Report<'static>) -> Report<'a> {
        Report {
            claims: self.named.iter().map(ClaimEntry::of).collect(),
            ..report
        }
    }

    /// Writes `report` with the spilled claims and facts in their place.
    pub fn write(&self, report: &Report, out: &mut dyn Write) -> std::io::Result<()> {
        if self.keep == Keep::JsonLines {
            #[derive(Serialize)]
            struct Head {
                version: u32,
            }
            json_line(
                out,
                "report",
                &Head {
                    version: report.version,
                },
            )?;
            for source in &report.sources {
                json_line(out, "source", source)?;
            }
            for story in &report.stories {
                json_line(out, "story", story)?;
            }
            self.claims.copy_to(out)?;
            self.facts.copy_to(out)?;
            for finding in &report.findings {
                json_line(out, "finding", finding)?;
            }
            return json_line(out, "summary", &report.summary);
        }
        // The fields of `Report` in their order, as serde_json's pretty printer writes them.
        write!(out, "{{\n  \"version\": {}", report.version)?;
        field(out, "sources", &report.sources)?;
        field(out, "stories", &report.stories)?;
        out.write_all(b",\n  \"claims\": ")?;
        self.claims.copy_as_array(out)?;
        out.write_all(b",\n  \"facts\": ")?;
        self.facts.copy_as_array(out)?;
        field(out, "findings", &report.findings)?;
        field(out, "summary", &report.summary)?;
        out.write_all(b"\n}\n")
    }
}

/// One field of the report's top-level object, pretty-printed one level in.
fn field(out: &mut dyn Write, key: &str, value: &impl Serialize) -> std::io::Result<()> {
    write!(out, ",\n  \"{key}\": ")?;
    serde_json::to_writer_pretty(Indented { out, indent: b"  " }, value)?;
    Ok(())
}

/// The entries of one of the report's lists, written out as they come.
struct Spill {
    /// None when nothing is written out (`Keep::Findings`).
    file: Option<BufWriter<File>>,
    count: usize,
}

impl Spill {
    fn new() -> std::io::Result<Spill> {
        Ok(Spill {
            file: Some(BufWriter::new(tempfile::tempfile()?)),
            count: 0,
        })
    }

    fn none() -> Spill {
        Spill { file: None, count: 0 }
    }

    /// Adds an entry: a line of its own (JSON Lines, with its `kind`), or an element of a
    /// JSON list two levels in.
    fn push(&mut self, lines: bool, kind: &str, entry: &impl Serialize) -> std::io::Result<()> {
        let Some(file) = &mut self.file else {
            return Ok(());
        };
        if lines {
            json_line(file, kind, entry)?;
        } else {
            file.write_all(if self.count == 0 { b"\n    " } else { b",\n    " })?;
            serde_json::to_writer_pretty(
                Indented {
                    out: file,
                    indent: b"    ",
                },
                entry,
            )?;
        }
        self.count += 1;
        Ok(())
    }

    /// Copies the entries to `out` as written.
    /// Writes out what is buffered, before the entries are read back.
    fn flush(&mut self) -> std::io::Result<()> {
        self.file.as_mut().map_or(Ok(()), Write::flush)
    }

    /// Copies the entries to `out` as written (flushed first).
    fn copy_to(&self, out: &mut dyn Write) -> std::io::Result<()> {
        let Some(file) = &self.file else {
            return Ok(());
        };
        let mut file: &File = file.get_ref();
        file.seek(SeekFrom::Start(0))?;
        std::io::copy(&mut file, out)?;
        Ok(())
    }

    /// Copies the entries to `out` as a JSON list one level in.
    fn copy_as_array(&self, out: &mut dyn Write) -> std::io::Result<()> {
        if self.count == 0 {
            return out.write_all(b"[]");
        }
        out.write_all(b"[")?;
        self.copy_to(out)?;
        out.write_all(b"\n  ]")
    }
}

/// Writes through to `out`, each new line indented by `indent`: JSON strings hold no raw line
/// break, so every one is the pretty printer's.
struct Indented<'w> {
    out: &'w mut dyn Write,
    indent: &'static [u8],
}

impl Write for Indented<'_> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        for piece in buf.split_inclusive(|&b| b == b'\n') {
            self.out.write_all(piece)?;
            if piece.ends_with(b"\n") {
                self.out.write_all(self.indent)?;
            }
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.out.flush()
    }
}
