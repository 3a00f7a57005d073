//! Who said a quotation: the name a speech word ties to it in its paragraph ("...," Altman
//! said; Karpathy wrote: "..."; according to the board), or a name and a colon before it.
//! "He said" is the last speaker the document named so (the caller keeps track). Unknown
//! otherwise.

use super::frame::compile_any_words;
use crate::error::Error;
use crate::extract::quote::Quotation;
use crate::pattern::{static_regex, LazyRegex, WordList};
use crate::rules::Lexicon;

/// A name the document writes, at a byte range of its text.
pub struct Named {
    pub start: usize,
    pub end: usize,
    pub name: String,
    /// Whether the name looks like a person's (not a company's or a place's).
    pub person: bool,
}

/// How far from a quotation its attribution may stand, in bytes, after and before it.
const AFTER: usize = 120;
const BEFORE: usize = 160;

/// Who a quotation's attribution names.
#[derive(Clone, Debug, PartialEq)]
pub enum Speaker {
    Named(String),
    /// "he said", "she wrote": the last speaker named before.
    Pronoun,
    Unknown,
}

pub struct Speakers {
    speech: Option<WordList>,
    pronoun: LazyRegex,
    pub min_words: usize,
}

impl Speakers {
    pub fn new(lexicon: &Lexicon) -> Result<Speakers, Error> {
        Ok(Speakers {
            speech: compile_any_words(lexicon, "quotes speech", &lexicon.quotes.speech)?,
            pronoun: static_regex(r"(?i)\b(?:he|she)\b"),
            min_words: lexicon.quotes.min_words.unwrap_or(4),
        })
    }

    /// Whether a verb of speech ("said", "told"; not a phrase such as "in a statement", which
    /// tells how, not when) stands in `text`.
    pub fn speech_verb_in(&self, text: &str) -> bool {
        self.speech.as_ref().is_some_and(|speech| {
            speech
                .find_iter(text)
                .any(|w| text.get(w.start()..w.end()).is_some_and(|word| !word.contains(' ')))
        })
    }

    /// The speaker of `q`, in the paragraph `paragraph` of `text` (`names` sorted by place).
    pub fn speaker(&self, text: &str, paragraph: (usize, usize), q: &Quotation, names: &[Named]) -> Speaker {
        self.find_speaker(text, paragraph, q, names).unwrap_or(Speaker::Unknown)
    }

