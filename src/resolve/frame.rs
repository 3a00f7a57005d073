//! The claim frame: what a figure measures (a measure from the lexicon), of whom, on what
//! basis (qualifiers: a forecast, an adjusted figure, a place, a named source), in which
//! direction. Two figures are compared only when their frames match; the frame is built from
//! the words of the figure's clause, with the lexicon's measure, qualifier and attribution
//! words (`rules/measures.lexicon.toml`).

use std::collections::HashSet;

use serde::Serialize;
use unicode_normalization::UnicodeNormalization;

use crate::extract::entity::strip_possessive;
use crate::extract::numbers::small_number_word;
use crate::extract::Entity;
use crate::pattern::{static_regex, words_pattern, LazyRegex, WordList, WordLists, WordMatch};
use crate::rules::{Lexicon, MeasureDef, QualifierDef};
use crate::Error;

/// What a claim is about. Claims are compared only when their frames match: same measure,
/// same subject (or both the story's own), same qualifiers, same polarity.
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Frame {
    pub subject: Option<String>,
    /// `None` when the tool cannot tell what the figure measures: such a claim is listed but
    /// never compared. For dates, the class of the event they date.
    pub measure: Option<String>,
    /// For events: who or what the event was done to ("joined OpenAI").
    pub object: Option<String>,
    /// What narrows the measure, sorted: basis words ("expected", "adjusted"), a part
    /// ("of:gaming"), a place ("in:Leyte"), a named source ("per:Reuters").
    pub qualifiers: Vec<String>,
    /// The word that named the measure ("killed", "valuation"), as written.
    pub measure_word: Option<String>,
    /// The clause denies the figure ("did not kill 40"): compared only with denials.
    pub negated: bool,
    /// The direction a change measure goes ("up" for "rose", "down" for "fell").
    pub polarity: Option<String>,
    /// The measure moves during a story: values stated at different times are updates.
    pub evolving: bool,
    /// Each source measures it its own way (`per_source` in the lexicon).
    #[serde(skip)]
    pub per_source: bool,
    /// The measure moves by the minute (`volatile` in the lexicon).
    #[serde(skip)]
    pub volatile: bool,
    /// The figure is one person's (an age, `Resolver::age_frame`): blocked by that person only,
    /// never merged with the story's other names.
    #[serde(skip)]
    pub personal: bool,
    /// The subject is two names that do together what the figure counts ("Alaska and United
    /// canceled a total of 342 flights", `Context::joint_subject`): a figure that names no
    /// one is never taken for theirs.
    #[serde(skip)]
    pub joint: bool,
    /// The measure tells how far a count has got (`progress` in the lexicon).
    #[serde(skip)]
    pub progress: bool,
    /// The figure is the level a moving measure rose to ("the death toll rose to 17"): a
    /// lower figure of its time may be the one it rose from (qualifier `risen`).
    #[serde(skip)]
    pub risen: bool,
    /// The measure is taken at a place (`at_place`: a temperature) and the figure names none,
    /// nor anyone: readings of two stations, or of one at two hours, cannot be told apart, so
    /// a dispute of it is a possible conflict only. So is a distance from a place
    /// (`from_place`) that names none and no one: "homes as far as 10 kilometers away" and
    /// "Cyprus, more than 200 kilometers away" may be from two places to two others.
    #[serde(skip)]
    pub unplaced: bool,
    /// The subject is named in most of the story's sources: it tells claims of this story
    /// nothing apart, and matches a claim that names no subject.
    pub story_subject: bool,
    /// The object is named in most of the story's sources (see `story_subject`).
    pub story_object: bool,
    /// The subject is the story's own place ("the Philippines" in a typhoon story): a figure
    /// of it is the whole story's, as one that names no subject.
    #[serde(skip)]
    pub story_place: bool,
    /// A date written relative to its source's day ("Friday", "yesterday") in a source whose
    /// own date is unknown: read against another source's date, it is listed, not compared.
    pub unanchored: bool,
    /// The event is marked as one of several ("left again").
    #[serde(skip)]
    pub repeated: bool,
    /// The event's class takes no object (an announcement): a story has many, told apart
    /// only by their `matter`.
    #[serde(skip)]
    pub objectless: bool,
    /// The event's class is one a subject does again and again (an announcement): two dates
    /// of it told of no one matter are one event's only when they fall close together.
    #[serde(skip)]
    pub repeats: bool,
    /// For an event without an object, the noun it takes ("move" in "announced the move").
    #[serde(skip)]
    pub matter: Option<String>,
    /// Other names before a figure, nearest first, that could be its subject.
    #[serde(skip)]
    pub alternatives: Vec<String>,
    /// The subject names a person ("Rafe Okafor-Lund", "Chief Technology Officer Ines
    /// Carrow"), set for events: two people's appointments are two events.
    #[serde(skip)]
    pub person: bool,
    /// The subject is a pronoun's person (a quote's "he said"), not a name written beside
    /// the claim: shown, but not evidence against another subject.
    #[serde(skip)]
    pub inferred: bool,
}

impl Frame {
    /// This figure's frame when it converts `other` into other units (or `other` converts
    /// it): `other`'s measure and basis, and a subject of its own when it names one.
    pub fn converted_from(&self, other: &Frame) -> Frame {
        Frame {
            subject: self.subject.clone().or_else(|| other.subject.clone()),
            ..other.clone()
        }
    }

    /// "anthropic/valuation", "andrej-karpathy/leave/openai", "deaths[in:leyte]".
    pub fn display(&self) -> String {
        let parts = [
            &self.subject,
            &Some(self.measure.clone().unwrap_or_else(|| "?".into())),
            &self.object,
        ];
        let mut key = parts
            .iter()
            .filter_map(|p| p.as_deref())
            .map(slug)
            .collect::<Vec<_>>()
            .join("/");
        if self.negated {
            key.insert_str(0, "not:");
        }
        if !self.qualifiers.is_empty() {
            let qualifiers: Vec<String> = self.qualifiers.iter().map(|q| slug(q)).collect();
            key.push_str(&format!("[{}]", qualifiers.join(",")));
        }
        key
    }

    /// Whether the figure estimates one that moves (a toll "feared" to pass 10,000): it is of
    /// the figure to come (see `check::estimate_revised_down`).
    pub fn estimates_moving(&self) -> bool {
        self.evolving && self.qualifiers.iter().any(|q| q == "estimate")
    }

    /// The subject as comparison sees it: none when it is the story's own.
    pub fn compared_subject(&self) -> Option<&str> {
        self.subject.as_deref().filter(|_| !self.story_subject)
    }

    /// The subject a figure is blocked by: none when it is the story's place. Another of the
    /// story's own names stays: "the Greens won 64 seats" is not Unity's count.
    pub fn blocked_subject(&self) -> Option<&str> {
        self.subject.as_deref().filter(|_| !self.story_place)
    }

    /// The option of a vote the figure is for ("remain" in `votes[for:remain]`).
    pub fn option(&self) -> Option<&str> {
        self.qualifiers.iter().find_map(|q| q.strip_prefix("for:"))
    }

    /// The object as comparison sees it: none when it is the story's own.
    pub fn compared_object(&self) -> Option<&str> {
        self.object.as_deref().filter(|_| !self.story_object)
    }
}

/// Whether a text's last word, past an article, is one of `links` (lower case): "rose 4% to
/// an average of £40,000" (a change's level comes next), "up from the 386,810".
fn ends_with_link(before: &str, links: &[&str]) -> bool {
    let mut words = before.split_whitespace().rev().map(str::to_lowercase);
    let last = match words.next() {
        Some(article) if matches!(article.as_str(), "a" | "an" | "the") => words.next(),
        last => last,
    };
    last.is_some_and(|w| links.contains(&w.as_str()))
}

/// The bytes between two spans of one text (0 when they touch or overlap).
fn gap(a: (usize, usize), b: (usize, usize)) -> usize {
    if a.1 <= b.0 {
        b.0 - a.1
    } else {
        a.0.saturating_sub(b.1)
    }
}

/// Whether `before` ends with one of `words` (lower case) as a whole word, in any case, "the"
/// between ("bought the", "in the").
fn ends_with_word<'w>(before: &str, mut words: impl Iterator<Item = &'w str>) -> bool {
    let before = before.trim_end().to_lowercase();
    let before = before.strip_suffix(" the").unwrap_or(&before);
    words.any(|w| {
        before
            .strip_suffix(w)
            .is_some_and(|rest| rest.chars().next_back().is_none_or(|c| !c.is_alphanumeric()))
    })
}

/// A key's part in lower case, words joined by hyphens, compatibility forms folded (NFKC:
/// full-width letters, ligatures).
pub fn slug(s: &str) -> String {
    s.nfkc()
        .collect::<String>()
        .to_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join("-")
}

/// A measure word found in a sentence.
#[derive(Clone, Copy, Debug)]
pub struct MeasureWord<'a> {
    /// Index into the lexicon's measures (their order breaks ties).
    pub measure: usize,
    pub def: &'a MeasureDef,
    pub start: usize,
    pub end: usize,
    /// The measure a relative clause after the figure tells of those counted ("two residents
    /// who had been critically injured died": `injuries`): they are some of that group.
    pub among: Option<&'a MeasureDef>,
}

impl MeasureWord<'_> {
    /// Whether the word (in `text`) says who is counted, not what (the measure's `who`).
    pub fn says_who(&self, text: &str) -> bool {
        let word = &text[self.start..self.end];
        self.def.who.iter().any(|w| w.eq_ignore_ascii_case(word))
    }
}

/// Where a vote figure's option is named.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum OptionNamed {
    /// By the name owning or winning the figure ("Halvora won 51.9%").
    ByWinner,
    /// After a word of voting ("Scotland backed Remain by 62%"): a name before is where the
    /// vote was held.
    ByVote,
    /// Right after the figure, which says nothing else of its own ("and 44.2% Leave").
    AfterFigure,
}

/// The measure, qualifier and attribution words, compiled once per rule set.
pub struct FrameLexicon {
    pub measures: Vec<MeasureDef>,
    /// Each measure's words, a list each, in the order of `measures`.
    measure_words: WordLists,
    qualifiers: Vec<QualifierDef>,
    /// Each qualifier's words, a list each, in the order of `qualifiers`.
    qualifier_words: WordLists,
    /// The qualifier words of more than one word ("after the bell"), which no clause break
    /// splits.
    qualifier_phrases: Option<WordList>,
    generic: HashSet<String>,
    whole_before: HashSet<String>,
    part_nouns: Option<WordList>,
    own_outlook: Option<WordList>,
    /// The measure a change of a part named alone is of (`part_measure`).
    part_measure: Option<String>,
    /// The measure of a sum written before the thing it is of (`attributive_measure`), by
    /// its index in `measures`.
    attributive_measure: Option<usize>,
    restating: Option<WordList>,
    /// Words that set a figure against another (lexicon `set_against`).
    set_against: Option<WordList>,
    /// Verbs of a change told as done (lexicon `changed`), lower case.
    changed: HashSet<String>,
    /// The lexicon's `option_words`, each with the spaces after it.
    option_words: Option<LazyRegex>,
    /// A money or percentage figure at the start of a text, after spaces ("3.5%", "$2
    /// billion"; not a year).
    figure_start: LazyRegex,
    /// Any figure in digits or money right after a space ("48,000", "$2 billion").
    any_figure_after_space: LazyRegex,
    /// "of" and a figure in digits or money ("an average of 89,000"); the figure's first
    /// character, and an empty second group when it is a year ("the first quarter of 2026").
    of_figure: LazyRegex,
    /// A verb's object and "to" or "from" between the verb and a figure ("raised the range
    /// to $28 to $30", "moved its target from 5%").
    object_changed: LazyRegex,
    /// A noun and "of" or "at" after a participle used as an adjective ("the raised range of
    /// $28 to $30").
    noun_of: LazyRegex,
    /// A span of time or a length in digits right after a space ("24 hours", "2 km"): no
    /// figure a measure word before it tells ("died 24 hours after the crash").
    unit_figure_after_space: LazyRegex,
    /// The lexicon's `option_verbs`, lower case.
    option_verbs: HashSet<String>,
    /// The lexicon's `peak_bounds`, lower case.
    peak_bounds: HashSet<String>,
    /// The lexicon's `option_names` ("Yes", "No"), as written.
    option_names: HashSet<String>,
    /// "voted 96 percent to 4 percent to stay": the verb after a split is the option.
    option_after_split: LazyRegex,
    compound_part_nouns: Option<WordList>,
    part_places: Option<WordList>,
    part_units: Option<WordList>,
    neutral: HashSet<String>,
    site_nouns: HashSet<String>,
    rival_words: HashSet<String>,
    owner_words: HashSet<String>,
    stopwords: HashSet<String>,
    /// Last words of an institution's or a place's name ("Service", "Mountains"), as written.
    organisation_words: HashSet<String>,
    place_words: HashSet<String>,
    /// The attribution words, lower case ("said"): a verb, never a part or what changed.
    attribution_words: HashSet<String>,
    /// Every word of a measure or qualifier word, lower case ("net", "income", "adjusted",
    /// "eps").
    vocabulary: HashSet<String>,
    /// An attribution word right after a name ("Reuters reported").
    attributed_after: LazyRegex,
    /// An attribution word right before a name ("according to the UN").
    attributed_before: LazyRegex,
    /// An auxiliary or modal verb right after a name: it is the subject of a clause.
    reported_subject: LazyRegex,
    /// An attribution of a figure to someone of an organisation, right before its name.
    affiliation_before: LazyRegex,
    /// A word before a name that makes it the outlet a figure was told to ("told Reuters").
    reporter_before: LazyRegex,
    /// A wire credit after a name in a dateline ("(Reuters) –"), or an outlet telling what it
    /// found out ("Nordpost has learned that"; not "understands that": "Acme understands that
    /// the regulator will impose a fine of $40 million" is Acme's fine).
    reporter_after: LazyRegex,
    /// Words before a name that make it the gatherer of others' figures ("polled by").
    pollster_before: LazyRegex,
    /// Words after a name that make it the gatherer of others' figures ("FactSet consensus").
    pollster_after: LazyRegex,
    negation: LazyRegex,
    place_before: LazyRegex,
    site_before: LazyRegex,
}

/// One of the lexicon's word lists (`what` names it) that may be empty (then nothing
/// matches: `None`).
pub fn compile_any_words(lexicon: &Lexicon, what: &str, words: &[String]) -> Result<Option<WordList>, Error> {
    (!words.is_empty()).then(|| lexicon.word_list(what, words)).transpose()
}

