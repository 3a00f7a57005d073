//! Hostile input (issue 9): files that are not files, files given twice, terminal escapes,
//! memory bombs in front matter, byte-order marks and old line endings. Each test failed
//! before its fix. The articles are in tests/fixtures/hostile/.

mod common;

use std::path::Path;
use std::process::{Command, Output};

use common::{crosscheck, crosscheck_with_stdin, tempdir};

const HOSTILE: &str = "tests/fixtures/hostile";

fn fixture(name: &str) -> String {
    format!("{HOSTILE}/{name}")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn json(o: &Output) -> serde_json::Value {
    serde_json::from_slice(&o.stdout).expect("the JSON report parses")
}

fn path(p: &Path) -> &str {
    p.to_str().unwrap()
}

#[test]
fn a_device_is_refused_not_read_until_memory_runs_out() {
    let out = crosscheck(&["check", "/dev/zero"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("/dev/zero: not a regular file"),
        "{}",
        stderr(&out)
    );
}

#[cfg(unix)]
#[test]
fn a_fifo_is_refused_not_waited_on() {
    let dir = tempdir("fifo");
    let fifo = dir.join("pipe.txt");
    let made = Command::new("mkfifo").arg(&fifo).status().unwrap();
    assert!(made.success());
    let out = crosscheck(&["check", path(&fifo)]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("pipe.txt: not a regular file"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_file_over_the_size_cap_is_skipped_with_a_warning() {
    let out = crosscheck(&[
        "check",
        &fixture("other-value.txt"),
        &fixture("billion-laughs.md"),
        "--max-file-size",
        "100",
        "--format",
        "json",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("billion-laughs.md: skipped, 395 bytes is over --max-file-size (100)"),
        "{}",
        stderr(&out)
    );
    assert_eq!(json(&out)["sources"].as_array().unwrap().len(), 1);
}

#[test]
fn one_file_given_twice_is_one_source_and_corroborates_nothing() {
    let other = fixture("other-value.txt");
    let dotted = format!("./{other}");
    // By two paths, and as a folder's file and on its own.
    for args in [
        vec!["check", other.as_str(), dotted.as_str(), "--format", "json"],
        vec!["check", HOSTILE, other.as_str(), "--format", "json"],
    ] {
        let out = crosscheck(&args);
        let report = json(&out);
        let paths: Vec<&str> = report["sources"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["path"].as_str().unwrap())
            .filter(|p| p.ends_with("other-value.txt"))
            .collect();
        assert_eq!(paths.len(), 1, "{paths:?}");
        assert!(
            stderr(&out).contains("other-value.txt: the same file as"),
            "{}",
            stderr(&out)
        );
    }
}

#[test]
fn standard_input_given_twice_is_read_once() {
    let out = crosscheck_with_stdin(
        &["check", "-", "-", "--format", "json"],
        b"Brannock Mills was valued at $4 billion.\n",
    );
    assert_eq!(json(&out)["sources"].as_array().unwrap().len(), 1);
    assert!(stderr(&out).contains("standard input given twice, read once"));
}

#[test]
fn escape_sequences_never_reach_the_terminal() {
    let dir = tempdir("escapes");
    let named = dir.join("evil\u{1b}[2J\u{7}name.txt");
    std::fs::copy(fixture("other-value.txt"), &named).unwrap();
    let out = crosscheck(&["check", &fixture("escapes.txt"), path(&named), "--color", "never"]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "the two valuations conflict: {}",
        stderr(&out)
    );
    let text = String::from_utf8(out.stdout.clone()).unwrap();
    assert!(!text.contains('\u{1b}') && !text.contains('\u{7}'), "{text:?}");
    assert!(
        text.contains(r"$4 billion \u{1b}[2J\u{1b}]0;owned\u{7}by its lenders"),
        "{text}"
    );
    assert!(text.contains(r"evil\u{1b}[2J\u{7}name.txt"), "{text}");
    // Colour, when asked for, is the report's own: the article's escapes stay escaped.
    let out = crosscheck(&["check", &fixture("escapes.txt"), path(&named), "--color", "always"]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(!text.contains("\u{1b}[2J") && !text.contains('\u{7}'), "{text:?}");
    // Every other format too: none writes the article's or the name's control characters.
    for format in ["markdown", "github", "dot", "sarif", "json"] {
        let out = crosscheck(&["check", &fixture("escapes.txt"), path(&named), "--format", format]);
        assert_eq!(out.status.code(), Some(1), "{format}");
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(
            !text.contains('\u{1b}') && !text.contains('\u{7}'),
            "{format}: {text:?}"
        );
    }
    // An error message names the file without its escapes too.
    let missing = dir.join("gone\u{1b}[31m.txt");
    let out = crosscheck(&["check", path(&missing)]);
    assert_eq!(out.status.code(), Some(2));
    assert!(!stderr(&out).contains('\u{1b}'), "{:?}", stderr(&out));
}

#[test]
fn front_matter_with_aliases_is_not_expanded() {
    // Eight levels of nine aliases: 43 million strings if expanded.
    let out = crosscheck(&["check", &fixture("billion-laughs.md"), "--format", "json"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let report = json(&out);
    assert_eq!(report["sources"][0]["title"], serde_json::Value::Null);
    assert_eq!(report["claims"][0]["text"], "$4 billion");
}

#[test]
fn a_byte_order_mark_hides_no_front_matter() {
    let out = crosscheck(&["check", &fixture("bom-front-matter.md"), "--format", "json"]);
    let report = json(&out);
    assert_eq!(report["sources"][0]["title"], "Byte-order mark");
    assert_eq!(report["sources"][0]["published"], "2031-04-02");
    let claim = &report["claims"].as_array().unwrap()[0];
    let bytes = std::fs::read(fixture("bom-front-matter.md")).unwrap();
    let (start, end) = (
        claim["span"]["start"].as_u64().unwrap() as usize,
        claim["span"]["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&bytes[start..end], claim["text"].as_str().unwrap().as_bytes());
}

#[test]
fn carriage_returns_alone_end_lines() {
    let out = crosscheck(&["check", &fixture("cr-only.txt"), "--dump", "claims"]);
    let dump = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = dump
        .lines()
        .map(|l| l.split('\t').next().unwrap().rsplit_once(".txt:").unwrap().1)
        .collect();
    assert_eq!(lines, ["1:30", "2:12", "3:16"], "{dump}");
}

#[cfg(unix)]
#[test]
fn links_in_folders_are_followed_and_a_loop_is_named() {
    let dir = tempdir("links");
    let target = tempdir("links-target");
    std::fs::copy(fixture("other-value.txt"), target.join("linked.txt")).unwrap();
    std::os::unix::fs::symlink(&target, dir.join("elsewhere")).unwrap();
    let out = crosscheck(&["check", path(&dir), "--format", "json"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(json(&out)["sources"][0]["path"]
        .as_str()
        .unwrap()
        .ends_with("linked.txt"));

    // A dangling link (an editor's lock file) is skipped with a warning.
    std::os::unix::fs::symlink(dir.join("nowhere"), dir.join(".#draft.txt")).unwrap();
    let out = crosscheck(&["check", path(&dir), "--format", "json"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stderr(&out).contains(".#draft.txt: skipped"), "{}", stderr(&out));

    std::os::unix::fs::symlink(&dir, dir.join("loop")).unwrap();
    let out = crosscheck(&["check", path(&dir)]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("loop"), "{}", stderr(&out));
}

#[test]
fn a_folder_with_nothing_to_read_exits_2_for_extract_too() {
    let dir = tempdir("empty");
    for command in ["check", "extract"] {
        let out = crosscheck(&[command, path(&dir)]);
        assert_eq!(out.status.code(), Some(2), "{command}");
        assert!(
            stderr(&out).contains("hold no .txt, .md or .html files"),
            "{}",
            stderr(&out)
        );
    }
}

#[test]
fn a_figure_past_the_largest_number_is_not_read() {
    // Read as infinity, the two would agree.
    let out = crosscheck(&[
        "check",
        &fixture("overflow-a.txt"),
        &fixture("overflow-b.txt"),
        "--format",
        "json",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let report = json(&out);
    assert_eq!(report["claims"].as_array().unwrap().len(), 0, "{report}");
    let out = crosscheck(&["extract", &fixture("overflow-a.txt"), "--format", "text"]);
    let dump = String::from_utf8(out.stdout).unwrap();
    assert!(!dump.contains("inf"), "{dump}");
}

/// An HTML source's excerpt is its decoded sentence with the compared figure in view: the
/// file's bytes ("&euro;2.4&nbsp;billion") are not in the decoded sentence, and looking for
/// them once showed the sentence's start, without the figure.
#[test]
fn an_html_excerpt_shows_the_figure_it_compares() {
    let out = crosscheck(&["check", &fixture("html-excerpt"), "--color", "never"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let report = String::from_utf8(out.stdout).unwrap();
    let excerpt = report
        .lines()
        .skip_while(|l| !l.contains("wire.html:2"))
        .nth(1)
        .unwrap_or_default();
    assert!(excerpt.contains("valued at €2.4 billion"), "{report}");
}

/// `--dump` writes the format asked for and keeps the exit-code contract: 1 when the run has
/// findings at or above `--fail-on`.
#[test]
fn a_dump_honours_the_format_and_the_exit_code() {
    let dir = fixture("html-excerpt");
    let out = crosscheck(&["check", &dir, "--dump", "claims", "--format", "json"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let claims = json(&out);
    let ids: Vec<&str> = claims
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|c| c["id"].as_str())
        .collect();
    assert_eq!(ids.len(), 3, "{claims}");
    let out = crosscheck(&["check", &dir, "--dump", "graph", "--format", "json"]);
    let edges = json(&out);
    let conflict = edges
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["relation"] == "conflict")
        .expect("a conflict edge");
    assert!(ids.contains(&conflict["from"].as_str().unwrap()) && ids.contains(&conflict["to"].as_str().unwrap()));
    let out = crosscheck(&["check", &dir, "--dump", "graph", "--fail-on", "never"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(String::from_utf8(out.stdout).unwrap().starts_with("Conflict\tCC101\t"));
    let out = crosscheck(&["check", &dir, "--dump", "rules", "--format", "text"]);
    let table = String::from_utf8(out.stdout).unwrap();
    assert!(
        table.lines().any(|l| l.starts_with("CC101  quantity-mismatch")),
        "{table}"
    );
    let out = crosscheck(&["check", &dir, "--dump", "rules", "--format", "json"]);
    assert!(json(&out).as_array().is_some_and(|rules| rules.len() > 5));
}

/// A word list too large for the regex engine's size limit is refused with a message naming
/// the lexicon files, exit 2, not a panic.
#[test]
fn a_word_list_past_the_regex_size_limit_is_an_error() {
    let dir = tempdir("huge-lexicon");
    let scales: String = (0..300_000).map(|i| format!("scale{i}x = 1e3\n")).collect();
    std::fs::write(dir.join("huge.lexicon.toml"), format!("[scales]\n{scales}")).unwrap();
    let out = crosscheck(&["check", "seeds", "--rules", path(&dir)]);
    let message = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{message}");
    assert!(
        message.contains("huge.lexicon.toml") && message.contains("size limit"),
        "{message}"
    );
    assert!(!message.contains("panicked"), "{message}");
}

/// The measures' words are matched with an automaton, not a regex: a list of 200,000 is read.
#[test]
fn a_measure_of_200_000_words_is_read() {
    let dir = tempdir("huge-measure");
    let words: Vec<String> = (0..200_000).map(|i| format!("\"gadget{i}x\"")).collect();
    let lexicon = format!(
        "[[measure]]\nname = \"gadget-count\"\ndimensions = [\"count\"]\nwords = [{}]\n",
        words.join(", ")
    );
    std::fs::write(dir.join("huge.lexicon.toml"), lexicon).unwrap();
    let article = dir.join("article.txt");
    std::fs::write(
        &article,
        "Helio said it sold 5,000 gadget17x units on Monday, March 2, 2026.\n",
    )
    .unwrap();
    let out = crosscheck(&["check", path(&article), "--rules", path(&dir), "--dump", "claims"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let claims = String::from_utf8(out.stdout).unwrap();
    assert!(claims.contains("helio/gadget-count"), "{claims}");
}

/// A zero-width space or a combining mark inside a figure neither changes it nor hides it:
/// "4\u{200b}500" and "4\u{301}500" are the 4,500 of a third source, whose claims keep their
/// file bytes.
#[test]
fn invisible_characters_inside_a_figure_change_nothing() {
    let out = crosscheck(&["check", &fixture("hidden-marks"), "--format", "json"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let report = json(&out);
    let facts = report["facts"].as_array().unwrap();
    assert_eq!(facts.len(), 1, "{report}");
    assert_eq!(facts[0]["sources"].as_array().unwrap().len(), 3, "{report}");
    let texts: Vec<&str> = report["claims"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|c| c["text"].as_str())
        .collect();
    assert!(
        texts.contains(&"4\u{200b}500") && texts.contains(&"4\u{301}500"),
        "{texts:?}"
    );
}

/// Full-width letters are the same name as their ASCII forms (NFKC): "Ｋｅｓｔｒｅｌ Ｂｉｏ" and
/// "Kestrel Bio" raised different amounts.
#[test]
fn full_width_names_are_one_subject() {
    let out = crosscheck(&["check", &fixture("full-width"), "--format", "json"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let report = json(&out);
    assert_eq!(report["summary"]["conflicts"], 1, "{report}");
    let keys: Vec<&str> = report["claims"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|c| c["key"].as_str())
        .collect();
    assert_eq!(keys, ["kestrel-bio/funding", "kestrel-bio/funding"]);
}

/// A rule file that is not UTF-8 is named with the line and column of its first bad byte.
#[test]
fn a_rule_file_that_is_not_utf8_names_its_first_bad_byte() {
    let dir = tempdir("latin1-rules");
    std::fs::write(dir.join("x.toml"), b"code = \"CC900\"\nname = \"caf\xe9\"\n").unwrap();
    let out = crosscheck(&["check", "seeds", "--rules", path(&dir)]);
    let message = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{message}");
    assert!(message.contains("x.toml:2:12: byte 0xE9 is not UTF-8"), "{message}");
}

/// `--date` takes a date and nothing else: a time of day would be dropped without a word.
#[test]
fn the_reference_date_is_only_a_date() {
    let out = crosscheck(&["check", "seeds", "--date", "2026-05-19T10:00"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("not a date in the form YYYY-MM-DD"),
        "{}",
        stderr(&out)
    );
    let out = crosscheck(&["check", "seeds", "--date", "2026-05-19"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
}
