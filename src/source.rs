//! Sources: reading files, folders and stdin into documents of prose sentences.
//!
//! A `Document` keeps the file's bytes as on disk and the text the recognisers read, with a map
//! from every text byte back to a file byte, so a claim points at the exact bytes the user gave
//! even when the text came out of HTML with its entities decoded. Lines that are not prose
//! (menus, share counters, comment widgets, bylines) never reach the recognisers.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::io::{IsTerminal, Read};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;

use jiff::civil::Date;
use regex::Regex;
use serde::Serialize;
use unicode_segmentation::UnicodeSegmentation;

use crate::error::Error;
use crate::extract::time::is_month_name;
use crate::pattern::{static_regex, LazyRegex};
use crate::rules::Lexicon;
use unicode_normalization::char::is_combining_mark;

/// A byte range in a file as on disk, end exclusive.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct ByteSpan {
    pub start: usize,
    pub end: usize,
}

/// What the user asked to read: a file or standard input.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Input {
    File(PathBuf),
    Stdin,
}

impl Input {
    /// The path a document read from it is known by: as given, or `-`.
    pub fn path_string(&self) -> String {
        match self {
            Input::File(p) => p.display().to_string(),
            Input::Stdin => "-".into(),
        }
    }
}

/// A run's sources, each read twice: once for what the run must know of all of them before
/// it reads any claim (each one's names, own date and words), then again for its claims, a
/// few at a time. A corpus is never held whole: a run keeps its claims, not its texts (a 1 GB
/// archive's texts, sentences and maps would take several GB).
pub trait Sources: Sync {
    fn count(&self) -> usize;
    /// The `i`th document, sources in path order.
    fn document(&self, i: usize) -> Result<Cow<'_, Document>, Error>;
}

/// Documents already in memory (tests, rule examples, benchmarks): lent, never read again.
impl Sources for [Document] {
    fn count(&self) -> usize {
        self.len()
    }

    fn document(&self, i: usize) -> Result<Cow<'_, Document>, Error> {
        self.get(i)
            .map(Cow::Borrowed)
            .ok_or_else(|| Error::Usage(format!("no source number {}", i + 1)))
    }
}

/// Files, each read when first asked for and kept while the texts kept stay under
/// `KEEP_BYTES`, read again past that; standard input, which cannot be read twice, is read
/// once and kept.
pub struct Files<'a> {
    /// Sorted by path, as a run lists its sources.
    inputs: Vec<Input>,
    prose: &'a Prose,
    max_file_size: u64,
    kept: Vec<OnceLock<Document>>,
    /// How many more bytes of text may be kept.
    room: AtomicUsize,
}

/// The bytes of text (as on disk and as read, so about 32 MB of plain-text files; their
/// sentences and offset maps come on top) `Files` keeps between a run's two readings: a
/// corpus of up to some 30 MB is read once (a second reading would cost a tenth to a sixth of
/// the run), a larger one is read twice in part and never held whole.
const KEEP_BYTES: usize = 64 << 20;

impl<'a> Files<'a> {
    pub fn new(inputs: &[Input], prose: &'a Prose, max_file_size: u64) -> Result<Files<'a>, Error> {
        let mut inputs = inputs.to_vec();
        inputs.sort_by_key(Input::path_string);
        let mut kept: Vec<OnceLock<Document>> = inputs.iter().map(|_| OnceLock::new()).collect();
        let stdin = inputs.iter().position(|input| *input == Input::Stdin);
        if let Some(slot) = stdin.and_then(|i| kept.get_mut(i)) {
            *slot = OnceLock::from(Document::read(&Input::Stdin, prose, max_file_size)?);
        }
        Ok(Files {
            inputs,
            prose,
            max_file_size,
            kept,
            room: AtomicUsize::new(KEEP_BYTES),
        })
    }

    /// Keep at most `bytes` bytes of text between readings (`KEEP_BYTES` unless told).
    pub fn keeping(self, bytes: usize) -> Files<'a> {
        Files {
            room: AtomicUsize::new(bytes),
            ..self
        }
    }

    /// Whether `bytes` more bytes of text may be kept, taking them if so.
    fn make_room(&self, bytes: usize) -> bool {
        self.room
            .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |room| room.checked_sub(bytes))
            .is_ok()
    }
}

impl Sources for Files<'_> {
    fn count(&self) -> usize {
        self.inputs.len()
    }

    fn document(&self, i: usize) -> Result<Cow<'_, Document>, Error> {
        let (Some(input), Some(kept)) = (self.inputs.get(i), self.kept.get(i)) else {
            return Err(Error::Usage(format!("no source number {}", i + 1)));
        };
        if let Some(doc) = kept.get() {
            return Ok(Cow::Borrowed(doc));
        }
        let doc = Document::read(input, self.prose, self.max_file_size)?;
        if !self.make_room(doc.raw.len() + doc.text.len()) {
            return Ok(Cow::Owned(doc));
        }
        // (Another thread may have kept it meanwhile: the same file, read the same.)
        Ok(Cow::Borrowed(kept.get_or_init(|| doc)))
    }
}

/// What a run keeps of a source once its claims are read: how the report names it.
#[derive(Clone, Debug)]
pub struct SourceInfo {
    pub path: String,
    pub meta: Meta,
    /// As `Document::foreign`.
    pub foreign: Option<&'static str>,
    /// The file's length as read: a second reading of another length is of another file.
    pub bytes: usize,
}

impl SourceInfo {
    pub fn of(doc: &Document) -> SourceInfo {
        SourceInfo {
            path: doc.path.clone(),
            meta: doc.meta.clone(),
            foreign: doc.foreign,
            bytes: doc.raw.len(),
        }
    }
}

/// The largest file read by default (`--max-file-size`): far above any article, far below
/// what would exhaust memory.
pub const DEFAULT_MAX_FILE_SIZE: u64 = 64 << 20;

/// The sources to read, and a warning for each path left out.
#[derive(Debug, Default)]
pub struct Inputs {
    pub inputs: Vec<Input>,
    pub warnings: Vec<String>,
}

/// Turn the paths given on the command line into inputs: folders are walked recursively in
/// path order (following links, a loop is an error) and keep only the formats crosscheck
/// reads; `-` is standard input, which must be a pipe or a file. Only regular files are
/// read: a device or a FIFO named on the command line is an error, a file larger than
/// `max_file_size` is skipped with a warning, and a file given twice (by two paths, or as a
/// folder's and on its own) is read once, so one article never corroborates itself.
/// Files a folder walk finds are left out when `ignored` says so (a configuration's globs);
/// files named on their own never are.
pub fn collect_inputs(paths: &[PathBuf], max_file_size: u64, ignored: &dyn Fn(&Path) -> bool) -> Result<Inputs, Error> {
    let mut found = Inputs::default();
    // Each file's canonical path, and the path it was first given by.
    let mut seen: HashMap<PathBuf, PathBuf> = HashMap::new();
    let mut add = |found: &mut Inputs, path: &Path, len: u64| {
        let canonical = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        if len > max_file_size {
            found.warnings.push(format!(
                "{}: skipped, {len} bytes is over --max-file-size ({max_file_size})",
                path.display()
            ));
        } else if let Some(first) = seen.get(&canonical) {
            found.warnings.push(format!(
                "{}: the same file as {}, read once",
                path.display(),
                first.display()
            ));
        } else {
            seen.insert(canonical, path.to_path_buf());
            found.inputs.push(Input::File(path.to_path_buf()));
        }
    };
    for path in paths {
        if path.as_os_str() == "-" {
            if found.inputs.contains(&Input::Stdin) {
                found.warnings.push("-: standard input given twice, read once".into());
            } else if std::io::stdin().is_terminal() {
                return Err(Error::input(
                    "-",
                    "standard input is a terminal: pipe an article in (`cat a.txt | crosscheck check -`)",
                ));
            } else {
                found.inputs.push(Input::Stdin);
            }
            continue;
        }
        let meta = std::fs::metadata(path).map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => Error::input(path, "no such file or folder"),
            _ => Error::input(path, e),
        })?;
        if meta.is_dir() {
            for entry in walkdir::WalkDir::new(path).follow_links(true).sort_by_file_name() {
                // A loop is an error; a dangling link (an editor's lock file) is skipped.
                let entry = match entry {
                    Ok(entry) => entry,
                    Err(e) if e.loop_ancestor().is_some() => return Err(Error::input(path, e)),
                    Err(e) => {
                        let at = e.path().unwrap_or(path).display().to_string();
                        found.warnings.push(format!(
                            "{at}: skipped, {}",
                            e.io_error().map_or_else(|| e.to_string(), ToString::to_string)
                        ));
                        continue;
                    }
                };
                if entry.file_type().is_file() && Format::of(entry.path()).is_some() && !ignored(entry.path()) {
                    let len = entry.metadata().map_err(|e| Error::input(entry.path(), e))?.len();
                    add(&mut found, entry.path(), len);
                }
            }
        } else if meta.is_file() {
            add(&mut found, path, meta.len());
        } else {
            return Err(Error::input(
                path,
                "not a regular file (a device, FIFO or socket): crosscheck reads files, folders and `-`",
            ));
        }
    }
    Ok(found)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Text,
    Markdown,
    Html,
}

