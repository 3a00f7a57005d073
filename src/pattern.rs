//! Patterns: regexes compiled on their first search, and the lexicon's word lists matched
//! with an Aho-Corasick automaton. Compiling the recognisers' and the frames' two hundred and
//! more regexes was most of a short run's time, while a run on a few articles searches with
//! a fraction of them (the date patterns the time recogniser's set does not name); a word
//! list as a regex costs as much to compile as the automaton its own prefilter builds.

use std::fmt;
use std::ops::Deref;
use std::sync::OnceLock;

use aho_corasick::AhoCorasick;
use regex::Regex;
use regex_automata::nfa::thompson;
use regex_automata::util::pool::Pool;
use regex_automata::{hybrid, Input, MatchKind, PatternSet};
use regex_syntax::is_word_character;

/// A pattern and, once searched with, its compiled regex. It derefs to the regex, so a
/// search reads as on a `Regex`. Only patterns known to compile are made lazy: those written
/// in this crate's source and those built from the compiled-in lexicon. A unit test build
/// compiles each at once, so a pattern that does not compile fails the first test that
/// builds its recogniser, not a run that first meets it.
#[derive(Clone)]
pub(crate) struct LazyRegex {
    pattern: String,
    regex: OnceLock<Regex>,
}

impl LazyRegex {
    /// A pattern known to compile, compiled on its first search.
    pub(crate) fn known(pattern: String) -> LazyRegex {
        let lazy = LazyRegex {
            pattern,
            regex: OnceLock::new(),
        };
        #[cfg(test)]
        let _ = lazy.deref();
        lazy
    }

    /// A regex compiled already (a pattern from a user's word lists, whose errors are
    /// reported before the run).
    pub(crate) fn compiled(regex: Regex) -> LazyRegex {
        LazyRegex {
            pattern: regex.as_str().to_string(),
            regex: OnceLock::from(regex),
        }
    }

    pub(crate) fn pattern(&self) -> &str {
        &self.pattern
    }
}

impl Deref for LazyRegex {
    type Target = Regex;

    #[allow(clippy::expect_used)]
    fn deref(&self) -> &Regex {
        self.regex.get_or_init(|| {
            Regex::new(&latin_words(&ascii_boundaries(&self.pattern))).expect("a pattern known to compile compiles")
        })
    }
}

impl fmt::Debug for LazyRegex {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("LazyRegex").field(&self.pattern).finish()
    }
}

/// `pattern` with its word boundaries taken as ASCII ones, unless it names a Unicode class
/// (`\p{..}`: a name in any script, whose boundary must be Unicode's). A Unicode boundary
/// makes the fast (lazy DFA) engine give up at the first non-ASCII byte of a sentence, and
/// news is full of them (curly quotes, dashes): the slow engine then searched most sentences,
/// near a third of the time of a run on fifty articles. The patterns written in this crate
/// match English words and figures, where the two boundaries differ only beside a non-ASCII
/// letter or digit ("é2019"), which no English word or figure is glued to.
fn ascii_boundaries(pattern: &str) -> String {
    if pattern.contains(r"\p{") {
        pattern.to_string()
    } else {
        pattern.replace(r"(?-u:\b)", r"\b").replace(r"\b", r"(?-u:\b)")
    }
}

/// The word characters of the crate's patterns: digits, `_` and the Latin letters (ASCII,
/// Latin-1, Latin Extended-A and -B: "Benítez", "Łódź", "Şahin").
const LATIN_WORD: &str = "0-9A-Za-z_À-ÖØ-öø-ɏ";

/// `pattern` with `\w` (and `\W` outside a class) as `LATIN_WORD`, not Unicode's word
/// characters: Unicode's seven hundred ranges, compiled into every pattern that names them,
/// were a sixth of the seeds' CPU, and the words the patterns skip or stop at in English news
/// are Latin ones.
fn latin_words(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len());
    // How deep in (nested) classes: `[` opens one anywhere, an unescaped `]` closes one,
    // except right after a class opens ("[]a]", "[^]a]").
    let mut depth = 0usize;
    let mut chars = pattern.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some('w') if depth > 0 => out.push_str(LATIN_WORD),
                Some('w') => out.push_str(&format!("[{LATIN_WORD}]")),
                Some('W') if depth == 0 => out.push_str(&format!("[^{LATIN_WORD}]")),
                Some(escaped) => {
                    out.push('\\');
                    out.push(escaped);
                }
                None => out.push('\\'),
            },
            '[' => {
                depth += 1;
                out.push('[');
                if let Some(negated) = chars.next_if_eq(&'^') {
                    out.push(negated);
                }
                if let Some(bracket) = chars.next_if_eq(&']') {
                    out.push(bracket);
                }
            }
            ']' if depth > 0 => {
                depth -= 1;
                out.push(']');
            }
            c => out.push(c),
        }
    }
    out
}