impl FrameLexicon {
    pub fn new(lexicon: &Lexicon) -> Result<FrameLexicon, Error> {
        let lower = |words: &[String]| words.iter().map(|w| w.to_lowercase()).collect::<HashSet<_>>();
        let attribution = |words: &[&str]| {
            words
                .iter()
                .filter(|w| lexicon.attribution.iter().any(|a| a == *w))
                .map(|w| w.to_string())
                .collect::<Vec<_>>()
        };
        // "said Reuters", "according to the UN": only these words take the name after them;
        // "told AFP" names the listener.
        let before_words = ["according to", "said", "says", "citing", "per", "cited"];
        let before = attribution(&before_words);
        // "Reuters reported"; not "Gothenburg, according to".
        let after: Vec<String> = lexicon
            .attribution
            .iter()
            .filter(|w| !matches!(w.as_str(), "according to" | "citing" | "cited" | "per"))
            .cloned()
            .collect();
        // A pattern that matches nothing when the lexicon has none of those words.
        let before = if before.is_empty() {
            r"[^\s\S]".to_string()
        } else {
            words_pattern(&before)
        };
        Ok(FrameLexicon {
            measure_words: lexicon.word_lists(
                "measure",
                &lexicon.measures.iter().map(|m| m.words.as_slice()).collect::<Vec<_>>(),
            )?,
            measures: lexicon.measures.clone(),
            qualifier_words: lexicon.word_lists(
                "qualifier",
                &lexicon.qualifiers.iter().map(|q| q.words.as_slice()).collect::<Vec<_>>(),
            )?,
            qualifiers: lexicon.qualifiers.clone(),
            qualifier_phrases: compile_any_words(
                lexicon,
                "qualifier phrases",
                &lexicon
                    .qualifiers
                    .iter()
                    .flat_map(|q| &q.words)
                    .filter(|w| w.contains(' '))
                    .cloned()
                    .collect::<Vec<_>>(),
            )?,
            generic: lower(&lexicon.generic_nouns),
            whole_before: lower(&lexicon.whole_before),
            part_nouns: compile_any_words(lexicon, "part nouns", &lexicon.part_nouns)?,
            own_outlook: compile_any_words(lexicon, "own outlook", &lexicon.own_outlook)?,
            part_measure: match &lexicon.part_measure {
                Some(name) if !lexicon.measures.iter().any(|m| &m.name == name) => {
                    return Err(lexicon.invalid(&format!("`part_measure` is `{name}`, which no lexicon defines as a measure")));
                }
                name => name.clone(),
            },
            attributive_measure: match &lexicon.attributive_measure {
                Some(name) => Some(lexicon.measures.iter().position(|m| &m.name == name).ok_or_else(|| {
                    lexicon.invalid(&format!("`attributive_measure` is `{name}`, which no lexicon defines as a measure"))
                })?),
                None => None,
            },
            restating: compile_any_words(lexicon, "restating", &lexicon.restating)?,
            set_against: compile_any_words(lexicon, "set against", &lexicon.set_against)?,
            changed: lower(&lexicon.changed),
            option_words: (!lexicon.option_words.is_empty())
                .then(|| lexicon.compile("option", &format!(r"{}\s+", words_pattern(&lexicon.option_words))))
                .transpose()?,
            option_names: lexicon.option_names.iter().cloned().collect(),
            option_verbs: lower(&lexicon.option_verbs),
            peak_bounds: lower(&lexicon.peak_bounds),
            option_after_split: static_regex(
                r"^\s+to\s+(?:[\d.,]+\s*(?:%|percent|per\s+cent)\s+to\s+)?(\p{Ll}[\p{L}-]*)\b",
            ),
            compound_part_nouns: compile_any_words(lexicon, "compound part nouns", &lexicon.compound_part_nouns)?,
            part_places: compile_any_words(lexicon, "part places", &lexicon.part_places)?,
            part_units: compile_any_words(lexicon, "part units", &lexicon.part_units)?,
            neutral: lower(&lexicon.neutral_modifiers),
            site_nouns: lower(&lexicon.site_nouns),
            rival_words: lower(&lexicon.rival_words),
            owner_words: lower(&lexicon.owner_words),
            stopwords: lower(&lexicon.stopwords),
            organisation_words: lexicon.organisation_words.iter().cloned().collect(),
            place_words: lexicon.place_words.iter().cloned().collect(),
            attribution_words: lower(&lexicon.attribution),
            figure_start: static_regex(
                r"^\s*(?:[$€£¥]|\d[\d,.]*(?:%| ?per ?cent\b| percent\b| (?:million|billion|trillion)\b))",
            ),
            any_figure_after_space: static_regex(r"^\s+(?:[$€£¥]|\d)"),
            of_figure: static_regex(r"^\s+of\s+([$€£¥]|(?:1[89]|2[01])\d\d()(?:[.,](?:\D|$)|[^\d.,]|$)|\d)"),
            noun_of: static_regex(r"^\s+\p{Ll}[\p{Ll}-]*\s+(?:of|at)\s+$"),
            object_changed: static_regex(
                r"^\s+(?:the|its|their|his|her|a|an)\s+\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*)?\s+(?:to|from)\s+$",
            ),
            unit_figure_after_space: static_regex(
                r"(?i)^\s+\d[\d,.]*\s*(?:hours?|minutes?|seconds?|days?|weeks?|months?|years?|km|kilomet\w*|miles?|met(?:re|er)s?|m|feet|ft|yards?)\b",
            ),
            vocabulary: lexicon
                .measures
                .iter()
                .flat_map(|m| &m.words)
                .chain(lexicon.qualifiers.iter().flat_map(|q| &q.words))
                .flat_map(|w| w.split_whitespace())
                .map(str::to_lowercase)
                .collect(),
            // "Reuters reported", "the council (NDRRMC), said", "U.N. officials also said"; not
            // "in the town of Ormoc, authorities said" (unnamed authorities, of no place).
            attributed_after: lexicon.compile(
                "attribution",
                &format!(
                    r"^(?:\)?,?\s+|\)?\s+(?:officials?|spokes(?:man|woman|person)|authorities|sources)\s+)(?:also\s+)?(?:has\s+|had\s+|have\s+)?(?:{})",
                    words_pattern(&after)
                ),
            )?,
            attributed_before: lexicon.compile("attribution", &format!(r"(?:{before})\s+(?:the\s+)?$"))?,
            reported_subject: static_regex(
                r"(?i)^\s+(?:would|should|could|will|must|may|might|can|had|has|have|was|is|were|are|did|does)\b",
            ),
            // "according to Jane Roe of Weather Watch", "said a spokesman for the Red Cross".
            affiliation_before: lexicon.compile(
                "attribution",
                &format!(r"(?:{before})\s+(?:[\w.'’-]+\s+){{1,5}}(?:of|at|from|for|with)\s+(?:the\s+)?$"),
            )?,
            // "Soria told Reuters", "TACLOBAN, Philippines (Reuters) –": the outlet that
            // heard or wired the figure.
            reporter_before: static_regex(r"(?i)\btold\s+(?:the\s+)?$"),
            reporter_after: static_regex(
                r"^(?:\)\s*(?:--|[-–—])|\s+(?:has\s+|have\s+)?(?:learned|learnt)\s+that\b)",
            ),
            // "analysts polled by Refinitiv", "the Zacks Consensus Estimate", "a FactSet
            // consensus": a figure others gave, collected by the named firm.
            pollster_before: static_regex(r"(?i)\b(?:polled|surveyed|compiled|tracked)\s+by\s+(?:the\s+)?$"),
            pollster_after: static_regex(r"(?i)^(?:'s|’s)?\s+consensus\b"),
            // "not only", "not just" add to what they qualify: matched first, to be passed over.
            negation: static_regex(r"(?i)\bnot\s+(?:only|just|merely|least)\b|\b(?:not|never|no|denied|n't)\b|n't\b"),
            // "in Leyte", "across the Netherlands", "in the smaller town of Coyuca de Benitez",
            // "on the island of Leyte" (not "centred on the port town of Sel Ardo", the
            // outbreak's centre); and a region in lower case ("as it hit northern Vietnam", "the
            // central Philippines"), whatever the verb.
            place_before: static_regex(
                r"(?i:\b(?:in|across|throughout|near|at)\s+(?:the\s+)?)$|(?i:\b(?:in|across|throughout|near|at)\s+the\s+(?:[a-z-]+\s+)?(?:town|city|village|province|state|region|island|county|district|municipality|capital|port|prefecture)\s+of\s+)$|(?i:\bon\s+the\s+(?:[a-z-]+\s+)?islands?\s+of\s+)$|\b(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?|central)\s+$",
            ),
            site_before: static_regex(r"(?i)\bat\s+(?:its|their)\s+$"),
        })
    }

