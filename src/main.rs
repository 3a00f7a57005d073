//! The crosscheck command line: arguments are parsed, turned into a plan (rules loaded,
//! reference date, renderer) before any work, then the pipeline runs once.
//! Exit codes: 0 no finding at or above `--fail-on`, 1 findings, 2 unusable input or rules.
#![warn(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing))]

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use jiff::civil::Date;
use serde::Serialize;

use crosscheck::report::{json, printable, render_text, Report};
use crosscheck::rules::{RuleSet, Severity};
use crosscheck::source::{collect_inputs, Input, DEFAULT_MAX_FILE_SIZE};
use crosscheck::value::Relation;
use crosscheck::{examples, Engine, Error};

#[derive(Parser)]
#[command(
    name = "crosscheck",
    version,
    about = "Cross-check the claims several sources make about the same story"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check sources against each other and print a consistency report.
    Check(CheckArgs),
    /// Print every mention the recognisers find, before claims are keyed (for debugging a
    /// missed claim, and for scoring the recognisers).
    Extract(ExtractArgs),
    /// List the rules.
    Rules(RulesArgs),
    /// Print one rule's explanation.
    Explain {
        /// A rule code such as CC101.
        code: String,
        #[command(flatten)]
        rules: RulesArgs,
    },
    /// Run every rule's examples and counterexamples (yours too, with --rules).
    TestRules(RulesArgs),
}

#[derive(clap::Args)]
struct RulesArgs {
    /// A folder of rule files (TOML) that add to or override the built-in rules.
    #[arg(long, value_name = "DIR")]
    rules: Option<PathBuf>,
}

#[derive(clap::Args)]
struct CheckArgs {
    /// Files and folders to check (folders recursively, in path order); `-` reads standard
    /// input. With none, ./seeds is checked if it exists.
    paths: Vec<PathBuf>,
    /// Report format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    /// Colour in the text report: auto colours only a terminal and honours NO_COLOR.
    #[arg(long, value_enum, default_value_t = Color::Auto)]
    color: Color,
    /// Exit 1 when a finding at or above this level exists.
    #[arg(long, value_enum, default_value_t = FailOn::Conflict)]
    fail_on: FailOn,
    /// Reference date (YYYY-MM-DD) for dates without a year, instead of each source's own.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    date: Option<Date>,
    /// Print an intermediate stage instead of the report: the claims, the graph's edges, or
    /// the loaded rules.
    #[arg(long, value_enum)]
    dump: Option<Dump>,
    #[command(flatten)]
    read: ReadArgs,
    #[command(flatten)]
    rules: RulesArgs,
}

#[derive(clap::Args)]
struct ReadArgs {
    /// Skip files larger than this many bytes (with a warning); standard input larger than it
    /// is an error.
    #[arg(long, value_name = "BYTES", default_value_t = DEFAULT_MAX_FILE_SIZE)]
    max_file_size: u64,
}

#[derive(clap::Args)]
struct ExtractArgs {
    /// Files and folders to read; `-` reads standard input.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    #[arg(long, value_enum, default_value_t = Format::Json)]
    format: Format,
    /// Reference date (YYYY-MM-DD) for dates without a year.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    date: Option<Date>,
    #[command(flatten)]
    read: ReadArgs,
    #[command(flatten)]
    rules: RulesArgs,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Text,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum Color {
    Auto,
    Always,
    Never,
}

#[derive(Clone, Copy, PartialEq, ValueEnum)]
enum FailOn {
    /// Any conflict, whatever its severity.
    Conflict,
    Error,
    Warning,
    Info,
    /// Never exit 1.
    Never,
}

#[derive(Clone, Copy, ValueEnum)]
enum Dump {
    Claims,
    Graph,
    Rules,
}

/// A date written YYYY-MM-DD and nothing else: a time of day would be ignored silently.
fn parse_date(s: &str) -> Result<Date, String> {
    Date::strptime("%Y-%m-%d", s).map_err(|e| format!("`{s}` is not a date in the form YYYY-MM-DD: {e}"))
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("crosscheck: {e}");
            ExitCode::from(2)
        }
    }
}

fn load_engine(args: &RulesArgs) -> Result<Engine, Error> {
    Engine::new(RuleSet::load(args.rules.as_deref())?)
}

fn print(text: &str) -> Result<ExitCode, Error> {
    let mut out = std::io::stdout().lock();
    // A closed pipe (`crosscheck check | head`) is not an error worth a message.
    let _ = out.write_all(text.as_bytes());
    Ok(ExitCode::SUCCESS)
}

fn run(cli: Cli) -> Result<ExitCode, Error> {
    match cli.command {
        Command::Check(args) => check(args),
        Command::Extract(args) => extract(args),
        Command::Rules(args) => {
            let engine = load_engine(&args)?;
            print(&rules_table(&engine))
        }
        Command::Explain { code, rules } => {
            let engine = load_engine(&rules)?;
            let rule = engine
                .rules
                .get(&code)
                .ok_or_else(|| Error::Usage(format!("no rule with code `{code}` (see `crosscheck rules`)")))?;
            print(&format!(
                "{} {}: {}\n\n{}\n",
                rule.code,
                rule.name,
                rule.summary,
                rule.explanation.trim()
            ))
        }
        Command::TestRules(args) => {
            let engine = load_engine(&args)?;
            let (count, failures) = examples::run_all(&engine);
            let mut out = String::new();
            for f in &failures {
                out.push_str(&format!("FAIL {f}\n"));
            }
            out.push_str(&format!("{count} examples, {} failed\n", failures.len()));
            print(&out)?;
            Ok(if failures.is_empty() {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            })
        }
    }
}

