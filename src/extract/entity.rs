//! Entities: runs of capitalised words (people, organisations, products) and the names they
//! stand for. "Nick Joseph" is "Nicholas Joseph" (nickname), "Karpathy" is "Andrej Karpathy"
//! within a document that names him in full, "PwC" is whatever the lexicon calls it.

use std::collections::{HashMap, HashSet};

use unicode_general_category::{get_general_category, GeneralCategory};

use super::numbers::is_number_word;
use super::time::{is_month_name, is_weekday_name};
use crate::rules::Lexicon;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entity {
    /// Byte range in the sentence.
    pub start: usize,
    pub end: usize,
    /// The name as written, possessive dropped.
    pub surface: String,
}

pub struct EntityRecogniser {
    stopwords: HashSet<String>,
    aliases: HashMap<String, String>,
    nicknames: HashMap<String, String>,
    /// Words that make a name an organisation's or a product's ("Labs", "Inc", "Bank").
    organisation_words: HashSet<String>,
    person_titles: HashSet<String>,
    /// Organisation words that end a place's or an event's name ("Province", "Typhoon").
    place_words: HashSet<String>,
    /// Legal forms dropped from the end of a name ("corp", "inc"), lower case, no dots.
    legal_forms: HashSet<String>,
    /// Capitalised words that name no entity (lexicon `not_names`).
    not_names: HashSet<String>,
    /// Words that open a name of several words (lexicon `name_openers`): of `not_names`, and
    /// words a sentence may open with as a participle ("United").
    name_openers: HashSet<String>,
    /// "EUR", "USD": currency codes from the lexicon are not organisations.
    currency_codes: HashSet<String>,
    /// Words a number after them labels ("Category 4", "Flight 12"), lower case: that
    /// number is no model's.
    labels: HashSet<String>,
}

impl EntityRecogniser {
    pub fn new(lexicon: &Lexicon) -> EntityRecogniser {
        let mut aliases = HashMap::new();
        for e in &lexicon.entities {
            for a in &e.aliases {
                aliases.insert(a.to_lowercase(), e.name.clone());
            }
        }
        EntityRecogniser {
            stopwords: lexicon.stopwords.iter().map(|s| s.to_lowercase()).collect(),
            aliases,
            nicknames: lexicon.nicknames.clone().into_iter().collect(),
            not_names: lexicon.not_names.iter().cloned().collect(),
            name_openers: lexicon.name_openers.iter().cloned().collect(),
            organisation_words: lexicon.organisation_words.iter().cloned().collect(),
            person_titles: lexicon.person_titles.iter().cloned().collect(),
            place_words: lexicon.place_words.iter().cloned().collect(),
            legal_forms: lexicon.legal_forms.iter().map(|w| legal_form_key(w)).collect(),
            currency_codes: lexicon
                .currencies
                .keys()
                .filter(|k| k.chars().all(|c| c.is_ascii_uppercase()))
                .cloned()
                .collect(),
            labels: lexicon.labels.iter().map(|l| l.to_lowercase()).collect(),
        }
    }

