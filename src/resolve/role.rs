//! Who leads what: the offices a sentence gives a named person at an organisation ("OpenAI
//! chief scientist Ilya Sutskever", "Ilya Sutskever, the company's chief technology officer",
//! "Jane Roe, CFO of Halvora"), read with the lexicon's `[roles]`. A role told as past
//! ("former"), as another post ("interim", "deputy") or beside a verb that changes who holds it
//! ("was named", "stepped down") is read with that qualifier, and compared with nothing.

use crate::error::Error;
use crate::extract::{Entity, EntityRecogniser};
use crate::pattern::WordLists;
use crate::rules::Lexicon;

/// Words a change verb may stand before a role's phrase, and after it.
const CHANGE_BEFORE: usize = 6;
const CHANGE_AFTER: usize = 8;

/// Words inside a role's phrase that say nothing of the office ("the", "a", "who is").
const ARTICLES: [&str; 10] = ["the", "a", "an", "its", "his", "her", "their", "who", "is", "now"];

/// An office the sentence gives a person.
#[derive(Clone, Debug, PartialEq)]
pub struct Role {
    /// The office's words, a byte range of the sentence.
    pub start: usize,
    pub end: usize,
    /// The person, canonical.
    pub person: String,
    /// The organisation, canonical, when the sentence names it (or "the company" names it
    /// again).
    pub organisation: Option<String>,
    /// The office, by the lexicon's name for it.
    pub office: String,
    /// `former`, `acting` or `changed`: compared with nothing.
    pub status: Option<&'static str>,
}

pub struct Roles {
    /// The offices' names, in the order of `words`' lists.
    offices: Vec<String>,
    words: Option<WordLists>,
    former: Vec<String>,
    acting: Vec<String>,
    same: Vec<String>,
    change: Option<crate::pattern::WordList>,
    anaphor_nouns: Vec<String>,
}

/// A word of the sentence, lower case, and where it is.
struct Word<'a> {
    start: usize,
    end: usize,
    text: &'a str,
}

impl Roles {
    pub fn new(lexicon: &Lexicon) -> Result<Roles, Error> {
        let roles = &lexicon.roles;
        let lists: Vec<&[String]> = roles.offices.iter().map(|o| o.words.as_slice()).collect();
        let lower = |words: &[String]| words.iter().map(|w| w.to_lowercase()).collect::<Vec<_>>();
        Ok(Roles {
            offices: roles.offices.iter().map(|o| o.office.clone()).collect(),
            words: (!lists.is_empty())
                .then(|| lexicon.word_lists("roles offices", &lists))
                .transpose()?,
            former: lower(&roles.former),
            acting: lower(&roles.acting),
            same: lower(&roles.same),
            change: super::frame::compile_any_words(lexicon, "roles change", &roles.change)?,
            anaphor_nouns: lower(&lexicon.anaphor_nouns),
        })
    }

    /// The roles of one sentence. `names` are its entities with their canonical names;
    /// `last_organisation` is what "the company" names when the sentence names no
    /// organisation before it.
    pub fn find(
        &self,
        sentence: &str,
        names: &[(Entity, String)],
        entities: &EntityRecogniser,
        last_organisation: Option<&str>,
    ) -> Vec<Role> {
        let Some(words) = &self.words else { return Vec::new() };
        let mut offices: Vec<(usize, usize, usize)> = words
            .matches(sentence, 0)
            .into_iter()
            .enumerate()
            .flat_map(|(list, found)| found.into_iter().map(move |m| (m.start(), m.end(), list)))
            .collect();
        // The longest office at a place: "co-CEO", not its "CEO".
        offices.sort_by_key(|&(start, end, _)| (start, std::cmp::Reverse(end)));
        let mut kept: Vec<(usize, usize, usize)> = Vec::new();
        for o in offices {
            if !kept.iter().any(|k| k.0 <= o.0 && o.1 <= k.1) {
                kept.push(o);
            }
        }
        kept.into_iter()
            .filter_map(|(start, end, list)| {
                let office = self.offices.get(list)?.clone();
                self.role(sentence, names, entities, last_organisation, start, end, office)
            })
            .collect()
    }

