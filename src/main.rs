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

use crosscheck::config::{Config, FailOn};
use crosscheck::report::snapshot::{baseline_fingerprints, diff, rebase_paths, render_snapshot};
use crosscheck::report::{
    json, json_lines, printable, render_dot, render_github, render_markdown, render_sarif, render_text, Keep, Report,
    Spilled, Spool,
};
use crosscheck::rules::{RuleSet, Severity};
use crosscheck::source::{collect_inputs, Files, Input, SourceInfo, DEFAULT_MAX_FILE_SIZE};
use crosscheck::value::Relation;
use crosscheck::{examples, Engine, Error, Plan};

/// mimalloc, not the system's allocator: glibc gives each thread its own arena, and what the
/// reading threads free (each source's claims, once gathered) cannot serve the main thread's
/// report, so a run held a tenth more memory than it used; mimalloc is faster too, and
/// allocation is a tenth of a run's time.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

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
    /// Compare the findings with a snapshot file: written the first time; afterwards what
    /// changed is printed and the exit code is 1, until `--accept` rewrites it.
    Snapshot(SnapshotArgs),
    /// Write the current findings as a baseline for `check --baseline` (a snapshot file).
    Baseline(BaselineArgs),
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
    /// A folder of rule files (TOML) that add to or override the built-in rules (after the
    /// configuration's folders).
    #[arg(long, value_name = "DIR")]
    rules: Option<PathBuf>,
    #[command(flatten)]
    config: ConfigArgs,
}

/// The sources of a run and how they are read and checked.
#[derive(clap::Args)]
struct CorpusArgs {
    /// Files and folders to check (folders recursively, in path order); `-` reads standard
    /// input. With none, ./seeds is checked if it exists.
    paths: Vec<PathBuf>,
    /// Reference date (YYYY-MM-DD) for dates without a year, instead of each source's own.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    date: Option<Date>,
    /// Compare claims across the whole corpus, not only within each story (sources that
    /// share names and were published within a month of each other).
    #[arg(long)]
    across_stories: bool,
    #[command(flatten)]
    read: ReadArgs,
    #[command(flatten)]
    rules: RulesArgs,
}

#[derive(clap::Args)]
struct ConfigArgs {
    /// Use this configuration file instead of the crosscheck.toml found in the current
    /// folder or its nearest parent.
    #[arg(long, value_name = "FILE", conflicts_with = "no_config")]
    config: Option<PathBuf>,
    /// Use no configuration file.
    #[arg(long)]
    no_config: bool,
}

#[derive(clap::Args)]
struct CheckArgs {
    #[command(flatten)]
    corpus: CorpusArgs,
    /// Report format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    /// Write the report to FILE (whole or not at all) instead of standard output.
    #[arg(long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Colour in the text report: auto colours only a terminal and honours NO_COLOR.
    #[arg(long, value_enum, default_value_t = Color::Auto)]
    color: Color,
    /// Exit 1 when a finding at or above this level exists [default: conflict, or the
    /// configuration's `fail-on`].
    #[arg(long, value_enum)]
    fail_on: Option<FailOn>,
    /// A new source (repeat for more), checked with the others: the report keeps only the
    /// findings and facts that involve the new sources, and the exit code only their findings.
    #[arg(long, value_name = "FILE")]
    new: Vec<PathBuf>,
    /// A baseline (a snapshot, or an earlier JSON or JSON Lines report): the findings it lists are shown as
    /// known and never fail the run.
    #[arg(long, value_name = "FILE")]
    baseline: Option<PathBuf>,
    /// Print an intermediate stage instead of the report: the claims, the graph's edges, or
    /// the loaded rules.
    #[arg(long, value_enum)]
    dump: Option<Dump>,
}

#[derive(clap::Args)]
struct SnapshotArgs {
    #[command(flatten)]
    corpus: CorpusArgs,
    /// The snapshot file.
    #[arg(long, value_name = "PATH")]
    snapshot: PathBuf,
    /// Rewrite the snapshot with the current findings.
    #[arg(long)]
    accept: bool,
}

