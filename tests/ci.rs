//! Reports for CI: every output format (snapshotted; SARIF validated against the published
//! schema), `--output`, new-source mode, the snapshot and baseline flows, and crosscheck.toml.

mod common;

use std::path::Path;
use std::process::Output;

use common::{crosscheck, crosscheck_in, tempdir};

const SEEDS_CONTRADICTED: [&str; 3] = ["check", "seeds", "tests/fixtures/seeds-contradict"];

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("UTF-8 output")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn snapshot(name: &str, value: &str) {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path(concat!(env!("CARGO_MANIFEST_DIR"), "/snapshots"));
    settings.set_prepend_module_to_snapshot(false);
    settings.bind(|| insta::assert_snapshot!(name, value));
}

/// `crosscheck check` on the seeds and their contradicting fixture, in `format`.
fn contradicted(format: &str) -> Output {
    let mut args = SEEDS_CONTRADICTED.to_vec();
    args.extend(["--format", format]);
    crosscheck(&args)
}

/// Copies the files of `from` (a folder of the crate) into `to`.
fn copy_folder(from: &str, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join(from)).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, to.join(path.file_name().unwrap())).unwrap();
    }
}

#[test]
fn every_format_shows_the_grouped_findings() {
    let markdown = contradicted("markdown");
    assert_eq!(markdown.status.code(), Some(1), "{}", stderr(&markdown));
    let text = stdout(&markdown);
    // The announcement date: one finding, its two value groups, the 3-source side first.
    assert!(text.contains("### Conflicts (4)"), "{text}");
    assert!(
        text.contains("May 19th (2026-05-19, 3 sources) vs May 21, 2026"),
        "{text}"
    );
    assert!(
        text.contains("  - also `seeds/002_6487130623cb921a.txt:8:50` May 19, 2026"),
        "{text}"
    );
    assert!(
        text.contains("(\\> 1e12 USD)"),
        "Markdown in article text is escaped: {text}"
    );
    snapshot("seeds_contradicted_markdown", &text);
    let seeds = stdout(&crosscheck(&["check", "seeds", "--format", "markdown"]));
    assert!(seeds.starts_with("## crosscheck: 0 conflicts"), "{seeds}");
    snapshot("seeds_markdown", &seeds);

    let github = stdout(&contradicted("github"));
    // One annotation per finding and file: 2 + 4 + 2 + 2.
    assert_eq!(github.lines().count(), 10, "{github}");
    assert!(github.lines().all(|l| l.starts_with("::error file=")), "{github}");
    assert!(github.contains(
        "::error file=tests/fixtures/seeds-contradict/006_contradicting.txt,line=5,col=83,title=CC101 quantity-mismatch::"
    ));
    snapshot("seeds_contradicted_github", &github);

    let dot = stdout(&contradicted("dot"));
    assert!(dot.starts_with("graph crosscheck {") && dot.ends_with("}\n"), "{dot}");
    // One cluster per source with a linked claim (the fifth seed has none), one red edge
    // per conflict.
    assert_eq!(dot.matches("subgraph cluster_").count(), 5, "{dot}");
    assert_eq!(dot.matches("color=red").count(), 4, "{dot}");
    assert!(
        dot.contains("label=\"tests/fixtures/seeds-contradict/006_contradicting.txt\";"),
        "{dot}"
    );
    snapshot("seeds_contradicted_dot", &dot);
}

/// Removes every `"pattern": pattern` from a schema; how many there were.
fn drop_pattern(schema: &mut serde_json::Value, pattern: &str) -> usize {
    match schema {
        serde_json::Value::Object(fields) => {
            let own = usize::from(fields.get("pattern").is_some_and(|p| p == pattern));
            if own == 1 {
                fields.remove("pattern");
            }
            own + fields.values_mut().map(|v| drop_pattern(v, pattern)).sum::<usize>()
        }
        serde_json::Value::Array(items) => items.iter_mut().map(|v| drop_pattern(v, pattern)).sum(),
        _ => 0,
    }
}

