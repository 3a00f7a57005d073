//! Resolution: mentions become claims. A claim is a key (what it is about: subject,
//! attribute, object), a value and its provenance (the exact bytes of the file it came from).
//! Attribute words come from the extraction rules, event words from the lexicon, names from
//! the entity recogniser with each document's own full names.

use jiff::civil::{Date, Weekday};
use regex::Regex;
use serde::Serialize;

use crate::extract::entity::{same_entity, Entity, EntityRecogniser};
use crate::extract::time::is_dateline;
use crate::extract::{Mention, Recognisers};
use crate::rules::{Kind, RuleSet};
use crate::source::Document;
use crate::value::{Grain, Span, Unit, Value};

/// What a claim is about. Two claims are compared only when their attributes are equal and
/// their subjects and objects do not name different entities.
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Key {
    pub subject: Option<String>,
    /// `None` when the tool cannot tell what the figure measures: such a claim is listed but
    /// never compared.
    pub attribute: Option<String>,
    pub object: Option<String>,
    /// The event is marked as one of several ("left again").
    #[serde(skip)]
    pub repeated: bool,
    /// Every name in the claim's sentence: "Halvora agreed to buy Marktfeld for €2bn" is about
    /// Marktfeld and Halvora, whichever a sentence puts first.
    #[serde(skip)]
    pub participants: Vec<String>,
}

impl Key {
    /// "anthropic/valuation", "andrej-karpathy/leave/openai", "experiment-count".
    pub fn display(&self) -> String {
        let parts = [
            &self.subject,
            &Some(self.attribute.clone().unwrap_or_else(|| "?".into())),
            &self.object,
        ];
        parts
            .iter()
            .filter_map(|p| p.as_deref())
            .map(slug)
            .collect::<Vec<_>>()
            .join("/")
    }
}

pub fn slug(s: &str) -> String {
    s.to_lowercase().split_whitespace().collect::<Vec<_>>().join("-")
}

/// When a figure holds.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct AsOf {
    pub span: Span,
    /// Written in the claim's clause, rather than taken from the source's date.
    pub stated: bool,
}

/// A checkable statement of one source.
#[derive(Clone, Debug)]
pub struct Claim {
    /// Index of the source in the run's source list.
    pub source: usize,
    pub kind: Kind,
    /// Byte range in the file as on disk.
    pub span: (usize, usize),
    pub line: usize,
    pub column: usize,
    /// The file's bytes in `span`.
    pub text: String,
    pub sentence: String,
    pub key: Key,
    pub value: Value,
    pub weekday: Option<Weekday>,
    /// The time a figure is stated for: the date in its clause ("valued at $6 billion in
    /// 2023"), else its source's reference date. `None` for dates and when nothing dates it.
    pub as_of: Option<AsOf>,
    /// The extraction rule that found it.
    pub rule: String,
    /// The sentence's content words (lower case, sorted, no function, event or calendar
    /// words): what the claim is about when no name says it.
    pub topic: Vec<String>,
}

impl Claim {
    pub fn hedge(&self) -> Option<&str> {
        match &self.value {
            Value::Amount { hedge, .. } => hedge.as_deref(),
            Value::Time { .. } => None,
        }
    }
}

/// Compiled attribute and event words; built once per rule set.
pub struct Resolver {
    /// Per claim kind: (attribute, pattern of its words).
    attributes: Vec<(Kind, String, Regex)>,
    /// Event classes in precedence order: name, pattern of its words, whether it takes an object.
    events: Vec<(String, Regex, bool)>,
    repeated: Option<Regex>,
    pronoun: Regex,
    clause_break: Regex,
    rule_codes: Vec<(Kind, String)>,
    infinitive: Regex,
    /// Words that say nothing of a topic: stopwords, event words, calendar names.
    function_words: std::collections::HashSet<String>,
}

fn words_pattern(words: &[String]) -> Regex {
    let mut sorted: Vec<&String> = words.iter().collect();
    sorted.sort_by_key(|w| std::cmp::Reverse(w.len()));
    let alternatives: Vec<String> = sorted.iter().map(|w| regex::escape(w)).collect();
    Regex::new(&format!(r"(?i)\b(?:{})", alternatives.join("|"))).expect("escaped words form a regex")
}