impl Format {
    /// The format a file's extension names; `None` for files a folder walk skips.
    pub fn of(path: &Path) -> Option<Format> {
        match path.extension()?.to_str()?.to_ascii_lowercase().as_str() {
            "txt" | "text" => Some(Format::Text),
            "md" | "markdown" => Some(Format::Markdown),
            "html" | "htm" | "xhtml" => Some(Format::Html),
            _ => None,
        }
    }

    /// Standard input and unknown extensions: HTML if it looks like HTML, else text.
    fn sniff(bytes: &str) -> Format {
        let head: String = bytes
            .trim_start_matches('\u{feff}')
            .trim_start()
            .chars()
            .take(15)
            .collect::<String>()
            .to_ascii_lowercase();
        if head.starts_with("<!doctype html") || head.starts_with("<html") {
            Format::Html
        } else {
            Format::Text
        }
    }
}

/// Facts about a source from its front matter (for HTML, the title from its head).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Meta {
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub url: Option<String>,
    pub published: Option<Date>,
}

/// A sentence of prose: byte range in `Document::text`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    /// Index of the paragraph (line of prose) it belongs to.
    pub paragraph: usize,
}

/// A cell of a table flattened one cell to a line (as scraped from a web page): a figure
/// alone on its line, under a row label line and a header line naming the columns
/// ("Leave % Remain %" / "Northern Ireland" / "44.2%" / "55.8%"). Byte ranges in
/// `Document::text`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TableCell {
    /// The figure's line.
    pub line: (usize, usize),
    /// The row's label.
    pub row: (usize, usize),
    /// The column's name in the header.
    pub column: (usize, usize),
}

#[derive(Clone, Debug)]
pub struct Document {
    /// The path as the user gave it (`-` for stdin).
    pub path: String,
    /// The file's contents as on disk.
    pub raw: String,
    /// The text the recognisers read.
    pub text: String,
    /// For each byte of `text`, the range of `raw` bytes (a character or an entity) it came
    /// from; empty when `text` is `raw` byte for byte.
    origin: Vec<(u32, u32)>,
    line_starts: Vec<usize>,
    pub meta: Meta,
    pub sentences: Vec<Sentence>,
    pub cells: Vec<TableCell>,
    /// The language the text reads as, when that is surely not English (crosscheck reads
    /// English only: such a source gives no claims).
    pub foreign: Option<&'static str>,
}

/// How much of a text the language is told from: a paragraph or two tells it (3,000 bytes
/// cost a tenth of the time of a run on a 10 MB corpus).
const LANGUAGE_SAMPLE: usize = 1_000;

/// The language a text surely reads as when it is not English ("German"), from its first
/// paragraphs; `None` for English and for a text too short or mixed to tell.
fn foreign_language(text: &str) -> Option<&'static str> {
    let mut end = text.len().min(LANGUAGE_SAMPLE);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let sample = text.get(..end)?;
    let words = SampleWords::count(sample);
    if words.plainly_english() {
        return None;
    }
    match whatlang::detect(sample) {
        Some(info) if info.is_reliable() => (info.lang() != whatlang::Lang::Eng).then(|| info.lang().eng_name()),
        // (A language the detector does not know, Icelandic say: many words with letters
        // English does not use, and not one English marker.)
        _ => words.surely_foreign().then_some("another language"),
    }
}

/// Words that are common in any English prose and in no other language's (German, Dutch and
/// the Scandinavian ones share "in", "is", "was" and "to"-like words; none writes "the").
const ENGLISH_MARKERS: [&str; 6] = ["the", "and", "of", "with", "said", "that"];

/// The words of a language sample: how many, how many are English markers (`the` among
/// them?), how many start in lower case, and how many of those hold a letter outside ASCII.
struct SampleWords {
    words: usize,
    markers: usize,
    the: bool,
    non_ascii: usize,
    lower_case: usize,
}

impl SampleWords {
    fn count(sample: &str) -> SampleWords {
        let mut counts = SampleWords {
            words: 0,
            markers: 0,
            the: false,
            non_ascii: 0,
            lower_case: 0,
        };
        for word in sample.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()) {
            counts.words += 1;
            let lower_case = word.starts_with(char::is_lowercase);
            counts.lower_case += usize::from(lower_case);
            // (Names are spelt as their language spells them: "Kahramanmaraş" in English.)
            counts.non_ascii += usize::from(lower_case && !word.is_ascii());
            if let Some(marker) = ENGLISH_MARKERS.iter().find(|m| word.eq_ignore_ascii_case(m)) {
                counts.markers += 1;
                counts.the |= *marker == "the";
            }
        }
        counts
    }

    /// English beyond doubt: one word in ten an English marker, "the" among them. Most
    /// sources are, and this costs a pass over the sample where the trigram detector cost a
    /// tenth of a large run.
    fn plainly_english(&self) -> bool {
        self.the && self.words >= 20 && self.markers * 10 >= self.words
    }

    /// Not English beyond doubt: prose of fifty words or more (half of them in lower case: a
    /// list of names, "Łukasz Fabiański, 12 caps", is not), hardly any English markers (one in
    /// 25; English prose has one in six, and Icelandic writes "of"), and one word in ten in
    /// lower case spelt with a letter English does not use (English notes full of Turkish or
    /// Polish names have their accents in capitalised words only).
    fn surely_foreign(&self) -> bool {
        self.words >= 50
            && self.lower_case * 2 >= self.words
            && self.markers * 25 < self.words
            && self.non_ascii * 10 >= self.words
    }
}

impl Document {
    /// Read an input, at most `max_file_size` bytes of it (more is an error naming it).
    pub fn read(input: &Input, prose: &Prose, max_file_size: u64) -> Result<Document, Error> {
        let read_capped = |path: &Path, reader: &mut dyn std::io::Read| {
            let mut buf = Vec::new();
            reader
                .take(max_file_size.saturating_add(1))
                .read_to_end(&mut buf)
                .map_err(|e| Error::input(path, e))?;
            if buf.len() as u64 > max_file_size {
                return Err(Error::input(
                    path,
                    format!("over --max-file-size ({max_file_size} bytes)"),
                ));
            }
            Ok(buf)
        };
        let (bytes, format) = match input {
            Input::Stdin => (read_capped(Path::new("-"), &mut std::io::stdin().lock())?, None),
            Input::File(p) => {
                let mut file = std::fs::File::open(p).map_err(|e| Error::input(p, e))?;
                (read_capped(p, &mut file)?, Format::of(p))
            }
        };
        let path = input.path_string();
        let raw = String::from_utf8(bytes).map_err(|e| {
            Error::input(
                &path,
                format!(
                    "not UTF-8 text (invalid byte at offset {})",
                    e.utf8_error().valid_up_to()
                ),
            )
        })?;
        let format = format.unwrap_or_else(|| Format::sniff(&raw));
        Ok(Document::parse(path, raw, format, prose))
    }