    fn find_speaker(&self, text: &str, paragraph: (usize, usize), q: &Quotation, names: &[Named]) -> Option<Speaker> {
        let speech = self.speech.as_ref()?;
        let floor = |mut i: usize| {
            while !text.is_char_boundary(i) {
                i -= 1;
            }
            i
        };
        // "he" or "she": the last speaker the document named before the quote.
        let pronoun = |words: &str| {
            let words = words.trim_matches(|c: char| !c.is_alphanumeric());
            words.split_whitespace().count() == 1 && self.pronoun.is_match(words)
        };
        // A name that spans `from..to` of the text, give or take punctuation and spaces.
        let exactly = |from: usize, to: usize| {
            let inner = text.get(from..to).unwrap_or_default();
            let lead = inner.len() - inner.trim_start_matches(|c: char| !c.is_alphanumeric()).len();
            let trail = inner.len() - inner.trim_end_matches(|c: char| !c.is_alphanumeric()).len();
            names
                .iter()
                .find(|n| n.start == from + lead && n.end == to - trail)
                .map(|n| Speaker::Named(n.name.clone()))
        };
        // A name right before `to`, after a title in lower case ("council leader Maria
        // Aalders"): nothing but the quote's own closing punctuation and words between.
        let titled = |from: usize, to: usize| {
            let n = names
                .iter()
                .find(|n| n.start >= from && n.end <= to && to - n.end <= 2)?;
            let title = text.get(from..n.start)?;
            let title = title.trim_start_matches(|c: char| !c.is_alphanumeric());
            let plain = title.split_whitespace().count() <= 4
                && title.chars().all(|c| c.is_lowercase() || c.is_whitespace() || c == '-');
            plain.then(|| n.name.clone())
        };
        // After: "...," Altman said / said Altman / he wrote / according to the board.
        let after_start = q.end.min(paragraph.1);
        let after_end = floor(paragraph.1.min(q.end + AFTER));
        let after = text.get(after_start..after_end).unwrap_or_default();
        if let Some(verb) = speech.find(after).filter(|m| m.start() <= AFTER / 2) {
            let gap = after.get(..verb.start()).unwrap_or_default();
            let (verb_start, verb_end) = (after_start + verb.start(), after_start + verb.end());
            if gap.trim_matches(|c: char| !c.is_alphanumeric()).is_empty() {
                // "said Altman", "said he"
                let next = names.iter().find(|n| n.start >= verb_end && n.start - verb_end <= 2);
                if let Some(n) = next {
                    return Some(Speaker::Named(n.name.clone()));
                }
                let rest = after.get(verb.end()..).unwrap_or_default();
                if rest.split_whitespace().next().is_some_and(pronoun) {
                    return Some(Speaker::Pronoun);
                }
            } else if let Some(found) = exactly(after_start, verb_start) {
                return Some(found);
            } else if pronoun(gap) {
                return Some(Speaker::Pronoun);
            } else if let Some(n) = titled(after_start, verb_start) {
                // "...," council leader Maria Aalders said
                return Some(Speaker::Named(n));
            }
        }
        // Before: Altman said: "..." / Karpathy wrote in a post on X that "..." / Altman: "...".
        let before_start = floor(paragraph.0.max(q.start.saturating_sub(BEFORE)));
        let before_end = floor(q.start.saturating_sub(1).max(before_start));
        let before = text.get(before_start..before_end).unwrap_or_default();
        let tail = before.trim_end();
        if let Some(colon) = tail.strip_suffix(':') {
            if let Some(found) = exactly(
                before_start + colon.rfind(['.', '!', '?', '\n']).map_or(0, |i| i + 1),
                before_start + colon.len(),
            ) {
                return Some(found);
            }
        }
        let verb = speech.find_iter(before).last().filter(|m| {
            tail.len().saturating_sub(m.end()) <= 40 && !before.get(m.end()..).unwrap_or_default().contains(". ")
        })?;
        let verb_start = before_start + verb.start();
        // The name right before the verb ("Altman said", "Altman also said"), not one a comma
        // sets apart ("force out Altman, now says"), nor a transcript's speaker whose words
        // follow ("VERA KOSTELNY: She said").
        let named = names.iter().rev().find(|n| {
            n.end <= verb_start
                && n.start >= before_start
                && text
                    .get(n.end..verb_start)
                    .is_some_and(|gap| gap.len() <= 8 && !gap.contains([',', ';', '.', ':']))
        });
        if let Some(n) = named {
            return Some(Speaker::Named(n.name.clone()));
        }
        // "The Ukip leader Nigel Farage claimed victory, saying that "...": a speech word in
        // -ing after a comma is said by the subject of its sentence, a person named among its
        // first words.
        let said = before.get(verb.start()..verb.end()).unwrap_or_default();
        let participle =
            said.ends_with("ing") && before.get(..verb.start()).unwrap_or_default().trim_end().ends_with(',');
        // The sentence opens after the last full stop, question or exclamation mark, or with
        // the paragraph; a window that cuts into a sentence names no subject. The words before
        // the person hold no verb ("Critics attacked Keir Starmer, saying" is the critics').
        let opening = before
            .get(..verb.start())
            .unwrap_or_default()
            .rfind(['.', '?', '!'])
            .map(|i| before_start + i + 1)
            .or((before_start == paragraph.0).then_some(before_start));
        if let Some(opening) = opening.filter(|_| participle) {
            let subject = names.iter().find(|n| {
                n.person
                    && n.start >= opening
                    && n.end <= verb_start
                    && text.get(opening..n.start).is_some_and(|lead| {
                        let words: Vec<&str> = lead.split_whitespace().collect();
                        words.len() <= 4
                            && !words
                                .iter()
                                .any(|w| w.starts_with(char::is_lowercase) && w.ends_with("ed"))
                    })
            });
            if let Some(n) = subject {
                return Some(Speaker::Named(n.name.clone()));
            }
        }
        let word_before = before.get(..verb.start()).unwrap_or_default().split_whitespace().last();
        word_before.is_some_and(pronoun).then_some(Speaker::Pronoun)
    }
}