impl Resolver {
    pub fn new(rules: &RuleSet) -> Resolver {
        let mut attributes = Vec::new();
        let mut rule_codes = Vec::new();
        for rule in &rules.rules {
            if let Some(extract) = &rule.extract {
                rule_codes.push((extract.kind, rule.code.clone()));
                for (attribute, words) in &extract.attributes {
                    attributes.push((extract.kind, attribute.clone(), words_pattern(words)));
                }
            }
        }
        let lexicon = &rules.lexicon;
        Resolver {
            attributes,
            events: lexicon
                .events
                .iter()
                .map(|e| (e.class.clone(), words_pattern(&e.words), e.object))
                .collect(),
            repeated: (!lexicon.repeated.is_empty()).then(|| words_pattern(&lexicon.repeated)),
            pronoun: Regex::new(r"\b(?:he|she|He|She)\b").unwrap(),
            clause_break: Regex::new(r"[,;:()—–]|\s(?:and then|but|before|after|while|whereas|and later)\s").unwrap(),
            rule_codes,
            infinitive: Regex::new(r"\bto\s+\p{Ll}+\s").unwrap(),
            function_words: lexicon
                .stopwords
                .iter()
                .chain(lexicon.events.iter().flat_map(|e| &e.words))
                .chain(&lexicon.not_names)
                .map(|w| w.to_lowercase())
                .collect(),
        }
    }

    fn rule_code(&self, kind: Kind) -> String {
        self.rule_codes
            .iter()
            .find(|(k, _)| *k == kind)
            .map_or_else(String::new, |(_, c)| c.clone())
    }