    #[allow(clippy::too_many_arguments)]
    fn role(
        &self,
        sentence: &str,
        names: &[(Entity, String)],
        entities: &EntityRecogniser,
        last_organisation: Option<&str>,
        start: usize,
        end: usize,
        office: String,
    ) -> Option<Role> {
        let is_person = |name: &str| person_like(entities, name);
        let mut status: Option<&'static str> = None;
        // Glued to the office: "ex-CEO", "then-CFO", "CEO-designate", "CEO-in-waiting".
        let glued_before = sentence[..start].strip_suffix('-').map(last_word);
        if glued_before.is_some_and(|w| self.former.contains(&w.to_lowercase())) {
            status = Some("former");
        } else if glued_before.is_some_and(|w| !w.is_empty()) {
            // "co-CEO" is an office of its own, "vice-chief" none read.
            return None;
        }
        let glued_after = sentence[end..].strip_prefix('-').map(|rest| {
            rest.split(|c: char| c.is_whitespace() || matches!(c, ',' | '.' | ';' | ')'))
                .next()
                .unwrap_or_default()
                .to_lowercase()
        });
        let mut office_end = end;
        if let Some(after) = glued_after {
            if !self.acting.contains(&after) {
                // "CEO-level", "CFO-turned-investor": no office of a person.
                return None;
            }
            status = status.or(Some("acting"));
            office_end += 1 + after.len();
        }
        // The person right after the office: "chief scientist Ilya Sutskever", "Microsoft's
        // chief executive, Satya Nadella".
        let after = &sentence[office_end..];
        let lead = after.len() - after.trim_start_matches([' ', ',']).len();
        // (Or a name that takes in the office's last words: "Chief Executive Marisol
        // Vantongeren" is one run of capitals, whose canonical name drops the title.)
        let person_after = names.iter().find(|(e, name)| {
            let next = e.start == office_end + lead && (1..=2).contains(&lead);
            let overlapping = e.start >= start && e.start < office_end && e.end > office_end;
            (next || overlapping) && is_person(name)
        });
        // Walk back over the phrase before the office.
        let mut organisation: Option<String> = None;
        let mut anaphoric = false;
        let mut person_before: Option<&str> = None;
        let mut phrase_start = start;
        let mut at = start;
        let tokens = words_before(sentence, start);
        let mut i = 0;
        while let Some(w) = tokens.get(i) {
            let gap = &sentence[w.end..at];
            let text = w.text.to_lowercase();
            let bare = text.trim_end_matches("'s").trim_end_matches("’s");
            // A name ending here: the organisation (or, set apart, the person).
            let ends_here = |e: &Entity| {
                e.end > w.start && e.end <= w.end && matches!(&sentence[e.end..w.end], "" | "'s" | "’s" | "'" | "’")
            };
            if let Some((e, name)) = names.iter().find(|(e, _)| ends_here(e)) {
                let separated = gap.contains([',', '(', '–', '—']) || gap.contains(" - ");
                if is_person(name) {
                    if person_after.is_none() && (separated || gap.trim().is_empty()) {
                        person_before = Some(name);
                        phrase_start = e.start;
                    }
                    break;
                }
                // "President and Chief Executive Officer Marcus Ellery": a post, no organisation.
                if self.same.contains(&name.to_lowercase()) {
                    phrase_start = e.start;
                    at = e.start;
                    i += 1;
                    continue;
                }
                if separated || organisation.is_some() {
                    break;
                }
                organisation = Some(name.clone());
                phrase_start = e.start;
                at = e.start;
                // Skip the name's own words.
                while tokens.get(i + 1).is_some_and(|t| t.start >= e.start) {
                    i += 1;
                }
                i += 1;
                continue;
            }
            if gap.contains(['.', ';', ':', '(', ')', '"', '“', '”']) {
                break;
            }
            let comma = gap.contains([',', '–', '—']) || gap.contains(" - ");
            let pair = tokens.get(i + 1).map(|p| format!("{} {}", p.text.to_lowercase(), text));
            let in_list = |list: &[String]| list.iter().any(|x| x == &text || pair.as_ref().is_some_and(|p| p == x));
            if comma {
                // After a comma only a list of posts goes on ("OpenAI's co-founder, chief
                // scientist"); else the phrase ended and a person may stand before it.
                if !in_list(&self.same) && !self.anaphor_possessive(&text) && !ARTICLES.contains(&bare) {
                    break;
                }
            }
            if in_list(&self.former) {
                status = status.or(Some("former"));
            } else if in_list(&self.acting) {
                status = status.or(Some("acting"));
            } else if self.anaphor_possessive(&text) || text == "its" {
                anaphoric = true;
            } else if !(in_list(&self.same) || ARTICLES.contains(&bare) || self.anaphor_nouns.iter().any(|n| n == bare))
            {
                break;
            }
            phrase_start = w.start;
            at = w.start;
            i += 1;
        }
        // "chief scientist of OpenAI", "CFO at the company".
        if organisation.is_none() {
            let of = after.trim_start();
            let skip = after.len() - of.len();
            if let Some(rest) = of.strip_prefix("of ").or_else(|| of.strip_prefix("at ")) {
                let rest_at = office_end + skip + 3;
                let body = rest.trim_start_matches("the ");
                let body_at = rest_at + (rest.len() - body.len());
                if let Some((_, name)) = names.iter().find(|(e, name)| e.start == body_at && !is_person(name)) {
                    organisation = Some(name.clone());
                } else if self
                    .anaphor_nouns
                    .iter()
                    .any(|n| body.starts_with(n.as_str()) && rest.starts_with("the "))
                {
                    anaphoric = true;
                }
            }
        }
        if organisation.is_none() && anaphoric {
            // The sentence's first organisation ("Harrowgate Stores, the Ohio retailer, said its
            // CFO"), or the one the sentence before was about.
            organisation = names
                .iter()
                .find(|(e, name)| e.end <= phrase_start && !is_person(name))
                .map(|(_, name)| name.as_str())
                .or(last_organisation.filter(|name| !is_person(name)))
                .map(str::to_string);
        }
        let person = match (person_after, person_before) {
            (Some((_, name)), _) => name.as_str(),
            (None, Some(name)) => name,
            _ => return None,
        };
        let person = entities.untitled(person).unwrap_or(person).to_string();
        let phrase_end = person_after.map_or(office_end, |(e, _)| e.end);
        if status.is_none() && self.changes_near(sentence, phrase_start, phrase_end) {
            status = Some("changed");
        }
        Some(Role {
            start,
            end,
            person,
            organisation,
            office,
            status,
        })
    }