    pub fn find(&self, sentence: &str) -> Vec<Entity> {
        let mut found = Vec::new();
        for (run_start, run_end) in capitalised_runs(sentence) {
            // Split the run at words that cannot be part of a name.
            let mut start: Option<usize> = None;
            let mut end = run_start;
            let words: Vec<(usize, &str)> = sentence[run_start..run_end]
                .split(' ')
                .scan(run_start, |at, w| {
                    let here = *at;
                    *at += w.len() + 1;
                    Some((here, w))
                })
                .collect();
            let last = words.last().map(|&(at, _)| at);
            // "Russian President Vladimir Putin": before a person's title an opener describes
            // the person ("American Airlines", "European Central Bank" are names).
            let titled = words.iter().any(|&(_, w)| {
                self.person_titles
                    .contains(strip_possessive(w).trim_end_matches(['.', ',']))
            });
            for (at, w) in words.iter().copied().chain(std::iter::once((run_end + 1, ""))) {
                let bare = strip_possessive(w).trim_end_matches(['.', '-', '\'', '’']);
                let lower = bare.to_lowercase();
                // "C-suite" and "X-based" are not names; neither are number words.
                let hyphen_word = bare
                    .split_once('-')
                    .is_some_and(|(_, rest)| rest.starts_with(char::is_lowercase));
                let excluded = bare.is_empty()
                    || hyphen_word
                    || self.stopwords.contains(&lower)
                    // Number words open sentences ("Three sources confirmed") but name nothing.
                    || is_number_word(&lower)
                    // "AI" alone names nothing; ending a name it is part of it ("Open AI"),
                    // not inside a run of capitals ("The Biggest AI Defection").
                    || self.not_names.contains(bare)
                        && !(start.is_some() && Some(at) == last && self.organisation_words.contains(bare))
                        && !(start.is_none() && Some(at) != last && !titled && self.name_openers.contains(bare))
                    || self.currency_codes.contains(bare);
                if excluded || w.is_empty() {
                    if let Some(s) = start.take() {
                        self.push(&mut found, sentence, s, end);
                    }
                    continue;
                }
                start.get_or_insert(at);
                end = at + bare.len();
                // A quote opened right before the name and closed after this word ("'Ember
                // Crown' Crowned With $151M"; not "the Farmers' League").
                let quoted = w.ends_with('\'') && start.is_some_and(|s| sentence[..s].ends_with(['\'', '‘']));
                if strip_possessive(w).len() < w.len() || quoted {
                    // "Anthropic’s pre-training team": the name ends at the possessive, and at
                    // the closing quote.
                    if let Some(s) = start.take() {
                        self.push(&mut found, sentence, s, end);
                    }
                }
            }
        }
        found
    }

    fn push(&self, found: &mut Vec<Entity>, sentence: &str, start: usize, end: usize) {
        // As the number recogniser reads it: a number after a sentence's first word is a
        // figure ("Sources 12 references", "Another 1,140 are missing").
        let opens = !sentence[..start].chars().any(char::is_alphanumeric) && !sentence[start..end].contains(' ');
        let end = if opens {
            end
        } else {
            end + self.model_number(&sentence[start..end], &sentence[end..])
        };
        let surface = sentence[start..end].to_string();
        // "(NASDAQ: ORVN)": the exchange a ticker trades on is nobody the story tells of.
        let exchange = sentence[..start].trim_end().ends_with('(') && sentence[end..].starts_with(':');
        if surface.chars().count() > 1 && !exchange {
            found.push(Entity { start, end, surface });
        }
    }

    /// A name of two or three plain capitalised words that is not an organisation: a person.
    pub fn is_person(&self, name: &str) -> bool {
        looks_like_person(name, &self.organisation_words)
    }

    /// A person's name, after a title or not ("Culture Minister Paul Ardent"): who a quote's
    /// "he" or "she" may be. (A figure's subject keeps to `is_person`: a minister's figures
    /// are often the ministry's.)
    pub fn is_titled_person(&self, name: &str) -> bool {
        let words: Vec<&str> = name.split_whitespace().collect();
        let untitled = words
            .iter()
            .rposition(|w| self.person_titles.contains(*w))
            .and_then(|title| words.get(title + 1..))
            .map(|rest| rest.join(" "));
        looks_like_person(untitled.as_deref().unwrap_or(name), &self.organisation_words)
    }

    /// A name that ends with an institution's word ("the Management Council", "NBC News"):
    /// an organisation, not a person, a place or an event.
    pub fn is_institution(&self, name: &str) -> bool {
        name.split_whitespace()
            .last()
            .is_some_and(|w| self.organisation_words.contains(w) && !self.place_words.contains(w))
    }