    /// The claims of one document, in text order.
    pub fn document(
        &self,
        doc: &Document,
        source: usize,
        recognisers: &Recognisers,
        reference: Option<Date>,
    ) -> Vec<Claim> {
        let found: Vec<Vec<Entity>> = doc
            .sentences
            .iter()
            .map(|s| recognisers.entities.find(doc.sentence_text(s)))
            .collect();
        // A capitalised word opening a sentence may be a common word ("Analysts said",
        // "Inference became faster"). It stays a name when it has several words, is written
        // as a possessive, or is capitalised elsewhere in the document; it is dropped when the
        // document also writes it in lower case or it looks inflected (-s, -ing, -ed, -ly).
        let mid_sentence: std::collections::HashSet<&str> = found
            .iter()
            .flatten()
            .filter(|e| e.start > 0)
            .map(|e| e.surface.as_str())
            .collect();
        // The last words of full names ("Aalders" of "Maria Aalders").
        let surnames: std::collections::HashSet<&str> = found
            .iter()
            .flatten()
            .filter_map(|e| e.surface.rsplit_once(' ').map(|(_, last)| last))
            .collect();
        let lower_words: std::collections::HashSet<&str> = doc
            .text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.starts_with(char::is_lowercase))
            .collect();
        let sentence_entities: Vec<Vec<Entity>> = found
            .iter()
            .zip(&doc.sentences)
            .map(|(entities, s)| {
                let text = doc.sentence_text(s);
                let opener_is_name = |e: &Entity| {
                    let lower = e.surface.to_lowercase();
                    let inflected = ["s", "ing", "ed", "ly"].iter().any(|x| lower.ends_with(x));
                    e.surface.contains(' ')
                        || mid_sentence.contains(e.surface.as_str())
                        || surnames.contains(e.surface.as_str())
                        || text[e.end..].starts_with(['\'', '’'])
                        || !(inflected || lower_words.contains(lower.as_str()))
                };
                entities
                    .iter()
                    .filter(|e| e.start > 0 || opener_is_name(e))
                    .cloned()
                    .collect()
            })
            .collect();
        let full_names: Vec<String> = sentence_entities
            .iter()
            .flatten()
            .map(|e| e.surface.clone())
            .filter(|n| n.contains(' '))
            .collect();
        let canonical = |e: &Entity| recognisers.entities.canonical(&e.surface, &full_names);
        let mut last_person: Option<String> = None;
        let mut claims = Vec::new();
        for (i, (s, entities)) in doc.sentences.iter().zip(&sentence_entities).enumerate() {
            let first_in_paragraph = i == 0 || doc.sentences[i - 1].paragraph != s.paragraph;
            let sentence = doc.sentence_text(s);
            let names: Vec<(Entity, String)> = entities.iter().map(|e| (e.clone(), canonical(e))).collect();
            let context = Context {
                entities: &recognisers.entities,
                sentence,
                names: &names,
                last_person: last_person.as_deref(),
            };
            let mentions = recognisers.mentions(sentence, reference);
            let topic = self.topic(sentence);
            // "Two weeks before Karpathy's post": a date counted from an event dated earlier in
            // the document, read as a time mention of its own.
            let relative: Vec<Mention> = mentions
                .iter()
                .filter(|m| m.kind == Kind::Duration)
                .filter_map(|m| self.relative_date(sentence, m, &claims))
                .collect();
            let mentions: Vec<Mention> = mentions.into_iter().chain(relative).collect();
            for m in &mentions {
                if m.kind == Kind::Date && is_dateline(first_in_paragraph, sentence, m) {
                    continue;
                }
                let key = match m.kind {
                    Kind::Date => self.date_key(&context, m, &mentions),
                    _ => self.quantity_key(&context, m, &mentions),
                };
                let (start, end) = doc.file_span(s.start + m.start, s.start + m.end);
                let (line, column) = doc.line_column(start);
                claims.push(Claim {
                    source,
                    kind: m.kind,
                    span: (start, end),
                    line,
                    column,
                    text: doc.raw[start..end].to_string(),
                    sentence: sentence.to_string(),
                    key,
                    value: m.value.clone(),
                    weekday: m.weekday,
                    as_of: (m.kind != Kind::Date)
                        .then(|| self.as_of(sentence, m, &mentions, reference))
                        .flatten(),
                    rule: self.rule_code(m.kind),
                    topic: topic.clone(),
                });
            }
            // "he" in a later sentence is the person this one is about.
            if let Some((_, name)) = names.iter().find(|(_, n)| recognisers.entities.is_person(n)) {
                last_person = Some(name.clone());
            }
        }
        claims
    }

    fn quantity_key(&self, cx: &Context, m: &Mention, all: &[Mention]) -> Key {
        let attribute = match &m.value {
            Value::Amount {
                unit: Unit::Count(noun),
                ..
            } => Some(format!("{noun}-count")),
            Value::Amount { unit: Unit::Days, .. } => duration_attribute(cx.sentence, m),
            _ => self.nearest_attribute(cx.sentence, m),
        };
        let attribute = match (m.kind, attribute) {
            (Kind::Percent, None) => noun_after(&cx.sentence[m.end..]),
            (_, a) => a,
        };
        // The subject: a name in the counted noun phrase ("30,000 PwC professionals"), else
        // the subject of the figure's clause.
        let clause = self.clause(cx.sentence, m, all);
        let in_noun_phrase = cx
            .names
            .iter()
            .find(|(e, _)| m.kind == Kind::Count && e.start >= m.end && e.start <= m.end + 2);
        let subject = match in_noun_phrase {
            Some((_, n)) => Some(n.clone()),
            None => self.subject(cx, clause, m.start, true),
        };
        Key {
            subject,
            attribute,
            object: None,
            repeated: false,
            participants: cx.all_names(),
        }
    }

    /// The attribute whose word is nearest the figure, within a short distance.
    fn nearest_attribute(&self, sentence: &str, m: &Mention) -> Option<String> {
        const WINDOW: usize = 60;
        self.attributes
            .iter()
            .filter(|(kind, _, _)| *kind == m.kind)
            .flat_map(|(_, name, re)| re.find_iter(sentence).map(move |w| (name, w)))
            .filter_map(|(name, w)| {
                let distance = if w.end() <= m.start {
                    m.start - w.end()
                } else if w.start() >= m.end {
                    w.start() - m.end
                } else {
                    0
                };
                (distance <= WINDOW).then_some((distance, name))
            })
            .min_by_key(|(d, name)| (*d, (*name).clone()))
            .map(|(_, name)| name.clone())
    }

    fn date_key(&self, cx: &Context, m: &Mention, all: &[Mention]) -> Key {
        let (clause_start, clause_end) = self.clause(cx.sentence, m, all);
        let clause = &cx.sentence[clause_start..clause_end];
        let words_outside_date = clause[..m.start - clause_start].split_whitespace().count()
            + clause[m.end - clause_start..].split_whitespace().count();
        // A clause that is only the date ("On May 19, 2026, he announced ...") dates the
        // sentence's event.
        let (scope_start, scope) = if words_outside_date < 3 {
            (0, cx.sentence)
        } else {
            (clause_start, clause)
        };
        // The event word of the highest class whose word is not separated from this date by
        // another date: in "joined the chain in 2017 and took the top job in early 2024",
        // "joined" dates 2017 only.
        let other_date_between = |a: usize, b: usize| {
            all.iter()
                .any(|t| t.kind == Kind::Date && t.start != m.start && t.start >= a.min(b) && t.end <= a.max(b))
        };
        // ... and an event word dates the first time after it in its clause ("appointed her
        // as CFO in March 2024"), else the nearest before it ("On May 19, he announced"): in
        // "said on Monday that it had appointed her in March 2024", not Monday.
        let in_scope: Vec<&Mention> = all
            .iter()
            .filter(|t| t.kind == Kind::Date && t.start >= scope_start && t.end <= scope_start + scope.len())
            .collect();
        let dated_by = |w: (usize, usize)| {
            in_scope
                .iter()
                .filter(|t| t.start >= w.1)
                .min_by_key(|t| t.start)
                .or_else(|| in_scope.iter().filter(|t| t.end <= w.0).max_by_key(|t| t.end))
                .is_some_and(|t| t.start == m.start)
        };
        let Some((class, word, takes_object)) = self.events.iter().find_map(|(class, re, takes_object)| {
            re.find_iter(scope)
                .find(|w| {
                    let at = (scope_start + w.start(), scope_start + w.end());
                    !other_date_between(at.1, m.start) && !other_date_between(m.end, at.0) && dated_by(at)
                })
                .map(|w| (class, w, *takes_object))
        }) else {
            return Key::default();
        };
        let (word_start, word_end) = (scope_start + word.start(), scope_start + word.end());
        // A possessive before the event word is a modifier ("who had become Workday's CTO").
        let subject = self.subject(cx, (scope_start, scope_start + scope.len()), word_start, false);
        // The object: the first name after the event word, unless an infinitive ("left to
        // start Eureka Labs") or a place ("founded in 1998 in Rotterdam") comes first.
        let object = cx
            .names
            .iter()
            .find(|(e, _)| {
                e.start >= word_end && e.end <= scope_start + scope.len() && Some(&cx.names_of(e)) != subject.as_ref()
            })
            .filter(|(e, _)| {
                let between = &cx.sentence[word_end..e.start];
                !self.infinitive.is_match(between) && !between.trim_end().ends_with(" in") && between.trim() != "in"
            })
            .map(|(_, n)| n.clone())
            .filter(|_| takes_object);
        // Who did it: the names before the event word in its clause ("Halvora and Marktfeld
        // agreed"), any of which may be another source's subject; not a possessive, which
        // names someone else's event ("two weeks before Karpathy's post, SAP announced").
        let participants = cx
            .names
            .iter()
            .filter(|(e, _)| {
                e.start >= scope_start && e.end <= word_start && !cx.sentence[e.end..].starts_with(['\'', '’'])
            })
            .map(|(_, n)| n.clone())
            .collect();
        Key {
            subject,
            attribute: Some(class.clone()),
            object,
            repeated: self.repeated.as_ref().is_some_and(|r| r.is_match(scope)),
            participants,
        }
    }

    /// The subject of what stands at `anchor`: the nearest name before it in its clause (a
    /// pronoun there is the person the sentence or the document last named), else the
    /// sentence's own subject, its first name or pronoun.
    fn subject(&self, cx: &Context, clause: (usize, usize), anchor: usize, possessive_ok: bool) -> Option<String> {
        let possessive = |e: &Entity| cx.sentence[e.end..].starts_with(['\'', '’']);
        // "returned to OpenAI ... and left": a name after a preposition is not a subject.
        let after_preposition = |e: &Entity| {
            let previous = cx.sentence[..e.start]
                .split_whitespace()
                .last()
                .unwrap_or("")
                .to_lowercase();
            PREPOSITIONS.contains(&previous.as_str())
        };
        let named = cx.names.iter().rev().find(|(e, _)| {
            e.start >= clause.0 && e.end <= anchor && (possessive_ok || !possessive(e)) && !after_preposition(e)
        });
        let pronoun = self
            .pronoun
            .find_iter(&cx.sentence[clause.0..anchor])
            .last()
            .map(|p| clause.0 + p.start());
        match (named, pronoun) {
            (Some((e, n)), Some(p)) if e.start > p => Some(n.clone()),
            (Some((_, n)), None) => Some(n.clone()),
            (_, Some(p)) => cx.person_before(p),
            (None, None) => {
                let first_name = cx.names.iter().find(|(e, _)| !possessive(e));
                let first_pronoun = self.pronoun.find(cx.sentence).map(|p| p.start());
                match (first_name, first_pronoun) {
                    (Some((e, _)), Some(p)) if p < e.start => cx.person_before(p),
                    (Some((_, n)), _) => Some(n.clone()),
                    (None, Some(p)) => cx.person_before(p),
                    (None, None) => None,
                }
            }
        }
    }

    fn as_of(&self, sentence: &str, m: &Mention, all: &[Mention], reference: Option<Date>) -> Option<AsOf> {
        let (start, end) = self.clause(sentence, m, all);
        let dated = all.iter().find_map(|t| match &t.value {
            Value::Time { span } if t.start >= start && t.end <= end => Some(*span),
            _ => None,
        });
        match (dated, reference) {
            (Some(span), _) => Some(AsOf { span, stated: true }),
            (None, Some(day)) => Some(AsOf {
                span: Span {
                    first: day,
                    last: day,
                    grain: Grain::Day,
                },
                stated: false,
            }),
            (None, None) => None,
        }
    }

    fn topic(&self, sentence: &str) -> Vec<String> {
        let mut words: Vec<String> = sentence
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .map(|w| w.trim_matches('-').to_lowercase())
            .filter(|w| w.chars().count() >= 4 && w.chars().all(char::is_alphabetic) || w.contains('-') && w.len() >= 4)
            .filter(|w| !self.function_words.contains(w))
            .collect();
        words.sort();
        words.dedup();
        words
    }

    /// A duration followed by "before" or "after" and an event the document has already dated
    /// ("Two weeks before Karpathy's post", after "he posted ... on May 19, 2026"): the date
    /// that far from the anchor. The event's noun names its class by the lexicon's event words
    /// ("post" is "posted": announce); the anchor is the latest earlier date of that class
    /// whose subject fits the possessive owner, if one is written.
    fn relative_date(&self, sentence: &str, m: &Mention, earlier: &[Claim]) -> Option<Mention> {
        let Value::Amount {
            value: days,
            unit: Unit::Days,
            ..
        } = &m.value
        else {
            return None;
        };
        let rest = sentence[m.end..].trim_start();
        let (sign, rest) = match rest.split_once(' ') {
            Some(("before", r)) => (-1, r),
            Some(("after", r)) => (1, r),
            _ => return None,
        };
        let phrase_start = sentence.len() - rest.len();
        // The owner ("Karpathy's") and the noun ("post"): articles are skipped.
        let mut owner = None;
        let mut noun = None;
        let mut offset = 0;
        for word in rest.split(' ') {
            let clean = word.trim_end_matches([',', '.', ';', ':']);
            let lower = clean.to_lowercase();
            let at = offset;
            offset += word.len() + 1;
            if matches!(lower.as_str(), "the" | "a" | "an" | "his" | "her" | "its" | "their") {
                continue;
            }
            if let Some(name) = clean.strip_suffix("'s").or_else(|| clean.strip_suffix("’s")) {
                owner = Some(name.to_string());
                continue;
            }
            noun = Some((lower, phrase_start + at + clean.len()));
            break;
        }
        let (noun, end) = noun?;
        // "lasted less than a year before stepping out": a verb, not a dated event.
        if noun.ends_with("ing") || noun.ends_with("ed") {
            return None;
        }
        let stem: String = noun.chars().take(4).collect();
        let class = &self
            .events
            .iter()
            .find(|(_, re, _)| re.as_str().to_lowercase().contains(&stem))?
            .0;
        let anchor = earlier.iter().rev().find(|c| {
            c.kind == Kind::Date
                && c.key.attribute.as_ref() == Some(class)
                && owner
                    .as_ref()
                    .is_none_or(|o| c.key.subject.as_ref().is_some_and(|s| same_entity(s, o)))
        })?;
        let Value::Time { span } = anchor.value else {
            return None;
        };
        let shift = jiff::Span::new().days(sign * days.round() as i64);
        let span = Span {
            first: span.first.checked_add(shift).ok()?,
            last: span.last.checked_add(shift).ok()?,
            grain: span.grain,
        };
        Some(Mention {
            kind: Kind::Date,
            start: m.start,
            end,
            value: Value::Time { span },
            weekday: None,
        })
    }

    /// The clause around a mention: between the nearest clause breaks that are not inside
    /// another time ("May 19, 2026" has a comma).
    fn clause(&self, sentence: &str, m: &Mention, all: &[Mention]) -> (usize, usize) {
        let inside_time = |i: usize| all.iter().any(|t| t.kind == Kind::Date && t.start <= i && i < t.end);
        let breaks: Vec<(usize, usize)> = self
            .clause_break
            .find_iter(sentence)
            .map(|b| (b.start(), b.end()))
            .filter(|&(s, _)| !inside_time(s))
            .collect();
        let start = breaks
            .iter()
            .filter(|&&(_, e)| e <= m.start)
            .map(|&(_, e)| e)
            .max()
            .unwrap_or(0);
        let end = breaks
            .iter()
            .filter(|&&(s, _)| s >= m.end)
            .map(|&(s, _)| s)
            .min()
            .unwrap_or(sentence.len());
        (start, end)
    }
}