    /// Build a document from text already in memory.
    pub fn parse(path: String, raw: String, format: Format, prose: &Prose) -> Document {
        let (text, origin, meta) = match format {
            Format::Html => {
                let html = html_text(&raw);
                (
                    html.text,
                    html.origin,
                    Meta {
                        title: html.title,
                        ..Meta::default()
                    },
                )
            }
            Format::Text | Format::Markdown => {
                // A byte-order mark would hide the front matter: read past it, and keep its
                // three bytes as spaces so text offsets stay file offsets.
                let (text, meta) = match raw.strip_prefix('\u{feff}') {
                    Some(rest) => {
                        let (text, meta) = strip_front_matter(rest);
                        (format!("   {text}"), meta)
                    }
                    None => strip_front_matter(&raw),
                };
                (text, Vec::new(), meta)
            }
        };
        let (text, origin) = without_invisibles(text, origin);
        // A page's lines are its blocks; a text file's may be a paragraph wrapped by hand.
        let text = if format == Format::Html { text } else { unwrapped(text) };
        // Old Mac files end lines with a carriage return alone: it ends a line too (one byte
        // for one byte, so offsets do not move).
        let lone: Vec<usize> = lone_crs(&text).collect();
        let text = if lone.is_empty() {
            text
        } else {
            let mut lines = String::with_capacity(text.len());
            let mut from = 0;
            for i in lone {
                lines.push_str(&text[from..i]);
                lines.push('\n');
                from = i + 1;
            }
            lines.push_str(&text[from..]);
            lines
        };
        let line_starts = std::iter::once(0)
            .chain(raw.match_indices('\n').map(|(i, _)| i + 1))
            .chain(lone_crs(&raw).map(|i| i + 1))
            .collect::<std::collections::BTreeSet<usize>>()
            .into_iter()
            .collect();
        let mut doc = Document {
            path,
            raw,
            text,
            origin,
            line_starts,
            meta,
            sentences: Vec::new(),
            cells: Vec::new(),
            foreign: None,
        };
        doc.foreign = foreign_language(&doc.text);
        // A source in another language is read for nothing, not even its names: its numbers'
        // words would be read as English ("150 Millionen Euro" as a count of euros), and its
        // names would join the story's ("Markaðsvirði Arm" as Arm).
        if doc.foreign.is_none() {
            doc.sentences = prose.split(&doc.text);
            doc.cells = flattened_table_cells(&doc.text);
        }
        if doc.meta.title.is_none() {
            doc.meta.title = first_heading(&doc.text);
        }
        doc
    }

    /// The file byte a text byte came from.
    pub fn file_offset(&self, text_offset: usize) -> usize {
        match self.origin.get(text_offset) {
            Some(&(start, _)) => start as usize,
            None => text_offset,
        }
    }

    /// The file byte range of a text range. A decoded entity maps to all of its bytes, so
    /// `&rsquo;` is covered whole.
    pub fn file_span(&self, start: usize, end: usize) -> (usize, usize) {
        if self.origin.is_empty() || end == start {
            return (self.file_offset(start), self.file_offset(end));
        }
        let first = self.origin.get(start).map_or(start, |&(s, _)| s as usize);
        let last = end
            .checked_sub(1)
            .and_then(|e| self.origin.get(e))
            .map_or(end, |&(_, e)| e as usize);
        (first, last)
    }

    /// A cursor giving the line and column of file bytes.
    pub fn columns(&self) -> Columns<'_> {
        Columns { doc: self, last: None }
    }

    /// Whether sentence `i` is the first of its paragraph.
    pub fn opens_paragraph(&self, i: usize) -> bool {
        let previous = i.checked_sub(1).and_then(|p| self.sentences.get(p));
        match (previous, self.sentences.get(i)) {
            (Some(previous), Some(this)) => previous.paragraph != this.paragraph,
            _ => true,
        }
    }

    pub fn sentence_text(&self, s: &Sentence) -> &str {
        &self.text[s.start..s.end]
    }

    /// The table cell a sentence is, if it is one: its row label and column name. (Cells are
    /// in text order, one line each: a table of thousands of cells is searched, not scanned,
    /// for each of its sentences.)
    pub fn cell_of(&self, s: &Sentence) -> Option<(&str, &str)> {
        let after = self.cells.partition_point(|c| c.line.0 <= s.start);
        let cell = after
            .checked_sub(1)
            .and_then(|i| self.cells.get(i))
            .filter(|c| s.end <= c.line.1)?;
        Some((
            self.text.get(cell.row.0..cell.row.1)?,
            self.text.get(cell.column.0..cell.column.1)?,
        ))
    }
}

/// The cells of tables flattened one cell to a line: a header line naming k columns (k >= 2;
/// a first word more names the row labels' column: "Region Leave % Remain %"), then at least
/// two rows, each a label line of words (at most four, no figure) and k lines of a figure
/// alone. Blank lines between do not count. Anything else is no table: a header whose names
/// do not match the rows' cells in number leaves the rows unread.
fn flattened_table_cells(text: &str) -> Vec<TableCell> {
    #[derive(PartialEq)]
    enum Line {
        Label,
        Figure,
        Other,
    }
    let mut lines: Vec<((usize, usize), Line)> = Vec::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let start = offset + line.len() - line.trim_start().len();
        offset += line.len();
        let trimmed = line.trim();
        if trimmed.is_empty() {
            continue;
        }
        let words = trimmed.split_whitespace().count();
        let digits = trimmed.chars().any(|c| c.is_ascii_digit());
        let letters = trimmed.chars().any(char::is_alphabetic);
        let kind = if digits && !letters && words <= 2 {
            Line::Figure
        } else if letters && !digits && words <= 4 && !trimmed.ends_with(['.', ':', '?', '!']) {
            Line::Label
        } else {
            Line::Other
        };
        lines.push(((start, start + trimmed.len()), kind));
    }
    // The names a header line gives its columns: its words with letters.
    let names = |(start, end): (usize, usize)| -> Vec<(usize, usize)> {
        let header = text.get(start..end).unwrap_or_default();
        let mut words = Vec::new();
        let mut from = 0;
        for w in header.split_whitespace() {
            let at = from + header.get(from..).and_then(|rest| rest.find(w)).unwrap_or(0);
            from = at + w.len();
            if w.chars().any(char::is_alphabetic) {
                words.push((start + at, start + from));
            }
        }
        words
    };
    let mut cells = Vec::new();
    let mut i = 1;
    while i < lines.len() {
        // Rows from line i on (the index of each one's label line): a label, then its
        // figures, every row with as many.
        let mut rows: Vec<usize> = Vec::new();
        let mut at = i;
        let mut width = None;
        while let Some((_, Line::Label)) = lines.get(at) {
            let figures = lines
                .get(at + 1..)
                .unwrap_or_default()
                .iter()
                .take_while(|(_, kind)| *kind == Line::Figure)
                .count();
            if figures < 2 || width.is_some_and(|w| w != figures) {
                break;
            }
            width = Some(figures);
            rows.push(at);
            at += 1 + figures;
        }
        let header = lines.get(i - 1).map(|(span, _)| names(*span)).unwrap_or_default();
        let columns = match (width, header.len()) {
            (Some(k), n) if n == k => header.get(..),
            (Some(k), n) if n == k + 1 => header.get(1..),
            _ => None,
        };
        for &label in rows.iter().filter(|_| rows.len() >= 2) {
            let (Some((row, _)), Some(columns)) = (lines.get(label), columns) else {
                continue;
            };
            let figures = lines.get(label + 1..).unwrap_or_default();
            for ((line, _), column) in figures.iter().zip(columns) {
                cells.push(TableCell {
                    line: *line,
                    row: *row,
                    column: *column,
                });
            }
        }
        // A row's label follows figures, never a header: the next table starts after these
        // rows (each line is looked at a bounded number of times).
        i = at.max(i + 1);
    }
    cells
}