    /// The measure words of `dimension` (of any, if `None`) in `text[scope]`, outside `skip`
    /// but for a ratio's ("twice as fast") and a bound's adjective ("as deep as 100 feet").
    fn words_in(
        &self,
        text: &str,
        scope: (usize, usize),
        dimension: Option<&str>,
        skip: (usize, usize),
    ) -> Vec<MeasureWord<'_>> {
        let mut found = Vec::new();
        let Some(part) = text.get(scope.0..scope.1) else {
            return found;
        };
        let matches = self.measure_words.matches(part, 0);
        for (i, (def, words)) in self.measures.iter().zip(matches).enumerate() {
            if dimension.is_some_and(|dimension| !def.dimensions.iter().any(|d| d == dimension)) {
                continue;
            }
            for w in words {
                let (start, end) = (scope.0 + w.start(), scope.0 + w.end());
                // A ratio may be written with its measure ("twice as fast"), and a bound with
                // the adjective of its measure ("as deep as 100 feet" is a depth).
                if start < skip.1
                    && skip.0 < end
                    && dimension != Some("ratio")
                    && !(start == skip.0 + 3
                        && text[skip.0..start].eq_ignore_ascii_case("as ")
                        && text[end..].starts_with(" as "))
                {
                    continue;
                }
                // A capitalised word inside a name is part of it ("the High Atlas Mountains",
                // "the Internal Revenue Service"), but for a headline in title case.
                if self.in_name(text, start, end) && !crate::source::is_title_case(text) {
                    continue;
                }
                // A word hyphened to the next one makes a modifier of another sense: a
                // "price-fixing judgment" is no price, a "loss-making unit" no loss.
                let mut after = text[end..].chars();
                if after.next() == Some('-') && after.next().is_some_and(char::is_alphabetic) {
                    continue;
                }
                // "dropped from 38,000ft to 6,000ft": "from" right before a figure starts a
                // change, not a distance from somewhere ("moved inland 50 miles" is one).
                if def.from_place
                    && text[start..end].eq_ignore_ascii_case("from")
                    && self.any_figure_after_space.is_match(&text[end..])
                {
                    continue;
                }
                found.push(MeasureWord {
                    measure: i,
                    def,
                    start,
                    end,
                    among: None,
                });
            }
        }
        found
    }

    /// Whether `text[start..end]` is a capitalised word (not an acronym: "EPS", "GDP") inside
    /// the name of an institution or a place, one ending in an organisation's or a place's
    /// word ("High" of "the High Atlas Mountains", "Revenue" of "the Internal Revenue
    /// Service"; not "Price" of "the Consumer Price Index", a measure's own name), not opening
    /// the sentence.
    fn in_name(&self, text: &str, start: usize, end: usize) -> bool {
        let word = &text[start..end];
        let acronym = word.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
        if !word.starts_with(char::is_uppercase) || acronym || !text[..start].chars().any(char::is_alphanumeric) {
            return false;
        }
        // The capitalised words after it, up to the name's last (a possessive's: "The Fair
        // Pay Commission's own estimate").
        let last = text[end..]
            .split(' ')
            .skip(1)
            .take_while(|w| w.starts_with(char::is_uppercase))
            .last()
            .map(|w| strip_possessive(w.trim_end_matches(|c: char| !c.is_alphanumeric())));
        last.is_some_and(|w| self.organisation_words.contains(w) || self.place_words.contains(w))
    }

    /// Whether a name is a public body's that reports figures ("the Met Office", "the
    /// National Weather Service") or hears cases ("the High Court"), not a site that may be
    /// where one was taken ("Kennedy Space Center", "Reading University", "Lenbury Airport").
    pub fn is_institution(&self, name: &str) -> bool {
        const BODIES: &[&str] = &[
            "Office",
            "Service",
            "Services",
            "Agency",
            "Council",
            "Ministry",
            "Department",
            "Authority",
            "Commission",
            "Survey",
            "Court",
            "Tribunal",
        ];
        name.split_whitespace().next_back().is_some_and(|w| BODIES.contains(&w))
    }

    /// What a figure at `figure` (its bytes in `text`) of `dimension` measures: the measure
    /// whose word is nearest it in `scope`; a counted noun that names a measure ("1,186
    /// missing") wins over words further off. Measures of populations ("employees") are
    /// taken only when nothing else is near. A figure after "to" or "from" is a level, not a
    /// change ("rose 19% to $7.19 billion"), and so is one after a change and "than". `None`
    /// when no measure word is near.
    pub fn find_measure(
        &self,
        text: &str,
        scope: (usize, usize),
        figure: (usize, usize),
        dimension: &str,
        noun: Option<(usize, usize)>,
    ) -> Option<MeasureWord<'_>> {
        const WINDOW: usize = 100;
        // "rose to $7.19 billion", "fell below €1bn": the figure is where it got to. "Shares
        // surged over 20%" is the size of the move, as "more than 20%" would be.
        let word_at = |w: Option<&str>, words: &[&str]| w.is_some_and(|w| words.contains(&w.to_lowercase().as_str()));
        let first = text.get(figure.0..figure.1).and_then(|f| f.split_whitespace().next());
        let word_before = text.get(..figure.0).and_then(|b| b.split_whitespace().next_back());
        let size_of_move = dimension == "percent" && word_at(first, &["over"]);
        let level = word_at(word_before, &["to", "from", "at"])
            || !size_of_move && word_at(first, &["below", "under", "above", "over", "beyond", "past"])
            || self.share_of_a_vote(text, figure, dimension);
        let mut words = self.words_in(text, scope, Some(dimension), figure);
        // "61,000 people were inside a park licensed for 48,000", "killed 12 and injured 40": a
        // word after the figure, right before another figure, is that figure's. (Before it,
        // one word may tell two: "costs $24,000, more than Helix 7's $21,500"; a span of time
        // or a length after the word is no figure it tells: "died 24 hours after the crash".)
        words.retain(|w| {
            let rest = text.get(w.end..).unwrap_or_default();
            w.start < figure.1
                || !self.any_figure_after_space.is_match(rest)
                || self.unit_figure_after_space.is_match(rest)
        });
        // "The death toll from the 7.8-magnitude quake surpassed 5,000": a word hyphened to
        // another figure is that figure's.
        words.retain(|w| {
            let glued = text[..w.start]
                .strip_suffix('-')
                .is_some_and(|b| b.ends_with(|c: char| c.is_ascii_digit()));
            !glued || figure.0 < w.start && w.start <= figure.1 + 1
        });
        // Before the figure, a word of who is counted names it only as its head ("a crew of
        // 36", "passengers: 412"): "a fishing crew brought 21 people" counts no crew.
        words.retain(|w| {
            !w.says_who(text) || w.end > figure.0 || matches!(text[w.end..figure.0].trim(), "" | ":" | "of" | "of the")
        });
        words.retain(|w| !w.def.after_figure || w.start >= figure.1);
        words.retain(|w| !w.def.in_other_sense(text, w.end));
        // "Seven of the board's nine members backed the cut": a count of a noun the measure
        // does not count. (A bare count may be of it: "cut roughly 1,400, about 780 of them in
        // the US".)
        let counted = noun
            .and_then(|(start, end)| text.get(start..end))
            .map(str::to_lowercase);
        words.retain(|w| {
            dimension != "count"
                || w.def.counts_only.is_empty()
                || counted.as_ref().is_none_or(|n| w.def.counts_only.contains(n))
        });
        // "two residents who had been critically injured died in hospital": a relative clause
        // after a count tells what befell the counted before; a measure word after it, the
        // sentence's own verb, says what the figure counts. (Not a figure of a part, "two of
        // the 40 people who were injured died": the 40 are the injured.)
        let mut back = text[..figure.0].split_whitespace().rev().map(str::to_lowercase);
        let partitive = match (back.next(), back.next()) {
            (Some(last), _) if last == "of" => true,
            (Some(last), Some(of)) => matches!(last.as_str(), "the" | "all" | "its" | "their") && of == "of",
            _ => false,
        };
        // (The measure told first in the clause, and where the word kept stands.)
        let mut among = None;
        let clause = (dimension == "count" && !partitive)
            .then(|| relative_clause_after(text, figure.1))
            .flatten();
        if let Some((from, to)) = clause {
            let within = |w: &MeasureWord| from <= w.start && w.end <= to && gap((w.start, w.end), figure) <= WINDOW;
            let first = words.iter().filter(|w| within(w)).min_by_key(|w| w.start).copied();
            let last = words.iter().filter(|w| within(w)).max_by_key(|w| w.start).copied();
            if let (Some(first), Some(last)) = (first, last) {
                // "The 12 miners who died had been reported missing": a verb in the past
                // perfect tells of before what the clause tells, not what the figure counts.
                let before_last = text.get(first.end..last.start).unwrap_or_default().to_lowercase();
                if last.start != first.start && !before_last.split_whitespace().any(|w| w == "had") {
                    among = Some((first.def, last.start));
                    words.retain(|w| !within(w) || w.start == last.start);
                }
            }
        }
        // "179 aboard the ferry had been rescued", "three people on board were injured", "47
        // passengers had died": a word of where those counted were or of who they are, right
        // after the count or its noun, yields to a measure word after it in its clause, the
        // sentence's own verb.
        if among.is_none() && dimension == "count" && !partitive {
            // (Right after: with only the count's noun, or a generic one, between: "three
            // people aboard".)
            let right_after = |from: usize, w: &MeasureWord| {
                text.get(from..w.start)
                    .is_some_and(|g| g.split_whitespace().all(|word| self.is_generic(word)))
            };
            // (Not "a trawler with 12 people aboard was damaged": the vehicle's verb.)
            let carried = word_at(word_before, &["with", "carrying"]);
            let located = words.iter().copied().find(|w| {
                w.def.located
                    && !carried
                    && (right_after(figure.1, w) || noun.is_some_and(|(_, end)| right_after(end, w)))
            });
            if let Some((at, (_, to))) = located.and_then(|at| Some((at, clause_from(text, at.start)?))) {
                let within = |w: &MeasureWord| at.start <= w.start && w.end <= to;
                let verb = words
                    .iter()
                    .filter(|w| within(w) && w.start >= at.end && w.def.name != at.def.name && !w.def.fallback)
                    .filter(|w| gap((w.start, w.end), figure) <= WINDOW)
                    .max_by_key(|w| w.start)
                    .map(|w| w.start);
                if let Some(verb) = verb {
                    words.retain(|w| !within(w) || w.start == verb);
                }
            }
        }
        // "37% of the electorate voted Leave": whom a share is of, right after it, yields to a
        // word of a vote after it that an option follows ("72% of the electorate voted" is
        // the turnout). (Up to three words between: "had voted", "would have backed".)
        if dimension == "percent" {
            let basis = words.iter().copied().find(|w| {
                w.start >= figure.1
                    && text[figure.1..w.start].trim().is_empty()
                    && w.def
                        .option_basis
                        .iter()
                        .any(|b| b.eq_ignore_ascii_case(&text[w.start..w.end]))
            });
            let vote = basis.and_then(|b| {
                words.iter().copied().find(|v| {
                    let between = text.get(b.end..v.start).unwrap_or(",");
                    v.def.options
                        && between.split_whitespace().count() <= 3
                        && between.chars().all(|c| c.is_alphabetic() || c == ' ')
                        && !between
                            .split_whitespace()
                            .any(|w| matches!(w, "and" | "or" | "not" | "never"))
                        && self.option_follows(text, v.end)
                })
            });
            if let (Some(b), Some(_)) = (basis, vote) {
                words.retain(|w| w.start != b.start);
            }
        }
        // How far a count has got names no share set off after it ("with 88% of ballot boxes
        // counted, Saretz had 52.7%"; but "declared in all 382 local areas" is the progress).
        words.retain(|w| {
            !w.def.progress || w.start >= figure.1 || !text.get(w.end..figure.0).is_some_and(|gap| gap.contains(','))
        });
        // "now 66 per cent of sales": a percentage of a thing is a share of it, not a change
        // a change word elsewhere tells; but the size of one right after its verb or "by"
        // ("shed 40% of its value", "narrowed by 1.2 per cent of GDP"; not "make up 18% of
        // revenue").
        let share_of = dimension == "percent"
            && text
                .get(figure.1..)
                .and_then(|after| after.strip_prefix(" of "))
                .is_some_and(|rest| rest.starts_with(|c: char| c.is_alphanumeric()))
            && !word_at(word_before, &["by"])
            && !words.iter().any(|w| {
                w.def.polarity.is_some()
                    && text.get(w.end..figure.0).is_some_and(|gap| gap.trim().is_empty())
                    && !word_at(text.get(w.start..w.end), &["up", "down"])
            });
        if level || share_of {
            words.retain(|w| w.def.polarity.is_none());
        }
        // "raised the range to $28 to $30", "had been raised from $24", "the raised range of
        // $28": a verb whose object stands between it and the figure, a participle followed
        // by "to" or "from", or one used as an adjective of another noun, tells a change of
        // that other thing, which its own noun names; the verb names the figure only as its
        // object ("raised $682 million").
        words.retain(|w| {
            let Some(gap) = text.get(w.end..figure.0) else {
                return true;
            };
            let participle = text[w.start..w.end].ends_with("ed");
            let adjective = text[..w.start]
                .split_whitespace()
                .next_back()
                .is_some_and(|d| ["the", "a", "an", "its", "their"].contains(&d.to_lowercase().as_str()));
            !(self.object_changed.is_match(gap)
                || participle && matches!(gap.trim(), "to" | "from")
                || participle && adjective && self.noun_of.is_match(gap))
        });
        // "increased its market value by $200 billion": after "by", the figure is the size of
        // the change a verb before it tells, whatever measure word stands nearer; that word
        // says what changed.
        let by = word_at(word_before, &["by"]);
        if by && words.iter().any(|w| w.def.polarity.is_some() && w.end <= figure.0) {
            words.retain(|w| w.def.polarity.is_some() && w.end <= figure.0);
        }
        // "50% higher than estimates of $7.15 billion": the figure after "than" is what the
        // change is measured against, not a change.
        words.retain(|w| w.def.polarity.is_none() || w.end > figure.0 || !text[w.end..figure.0].contains(" than "));
        let distance = |w: &MeasureWord| gap((w.start, w.end), figure);
        // (A word between the figure and its noun is the noun's modifier: "six crew members".)
        let in_noun = |w: &MeasureWord| noun.is_some_and(|(s, e)| w.start < e && s.min(figure.1) < w.end);
        // A bound's adjective ("as high as 12 feet", inside the figure) names it, unless a
        // measure word stands right before the bound ("a storm surge as high as 12 feet" is the
        // surge's).
        let inside = |w: &MeasureWord| w.start < figure.1 && figure.0 < w.end;
        let yields = dimension != "ratio"
            && words
                .iter()
                .any(|o| o.end <= figure.0 && text[o.end..figure.0].trim().is_empty());
        let best = |fallback: bool| {
            words
                .iter()
                .filter(|w| w.def.fallback == fallback && distance(w) <= WINDOW)
                .min_by_key(|w| {
                    (
                        yields && inside(w),
                        !in_noun(w),
                        distance(w),
                        std::cmp::Reverse(w.end - w.start),
                        w.measure,
                    )
                })
                .copied()
        };
        let found = best(false).or_else(|| best(true))?;
        // "26% on the first £1 million of the hammer price": a sum after "first", "next" or
        // "last" and before "of" is a slice of the thing, not its amount.
        if dimension == "currency"
            && word_at(word_before, &["first", "next", "last"])
            && text.get(figure.1..).is_some_and(|after| after.starts_with(" of "))
        {
            return None;
        }
        // "excludes €61 million of restructuring charges": a sum followed by "of" and a thing
        // is that thing's amount, not the measure a word elsewhere names, and no measure of
        // this lexicon's (a word of the measure in the phrase still names it: "€1.4bn of
        // sales"; a verb right before the sum does too: "raised $600 million of venture
        // capital").
        let right_before_figure = text.get(found.end..figure.0).is_some_and(|gap| gap.trim().is_empty());
        if dimension == "currency" && found.end <= figure.1 && !right_before_figure {
            let after = text.get(figure.1..).unwrap_or_default();
            if let Some(rest) = after.strip_prefix(" of ") {
                let phrase_end = rest
                    .find(|c: char| !(c.is_alphabetic() || c == ' ' || c == '-'))
                    .unwrap_or(rest.len());
                let phrase = &rest[..phrase_end];
                let first = phrase.split_whitespace().next().unwrap_or_default();
                let thing = first.starts_with(|c: char| c.is_lowercase()) && !self.stopwords.contains(first)
                    || matches!(first, "the" | "its" | "their" | "his" | "her");
                let from = figure.1 + 4;
                let named_in_it = words.iter().any(|w| w.start >= from && w.end <= from + phrase_end);
                if thing && !named_in_it {
                    return None;
                }
            }
        }
        // "killed 12 passengers", "the dead are 22 passengers": the noun says who was counted,
        // the word right before the figure (or before a copula) what was counted of them.
        if found.says_who(text) && in_noun(&found) {
            let right_before = words.iter().find(|w| {
                let Some(gap) = text.get(w.end..figure.0).map(str::trim) else {
                    return false;
                };
                // (Or before a list whose first item counts who too: "killed 175 passengers
                // and four crew members", "the dead included all 175 passengers and 4 crew".)
                let head = self.before_list_item(gap);
                let gap = head.as_deref().unwrap_or(gap);
                let gap = gap
                    .strip_suffix(" all")
                    .or_else(|| (gap == "all").then_some(""))
                    .unwrap_or(gap);
                w.measure != found.measure
                    && !w.def.fallback
                    && matches!(
                        gap,
                        "" | "are" | "were" | "was" | "is" | "include" | "included" | "includes"
                    )
            });
            if let Some(word) = right_before {
                return Some(*word);
            }
        }
        Some(MeasureWord {
            among: among
                .filter(|&(told, last)| last == found.start && told.name != found.def.name)
                .map(|(told, _)| told),
            ..found
        })
    }

    /// What stands before a list's first item, when `gap` ends with one ("included all 175
    /// passengers and": "included all"): a figure and a noun of who is counted, then "and" or
    /// a comma.
    fn before_list_item(&self, gap: &str) -> Option<String> {
        let item = gap.strip_suffix(" and").or_else(|| gap.strip_suffix(','))?;
        let words: Vec<&str> = item.split_whitespace().collect();
        let [head @ .., figure, noun] = words.as_slice() else {
            return None;
        };
        let is_figure = figure.starts_with(|c: char| c.is_ascii_digit()) || small_number_word(figure).is_some();
        (is_figure && self.is_who(noun)).then(|| head.join(" "))
    }

    /// Whether a word only says who is counted (a measure's `who` words: "passengers").
    fn is_who(&self, word: &str) -> bool {
        self.measures
            .iter()
            .any(|m| m.who.iter().any(|w| w.eq_ignore_ascii_case(word)))
    }

    /// Whether a percentage is a share of the votes an option got: "of the vote" or "of the
    /// votes cast" right after it (a word of a measure with `options`). "The Leave campaign
    /// gained 52% of the vote" tells where Leave got to, not a gain of 52%.
    fn share_of_a_vote(&self, text: &str, figure: (usize, usize), dimension: &str) -> bool {
        if dimension != "percent" {
            return false;
        }
        let Some(rest) = text.get(figure.1..) else { return false };
        let Some(after_of) = rest.trim_start().strip_prefix("of ") else {
            return false;
        };
        let at = text.len() - after_of.strip_prefix("the ").unwrap_or(after_of).len();
        self.words_in(text, (at, text.len()), Some(dimension), figure)
            .iter()
            .any(|w| w.start == at && w.def.options)
    }

    /// What a change measures the change of: the nearest word of another measure in `scope`
    /// ("revenue rose 19%": revenue; "shares jumped 25%": share-price), as qualifiers: the
    /// measure and the part a word before it names ("cloud revenue fell 52%": `of:cloud`).
    pub fn changed(
        &self,
        text: &str,
        scope: (usize, usize),
        figure: (usize, usize),
        change: &MeasureWord,
        names: &[(usize, usize)],
    ) -> Option<Vec<String>> {
        let distance = |w: &MeasureWord| gap((w.start, w.end), (change.start, change.end));
        // Physical measures' words ("from", "off", "high") name no thing that changes.
        let physical = |m: &MeasureDef| {
            m.dimensions
                .iter()
                .all(|d| !matches!(d.as_str(), "currency" | "percent" | "count" | "ratio" | "number"))
        };
        let words: Vec<MeasureWord> = self
            .words_in(text, scope, None, figure)
            .into_iter()
            .filter(|w| {
                let m = &w.def;
                m.polarity.is_none() && !physical(m) && (w.end <= change.start || w.start >= change.end)
            })
            .collect();
        // "its stock market value": a measure word right before another modifies it; the
        // last of a compound is what it names.
        let modifier = |w: &MeasureWord| {
            words
                .iter()
                .any(|next| next.start > w.end && text[w.end..next.start].trim().is_empty())
        };
        words
            .iter()
            .filter(|w| !modifier(w))
            .min_by_key(|w| (distance(w), w.measure))
            .map(|w| {
                let part = self
                    .modifier(text, w, names)
                    .or_else(|| self.part_noun_near(text, w))
                    .map(|p| format!("of:{p}"));
                std::iter::once(format!("of:{}", w.def.name))
                    .chain(part)
                    .chain(self.qualifier_before(text, w))
                    .collect()
            })
    }

    /// The qualifier the word right before a measure word names, if it names one and a change
    /// keeps it: "the 64.6 percent gross margin is a drop of 0.9 percent ... and an improvement
    /// of 1.3 percent": both changes are of the gross margin.
    fn qualifier_before(&self, text: &str, w: &MeasureWord) -> Option<String> {
        let before = text.get(..w.start)?;
        let word = before.strip_suffix(' ')?.rsplit(' ').next()?.to_lowercase();
        self.qualifiers_in(&word)
            .find(|(def, words)| !def.figure_only && def.of_level.is_none() && !words.is_empty())
            .map(|(def, _)| def.name.clone())
    }

    /// The part a part noun names right by the measure word `w` of a measure with parts:
    /// before it, at most one word between ("the passenger division's revenue", "its freight
    /// division reported revenue"), or after it ("revenue in its freight division").
    fn part_noun_near(&self, text: &str, w: &MeasureWord) -> Option<String> {
        let written = text.get(w.start..w.end)?;
        if !w.def.parts.iter().any(|p| p.eq_ignore_ascii_case(written)) {
            return None;
        }
        let before = text.get(..w.start)?;
        let named_before = self
            .parts_named(before)
            .into_iter()
            .last()
            .filter(|&(at, _)| before[at..].split_whitespace().count() <= 2);
        if let Some((_, part)) = named_before {
            return Some(part);
        }
        // "revenue in its freight division": a preposition, a determiner, the part, its noun.
        let after: String = text[w.end..].split_whitespace().take(5).collect::<Vec<_>>().join(" ");
        let rest = ["in ", "at ", "from ", "of ", "for "]
            .iter()
            .find_map(|p| after.strip_prefix(p))?;
        self.parts_named(rest).into_iter().next().map(|(_, part)| part)
    }

    /// The measure a change of a part named alone is of (`part_measure`).
    pub fn part_measure(&self) -> Option<&str> {
        self.part_measure.as_deref()
    }

    /// "the $451 million satellite", "a $300 million football stadium": a sum right after an
    /// article or a possessive and right before a plain noun phrase (up to three words in
    /// lower case, no measure word among them, nor a neutral one: not "a $20 million loss",
    /// "a $5 million relief fund", "the $18 billion startup") is what the thing it ends with
    /// cost (`attributive_measure`): that measure's word, placed on the thing, and the thing.
    pub fn attributive(&self, text: &str, figure: (usize, usize)) -> Option<(MeasureWord<'_>, String)> {
        let measure = self.attributive_measure?;
        let def = self.measures.get(measure)?;
        let before = text.get(..figure.0)?.split_whitespace().next_back()?.to_lowercase();
        if !DETERMINERS.contains(&before.as_str()) {
            return None;
        }
        let mut rest = text.get(figure.1..)?;
        let mut thing = None;
        for _ in 0..3 {
            let Some(after_space) = rest.strip_prefix(' ') else {
                break;
            };
            let len = after_space
                .find(|c: char| !(c.is_alphabetic() || c == '-'))
                .unwrap_or(after_space.len());
            let word = &after_space[..len];
            // ("The $410 million charge relates to": a verb after a singular noun ends it.)
            let verb = thing.is_some_and(|(s, e): (usize, usize)| !text[s..e].ends_with('s')) && word.ends_with('s');
            if word.is_empty() || verb || !self.plain_noun(word, &def.dimensions) {
                break;
            }
            let start = text.len() - after_space.len();
            thing = Some((start, start + len));
            rest = &after_space[len..];
        }
        // (The phrase must end there: "the $411.9 million price-fixing award" is an award,
        // "a €45 million emergency package" a package.)
        let next: String = rest
            .strip_prefix(' ')
            .unwrap_or_default()
            .chars()
            .take_while(|c| c.is_alphabetic() || *c == '-')
            .collect();
        if next.starts_with(char::is_lowercase) && !self.function_word(&next) {
            return None;
        }
        let (start, end) = thing?;
        if self.is_generic(&text[start..end]) {
            return None;
        }
        let word = MeasureWord {
            measure,
            def,
            start,
            end,
            among: None,
        };
        Some((word, pluralizer::pluralize(&text[start..end], 1, false)))
    }

    /// The word a clause opens with, past its articles, when it is a common noun ("Bookings
    /// saw a 100% increase", "Support dropped 12 points"): what a change is of, when no
    /// measure word says. Not a name, a function word or a neutral modifier. A part of the
    /// company that `parts` (the corpus's) holds among its first words is that part.
    pub fn clause_noun(
        &self,
        text: &str,
        clause: (usize, usize),
        names: &[(usize, usize)],
        parts: &HashSet<String>,
    ) -> Option<String> {
        let part = text.get(clause.0..clause.1)?;
        // A part of the company the corpus names is named by all its words ("its data center
        // is up 14%": the data center, not data).
        let words: Vec<String> = part.split_whitespace().take(6).map(str::to_lowercase).collect();
        let named_part = words
            .windows(2)
            .map(|pair| pair.join(" "))
            .chain(words.iter().cloned())
            .find(|w| parts.contains(w));
        if named_part.is_some() {
            return named_part;
        }
        let mut offset = clause.0;
        let mut words = part.split(' ');
        while let Some(word) = words.next() {
            let at = offset;
            offset += word.len() + 1;
            let clean = word.trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
            if clean.is_empty() {
                continue;
            }
            let lower = clean.to_lowercase();
            let possessive = lower.ends_with("'s") || lower.ends_with("’s");
            if possessive || matches!(lower.as_str(), "the" | "a" | "an" | "its" | "their" | "his" | "her") {
                continue;
            }
            // "The finance ministry forecasts growth of 3.1%": who foresees a change is not
            // what changes (a verb of a forecast or an expectation within two words, in the
            // present: not "The economy is expected to contract", "Remittances projected to
            // rise"), and "The bank said the economy would contract" tells of the words after
            // the verb of saying.
            const SAYING: [&str; 7] = ["said", "says", "say", "told", "tells", "announced", "stated"];
            let next: Vec<String> = words
                .clone()
                .take(2)
                .map(|next| next.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase())
                .take_while(|next| !matches!(next.as_str(), "is" | "are" | "was" | "were" | "be" | "been"))
                .collect();
            if let Some(said) = next.iter().position(|w| SAYING.contains(&w.as_str())) {
                for skipped in words.by_ref().take(said + 1) {
                    offset += skipped.len() + 1;
                }
                continue;
            }
            let foresees = next.iter().any(|next| {
                !next.ends_with("ed")
                    && self
                        .qualifiers_in(next)
                        .any(|(q, words)| !words.is_empty() && matches!(q.name.as_str(), "forecast" | "consensus"))
            });
            if foresees {
                return None;
            }
            let plain = clean.chars().all(|c| c.is_alphabetic() || c == '-')
                && !lower.ends_with("ing")
                && !lower.ends_with("ed")
                && !names.iter().any(|&(s, e)| s <= at && at < e)
                && !self.function_word(&lower)
                && !self.neutral.contains(&lower)
                && !self
                    .measures
                    .iter()
                    .any(|m| m.polarity.is_some() && m.words.contains(&lower));
            return plain.then(|| pluralizer::pluralize(&lower, 1, false));
        }
        None
    }

    /// The byte spans of `text` that a qualifier of several words takes ("after the bell").
    pub fn qualifier_phrases(&self, text: &str) -> Vec<(usize, usize)> {
        self.qualifier_phrases
            .iter()
            .flat_map(|re| re.find_iter(text))
            .map(|m| (m.start(), m.end()))
            .collect()
    }

    /// Whether a change of a figure with the qualifier `q` is qualified so too: not when it
    /// says how the figure stands (`figure_only`: "the $1 trillion mark", "a year ago").
    pub fn carried_to_change(&self, q: &str) -> bool {
        !self
            .qualifiers
            .iter()
            .any(|def| def.figure_only && (def.name == q || def.of_level.as_deref() == Some(q)))
    }

    /// The qualifier a level takes where a change takes the basis `q` (`of_level`: a change
    /// "year-on-year" is from the "year-earlier" level).
    pub fn level_of(&self, q: &str) -> Option<&str> {
        self.qualifiers
            .iter()
            .find(|def| def.name == q)
            .and_then(|def| def.of_level.as_deref())
    }

    /// Whether the lexicon's measure `name` measures in `dimension` ("revenue" in currency).
    pub fn measures_in(&self, name: &str, dimension: &str) -> bool {
        self.measures
            .iter()
            .any(|m| m.name == name && m.dimensions.iter().any(|d| d == dimension))
    }

    /// Whether qualifier `name` holds for the results a figure is reported with
    /// (`report_wide`: "expecting earnings of $1.39 a share on revenue of $89.28 billion").
    pub fn is_report_wide(&self, name: &str) -> bool {
        self.qualifiers.iter().any(|q| q.report_wide && q.name == name)
    }

    /// Whether qualifier `name` holds for a whole clause (`clause_wide`: a condition).
    pub fn is_clause_wide(&self, name: &str) -> bool {
        self.qualifiers.iter().any(|q| q.clause_wide && q.name == name)
    }

    /// The qualifiers with `clause_wide` whose words stand in `text[scope]`, of the figure at
    /// `figure`: not past one of their `ended_by` words before it.
    pub fn clause_wide(&self, text: &str, scope: (usize, usize), figure: usize) -> Vec<String> {
        let Some(part) = text.get(scope.0..scope.1) else {
            return Vec::new();
        };
        let ended = |q: &QualifierDef, after: usize| {
            let between = text.get(after..figure).unwrap_or_default().to_lowercase();
            q.ended_by.iter().any(|w| between.contains(w.as_str()))
        };
        self.qualifiers_in(part)
            .filter(|(q, words)| {
                q.clause_wide
                    && words.iter().any(|w| {
                        let at = (scope.0 + w.start(), scope.0 + w.end());
                        !self.reported(q, text, at) && !ended(q, at.1)
                    })
            })
            .map(|(q, _)| q.name.clone())
            .collect()
    }

    /// Whether `word` is a word of one of the lexicon's qualifiers ("annually").
    pub fn is_qualifier_word(&self, word: &str) -> bool {
        self.qualifiers_in(word).any(|(_, words)| !words.is_empty())
    }

    /// Whether the word of `q` at `word` in `text` is one it does not take after an
    /// attribution verb earlier in the text (`not_reported`: "said the deficit would narrow").
    fn reported(&self, q: &QualifierDef, text: &str, word: (usize, usize)) -> bool {
        let (Some(written), Some(before)) = (text.get(word.0..word.1), text.get(..word.0)) else {
            return false;
        };
        q.not_reported.iter().any(|w| w.eq_ignore_ascii_case(written))
            && before.split_whitespace().any(|w| {
                let w = w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
                self.attribution_words.contains(&w)
            })
    }

    /// Each qualifier with the matches of its words in `text`.
    fn qualifiers_in(&self, text: &str) -> impl Iterator<Item = (&QualifierDef, Vec<WordMatch>)> {
        self.qualifiers.iter().zip(self.qualifier_words.matches(text, 0))
    }

    /// Whether `text` is all one word of qualifier `name` ("of whom" of `part`).
    pub fn is_word_of(&self, name: &str, text: &str) -> bool {
        let text = text.trim();
        self.qualifiers_in(text)
            .any(|(q, words)| q.name == name && words.iter().any(|w| w.start() == 0 && w.end() == text.len()))
    }

    /// Whether `name` is one of the lexicon's qualifiers.
    pub fn is_qualifier(&self, name: &str) -> bool {
        self.qualifiers.iter().any(|q| q.name == name)
    }

    /// Whether qualifier `name` makes a figure nothing to compare without a subject
    /// (`needs_subject`).
    pub fn needs_subject(&self, name: &str) -> bool {
        self.qualifiers.iter().any(|q| q.needs_subject && q.name == name)
    }

    /// Whether qualifier `name` makes a figure one of many like events (`one_of_many`).
    pub fn one_of_many(&self, name: &str) -> bool {
        self.qualifiers.iter().any(|q| q.one_of_many && q.name == name)
    }

    /// Whether qualifier `name` names a reporting period (`period` in the lexicon).
    pub fn is_period(&self, name: &str) -> bool {
        self.qualifiers.iter().any(|q| q.period && q.name == name)
    }

    /// Whether the measure `name` moves during a story (`evolving` in the lexicon).
    pub fn is_evolving(&self, name: &str) -> bool {
        self.measures.iter().any(|m| m.name == name && m.evolving)
    }

    /// The measure a word right after a percentage names (`after_percent`: "85% contained").
    pub fn measure_after_percent(&self, word: &str) -> Option<&str> {
        self.measures
            .iter()
            .find(|m| m.after_percent.iter().any(|w| w == word))
            .map(|m| m.name.as_str())
    }

    /// Whether a lower-case word is a stop word or an attribution verb ("the", "said"): never
    /// a part of a company nor what changed.
    fn function_word(&self, lower: &str) -> bool {
        self.stopwords.contains(lower) || self.attribution_words.contains(lower)
    }

    /// Whether every word of `phrase` is a word of the measures and qualifiers ("Net income",
    /// "Adjusted EPS"): it says what is measured, and names no one.
    pub fn says_a_measure(&self, phrase: &str) -> bool {
        phrase
            .split_whitespace()
            .all(|w| self.vocabulary.contains(&w.to_lowercase()))
    }

    /// Whether a written word is a word of some measure ("missing", "votes", "employees").
    pub fn names_a_measure(&self, word: &str) -> bool {
        self.measure_words
            .matches(word, 0)
            .iter()
            .any(|words| words.first().is_some_and(|m| m.start() == 0 && m.end() == word.len()))
    }

    /// Whether the noun a figure counts is a whole population: a possessive or a word of
    /// `whole_before` among the three words before it in its clause ("OpenAI's roughly 770
    /// employees").
    pub fn counts_whole(&self, text: &str, clause_start: usize, figure: (usize, usize)) -> bool {
        text.get(clause_start..figure.0)
            .unwrap_or("")
            .split_whitespace()
            .rev()
            .take(3)
            .any(|w| {
                let w = w.to_lowercase();
                self.whole_before.contains(&w) || ["'s", "’s", "s'", "s’"].iter().any(|p| w.ends_with(p))
            })
    }

    /// The option a vote figure at `figure` is for, lower case: the name owning the figure
    /// or winning it (`option_verbs`: "to Remain's 48.1%", "Halvora won 51.9%"), the name results
    /// "gave" it to, one set before it by a dash ("Tarnell — 47.9%"), or the nearest name across
    /// one comma or a "who" clause with at most two words and a winning verb before the figure
    /// ("Erdoğan's win, garnering 52.18 percent"); else the
    /// word after one of the lexicon's `option_words` in `scope` ("votes to Remain", "in
    /// favour of the motion"; after a word without "to", "for" or "of" only a name: "backed
    /// Leave"), or the verb after "for ... to" ("voted for the UK to leave"); else, for a
    /// `share`, a name right after the figure ("and 44.2% Leave"), for a count an option's
    /// name between it and its votes ("169,347 No votes"); else a name after "for"
    /// right after the figure ("and 11,900 for Tarnell") or a verb after the figure or its
    /// split ("voted 96 percent to 4 percent to stay", "65,404 voted to stay, 63,598 to
    /// leave"). A name stands for its last word ("voted for Maria Aalders" is for Aalders).
    /// `names` are the sentence's names.
    pub fn vote_option(
        &self,
        text: &str,
        scope: (usize, usize),
        figure: (usize, usize),
        names: &[(usize, usize)],
        share: bool,
    ) -> Option<(String, OptionNamed)> {
        let word_at = |at: usize| -> Option<(usize, &str)> {
            let rest = text.get(at..)?;
            let start = at + rest.len() - rest.trim_start().len();
            let word = text[start..]
                .split(|c: char| !(c.is_alphabetic() || c == '-'))
                .next()
                .filter(|w| w.starts_with(char::is_alphabetic))?;
            Some((start, word))
        };
        let name_at = |at: usize| names.iter().find(|&&(s, _)| s == at);
        // A name, or a word naming an option as one ("voted No").
        let named_at = |at: usize, word: &str| name_at(at).is_some() || self.option_names.contains(word);
        // The last word of the name at `at`, or the word there.
        let option_at = |at: usize, word: &str| -> String {
            let written = match name_at(at) {
                Some(&(s, e)) => text[s..e].rsplit(' ').next().unwrap_or(word),
                None => word,
            };
            written.to_lowercase()
        };
        let wanted = |option: String| Some(option).filter(|o| !self.stopwords.contains(o) || self.is_option_name(o));
        // "90 “no” votes (1 percent)": a share in brackets right after an option's votes is
        // that option's (an option name in quotes in any case).
        if let Some(before) = text[..figure.0].trim_end().strip_suffix('(') {
            let mut words = before.trim_end().rsplit(char::is_whitespace);
            if words
                .next()
                .is_some_and(|w| matches!(w.to_lowercase().as_str(), "votes" | "vote" | "ballots"))
            {
                let written = words.next().unwrap_or_default();
                let bare = written.trim_matches(|c: char| !c.is_alphanumeric());
                let quoted = bare.len() < written.len();
                let option = self
                    .option_names
                    .iter()
                    .find(|n| n.as_str() == bare || quoted && n.eq_ignore_ascii_case(bare));
                if let Some(option) = option {
                    return Some((option.to_lowercase(), OptionNamed::ByWinner));
                }
            }
        }
        // "won 51.9% of the vote to Remain's 48.1%": an owner, not an option.
        let owner = |at: usize, word: &str| text[at + word.len()..].starts_with(['\'', '’']);
        let part = text.get(scope.0..scope.1)?;
        // Names, and words naming an option as one ("Yes won 51.2%").
        let named_words = self.option_names.iter().flat_map(|n| {
            text[..figure.0]
                .match_indices(n.as_str())
                .map(|(s, _)| (s, s + n.len()))
                .filter(|&(s, e)| {
                    !text[..s].ends_with(char::is_alphanumeric) && !text[e..].starts_with(char::is_alphanumeric)
                })
        });
        let mut candidates: Vec<(usize, usize)> = names.iter().copied().chain(named_words).collect();
        candidates.sort_unstable();
        let winner = candidates
            .iter()
            .rev()
            .filter(|&&(s, e)| scope.0 <= s && e <= figure.0)
            .find_map(|&(s, e)| {
                let between = text[e..figure.0].trim_start_matches(['\'', '’', 's']);
                let owns = between.trim().is_empty() && text[e..figure.0].starts_with(['\'', '’']);
                let words: Vec<String> = between.split_whitespace().map(str::to_lowercase).collect();
                let won = words.len() <= 4 && words.iter().any(|w| self.option_verbs.contains(w));
                // "with the DA on 25.6% and the EFF on 8.3%": a share a name stands on.
                let stands_on = share && words == ["on"];
                // "gave Saretz 51.8% of the vote": the name a result gives the figure to.
                let given = between.trim().is_empty()
                    && text[..s]
                        .split_whitespace()
                        .next_back()
                        .is_some_and(|w| matches!(w.to_lowercase().as_str(), "gave" | "gives" | "giving" | "handed"));
                (owns || won || stands_on || given).then(|| option_at(s, &text[s..e]))
            });
        // "Erdoğan's win, garnering 52.18 percent", "Kılıçdaroğlu, who was nominated by six
        // parties, received 47.82 percent": the nearest name, across one comma or past a
        // "who" clause, with a winning verb right before the figure.
        let across = candidates
            .iter()
            .rev()
            .find(|&&(_, e)| e <= figure.0)
            .filter(|&&(s, _)| s < scope.0)
            .and_then(|&(s, e)| {
                let between = text[e..figure.0].trim_start_matches(['\'', '’', 's']);
                let after_who = ["who ", "which "].iter().find_map(|w| {
                    let rest = between.trim_start().strip_prefix(',')?.trim_start().strip_prefix(w)?;
                    rest.rsplit_once(", ").map(|(_, verb)| verb)
                });
                let between = after_who.unwrap_or(between);
                let words: Vec<String> = between
                    .split_whitespace()
                    .map(|w| w.trim_matches(',').to_lowercase())
                    .collect();
                // (At most two words: "After Erdogan's victory, his rival received 47.8%" is the
                // rival's.)
                let won = words.len() <= 2 && words.iter().any(|w| self.option_verbs.contains(w));
                (between.matches(',').count() <= 1 && won).then(|| option_at(s, &text[s..e]))
            });
        // "Erdogan won 52.1 percent, and Kilicdaroglu — 47.9 percent": a name set before the
        // figure by a dash, across that break. (Not a colon: "a blow for Kilicdaroglu: 52.2% of
        // voters backed Erdogan".)
        let labelled = text[..figure.0]
            .trim_end()
            .strip_suffix(['—', '–'])
            .map(str::trim_end)
            .and_then(|rest| names.iter().find(|&&(_, e)| e == rest.len()))
            .map(|&(s, e)| option_at(s, &text[s..e]));
        // "Da Silva received 50.9% of the vote and Bolsonaro 49.1%": a share right after a name
        // after "and", the winning verb left out after the clause that has it, whose own
        // share is a name's (not "won 58% of the vote in Texas and Florida 56%": a place).
        let gapped = names
            .iter()
            .find(|&&(_, e)| share && e < figure.0 && text[e..figure.0].trim().is_empty())
            .filter(|&&(s, _)| {
                let Some(lead) = text[..s].trim_end().strip_suffix(" and") else {
                    return false;
                };
                let words: Vec<&str> = lead.split_whitespace().collect();
                let verb = words
                    .iter()
                    .position(|w| self.option_verbs.contains(&w.trim_matches(',').to_lowercase()));
                verb.is_some_and(|v| {
                    let named = v
                        .checked_sub(1)
                        .and_then(|b| words.get(b))
                        .is_some_and(|w| w.starts_with(char::is_uppercase));
                    let placed = words
                        .iter()
                        .skip(v)
                        .any(|w| matches!(w.to_lowercase().as_str(), "in" | "among" | "across"));
                    named && !placed
                })
            })
            .map(|&(s, e)| option_at(s, &text[s..e]));
        if let Some(option) = winner.or(labelled).or(across).or(gapped).and_then(wanted) {
            return Some((option, OptionNamed::ByWinner));
        }
        let led = self
            .option_words
            .iter()
            .flat_map(|re| re.find_iter(part))
            .find_map(|lead| {
                let (mut at, mut word) = word_at(scope.0 + lead.end())?;
                if word.eq_ignore_ascii_case("the") {
                    (at, word) = word_at(at + word.len())?;
                }
                let led_by = lead.as_str().trim_end().to_lowercase();
                if owner(at, word) {
                    None
                } else if led_by.ends_with(" to") {
                    wanted(option_at(at, word))
                } else if led_by.ends_with(" for") || led_by.ends_with(" of") {
                    // "voted for the UK to leave": the verb, not who leaves.
                    let end = name_at(at).map_or(at + word.len(), |&(_, e)| e);
                    match text[end..].strip_prefix(" to ").and_then(|_| word_at(end + 4)) {
                        Some((verb_at, verb)) if verb.starts_with(char::is_lowercase) => {
                            wanted(option_at(verb_at, verb))
                        }
                        _ => wanted(option_at(at, word)),
                    }
                } else {
                    named_at(at, word).then(|| option_at(at, word)).and_then(wanted)
                }
            });
        if let Some(option) = led {
            return Some((option, OptionNamed::ByVote));
        }
        if let Some((at, word)) = word_at(figure.1).filter(|&(at, word)| {
            // Spaces alone between (a list's other members blanked out: see `listed`).
            let next_to = at > figure.1 && text[figure.1..at].bytes().all(|b| b == b' ');
            share && next_to && named_at(at, word) && !owner(at, word)
        }) {
            return wanted(option_at(at, word)).map(|o| (o, OptionNamed::AfterFigure));
        }
        // "169,347 No votes": an option's name between a count and its votes.
        if let Some((at, word)) = word_at(figure.1).filter(|&(at, word)| {
            let rest = text[at + word.len()..].to_lowercase();
            at == figure.1 + 1
                && self.option_names.contains(word)
                && [" vote", " ballot"].iter().any(|v| rest.starts_with(v))
        }) {
            return wanted(option_at(at, word)).map(|o| (o, OptionNamed::AfterFigure));
        }
        // ... in quotes, in any case ("8,435 “yes” votes").
        let quoted = text[figure.1..]
            .strip_prefix(' ')
            .and_then(|rest| rest.strip_prefix(['"', '“', '\'', '‘']))
            .and_then(|rest| {
                let end = rest.find(['"', '”', '\'', '’'])?;
                let after = rest[end..]
                    .get(rest[end..].chars().next()?.len_utf8()..)?
                    .to_lowercase();
                [" vote", " ballot"]
                    .iter()
                    .any(|v| after.starts_with(v))
                    .then(|| &rest[..end])
            })
            .and_then(|word| self.option_names.iter().find(|n| n.eq_ignore_ascii_case(word)));
        if let Some(option) = quoted {
            return Some((option.to_lowercase(), OptionNamed::AfterFigure));
        }
        if let Some((at, word)) = text[figure.1..]
            .strip_prefix(" for ")
            .and_then(|_| word_at(figure.1 + 5))
            .filter(|&(at, word)| named_at(at, word))
        {
            return wanted(option_at(at, word)).map(|o| (o, OptionNamed::AfterFigure));
        }
        let verb = self.option_after_split.captures(&text[figure.1..])?.get(1)?;
        wanted(verb.as_str().to_string()).map(|o| (o, OptionNamed::AfterFigure))
    }

    /// Whether a vote's option is named right after `at`: a name or an option's name
    /// ("voted Leave", "backed No", "voted \"yes\""; not a weekday or a month), "to", "against"
    /// or "in favour" ("voted to leave"), or "for" and a name ("voted for Brexit").
    fn option_follows(&self, text: &str, at: usize) -> bool {
        let mut words = text
            .get(at..)
            .unwrap_or_default()
            .split_whitespace()
            .map(|w| w.trim_matches(['"', '“', '”', '\'', '‘', '’', ',', '.', ';']));
        let named = |word: &str| {
            word.starts_with(char::is_uppercase)
                && !crate::extract::time::is_weekday_name(word)
                && !crate::extract::time::is_month_name(word)
                || self.is_option_name(word)
        };
        match words.next() {
            Some(word) if named(word) => true,
            Some("to" | "against") => true,
            // ("voted for Brexit", not "voted for president".)
            Some("for") => words.next().is_some_and(named),
            Some("in") => words.next().is_some_and(|w| matches!(w, "favour" | "favor")),
            _ => false,
        }
    }

    /// Whether `option` is one of the lexicon's `option_names` ("no" for "No").
    pub fn is_option_name(&self, option: &str) -> bool {
        self.option_names.iter().any(|n| n.eq_ignore_ascii_case(option))
    }

    /// Where words naming a vote's option start in `text` (`option_words`).
    pub fn option_leads<'t>(&'t self, text: &'t str) -> impl Iterator<Item = usize> + 't {
        self.option_words
            .iter()
            .flat_map(move |re| re.find_iter(text).map(|m| m.start()))
    }

    /// Whether a figure of `measure` with `hedge` before it states the measure's maximum ("winds
    /// of up to 195 mph": `peak` measures, `peak_bounds` hedges).
    pub fn states_peak(&self, measure: Option<&str>, hedge: Option<&str>) -> bool {
        hedge.is_some_and(|h| self.peak_bounds.contains(h))
            && self.measures.iter().any(|d| d.peak && Some(d.name.as_str()) == measure)
    }

    /// Whether `measure` is counted whole, never rounded (`exact`: seats).
    pub fn is_exact(&self, measure: Option<&str>) -> bool {
        self.measures
            .iter()
            .any(|d| d.exact && Some(d.name.as_str()) == measure)
    }

    /// Whether `measure` tells how far a count has got (`progress`).
    pub fn is_progress(&self, measure: Option<&str>) -> bool {
        self.measures
            .iter()
            .any(|d| d.progress && Some(d.name.as_str()) == measure)
    }

    /// Whether the measure `name` counts votes for options (`options`: a share of the vote),
    /// whether or not a figure names its option.
    pub fn counts_options(&self, measure: Option<&str>) -> bool {
        self.measures
            .iter()
            .any(|d| d.options && Some(d.name.as_str()) == measure)
    }

    /// Whether a measure's figures are won as a count goes on (`tallied`: seats).
    pub fn is_tallied(&self, measure: Option<&str>) -> bool {
        self.measures
            .iter()
            .any(|d| d.tallied && Some(d.name.as_str()) == measure)
    }

    /// Whether `text` tells of a change as done ("rose", "increased its value").
    pub fn tells_change(&self, text: &str) -> bool {
        text.split(|c: char| !c.is_alphabetic())
            .any(|w| self.changed.contains(&w.to_lowercase()))
    }

    /// Whether `text[scope]` holds a word of a change measure ("boosted", "cut", "rose").
    pub fn names_change(&self, text: &str, scope: (usize, usize)) -> bool {
        self.words_in(text, scope, None, (0, 0))
            .iter()
            .any(|w| w.def.polarity.is_some())
    }

    /// Whether `opening` (a clause up to its figure) starts with a word that restates the
    /// figure before ("equating to", "equivalent to").
    pub fn restates(&self, opening: &str) -> bool {
        self.restating
            .as_ref()
            .and_then(|re| re.find(opening.trim_start()))
            .is_some_and(|found| found.start() == 0)
    }

    /// Whether `text[scope]` has an expectation word of `own_outlook` right after the
    /// figure's subject (its last word), "it" or "the company": the subject's own outlook.
    pub fn own_outlook(&self, text: &str, scope: (usize, usize), subject: Option<&str>) -> bool {
        let Some(part) = text.get(scope.0..scope.1) else {
            return false;
        };
        let Some(re) = &self.own_outlook else { return false };
        let last = subject.and_then(|s| s.split_whitespace().last()).map(str::to_lowercase);
        // (Past an adverb: "Corvane now expects".)
        const ADVERBS: [&str; 6] = ["now", "still", "also", "currently", "again", "further"];
        re.find_iter(part).any(|w| {
            let mut before = part[..w.start()].trim_end().to_lowercase();
            while let Some(adverb) = ADVERBS.iter().find(|a| {
                before
                    .strip_suffix(**a)
                    .is_some_and(|rest| rest.is_empty() || rest.ends_with(char::is_whitespace))
            }) {
                before.truncate(before.len() - adverb.len());
                before.truncate(before.trim_end().len());
            }
            let previous = strip_possessive(before.rsplit(char::is_whitespace).next().unwrap_or(""));
            previous == "it" || before.ends_with("the company") || last.as_deref() == Some(previous)
        })
    }

    /// Whether a counted noun says nothing of what was measured ("people").
    pub fn is_generic(&self, noun: &str) -> bool {
        self.generic.contains(&noun.to_lowercase())
    }

    /// The basis qualifiers in `text[scope]` outside the figure, its counted `noun` ("120
    /// aftershocks" counts them, it is not one) and its measure word, and the part a modifier
    /// before the measure word names ("gaming revenue": `of:gaming`).
    #[allow(clippy::too_many_arguments)]
    pub fn qualifiers(
        &self,
        text: &str,
        scope: (usize, usize),
        figure: (usize, usize),
        noun: Option<(usize, usize)>,
        measure: Option<&MeasureWord>,
        names: &[(usize, usize)],
        hedged: bool,
    ) -> Vec<String> {
        let mut found = Vec::new();
        let change = measure.is_some_and(|w| {
            let def = &w.def;
            def.polarity.is_some() || def.dimensions.iter().all(|d| d == "ratio")
        });
        if let Some(part) = text.get(scope.0..scope.1) {
            // Words of the figure, its noun or its measure ("net income") are not qualifiers,
            // but a measure word that is all of a qualifier's says both ("an equity value of"),
            // and so do a qualifier's words that modify the measure word before it ("at an
            // additional cost of"; not "higher than", whose measure word opens it).
            let overlaps = |(s, e): (usize, usize), start: usize, end: usize| start < e && s < end;
            let says_both = |w: &MeasureWord, start: usize, end: usize| {
                (w.start, w.end) == (start, end) || start < w.start && w.end <= end
            };
            let taken = |start: usize, end: usize| {
                overlaps(figure, start, end)
                    || noun.is_some_and(|n| overlaps(n, start, end))
                    || measure.is_some_and(|w| overlaps((w.start, w.end), start, end) && !says_both(w, start, end))
            };
            // Every qualifier word outside the figure and its measure; a word inside a longer
            // one of another qualifier is part of it ("previous" in "previous quarter"), even
            // where that one does not qualify this figure ("gross" in "2.8% of GDP, from 3.5%
            // of gross domestic product").
            let mut hits: Vec<(usize, usize, String)> = Vec::new();
            let all: Vec<(&QualifierDef, Vec<WordMatch>)> = self.qualifiers_in(part).collect();
            let written: Vec<(usize, usize, &str)> = all
                .iter()
                .flat_map(|(q, words)| {
                    words
                        .iter()
                        .map(|w| (scope.0 + w.start(), scope.0 + w.end(), q.name.as_str()))
                })
                .collect();
            let of_measure =
                |q: &QualifierDef| q.measures.is_empty() || measure.is_some_and(|w| q.measures.contains(&w.def.name));
            let applies = |q: &QualifierDef| of_measure(q) && !(q.after_change && change || q.unhedged_only && hedged);
            let change_before = |at: usize| {
                self.words_in(text, (scope.0, at), None, figure)
                    .iter()
                    .any(|w| w.def.polarity.is_some())
                    || text.get(scope.0..at).is_some_and(|before| self.tells_change(before))
            };
            for (q, words) in all.iter().filter(|(q, _)| applies(q)) {
                for w in words {
                    let (start, end) = (scope.0 + w.start(), scope.0 + w.end());
                    let within =
                        |most: usize| start >= figure.1 && text[figure.1..start].split_whitespace().count() <= most;
                    // (Right after the figure's noun, for a qualifier that says so: "ten seats
                    // below".)
                    let after_noun =
                        q.after_noun && noun.is_some_and(|(s, e)| s >= figure.1 && start >= e && start <= e + 2);
                    let right_after =
                        start >= figure.1 && start <= figure.1 + 2 || after_noun || q.reach_after.is_some_and(within);
                    let right_before = end <= figure.0 && end + 2 >= figure.0;
                    // The figure's own measure word, all of a qualifier's, says both a few words
                    // before it ("daily fines of up to €3.6 million": a fine, per day; not a sum of
                    // them, "daily fines totalling 50 million euros").
                    let measure_word = measure.is_some_and(|m| (m.start, m.end) == (start, end))
                        && text.get(end..figure.0).is_some_and(|gap| {
                            gap.split_whitespace().count() <= 3 && !gap.to_lowercase().contains("total")
                        });
                    // ("including the 312 homes": a part, for a word that says so.)
                    let introduces_figure = || {
                        end <= figure.0
                            && text[end..figure.0].split_whitespace().all(|w| {
                                ["the", "a", "an", "its", "their", "his", "her"].contains(&w.to_lowercase().as_str())
                            })
                    };
                    let close = (measure_word
                        || match (q.after_figure, q.before_figure) {
                            (true, true) => right_after || right_before,
                            (true, false) => right_after,
                            (false, true) => right_before,
                            _ => q.reach_after.is_none_or(|most| start < figure.1 || within(most)),
                        })
                        && !(q.not_right_before && introduces_figure());
                    // (A figure no measure word names may be a change: "a year-over-year
                    // change of -38.1%".)
                    // ("rose 3% to $43.81B from a year earlier": the level a change reached is
                    // the current one, the words the change's basis.)
                    let reached = || {
                        let gap = text[figure.1..start].to_lowercase();
                        let from = ends_with_link(&gap, &["from"])
                            || gap.trim().is_empty() && text[start..end].to_lowercase().starts_with("from ");
                        let before = &text[..figure.0];
                        from && before.trim_end().to_lowercase().ends_with(" to") && self.tells_change(before)
                    };
                    // ("improved on a sequential basis from the 386,810 vehicles": the level a
                    // change started from is of the basis's earlier time.)
                    let started_from = || ends_with_link(&text[..figure.0], &["from"]);
                    let name = match &q.of_level {
                        Some(level) if measure.is_some() && !change => {
                            (start >= figure.1 && !reached() || end <= figure.0 && started_from()).then_some(level)
                        }
                        _ => Some(&q.name),
                    };
                    // "Revenue rose 4% from the second quarter": the period a change is
                    // measured from is its basis, not the period it is of.
                    let from_period = q.period
                        && change
                        && start >= figure.1
                        && (ends_with_link(&text[figure.1..start], &["from", "versus", "vs", "against"])
                            || ends_with_word(&text[figure.1..start], ["compared with", "compared to"].into_iter()));
                    let name = name.map(|n| if from_period { format!("basis:{n}") } else { n.clone() });
                    // "said the deficit would narrow": a word the qualifier does not take in
                    // reported speech.
                    let reported = self.reported(q, text, (start, end));
                    // "narrow to 2.8% from an expected 3.5%": a word right before another
                    // figure is that figure's; so is one right before "of" and another figure
                    // ("added 128,000 jobs compared with an average of 89,000"), but not a
                    // year's ("the first quarter of 2026"), nor a level a change reached ("rose
                    // 4% to an average of £40,000": the average rose), nor one the figure
                    // converts ("an estimate of 1,500 tonnes (about 11,000 barrels)").
                    let before_of_other = || {
                        let Some(of) = self.of_figure.captures(&text[end..]) else {
                            return false;
                        };
                        let other = of.get(1).map_or(end, |f| end + f.start());
                        let year = of.get(2).is_some();
                        let level = change && ends_with_link(&text[..start], &["to", "from"]);
                        let converted = other < figure.0
                            && text[other..figure.0].contains('(')
                            && !text[other..figure.0].contains(')');
                        other != figure.0 && !year && !level && !converted
                    };
                    let of_other_figure = !q.before_figure
                        && (end <= figure.0 || start >= figure.1)
                        && (self.figure_start.is_match(&text[end..])
                            && text[end..].len() - text[end..].trim_start().len() + end != figure.0
                            || before_of_other());
                    // "Revenue of $5.2 billion topped analysts' estimates": right after a word
                    // that sets the figure against another, the words are the other's (not
                    // past a preposition: "beat forecasts for the third quarter" is the
                    // figure's quarter).
                    let compared = start >= figure.1
                        && self.set_against.as_ref().is_some_and(|words| {
                            words.find_iter(&text[figure.1..start]).last().is_some_and(|w| {
                                let between = &text[figure.1 + w.end()..start];
                                between.split_whitespace().count() <= 3
                                    && !between.split_whitespace().any(|x| {
                                        matches!(
                                            x.to_lowercase().as_str(),
                                            "for" | "in" | "during" | "on" | "at" | "of"
                                        )
                                    })
                            })
                        });
                    // "Nvidia beat estimates as revenue rose 19%", "payrolls beat forecasts in
                    // April as the jobless rate falls to 4.3%": before the figure, the words
                    // right after such a word name what was beaten, not the figure, unless
                    // "of" or "by" joins them to it ("beat forecasts of 150,000", "missed
                    // estimates by 6 cents").
                    let beaten = end <= figure.0
                        && self.set_against.as_ref().is_some_and(|words| {
                            words
                                .find_iter(&text[..start])
                                .last()
                                .is_some_and(|w| text[w.end()..start].split_whitespace().count() <= 2)
                        })
                        && {
                            let gap = text[end..figure.0].trim().to_lowercase();
                            let joined = ["of", "by"]
                                .iter()
                                .any(|p| gap == *p || gap.starts_with(&format!("{p} ")));
                            !(gap.is_empty() || joined && gap.split_whitespace().count() <= 3)
                        };
                    let applies_here = close
                        && !taken(start, end)
                        && !reported
                        && !of_other_figure
                        && !compared
                        && !beaten
                        && (!q.after_change || change_before(start));
                    if let Some(name) = name.filter(|_| applies_here) {
                        hits.push((start, end, name));
                    }
                }
            }
            for (start, end, name) in hits {
                let inside = written
                    .iter()
                    .any(|&(s, e, other)| other != name && s <= start && end <= e && e - s > end - start);
                if !inside {
                    found.push(name);
                }
            }
        }
        // (The figure's own words are no part: "a $20 million loss".)
        let names_and_figure: Vec<(usize, usize)> = names.iter().copied().chain([figure]).collect();
        if let Some(part) = measure.and_then(|w| self.modifier(text, w, &names_and_figure)) {
            found.push(format!("of:{part}"));
        }
        if let Some(place) = measure.and_then(|w| self.reference_point(text, w, names)) {
            found.push(format!("from:{place}"));
        }
        found
    }

    /// Who a figure counts, when a word in `span` (its counted noun, and any word between
    /// it and the figure) is a measure's `who` word ("412 passengers", "six crew members"),
    /// singular; `None` for those and another `who` word after them ("448 passengers and
    /// crew": all on board).
    pub fn who_counted(&self, text: &str, span: (usize, usize)) -> Option<String> {
        let is_who = |word: &str| self.is_who(word);
        fn words(text: &str) -> impl Iterator<Item = &str> {
            text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty())
        }
        let who = words(text.get(span.0..span.1)?).find(|w| is_who(w))?;
        let and_more = text[span.1..].strip_prefix(" and ").and_then(|rest| words(rest).next());
        if and_more.is_some_and(is_who) {
            return None;
        }
        Some(pluralizer::pluralize(&who.to_lowercase(), 1, false))
    }

    /// Whether a lower-case word before a counted noun narrows what is counted ("40 navy
    /// divers"): a plain word, no function word, neutral modifier ("total", "new"), qualifier
    /// or measure word, nor a verb's participle.
    pub fn narrows(&self, lower: &str) -> bool {
        lower.starts_with(char::is_alphabetic)
            && !lower.ends_with("ing")
            && !self.neutral.contains(lower)
            && self.plain_modifier(lower, &["count"])
    }

    /// The stem of a participle in "-ed" that narrows a counted noun after it ("29 diverted
    /// ships": `divert`): no neutral modifier ("scheduled", "confirmed"), qualifier word or
    /// measure word of counts.
    pub fn participle_stem<'w>(&self, word: &'w str) -> Option<&'w str> {
        let stem = word.strip_suffix("ed")?;
        let plain = stem.len() >= 3
            && stem.chars().all(|c| c.is_ascii_lowercase())
            && !self.neutral.contains(word)
            && !self.is_qualifier_word(word)
            && !self.names_a_measure(word);
        plain.then_some(stem)
    }

    /// Whether a word may be a modifier of a measure word of `dimensions` at all: letters and
    /// hyphens, no participle in "-ed" ("posted a loss"), no function word, nor a word of a
    /// qualifier or of a measure of those dimensions ("energy prices" are a part of prices,
    /// whatever "energy" says of a figure in kilowatt-hours).
    fn plain_modifier(&self, word: &str, dimensions: &[impl AsRef<str>]) -> bool {
        let lower = word.to_lowercase();
        // (A list item's dash is no word: "- Revenue of $6.84 billion".)
        word.chars().any(char::is_alphabetic)
            && word.chars().all(|c| c.is_alphabetic() || c == '-')
            && !lower.ends_with("ed")
            && !self.function_word(&lower)
            && !self.is_qualifier_word(&lower)
            && !self.measures.iter().any(|m| {
                m.dimensions.iter().any(|d| dimensions.iter().any(|x| x.as_ref() == d))
                    && m.words.iter().any(|x| x.eq_ignore_ascii_case(&lower))
            })
    }

    /// The word right before a measure word, when it narrows it ("gaming revenue",
    /// "data-center sales", "Gaming revenue" opening a sentence); articles, possessives,
    /// neutral words ("total") and names (`names`, byte spans: the subject's business) do not.
    fn modifier(&self, text: &str, w: &MeasureWord, names: &[(usize, usize)]) -> Option<String> {
        let written = text.get(w.start..w.end)?;
        if !w.def.parts.iter().any(|p| p.eq_ignore_ascii_case(written)) {
            return None;
        }
        // "the professional visualization business revenue": a part with its part noun.
        let before = text.get(..w.start)?;
        let with_noun = self.parts_named(before).into_iter().last().filter(|&(noun, _)| {
            let noun = before.get(noun..).unwrap_or_default().trim_end();
            !noun.is_empty() && !noun.contains(char::is_whitespace)
        });
        if let Some((_, part)) = with_noun {
            return Some(part);
        }
        self.word_before(text, w, before, names)
            .or_else(|| self.noun_of_after(text, w, &w.def.dimensions))
            .or_else(|| self.antecedent_noun(before, &w.def.dimensions))
    }

    /// The word narrowing the measure word `w` up to two words back, past neutral ones
    /// ("gaming business revenue"), `before` being the text before it.
    fn word_before(&self, text: &str, w: &MeasureWord, before: &str, names: &[(usize, usize)]) -> Option<String> {
        let mut before = before;
        for _ in 0..3 {
            if !before.ends_with(' ') {
                return None;
            }
            let trimmed = before.trim_end();
            let word = trimmed.rsplit([' ', '(', '"', '“']).next()?;
            let at = trimmed.len() - word.len();
            let clean = word.trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
            let lower = clean.to_lowercase();
            // A verb before the measure ("posted a loss", "reported sales") names no part.
            // (Nor a verb of change: "would reduce its annual revenue by £140 million".)
            let plain = self.plain_modifier(clean, &w.def.dimensions)
                && !crate::extract::time::is_weekday_name(clean)
                && !self.changed.contains(&lower)
                && !names.iter().any(|&(s, e)| s <= at && at < e);
            if !self.neutral.contains(&lower) {
                // "On a monthly basis prices rose": a word of a qualifier's phrase is no part.
                let in_qualifier = || {
                    self.qualifier_phrases(text)
                        .iter()
                        .any(|&(start, end)| start <= at && at < end)
                };
                return (plain && !in_qualifier()).then_some(lower);
            }
            // An article opens the noun phrase: a word before it is no modifier ("expect a
            // price of $30").
            if matches!(lower.as_str(), "a" | "an" | "the") {
                return None;
            }
            before = &trimmed[..at];
        }
        None
    }

    /// "The total cost of the mission came to $477 million": the one noun after "of" (past an
    /// article or a possessive) narrows the measure word as "the mission cost" does, when a
    /// verb of the figure, the figure or the clause's end comes right after it. (Not "the
    /// cost of the new stadium rose": which of the words names the part is not told.)
    fn noun_of_after(&self, text: &str, w: &MeasureWord, dimensions: &[impl AsRef<str>]) -> Option<String> {
        const VERBS: &[&str] = &[
            "was", "is", "were", "are", "came", "comes", "rose", "rises", "fell", "falls", "reached", "reaches",
            "stood", "stands", "totalled", "totaled", "totals", "topped", "hit", "climbed", "jumped", "exceeded",
            "amounted", "amounts", "has", "had", "have", "will", "would", "ran", "runs", "grew", "doubled",
        ];
        let mut words = text.get(w.end..)?.strip_prefix(" of ")?.split(' ');
        let mut noun = words.next()?;
        if DETERMINERS.contains(&noun.to_lowercase().as_str()) {
            noun = words.next()?;
        }
        let clean = noun.trim_end_matches([',', ';', ':', '.']);
        let ends = clean.len() < noun.len()
            || words.next().is_none_or(|next| {
                VERBS.contains(&next) || next.starts_with(|c: char| c.is_ascii_digit() || "$€£¥".contains(c))
            });
        (ends && self.plain_noun(clean, dimensions)).then(|| pluralizer::pluralize(clean, 1, false))
    }

    /// "The satellite, which weighed 5,070 pounds and cost $415 million to build": a measure
    /// word in a relative clause is narrowed by the one noun after an article that the
    /// clause tells of, as in "the satellite cost".
    fn antecedent_noun(&self, before: &str, dimensions: &[impl AsRef<str>]) -> Option<String> {
        let (head, clause) = before
            .rsplit_once(", which ")
            .or_else(|| before.rsplit_once(", that "))?;
        // (Marks inside a figure, "5,070", end nothing.)
        if [", ", "; ", ": ", ". ", "(", "\"", "“"]
            .iter()
            .any(|mark| clause.contains(mark))
        {
            return None;
        }
        let mut words = head.split_whitespace().rev();
        let noun = words.next()?;
        let opened = words
            .next()
            .is_some_and(|w| DETERMINERS.contains(&w.to_lowercase().as_str()));
        (opened && self.plain_noun(noun, dimensions)).then(|| pluralizer::pluralize(noun, 1, false))
    }

    /// Whether a word may be the noun a measure word is of: in lower case, a plain modifier
    /// and no neutral one ("the company").
    fn plain_noun(&self, word: &str, dimensions: &[impl AsRef<str>]) -> bool {
        word.chars().all(|c| c.is_lowercase() || c == '-')
            && self.plain_modifier(word, dimensions)
            && !self.neutral.contains(word)
    }

    /// The part of the company a figure of a measure with `parts` is of, named before it
    /// in its sentence by one or two words and a part noun ("its Data Center segment,
    /// reaching $4.28 billion": `data center`). A determiner, a possessive or a measure word
    /// is not a part ("the group", "Nvidia's revenue unit").
    pub fn part_named_before(
        &self,
        text: &str,
        figure: (usize, usize),
        w: &MeasureWord,
        known: &HashSet<String>,
    ) -> Option<String> {
        if w.def.parts.is_empty() {
            return None;
        }
        let before = text.get(..figure.0)?;
        let named = self.parts_named(before).into_iter().last().map(|(_, part)| part);
        // A part the corpus names elsewhere, right after the figure ("Revenue of $4.28 billion
        // for Data Centers").
        let after = text.get(figure.1..)?.trim_start().to_lowercase();
        let after = ["for ", "from "]
            .iter()
            .find_map(|p| after.strip_prefix(p))
            .unwrap_or("");
        let named = named.or_else(|| {
            known
                .iter()
                .find(|p| {
                    after.strip_prefix(p.as_str()).is_some_and(|rest| {
                        let rest = rest.strip_prefix('s').unwrap_or(rest);
                        rest.chars().next().is_none_or(|c| !c.is_alphanumeric())
                    })
                })
                .cloned()
        });
        // ... or in passing before it ("The company's data center posted record sales"): the
        // last one.
        named.or_else(|| {
            let lower = before.to_lowercase();
            known
                .iter()
                .filter_map(|p| {
                    lower
                        .match_indices(p.as_str())
                        .map(|(at, _)| at)
                        .filter(|&at| {
                            let whole = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
                            whole(lower[..at].chars().next_back()) && whole(lower[at + p.len()..].chars().next())
                        })
                        .last()
                        .map(|at| (at, p))
                })
                .max()
                .map(|(_, p)| p.clone())
        })
    }

    /// Every part a text names with a part noun ("its Data Center segment", "the data center
    /// group"), with where its noun starts, in text order.
    pub fn parts_named(&self, text: &str) -> Vec<(usize, String)> {
        // (A part noun in lower case, but in a headline in title case: "the first Arm
        // processor" names the company Arm.)
        let title_case = crate::source::is_title_case(text);
        let nouns = |re: &Option<WordList>, least: usize| -> Vec<(usize, usize)> {
            re.as_ref().map_or_else(Vec::new, |re| {
                re.find_iter(text)
                    .filter(|m| title_case || text[m.start()..].starts_with(|c: char| c.is_lowercase()))
                    .map(|m| (m.start(), least))
                    .collect()
            })
        };
        let mut found: Vec<(usize, usize)> = nouns(&self.part_nouns, 1);
        found.extend(nouns(&self.compound_part_nouns, 2));
        found.sort();
        let plain = |w: &&str| {
            let lower = w.to_lowercase();
            w.chars().all(|c| c.is_alphabetic() || c == '-')
                && !self.stopwords.contains(&lower)
                && !self
                    .measures
                    .iter()
                    .any(|m| m.words.iter().any(|x| x.eq_ignore_ascii_case(&lower)))
        };
        // The part named by up to two plain words right before `at`, and where they start.
        let part_before = |at: usize, least: usize| -> Option<(usize, String)> {
            let before = &text[..at];
            let words: Vec<&str> = before
                .split_whitespace()
                .rev()
                .take(2)
                .take_while(|w| plain(w))
                .collect();
            let start = words.last().and_then(|w| before.rfind(w))?;
            (words.len() >= least).then(|| {
                let part: Vec<String> = words.iter().rev().map(|w| w.to_lowercase()).collect();
                (start, part.join(" "))
            })
        };
        // "The division booked $5.31 billion": a part named by its noun alone, after a
        // determiner, is a part all the same (which one, the sentence before told).
        let determined = |at: usize| {
            let word = text[..at]
                .split_whitespace()
                .next_back()
                .unwrap_or_default()
                .to_lowercase();
            ["the", "this", "that", "its"].contains(&word.as_str())
        };
        let mut parts = Vec::new();
        for (at, least) in found {
            let Some((start, part)) = part_before(at, least) else {
                let noun = text[at..]
                    .split(|c: char| !c.is_alphabetic())
                    .next()
                    .unwrap_or_default();
                if least == 1 && determined(at) && !noun.ends_with('s') {
                    parts.push((at, noun.to_lowercase()));
                }
                continue;
            };
            parts.push((at, part));
            // "the gaming and visualization departments": a part each, before a plural.
            let plural = text[at..].split_whitespace().next().is_some_and(|n| n.ends_with('s'));
            if let Some(and) = text[..start].strip_suffix("and ").filter(|_| plural) {
                parts.extend(part_before(and.trim_end().len() + 1, least).map(|(_, p)| (at, p)));
            }
        }
        parts
    }

    /// The place a distance is measured from: the name or noun right after the measure word
    /// ("north of Port Elin": Port Elin; "from the capital": capital).
    fn reference_point(&self, text: &str, w: &MeasureWord, names: &[(usize, usize)]) -> Option<String> {
        if !w.def.from_place {
            return None;
        }
        let after = text.get(w.end..)?;
        let skipped = after.len() - after.trim_start().len();
        let rest = after.trim_start();
        let rest_at = w.end + skipped;
        // "120 km away from Izmir", "inland from the coast": the place after "from".
        let (rest, rest_at) = match rest.strip_prefix("from ").map(str::trim_start) {
            Some(r) => (r, rest_at + rest.len() - r.len()),
            None => (rest, rest_at),
        };
        let (rest, rest_at) = match rest.strip_prefix("the ") {
            Some(r) => (r, rest_at + 4),
            None => (rest, rest_at),
        };
        // "off the coast of Newfoundland", "north of the city of Kyiv": the place named after
        // the coast or the settlement ("600km off the coast of Newfoundland" is not "900 miles
        // off the coast of Cape Cod").
        const NAMED_BY: [&str; 10] = [
            "coast of ",
            "coasts of ",
            "shore of ",
            "shores of ",
            "island of ",
            "city of ",
            "town of ",
            "village of ",
            "port of ",
            "province of ",
        ];
        // (Only when a name follows: "off the coast of the Velden peninsula" stays `coast`.)
        if let Some(named) = NAMED_BY.iter().find_map(|p| rest.strip_prefix(p)) {
            let at = rest_at + rest.len() - named.len();
            if let Some(&(s, e)) = names.iter().find(|&&(s, _)| s == at) {
                return text.get(s..e).map(str::to_string);
            }
        }
        if let Some(&(s, e)) = names.iter().find(|&&(s, _)| s == rest_at) {
            return text.get(s..e).map(str::to_string);
        }
        let word: String = rest.chars().take_while(|c| c.is_alphabetic() || *c == '-').collect();
        let lower = word.to_lowercase();
        (!word.is_empty() && !self.stopwords.contains(&lower)).then_some(lower)
    }

    /// What a figure of `def` is of or in: the first of `names` in `text[clause]` right after
    /// one of the measure's `objects` words, "the" between ("owns 9.8% of Kestrel Foods",
    /// "bought the Kestrel group for $3 billion", "sold to Halvora"), or a description of up
    /// to three words ("to buy German packaging maker Marktfeld", "acquired its rival
    /// Tessly"): no function word but a determiner ("sold to investors backed by Halvora"),
    /// no figure or punctuation, and no lower-case word after the name ("sold its UK
    /// convenience arm").
    pub fn object_of<'n>(
        &self,
        text: &str,
        clause: (usize, usize),
        def: &MeasureDef,
        names: &'n [(Entity, String)],
    ) -> Option<&'n (Entity, String)> {
        if def.objects.is_empty() {
            return None;
        }
        // After a description, a name that a lower-case word follows names a kind of thing,
        // not the object ("sold its UK convenience arm").
        let modifies = |after: &str| {
            let next: String = after.trim_start().chars().take_while(|c| c.is_alphabetic()).collect();
            next.starts_with(char::is_lowercase) && !self.function_word(&next)
        };
        let after_object_word = |before: &str, after: &str| {
            let mut before = before.trim_end();
            for described in 0..=3 {
                if ends_with_word(before, def.objects.iter().map(String::as_str)) {
                    return described == 0 || !modifies(after);
                }
                let Some((head, last)) = before.rsplit_once(' ') else {
                    return false;
                };
                let lower = last.to_lowercase();
                let determiner = matches!(lower.as_str(), "a" | "an" | "its" | "their" | "his" | "her");
                let describes =
                    last.chars().all(|c| c.is_alphabetic() || c == '-') && (determiner || !self.function_word(&lower));
                if !describes {
                    return false;
                }
                before = head.trim_end();
            }
            false
        };
        names
            .iter()
            .filter(|(e, _)| e.start >= clause.0 && e.end <= clause.1)
            .find(|(e, _)| after_object_word(&text[clause.0..e.start], &text[e.end..]))
    }

    /// The parts of a country or region `text[scope]` names as a place in lower case ("in the
    /// capital", "across the north", "in rural areas": lexicon `part_places`; not "in North
    /// Carolina"), and the units it counts a figure in ("in the region", "the branch's
    /// members": `part_units`; not "across the region", nor "in the city of Ormoc"), and
    /// "elsewhere".
    pub fn part_places(&self, text: &str, scope: (usize, usize)) -> Vec<String> {
        let Some(part) = text.get(scope.0..scope.1) else {
            return Vec::new();
        };
        let lower = |m: &WordMatch| !part[m.start()..m.end()].chars().any(char::is_uppercase);
        let after = |m: &WordMatch, words: &[&'static str]| ends_with_word(&part[..m.start()], words.iter().copied());
        let owner = |m: &WordMatch| {
            let word_before = part[..m.start()]
                .trim_end()
                .rsplit(|c: char| !c.is_alphanumeric())
                .next();
            word_before.is_some_and(|w| w.eq_ignore_ascii_case("the"))
                && ["'s", "’s"].iter().any(|s| part[m.end()..].starts_with(s))
        };
        let named = |m: &WordMatch| {
            part[m.end()..]
                .strip_prefix(" of ")
                .is_some_and(|rest| rest.starts_with(char::is_uppercase))
        };
        // "read out at a news conference in the capital": where something was said, not
        // where the figure was counted.
        // (Not a rally or a meeting, where things happen: "killed 12 protesters at a rally in
        // the north".)
        const GATHERINGS: [&str; 4] = ["conference", "briefing", "speech", "interview"];
        let said_there = |m: &WordMatch| {
            let before = part[..m.start()].trim_end().to_lowercase();
            GATHERINGS
                .iter()
                .any(|g| before.ends_with(&format!("{g} in")) || before.ends_with(&format!("{g} in the")))
        };
        let places = self.part_places.iter().flat_map(|list| list.find_iter(part));
        let places = places.filter(|m| lower(m) && after(m, &["in", "across", "throughout"]) && !said_there(m));
        let units = self.part_units.iter().flat_map(|list| list.find_iter(part));
        // ("The constituency had a lower turnout than most, with just 57.1 per cent": a unit
        // the sentence opens with, of those that are seldom a whole story's place: not "The
        // region, which is still recovering", "The city has opened 19 shelters".)
        const SMALL_UNITS: [&str; 5] = ["constituency", "ward", "district", "borough", "municipality"];
        // (Its own verb follows: not "The district where the magnitude-7.7 quake was centred".)
        let opens_sentence = |m: &WordMatch| {
            let next = part[m.end()..].split_whitespace().next().unwrap_or(",");
            text[..scope.0 + m.start()].trim().eq_ignore_ascii_case("the")
                && SMALL_UNITS.contains(&part[m.start()..m.end()].to_lowercase().as_str())
                && !next.starts_with(',')
                && !["where", "which", "that", "whose", "when"].contains(&next)
        };
        let units = units.filter(|m| lower(m) && !named(m) && (after(m, &["in"]) || owner(m) || opens_sentence(m)));
        // "killed about 170 people elsewhere in the country": the rest of it, apart from the
        // place the story is about (not "as elsewhere in Europe", "here and elsewhere").
        let elsewhere = ["elsewhere in the ", "elsewhere across the "]
            .iter()
            .any(|p| part.contains(p))
            .then(|| "elsewhere".to_string());
        places
            .chain(units)
            .map(|m| part[m.start()..m.end()].to_string())
            .chain(elsewhere)
            .collect()
    }

    /// The words of the lexicon's qualifier `name` (none when it has no such qualifier).
    pub fn qualifier_words_of(&self, name: &str) -> &[String] {
        self.qualifiers
            .iter()
            .find(|q| q.name == name)
            .map(|q| q.words.as_slice())
            .unwrap_or_default()
    }

    /// Whether the text before a name calls it a rival ("a challenge from rival ", "its
    /// competitor "): a word of the lexicon's `rival_words` right before it; or another party
    /// of the story's own, a word of `owner_words` after a possessive ("Its parent, ").
    /// Not the verb ("the only disaster to rival Haiyan").
    pub fn is_rival(&self, before: &str) -> bool {
        let mut words = before.split_whitespace().rev().map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'' && c != '’')
                .to_lowercase()
        });
        let word = words.next().unwrap_or_default();
        let previous = words.next();
        let verb = previous.as_ref().is_some_and(|w| {
            matches!(
                w.as_str(),
                "to" | "can" | "could" | "would" | "will" | "may" | "might" | "cannot" | "not"
            )
        });
        let possessive = previous
            .as_ref()
            .is_some_and(|w| matches!(w.as_str(), "its" | "their") || w.ends_with("'s") || w.ends_with("’s"));
        before.ends_with(' ')
            && (self.rival_words.contains(&word) && !verb || self.owner_words.contains(&word) && possessive)
    }

    /// Whether a lower-case `word` is one of the lexicon's `part_units` ("town").
    pub fn is_part_unit(&self, word: &str) -> bool {
        self.part_units.as_ref().is_some_and(|list| list.is_match(word))
    }

    /// Whether the clause before the figure denies it ("did not", "never"). "The no side won
    /// with 2,001,926 votes": after "the", "no" is a referendum's option, no denial.
    pub fn negated(&self, text: &str, scope: (usize, usize), figure: (usize, usize)) -> bool {
        text.get(scope.0..figure.0.max(scope.0)).is_some_and(|before| {
            self.negation.find_iter(before).any(|m| {
                let option = m.as_str().eq_ignore_ascii_case("no")
                    && before[..m.start()]
                        .split_whitespace()
                        .next_back()
                        .is_some_and(|w| w.eq_ignore_ascii_case("the"));
                !m.as_str().contains(char::is_whitespace) && !option
            })
        })
    }

    /// Whether `e` is named as the source of what the sentence says ("Reuters reported",
    /// "according to the UN"), rather than as what it is about.
    pub fn is_attribution(&self, sentence: &str, e: &Entity) -> bool {
        let after = sentence.get(e.end..).unwrap_or("");
        let after = after
            .strip_prefix("'s")
            .or_else(|| after.strip_prefix("’s"))
            .map_or(after, |_| "");
        // "Calder Lines said its revenue grew 6%": what a name says of its own is its own, as
        // "Calder Lines' revenue" is.
        let of_its_own = |said: regex::Match| {
            let rest = said_of(&after[said.end()..]);
            rest.starts_with("its ") || rest.starts_with("their ")
        };
        // "MPs who said the Prime Minister should remain": a name a verb follows is the
        // subject of what was said, not who said it.
        self.attributed_after.find(after).is_some_and(|said| !of_its_own(said))
            || !self.reported_subject.is_match(after)
                && sentence
                    .get(..e.start)
                    .is_some_and(|before| self.attributed_before.is_match(before))
    }

    /// Whether an attribution word ("said", "reported") follows `e` right after a space, no
    /// comma between: "the United Nations said"; not "the Midlands and the North West,
    /// reported", where the verb is the clause's before.
    pub fn speaks_right_after(&self, sentence: &str, e: &Entity) -> bool {
        let after = sentence.get(e.end..).unwrap_or("");
        after.starts_with(' ')
            && after.split_whitespace().next().is_some_and(|w| {
                self.attribution_words
                    .contains(&w.trim_end_matches([',', '.', ';', ':']).to_lowercase())
            })
    }

    /// Whether `e`, a source of what its sentence says, says it of itself: "Salesforce
    /// announced Wednesday it will cut 10 percent of its workforce" (an organisation that
    /// speaks of "it" is what it speaks of, as one that speaks of "its" is).
    pub fn speaks_of_itself(&self, sentence: &str, e: &Entity) -> bool {
        let after = sentence.get(e.end..).unwrap_or("");
        self.attributed_after.find(after).is_some_and(|said| {
            let rest = said_of(&after[said.end()..]);
            ["it ", "its ", "they ", "their "].iter().any(|w| rest.starts_with(w))
        })
    }

    /// Whether `e` is the organisation the speaker of a figure speaks for ("according to Jane
    /// Roe of Weather Watch"): a source of the figure, never what it is of, whatever its name
    /// looks like. Not when the `figure` stands between the verb and the name: "said seven
    /// people were found dead at the Lenbury bowling alley" tells where, not who spoke.
    pub fn is_affiliation(&self, sentence: &str, e: &Entity, figure: (usize, usize)) -> bool {
        sentence
            .get(..e.start)
            .and_then(|before| self.affiliation_before.find(before))
            .is_some_and(|found| !(found.start() <= figure.0 && figure.1 <= found.end()))
    }

    /// Whether `e` gathered the figures the sentence reports from others ("analysts polled by
    /// Refinitiv", "the FactSet consensus"): a source of the figure, never what it is of.
    pub fn is_pollster(&self, sentence: &str, e: &Entity) -> bool {
        self.consensus_of(sentence, e)
            || sentence
                .get(..e.start)
                .is_some_and(|before| self.pollster_before.is_match(before))
    }

    /// Whether `e` is the firm of a consensus ("the LSEG consensus"), which sources the
    /// figures of its own clause only.
    pub fn consensus_of(&self, sentence: &str, e: &Entity) -> bool {
        self.pollster_after.is_match(sentence.get(e.end..).unwrap_or(""))
    }

    /// A consensus named as such ("the Zacks Consensus Estimate", "the S&P Capital IQ
    /// Consensus"): the source of the figure it names ("... Estimate of $6.51 billion", "$6.52
    /// bln S&P Capital IQ Consensus"), and of no other figure.
    pub fn named_consensus(e: &Entity) -> bool {
        e.surface
            .split(' ')
            .skip(1)
            .any(|w| w.eq_ignore_ascii_case("consensus"))
    }

    /// Whether the consensus `e` names the figure at `figure` (right before it, or "of" it).
    pub fn names_figure(sentence: &str, e: &Entity, figure: (usize, usize)) -> bool {
        let between = |a: usize, b: usize| sentence.get(a..b).map(str::trim);
        let named = between(e.end, figure.0).map(|gap| {
            let gap = gap.to_lowercase();
            let gap = gap
                .trim_start_matches("estimates")
                .trim_start_matches("estimate")
                .trim()
                .to_string();
            matches!(gap.as_str(), "of" | "of a" | "of an" | "at")
        });
        between(figure.1, e.start) == Some("") || named == Some(true)
    }

    /// Whether `e` is the outlet that heard or wired what the sentence says ("Soria told
    /// Reuters", "MANILA (UPI) --"): neither what it is about nor a source of its own.
    pub fn is_reporter(&self, sentence: &str, e: &Entity) -> bool {
        self.reporter_after.is_match(sentence.get(e.end..).unwrap_or(""))
            || sentence
                .get(..e.start)
                .is_some_and(|before| self.reporter_before.is_match(before))
    }

    /// Whether `e` is written as a place the figure holds for ("in Leyte", "across the
    /// Philippines").
    pub fn is_place(&self, sentence: &str, e: &Entity) -> bool {
        // "shares in Marktfeld", "a stake in Helio": a company, not a place.
        const HOLDINGS: [&str; 6] = [
            "shares in",
            "stake in",
            "stakes in",
            "investment in",
            "investments in",
            "interest in",
        ];
        // "at its Port Eskel office": a site of the figure's company.
        let site = || {
            let next = sentence[e.end..].split_whitespace().next().unwrap_or_default();
            self.site_nouns
                .contains(&next.trim_end_matches(|c: char| !c.is_alphabetic()).to_lowercase())
        };
        // "on Grand Bahama Island", "on Mount Everest": an island or a mountain is a place one
        // is on.
        let one_is_on = || {
            let name = sentence.get(e.start..e.end).unwrap_or_default();
            ["Island", "Islands", "Isle", "Mountain", "Mountains", "Peak"]
                .iter()
                .any(|w| name.ends_with(w))
                || ["Mount ", "Mt ", "Mt. "].iter().any(|w| name.starts_with(w))
        };
        // "filed for insolvency in the Port Calloway High Court": a body's, not where.
        let body = || {
            sentence
                .get(e.start..e.end)
                .is_some_and(|name| self.is_institution(name))
        };
        sentence.get(..e.start).is_some_and(|before| {
            let lower = before.trim_end().to_lowercase();
            self.place_before.is_match(before) && !body() && !HOLDINGS.iter().any(|h| lower.ends_with(h))
                || self.site_before.is_match(before) && site()
                || (lower.ends_with(" on") || lower.ends_with(" on the")) && one_is_on()
        })
    }
}