const PREPOSITIONS: &[&str] = &[
    "to", "in", "at", "for", "from", "with", "by", "of", "on", "into", "under", "over", "about", "after", "before",
];

/// One sentence and the names in it, as resolution sees it.
struct Context<'a> {
    entities: &'a EntityRecogniser,
    sentence: &'a str,
    names: &'a [(Entity, String)],
    last_person: Option<&'a str>,
}

impl Context<'_> {
    fn all_names(&self) -> Vec<String> {
        self.names_within((0, self.sentence.len()))
    }

    fn names_within(&self, (start, end): (usize, usize)) -> Vec<String> {
        self.names
            .iter()
            .filter(|(e, _)| e.start >= start && e.end <= end)
            .map(|(_, n)| n.clone())
            .collect()
    }

    /// Who "he" or "she" at `offset` is: a person named earlier in the sentence, else the
    /// person the document last named.
    fn person_before(&self, offset: usize) -> Option<String> {
        self.names
            .iter()
            .find(|(e, n)| e.end <= offset && self.entities.is_person(n))
            .map(|(_, n)| n.clone())
            .or_else(|| self.last_person.map(str::to_string))
    }

    fn names_of(&self, e: &Entity) -> String {
        self.names
            .iter()
            .find(|(x, _)| x == e)
            .map_or_else(String::new, |(_, n)| n.clone())
    }
}