    /// "the company's", "the firm's": an organisation named again.
    fn anaphor_possessive(&self, word: &str) -> bool {
        let bare = word.trim_end_matches("'s").trim_end_matches("’s");
        bare.len() < word.len() && self.anaphor_nouns.iter().any(|n| n == bare)
    }

    /// A verb that changes who holds an office within a few words of `from..to`: before it
    /// back to a comma at most (not another's in a list: "Murati, named interim successor,
    /// as well as Ilya Sutskever, chief scientist"), after it up to a colon, a semicolon, a
    /// bracket or a dash.
    fn changes_near(&self, sentence: &str, from: usize, to: usize) -> bool {
        let Some(change) = &self.change else { return false };
        let clause_start = sentence[..from]
            .rfind([',', ';', ':', '(', '—', '–'])
            .map_or(0, |i| i + sentence[i..].chars().next().map_or(1, char::len_utf8));
        let before = words_before(sentence, from);
        let window_start = before
            .get(CHANGE_BEFORE - 1)
            .or(before.last())
            .map_or(from, |w| w.start)
            .max(clause_start);
        let rest = &sentence[to..];
        let mut window_end = rest.find([';', ':', '(', '—', '–']).unwrap_or(rest.len());
        let (mut seen, mut in_word) = (0, false);
        for (i, c) in rest[..window_end].char_indices() {
            if c.is_whitespace() && in_word {
                seen += 1;
                if seen == CHANGE_AFTER {
                    window_end = i;
                    break;
                }
            }
            in_word = !c.is_whitespace();
        }
        change.is_match(&sentence[window_start..from]) || change.is_match(&rest[..window_end])
    }
}

/// A person's name: two to four capitalised words ("Tasha McCauley", "Adam D'Angelo"), none
/// an organisation's word.
fn person_like(entities: &EntityRecogniser, name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    let plain = |w: &&str| {
        w.chars().next().is_some_and(char::is_uppercase)
            && w.chars().any(char::is_lowercase)
            && w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.'))
    };
    entities.is_person(name)
        || (2..=4).contains(&words.len()) && words.iter().all(plain) && !entities.is_institution(name)
}

/// The last word of `text` (letters, digits, apostrophes).
fn last_word(text: &str) -> &str {
    let start = text
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    &text[start..]
}

/// The words before `end`, last first (hyphened words are one: "co-founder").
fn words_before(sentence: &str, end: usize) -> Vec<Word<'_>> {
    let mut words = Vec::new();
    let text = &sentence[..end];
    let mut word_end: Option<usize> = None;
    for (i, c) in text.char_indices().rev() {
        let part = c.is_alphanumeric() || matches!(c, '\'' | '’' | '-' | '&');
        match (part, word_end) {
            (true, None) => word_end = Some(i + c.len_utf8()),
            (false, Some(e)) => {
                let start = i + c.len_utf8();
                words.push(Word {
                    start,
                    end: e,
                    text: &text[start..e],
                });
                word_end = None;
            }
            _ => {}
        }
    }
    if let Some(e) = word_end {
        words.push(Word {
            start: 0,
            end: e,
            text: &text[..e],
        });
    }
    // A dash set apart is punctuation, no word ("Jane Roe - chief scientist").
    words.retain(|w| w.text.chars().any(|c| c.is_alphanumeric() || c == '&'));
    words
}