    /// The people among a document's full names, by surname: the first full name (in
    /// document order) ending in each last word.
    pub fn people_by_surname<'a>(&self, full_names: impl IntoIterator<Item = &'a str>) -> HashMap<String, String> {
        let mut people = HashMap::new();
        for full in full_names {
            if let Some((_, last)) = full.rsplit_once(' ') {
                if !people.contains_key(last) && self.is_person(full) {
                    people.insert(last.to_string(), full.to_string());
                }
            }
        }
        people
    }

    /// The person a name with a title before it names ("Technology Officer Ines Carrow" is Ines
    /// Carrow, "Culture Minister Paul Ardent" Paul Ardent): the words after the last title,
    /// when they look like a person's name.
    pub fn untitled<'a>(&self, name: &'a str) -> Option<&'a str> {
        let title_end = name.match_indices(' ').map(|(i, _)| i).rfind(|&i| {
            let word = name[..i].rsplit(' ').next().unwrap_or_default();
            self.person_titles.contains(word.trim_end_matches('.'))
        })?;
        let person = &name[title_end + 1..];
        self.is_person(person).then_some(person)
    }

    /// Whether `word` opens names of several words (lexicon `name_openers`: "United
    /// Airlines", "European Central Bank"), rather than describing the name after it.
    pub fn opens_names(&self, word: &str) -> bool {
        self.name_openers.contains(word)
    }

    /// The canonical name of an entity written `surface`, given the people a document names
    /// in full (`people_by_surname`), so a bare surname resolves to the person it names there.
    pub fn canonical(&self, surface: &str, people: &HashMap<String, String>) -> String {
        if let Some(name) = self.aliases.get(&surface.to_lowercase()) {
            return name.clone();
        }
        // "Orvane Corp." is Orvane; "Corp." alone stays a name.
        let mut kept: Vec<&str> = surface.split_whitespace().collect();
        let written = kept.len();
        while kept.len() > 1
            && kept
                .last()
                .is_some_and(|w| self.legal_forms.contains(&legal_form_key(w)))
        {
            kept.pop();
        }
        if kept.len() < written {
            return self.canonical(&kept.join(" "), people);
        }
        let mut words: Vec<String> = surface.split_whitespace().map(str::to_string).collect();
        if words.len() > 1 {
            if let Some(first) = words.first_mut() {
                if let Some(full) = self.nicknames.get(first.as_str()) {
                    *first = full.clone();
                }
            }
            return words.join(" ");
        }
        people.get(surface).cloned().unwrap_or_else(|| surface.to_string())
    }
}

impl EntityRecogniser {
    /// How many bytes of `after` a name `name` takes as its model number: "Aster 3" and
    /// "Aster 2" are two products, "Helix 7" one. A number of one to three digits right
    /// after the name, alone (not "3.4", "3,000", "3%"), and not a figure's ("Vellacott 58
    /// million", "the Greens 32 of the 87 seats"), a label's ("Category 4"), nor a date's
    /// ("March 16", "Monday 08:40"), as the number recogniser reads them.
    fn model_number(&self, name: &str, after: &str) -> usize {
        let Some(rest) = after.strip_prefix(' ') else { return 0 };
        let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        let tail = &rest[digits..];
        let mut next = tail.chars();
        let alone = match next.next() {
            None => true,
            Some(c) if c.is_whitespace() => true,
            Some(',' | '.' | ':') => !next.next().is_some_and(|c| c.is_ascii_digit()),
            Some(c) => matches!(c, ';' | '!' | '?' | ')' | '\'' | '’' | '"' | '”'),
        };
        let last = name.rsplit(' ').next().unwrap_or(name).trim_end_matches('.');
        let next_word = tail
            .split_whitespace()
            .next()
            .unwrap_or_default()
            .trim_end_matches(|c: char| !c.is_alphabetic())
            .to_lowercase();
        let a_figure = !next_word.is_empty() && is_number_word(&next_word)
            || matches!(
                next_word.as_str(),
                "of" | "out"
                    | "per"
                    | "percent"
                    | "times"
                    | "to"
                    | "and"
                    | "or"
                    | "bn"
                    | "m"
                    | "pm"
                    | "am"
                    | "p.m"
                    | "a.m"
            );
        let ok = (1..=3).contains(&digits)
            && !rest.starts_with('0')
            && alone
            && !a_figure
            && !self.labels.contains(&last.to_lowercase())
            && !is_month_name(last)
            && !is_weekday_name(last);
        if ok {
            1 + digits
        } else {
            0
        }
    }
}