#[test]
fn sarif_is_valid_and_carries_rules_locations_and_fingerprints() {
    let out = contradicted("sarif");
    assert_eq!(out.status.code(), Some(1));
    let sarif: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let mut schema: serde_json::Value = serde_json::from_str(include_str!("schemas/sarif-schema-2.1.0.json")).unwrap();
    // The published schema's pattern for a `language` has a stray `]` that ECMA-262 rejects,
    // so the schema would not compile: that pattern is dropped where it stands (crosscheck
    // sets no language). Everything else, formats included, is asserted.
    assert_eq!(drop_pattern(&mut schema, "^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$"), 2);
    let validator = jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&sarif)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    let mut broken = sarif.clone();
    broken["runs"][0]["results"][0]["level"] = "fatal".into();
    assert!(!validator.is_valid(&broken), "the validator asserts something");

    let run = &sarif["runs"][0];
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    assert!(rules
        .iter()
        .any(|r| r["id"] == "CC101" && r["name"] == "quantity-mismatch"));
    let results = run["results"].as_array().unwrap();
    assert_eq!(results.len(), 4);
    let date = results.iter().find(|r| r["ruleId"] == "CC102").unwrap();
    assert_eq!(rules[date["ruleIndex"].as_u64().unwrap() as usize]["id"], "CC102");
    assert_eq!(
        date["relatedLocations"].as_array().unwrap().len(),
        5,
        "every other claim of both groups"
    );
    assert_eq!(date["properties"]["groups"].as_array().unwrap().len(), 2);
    assert!(date["partialFingerprints"]["crosscheck/v1"].as_str().unwrap().len() >= 12);
    let region = &date["locations"][0]["physicalLocation"]["region"];
    assert_eq!(
        (region["startLine"].as_u64(), region["startColumn"].as_u64()),
        (Some(2), Some(259))
    );
    // Without a baseline, no result claims a baseline state.
    assert!(results.iter().all(|r| r.get("baselineState").is_none()));
    snapshot("seeds_contradicted_sarif", &stdout(&out));
}