/// 1-based lines and columns (in characters) of a document's bytes, asked for mostly in
/// increasing order: each column is counted on from the previous answer on the same line, so
/// the claims of a one-line document of megabytes cost time linear in it, not quadratic.
pub struct Columns<'a> {
    doc: &'a Document,
    /// The last answer: file byte, line, column.
    last: Option<(usize, usize, usize)>,
}

impl Columns<'_> {
    pub fn at(&mut self, file_offset: usize) -> (usize, usize) {
        let line = self.doc.line_starts.partition_point(|&s| s <= file_offset).max(1);
        let line_start = self.doc.line_starts.get(line - 1).copied().unwrap_or(0);
        let (from, column) = match self.last {
            Some((at, last_line, column)) if last_line == line && at <= file_offset => (at, column),
            _ => (line_start, 1),
        };
        let chars = self.doc.raw.get(from..file_offset).map_or(0, |s| s.chars().count());
        self.last = Some((file_offset, line, column + chars));
        (line, column + chars)
    }
}

/// Characters that show nothing and split what they stand in: zero-width spaces and joiners,
/// the word joiner, a byte-order mark inside the text, the soft hyphen ("3\u{200b}000" is
/// 3,000 on screen).
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200b}'..='\u{200d}' | '\u{2060}' | '\u{feff}' | '\u{ad}')
}

/// `text` without invisible characters, nor combining marks right after a digit ("3\u{301}000"):
/// either would split a figure or hide it. `origin` maps each byte of `text` to the file bytes
/// it came from (empty: the same offsets); the result's maps each byte of the new text.
fn without_invisibles(text: String, origin: Vec<(u32, u32)>) -> (String, Vec<(u32, u32)>) {
    if !text.chars().any(|c| is_invisible(c) || is_combining_mark(c)) {
        return (text, origin);
    }
    let mut kept = String::with_capacity(text.len());
    let mut map = Vec::with_capacity(text.len());
    let mut after_digit = false;
    for (i, c) in text.char_indices() {
        let drop = is_invisible(c) || after_digit && is_combining_mark(c);
        after_digit = c.is_ascii_digit() || after_digit && drop;
        if drop {
            continue;
        }
        kept.push(c);
        let end = i + c.len_utf8();
        map.extend((i..end).map(|byte| origin.get(byte).copied().unwrap_or((i as u32, end as u32))));
    }
    (kept, map)
}

/// The longest sentence resolution reads whole, in bytes. Prose sentences in news run to a few
/// hundred bytes; a longer "sentence" is a flattened table or a list run together, and reading
/// each figure against all of it would cost time quadratic in its length.
const MAX_SENTENCE: usize = 2_000;

/// Push the sentence `start..end`, cut into pieces of at most `MAX_SENTENCE` bytes when it is
/// longer: each cut at the last clause break (";" or ",") in the second half of the piece, else
/// at its last space.
fn push_bounded(sentences: &mut Vec<Sentence>, text: &str, (mut start, end): (usize, usize), paragraph: usize) {
    while end - start > MAX_SENTENCE {
        let mut limit = start + MAX_SENTENCE;
        while !text.is_char_boundary(limit) {
            limit -= 1;
        }
        let piece = text.get(start..limit).unwrap_or_default();
        let clause_break = piece
            .rfind([';', ','])
            .filter(|&at| at >= MAX_SENTENCE / 2)
            .map(|at| at + 1);
        let cut = clause_break
            .or_else(|| piece.rfind(' '))
            .filter(|&at| at > 0)
            .unwrap_or(piece.len());
        let kept = piece.get(..cut).unwrap_or_default().trim_end();
        if !kept.is_empty() {
            sentences.push(Sentence {
                start,
                end: start + kept.len(),
                paragraph,
            });
        }
        let rest = text.get(start + cut..end).unwrap_or_default();
        start = end - rest.trim_start().len();
    }
    if start < end {
        sentences.push(Sentence { start, end, paragraph });
    }
}

/// The widest a line wrapped by hand runs: text wrapped at a fixed width (wire copy, e-mail,
/// plain-text archives, Markdown) keeps its lines under it; prose kept one paragraph to a line
/// runs far past it.
const WRAP_WIDTH: usize = 100;
/// How much shorter than the widest line a wrapped line may run: the word that did not fit.
const WRAP_SLACK: usize = 20;
/// The narrowest width text is wrapped at: below it the lines are rows, cells or a list.
const NARROWEST_WRAP: usize = 50;

/// A paragraph wrapped by hand read as one line: in a text whose widest line runs
/// `NARROWEST_WRAP` to `WRAP_WIDTH` characters, a line that runs to within `WRAP_SLACK`
/// characters of the widest (it was broken because the next word did not fit)
/// joins the next, when it ends without a sentence's final mark or the next goes on in lower
/// case ("... will host its first concert on\nSeptember 31, ..."), and the next is no list
/// item, table row, heading or quote block. The line break becomes a space, so offsets stay
/// the file's; a headline, shorter than the wrap, stays its own line.
fn unwrapped(text: String) -> String {
    let lines: Vec<(usize, &str)> = text
        .split_inclusive('\n')
        .scan(0, |at, line| {
            let start = *at;
            *at += line.len();
            Some((start, line))
        })
        .collect();
    let width = |line: &str| line.trim_end().chars().count();
    let widest = lines.iter().map(|(_, l)| width(l)).max().unwrap_or(0);
    if !(NARROWEST_WRAP..=WRAP_WIDTH).contains(&widest) {
        return text;
    }
    let mut breaks = Vec::new();
    for pair in lines.windows(2) {
        let [(start, line), (_, next)] = pair else { continue };
        let body = line.trim_end();
        let next = next.trim_start();
        let marker = next.starts_with(['-', '*', '•', '|', '#', '>', '+'])
            || next
                .split_once(['.', ')'])
                .is_some_and(|(n, _)| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()));
        let ended = body.ends_with(['.', '!', '?', ':', ';', '"', '”', ')']);
        let goes_on = next.starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit());
        if width(line) + WRAP_SLACK < widest || next.is_empty() || marker || body.contains('|') || ended && !goes_on {
            continue;
        }
        breaks.push(start + body.len()..start + line.len());
    }
    let mut text = text;
    for range in breaks {
        let spaces = " ".repeat(range.len());
        text.replace_range(range, &spaces);
    }
    text
}

/// The offsets of carriage returns that end a line alone (not followed by a line feed).
fn lone_crs(text: &str) -> impl Iterator<Item = usize> + '_ {
    text.match_indices('\r')
        .map(|(i, _)| i)
        .filter(|&i| text.as_bytes().get(i + 1) != Some(&b'\n'))
}

/// Text and metadata of a Markdown or text file with optional front matter: YAML between
/// `---` lines, or TOML between `+++` lines. The front matter is blanked to spaces rather
/// than removed, so text offsets stay file offsets.
fn strip_front_matter(raw: &str) -> (String, Meta) {
    let Some((fence, body_start)) = ["---", "+++"].iter().find_map(|f| {
        let rest = raw.strip_prefix(f)?;
        let rest = rest.strip_prefix("\r\n").or_else(|| rest.strip_prefix('\n'))?;
        Some((*f, raw.len() - rest.len()))
    }) else {
        return (raw.to_string(), Meta::default());
    };
    let Some(close) = raw[body_start..]
        .match_indices(fence)
        .map(|(i, _)| body_start + i)
        .find(|&i| raw[..i].ends_with('\n') && raw[i + 3..].starts_with(['\n', '\r']))
    else {
        return (raw.to_string(), Meta::default());
    };
    let block = &raw[body_start..close];
    // A block this long is no article's metadata; it is left unread (its text is still blanked).
    let meta = if block.len() > MAX_FRONT_MATTER {
        Meta::default()
    } else if fence == "---" {
        yaml_meta(block)
    } else {
        toml_meta(block)
    };
    let end = close + 3;
    let blanked: String = raw[..end].chars().map(|c| if c == '\n' { '\n' } else { ' ' }).collect();
    // Blanking multi-byte characters to one space each would shift offsets: pad to keep them.
    let pad = end - blanked.len();
    (format!("{blanked}{}{}", " ".repeat(pad), &raw[end..]), meta)
}