/// The byte spans of the runs of capitalised words in `sentence`: a capitalised word, or a
/// word with a capital inside ("nanoGPT", "xAI"), starting a word, then more of them after
/// single white space characters or after a name's particle ("Coyuca de Benítez", "Osama bin
/// Laden", "Ludwig van Beethoven", "Marks & Spencer"). A word runs on over letters, digits and `&.'’-`
/// (`-` alone after an inner capital). Scanned by hand rather than by a regex: the regex's
/// Unicode classes made its reverse automaton, which finds where a match starts, cost more
/// to build on a short run's first sentences than the whole search of a warm one, in every
/// thread. Capitals are the general category `Lu`, not the property `Uppercase`: a circled
/// "🅐" is a symbol, no capital.
fn capitalised_runs(sentence: &str) -> Vec<(usize, usize)> {
    // (And an ampersand between two names: "Procter & Gamble", "Harrow & Vance".)
    const PARTICLES: [&str; 15] = [
        "de", "del", "da", "das", "do", "dos", "di", "du", "van", "von", "der", "den", "bin", "ibn", "&",
    ];
    let chars: Vec<(usize, char)> = sentence.char_indices().collect();
    let at = |i: usize| chars.get(i).map(|&(_, c)| c);
    let byte = |i: usize| chars.get(i).map_or(sentence.len(), |&(b, _)| b);
    let upper = |c: char| get_general_category(c) == GeneralCategory::UppercaseLetter;
    let lower = |c: char| get_general_category(c) == GeneralCategory::LowercaseLetter;
    let name_char = |c: char| {
        use GeneralCategory::*;
        matches!(
            get_general_category(c),
            UppercaseLetter
                | LowercaseLetter
                | TitlecaseLetter
                | ModifierLetter
                | OtherLetter
                | DecimalNumber
                | LetterNumber
                | OtherNumber
        )
    };
    let run_over = |mut i: usize, also: &[char]| {
        while at(i).is_some_and(|c| name_char(c) || also.contains(&c)) {
            i += 1;
        }
        i
    };
    // Where a capitalised word (or one with an inner capital) starting at `i` ends.
    let word_end = |i: usize| match at(i) {
        Some(c) if upper(c) => Some(run_over(i + 1, &['&', '.', '\'', '’', '-'])),
        Some(c) if lower(c) => {
            let mut j = i;
            while at(j).is_some_and(lower) {
                j += 1;
            }
            at(j).is_some_and(upper).then(|| run_over(j + 1, &['-']))
        }
        _ => None,
    };
    // Where the particle starting at `i` and the space after it end.
    let particle_end = |i: usize| {
        let mut j = i;
        while at(j).is_some_and(|c| !c.is_whitespace()) {
            j += 1;
        }
        let particle = &sentence[byte(i)..byte(j)];
        (PARTICLES.contains(&particle) && at(j).is_some_and(char::is_whitespace)).then_some(j + 1)
    };
    let mut runs = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let starts_word = i == 0 || at(i - 1).is_none_or(|c| !regex_syntax::is_word_character(c));
        let Some(mut end) = starts_word.then(|| word_end(i)).flatten() else {
            i += 1;
            continue;
        };
        while at(end).is_some_and(char::is_whitespace) {
            let Some(next) = particle_end(end + 1).and_then(&word_end).or_else(|| word_end(end + 1)) else {
                break;
            };
            end = next;
        }
        runs.push((byte(i), byte(end)));
        i = end;
    }
    runs
}