/// A regex from a pattern written in this crate's source, never from input or rule files.
pub(crate) fn static_regex(pattern: &str) -> LazyRegex {
    LazyRegex::known(pattern.to_string())
}

/// Patterns written in this crate's source as one set, for a first pass that says which of
/// them match. Word boundaries are taken as ASCII: a Unicode one stops the fast (lazy DFA)
/// engine at the first non-ASCII byte (a curly quote, a dash). The set and the patterns then
/// differ only at a boundary beside a non-ASCII letter or digit ("é2019", an Arabic-Indic
/// digit), which no English date needs; each pattern the set names is still run on its own.
/// The set is compiled at once: every sentence is searched with it.
///
/// It is a forward lazy DFA alone, not a `regex::RegexSet`: saying which patterns match
/// needs no reverse automaton and no captures, and compiling those was more than half of the
/// set's cost, itself the largest single cost of a short run's start.
pub(crate) struct StaticSet {
    dfa: hybrid::dfa::DFA,
    caches: Pool<hybrid::dfa::Cache, CacheFn>,
}

type CacheFn = Box<dyn Fn() -> hybrid::dfa::Cache + Send + Sync>;

impl StaticSet {
    #[allow(clippy::expect_used)]
    pub(crate) fn new<'a>(patterns: impl IntoIterator<Item = &'a LazyRegex>) -> StaticSet {
        let patterns: Vec<String> = patterns
            .into_iter()
            .map(|re| re.pattern().replace(r"\b", r"(?-u:\b)"))
            .collect();
        let nfa = thompson::Compiler::new()
            .configure(thompson::Config::new().which_captures(thompson::WhichCaptures::None))
            .build_many(&patterns)
            .expect("patterns that compile one by one compile as a set");
        let dfa = hybrid::dfa::DFA::builder()
            .configure(hybrid::dfa::Config::new().match_kind(MatchKind::All))
            .build_from_nfa(nfa)
            .expect("a set of patterns with ASCII word boundaries makes a lazy DFA");
        let for_caches = dfa.clone();
        StaticSet {
            dfa,
            caches: Pool::new(Box::new(move || for_caches.create_cache())),
        }
    }

    /// The indexes of the patterns that match somewhere in `text`, in order. Should the lazy
    /// DFA give up, every pattern is named: each is run on its own after this pass anyway.
    pub(crate) fn matching(&self, text: &str) -> Vec<usize> {
        let mut found = PatternSet::new(self.dfa.pattern_len());
        let mut cache = self.caches.get();
        match self
            .dfa
            .try_which_overlapping_matches(&mut cache, &Input::new(text), &mut found)
        {
            Ok(()) => found.iter().map(|id| id.as_usize()).collect(),
            Err(_) => (0..self.dfa.pattern_len()).collect(),
        }
    }
}

/// A word list's entries in the order a regex alternation tries them, longer first: each the
/// words of its phrase and whether it is a stem (written with a final `*`).
fn entries(words: &[String]) -> Vec<(Vec<&str>, bool)> {
    let mut sorted: Vec<&String> = words.iter().collect();
    sorted.sort_by_key(|w| std::cmp::Reverse(w.len()));
    sorted
        .into_iter()
        .map(|w| {
            let (stem, open) = match w.strip_suffix('*') {
                Some(stem) => (stem, true),
                None => (w.as_str(), false),
            };
            (
                stem.split(separator).filter(|p| !p.is_empty()).collect::<Vec<_>>(),
                open,
            )
        })
        .filter(|(phrase, _)| !phrase.is_empty())
        .collect()
}

/// A regex pattern matching any of `words` as whole words, as a `WordList` of them does;
/// for the lists a longer pattern takes in.
pub(crate) fn words_pattern(words: &[String]) -> String {
    let alternatives: Vec<String> = entries(words)
        .into_iter()
        .map(|(phrase, stem)| {
            let phrase: Vec<String> = phrase.into_iter().map(regex::escape).collect();
            format!(r"{}{}", phrase.join(r"[\s-]+"), if stem { r"\w*" } else { "" })
        })
        .collect();
    format!(r"(?i)\b(?:{})\b", alternatives.join("|"))
}