/// The longest front matter read for metadata.
const MAX_FRONT_MATTER: usize = 64 << 10;

fn yaml_meta(block: &str) -> Meta {
    // An alias can expand a few hundred bytes into gigabytes ("billion laughs"), and article
    // metadata never needs one: YAML with an alias is not read.
    if has_alias(block) {
        return Meta::default();
    }
    let docs = yaml_rust2::YamlLoader::load_from_str(block).unwrap_or_default();
    let Some(doc) = docs.first() else {
        return Meta::default();
    };
    meta_from(|k| {
        doc[k]
            .as_str()
            .map(str::to_string)
            .or_else(|| doc[k].as_i64().map(|i| i.to_string()))
    })
}

/// Whether a YAML block refers to an anchor (`*name`), read with the event parser, which
/// expands nothing.
fn has_alias(block: &str) -> bool {
    let mut parser = yaml_rust2::parser::Parser::new_from_str(block);
    loop {
        match parser.next_token() {
            Ok((yaml_rust2::parser::Event::Alias(_), _)) => return true,
            Ok((yaml_rust2::parser::Event::StreamEnd, _)) | Err(_) => return false,
            Ok(_) => {}
        }
    }
}

fn toml_meta(block: &str) -> Meta {
    let table: toml::Table = toml::from_str(block).unwrap_or_default();
    meta_from(|k| {
        table
            .get(k)
            .map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_string))
    })
}

/// The metadata named by front-matter keys, whatever the front matter's format.
fn meta_from(field: impl Fn(&str) -> Option<String>) -> Meta {
    Meta {
        title: field("title"),
        outlet: field("outlet").or_else(|| field("source")),
        url: field("url"),
        published: field("published")
            .or_else(|| field("date"))
            .and_then(|d| parse_iso_day(&d)),
    }
}

/// Whether a text is in title case: at least four words besides articles, conjunctions and
/// short prepositions, seven in ten of them capitalised.
pub(crate) fn is_title_case(text: &str) -> bool {
    const SMALL: &[&str] = &[
        "a", "an", "the", "of", "and", "or", "to", "in", "on", "at", "by", "for", "as",
    ];
    let words: Vec<&str> = text
        .split_whitespace()
        .filter(|w| w.chars().next().is_some_and(char::is_alphabetic) && !SMALL.contains(w))
        .collect();
    let capitalised = words.iter().filter(|w| w.starts_with(char::is_uppercase)).count();
    words.len() >= 4 && capitalised * 10 >= words.len() * 7
}

/// "2026-05-20" or "2026-05-20T09:00:00Z": the day.
pub fn parse_iso_day(s: &str) -> Option<Date> {
    s.trim().get(..10)?.parse().ok()
}

struct HtmlText {
    text: String,
    origin: Vec<(u32, u32)>,
    title: Option<String>,
}

/// Elements whose content is never prose.
const SKIPPED: &[&str] = &[
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "nav",
    "footer",
    "aside",
    "form",
    "button",
    "select",
    "iframe",
    "head",
    "figcaption",
];
/// Elements that end a line of text.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "td",
    "th",
    "table",
    "section",
    "article",
    "blockquote",
    "header",
    "main",
    "pre",
    "hr",
    "dd",
    "dt",
    "title",
];

/// The text of an HTML page: tags dropped, skipped elements' content dropped, entities
/// decoded, block elements ending lines.
fn html_text(raw: &str) -> HtmlText {
    use html5gum::{DefaultEmitter, Token, Tokenizer};
    let mut emitter = DefaultEmitter::<usize>::new_with_span();
    emitter.naively_switch_states(true);
    let mut out = HtmlText {
        text: String::new(),
        origin: Vec::new(),
        title: None,
    };
    let mut skip_depth: Vec<Vec<u8>> = Vec::new();
    let mut in_title = false;
    let mut title = String::new();
    for token in Tokenizer::new_with_emitter(raw, emitter).flatten() {
        match token {
            Token::StartTag(tag) => {
                let name = tag.name.to_ascii_lowercase();
                in_title |= name == b"title";
                if SKIPPED.iter().any(|s| s.as_bytes() == name) && !tag.self_closing {
                    skip_depth.push(name.clone());
                }
                if BLOCKS.iter().any(|s| s.as_bytes() == name) {
                    push_break(&mut out, tag.span.start);
                }
            }
            Token::EndTag(tag) => {
                let name = tag.name.to_ascii_lowercase();
                if name == b"title" {
                    in_title = false;
                }
                if let Some(pos) = skip_depth.iter().rposition(|s| *s == name) {
                    skip_depth.truncate(pos);
                }
                if BLOCKS.iter().any(|s| s.as_bytes() == name) {
                    push_break(&mut out, tag.span.start);
                }
            }
            Token::String(s) => {
                let piece = &raw[s.span.start..s.span.end];
                if in_title {
                    title.push_str(&html_escape::decode_html_entities(piece));
                } else if skip_depth.is_empty() {
                    push_decoded(&mut out, piece, s.span.start);
                }
            }
            _ => {}
        }
    }
    let title = title.split_whitespace().collect::<Vec<_>>().join(" ");
    out.title = (!title.is_empty()).then_some(title);
    out
}

fn push_break(out: &mut HtmlText, at: usize) {
    if !out.text.ends_with('\n') && !out.text.is_empty() {
        out.text.push('\n');
        out.origin.push((at as u32, at as u32));
    }
}

