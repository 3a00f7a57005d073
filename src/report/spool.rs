//! The JSON report of a large corpus, written part by part (`crate::Part`): each part's claims
//! and facts go to temporary files as soon as they are read, so the claims of the whole
//! corpus are never in memory at once; the sources, stories and findings are kept, and at the
//! end the report is written in its order, byte for byte as `Report::write_json` (or
//! `write_json_lines`) writes the report of the whole run.

use std::fs::File;
use std::io::{BufWriter, Seek, SeekFrom, Write};

use serde::Serialize;

use super::{
    json_line, numbered, source_entries, story_entries, Body, Checked, Found, Report, Summary, Tally, VERSION,
};
use crate::rules::RuleSet;
use crate::Plan;

/// A report being written part by part.
pub struct Spool {
    /// JSON Lines (`--format jsonl`) rather than JSON.
    lines: bool,
    claims: Spill,
    facts: Spill,
    /// How many facts the parts so far hold (the next part's are numbered after them).
    fact_groups: usize,
    tally: Tally,
    findings: Vec<Found>,
}

impl Spool {
    /// A spool for a JSON report, or a JSON Lines one (`lines`). Its files are in the system's
    /// temporary folder (`TMPDIR`), deleted when it is dropped.
    pub fn new(lines: bool) -> std::io::Result<Spool> {
        Ok(Spool {
            lines,
            claims: Spill::new()?,
            facts: Spill::new()?,
            fact_groups: 0,
            tally: Tally::default(),
            findings: Vec::new(),
        })
    }

    /// Writes out one part's claims and facts, and keeps its findings. Parts come in the
    /// order of their stories.
    pub fn add(&mut self, part: &Checked, rules: &RuleSet) -> std::io::Result<()> {
        let body = Body::of(part, rules, self.fact_groups);
        for claim in &body.claims {
            self.claims.push(self.lines, "claim", claim)?;
        }
        for fact in &body.facts {
            self.facts.push(self.lines, "fact", fact)?;
        }
        self.fact_groups += body.fact_groups;
        self.tally.add(Tally::of(body.claims.len(), &body.facts));
        self.findings.extend(body.findings);
        Ok(())
    }

    /// The report of every part added: its sources, stories, findings and summary, its
    /// claims and facts left in the spool (`write` puts them in their place).
    pub fn finish(self, plan: &Plan) -> (Report<'static>, Spilled) {
        let mut report = Report {
            version: VERSION,
            sources: source_entries(&plan.sources, &plan.references),
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
            lines: self.lines,
            claims: self.claims,
            facts: self.facts,
        };
        (report, spilled)
    }
}

/// The claims and facts of a finished spool.
pub struct Spilled {
    lines: bool,
    claims: Spill,
    facts: Spill,
}

impl Spilled {
    /// Writes `report` with the spilled claims and facts in their place.
    pub fn write(self, report: &Report, out: &mut dyn Write) -> std::io::Result<()> {
        if self.lines {
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
    file: BufWriter<File>,
    count: usize,
}

impl Spill {
    fn new() -> std::io::Result<Spill> {
        Ok(Spill {
            file: BufWriter::new(tempfile::tempfile()?),
            count: 0,
        })
    }

    /// Adds an entry: a line of its own (JSON Lines, with its `kind`), or an element of a
    /// JSON list two levels in.
    fn push(&mut self, lines: bool, kind: &str, entry: &impl Serialize) -> std::io::Result<()> {
        if lines {
            json_line(&mut self.file, kind, entry)?;
        } else {
            self.file
                .write_all(if self.count == 0 { b"\n    " } else { b",\n    " })?;
            serde_json::to_writer_pretty(
                Indented {
                    out: &mut self.file,
                    indent: b"    ",
                },
                entry,
            )?;
        }
        self.count += 1;
        Ok(())
    }

    /// Copies the entries to `out` as written.
    fn copy_to(self, out: &mut dyn Write) -> std::io::Result<()> {
        let mut file = self.file.into_inner().map_err(std::io::IntoInnerError::into_error)?;
        file.seek(SeekFrom::Start(0))?;
        std::io::copy(&mut file, out)?;
        Ok(())
    }

    /// Copies the entries to `out` as a JSON list one level in.
    fn copy_as_array(self, out: &mut dyn Write) -> std::io::Result<()> {
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