/// A word list of the lexicon, matched as the regex `(?i)\b(?:...)\b` of its entries
/// would be, longer entries first: in any ASCII case, words of a phrase apart by any run of
/// spaces and hyphens ("death toll", "death-toll"), an entry ending in `*` a stem that takes
/// any word characters after it ("evacuat*"), each match a whole word.
#[derive(Clone, Debug)]
pub(crate) struct WordList {
    /// The list, as the only one of a set.
    set: WordLists,
}

/// Several word lists searched with one automaton (the measures' words, the qualifiers'):
/// one pass over a text gives each list the matches it would find alone.
#[derive(Clone, Debug)]
pub(crate) struct WordLists {
    /// One pattern an entry, list by list, each list's in the order its regex alternation
    /// would try them.
    automaton: AhoCorasick,
    /// Each pattern's list, its text in lower case, and whether it is a stem.
    patterns: Vec<(usize, String, bool)>,
    /// How many lists.
    lists: usize,
}

/// Where a word list matched: a byte range of the text searched.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct WordMatch {
    start: usize,
    end: usize,
}

impl WordMatch {
    pub(crate) fn start(&self) -> usize {
        self.start
    }

    pub(crate) fn end(&self) -> usize {
        self.end
    }
}

/// Whether a character is a separator between the words of a phrase.
fn separator(c: char) -> bool {
    c.is_whitespace() || c == '-'
}

/// A text with each run of separators made one space, for the automaton (whose patterns
/// join a phrase's words with one space), and where each of its bytes is in the text. Most
/// sentences need no change: they are searched as they are.
struct Squeezed<'a> {
    text: std::borrow::Cow<'a, str>,
    /// The text's offset of each byte, when the squeezed text is a copy.
    at: Option<Vec<usize>>,
}

impl<'a> Squeezed<'a> {
    fn new(text: &'a str) -> Squeezed<'a> {
        let mut previous_space = false;
        let as_is = text.chars().all(|c| {
            let plain = !separator(c) || c == ' ' && !previous_space;
            previous_space = c == ' ';
            plain
        });
        if as_is {
            return Squeezed {
                text: std::borrow::Cow::Borrowed(text),
                at: None,
            };
        }
        let mut squeezed = String::with_capacity(text.len());
        let mut at: Vec<usize> = Vec::with_capacity(text.len() + 1);
        let mut in_separator = false;
        for (i, c) in text.char_indices() {
            if separator(c) {
                if !in_separator {
                    squeezed.push(' ');
                    at.push(i);
                }
                in_separator = true;
            } else {
                squeezed.push(c);
                at.extend(i..i + c.len_utf8());
                in_separator = false;
            }
        }
        Squeezed {
            text: std::borrow::Cow::Owned(squeezed),
            at: Some(at),
        }
    }

    /// The text's offset of byte `i` of the squeezed text.
    fn at(&self, i: usize) -> Option<usize> {
        match &self.at {
            Some(at) => at.get(i).copied(),
            None => Some(i),
        }
    }
}

impl WordLists {
    /// The lists, or the automaton's refusal (lists too large for it).
    pub(crate) fn new(lists: &[&[String]]) -> Result<WordLists, aho_corasick::BuildError> {
        let patterns: Vec<(usize, String, bool)> = lists
            .iter()
            .enumerate()
            .flat_map(|(list, words)| {
                entries(words)
                    .into_iter()
                    .map(move |(phrase, stem)| (list, phrase.join(" ").to_lowercase(), stem))
            })
            .collect();
        let automaton = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(patterns.iter().map(|(_, p, _)| p))?;
        Ok(WordLists {
            automaton,
            patterns,
            lists: lists.len(),
        })
    }