/// The noun right after a percentage ("60 percent odds", "a 61-percentage-point delta").
fn noun_after(after: &str) -> Option<String> {
    let word: String = after
        .trim_start_matches([' ', '-'])
        .chars()
        .take_while(|c| c.is_alphabetic() || *c == '-')
        .collect();
    let word = word.trim_end_matches('-').to_lowercase();
    const NOT_TOPICS: &[&str] = &[
        "of", "in", "on", "at", "to", "for", "from", "by", "and", "or", "vs", "than", "the", "a", "an", "with", "as",
        "that", "which", "is", "was", "were", "are",
    ];
    (word.len() > 2 && !NOT_TOPICS.contains(&word.as_str())).then(|| pluralizer::pluralize(&word, 1, false))
}

/// What a duration measures: the noun of a compound ("a two-day run": `run-duration`), the
/// event it is counted from ("14 days after the second dose": `after-dose`), or the noun it is
/// the length of ("a follow-up of 18 months": `follow-up-duration`). `None` when nothing says.
fn duration_attribute(sentence: &str, m: &Mention) -> Option<String> {
    let written = &sentence[m.start..m.end];
    let after = &sentence[m.end..];
    if written.contains('-') && after.starts_with(' ') {
        return noun_after(after).map(|n| format!("{n}-duration"));
    }
    let mut words = after.split_whitespace().map(|w| {
        w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-')
            .to_lowercase()
    });
    if let Some(relation @ ("after" | "before" | "since")) = words.next().as_deref() {
        const SKIP: &[&str] = &[
            "the", "a", "an", "his", "her", "its", "their", "first", "second", "third", "final", "last",
        ];
        // "two weeks before Karpathy's post" counts from the post.
        let possessive = |w: &str| w.ends_with("'s") || w.ends_with("’s") || w.ends_with('’');
        let noun = words.find(|w| !SKIP.contains(&w.as_str()) && !possessive(w))?;
        return Some(format!("{relation}-{}", pluralizer::pluralize(&noun, 1, false)));
    }
    let before: Vec<&str> = sentence[..m.start].split_whitespace().rev().take(2).collect();
    match before.as_slice() {
        ["of", noun, ..] if noun.chars().all(|c| c.is_alphabetic() || c == '-') => Some(format!(
            "{}-duration",
            pluralizer::pluralize(&noun.to_lowercase(), 1, false)
        )),
        _ => None,
    }
}