/// What a speech verb introduces, past the day it was said on ("announced Wednesday it will",
/// "said on Monday that its") and a "that".
fn said_of(rest: &str) -> &str {
    let mut rest = rest.trim_start();
    for _ in 0..3 {
        let (word, after) = rest.split_once(' ').unwrap_or((rest, ""));
        let word = word.trim_end_matches(',');
        let day = crate::extract::time::is_weekday_name(word)
            || [
                "on",
                "today",
                "yesterday",
                "tonight",
                "earlier",
                "late",
                "last",
                "this",
                "week",
                "night",
            ]
            .contains(&word.to_lowercase().as_str());
        if !day {
            break;
        }
        rest = after.trim_start();
    }
    rest.strip_prefix("that ").unwrap_or(rest)
}

/// Where a relative clause opens after a figure ending at `after` ("who", "that", "which")
/// and where it runs to: up to the next punctuation mark, relative word or conjunction that
/// opens another clause ("the 40 people who were injured in the blast that killed three":
/// what killed is the blast's; "were taken to hospitals where doctors said"). `None` when no
/// clause opens before a punctuation mark, or when the stretch holds a figure, "and" ("12
/// people who were injured and 3 who died" is two counts) or a negation ("the 30 protesters
/// who were arrested were not hurt").
fn relative_clause_after(text: &str, after: usize) -> Option<(usize, usize)> {
    let rest = text.get(after..)?;
    let end = rest.find(CLAUSE_ENDS).unwrap_or(rest.len());
    let mut at = 0;
    for word in rest[..end].split_inclusive(' ') {
        if is_relative(word) {
            return clause_from(text, after + at);
        }
        at += word.len();
    }
    None
}