    /// Each list's matches in `text` from `from` on, leftmost first and not overlapping. The
    /// automaton runs on the squeezed text; every candidate is then checked for word
    /// boundaries in the text itself, and at each start the first entry in its list's order
    /// that holds wins, as in a regex alternation.
    pub(crate) fn matches(&self, text: &str, from: usize) -> Vec<Vec<WordMatch>> {
        let squeezed = Squeezed::new(text);
        let word_before = |i: usize| text[..i].chars().next_back().is_some_and(is_word_character);
        let word_after = |i: usize| text[i..].chars().next().is_some_and(is_word_character);
        let mut candidates: Vec<(usize, usize, usize, usize)> = self
            .automaton
            .find_overlapping_iter(squeezed.text.as_ref())
            .filter_map(|m| {
                let start = squeezed.at(m.start())?;
                let mut end = squeezed.at(m.end().checked_sub(1)?)? + 1;
                if start < from {
                    return None;
                }
                let &(list, _, stem) = self.patterns.get(m.pattern().as_usize())?;
                if stem {
                    end += text[end..]
                        .chars()
                        .take_while(|&c| is_word_character(c))
                        .map(char::len_utf8)
                        .sum::<usize>();
                }
                let bounded = word_before(start) != word_after(start) && word_before(end) != word_after(end);
                bounded.then_some((list, start, m.pattern().as_usize(), end))
            })
            .collect();
        candidates.sort_unstable();
        let mut found = vec![Vec::new(); self.lists];
        let mut next = (usize::MAX, from);
        for (list, start, _, end) in candidates {
            if next.0 != list {
                next = (list, from);
            }
            if let Some(matches) = found.get_mut(list).filter(|_| start >= next.1) {
                matches.push(WordMatch { start, end });
                next.1 = end;
            }
        }
        found
    }
}

impl WordList {
    /// The list of `words`, or the automaton's refusal (a list too large for it).
    pub(crate) fn new(words: &[String]) -> Result<WordList, aho_corasick::BuildError> {
        Ok(WordList {
            set: WordLists::new(&[words])?,
        })
    }

    /// Whether some entry holds `fragment` (in lower case).
    pub(crate) fn any_entry_contains(&self, fragment: &str) -> bool {
        self.set.patterns.iter().any(|(_, p, _)| p.contains(fragment))
    }

    /// Every match in `text`, leftmost first and not overlapping.
    pub(crate) fn find_iter(&self, text: &str) -> impl Iterator<Item = WordMatch> {
        self.matches(text, 0).into_iter()
    }

    /// The first match in `text`.
    pub(crate) fn find(&self, text: &str) -> Option<WordMatch> {
        self.matches(text, 0).into_iter().next()
    }

    /// The first match in `text` that starts at `from` or later (the text before still tells
    /// whether a word starts there).
    pub(crate) fn find_at(&self, text: &str, from: usize) -> Option<WordMatch> {
        self.matches(text, from).into_iter().next()
    }

    /// The entry `text` opens with after one or more spaces or a hyphen (" euros" after "5",
    /// "-yen" after "one").
    pub(crate) fn after_gap(&self, text: &str) -> Option<WordMatch> {
        let lead = if text.starts_with('-') {
            1
        } else {
            text.len() - text.trim_start().len()
        };
        self.find_at(text, lead).filter(|m| lead > 0 && m.start == lead)
    }

    pub(crate) fn is_match(&self, text: &str) -> bool {
        self.find(text).is_some()
    }