/// Append raw HTML text, decoding entities; every decoded byte maps to the start of the
/// entity it came from, every other byte to itself.
fn push_decoded(out: &mut HtmlText, piece: &str, file_start: usize) {
    static ENTITY: OnceLock<LazyRegex> = OnceLock::new();
    let entity =
        ENTITY.get_or_init(|| static_regex(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"));
    let mut last = 0;
    // `unit` is the raw range every byte of `s` maps to (an entity), or `None` when `s` is
    // raw text starting at file byte `offset`.
    let push = |out: &mut HtmlText, s: &str, unit: Option<(usize, usize)>, offset: usize| {
        for (i, ch) in s.char_indices() {
            // Whitespace runs (newlines inside a paragraph included) read as one space.
            let ch = if ch.is_whitespace() { ' ' } else { ch };
            if ch == ' ' && (out.text.ends_with(' ') || out.text.ends_with('\n') || out.text.is_empty()) {
                continue;
            }
            let (start, end) =
                unit.unwrap_or((offset + i, offset + i + s[i..].chars().next().map_or(1, char::len_utf8)));
            out.origin
                .extend(std::iter::repeat_n((start as u32, end as u32), ch.len_utf8()));
            out.text.push(ch);
        }
    };
    for m in entity.find_iter(piece) {
        push(out, &piece[last..m.start()], None, file_start + last);
        let decoded = html_escape::decode_html_entities(m.as_str());
        push(out, &decoded, Some((file_start + m.start(), file_start + m.end())), 0);
        last = m.end();
    }
    push(out, &piece[last..], None, file_start + last);
}

/// The first line, when it reads as a headline rather than prose.
fn first_heading(text: &str) -> Option<String> {
    let line = text.lines().map(str::trim).find(|l| !l.is_empty())?;
    let words = line.split_whitespace().count();
    let ends_like_prose = line.ends_with(['.', '!', '?']);
    (words <= 20 && !ends_like_prose && line.starts_with(|c: char| c.is_alphanumeric() || c == '#' || c == '"'))
        .then(|| line.trim_start_matches('#').trim().to_string())
}

/// What tells prose from page furniture and where sentences end; compiled once per run.
pub struct Prose {
    furniture: LazyRegex,
    abbreviations: HashSet<String>,
    /// The lexicon's stopwords, lower case: capitalised after an abbreviation, one opens a
    /// new sentence ("around 9:30 p.m. By midnight, ...").
    openers: HashSet<String>,
}

impl Prose {
    pub fn new(lexicon: &Lexicon) -> Result<Prose, Error> {
        let alternatives: Vec<String> = lexicon.furniture.iter().map(|p| regex::escape(p)).collect();
        Ok(Prose {
            // A phrase may run into a counter ("reading now2 active").
            furniture: lexicon.compile(
                "furniture",
                &format!(r"(?i)(?:^|\W)(?:{})(?:\W|\d|$)", alternatives.join("|")),
            )?,
            abbreviations: lexicon.abbreviations.iter().cloned().collect(),
            openers: lexicon.stopwords.iter().map(|w| w.to_lowercase()).collect(),
        })
    }

    /// Split prose into sentences, paragraph by paragraph. A paragraph is a line; a line that
    /// is not prose is dropped whole.
    fn split(&self, text: &str) -> Vec<Sentence> {
        let mut sentences = Vec::new();
        let mut offset = 0;
        for (paragraph, line) in text.split_inclusive('\n').enumerate() {
            let line_start = offset;
            offset += line.len();
            if !is_prose(line, &self.furniture) {
                continue;
            }
            let mut pending: Option<(usize, usize)> = None;
            let pieces = line
                .split_sentence_bound_indices()
                .flat_map(|(i, s)| unglued(s).into_iter().map(move |(j, piece)| (i + j, piece)));
            for (i, s) in pieces {
                let lead = s.len() - s.trim_start().len();
                let (start, end) = (line_start + i + lead, line_start + i + s.trim_end().len());
                if start >= end {
                    continue;
                }
                // "pqdweb?RQT=305": a question mark with no space after it, in a link, is no
                // sentence's end ("jumped 20%!Sales in China" in scraped text is).
                let glued = pending.is_some_and(|(ps, pe)| {
                    pe == start
                        && text[..pe].ends_with('?')
                        && text[ps..pe]
                            .rsplit(char::is_whitespace)
                            .next()
                            .is_some_and(|word| word.contains("://") || word.starts_with("www."))
                });
                pending = match pending {
                    Some((ps, _)) if glued || !self.ends_sentence(&text[ps..start], &text[start..end]) => {
                        Some((ps, end))
                    }
                    Some((ps, pe)) => {
                        push_bounded(&mut sentences, text, (ps, pe), paragraph);
                        Some((start, end))
                    }
                    None => Some((start, end)),
                };
            }
            if let Some(sentence) = pending {
                push_bounded(&mut sentences, text, sentence, paragraph);
            }
        }
        sentences
    }

    /// Whether `before` really ends a sentence, given what follows: not after an
    /// abbreviation ("Dr. Smith", "9:30 p.m. Eastern") unless a capitalised stopword follows
    /// it ("9:30 p.m. By midnight"), not when the next piece starts in lower case.
    fn ends_sentence(&self, before: &str, next: &str) -> bool {
        // From the end: `before` may be a whole flattened table.
        let last_word = before.split_whitespace().next_back().unwrap_or("");
        let next_lower = next.chars().next().is_some_and(|c| c.is_lowercase()) && !starts_camel_case(next);
        let opener = next
            .split_whitespace()
            .next()
            .map(|w| w.trim_end_matches(|c: char| !c.is_alphanumeric()).to_lowercase())
            .is_some_and(|w| self.openers.contains(&w));
        // A capital letter alone is a name's initial ("for defaming E. Jean Carroll", "John F.
        // Kennedy"), unless an opener follows ("vitamin D. The study").
        let initial =
            last_word.len() == 2 && last_word.starts_with(|c: char| c.is_ascii_uppercase()) && last_word.ends_with('.');
        (!self.abbreviations.contains(last_word) && !initial || opener)
            && !next_lower
            && !is_day_before_month(last_word, next)
    }
}

/// Whether a day of the month written with a full stop comes before its month ("16. Nov.
/// 2016", as German and Nordic writers put it): one date, not two sentences.
fn is_day_before_month(last_word: &str, next: &str) -> bool {
    let day = last_word
        .strip_suffix('.')
        .is_some_and(|d| (1..=2).contains(&d.len()) && d.bytes().all(|b| b.is_ascii_digit()));
    let month = next
        .split(|c: char| !c.is_alphabetic())
        .next()
        .is_some_and(is_month_name);
    day && month
}

/// A piece of text cut where scraping glued two sentences together ("from the previous
/// quarter.Gaming: First-quarter revenue"): a word of two or more lower-case letters, a full
/// stop, then a capitalised word, with no space. So is one whose next sentence opens with a
/// name written in camel case ("in the year-ago quarter. iPhone revenue was down"), which
/// Unicode's rules take for a lower-case word that goes on the sentence.
fn unglued(piece: &str) -> Vec<(usize, &str)> {
    let bytes = piece.as_bytes();
    let lower = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_lowercase);
    let mut cuts: Vec<usize> = (2..bytes.len())
        .filter(|&i| {
            let glued = bytes.get(i + 1).is_some_and(u8::is_ascii_uppercase) && lower(i + 2);
            let camel = bytes.get(i + 1) == Some(&b' ') && starts_camel_case(&piece[i + 2..]);
            bytes.get(i) == Some(&b'.') && lower(i - 1) && lower(i - 2) && (glued || camel)
        })
        .map(|i| i + 1)
        .collect();
    cuts.insert(0, 0);
    cuts.push(piece.len());
    cuts.windows(2)
        .filter_map(|w| match *w {
            [from, to] => piece.get(from..to).map(|p| (from, p)),
            _ => None,
        })
        .collect()
}

/// Whether `text` opens with a name in camel case: one or two lower-case letters, then a
/// capital ("iPhone", "eBay", "iOS").
fn starts_camel_case(text: &str) -> bool {
    let bytes = text.as_bytes();
    let lower = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_lowercase);
    let upper = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_uppercase);
    lower(0) && (upper(1) || lower(1) && upper(2))
}

