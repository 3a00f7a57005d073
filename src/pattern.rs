//! Regexes compiled on their first search. Compiling the recognisers' and the frames' two
//! hundred and more patterns was most of a short run's time, while a run on a few articles
//! searches with a fraction of them: the date patterns the time recogniser's set does not
//! name, the words of measures no sentence names.

use std::fmt;
use std::ops::Deref;
use std::sync::OnceLock;

use regex::{Regex, RegexSet};

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
        self.regex
            .get_or_init(|| Regex::new(&self.pattern).expect("a pattern known to compile compiles"))
    }
}

impl fmt::Debug for LazyRegex {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("LazyRegex").field(&self.pattern).finish()
    }
}

/// A regex from a pattern written in this crate's source, never from input or rule files.
pub(crate) fn static_regex(pattern: &str) -> LazyRegex {
    LazyRegex::known(pattern.to_string())
}

/// Patterns written in this crate's source as one set, for a first pass that says which of
/// them match. Word boundaries are taken as ASCII: a Unicode one stops the fast (lazy DFA)
/// engine at the first non-ASCII byte (a curly quote, a dash) and the set falls back to the
/// slow one. The set and the patterns then differ only at a boundary beside a non-ASCII
/// letter or digit ("é2019", an Arabic-Indic digit), which no English date needs; each
/// pattern the set names is still run on its own. The set is compiled at once: every
/// sentence is searched with it.
#[allow(clippy::expect_used)]
pub(crate) fn static_regex_set<'a>(patterns: impl IntoIterator<Item = &'a LazyRegex>) -> RegexSet {
    RegexSet::new(patterns.into_iter().map(|re| re.pattern().replace(r"\b", r"(?-u:\b)")))
        .expect("patterns that compile one by one compile as a set")
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use crate::rules::{RuleSet, DEFAULT_FILES};
    use crate::Engine;

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