    fn matches(&self, text: &str, from: usize) -> Vec<WordMatch> {
        self.set.matches(text, from).pop().unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::{ascii_boundaries, latin_words, static_regex, words_pattern, WordList, WordLists};
    use crate::rules::{RuleSet, DEFAULT_FILES};
    use crate::Engine;

    #[test]
    fn word_characters_are_latin_inside_and_outside_classes() {
        assert_eq!(latin_words(r"\w+"), "[0-9A-Za-z_À-ÖØ-öø-ɏ]+");
        assert_eq!(
            latin_words(r"(?:^|[^\w$])\W"),
            "(?:^|[^0-9A-Za-z_À-ÖØ-öø-ɏ$])[^0-9A-Za-z_À-ÖØ-öø-ɏ]"
        );
        // An escaped backslash, an escaped bracket and a class opening with `]` stay.
        assert_eq!(
            latin_words(r"\\w[\]\w][]\w]"),
            r"\\w[\]0-9A-Za-z_À-ÖØ-öø-ɏ][]0-9A-Za-z_À-ÖØ-öø-ɏ]"
        );
        let words = static_regex(r"^(?:\w+\s){2}\w+$");
        assert!(words.is_match("Benítez met Şahin"));
        assert!(!words.is_match("Benítez met Σωκράτης"));
    }

    #[test]
    fn word_boundaries_are_ascii_unless_a_pattern_names_a_unicode_class() {
        assert_eq!(ascii_boundaries(r"\bwill(?-u:\b)"), r"(?-u:\b)will(?-u:\b)");
        assert_eq!(ascii_boundaries(r"\b\p{Lu}\w+"), r"\b\p{Lu}\w+");
        // Beside curly quotes and dashes the two boundaries agree.
        let will = static_regex(r"(?i)\bwill\b");
        assert!(will.is_match("“Will” it—will—last?"));
        assert!(!will.is_match("goodwill willing"));
    }

    /// A word list finds what the regex of its words finds (`words_pattern`, the form the
    /// lists had): case, separators, stems, word boundaries, longer entries first.
    #[test]
    fn a_word_list_matches_as_its_regex_would() {
        let words: Vec<String> = [
            "toll",
            "death toll",
            "dead",
            "evacuat*",
            "u.s.",
            "year-on-year",
            "wall street’s",
            "s",
        ]
        .iter()
        .map(|w| w.to_string())
        .collect();
        let list = WordList::new(&words).unwrap();
        let regex = regex::Regex::new(&words_pattern(&words)).unwrap();
        for text in [
            "The death toll rose; the Death-Toll, the DEATH  \n toll and the death - toll.",
            "tolls, atoll, toll-free, deadline, dead.",
            "Evacuated, evacuations and evacuat: the évacuation of Evacuatéd.",
            "U.S. growth, u.s.a and bu.s. — year on year, year-on year, yearonyear.",
            "Wall Street’s view; wall street's view; s and s's.",
            "",
            "ß toll Ωtoll toll3 _toll",
        ] {
            let ours: Vec<(usize, usize)> = list.find_iter(text).map(|m| (m.start(), m.end())).collect();
            let theirs: Vec<(usize, usize)> = regex.find_iter(text).map(|m| (m.start(), m.end())).collect();
            assert_eq!(ours, theirs, "{text}");
            for from in 0..=text.len() {
                if text.is_char_boundary(from) {
                    let ours = list.find_at(text, from).map(|m| (m.start(), m.end()));
                    let theirs = regex.find_at(text, from).map(|m| (m.start(), m.end()));
                    assert_eq!(ours, theirs, "{text} from {from}");
                }
            }
            assert_eq!(list.is_match(text), regex.is_match(text), "{text}");
        }
        assert!(list.any_entry_contains("evac") && !list.any_entry_contains("evacuated"));
    }

    /// Lists searched together find what each finds alone, the same word in two lists
    /// included, from any offset.
    #[test]
    fn word_lists_searched_together_match_as_each_alone() {
        let lists: Vec<Vec<String>> = [
            vec!["toll", "death toll", "dead"],
            vec!["dead", "killed", "evacuat*"],
            vec!["toll-free", "year on year"],
            vec![],
        ]
        .iter()
        .map(|l| l.iter().map(|w| w.to_string()).collect())
        .collect();
        let slices: Vec<&[String]> = lists.iter().map(Vec::as_slice).collect();
        let together = WordLists::new(&slices).unwrap();
        let alone: Vec<WordList> = lists.iter().map(|l| WordList::new(l).unwrap()).collect();
        let text = "The death-toll rose: 12 dead, 40 killed, a toll-free line, year  on year, evacuations.";
        for from in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
            let found = together.matches(text, from);
            assert_eq!(found.len(), lists.len());
            for (list, matches) in alone.iter().zip(&found) {
                assert_eq!(&list.matches(text, from), matches, "from {from}");
            }
        }
        assert_eq!(together.matches(text, 0)[1].len(), 3);
    }

    /// A test build compiles each known pattern as it is made: building the engine on the
    /// defaults compiles every pattern of the recognisers and the frames.
    #[test]
    fn every_pattern_of_the_defaults_compiles() {
        let rules = RuleSet::defaults().unwrap();
        assert!(rules.lexicon.compiled_in);
        Engine::new(rules).unwrap();
    }

    /// A user's lexicon file, or a default file changed, makes the word lists the user's:
    /// compiled at load, so their errors come before the run.
    #[test]
    fn a_users_lexicon_is_compiled_at_load() {
        let mut files: Vec<(PathBuf, String)> = DEFAULT_FILES.iter().map(|(p, t)| (p.into(), t.to_string())).collect();
        assert!(RuleSet::from_files(files.clone()).unwrap().lexicon.compiled_in);
        files.push(("mine/extra.lexicon.toml".into(), "repeated = [\"once more\"]\n".into()));
        assert!(!RuleSet::from_files(files.clone()).unwrap().lexicon.compiled_in);
        files.pop();
        files[0].1.push_str("\n# edited\n");
        assert!(!RuleSet::from_files(files).unwrap().lexicon.compiled_in);
    }
}