#[derive(clap::Args)]
struct BaselineArgs {
    #[command(flatten)]
    corpus: CorpusArgs,
    /// Write the baseline to FILE instead of standard output.
    #[arg(long, value_name = "FILE")]
    output: Option<PathBuf>,
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

#[derive(Clone, Copy, PartialEq, ValueEnum)]
enum Format {
    Text,
    Json,
    /// JSON Lines: one record per line, each with its `type`.
    Jsonl,
    /// For a pull-request comment.
    Markdown,
    /// SARIF 2.1.0, for code scanning.
    Sarif,
    /// GitHub Actions annotations.
    Github,
    /// The claim graph in Graphviz DOT.
    Dot,
}

#[derive(Clone, Copy, ValueEnum)]
enum Color {
    Auto,
    Always,
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

/// The configuration: the file given, none, or the crosscheck.toml found from the current
/// folder up.
fn load_config(args: &ConfigArgs) -> Result<Config, Error> {
    match args {
        ConfigArgs { no_config: true, .. } => Ok(Config::default()),
        ConfigArgs { config: Some(path), .. } => Config::load(path),
        _ => Config::discover(Path::new(".")),
    }
}

/// The configuration, and the rules: built in, then the configuration's folders, then
/// `--rules`, with the configuration's switches, severities and tolerances.
fn load_engine(args: &RulesArgs) -> Result<(Engine, Config), Error> {
    let config = load_config(&args.config)?;
    let mut folders = config.rule_folders();
    folders.extend(args.rules.clone());
    let mut rules = RuleSet::load(&folders)?;
    config.apply(&mut rules)?;
    Ok((Engine::new(rules)?, config))
}

fn print(text: &str) -> Result<ExitCode, Error> {
    print_with(|out| out.write_all(text.as_bytes()))
}

/// Standard output, buffered, to `write`: a report is written as it is rendered, never held
/// whole in memory. A closed pipe (`crosscheck check | head`) is not an error worth a message.
fn print_with(write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>) -> Result<ExitCode, Error> {
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let _ = write(&mut out).and_then(|()| out.flush());
    Ok(ExitCode::SUCCESS)
}

/// Writes `text` to `path` whole or not at all (see `write_atomically_with`).
fn write_atomically(path: &Path, text: &str, sources: &[Input]) -> Result<(), Error> {
    write_atomically_with(path, sources, |out| out.write_all(text.as_bytes()))
}

/// Writes what `write` writes to `path` whole or not at all: a temporary file beside it,
/// renamed over it. A link is followed (its target is written), an existing file keeps its
/// permissions, and a path that is one of the run's sources is refused, so a report never
/// replaces an article.
fn write_atomically_with(
    path: &Path,
    sources: &[Input],
    write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> Result<(), Error> {
    let same =
        |a: &Path, b: &Path| matches!((std::fs::canonicalize(a), std::fs::canonicalize(b)), (Ok(a), Ok(b)) if a == b);
    if sources.iter().any(|s| matches!(s, Input::File(f) if same(f, path))) {
        return Err(Error::input(
            path,
            "is one of the sources: the report would overwrite it",
        ));
    }
    let cannot = |e: &dyn std::fmt::Display| Error::input(path, format!("cannot write: {e}"));
    let target = match std::fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_symlink() => std::fs::canonicalize(path).map_err(|e| cannot(&e))?,
        _ => path.to_path_buf(),
    };
    let folder = folder_of(Some(&target));
    let mut builder = tempfile::Builder::new();
    // A new file gets the permissions any other would (0666 less the umask), not 0600.
    #[cfg(unix)]
    builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o666));
    let mut file = builder.tempfile_in(&folder).map_err(|e| cannot(&e))?;
    if let Ok(existing) = std::fs::metadata(&target) {
        file.as_file()
            .set_permissions(existing.permissions())
            .map_err(|e| cannot(&e))?;
    }
    let mut buffered = std::io::BufWriter::new(file.as_file_mut());
    write(&mut buffered)
        .and_then(|()| buffered.flush())
        .map_err(|e| cannot(&e))?;
    drop(buffered);
    file.as_file().sync_all().map_err(|e| cannot(&e))?;
    file.persist(&target).map_err(|e| cannot(&e.error))?;
    Ok(())
}