/// A legal form as compared: lower case, without dots or a trailing comma ("Corp." is "corp",
/// "N.V." is "nv").
fn legal_form_key(word: &str) -> String {
    word.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// A name of two or three plain capitalised words with no organisation word in it.
fn looks_like_person(name: &str, organisation_words: &HashSet<String>) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    (2..=3).contains(&words.len())
        && words.iter().all(|w| {
            // "Okafor-Lund", "Jean-Luc": each part of a hyphened name capitalised.
            w.split('-').all(|part| {
                let mut chars = part.chars();
                chars.next().is_some_and(char::is_uppercase) && chars.all(char::is_lowercase)
            })
        })
        && !words.iter().any(|w| organisation_words.contains(*w))
}

/// Two canonical names name the same entity: equal once case, spaces and punctuation are
/// ignored ("OpenAI", "Open AI"), one is the other's surname, or they differ by a letter or
/// two in a long name ("Kisaragi Pharmaceutical", "Kisaragi Pharmaceuticals").
pub fn same_entity(a: &str, b: &str) -> bool {
    // Called for every pair of claims in a block: compare without allocating where possible.
    if a.eq_ignore_ascii_case(b) || is_surname_of(a, b) || is_surname_of(b, a) {
        return true;
    }
    if squash(a).eq(squash(b)) {
        return true;
    }
    // "Galaxy S24 Ultra" is not "Galaxy S23 Ultra", however alike they are spelt.
    if !a
        .chars()
        .filter(char::is_ascii_digit)
        .eq(b.chars().filter(char::is_ascii_digit))
    {
        return false;
    }
    let (la, lb) = (a.len(), b.len());
    // A normalised Levenshtein similarity of 0.9 needs lengths within a tenth of each other.
    la.min(lb) >= 12
        && la.abs_diff(lb) * 10 <= la.max(lb)
        && strsim::normalized_levenshtein(&squashed(a), &squashed(b)) >= 0.9
}

/// A name's letters and digits in lower case, as a string.
pub fn squashed(s: &str) -> String {
    squash(s).collect()
}

/// A name's letters and digits in lower case: "Open AI" and "OpenAI" squash alike.
fn squash(s: &str) -> impl Iterator<Item = char> + '_ {
    s.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase)
}

/// "Karpathy" in "Andrej Karpathy": `short` is the last word of `long`.
pub fn is_surname_of(short: &str, long: &str) -> bool {
    // Split where `short` would start; off a character boundary no word starts there.
    long.len() > short.len() + 1
        && long
            .split_at_checked(long.len() - short.len())
            .is_some_and(|(rest, last)| rest.ends_with(' ') && last.eq_ignore_ascii_case(short))
}