/// Words opening a noun phrase before its noun ("the mission", "its satellite").
const DETERMINERS: &[&str] = &["the", "a", "an", "its", "their", "this", "that", "his", "her", "our"];

/// Marks that end a clause (for `clause_from`).
const CLAUSE_ENDS: [char; 10] = [',', ';', ':', '(', '—', '–', '.', '"', '“', '”'];

fn is_relative(word: &str) -> bool {
    matches!(word.trim().to_lowercase().as_str(), "who" | "that" | "which")
}

/// Where the clause that opens with the word at `from` (a relative word, "aboard") runs to:
/// up to the next punctuation mark, relative word or word that opens another clause. `None`
/// when it holds a figure, "and" or a negation (see `relative_clause_after`).
fn clause_from(text: &str, from: usize) -> Option<(usize, usize)> {
    let rest = text.get(from..)?;
    let end = rest.find(CLAUSE_ENDS).unwrap_or(rest.len());
    let another = |word: &str| {
        is_relative(word)
            || matches!(
                word.trim().to_lowercase().as_str(),
                "where" | "when" | "while" | "after" | "before" | "because" | "as" | "since" | "said" | "says"
            )
    };
    let mut words = rest[..end].split_inclusive(' ');
    let mut at = words.next().map_or(0, str::len);
    for word in words {
        if another(word) {
            break;
        }
        at += word.len();
    }
    let clause = &rest[..at];
    let plain = !clause.bytes().any(|b| b.is_ascii_digit())
        && !clause.split_whitespace().any(|w| {
            matches!(w, "and" | "not" | "no" | "none" | "never" | "n't")
                || w.ends_with("n't")
                || crate::extract::numbers::is_number_word(w)
        });
    plain.then_some((from, from + at))
}