/// A line is read when it says something: a sentence, a headline, caption or phrase that is
/// at least half words ("UN launches $301m aid appeal", "sixteen", "I'll go back January 12,
/// 2016"), a labelled value ("Northern Ireland: Leave 42.2%", "Attendance: 41,200", "Price |
/// $1,299") or a figure alone ("$1,299", "1 over 3"); a menu ("Home | World") or a short line naming page furniture
/// ("Subscribe to get the latest posts", "Share this") is not.
fn is_prose(line: &str, furniture: &Regex) -> bool {
    let words = line
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .count();
    let tokens = line.split_whitespace().count();
    let labelled = line.split_once(':').is_some_and(|(label, value)| {
        label.chars().any(char::is_alphabetic) && value.chars().any(|c| c.is_ascii_digit())
    });
    // A table row: a label cell of words, then a figure ("Price | $1,299", "| Revenue | $7.19
    // billion |"); not a ticker, whose first cell has figures of its own.
    let cells: Vec<&str> = line.split('|').map(str::trim).filter(|c| !c.is_empty()).collect();
    let row = cells.len() >= 2
        && cells.first().is_some_and(|label| {
            label.chars().any(char::is_alphabetic)
                && !label.chars().any(|c| c.is_ascii_digit())
                && label.split_whitespace().count() <= 4
        })
        && cells
            .iter()
            .skip(1)
            .any(|cell| cell.chars().any(|c| c.is_ascii_digit()));
    let end = line.trim_end().trim_end_matches(['"', '\'', '”', '’', ')', ']', '»']);
    let sentence = end.ends_with(['.', '!', '?', ';', ':', '…']) && words >= 1;
    // A headline, caption or phrase is at least half words; a ticker or a counter bar is
    // mostly figures and symbols ("S&P 500 +1.2% · NASDAQ +0.8% · 3 new alerts").
    let headline = words >= 1 && words * 2 >= tokens;
    let digits = line.chars().any(|c| c.is_ascii_digit());
    // A figure alone on a short line, with one word at most: a table cell, a caption or a
    // formula ("$1,299", "May 24, 2023", "2000 over 3").
    let figure = words <= 1 && tokens <= 3 && digits;
    // A menu: links between bars or dots, no figure ("Home | World | Business").
    let menu = !digits && line.contains(['|', '·']);
    // A short line naming furniture is a widget, unless it is a sentence that names it in
    // passing ("earned 90 cents a share on revenue of $2.1 billion", "shares were trending
    // higher"); one that opens with it ("Subscribe to get the latest posts.") or counts it
    // ("0 comments so far.") is one still.
    let widget = words <= 20
        && furniture.find(line).is_some_and(|f| {
            let before = line[..f.start()].trim_end();
            !sentence || !before.chars().any(char::is_alphanumeric) || before.ends_with(|c: char| c.is_ascii_digit())
        });
    (sentence || headline || labelled || row || figure) && !menu && !widget
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::RuleSet;

    fn lexicon() -> Prose {
        Prose::new(&RuleSet::defaults().unwrap().lexicon).unwrap()
    }

    fn sentences(doc: &Document) -> Vec<&str> {
        doc.sentences.iter().map(|s| doc.sentence_text(s)).collect()
    }

    /// The sentences of a plain-text file holding `raw`.
    fn sentences_of(raw: &str) -> Vec<String> {
        let doc = Document::parse("t.txt".into(), raw.into(), Format::Text, &lexicon());
        sentences(&doc).into_iter().map(str::to_string).collect()
    }

    /// English prose is taken as English before the trigram detector runs; a German or a
    /// Dutch paragraph (whose "in", "is" and "was" are English words too) is not.
    #[test]
    fn plainly_english_prose_skips_the_detector_and_other_languages_do_not() {
        let english = "The storm killed at least 40 people and forced the evacuation of 12,000 residents, officials said on Monday. Most of the dead were in the north of the province, where the river broke its banks.";
        assert!(SampleWords::count(english).plainly_english());
        assert_eq!(foreign_language(english), None);
        let german = "Das Unternehmen hat im vergangenen Jahr einen Umsatz von 140 Millionen Euro erzielt, teilte ein Sprecher am Montag mit. Der Gewinn stieg in dem Zeitraum um zwölf Prozent, was die Erwartungen der Analysten übertraf.";
        assert!(!SampleWords::count(german).plainly_english());
        assert_eq!(foreign_language(german), Some("German"));
        let dutch = "Het bedrijf is in het afgelopen jaar gegroeid en was volgens de woordvoerder in staat om 200 nieuwe medewerkers aan te nemen. De omzet steeg met twaalf procent tot 140 miljoen euro.";
        assert!(!SampleWords::count(dutch).plainly_english());
        assert!(!SampleWords::count("The end.").plainly_english(), "too short to tell");
    }

    /// A language the detector does not know is still no English when its words say so; a
    /// table of English figures, without markers, is not taken for one.
    #[test]
    fn a_language_the_detector_does_not_know_is_foreign_by_its_letters() {
        let invented = "Fyrirtækið hækkaði um tíu prósent á fyrsta degi viðskipta. Gengið fór hæst í sextíu og fjóra dali en lækkaði síðan. Stjórnendur félagsins sögðu að útboðið hefði gengið vel. Fjárfestar keyptu bréf fyrir milljarða króna á fyrstu mínútunum. Verðið þótti hátt miðað við hagnað ársins. Sérfræðingar bentu á að vöxturinn væri hægari en áður. Bréfin lækkuðu á öðrum degi. Salan nam fimm milljörðum. Eigendur fögnuðu.";
        let words = SampleWords::count(invented);
        assert!(words.words >= 50 && words.surely_foreign(), "{} words", words.words);
        let table = "Party | Votes | Share\nUnity | 412,330 | 41.2%\nGreens | 210,004 | 21.0%\nCivic | 198,765 | 19.9%\nLabour | 101,220 | 10.1%\nOthers | 78,001 | 7.8%\nTurnout | 1,000,320 | 61.4%\nSeats | 120 | -\nRegion | North | South | East | West | Centre | Coast | Hills | Lakes | Plains | Valley | Islands | Capital | Border | Forest | Delta | Ridge | Bay | Moor | Fen | Dale | Heath | Marsh | Cape | Point | Harbour | Port | Mount";
        assert!(!SampleWords::count(table).surely_foreign());
        let squad = "Łukasz Fabiański, 12 caps; Wojciech Szczęsny, 70; Bartłomiej Drągowski, 2; Jan Bednarek, 45; Kamil Glik, 103; Paweł Dawidowicz, 8; Matty Cash, 10; Bartosz Bereszyński, 50; Nicola Zalewski, 9; Grzegorz Krychowiak, 95; Krystian Bielik, 6; Damian Szymański, 12; Przemysław Frankowski, 30; Sebastian Szymański, 21; Piotr Zieliński, 70; Jakub Kamiński, 5; Michał Skóraś, 1; Robert Lewandowski, 134; Arkadiusz Milik, 64; Karol Świderski, 20; Krzysztof Piątek, 26; Szymon Żurkowski, 8; Kamil Grosicki, 87.";
        assert!(!SampleWords::count(squad).surely_foreign());
    }

    /// A flattened table is one "sentence" of thousands of items: it is read in pieces cut at
    /// its commas, none longer than `MAX_SENTENCE`, nothing lost.
    #[test]
    fn a_sentence_longer_than_the_limit_is_cut_at_clause_breaks() {
        let items: Vec<String> = (0..2_000).map(|i| format!("Firm{i} had {i} staff")).collect();
        let raw = format!("The register lists {}.\n", items.join(", "));
        let doc = Document::parse("t.txt".into(), raw.clone(), Format::Text, &lexicon());
        let pieces = sentences(&doc);
        assert!(pieces.len() > 10, "{} pieces", pieces.len());
        assert!(pieces
            .iter()
            .all(|p| p.len() <= MAX_SENTENCE && p.len() > MAX_SENTENCE / 2 || p.ends_with('.')));
        assert!(
            pieces.iter().rev().skip(1).all(|p| p.ends_with(',')),
            "cut after a comma"
        );
        let rejoined: String = pieces.join(" ");
        assert_eq!(rejoined, raw.trim_end());
    }

    /// Headlines, phrases, labelled rows and lone figures are read; furniture, menus and
    /// tickers are not.
    #[test]
    fn prose_lines_split_into_sentences_and_furniture_is_dropped() {
        let raw = "Big News Today\n  • 0 shares1 inbound\nHome | World\nS&P 500 +1.2% · NASDAQ +0.8% · 3 new alerts\nS&P 500 +1.2% | NASDAQ +0.8% | 3 new alerts\nSubscribe to get the latest posts sent to your email.\nShare on Facebook\nOrvane earned 90 cents a share on revenue of $2.1 billion.\nAttendance: 41,200\nPrice | $1,299\n| Data center revenue | $4.28 billion |\n$1,299\n- 32 Kenyans\n2000 over 3\nDoors open March 3, 2026\nDr. Smith said the firm was valued at $2bn. It has 40 staff, he added.\n";
        let doc = Document::parse("t.txt".into(), raw.into(), Format::Text, &lexicon());
        assert_eq!(
            sentences(&doc),
            [
                "Big News Today",
                "Orvane earned 90 cents a share on revenue of $2.1 billion.",
                "Attendance: 41,200",
                "Price | $1,299",
                "| Data center revenue | $4.28 billion |",
                "$1,299",
                "- 32 Kenyans",
                "2000 over 3",
                "Doors open March 3, 2026",
                "Dr. Smith said the firm was valued at $2bn.",
                "It has 40 staff, he added."
            ]
        );
        assert_eq!(doc.meta.title.as_deref(), Some("Big News Today"));
    }

    /// A paragraph wrapped by hand is read as one: a sentence runs over its line breaks, and
    /// offsets stay the file's. A headline shorter than the wrap, rows, list items and prose
    /// kept one paragraph to a line stay as they are.
    #[test]
    fn a_paragraph_wrapped_by_hand_is_one() {
        let raw = "Harbour Hall reopens after rebuild\n\nThe hall, which first opened in 1928, will host its first full concert on\nOctober 1, council spokeswoman Orla Brandt said. About 1,800 seats were\nrestored.\nAttendance: 41,200\n- 32 Kenyans were rescued from the flooded mine on Monday, officials\n- 12 miners are still missing, the company said on Tuesday evening\n";
        let doc = Document::parse("t.txt".into(), raw.into(), Format::Text, &lexicon());
        assert_eq!(
            sentences(&doc),
            [
                "Harbour Hall reopens after rebuild",
                "The hall, which first opened in 1928, will host its first full concert on\nOctober 1, council spokeswoman Orla Brandt said.",
                "About 1,800 seats were\nrestored.",
                "Attendance: 41,200",
                "- 32 Kenyans were rescued from the flooded mine on Monday, officials",
                "- 12 miners are still missing, the company said on Tuesday evening",
            ]
            .map(|s| s.replace('\n', " "))
        );
        assert_eq!(doc.raw, raw);
        let wide = format!("{}\n{}\n", "word ".repeat(30).trim_end(), "Second line of prose here.");
        assert_eq!(sentences_of(&wide).len(), 2);
    }

    /// A day written with a full stop before its month ("16. Nov. 2016") is no sentence end;
    /// a count at a sentence's end before a month's name opening the next one ("May") only
    /// when that is a month's name, not a word starting like one ("Mayor").
    #[test]
    fn a_day_with_a_full_stop_before_its_month_ends_no_sentence() {
        assert_eq!(
            sentences_of("The plant opened on 16. Nov. 2016 in Bergen. The vote was 12. Mayor Holt said so.\n"),
            [
                "The plant opened on 16. Nov. 2016 in Bergen.",
                "The vote was 12.",
                "Mayor Holt said so."
            ]
        );
    }

    /// An abbreviation ends no sentence, unless a capitalised stopword follows it.
    #[test]
    fn an_abbreviation_ends_a_sentence_only_before_a_stopword() {
        assert_eq!(
            sentences_of("It failed at 7 p.m. The figure peaked at 9:30 p.m. Eastern time. Dr. Holt said so.\n"),
            [
                "It failed at 7 p.m.",
                "The figure peaked at 9:30 p.m. Eastern time.",
                "Dr. Holt said so."
            ]
        );
    }

    /// A capital letter alone before a full stop is a name's initial, unless a capitalised
    /// stopword follows it.
    #[test]
    fn an_initial_ends_a_sentence_only_before_a_stopword() {
        assert_eq!(
            sentences_of("She won $5 million from Donald J. Trump for defaming E. Jean Carroll. He took vitamin D. The dose was small.\n"),
            [
                "She won $5 million from Donald J. Trump for defaming E. Jean Carroll.",
                "He took vitamin D.",
                "The dose was small."
            ]
        );
    }

    /// Scraped lists glue sentences together; a domain name or a decimal stays whole.
    #[test]
    fn glued_sentences_are_cut_apart() {
        let raw = "Revenue rose 14% from the previous quarter.Gaming: revenue was $2.24 billion, per Briefing.com and Node.js users, up 2.5 points.\n";
        let doc = Document::parse("t.txt".into(), raw.into(), Format::Text, &lexicon());
        assert_eq!(
            sentences(&doc),
            [
                "Revenue rose 14% from the previous quarter.",
                "Gaming: revenue was $2.24 billion, per Briefing.com and Node.js users, up 2.5 points."
            ]
        );
    }

    /// A question mark with no space after it is inside a link, which stays one sentence
    /// (its digits are then no figures); one with a space ends the sentence.
    #[test]
    fn a_question_mark_inside_a_link_ends_no_sentence() {
        assert_eq!(
            sentences_of("See http://example.org/search?RQT=305&SQ=issn%280024 for more. Was it 40? Yes, it was.\n"),
            [
                "See http://example.org/search?RQT=305&SQ=issn%280024 for more.",
                "Was it 40?",
                "Yes, it was."
            ]
        );
    }

    #[test]
    fn front_matter_is_read_and_offsets_stay_file_offsets() {
        let raw =
            "---\ntitle: Héllo\npublished: 2026-05-20\n---\nThe company was valued at $2bn on Tuesday last week.\n";
        let doc = Document::parse("a.md".into(), raw.into(), Format::Markdown, &lexicon());
        assert_eq!(doc.meta.title.as_deref(), Some("Héllo"));
        assert_eq!(doc.meta.published, Some(jiff::civil::date(2026, 5, 20)));
        let s = doc.sentences[0];
        let (start, end) = doc.file_span(s.start, s.end);
        assert_eq!(&raw[start..end], "The company was valued at $2bn on Tuesday last week.");
    }

    #[test]
    fn html_text_drops_tags_and_scripts_and_maps_entities_back_to_the_file() {
        let raw = "<html><head><title>T</title><script>var x = 5;</script></head><body><nav>Home 12</nav>\n<p>Acme&rsquo;s board said the firm was valued at $18 billion on May 19, 2026.</p></body></html>";
        let doc = Document::parse("a.html".into(), raw.into(), Format::Html, &lexicon());
        assert_eq!(
            sentences(&doc),
            ["Acme’s board said the firm was valued at $18 billion on May 19, 2026."]
        );
        let text = &doc.text;
        let at = text.find("$18 billion").unwrap();
        let (start, end) = doc.file_span(at, at + "$18 billion".len());
        assert_eq!(&raw[start..end], "$18 billion");
        let at = text.find("Acme’s").unwrap();
        let (start, end) = doc.file_span(at, at + "Acme’s".len());
        assert_eq!(&raw[start..end], "Acme&rsquo;s");
        assert_eq!(doc.meta.title.as_deref(), Some("T"));
    }

    #[test]
    fn line_and_column_point_into_the_file() {
        let doc = Document::parse("a.txt".into(), "one\nné two\n".into(), Format::Text, &lexicon());
        let mut columns = doc.columns();
        assert_eq!(columns.at(0), (1, 1));
        assert_eq!(columns.at(4), (2, 1));
        assert_eq!(columns.at(8), (2, 4));
        // Asked again out of order, from the line's start.
        assert_eq!(columns.at(5), (2, 2));
        assert_eq!(columns.at(1), (1, 2));
    }

    /// Each sentence that is a cell of a flattened table, with its row and column.
    fn cells(text: &str) -> Vec<(String, String, String)> {
        let doc = Document::parse("a.txt".into(), text.into(), Format::Text, &lexicon());
        doc.sentences
            .iter()
            .filter_map(|s| {
                let (row, column) = doc.cell_of(s)?;
                Some((doc.sentence_text(s).to_string(), row.to_string(), column.to_string()))
            })
            .collect()
    }

    #[test]
    fn a_table_flattened_one_cell_to_a_line_gives_each_figure_its_row_and_column() {
        let table = "Region Yes % No %\nNorth Vale\n \n61.0%\n \n39.0%\nSouth\n47.5%\n52.5%\n";
        let owned = |(a, b, c): (&str, &str, &str)| (a.to_string(), b.to_string(), c.to_string());
        assert_eq!(
            cells(table),
            [
                ("61.0%", "North Vale", "Yes"),
                ("39.0%", "North Vale", "No"),
                ("47.5%", "South", "Yes"),
                ("52.5%", "South", "No"),
            ]
            .map(owned)
        );
        // Without a header naming as many columns, or with one row, or rows of one figure
        // each, nothing is a cell.
        assert!(cells("Results\nNorth Vale\n61.0%\n39.0%\nSouth\n47.5%\n52.5%\n").is_empty());
        assert!(cells("Yes % No %\nNorth Vale\n61.0%\n39.0%\n").is_empty());
        assert!(cells("Figures\nTurnout\n41.0%\nVoters\n88,120\n").is_empty());
    }
}