#[test]
fn output_is_written_whole_and_never_over_a_source() {
    let dir = tempdir("output");
    copy_folder("seeds", &dir.join("sources"));
    let out = crosscheck_in(
        &dir,
        &["check", "sources", "--format", "markdown", "--output", "report.md"],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(out.stdout.is_empty());
    let written = std::fs::read_to_string(dir.join("report.md")).unwrap();
    assert!(written.starts_with("## crosscheck: 0 conflicts"), "{written}");
    // No temporary file is left beside it.
    assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 2);

    let article = dir.join("sources/000_49adfde8cd8a03ff.txt");
    let before = std::fs::read(&article).unwrap();
    let out = crosscheck_in(
        &dir,
        &["check", "sources", "--output", "sources/000_49adfde8cd8a03ff.txt"],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("is one of the sources"), "{}", stderr(&out));
    assert_eq!(std::fs::read(&article).unwrap(), before);

    // An existing file keeps its permissions; a link is followed, not replaced.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let report = dir.join("report.md");
        std::fs::set_permissions(&report, std::fs::Permissions::from_mode(0o640)).unwrap();
        std::os::unix::fs::symlink("report.md", dir.join("link.md")).unwrap();
        let out = crosscheck_in(&dir, &["check", "sources", "--format", "json", "--output", "link.md"]);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        assert!(std::fs::symlink_metadata(dir.join("link.md"))
            .unwrap()
            .file_type()
            .is_symlink());
        assert!(std::fs::read_to_string(&report).unwrap().starts_with('{'));
        assert_eq!(std::fs::metadata(&report).unwrap().permissions().mode() & 0o777, 0o640);
    }

    let out = crosscheck_in(&dir, &["check", "sources", "--output", "no/such/folder/r.json"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("no/such/folder/r.json: cannot write"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_new_source_is_told_what_it_contradicts_and_corroborates() {
    let corpus = [
        "tests/fixtures/retail-merger/a_wire.txt",
        "tests/fixtures/retail-merger/b_blog.txt",
    ];
    let new = "tests/fixtures/retail-merger/c_release.txt";
    let out = crosscheck(&["check", corpus[0], corpus[1], "--new", new, "--format", "json"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let new_id = report["sources"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["path"] == new)
        .map(|s| s["id"].as_str().unwrap().to_string())
        .unwrap();
    assert_eq!(
        report["sources"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|s| s["new"] == true)
            .count(),
        1
    );
    let source_of = |id: &serde_json::Value| {
        report["claims"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["id"] == *id)
            .map(|c| c["source"].as_str().unwrap().to_string())
            .unwrap()
    };
    let involves_new = |claims: &serde_json::Value| claims.as_array().unwrap().iter().any(|c| source_of(c) == new_id);
    let findings = report["findings"].as_array().unwrap();
    assert!(!findings.is_empty());
    assert!(findings.iter().all(|f| involves_new(&f["claims"])));
    assert!(report["facts"]
        .as_array()
        .unwrap()
        .iter()
        .all(|f| involves_new(&f["claims"])));
    // The deal value the wire gives is contradicted by the release; the job cuts, which only
    // the wire and the blog give, are not this source's business.
    let messages: Vec<&str> = findings.iter().map(|f| f["message"].as_str().unwrap()).collect();
    assert!(
        messages
            .iter()
            .any(|m| m.contains("€2bn") && m.contains("€2.6 billion")),
        "{messages:?}"
    );
    assert!(!messages.iter().any(|m| m.contains("1,200")), "{messages:?}");

    let text = crosscheck(&["check", corpus[0], corpus[1], "--new", new, "--color", "never"]);
    let text = stdout(&text);
    assert!(text.contains("Facts the new sources corroborate"), "{text}");
    snapshot("new_source_text", &text);

    // A source that agrees with the corpus fails nothing and says what it backs.
    let out = crosscheck(&[
        "check",
        "seeds",
        "--new",
        "tests/fixtures/seeds-agree/006_agreeing.txt",
        "--color",
        "never",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    assert!(stdout(&out).contains("Facts the new sources corroborate"));
}

/// With `--new`, only the new sources' stories are read for their claims: the findings are
/// those of the whole run that involve the new source, in a corpus of several stories, and
/// the other stories are still listed.
#[test]
fn a_new_source_is_checked_within_its_story_alone() {
    let corpus = [
        "tests/fixtures/retail-merger/a_wire.txt",
        "tests/fixtures/retail-merger/b_blog.txt",
        "tests/fixtures/vaccine-trial",
        "tests/fixtures/data-breach",
    ];
    let new = "tests/fixtures/retail-merger/c_release.txt";
    let report = |args: &[&str]| -> serde_json::Value {
        let out = crosscheck(args);
        assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
        serde_json::from_slice(&out.stdout).unwrap()
    };
    let mut whole_args = vec!["check"];
    whole_args.extend(corpus);
    whole_args.extend([new, "--format", "json"]);
    let whole = report(&whole_args);
    let mut new_args = vec!["check"];
    new_args.extend(corpus);
    new_args.extend(["--new", new, "--format", "json"]);
    let told = report(&new_args);
    let new_id = |r: &serde_json::Value| {
        r["sources"]
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["path"] == new)
            .map(|s| format!("{}:", s["id"].as_str().unwrap()))
            .unwrap()
    };
    let involving = |r: &serde_json::Value| {
        let id = new_id(r);
        let mut prints: Vec<String> = r["findings"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| {
                f["claims"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .any(|c| c.as_str().unwrap().starts_with(&id))
            })
            .map(|f| f["fingerprint"].as_str().unwrap().to_string())
            .collect();
        prints.sort();
        prints
    };
    assert!(involving(&whole).len() < whole["findings"].as_array().unwrap().len());
    assert_eq!(involving(&told), involving(&whole));
    assert_eq!(told["findings"].as_array().unwrap().len(), involving(&whole).len());
    assert_eq!(told["stories"], whole["stories"]);
    assert_eq!(told["summary"]["sources"], whole["summary"]["sources"]);
}

/// The CI flow: snapshot a corpus, add a contradicting source, see the snapshot check fail
/// with a diff naming the conflict, accept it; then a baseline keeps the conflict from
/// failing `check`, and a second new conflict still fails it.
#[test]
fn snapshot_and_baseline_flow() {
    let dir = tempdir("snapshot-flow");
    copy_folder("seeds", &dir.join("sources"));
    let snap = ["snapshot", "sources", "--snapshot", "crosscheck.snap"];
    let out = crosscheck_in(&dir, &snap);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stderr(&out).contains("wrote the snapshot crosscheck.snap"));
    let first = std::fs::read_to_string(dir.join("crosscheck.snap")).unwrap();
    assert!(
        first.starts_with("# crosscheck snapshot, version 1: 0 findings."),
        "{first}"
    );
    assert_eq!(crosscheck_in(&dir, &snap).status.code(), Some(0), "unchanged: passes");

    copy_folder("tests/fixtures/seeds-contradict", &dir.join("sources"));
    let out = crosscheck_in(&dir, &snap);
    assert_eq!(out.status.code(), Some(1));
    let shown = stdout(&out);
    assert!(shown.contains("4 findings added, 0 removed, 0 changed"), "{shown}");
    assert!(
        shown.contains("+ ## ") && shown.contains("+   sources/006_contradicting.txt: \"$480 billion\" (4.8e11 USD)"),
        "{shown}"
    );
    snapshot("snapshot_flow_diff", &shown);
    assert_eq!(
        std::fs::read_to_string(dir.join("crosscheck.snap")).unwrap(),
        first,
        "a failed check leaves the file"
    );

    let mut accept = snap.to_vec();
    accept.push("--accept");
    let out = crosscheck_in(&dir, &accept);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let accepted = std::fs::read_to_string(dir.join("crosscheck.snap")).unwrap();
    snapshot("snapshot_flow_accepted", &accepted);
    assert_eq!(crosscheck_in(&dir, &snap).status.code(), Some(0));

    // Reordering and reformatting the sources leaves the snapshot as it is.
    let names: Vec<String> = std::fs::read_dir(dir.join("sources"))
        .unwrap()
        .map(|e| format!("sources/{}", e.unwrap().file_name().to_string_lossy()))
        .collect();
    for name in &names {
        let path = dir.join(name);
        let text = std::fs::read_to_string(&path).unwrap();
        std::fs::write(&path, format!("\n\n{}\n", text.replace("\n", "\n\n").trim_end())).unwrap();
    }
    let mut reversed: Vec<&str> = vec!["snapshot"];
    reversed.extend(names.iter().rev().map(String::as_str));
    reversed.extend(["--snapshot", "crosscheck.snap"]);
    let out = crosscheck_in(&dir, &reversed);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));

    // A baseline written now keeps the known conflicts from failing `check`.
    let out = crosscheck_in(&dir, &["baseline", "sources", "--output", "known.txt"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(crosscheck_in(&dir, &["check", "sources"]).status.code(), Some(1));
    let out = crosscheck_in(
        &dir,
        &["check", "sources", "--baseline", "known.txt", "--color", "never"],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    let text = stdout(&out);
    assert_eq!(text.matches("(known: in the baseline)").count(), 4, "{text}");
    assert!(
        text.trim_end().ends_with("0 conflicts, 0 possible, 0 updates, 4 known"),
        "{text}"
    );
    snapshot("baseline_known_text", &text);
    // A JSON report serves as a baseline too, and SARIF marks what it knows.
    let json = crosscheck_in(&dir, &["check", "sources", "--format", "json"]);
    std::fs::write(dir.join("report.json"), &json.stdout).unwrap();
    let out = crosscheck_in(
        &dir,
        &["check", "sources", "--baseline", "report.json", "--format", "sarif"],
    );
    assert_eq!(out.status.code(), Some(0));
    let sarif: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(sarif["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .all(|r| r["baselineState"] == "unchanged"));

    // A new conflict is not in the baseline: it fails, and it is the only one annotated.
    std::fs::write(
        dir.join("sources/007_more.txt"),
        "Karpathy's agent ran about 5,000 experiments on the codebase, a person close to the work said.\n",
    )
    .unwrap();
    let out = crosscheck_in(
        &dir,
        &["check", "sources", "--baseline", "known.txt", "--format", "github"],
    );
    assert_eq!(out.status.code(), Some(1));
    let github = stdout(&out);
    assert!(github.lines().all(|l| l.contains("experiment-count")), "{github}");
    assert!(github.contains("sources/007_more.txt"), "{github}");

    // A changed value is not the known finding: the baseline does not hide it.
    let path = dir.join("sources/006_contradicting.txt");
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(
        &path,
        text.replace("about 2,000 experiments", "about 9,000 experiments"),
    )
    .unwrap();
    let out = crosscheck_in(
        &dir,
        &["check", "sources", "--baseline", "known.txt", "--format", "json"],
    );
    assert_eq!(out.status.code(), Some(1));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let unknown: Vec<&str> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f.get("known").is_none())
        .map(|f| f["message"].as_str().unwrap())
        .collect();
    assert!(unknown.iter().any(|m| m.contains("about 9,000")), "{unknown:?}");
    std::fs::write(&path, text).unwrap();

    // The snapshot reads the same however the sources' paths are spelled.
    std::fs::remove_file(dir.join("sources/007_more.txt")).unwrap();
    assert_eq!(
        crosscheck_in(&dir, &["snapshot", "./sources/", "--snapshot", "crosscheck.snap"])
            .status
            .code(),
        Some(0)
    );
    let out = crosscheck_in(
        &dir.join("sources"),
        &["snapshot", ".", "--snapshot", "../crosscheck.snap"],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));

    // Something that is not a snapshot is never overwritten, even with --accept.
    std::fs::write(dir.join("notes.md"), "my notes\n").unwrap();
    let out = crosscheck_in(&dir, &["snapshot", "sources", "--snapshot", "notes.md", "--accept"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("notes.md: is not a crosscheck snapshot"),
        "{}",
        stderr(&out)
    );
    assert_eq!(std::fs::read_to_string(dir.join("notes.md")).unwrap(), "my notes\n");
    let out = crosscheck_in(&dir, &["check", "sources", "--baseline", "notes.md"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("notes.md: not a crosscheck snapshot, nor a JSON or JSON Lines report"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn the_configuration_file_sets_rules_failure_and_ignores() {
    let dir = tempdir("config");
    copy_folder("seeds", &dir.join("sources"));
    copy_folder("tests/fixtures/seeds-contradict", &dir.join("sources/drafts"));
    let config = dir.join("crosscheck.toml");
    // With no configuration the draft's conflicts fail the run, from a subfolder too.
    assert_eq!(crosscheck_in(&dir, &["check", "sources"]).status.code(), Some(1));

    std::fs::write(&config, "ignore = [\"sources/drafts/**\"]\n").unwrap();
    let out = crosscheck_in(&dir.join("sources"), &["check", "."]);
    assert_eq!(out.status.code(), Some(0), "the drafts are left out: {}", stdout(&out));
    // However its path is spelled.
    std::fs::create_dir(dir.join("elsewhere")).unwrap();
    let out = crosscheck_in(&dir.join("elsewhere"), &["check", "../sources/"]);
    assert_eq!(out.status.code(), Some(0), "the drafts are left out: {}", stdout(&out));
    // Named on its own, an ignored file is read.
    let out = crosscheck_in(&dir, &["check", "sources", "sources/drafts/006_contradicting.txt"]);
    assert_eq!(out.status.code(), Some(1));

    std::fs::write(
        &config,
        "disable = [\"quantity-mismatch\"]\nfail-on = \"never\"\n[severity]\nCC102 = \"warning\"\n",
    )
    .unwrap();
    let out = crosscheck_in(&dir, &["check", "sources", "--format", "json"]);
    assert_eq!(out.status.code(), Some(0), "fail-on = never");
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let findings = report["findings"].as_array().unwrap();
    assert_eq!(findings.len(), 1, "only the date conflict: {findings:#?}");
    assert_eq!(
        (findings[0]["code"].as_str(), findings[0]["severity"].as_str()),
        (Some("CC102"), Some("warning"))
    );
    // A flag overrides the file; --no-config sets it aside.
    assert_eq!(
        crosscheck_in(&dir, &["check", "sources", "--fail-on", "conflict"])
            .status
            .code(),
        Some(1)
    );
    let out = crosscheck_in(&dir, &["check", "sources", "--no-config", "--format", "json"]);
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["findings"].as_array().unwrap().len(), 4);

    // --rules adds to the configuration's rule folders: a rule the file tunes stays known.
    std::fs::create_dir(dir.join("house")).unwrap();
    std::fs::create_dir(dir.join("more")).unwrap();
    let cc101 =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("rules/CC101-quantity-mismatch.toml"))
            .unwrap();
    let house = cc101
        .replace("code = \"CC101\"", "code = \"CC901\"")
        .replace("name = \"quantity-mismatch\"", "name = \"house-quantities\"");
    assert_ne!(house, cc101);
    std::fs::write(dir.join("house/CC901.toml"), house).unwrap();
    std::fs::write(&config, "rules = [\"house\"]\n[severity]\nCC901 = \"warning\"\n").unwrap();
    let out = crosscheck_in(&dir, &["rules", "--rules", "more"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stdout(&out)
            .lines()
            .any(|l| l.starts_with("CC901  house-quantities") && l.contains(" warning ")),
        "{}",
        stdout(&out)
    );

    std::fs::write(&config, "fail-on = \"error\"\n\n[tolerances]\nCC101 = 0.1\n").unwrap();
    let out = crosscheck_in(&dir, &["check", "sources"]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("crosscheck.toml:3:") && err.contains("unknown field `tolerances`"),
        "{err}"
    );
    assert!(!err.contains("panicked"), "{err}");
    // Every command reads the file, and every command can set it aside.
    assert_eq!(crosscheck_in(&dir, &["rules"]).status.code(), Some(2));
    assert_eq!(crosscheck_in(&dir, &["rules", "--no-config"]).status.code(), Some(0));
    assert_eq!(
        crosscheck_in(&dir, &["test-rules", "--no-config"]).status.code(),
        Some(0)
    );
}

/// Findings of many sizes (updates and conflicts of many sources each) cut short: the cut
/// falls before the finding that would pass the limit, not after it.
#[test]
fn markdown_of_long_findings_fits_a_comment() {
    let fixtures = [
        "airline-incident",
        "airshow-order",
        "aldgate-jobs-report",
        "app-store-fine",
        "appointment",
        "archive",
        "auction-record",
        "bank-run",
        "bridge-strike",
        "buyout-terms",
        "calendar-slips",
        "canal-blockage",
        "capital-march",
        "carmaker-rivals",
        "census-release",
        "ceo-ouster",
        "chemical-fire",
        "chip-launch",
        "chip-rally",
        "cholera-outbreak",
    ]
    .map(|f| format!("tests/fixtures/{f}"));
    let mut args = vec!["check", "--format", "markdown"];
    args.extend(fixtures.iter().map(String::as_str));
    let text = stdout(&crosscheck(&args));
    assert!(text.contains("more not shown"), "{text}");
    assert!(text.len() <= 65_536, "{}", text.len());
}

/// Two earthquakes three weeks apart whose reports quote one agency head: the second quake's
/// sources share only his name, and join the nearest-dated source naming him (each other), not
/// the first quake's; so no finding sets one quake's magnitude against the other's.
#[test]
fn two_quakes_weeks_apart_quoting_one_agency_head_are_two_stories() {
    let dir = tempdir("two-quakes");
    for (name, text) in [
        ("a1.txt", "Published October 18, 2030.\n\nA magnitude 6.8 earthquake struck the Kessin region on Thursday, October 17, 2030, collapsing homes and cutting power lines. At least 353 people were killed, the disaster agency said.\n\n\"Our teams are working through the night to reach the villages,\" said Victor Vogel, the head of the agency.\n"),
        ("a2.txt", "Published October 19, 2030.\n\nThe death toll from Thursday's magnitude 6.8 earthquake in the Kessin region rose to 370, officials said.\n\n\"Every family still waiting for news is in our thoughts,\" said Victor Vogel, who heads the disaster agency.\n"),
        ("b1.txt", "Published November 2, 2030.\n\nA magnitude 5.1 earthquake struck the northern highlands on Friday, November 1, 2030, damaging roads and bridges. At least 12 people were killed, the disaster agency said.\n\n\"Rescue crews reached the worst-hit towns before dawn,\" said Victor Vogel, the head of the agency.\n"),
        ("b2.txt", "Published November 3, 2030.\n\nThe number of people killed by Friday's magnitude 5.1 earthquake in the northern highlands rose to 19.\n\n\"We expect the toll to rise as roads reopen,\" said Victor Vogel, the agency's head.\n"),
        ("c1.txt", "Published October 30, 2030.\n\nHalvane Foods said on Wednesday it would close its Brennport plant, cutting 240 jobs. Chief executive Maria Okafor said the plant had lost money for three years.\n"),
        ("c2.txt", "Published October 31, 2030.\n\nHalvane Foods will shut the Brennport factory and lay off 240 workers, chief executive Maria Okafor told staff on Wednesday.\n"),
    ] {
        std::fs::write(dir.join(name), text).unwrap();
    }
    let out = crosscheck_in(&dir, &["check", ".", "--format", "json"]);
    let report: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let stories: Vec<Vec<&str>> = report["stories"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            s["sources"]
                .as_array()
                .unwrap()
                .iter()
                .map(|id| id.as_str().unwrap())
                .collect()
        })
        .collect();
    assert_eq!(stories, [vec!["s1", "s2"], vec!["s3", "s4"], vec!["s5", "s6"]]);
    // (Under the old rule the second quake joined the first: "update magnitude: 6.8 then 5.1".)
    for finding in report["findings"].as_array().unwrap() {
        let sources: Vec<&str> = finding["claims"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c.as_str().unwrap().split(':').next().unwrap())
            .collect();
        assert!(
            stories.iter().any(|story| sources.iter().all(|s| story.contains(s))),
            "{finding:#}"
        );
    }
}

/// A report too long for a pull-request comment is cut to fit, and says so.
#[test]
fn markdown_fits_a_comment() {
    let dir = tempdir("long-markdown");
    let firms: Vec<String> = [
        "Alder", "Birch", "Cedar", "Dover", "Elgin", "Fenwick", "Garrow", "Halden", "Ilford", "Jarrow", "Kelso",
        "Lindor", "Morven", "Norland", "Orrin", "Pellam", "Quarry", "Rosvik", "Selwyn", "Tarrant",
    ]
    .iter()
    .flat_map(|a| {
        [
            "Labs",
            "Foods",
            "Motors",
            "Energy",
            "Media",
            "Bank",
            "Health",
            "Logistics",
            "Systems",
            "Mining",
        ]
        .map(|b| format!("{a} {b}"))
    })
    .collect();
    let (mut a, mut b) = (String::new(), String::new());
    for (i, firm) in firms.iter().enumerate() {
        a.push_str(&format!(
            "{firm} was valued at ${} billion in its latest funding round, the company said.\n\n",
            i + 2
        ));
        b.push_str(&format!(
            "{firm} was valued at ${} billion in its latest funding round, investors said.\n\n",
            2 * (i + 2)
        ));
    }
    std::fs::write(dir.join("a.txt"), a).unwrap();
    std::fs::write(dir.join("b.txt"), b).unwrap();
    let out = crosscheck_in(&dir, &["check", ".", "--format", "markdown"]);
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert!(text.len() <= 65_536, "{}", text.len());
    assert!(text.contains("Shortened to fit a comment"), "{text}");
    let conflicts: usize = text["## crosscheck: ".len()..]
        .split(' ')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    let shown = text.matches("**error[CC101]").count();
    assert!(shown > 50 && shown < conflicts, "{shown} of {conflicts}");
    let note = format!("*{} more not shown.*", conflicts - shown);
    assert!(text.trim_end().ends_with(&note), "{}", &text[text.len() - 200..]);
}

/// The first fenced block of `lang` in docs/ci.md.
fn docs_block(lang: &str) -> String {
    let doc = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/ci.md")).unwrap();
    let start = doc.find(&format!("```{lang}\n")).unwrap() + lang.len() + 4;
    let len = doc[start..].find("```").unwrap();
    doc[start..start + len].to_string()
}

/// The `run` commands of the documented workflow that call crosscheck, in order.
fn workflow_commands() -> Vec<String> {
    let workflow = &yaml_rust2::YamlLoader::load_from_str(&docs_block("yaml")).unwrap()[0];
    let steps = workflow["jobs"]["crosscheck"]["steps"].as_vec().unwrap();
    steps
        .iter()
        .filter_map(|s| s["run"].as_str())
        .filter(|run| run.starts_with("crosscheck "))
        .map(str::to_string)
        .collect()
}

/// Runs a workflow command through the shell in `dir`, with the binary on the PATH and
/// `NEW_ARGS` as the workflow's step would set it.
fn run_step(dir: &Path, command: &str, new_args: &str) -> Output {
    let bin = Path::new(env!("CARGO_BIN_EXE_crosscheck")).parent().unwrap();
    let path = format!("{}:{}", bin.display(), std::env::var("PATH").unwrap_or_default());
    std::process::Command::new("sh")
        .args(["-c", command])
        .current_dir(dir)
        .env("PATH", path)
        .env("NEW_ARGS", new_args)
        .env_remove("NO_COLOR")
        .output()
        .unwrap()
}

#[test]
fn the_documented_workflow_runs() {
    let commands = workflow_commands();
    assert_eq!(commands.len(), 4, "{commands:#?}");
    let dir = tempdir("workflow");
    copy_folder("seeds", &dir.join("sources"));
    // Set-up: the gate's command writes the snapshot (committed with the sources).
    let gate = commands.last().unwrap();
    assert_eq!(run_step(&dir, gate, "").status.code(), Some(0));
    assert!(dir.join("crosscheck.snap").is_file());
    // A pull request that adds no source: every step passes.
    for command in commands.iter().filter(|c| !c.contains("$NEW_ARGS")) {
        let out = run_step(&dir, command, "");
        assert_eq!(out.status.code(), Some(0), "{command}: {}", stderr(&out));
    }

    // A pull request adding a contradicting source.
    copy_folder("tests/fixtures/seeds-contradict", &dir.join("sources"));
    let new = "--new sources/006_contradicting.txt";
    let outputs: Vec<Output> = commands.iter().map(|c| run_step(&dir, c, new)).collect();
    let codes: Vec<Option<i32>> = outputs.iter().map(|o| o.status.code()).collect();
    assert_eq!(codes, [Some(0), Some(0), Some(0), Some(1)], "only the gate fails");
    let annotations = stdout(&outputs[0]);
    assert_eq!(annotations.lines().count(), 4, "{annotations}");
    assert!(annotations
        .lines()
        .all(|l| l.starts_with("::error file=sources/006_contradicting.txt,")));
    let sarif: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("crosscheck.sarif")).unwrap()).unwrap();
    let states: Vec<&str> = sarif["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["baselineState"].as_str().unwrap())
        .collect();
    assert_eq!(states, ["new"; 4]);
    let markdown = std::fs::read_to_string(dir.join("crosscheck.md")).unwrap();
    assert!(markdown.starts_with("## crosscheck: 4 conflicts"), "{markdown}");
    assert!(
        stdout(&outputs[3]).contains("4 findings added"),
        "{}",
        stdout(&outputs[3])
    );
}

#[test]
fn the_documented_configuration_loads() {
    let dir = tempdir("documented-config");
    std::fs::write(dir.join("crosscheck.toml"), docs_block("toml")).unwrap();
    std::fs::create_dir(dir.join("house-rules")).unwrap();
    let out = crosscheck_in(&dir, &["rules"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let table = stdout(&out);
    let line = |code: &str| table.lines().find(|l| l.starts_with(code)).map(str::to_string);
    assert_eq!(line("CC104"), None, "{table}");
    assert!(line("CC103").unwrap().contains(" warning "), "{table}");
    assert!(
        line("CC105").is_none() && line("CC001").is_some(),
        "only the enabled checks: {table}"
    );
}

/// `--format jsonl` writes the JSON report's records one per line, each with its `type`, in
/// the JSON report's order; its findings serve as a baseline as the JSON report's do.
#[test]
fn json_lines_hold_the_json_reports_records_one_per_line() {
    let args = ["check", "seeds/", "tests/fixtures/seeds-contradict/"];
    let json_out = crosscheck(&[&args[..], &["--format", "json"]].concat());
    let lines_out = crosscheck(&[&args[..], &["--format", "jsonl"]].concat());
    assert_eq!(json_out.status.code(), Some(1));
    assert_eq!(lines_out.status.code(), Some(1));
    let report: serde_json::Value = serde_json::from_slice(&json_out.stdout).unwrap();
    let mut records: Vec<serde_json::Value> = stdout(&lines_out)
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is one JSON object"))
        .collect();
    let head = records.remove(0);
    assert_eq!(
        head,
        serde_json::json!({"type": "report", "version": report["version"]})
    );
    let summary = records.pop().unwrap();
    let mut rest = summary.as_object().unwrap().clone();
    assert_eq!(rest.remove("type").unwrap(), "summary");
    assert_eq!(serde_json::Value::Object(rest), report["summary"]);
    // The other records, type by type, in order: the JSON report's lists.
    let mut at = 0;
    for (kind, list) in [
        ("source", "sources"),
        ("story", "stories"),
        ("claim", "claims"),
        ("fact", "facts"),
        ("finding", "findings"),
    ] {
        let expected = report[list].as_array().unwrap();
        assert!(!expected.is_empty(), "{list}");
        for entry in expected {
            let mut record = records[at].as_object().unwrap().clone();
            assert_eq!(record.remove("type").unwrap(), kind);
            assert_eq!(&serde_json::Value::Object(record), entry);
            at += 1;
        }
    }
    assert_eq!(at, records.len());

    let dir = tempdir("jsonl-baseline");
    let baseline = dir.join("known.jsonl");
    std::fs::write(&baseline, &lines_out.stdout).unwrap();
    let known = crosscheck(&[&args[..], &["--baseline", baseline.to_str().unwrap()]].concat());
    assert_eq!(known.status.code(), Some(0), "{}", stdout(&known));
    std::fs::write(&baseline, "{\"type\":\"report\",\"version\":2}\nnot json\n").unwrap();
    let bad = crosscheck(&[&args[..], &["--baseline", baseline.to_str().unwrap()]].concat());
    assert_eq!(bad.status.code(), Some(2));
    assert!(
        stderr(&bad).contains("known.jsonl: line 2: not JSON"),
        "{}",
        stderr(&bad)
    );
}