/// The folder a file is (to be) written in; the current folder for standard output.
fn folder_of(file: Option<&Path>) -> PathBuf {
    match file.and_then(Path::parent) {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

fn run(cli: Cli) -> Result<ExitCode, Error> {
    match cli.command {
        Command::Check(args) => check(args),
        Command::Snapshot(args) => snapshot(args),
        Command::Baseline(args) => {
            let spooled = spool_corpus(&args.corpus, Keep::Findings)?;
            let mut report = spooled.spilled.with_named(spooled.report);
            rebase_paths(&mut report, &folder_of(args.output.as_deref()));
            let text = render_snapshot(&report);
            let written = match &args.output {
                Some(path) => write_atomically(path, &text, &spooled.inputs).map(|()| ExitCode::SUCCESS),
                None => print(&text),
            };
            // As `leave`: the process ends, its memory goes back whole.
            std::mem::forget(report);
            std::mem::forget((spooled.spilled, spooled.engine, spooled.plan));
            written
        }
        Command::Extract(args) => extract(args),
        Command::Rules(args) => {
            let (engine, _) = load_engine(&args)?;
            print(&rules_table(&engine))
        }
        Command::Explain { code, rules } => {
            let (engine, _) = load_engine(&rules)?;
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
            let (engine, _) = load_engine(&args)?;
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
fn inputs(paths: &[PathBuf], read: &ReadArgs, config: &Config) -> Result<Vec<Input>, Error> {
    let ignored = config.ignores()?;
    let found = collect_inputs(paths, read.max_file_size, &ignored)?;
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

fn inputs_or_seeds(paths: &[PathBuf], read: &ReadArgs, config: &Config) -> Result<Vec<Input>, Error> {
    if !paths.is_empty() {
        return inputs(paths, read, config);
    }
    if Path::new("seeds").is_dir() {
        return inputs(&[PathBuf::from("seeds")], read, config);
    }
    Err(Error::Usage("no sources given and no ./seeds folder: try `crosscheck check ARTICLE.txt OTHER.html ...` or `crosscheck check FOLDER/`".into()))
}

/// Sources at least this many get a progress bar (on a terminal): fewer take a second.
const PROGRESS_FROM: usize = 500;

/// A progress bar over the sources read, on standard error when it is a terminal (never in a
/// pipe, a file or CI's log): first every source's names and dates, then claims.
fn progress(sources: usize) -> Option<indicatif::ProgressBar> {
    use std::io::IsTerminal;
    if sources < PROGRESS_FROM || !std::io::stderr().is_terminal() {
        return None;
    }
    let bar = indicatif::ProgressBar::new(sources as u64);
    let style = indicatif::ProgressStyle::with_template("{bar:30} {pos}/{len} sources {msg}  {elapsed} (eta {eta})")
        .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar());
    bar.set_style(style);
    bar.set_message("(names, dates)");
    Some(bar)
}

/// The bar starts over for the second reading, of the claims of `sources` sources.
fn read_claims(bar: &Option<indicatif::ProgressBar>, sources: usize) {
    if let Some(bar) = bar {
        bar.set_position(0);
        bar.set_length(sources as u64);
        bar.set_message("(claims)");
    }
}

/// A corpus read and checked: what every report-writing command starts from.
struct Corpus {
    config: Config,
    engine: Engine,
    inputs: Vec<Input>,
    run: crosscheck::Run,
    /// The paths of the sources given as new (`--new`): the report keeps what involves them.
    new_paths: Vec<String>,
}

impl Corpus {
    /// The report of the run, which borrows from its claims.
    fn report(&self) -> Report<'_> {
        let mut report = Report::build(&self.run, &self.engine.rules);
        if !self.new_paths.is_empty() {
            report.restrict_to(&self.new_paths);
        }
        report
    }
}

/// The engine and the inputs of a corpus, with the `new` sources added (first) and their
/// paths.
fn open_corpus(args: &CorpusArgs, new: &[PathBuf]) -> Result<(Engine, Config, Vec<Input>, Vec<String>), Error> {
    let (mut engine, config) = load_engine(&args.rules)?;
    engine.across_stories = args.across_stories;
    if new.is_empty() {
        let inputs = inputs_or_seeds(&args.paths, &args.read, &config)?;
        return Ok((engine, config, inputs, Vec::new()));
    }
    // The new files first: a corpus folder that holds them too reads them once.
    let fresh = inputs(new, &args.read, &config)?;
    let new_paths: Vec<String> = fresh.iter().map(Input::path_string).collect();
    let canonical = |i: &Input| match i {
        Input::File(f) => std::fs::canonicalize(f).ok(),
        Input::Stdin => None,
    };
    let known: Vec<PathBuf> = fresh.iter().filter_map(canonical).collect();
    let mut all = fresh;
    let old = inputs_or_seeds(&args.paths, &args.read, &config)?;
    all.extend(
        old.into_iter()
            .filter(|i| canonical(i).is_none_or(|c| !known.contains(&c))),
    );
    Ok((engine, config, all, new_paths))
}

/// A progress bar the engine ticks for each source it reads (`progress`).
fn track(engine: &mut Engine, sources: usize) -> Option<indicatif::ProgressBar> {
    let bar = progress(sources)?;
    let tick = bar.clone();
    engine.on_document = Some(Box::new(move || tick.inc(1)));
    Some(bar)
}

/// Says which sources were left unread for their language.
fn warn_foreign(sources: &[SourceInfo]) {
    for source in sources {
        if let Some(language) = source.foreign {
            eprintln!(
                "crosscheck: warning: {}: reads as {language}, not English: no claims are read from it",
                printable(&source.path)
            );
        }
    }
}

/// Reads and checks the corpus, with the `new` sources added (their report restricted to
/// what involves them).
fn read_corpus(args: &CorpusArgs, new: &[PathBuf]) -> Result<Corpus, Error> {
    let (mut engine, config, inputs, new_paths) = open_corpus(args, new)?;
    let bar = track(&mut engine, inputs.len());
    let files = Files::new(&inputs, &engine.prose, args.read.max_file_size)?;
    let plan = engine.plan(&files, args.date)?;
    // With new sources the report keeps only what involves them, all of it in their stories:
    // the other stories' claims need not be read.
    let parts = if new_paths.is_empty() {
        plan.parts()
    } else {
        plan.stories_of(&new_paths)
    };
    read_claims(&bar, plan.sources_in(&parts));
    let run = engine.run_parts(&files, plan, parts)?;
    // The texts kept between the readings, let go before the report is built beside the claims.
    drop(files);
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    warn_foreign(&run.sources);
    Ok(Corpus {
        config,
        engine,
        inputs,
        run,
        new_paths,
    })
}

fn check(args: CheckArgs) -> Result<ExitCode, Error> {
    let spooled = matches!(
        args.format,
        Format::Json | Format::Jsonl | Format::Sarif | Format::Github | Format::Text | Format::Markdown
    );
    if args.new.is_empty() && args.dump.is_none() && spooled {
        return check_spooled(&args);
    }
    let corpus = read_corpus(&args.corpus, &args.new)?;
    let mut report = corpus.report();
    let checked = report_check(&args, &corpus, &mut report);
    std::mem::forget(report);
    leave(corpus);
    checked
}

/// A corpus read part by part (whole stories) into a spool (`Spool`), each part's claims let
/// go once the spool has what it keeps of them: a large corpus's claims are never all in memory.
struct Spooled {
    config: Config,
    engine: Engine,
    inputs: Vec<Input>,
    plan: Plan,
    /// The sources, stories, findings and summary.
    report: Report<'static>,
    /// The claims and facts (`Keep`).
    spilled: Spilled,
}

fn spool_corpus(args: &CorpusArgs, keep: Keep) -> Result<Spooled, Error> {
    let (mut engine, config, inputs, _) = open_corpus(args, &[])?;
    let bar = track(&mut engine, inputs.len());
    let files = Files::new(&inputs, &engine.prose, args.read.max_file_size)?;
    let mut plan = engine.plan(&files, args.date)?;
    let cannot_spool =
        |e: std::io::Error| Error::Usage(format!("cannot write the report's claims to the temporary folder: {e}"));
    let mut spool = Spool::new(keep, &plan).map_err(cannot_spool)?;
    read_claims(&bar, plan.sources.len());
    for stories in plan.parts() {
        let part = engine.read_part(&files, &plan, stories)?;
        plan.name_stories(&part);
        spool.add(&part.checked(&plan), &engine.rules).map_err(cannot_spool)?;
        // (The part's claims are freed piece by piece here, unlike the whole run's at exit: a
        // large corpus's memory is what this path is for.)
    }
    drop(files);
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    warn_foreign(&plan.sources);
    let (report, spilled) = spool.finish(&plan).map_err(cannot_spool)?;
    Ok(Spooled {
        config,
        engine,
        inputs,
        plan,
        report,
        spilled,
    })
}

/// `check` without `--new` or `--dump`, but for the dot graph: the report `report_check`
/// writes, read part by part; the JSON report's claims and facts are written out as each part
/// is checked, SARIF and GitHub annotations keep only the findings and the claims they name
/// (all they show), the text and Markdown reports those and what they print of each fact.
fn check_spooled(args: &CheckArgs) -> Result<ExitCode, Error> {
    let keep = match args.format {
        Format::Json => Keep::Json,
        Format::Jsonl => Keep::JsonLines,
        Format::Text => Keep::Text { color: color(args) },
        Format::Markdown => Keep::Markdown,
        _ => Keep::Findings,
    };
    let Spooled {
        config,
        engine,
        inputs,
        plan,
        report,
        spilled,
    } = spool_corpus(&args.corpus, keep)?;
    let mut report = spilled.with_named(report);
    mark_baseline(args, &mut report)?;
    let text = match args.format {
        Format::Sarif => Some(render_sarif(&report, &engine.rules)?),
        Format::Github => Some(render_github(&report)),
        Format::Text | Format::Markdown => spilled.render(&report),
        _ => None,
    };
    let write = |out: &mut dyn Write| match &text {
        Some(text) => out.write_all(text.as_bytes()),
        None => spilled.write(&report, out),
    };
    match &args.output {
        Some(path) => write_atomically_with(path, &inputs, write)?,
        None => {
            print_with(write)?;
        }
    }
    let code = exit_code(&report, args.fail_on.or(config.fail_on));
    // As `leave`: the process ends, its memory goes back whole.
    std::mem::forget(report);
    std::mem::forget((engine, plan, spilled));
    Ok(code)
}

/// Whether the text report is in colour: asked for, or on a terminal that does not refuse it,
/// and never into a file.
fn color(args: &CheckArgs) -> bool {
    match args.color {
        Color::Always => args.output.is_none(),
        Color::Never => false,
        Color::Auto => {
            args.output.is_none()
                && std::io::stdout().is_terminal()
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        }
    }
}

/// Marks the findings the baseline given with `--baseline` lists as known.
fn mark_baseline(args: &CheckArgs, report: &mut Report) -> Result<(), Error> {
    if let Some(path) = &args.baseline {
        let text = std::fs::read_to_string(path).map_err(|e| Error::input(path, e))?;
        report.mark_known(&baseline_fingerprints(path, &text)?);
    }
    Ok(())
}

fn report_check(args: &CheckArgs, corpus: &Corpus, report: &mut Report) -> Result<ExitCode, Error> {
    let Corpus {
        config,
        engine,
        inputs,
        run,
        ..
    } = corpus;
    mark_baseline(args, report)?;
    let color = color(args);
    // The JSON report, the largest, is written as it is serialised, not built as one string.
    let text = match (args.dump, args.format) {
        (Some(dump), format) => Some(dump_stage(engine, run, report, dump, format)?),
        (None, Format::Text) => Some(render_text(report, color)),
        (None, Format::Json | Format::Jsonl) => None,
        (None, Format::Markdown) => Some(render_markdown(report)),
        (None, Format::Sarif) => Some(render_sarif(report, &engine.rules)?),
        (None, Format::Github) => Some(render_github(report)),
        (None, Format::Dot) => Some(render_dot(report)),
    };
    let write = |out: &mut dyn Write| match &text {
        Some(text) => out.write_all(text.as_bytes()),
        None if args.format == Format::Jsonl => report.write_json_lines(out),
        None => report.write_json(out),
    };
    match &args.output {
        Some(path) => write_atomically_with(path, inputs, write)?,
        None => {
            print_with(write)?;
        }
    }
    Ok(exit_code(report, args.fail_on.or(config.fail_on)))
}

/// 1 when a finding not in the baseline is at or above `fail_on` (default: any conflict).
fn exit_code(report: &Report, fail_on: Option<FailOn>) -> ExitCode {
    let fail_on = fail_on.unwrap_or(FailOn::Conflict);
    let failing = report.findings.iter().filter(|f| !f.known).any(|f| match fail_on {
        FailOn::Conflict => f.relation == Relation::Conflict,
        FailOn::Error => f.severity >= Severity::Error,
        FailOn::Warning => f.severity >= Severity::Warning,
        FailOn::Info => true,
        FailOn::Never => false,
    });
    if failing {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// The snapshot flow: write the file the first time; afterwards print what changed and exit
/// 1, or with `--accept` rewrite it. A file that is not a snapshot is never overwritten.
fn snapshot(args: SnapshotArgs) -> Result<ExitCode, Error> {
    let spooled = spool_corpus(&args.corpus, Keep::Findings)?;
    let mut report = spooled.spilled.with_named(spooled.report);
    let compared = compare_snapshot(&args, &spooled.inputs, &mut report);
    std::mem::forget(report);
    std::mem::forget((spooled.spilled, spooled.engine, spooled.plan));
    compared
}

/// The process is about to end: its memory goes back to the system whole, so the corpus's
/// automata and claims are not freed one by one (a twentieth of a small run's time); nor is
/// the report, forgotten first, which borrows from them.
fn leave(corpus: Corpus) {
    std::mem::forget(corpus);
}

fn compare_snapshot(args: &SnapshotArgs, inputs: &[Input], report: &mut Report) -> Result<ExitCode, Error> {
    rebase_paths(report, &folder_of(Some(&args.snapshot)));
    let text = render_snapshot(report);
    let path = &args.snapshot;
    let shown = printable(&path.display().to_string()).into_owned();
    let old = match std::fs::read_to_string(path) {
        Ok(old) => Some(old),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => return Err(Error::input(path, e)),
    };
    let Some(old) = old else {
        write_atomically(path, &text, inputs)?;
        eprintln!("crosscheck: wrote the snapshot {shown}");
        return Ok(ExitCode::SUCCESS);
    };
    if baseline_fingerprints(path, &old).is_err() || !old.starts_with("# crosscheck snapshot") {
        return Err(Error::input(
            path,
            "is not a crosscheck snapshot: left as it is (give another --snapshot path)",
        ));
    }
    match diff(&old, &text) {
        None => {
            eprintln!("crosscheck: the snapshot {shown} matches");
            Ok(ExitCode::SUCCESS)
        }
        Some(changes) if args.accept => {
            write_atomically(path, &text, inputs)?;
            eprintln!(
                "crosscheck: accepted: the snapshot {shown} is rewritten ({})",
                changes.lines().next().unwrap_or_default()
            );
            Ok(ExitCode::SUCCESS)
        }
        Some(changes) => {
            print(&format!(
                "The findings differ from the snapshot {shown}: {changes}\nReview the change, then accept it with `crosscheck snapshot ... --accept`.\n"
            ))?;
            Ok(ExitCode::from(1))
        }
    }
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
        let path = run.sources.get(c.source).map_or("", |d| d.path.as_str());
        format!("{}:{}:{}", printable(path), c.line, c.column)
    };
    let id = |i: usize| report.claims.get(i).map_or("", |c| c.id.as_str());
    Ok(match (dump, format) {
        (Dump::Claims, format @ (Format::Json | Format::Jsonl)) => list_as(format, &report.claims)?,
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
        (Dump::Graph, format @ (Format::Json | Format::Jsonl)) => {
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
            list_as(format, &edges)?
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
        (Dump::Rules, format @ (Format::Json | Format::Jsonl)) => list_as(format, &engine.rules.rules)?,
        (Dump::Rules, Format::Text) => rules_table(engine),
        _ => return Err(text_or_json("--dump")),
    })
}

fn extract(args: ExtractArgs) -> Result<ExitCode, Error> {
    let (engine, config) = load_engine(&args.rules)?;
    let inputs = inputs(&args.paths, &args.read, &config)?;
    let documents = engine.read(&inputs, args.read.max_file_size)?;
    let references: Vec<Option<Date>> = engine
        .references(documents.as_slice(), args.date)?
        .into_iter()
        .map(|r| r.date)
        .collect();
    let dump = crosscheck::extract::dump(engine.recognisers(), &documents, &references);
    match args.format {
        format @ (Format::Json | Format::Jsonl) => print(&list_as(format, &dump)?),
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
        _ => Err(text_or_json("extract")),
    }
}

/// A list as JSON, or as JSON Lines (one item a line).
fn list_as<T: Serialize>(format: Format, items: &[T]) -> Result<String, Error> {
    if format == Format::Jsonl {
        json_lines(items)
    } else {
        json(&items)
    }
}

/// The intermediate stages are written as text, JSON or JSON Lines only.
fn text_or_json(what: &str) -> Error {
    Error::Usage(format!(
        "{what} writes `--format text`, `--format json` or `--format jsonl`"
    ))
}