pub fn strip_possessive(w: &str) -> &str {
    w.strip_suffix("'s")
        .or_else(|| w.strip_suffix("’s"))
        .or_else(|| w.strip_suffix('’'))
        .unwrap_or(w)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::RuleSet;

    fn recogniser() -> EntityRecogniser {
        EntityRecogniser::new(&RuleSet::defaults().unwrap().lexicon)
    }

    /// The names found in `text`, as written.
    fn surfaces(text: &str) -> Vec<String> {
        recogniser().find(text).into_iter().map(|e| e.surface).collect()
    }

    /// The runs `capitalised_runs` finds in `text`, as written.
    fn runs(text: &str) -> Vec<&str> {
        capitalised_runs(text).into_iter().map(|(s, e)| &text[s..e]).collect()
    }

    #[test]
    fn a_run_is_capitalised_words_joined_by_single_spaces_or_a_particle() {
        assert_eq!(
            runs("Ludwig van Beethoven met Osama bin Laden and the  Coyuca de Benítez mayor."),
            ["Ludwig van Beethoven", "Osama bin Laden", "Coyuca de Benítez"]
        );
        // A particle with no name after it ends the run before it; two spaces end it too.
        assert_eq!(runs("Karl von the others, New  York"), ["Karl", "New", "York"]);
        // Inner capitals, possessives, initials and ampersands stay in the word.
        assert_eq!(
            runs("xAI, nanoGPT and AT&T’s O'Brien cited J.P. Morgan."),
            ["xAI", "nanoGPT", "AT&T’s O'Brien", "J.P. Morgan."]
        );
        // No run starts inside a word ("3M" past its digit, "macOS" is one word).
        assert_eq!(runs("3M shipped macOS to Émile Zola"), ["macOS", "Émile Zola"]);
        // A capital is a letter of category Lu, not any upper-case symbol.
        assert_eq!(runs("🅐 Anthropic"), ["Anthropic"]);
        assert!(runs("lower case only, 2026.").is_empty());
    }

    #[test]
    fn capitalised_runs_are_entities_and_possessives_end_them() {
        assert_eq!(
            surfaces("On May 19, Andrej Karpathy joined Anthropic’s pretraining team under Nick Joseph and nanoGPT."),
            ["Andrej Karpathy", "Anthropic", "Nick Joseph", "nanoGPT"]
        );
        assert_eq!(
            surfaces("Procter & Gamble and Marks & Spencer reported results."),
            ["Procter & Gamble", "Marks & Spencer"]
        );
        assert_eq!(
            surfaces("Box Office: 'Ember Crown' Crowned With Record Debut for the Farmers' League"),
            [
                "Box Office",
                "Ember Crown",
                "Crowned",
                "Record Debut",
                "Farmers' League"
            ]
        );
    }

    #[test]
    fn a_direction_opens_a_name_only_before_another_name_word() {
        assert_eq!(
            surfaces("Northern officials said Northern Ireland and Eastern Samar voted, unlike Western."),
            ["Northern Ireland", "Eastern Samar"]
        );
    }

    /// A demonym opens the name of an airline or a bank, not of a title's holder.
    #[test]
    fn a_demonym_opens_a_name_but_not_a_title() {
        assert_eq!(
            surfaces("American officials said American Airlines and the European Central Bank agreed."),
            ["American Airlines", "European Central Bank"]
        );
        assert_eq!(
            surfaces("He met Russian President Vladimir Putin and British Prime Minister Keir Starmer."),
            ["President Vladimir Putin", "Prime Minister Keir Starmer"]
        );
    }

    #[test]
    fn a_person_is_two_or_three_capitalised_words_hyphened_or_not() {
        let r = recogniser();
        assert!(r.is_person("Rafe Okafor-Lund"));
        assert!(r.is_person("Jean-Luc Marrow"));
        assert!(!r.is_person("Coca-cola Hellenic"));
        assert!(!r.is_person("Quorline Technologies"));
        assert_eq!(r.untitled("Technology Officer Ines Carrow"), Some("Ines Carrow"));
    }

    #[test]
    fn names_resolve_through_aliases_nicknames_and_surnames() {
        let r = recogniser();
        let none = HashMap::new();
        assert_eq!(r.canonical("Nick Joseph", &none), "Nicholas Joseph");
        assert_eq!(r.canonical("PwC", &none), "PricewaterhouseCoopers");
        let people = r.people_by_surname(["Eureka Labs", "Andrej Karpathy", "Maria Karpathy"]);
        assert_eq!(r.canonical("Karpathy", &people), "Andrej Karpathy");
        assert_eq!(r.canonical("Labs", &people), "Labs");
        assert!(same_entity("Andrej Karpathy", "karpathy"));
        assert!(!same_entity("Anthropic", "OpenAI"));
        assert!(same_entity("OpenAI", "Open AI"));
        assert!(same_entity("Kisaragi Pharmaceutical", "Kisaragi Pharmaceuticals"));
        assert!(!same_entity("Halvora", "Marktfeld"));
    }
}
