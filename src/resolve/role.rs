//! Who leads what: the offices a sentence gives a named person at an organisation ("OpenAI
//! chief scientist Ilya Sutskever", "Ilya Sutskever, the company's chief technology officer",
//! "Jane Roe, CFO of Halvora"), read with the lexicon's `[roles]`. A role told as past
//! ("former"), as another post ("interim", "deputy") or beside a verb that changes who holds it
//! ("was named", "stepped down") is read with that qualifier, and compared with nothing.

use crate::error::Error;
use crate::extract::{Entity, EntityRecogniser};
use crate::pattern::WordLists;
use crate::rules::Lexicon;

/// The qualifier of a role at "the company" or "its" that the sentence does not name.
pub const THE_COMPANY: &str = "the-company";

/// The qualifiers of a role told as past, as another post, or beside a change.
pub const NOT_CURRENT: [&str; 3] = ["former", "acting", "changed"];

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
    /// The organisation is "the company" or "its" and the sentence does not say which: the
    /// story's own.
    pub the_company: bool,
    /// The office, by the lexicon's name for it.
    pub office: String,
    /// `former`, `acting` or `changed`: compared with nothing.
    pub status: Option<&'static str>,
}

/// Who holds an office, where, told how (see `Role`).
struct Holder {
    person: String,
    organisation: Option<String>,
    the_company: bool,
    status: Option<&'static str>,
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
        // Offices joined by "and" or a comma are one person's ("Halvora CFO and COO Jane Roe",
        // "its chief operating officer and chief financial officer").
        let mut groups: Vec<Vec<(usize, usize, usize)>> = Vec::new();
        for o in kept {
            let joined = groups
                .last()
                .and_then(|g| g.last())
                .is_some_and(|last| matches!(sentence.get(last.1..o.0), Some(" and " | ", " | " & " | ", and ")));
            match groups.last_mut() {
                Some(group) if joined => group.push(o),
                _ => groups.push(vec![o]),
            }
        }
        let mut roles = Vec::new();
        for group in groups {
            let (Some(first), Some(last)) = (group.first(), group.last()) else {
                continue;
            };
            let Some(found) = self.holder(sentence, names, entities, last_organisation, first.0, last.1) else {
                continue;
            };
            for &(start, end, list) in &group {
                let Some(office) = self.offices.get(list) else { continue };
                roles.push(Role {
                    start,
                    end,
                    person: found.person.clone(),
                    organisation: found.organisation.clone(),
                    the_company: found.the_company,
                    office: office.clone(),
                    status: found.status,
                });
            }
        }
        roles
    }

    /// Who holds the office (or offices) written at `start..end`, at what organisation, told
    /// how.
    fn holder(
        &self,
        sentence: &str,
        names: &[(Entity, String)],
        entities: &EntityRecogniser,
        last_organisation: Option<&str>,
        start: usize,
        end: usize,
    ) -> Option<Holder> {
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
        });
        let mut office_end = end;
        if let Some(after) = glued_after {
            if !self.acting.contains(&after.to_lowercase()) {
                // "CEO-level", "CFO-turned-investor": no office of a person.
                return None;
            }
            status = status.or(Some("acting"));
            office_end += 1 + after.len();
        }
        // Walk back over the phrase before the office.
        let mut organisation: Option<String> = None;
        let mut anaphoric = false;
        let mut person_before: Option<&str> = None;
        let mut phrase_start = start;
        let mut at = start;
        let tokens = words_before(sentence, start);
        let mut i = 0;
        while let Some(w) = tokens.get(i) {
            let gap = sentence.get(w.end..at).unwrap_or_default();
            let text = w.text.to_lowercase();
            let bare = text.trim_end_matches("'s").trim_end_matches("’s");
            let ends_here = |e: &Entity| {
                e.end > w.start && e.end <= w.end && matches!(&sentence[e.end..w.end], "" | "'s" | "’s" | "'" | "’")
            };
            if let Some((e, name)) = names.iter().find(|(e, _)| ends_here(e)) {
                // Set apart before the phrase: the person ("Ilya Sutskever, the company's
                // chief scientist").
                let separated = gap.contains([',', '(', '–', '—']) || gap.contains(" - ");
                // Or right before it, named to it: "named Mira Murati interim chief executive".
                let named_to = !separated && is_person(name) && self.changes_near(sentence, e.start, office_end);
                if named_to {
                    person_before = Some(name);
                    phrase_start = e.start;
                    break;
                }
                if separated {
                    if is_person(name) {
                        person_before = Some(name);
                        phrase_start = e.start;
                    }
                    break;
                }
                // Right before it: the organisation ("Morgan Stanley CFO Jane Roe"), or a post
                // ("President and Chief Executive Officer Marcus Ellery"). A person written
                // there is whom a verb names to it ("named Mira Murati chief executive"),
                // told by the change words.
                let post = self.same.contains(&name.to_lowercase());
                if !post {
                    if organisation.is_some() {
                        break;
                    }
                    organisation = Some(name.clone());
                }
                // Skip the name's words, and read what is glued before it ("then-Halvora
                // CFO", "Ex-Halvora CFO").
                let mut first = w.start;
                while let Some(t) = tokens.get(i).filter(|t| t.end > e.start) {
                    first = t.start;
                    i += 1;
                }
                let glued = sentence
                    .get(first..e.start)
                    .unwrap_or_default()
                    .trim_end_matches('-')
                    .to_lowercase();
                let opening = name.split(['-', ' ']).next().unwrap_or_default().to_lowercase();
                if self.former.contains(&glued) || name.contains('-') && self.former.contains(&opening) {
                    status = status.or(Some("former"));
                }
                phrase_start = first.min(e.start);
                at = phrase_start;
                continue;
            }
            if gap.contains(['.', ';', ':', '(', ')', '"', '“', '”']) {
                break;
            }
            let comma = gap.contains([',', '–', '—']) || gap.contains(" - ");
            let before = tokens.get(i + 1).map(|p| p.text.to_lowercase());
            let pair = before.as_ref().map(|p| format!("{p} {text}"));
            let in_list = |list: &[String]| list.iter().any(|x| x == &text || pair.as_ref().is_some_and(|p| p == x));
            // After a comma only a list of posts goes on ("OpenAI's co-founder, chief
            // scientist"); else the phrase ended and a person may stand before it.
            if comma && !in_list(&self.same) && !self.anaphor_possessive(&text) && !ARTICLES.contains(&bare) {
                break;
            }
            // "and" joins posts ("co-founder and chief scientist"), not a person to the
            // office ("Tim Smith and Halvora's chief financial officer").
            let joins_posts = before
                .as_deref()
                .is_some_and(|b| self.same.iter().any(|x| x == b && x != "and" && x != "&"));
            if matches!(text.as_str(), "and" | "&") && !joins_posts {
                break;
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
        // The person right after the office: "chief scientist Ilya Sutskever"; after a comma
        // only as an aside closed by another comma or the sentence's end, after an office
        // that names its organisation ("Microsoft's chief executive, Satya Nadella, said";
        // not "Unlike the CEO, Jane Roe voted", "Halvora's CEO and CFO, Tim Smith and Jane
        // Roe"). (Or a name that takes in the office's last words: "Chief Executive Marisol
        // Vantongeren" is one run of capitals, whose canonical name drops the title.)
        let after = &sentence[office_end..];
        let lead = after.len() - after.trim_start_matches([' ', ',']).len();
        let comma_after = after.trim_start().starts_with(',');
        let person_after = names.iter().find(|(e, name)| {
            let closed = sentence[e.end..]
                .trim_start()
                .chars()
                .next()
                .is_none_or(|c| matches!(c, ',' | '.' | '!' | '?'));
            let aside = !comma_after || (organisation.is_some() || anaphoric) && closed;
            let next = e.start == office_end + lead && (1..=2).contains(&lead) && aside;
            let overlapping = e.start >= start && e.start < office_end && e.end > office_end;
            (next || overlapping) && is_person(name)
        });
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
        // "The company", "its": the one organisation the sentence names before the phrase
        // (two leave it unknown: "After talks with Microsoft, OpenAI said its chief
        // scientist"), or, naming none, the one the sentence before was about.
        if organisation.is_none() && anaphoric {
            let named: Vec<&String> = names
                .iter()
                .filter(|(e, name)| e.end <= phrase_start && !is_person(name))
                .map(|(_, name)| name)
                .collect();
            organisation = match named.as_slice() {
                [one] => Some((*one).clone()),
                [] => last_organisation.filter(|name| !is_person(name)).map(str::to_string),
                _ => None,
            };
        }
        let (person, phrase_end) = match (person_after, person_before) {
            (Some((e, name)), _) => (name.as_str(), e.end),
            (None, Some(name)) => (name, office_end),
            _ => return None,
        };
        let person = entities.untitled(person).unwrap_or(person).to_string();
        // "Halvora's CFO from 2015 to 2020", "its CEO until 2019": a post held then.
        let held_then = sentence[phrase_end..]
            .trim_start_matches([',', ' '])
            .split_whitespace()
            .take(2)
            .collect::<Vec<_>>();
        if let [word, year] = held_then.as_slice() {
            let dated = year.len() >= 4 && year.chars().take(4).all(|c| c.is_ascii_digit());
            if dated
                && matches!(
                    word.to_lowercase().as_str(),
                    "from" | "between" | "until" | "till" | "in"
                )
            {
                status = status.or(Some("former"));
            }
        }
        if status.is_none() && self.changes_near(sentence, phrase_start, phrase_end) {
            status = Some("changed");
        }
        Some(Holder {
            the_company: anaphoric && organisation.is_none(),
            person,
            organisation,
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