/// The inputs to read, with a warning on stderr for each path left out; none is an error.
fn inputs(paths: &[PathBuf], read: &ReadArgs) -> Result<Vec<Input>, Error> {
    let found = collect_inputs(paths, read.max_file_size)?;
    for warning in &found.warnings {
        eprintln!("crosscheck: warning: {}", printable(warning));
    }
    if found.inputs.is_empty() {
        return Err(Error::Usage(
            "the paths given hold no .txt, .md or .html files to read".into(),
        ));
    }
    Ok(found.inputs)
}

fn inputs_or_seeds(paths: &[PathBuf], read: &ReadArgs) -> Result<Vec<Input>, Error> {
    if !paths.is_empty() {
        return inputs(paths, read);
    }
    if Path::new("seeds").is_dir() {
        return inputs(&[PathBuf::from("seeds")], read);
    }
    Err(Error::Usage("no sources given and no ./seeds folder: try `crosscheck check ARTICLE.txt OTHER.html ...` or `crosscheck check FOLDER/`".into()))
}

fn check(args: CheckArgs) -> Result<ExitCode, Error> {
    let engine = load_engine(&args.rules)?;
    let inputs = inputs_or_seeds(&args.paths, &args.read)?;
    let documents = engine.read(&inputs, args.read.max_file_size)?;
    let run = engine.run(documents, args.date);
    let report = Report::build(&run, &engine.rules);
    let color = match args.color {
        Color::Always => true,
        Color::Never => false,
        Color::Auto => std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
    };
    let out = match (args.dump, args.format) {
        (Some(dump), format) => dump_stage(&engine, &run, &report, dump, format)?,
        (None, Format::Text) => render_text(&report, color),
        (None, Format::Json) => report.to_json()?,
    };
    print(&out)?;
    let failing = report.findings.iter().any(|f| match args.fail_on {
        FailOn::Conflict => f.relation == Relation::Conflict,
        FailOn::Error => f.severity >= Severity::Error,
        FailOn::Warning => f.severity >= Severity::Warning,
        FailOn::Info => true,
        FailOn::Never => false,
    });
    Ok(if failing { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

/// The loaded rules, one line each: code, name, kind, severity, summary.
fn rules_table(engine: &Engine) -> String {
    let mut out = String::new();
    for r in &engine.rules.rules {
        let kind = if r.check.is_some() { "check" } else { "extract" };
        out.push_str(&format!(
            "{}  {:<20} {:<8} {:<7} {}\n",
            r.code,
            r.name,
            kind,
            format!("{:?}", r.severity).to_lowercase(),
            r.summary
        ));
    }
    out
}

/// An edge of the claim graph as `--dump graph --format json` writes it.
#[derive(Serialize)]
struct Edge<'a> {
    relation: Relation,
    rule: &'a str,
    from: &'a str,
    to: &'a str,
    reason: String,
}

/// An intermediate stage, in the format asked for: the claims (JSON: as the report lists
/// them), the graph's edges, or the loaded rules.
fn dump_stage(
    engine: &Engine,
    run: &crosscheck::Run,
    report: &Report,
    dump: Dump,
    format: Format,
) -> Result<String, Error> {
    let location = |c: &crosscheck::resolve::Claim| {
        let path = run.documents.get(c.source).map_or("", |d| d.path.as_str());
        format!("{}:{}:{}", printable(path), c.line, c.column)
    };
    let id = |i: usize| report.claims.get(i).map_or("", |c| c.id.as_str());
    Ok(match (dump, format) {
        (Dump::Claims, Format::Json) => json(&report.claims)?,
        (Dump::Claims, Format::Text) => run
            .claims
            .iter()
            .map(|c| {
                format!(
                    "{}\t{}\t{}\t{:?}\t{}\n",
                    location(c),
                    c.kind.as_str(),
                    printable(&c.frame.display()),
                    c.text,
                    c.value.reading()
                )
            })
            .collect(),
        (Dump::Graph, Format::Json) => {
            let edges: Vec<Edge> = run
                .graph
                .links()
                .map(|(a, b, link)| Edge {
                    relation: link.relation,
                    rule: &link.rule,
                    from: id(a),
                    to: id(b),
                    reason: crosscheck::check::reason(link, &run.claims, a, b),
                })
                .collect();
            json(&edges)?
        }
        (Dump::Graph, Format::Text) => run
            .graph
            .links()
            .filter_map(|(a, b, link)| {
                let (ca, cb) = (run.claims.get(a)?, run.claims.get(b)?);
                Some(format!(
                    "{:?}\t{}\t{} {:?}\t{} {:?}\t{}\n",
                    link.relation,
                    link.rule,
                    location(ca),
                    ca.text,
                    location(cb),
                    cb.text,
                    printable(&crosscheck::check::reason(link, &run.claims, a, b))
                ))
            })
            .collect(),
        (Dump::Rules, Format::Json) => json(&engine.rules.rules)?,
        (Dump::Rules, Format::Text) => rules_table(engine),
    })
}

fn extract(args: ExtractArgs) -> Result<ExitCode, Error> {
    let engine = load_engine(&args.rules)?;
    let inputs = inputs(&args.paths, &args.read)?;
    let documents = engine.read(&inputs, args.read.max_file_size)?;
    let references: Vec<Option<Date>> = engine
        .references(&documents, args.date)
        .into_iter()
        .map(|r| r.date)
        .collect();
    let dump = crosscheck::extract::dump(engine.recognisers(), &documents, &references);
    match args.format {
        Format::Json => print(&json(&dump)?),
        Format::Text => {
            let mut out = String::new();
            for m in &dump {
                out.push_str(&format!(
                    "{}:{}-{}\t{}\t{:?}\t{}\n",
                    printable(&m.source),
                    m.span.start,
                    m.span.end,
                    m.kind,
                    m.text,
                    m.reading
                ));
            }
            print(&out)
        }
    }
}
