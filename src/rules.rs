//! The rule registry: rule files and the lexicon, loaded from TOML.
//!
//! The defaults in `rules/` are compiled into the binary; `--rules DIR` adds files that extend
//! the lexicon or add rules, and a rule whose code already exists replaces the default one.
//! Every rule has a code, a kebab-case name, a summary, a severity, an explanation and its own
//! examples, which `crate::examples` runs as tests.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use regex::Regex;
use serde::{Deserialize, Serialize};

use crate::error::Error;
use crate::pattern::{LazyRegex, WordList, WordLists};

/// The default rule files, compiled in. A test checks that this list and `rules/` agree.
pub const DEFAULT_FILES: &[(&str, &str)] = &[
    ("rules/lexicon.toml", include_str!("../rules/lexicon.toml")),
    (
        "rules/measures.lexicon.toml",
        include_str!("../rules/measures.lexicon.toml"),
    ),
    ("rules/units.lexicon.toml", include_str!("../rules/units.lexicon.toml")),
    ("rules/CC001-money.toml", include_str!("../rules/CC001-money.toml")),
    ("rules/CC002-percent.toml", include_str!("../rules/CC002-percent.toml")),
    ("rules/CC003-count.toml", include_str!("../rules/CC003-count.toml")),
    (
        "rules/CC004-speed-up.toml",
        include_str!("../rules/CC004-speed-up.toml"),
    ),
    ("rules/CC005-date.toml", include_str!("../rules/CC005-date.toml")),
    (
        "rules/CC006-duration.toml",
        include_str!("../rules/CC006-duration.toml"),
    ),
    (
        "rules/CC007-quantity.toml",
        include_str!("../rules/CC007-quantity.toml"),
    ),
    ("rules/CC008-time.toml", include_str!("../rules/CC008-time.toml")),
    (
        "rules/CC101-quantity-mismatch.toml",
        include_str!("../rules/CC101-quantity-mismatch.toml"),
    ),
    (
        "rules/CC102-date-mismatch.toml",
        include_str!("../rules/CC102-date-mismatch.toml"),
    ),
    (
        "rules/CC103-weekday-mismatch.toml",
        include_str!("../rules/CC103-weekday-mismatch.toml"),
    ),
    (
        "rules/CC104-timeline-mismatch.toml",
        include_str!("../rules/CC104-timeline-mismatch.toml"),
    ),
    (
        "rules/CC105-time-mismatch.toml",
        include_str!("../rules/CC105-time-mismatch.toml"),
    ),
    ("rules/CC009-quote.toml", include_str!("../rules/CC009-quote.toml")),
    ("rules/CC010-role.toml", include_str!("../rules/CC010-role.toml")),
    (
        "rules/CC106-quote-mismatch.toml",
        include_str!("../rules/CC106-quote-mismatch.toml"),
    ),
    (
        "rules/CC107-points-as-percent.toml",
        include_str!("../rules/CC107-points-as-percent.toml"),
    ),
    (
        "rules/CC108-no-such-day.toml",
        include_str!("../rules/CC108-no-such-day.toml"),
    ),
    (
        "rules/CC109-role-mismatch.toml",
        include_str!("../rules/CC109-role-mismatch.toml"),
    ),
];

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

/// What a claim states: the recogniser that found it decides its kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Money,
    Percent,
    Count,
    Multiplier,
    Date,
    /// A time of day ("4:35 a.m.", "21:00 GMT", "noon"), with its day when a date names it.
    Time,
    Duration,
    /// A measurement in a unit of a physical dimension: "12 miles", "235 kph", "5 metres".
    Quantity,
    /// Words in quotation marks, with who said them when the text says.
    Quote,
    /// An office a named person holds at an organisation ("OpenAI chief scientist Ilya
    /// Sutskever").
    Role,
    /// A number no other mention takes in ("sixteen", "192"): listed by `crosscheck extract`,
    /// never a claim, since nothing says what it counts.
    Number,
    /// An ordinal ("third", "19th"): listed by `crosscheck extract`, never a claim.
    Ordinal,
    /// A recurring time ("every Monday", "weekly", "twice a year"), read as the days between
    /// two occurrences: listed by `crosscheck extract`, never a claim (no one day is meant).
    Set,
}

impl Kind {
    /// A date or a time of day: what times a figure, not a figure.
    pub fn is_time(self) -> bool {
        matches!(self, Kind::Date | Kind::Time)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Money => "money",
            Kind::Percent => "percent",
            Kind::Count => "count",
            Kind::Multiplier => "multiplier",
            Kind::Date => "date",
            Kind::Time => "time",
            Kind::Duration => "duration",
            Kind::Quantity => "quantity",
            Kind::Number => "number",
            Kind::Ordinal => "ordinal",
            Kind::Set => "set",
            Kind::Quote => "quote",
            Kind::Role => "role",
        }
    }
}

/// The comparison a check rule applies; each is written once in `crate::check`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Operator {
    /// Values are intervals: overlap agrees, nesting refines, disjoint conflicts.
    IntervalOverlap,
    /// A date and the weekday written next to it must agree ("Thursday, March 6, 2026").
    WeekdayOfDate,
    /// A date's day must be one its month has ("February 30, 2026", "April 31").
    DayInMonth,
    /// The time between two dated events of one subject must fit the duration stated
    /// between them ("joined in June 2023 ... left after less than two years, in September
    /// 2025").
    DurationBetweenEvents,
    /// Quotes of different sources that share a run of words are one quote: the same words
    /// agree, a cut refines, changed words or another speaker conflict.
    QuoteWords,
    /// The same figure of one frame in percentage points in one source and in percent in
    /// another ("down 0.9 percentage points", "a drop of 0.9 percent"): one of them has the
    /// unit wrong.
    PointsAsPercent,
    /// A person holds one office at an organisation at a time: two sources that give one
    /// person two offices there, neither giving both, conflict.
    ExclusiveOffice,
}

#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    pub code: String,
    pub name: String,
    pub summary: String,
    pub severity: Severity,
    pub explanation: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extract: Option<Extract>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub check: Option<Check>,
    #[serde(default, rename = "example")]
    pub examples: Vec<Example>,
    #[serde(default, rename = "counterexample")]
    pub counterexamples: Vec<Example>,
    /// The file the rule came from, for messages.
    #[serde(skip)]
    pub origin: PathBuf,
}

/// An extraction rule: the kind of claim whose recogniser it documents. What a figure
/// measures comes from the measure lexicon (`rules/measures.lexicon.toml`).
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Extract {
    pub kind: Kind,
}

#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Check {
    pub applies_to: Vec<Kind>,
    pub operator: Operator,
    /// Relative gap between two intervals still read as agreement (rounding in sources).
    #[serde(default)]
    pub tolerance: f64,
    /// Figures are compared only when they hold at the same time: their stated dates
    /// overlap, or their sources' dates lie at most this many days apart. Unset: always.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_of_days: Option<i64>,
    /// A block holding more values than this at one time is not one fact told differently
    /// but several facts the frame cannot tell apart: no conflict is reported for it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_values: Option<usize>,
    /// A moving figure that nothing dates is compared with others that nothing dates only
    /// when their values lie at most this relative gap apart (a count read twice, not a
    /// toll that grew between two undated reports). Unset: never.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub untimed_gap: Option<f64>,
    /// Figures of a vote's option (`for:` qualifiers) further apart than this relative gap
    /// are of two areas, one named elsewhere in its source (a city's share against the
    /// nation's), not one result told two ways. Unset: no limit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub option_gap: Option<f64>,
    /// Value groups whose values lie this many times apart or more (the nearer bounds, both
    /// above zero) are a possible conflict only: a figure several times another is more
    /// often another thing told alike (a part, a total, another party's, another moment's)
    /// than the same thing mistold. Unset: no limit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub far_apart: Option<f64>,
    /// Quotes: the share of the shorter quote's words the longer must hold, in order, for
    /// the two to be one quote told differently (below it they are two quotes).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub similarity: Option<f64>,
    /// Quotes: the fewest words two quotes must share in one unbroken run to be compared.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shared_run: Option<usize>,
    /// Quotes: words kept the same for each word changed, when words change in several places.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kept_per_change: Option<f64>,
    /// Quotes: the same, when words change in one place.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kept_per_change_in_one_place: Option<f64>,
    /// Quotes: words of at least this many letters whose spellings are `typo_similarity`
    /// alike (normalised Levenshtein) are one word.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub typo_length: Option<usize>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub typo_similarity: Option<f64>,
}

/// One example of a rule. Extraction rules use `text` and `expect`; check rules use
/// `sources` (each string one source) and `relation`.
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Example {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub expect: Vec<Expected>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub relation: Option<ExpectedRelation>,
    /// Pins the reference date for examples with dates that lack a year.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
}

/// A claim an extraction example must yield.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Expected {
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// The value as `Value::reading` prints it ("1.8e10 USD", "630..770 experiment").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reading: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ExpectedRelation {
    Agree,
    Refine,
    Conflict,
    /// A conflict the rule cannot show to be about one thing: a warning apart.
    PossibleConflict,
    /// Values that differ at different stated times.
    Update,
    /// The rule must link nothing.
    None,
}

/// A currency's minor unit: "34 cents" is 0.34 USD.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct MinorUnit {
    pub currency: String,
    pub fraction: f64,
    /// Only glued to the figure ("415p"; "5 p" is no sum).
    #[serde(default)]
    pub glued: bool,
    /// Words one of which its sentence must hold ("shares", "price"), when given.
    #[serde(default)]
    pub cues: Vec<String>,
    /// Words none of which its sentence may hold ("video": "1080p" is a resolution).
    #[serde(default)]
    pub not_cues: Vec<String>,
}

/// Words and settings the recognisers share. Lists from several files are concatenated;
/// settings from a later file replace earlier ones.
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Lexicon {
    /// The lexicon files this one was merged from, in order: named when a word list cannot
    /// be compiled.
    #[serde(skip)]
    pub files: Vec<PathBuf>,
    /// Every file is a compiled-in default, whose word lists the tests compile: its patterns
    /// may wait for their first search. A user's lists are compiled at load, so a list the
    /// regex engine refuses is an error before the run.
    #[serde(skip)]
    pub compiled_in: bool,
    #[serde(default)]
    pub numbers: Numbers,
    #[serde(default)]
    pub hedges: Hedges,
    /// Times of day: the hedges that stretch them and the zones written after them.
    #[serde(default)]
    pub clock: ClockWords,
    /// Quotations: the words that say who spoke them, and the shortest quote compared.
    #[serde(default)]
    pub quotes: QuoteWords,
    /// Offices: who leads what, and the words that put a role in the past or in change.
    #[serde(default)]
    pub roles: RoleWords,
    /// Scale words and abbreviations: "billion", "bn" -> 1e9.
    #[serde(default)]
    pub scales: BTreeMap<String, f64>,
    /// Currency symbols, codes and words -> ISO 4217 code.
    #[serde(default)]
    pub currencies: BTreeMap<String, String>,
    /// Words for a currency's minor unit ("cents", "pence") -> the currency and how much of
    /// it one is.
    #[serde(default)]
    pub minor_units: BTreeMap<String, MinorUnit>,
    /// Holidays by name -> the day each falls on: "12-25", "4th thursday of november",
    /// "last monday of may", "easter", each with an optional day shift ("easter -2").
    #[serde(default)]
    pub holidays: BTreeMap<String, String>,
    /// Phrases that mark a line as page furniture (menus, share counters, comment widgets).
    #[serde(default)]
    pub furniture: Vec<String>,
    /// Abbreviations that end in a full stop but do not end a sentence.
    #[serde(default)]
    pub abbreviations: Vec<String>,
    /// Event classes, in order of precedence: a date in a sentence dates the first class found.
    #[serde(default, rename = "event")]
    pub events: Vec<EventClass>,
    /// Words that mark an event as one of several of its kind ("left again", "rejoined"):
    /// its date may differ from another source's without contradicting it.
    #[serde(default)]
    pub repeated: Vec<String>,
    /// Words right before an event word that say it did not happen at the date ("threatened
    /// to quit on Monday", "unless the board resigns"): the date dates something else.
    #[serde(default)]
    pub unrealised: Vec<String>,
    /// Words right before an event word that say it is to come ("will be published in the
    /// autumn"): its date is compared only with other sources' dates of a planned event, not
    /// with one that took place ("released on Tuesday").
    #[serde(default)]
    pub planned: Vec<String>,
    /// Known entities and the other names they go by.
    #[serde(default, rename = "entity")]
    pub entities: Vec<EntityAliases>,
    /// Short forms of first names: "Nick" -> "Nicholas".
    #[serde(default)]
    pub nicknames: BTreeMap<String, String>,
    /// Words that make a capitalised name an organisation's or a product's, not a person's.
    #[serde(default)]
    pub organisation_words: Vec<String>,
    /// Titles that stand before a person's name and would make it an organisation's
    /// ("Culture Minister Paul Ardent", "Chief Financial Officer Raj Menon").
    #[serde(default)]
    pub person_titles: Vec<String>,
    /// Of `organisation_words`, those that end the name of a place or an event ("Leyte
    /// Province", "Typhoon Haiyan"), not of an institution.
    #[serde(default)]
    pub place_words: Vec<String>,
    /// Legal forms that end a company's name and are dropped from it ("Orvane Corp.",
    /// "Orvane Corporation" and "Orvane" are one company).
    #[serde(default)]
    pub legal_forms: Vec<String>,
    /// Words that end a company's name and that the company is often named without
    /// ("Halvora Industries" is the "Halvora" of a story that names both).
    #[serde(default)]
    pub company_tails: Vec<String>,
    /// Words right before a name that make it a rival of the story's own ("rival Brennard
    /// Micro", "competitor Helix"): never the story's own name, whatever share of the
    /// sources name it.
    #[serde(default)]
    pub rival_words: Vec<String>,
    /// Words after a possessive and right before a name that make it another party of the
    /// story's own ("Its parent, Aurel Holdings, reported"): as a rival's, its figures are its
    /// own. (Not without the possessive: "ChatGPT parent OpenAI" may be the story's own.)
    #[serde(default)]
    pub owner_words: Vec<String>,
    /// News organisations ("BBC", "Reuters"): named as the source of a figure that each source
    /// measures its own way (a storm's wind, a quake's magnitude), one relays another's
    /// measurement and makes it no estimate of its own.
    #[serde(default)]
    pub news_outlets: Vec<String>,
    /// Nouns of a group whose size a count gives when joined to them ("a 62-aircraft fleet",
    /// "a panel of three judges").
    #[serde(default)]
    pub group_nouns: Vec<String>,
    /// Nouns that, after "the" (and one word at most), name again the organisation the
    /// sentence before was about ("BYD sold 3.02 million vehicles. The Chinese company ...").
    #[serde(default)]
    pub anaphor_nouns: Vec<String>,
    /// Phrases that open a sentence told on the day the sentence before named ("... on
    /// Tuesday. By the close, the shares had shed 14.1 per cent"), lower case.
    #[serde(default)]
    pub same_day_openers: Vec<String>,
    /// Capitalised words that name no entity: months, titles, demonyms, sentence openers.
    #[serde(default)]
    pub not_names: Vec<String>,
    /// Of `not_names`, those that open a name when another capitalised word follows them
    /// ("Northern Ireland", "Western Visayas"; "Northern officials" names nothing).
    #[serde(default)]
    pub name_openers: Vec<String>,
    /// Words that never head a count noun or name an entity ("the", "of", "which").
    #[serde(default)]
    pub stopwords: Vec<String>,
    /// Words a number after labels rather than counts ("a category 5 hurricane", "phase 3
    /// trials", "flight 370").
    #[serde(default)]
    pub labels: Vec<String>,
    /// Nouns that a span of time hyphened before them names rather than measures: a bond's
    /// term ("the 10-year gilt", "30-year Treasury yields") tells which bond, not how long
    /// anything lasted.
    #[serde(default)]
    pub term_names: Vec<String>,
    /// Openings of a line that links another article ("Read:", "Related:"): its figures are
    /// that article's, not timed by the page's date.
    #[serde(default)]
    pub linked_headlines: Vec<String>,
    /// Verbs whose subject caused a change ("a forecast that drove shares up 26%"): the words
    /// before them qualify the cause, not the figure after them.
    #[serde(default)]
    pub cause_verbs: Vec<String>,
    /// Physical dimensions and their base units (`rules/units.lexicon.toml`).
    #[serde(default, rename = "dimension")]
    pub dimensions: Vec<DimensionDef>,
    #[serde(default, rename = "unit")]
    pub units: Vec<UnitDef>,
    /// What figures measure (`rules/measures.lexicon.toml`).
    #[serde(default, rename = "measure")]
    pub measures: Vec<MeasureDef>,
    /// Words that say on what basis a figure is given ("expected", "adjusted").
    #[serde(default, rename = "qualifier")]
    pub qualifiers: Vec<QualifierDef>,
    /// Counted nouns that say nothing of what was measured ("people").
    #[serde(default)]
    pub generic_nouns: Vec<String>,
    /// Words before a measure word that do not narrow it ("total revenue").
    #[serde(default)]
    pub neutral_modifiers: Vec<String>,
    /// Words right before a figure that make its counted noun a whole population ("OpenAI's
    /// 770 employees", "has 770 employees"): a `fallback` measure needs one of them, or its
    /// word before the figure ("employs 770"), or a part before it ("505 of 770 employees").
    #[serde(default)]
    pub whole_before: Vec<String>,
    /// Nouns that make the one or two words before them a part of the company ("its Data
    /// Center segment", "the data center group"): a figure with `parts` after one, in its
    /// sentence, is that part's.
    #[serde(default)]
    pub part_nouns: Vec<String>,
    /// The measure a change of a part named alone is of ("the gaming department fell 38%":
    /// its revenue). A measure of the lexicons.
    #[serde(default)]
    pub part_measure: Option<String>,
    /// The measure of a sum written before the thing it is of ("the $451 million
    /// satellite": what the satellite cost). A measure of the lexicons.
    #[serde(default)]
    pub attributive_measure: Option<String>,
    /// Expectation words that, right after the figure's own subject ("Nvidia expects", "it
    /// expected"), give its own outlook (`forecast`), not others' (`consensus`).
    #[serde(default)]
    pub own_outlook: Vec<String>,
    /// Part nouns that are also the whole company's ("the combined group", "the Japanese
    /// group"): a part only after two words ("the data center group").
    #[serde(default)]
    pub compound_part_nouns: Vec<String>,
    /// Common nouns of a part of a country or region ("in the capital", "across the north"):
    /// a figure's place, as a name after "in" is.
    #[serde(default)]
    pub part_places: Vec<String>,
    /// Common nouns of a unit a figure may be counted in ("region", "branch"): its place
    /// after "in" or owning it ("the branch's members"); "across the region" is the whole.
    #[serde(default)]
    pub part_units: Vec<String>,
    /// Nouns of a company's site ("office", "plant"): a name before one, after "at its", is
    /// where the figure is counted ("employs 310 people at its Port Eskel office").
    #[serde(default)]
    pub site_nouns: Vec<String>,
    /// Verbs and phrases that attribute a figure to a named source ("said", "according to").
    #[serde(default)]
    pub attribution: Vec<String>,
    /// Words opening a clause that restates the figure before in other terms ("equating to").
    #[serde(default)]
    pub restating: Vec<String>,
    /// Words after a figure that set it against another ("beat forecasts", "above
    /// expectations"): a qualifier word after them is the other's.
    #[serde(default)]
    pub set_against: Vec<String>,
    /// Verbs of a change told as done ("rose", "jumped"): after them "by 1,200 to 5,209" is
    /// the change and the level it reached, not a range.
    #[serde(default)]
    pub changed: Vec<String>,
    /// Words after which the option a vote is for follows ("votes to Remain", "voted for
    /// Biden", "in favour of the motion"), for measures with `options`.
    #[serde(default)]
    pub option_words: Vec<String>,
    /// Common words that, capitalised, name an option as a name does ("voted No").
    #[serde(default)]
    pub option_names: Vec<String>,
    /// Verbs whose subject is the option a vote figure after them is for ("Halvora won 51.9%").
    #[serde(default)]
    pub option_verbs: Vec<String>,
    /// Bound words before a figure of a `peak` measure that state the maximum it is ("up to",
    /// "as high as"), lower case.
    #[serde(default)]
    pub peak_bounds: Vec<String>,
}

#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct DimensionDef {
    pub name: String,
    /// The unit values of this dimension are stored and shown in.
    pub base: String,
}

#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct UnitDef {
    pub dimension: String,
    pub symbol: String,
    /// One unit in the dimension's base unit.
    pub factor: f64,
    /// Added after the factor, for a scale whose zero is not the base unit's: 0 °F is
    /// -17.78 °C.
    #[serde(default)]
    pub offset: f64,
    pub words: Vec<String>,
    /// Words of the unit that name a currency too ("pound"): the unit only with one of
    /// `cues` in the sentence, or before "of" and a thing that is not one of `money_of`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub currency_words: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cues: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub money_of: Vec<String>,
    /// Verbs of money before a figure that keep its currency word money ("paid").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub money_before: Vec<String>,
    /// Things a hyphened figure of the unit weighs ("a 40-pound bundle").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub things: Vec<String>,
    /// The smaller unit (its symbol) a figure hyphenated right after this unit's word is in
    /// ("6-foot-5": 6 feet 5 inches).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub part: Option<String>,
    /// For a unit of length: the speed unit it makes with "per hour" ("miles per hour": mph).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speed: Option<String>,
    /// Words of the unit that are another unit's elsewhere ("mb": millibars in a weather
    /// report, megabytes in a download): this unit's only as written, in their case, and in
    /// a sentence that holds one of `context`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub words_in_context: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub context: Vec<String>,
}

#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct MeasureDef {
    pub name: String,
    /// The kinds of value it takes: currency, percent, count, ratio, duration, number, or a
    /// physical dimension.
    pub dimensions: Vec<String>,
    /// Moves during a story: values stated at different times are updates.
    #[serde(default)]
    pub evolving: bool,
    /// A line of a company's accounts (revenue, profit, loss): a year written as its
    /// adjective ("2026 revenue") names the full year.
    #[serde(default)]
    pub account: bool,
    /// Moves by the minute (a share price): two values of one day are compared only when
    /// both state their day, not when their sources' dates alone time them.
    #[serde(default)]
    pub volatile: bool,
    /// A figure told as of a time of day ("By 6 p.m. turnout had reached 58.6 per cent") is
    /// a reading during that day, compared only with readings at that time.
    #[serde(default)]
    pub hourly: bool,
    /// The measure of a population, taken only when no other measure word is near.
    #[serde(default)]
    pub fallback: bool,
    /// Nouns of this measure that a lower-case word before them narrows to a part ("gaming
    /// revenue"): figures of different parts are not compared.
    #[serde(default)]
    pub parts: Vec<String>,
    /// Measured from a place named after the measure word ("north of Port Elin", "from the
    /// capital"): figures from different places are not compared.
    #[serde(default)]
    pub from_place: bool,
    /// Of the thing named after the figure's unit and "of" ("2 tonnes of cocaine"): figures of
    /// different things (`of:cocaine`, `of:heroin`) are not compared.
    #[serde(default)]
    pub of_thing: bool,
    /// The size of a thing: a common noun a participle of size or a copula right before the
    /// figure tells of is the thing sized ("a launch tower standing at a height of nearly 500
    /// feet" is `height[of:tower]`), and figures of different things are not compared.
    #[serde(default)]
    pub sizes_thing: bool,
    /// Counted whole and never rounded (seats): a figure with no hedge is as precise as its
    /// last digit, trailing zeros too ("120 seats" is not "about 120").
    #[serde(default)]
    pub exact: bool,
    /// Words right before a name that make the name what the figure is of or in ("owns 9.8%
    /// of Kestrel", "bought Kestrel for $3 billion"): the frame's object. Figures of
    /// different objects are not compared; subject and object compare as a pair, in either
    /// order ("Halvora bought Marktfeld", "Marktfeld was sold to Halvora").
    #[serde(default)]
    pub objects: Vec<String>,
    /// Counts what happened to people (deaths, evacuations): an organisation that states the
    /// figure is its source, never its subject ("the UN says 673,000 were displaced").
    #[serde(default)]
    pub toll: bool,
    /// Its words that say who is counted ("passengers", "crew"), not what was counted of
    /// them: as the figure's counted noun they yield to a word of another measure right
    /// before the figure ("killed 12 passengers", "licensed to carry 650 passengers"), and
    /// count only those ("412 passengers" are not "448 people on board"); before the figure
    /// they name it only as its head ("a crew of 36").
    #[serde(default)]
    pub who: Vec<String>,
    /// The nouns a count of the measure may count, when not any ("cut 1,200 workers";
    /// "nine members backed the cut" counts no job cut): a count of another noun is not of
    /// this measure.
    #[serde(default)]
    pub counts_only: Vec<String>,
    /// Its other words tell where those counted were ("aboard", "on board"), not what befell
    /// them: right after a count (or its noun), they yield to a measure word after them in
    /// the clause, the sentence's own verb ("179 aboard the ferry had been rescued":
    /// `rescued`).
    #[serde(default)]
    pub located: bool,
    /// Its words that name whom a share is of ("of the electorate"): before a word of a
    /// measure with `options` that an option follows ("37% of the electorate voted Leave"),
    /// they yield to it, and the share is that option's, on that basis (a qualifier says so).
    #[serde(default)]
    pub option_basis: Vec<String>,
    /// Each source measures it its own way (a storm's wind averaged over one minute or ten):
    /// figures from different sources, or from a named source and an unnamed one, are two
    /// estimates.
    #[serde(default)]
    pub per_source: bool,
    /// The measure of a subject's shares ("share-price"): when the story gives the subject
    /// a figure of it, the subject is listed and this measure moves with its shares (a
    /// listed company's valuation), `evolving` and `volatile` for it.
    #[serde(default)]
    pub traded_by: Option<String>,
    /// Phrases that give a thing's value, not the measure: one ending right before the
    /// figure names the thing by its first word ("a stake worth $1.6 billion"); one ending in
    /// "of" after the figure by the noun after it ("$21 billion worth of securities").
    #[serde(default)]
    pub value_of: Vec<String>,
    /// Nouns whose value the measure is ("the startup is now worth $18 billion"): with these,
    /// any other noun right before a word of the measure that ends right before the figure
    /// names another thing whose value it is ("a contract worth $40 million": `contract-value`,
    /// "a runner-up prize worth about $1.5 million": `prize-value`).
    #[serde(default)]
    pub valued_nouns: Vec<String>,
    /// It is measured at a place (a temperature, a rainfall): a name that would be the
    /// figure's subject is where ("Lenbury Airport recorded 43.1 °C" is
    /// `temperature[in:lenbury-airport]`, as "at Lenbury Airport" would make it).
    #[serde(default)]
    pub at_place: bool,
    /// The measure a figure of this one stated per share is ("earnings of $1.12 a share" is
    /// earnings per share): the `per-share` qualifier then says nothing more.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub per_share: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub polarity: Option<String>,
    /// Counts or shares of votes: a figure is for the option its clause names (lexicon
    /// `option_words`), and figures for different options are not compared.
    #[serde(default)]
    pub options: bool,
    /// How far a count of votes has got ("with 60% of the votes counted"): in a sentence with
    /// a figure of it below 100%, the options' figures are a running count (`partial`).
    #[serde(default)]
    pub progress: bool,
    /// Won as the count goes on (a party's seats): a figure of a subject in a sentence that
    /// tells the count's stage is a running count (`partial`), as the options' figures are.
    #[serde(default)]
    pub tallied: bool,
    /// The figure is itself a maximum (a storm's top winds, the highest waves): a bound word
    /// before it (lexicon `peak_bounds`: "winds of up to 195 mph") states it, not a ceiling.
    #[serde(default)]
    pub peak: bool,
    /// Measures whose figure, stated in the story, may lie between two values of this one
    /// told on two bases (a deal's value with and without the debt the buyer takes on):
    /// values that differ by such a figure are not a conflict.
    #[serde(default)]
    pub basis_gaps: Vec<String>,
    /// Its words name it only after the figure ("about 280 m thick"; not "thick columns of ash
    /// as high as 3,000 meters").
    #[serde(default)]
    pub after_figure: bool,
    /// Words that name it only right after a percentage ("85% contained" is a fire's
    /// containment; "inflation was contained at 2.1%" is not), lower case.
    #[serde(default)]
    pub after_percent: Vec<String>,
    /// Words that, among the two right after one of its words, give that word another sense
    /// ("cut costs", "cutting people out of the wreckage" are no job cuts), lower case.
    #[serde(default)]
    pub other_sense: Vec<String>,
    pub words: Vec<String>,
}

impl MeasureDef {
    /// Whether one of `other_sense` is among the two words after `end` in `text`, past an
    /// article or a possessive, before any figure ("cut 200 people" are job cuts; "slash the
    /// list price by 58%" is no job cut).
    pub fn in_other_sense(&self, text: &str, end: usize) -> bool {
        const DETERMINERS: &[&str] = &["the", "a", "an", "its", "their", "his", "her", "our"];
        // "a cut to 4.00 per cent": what is cut to a level is a rate or a price, never jobs.
        let to_a_level = || {
            let mut after = words_after(text, end);
            after.next().as_deref() == Some("to")
                && after
                    .next()
                    .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()))
        };
        !self.other_sense.is_empty()
            && (words_after(text, end)
                .skip_while(|w| DETERMINERS.contains(&w.as_str()))
                .take(2)
                .take_while(|w| !w.contains(|c: char| c.is_ascii_digit()))
                .any(|w| self.other_sense.contains(&w))
                || to_a_level())
    }
}

/// The words of `text` after byte `end`, in lower case, without the punctuation around them.
pub(crate) fn words_after(text: &str, end: usize) -> impl Iterator<Item = String> + '_ {
    text.get(end..)
        .unwrap_or_default()
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase())
}

#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct QualifierDef {
    pub name: String,
    pub words: Vec<String>,
    /// The words qualify only the figure right before them ("$18 per share").
    #[serde(default)]
    pub after_figure: bool,
    /// With `after_figure`, the words may also stand right after the noun the figure counts
    /// ("ten seats below that projection").
    #[serde(default)]
    pub after_noun: bool,
    /// The words qualify only the figure right after them ("rose by $200 billion"); with
    /// `after_figure` too, the figure right beside them ("another 25", "500 additional").
    #[serde(default)]
    pub before_figure: bool,
    /// The words qualify only a level after a change word ("increased its value by $200
    /// billion"), not a measure that is a change or a ratio already ("faster by 4
    /// percent" is the speed-up itself), nor without a change ("supported by €1.5bn").
    #[serde(default)]
    pub after_change: bool,
    /// The words qualify only a figure without a hedge: "the $1 trillion mark" is a
    /// threshold, "crossed the $1 trillion mark" a value.
    #[serde(default)]
    pub unhedged_only: bool,
    /// After the figure, the words qualify it only this many words off ("1,200 may have
    /// died", but not "770 employees had threatened to quit if the board ..."); before it,
    /// anywhere in its part of the clause. With `after_figure`, up to this many words after
    /// the figure rather than right after it ("$47.50 in cash for each share").
    #[serde(default)]
    pub reach_after: Option<usize>,
    /// The words say how the figure stands (a threshold, a year-on-year change, a peak), not
    /// what it measures: a change written after the figure ("$7.19 billion, down 13%") is of
    /// what the figure measures, without these.
    #[serde(default)]
    pub figure_only: bool,
    /// The words are a change's basis ("up 13% year over year"); a level they follow is of
    /// that earlier time and takes this qualifier instead ("$8.29 billion a year ago":
    /// `year-earlier`), and a level they come before takes none ("fell 5% year over year to
    /// $4.2 billion" is this year's).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub of_level: Option<String>,
    /// The words name one of many like events ("an aftershock"): a figure so qualified never
    /// contradicts another, which may be of another of them.
    #[serde(default)]
    pub one_of_many: bool,
    /// A figure so qualified is of whoever its sentence names ("Labour gained 211 seats"):
    /// with no one named ("the loss of 249 seats"), it is nothing to compare.
    #[serde(default)]
    pub needs_subject: bool,
    /// The words hold for every figure after them in their clause, across a conjunction
    /// ("would finish with 13 seats and National Renewal with 10"), and in the sentence when
    /// an opening clause holds them ("If Green Future gains the seat, ...").
    #[serde(default)]
    pub clause_wide: bool,
    /// The words do not qualify a figure right after them (past an article or a possessive):
    /// "including the 312 homes" sets a part apart, where "$4.2 billion including debt" states
    /// a basis.
    #[serde(default)]
    pub not_right_before: bool,
    /// With `clause_wide`, words after which the qualifier no longer holds for the figures
    /// that follow: "fell as much as 17.2% in early trading and closed down 11.4%" (the 11.4%
    /// is the close's, not the session's), lower case.
    #[serde(default)]
    pub ended_by: Vec<String>,
    /// The words hold for the results a figure is reported with ("analysts expected
    /// earnings of $1.39 a share on revenue of $89.28 billion": both are expected), not only
    /// for the first: an expectation, a forecast, a reporting period; not a basis of one
    /// measure ("net profit of €187 million on revenue of €1.4bn": the revenue is not net).
    #[serde(default)]
    pub report_wide: bool,
    /// The words name the reporting period a figure is for ("first-quarter revenue"): a
    /// figure that names none, in a story whose figures of its frame name just this period,
    /// is of it (see `check::merge_story_periods`).
    #[serde(default)]
    pub period: bool,
    /// The words name the basis a figure is told on ("adjusted", "GAAP"): a figure that
    /// names none, equal to figures of its frame told on just one basis, is on that basis
    /// (see `check::join_story_bases`).
    #[serde(default)]
    pub basis: bool,
    /// The words qualify only figures of these measures (of any, when empty): "in total"
    /// makes a raise the funding to date, not a toll anything else.
    #[serde(default)]
    pub measures: Vec<String>,
    /// Words of the qualifier that say nothing after an attribution verb in the sentence:
    /// "the minister said the deficit would narrow to 2.8%" tells her plan, not a condition.
    #[serde(default)]
    pub not_reported: Vec<String>,
}

/// Widths and precision for figures; every one is documented in rules/lexicon.toml.
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Numbers {
    pub approximate: Option<f64>,
    pub nearly: Option<f64>,
    pub round_relative: Option<f64>,
    pub round_place: Option<f64>,
    pub converted: Option<f64>,
    pub exchanged: Option<f64>,
}

/// Hedge phrases by the interval they make of a figure.
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Hedges {
    #[serde(default)]
    pub approximate: Vec<String>,
    #[serde(default)]
    pub nearly: Vec<String>,
    #[serde(default)]
    pub above: Vec<String>,
    #[serde(default)]
    pub at_least: Vec<String>,
    #[serde(default)]
    pub at_most: Vec<String>,
    #[serde(default)]
    pub below: Vec<String>,
    /// Written after the figure: "700 or so".
    #[serde(default)]
    pub approximate_after: Vec<String>,
    /// Written after the figure: "700 or more".
    #[serde(default)]
    pub at_least_after: Vec<String>,
}

/// Quotations (`[quotes]` in the lexicon).
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct QuoteWords {
    /// Verbs and phrases that attribute words to a speaker ("said", "wrote", "according to").
    #[serde(default)]
    pub speech: Vec<String>,
    /// Quotations of fewer words are scare quotes or names ("vibe coding"), not claims.
    #[serde(default)]
    pub min_words: Option<usize>,
}

/// Offices (`[roles]` in the lexicon): who leads what (documented in rules/lexicon.toml).
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RoleWords {
    /// Offices a person holds one of at an organisation at a time, with the words for each.
    #[serde(default)]
    pub offices: Vec<Office>,
    /// Words before an office that put it in the past ("former", "then").
    #[serde(default)]
    pub former: Vec<String>,
    /// Words before an office, or hyphened after it, that make it another post ("interim",
    /// "deputy", "designate").
    #[serde(default)]
    pub acting: Vec<String>,
    /// Words before an office that leave it the same post ("group", "co-founder and").
    #[serde(default)]
    pub same: Vec<String>,
    /// Verbs that change who holds an office ("named", "stepped down").
    #[serde(default)]
    pub change: Vec<String>,
}

/// One office and the words that name it ("chief executive": "CEO", "chief executive officer").
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Office {
    pub office: String,
    pub words: Vec<String>,
}

/// Times of day (`[clock]` in the lexicon): hedge phrases by what they make of a time, how
/// far they stretch it, and the zones a time may name.
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ClockWords {
    /// "about 9pm": the time give or take `approximate_minutes` (written to the minute) or
    /// `approximate_hour_minutes` (written to the hour).
    #[serde(default)]
    pub approximate: Vec<String>,
    /// "just after 4.40am": up to `near_minutes` later.
    #[serde(default)]
    pub just_after: Vec<String>,
    /// "shortly before noon": up to `near_minutes` earlier.
    #[serde(default)]
    pub just_before: Vec<String>,
    /// "after 7pm", "as early as 7:00 am": that time or later.
    #[serde(default)]
    pub from: Vec<String>,
    /// "before 2.30pm", "by noon": that time or earlier.
    #[serde(default)]
    pub until: Vec<String>,
    #[serde(default)]
    pub approximate_minutes: Option<u32>,
    #[serde(default)]
    pub approximate_hour_minutes: Option<u32>,
    /// "landfall at 3pm": a time written to the hour, with no hedge, stands for the minutes
    /// either side that a writer rounds to it ("3:05 p.m.").
    #[serde(default)]
    pub rounded_hour_minutes: Option<u32>,
    #[serde(default)]
    pub near_minutes: Option<u32>,
    /// A zone as written after a time -> its offset from UTC ("+01:00"), or the IANA name of
    /// a region whose offset on the day jiff's time zone database gives ("America/New_York"),
    /// or "local" for a zone that names no offset ("local time").
    #[serde(default)]
    pub zones: BTreeMap<String, String>,
}

#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct EventClass {
    pub class: String,
    pub words: Vec<String>,
    /// Whether the name after the event word is its object ("joined Anthropic"); not for
    /// announcements, whose object is what was announced.
    #[serde(default = "yes")]
    pub object: bool,
    /// Whether a subject does it again and again (announcements): two of its dates told of
    /// no one matter are one event's only when they fall within two weeks.
    #[serde(default)]
    pub repeats: bool,
    /// Words of the class whose object is whom the event befalls ("the board ousted
    /// Altman", "Helio hired Jane Doe"): the fact is the object's, as if it were the subject.
    #[serde(default)]
    pub befalls_object: Vec<String>,
    /// Words one of which must stand right before a date for the event to date it: a
    /// tenure dates from "since 2019", not from the "a year ago" of another verb.
    #[serde(default)]
    pub dates_after: Vec<String>,
    /// The object is where the event happened, named after "in" ("made landfall in
    /// Vietnam"); for other classes a name after "in" is a place, not the object ("founded in
    /// Rotterdam").
    #[serde(default)]
    pub object_in: bool,
    /// Phrases that, among the eight words after an event word, give it another sense: the
    /// storm "left 1.2 million homes without power" is no departure.
    #[serde(default)]
    pub other_sense: Vec<String>,
    /// Words that, right after an event word, make it a modifier of another noun: a "hiring
    /// freeze" is a company's policy, nobody's joining.
    #[serde(default)]
    pub modifies: Vec<String>,
    /// Words of the class that date an event only between two names, what did it and where
    /// or to whom: "Typhoon Elwin hit northern Vietnam on Sunday" is a landfall; "the storm
    /// hit at the weekend", "the state was hit by a cyclone" and "an aftershock hit Hualien"
    /// name no storm or no place.
    #[serde(default)]
    pub named_only: Vec<String>,
}

fn yes() -> bool {
    true
}

#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct EntityAliases {
    pub name: String,
    pub aliases: Vec<String>,
}

impl Lexicon {
    /// Compile a pattern built from this lexicon's word lists (`what` says which). The regex
    /// engine refuses a pattern past its size limit (a word list of hundreds of thousands of
    /// entries): an error naming the lexicon files, not a panic.
    pub(crate) fn compile(&self, what: &str, pattern: &str) -> Result<LazyRegex, Error> {
        if self.compiled_in {
            return Ok(LazyRegex::known(pattern.to_string()));
        }
        Regex::new(pattern).map(LazyRegex::compiled).map_err(|e| {
            let reason = match e {
                regex::Error::CompiledTooBig(limit) => format!("larger than the regex size limit of {limit} bytes"),
                other => other.to_string(),
            };
            self.refused(what, &reason)
        })
    }

    /// One of the lexicon's word lists (`what` names it) as a `WordList`; a list too large for
    /// the automaton is an error naming the lexicon files.
    pub(crate) fn word_list(&self, what: &str, words: &[String]) -> Result<WordList, Error> {
        WordList::new(words).map_err(|e| self.refused(what, &e.to_string()))
    }

    /// Word lists searched together (`WordLists`), one per entry of `lists`.
    pub(crate) fn word_lists(&self, what: &str, lists: &[&[String]]) -> Result<WordLists, Error> {
        WordLists::new(lists).map_err(|e| self.refused(what, &e.to_string()))
    }

    fn refused(&self, what: &str, reason: &str) -> Error {
        self.invalid(&format!("the {what} words do not compile: {reason}"))
    }

    /// An error in the merged lexicon, naming its files.
    pub(crate) fn invalid(&self, message: &str) -> Error {
        let files: Vec<String> = self.files.iter().map(|p| p.display().to_string()).collect();
        Error::Usage(format!("{}: {message}", files.join(", ")))
    }

    /// Every ISO 4217 currency the lexicon does not name already, from the `iso_currency`
    /// table: its code ("NGN"), its name and plural ("Nigerian naira", "Swiss francs"), the
    /// name's last word when no other currency shares it ("naira", "zloty"; not "franc" or
    /// "dollar") and no English word is spelt so ("won", "real"), and a symbol no other
    /// currency uses that is more than a letter or two ("₦", "R$"; not "$", "kr" or "L").
    /// Funds, special units and codes that are English words ("ALL", "TOP") are left out. The
    /// lexicon's own entries win.
    fn add_iso_currencies(&mut self) {
        use iso_currency::{Currency, IntoEnumIterator};
        const WORD_CODES: [&str; 8] = ["ALL", "TOP", "CUP", "MOP", "PEN", "SOS", "MAD", "BAM"];
        const ENGLISH_WORDS: [&str; 7] = ["won", "real", "kip", "dram", "mark", "som", "lev"];
        let current: Vec<Currency> = Currency::iter()
            .filter(|c| !c.is_fund() && !c.is_special() && c.is_superseded().is_none())
            .collect();
        let count = |key: String, counts: &mut BTreeMap<String, usize>| *counts.entry(key).or_default() += 1;
        let (mut last_words, mut symbols) = (BTreeMap::new(), BTreeMap::new());
        for c in &current {
            if let Some(last) = c.name().split_whitespace().last() {
                count(last.to_lowercase(), &mut last_words);
            }
            count(c.symbol().symbol, &mut symbols);
        }
        let mut add = |key: String, code: &str| {
            self.currencies.entry(key).or_insert_with(|| code.to_string());
        };
        for c in &current {
            let code = c.code();
            if !WORD_CODES.contains(&code) {
                add(code.to_string(), code);
            }
            let name = c.name();
            add(name.to_string(), code);
            add(format!("{name}s"), code);
            if let Some(last) = name.split_whitespace().last().map(str::to_lowercase) {
                let unique = last_words.get(&last) == Some(&1) && !ENGLISH_WORDS.contains(&last.as_str());
                if unique && name.contains(' ') {
                    add(format!("{last}s"), code);
                    add(last, code);
                }
            }
            let symbol = c.symbol().symbol;
            let distinctive = !symbol.chars().all(|ch| ch.is_ascii_alphabetic() || ch == '.') && symbol != "¤";
            if symbols.get(&symbol) == Some(&1) && distinctive && !symbol.trim().is_empty() {
                add(symbol, code);
            }
        }
    }

    fn extend(&mut self, other: Lexicon) {
        let n = other.numbers;
        self.numbers.approximate = n.approximate.or(self.numbers.approximate);
        self.numbers.nearly = n.nearly.or(self.numbers.nearly);
        self.numbers.round_relative = n.round_relative.or(self.numbers.round_relative);
        self.numbers.round_place = n.round_place.or(self.numbers.round_place);
        self.numbers.converted = n.converted.or(self.numbers.converted);
        self.numbers.exchanged = n.exchanged.or(self.numbers.exchanged);
        let h = other.hedges;
        self.hedges.approximate.extend(h.approximate);
        self.hedges.nearly.extend(h.nearly);
        self.hedges.above.extend(h.above);
        self.hedges.at_least.extend(h.at_least);
        self.hedges.at_most.extend(h.at_most);
        self.hedges.below.extend(h.below);
        self.hedges.approximate_after.extend(h.approximate_after);
        self.hedges.at_least_after.extend(h.at_least_after);
        let c = other.clock;
        self.clock.approximate.extend(c.approximate);
        self.clock.just_after.extend(c.just_after);
        self.clock.just_before.extend(c.just_before);
        self.clock.from.extend(c.from);
        self.clock.until.extend(c.until);
        self.clock.approximate_minutes = c.approximate_minutes.or(self.clock.approximate_minutes);
        self.clock.approximate_hour_minutes = c.approximate_hour_minutes.or(self.clock.approximate_hour_minutes);
        self.clock.rounded_hour_minutes = c.rounded_hour_minutes.or(self.clock.rounded_hour_minutes);
        self.clock.near_minutes = c.near_minutes.or(self.clock.near_minutes);
        self.clock.zones.extend(c.zones);
        self.quotes.speech.extend(other.quotes.speech);
        self.quotes.min_words = other.quotes.min_words.or(self.quotes.min_words);
        let r = other.roles;
        for office in r.offices {
            match self.roles.offices.iter_mut().find(|o| o.office == office.office) {
                Some(known) => known.words.extend(office.words),
                None => self.roles.offices.push(office),
            }
        }
        self.roles.former.extend(r.former);
        self.roles.acting.extend(r.acting);
        self.roles.same.extend(r.same);
        self.roles.change.extend(r.change);
        self.scales.extend(other.scales);
        self.currencies.extend(other.currencies);
        self.minor_units.extend(other.minor_units);
        self.holidays.extend(other.holidays);
        self.furniture.extend(other.furniture);
        self.abbreviations.extend(other.abbreviations);
        for event in other.events {
            match self.events.iter_mut().find(|e| e.class == event.class) {
                Some(known) => {
                    known.words.extend(event.words);
                    known.befalls_object.extend(event.befalls_object);
                    known.dates_after.extend(event.dates_after);
                    known.other_sense.extend(event.other_sense);
                    known.modifies.extend(event.modifies);
                    known.named_only.extend(event.named_only);
                    known.object_in |= event.object_in;
                    known.repeats |= event.repeats;
                }
                None => self.events.push(event),
            }
        }
        self.repeated.extend(other.repeated);
        self.unrealised.extend(other.unrealised);
        self.planned.extend(other.planned);
        self.entities.extend(other.entities);
        self.nicknames.extend(other.nicknames);
        self.stopwords.extend(other.stopwords);
        self.labels.extend(other.labels);
        self.term_names.extend(other.term_names);
        self.linked_headlines.extend(other.linked_headlines);
        self.cause_verbs.extend(other.cause_verbs);
        self.not_names.extend(other.not_names);
        self.name_openers.extend(other.name_openers);
        self.organisation_words.extend(other.organisation_words);
        self.person_titles.extend(other.person_titles);
        self.legal_forms.extend(other.legal_forms);
        self.company_tails.extend(other.company_tails);
        self.rival_words.extend(other.rival_words);
        self.owner_words.extend(other.owner_words);
        self.news_outlets.extend(other.news_outlets);
        self.group_nouns.extend(other.group_nouns);
        self.anaphor_nouns.extend(other.anaphor_nouns);
        self.same_day_openers.extend(other.same_day_openers);
        self.place_words.extend(other.place_words);
        self.dimensions.extend(other.dimensions);
        self.units.extend(other.units);
        for measure in other.measures {
            match self.measures.iter_mut().find(|m| m.name == measure.name) {
                Some(known) => known.words.extend(measure.words),
                None => self.measures.push(measure),
            }
        }
        for qualifier in other.qualifiers {
            match self.qualifiers.iter_mut().find(|q| q.name == qualifier.name) {
                Some(known) => known.words.extend(qualifier.words),
                None => self.qualifiers.push(qualifier),
            }
        }
        self.generic_nouns.extend(other.generic_nouns);
        self.neutral_modifiers.extend(other.neutral_modifiers);
        self.whole_before.extend(other.whole_before);
        self.part_nouns.extend(other.part_nouns);
        self.own_outlook.extend(other.own_outlook);
        if other.part_measure.is_some() {
            self.part_measure = other.part_measure;
        }
        if other.attributive_measure.is_some() {
            self.attributive_measure = other.attributive_measure;
        }
        self.compound_part_nouns.extend(other.compound_part_nouns);
        self.part_places.extend(other.part_places);
        self.part_units.extend(other.part_units);
        self.site_nouns.extend(other.site_nouns);
        self.attribution.extend(other.attribution);
        self.restating.extend(other.restating);
        self.set_against.extend(other.set_against);
        self.changed.extend(other.changed);
        self.option_words.extend(other.option_words);
        self.option_names.extend(other.option_names);
        self.option_verbs.extend(other.option_verbs);
        self.peak_bounds.extend(other.peak_bounds);
    }
}

/// Every rule and the merged lexicon, as loaded for one run.
#[derive(Clone, Debug)]
pub struct RuleSet {
    /// Sorted by code.
    pub rules: Vec<Rule>,
    pub lexicon: Lexicon,
}

/// The settings a run cannot do without, resolved from the lexicon.
#[derive(Clone, Copy, Debug)]
pub struct NumberSettings {
    pub approximate: f64,
    pub nearly: f64,
    pub round_relative: f64,
    pub round_place: f64,
    /// A figure converted from another unit is widened by this fraction each way.
    pub converted: f64,
    /// A sum converted from another currency is widened by this fraction each way.
    pub exchanged: f64,
}

impl RuleSet {
    /// The compiled-in rules and lexicon.
    pub fn defaults() -> Result<RuleSet, Error> {
        Self::load(&[])
    }

    /// The compiled-in defaults, then every `.toml` file under each folder of `extra` (sorted
    /// by path within a folder, folders in the order given).
    pub fn load(extra: &[PathBuf]) -> Result<RuleSet, Error> {
        let mut files: Vec<(PathBuf, String)> = DEFAULT_FILES
            .iter()
            .map(|(path, text)| (PathBuf::from(path), text.to_string()))
            .collect();
        for dir in extra {
            files.extend(read_rule_dir(dir)?);
        }
        Self::from_files(files)
    }

    pub fn from_files(files: Vec<(PathBuf, String)>) -> Result<RuleSet, Error> {
        let mut rules: BTreeMap<String, Rule> = BTreeMap::new();
        let mut lexicon = Lexicon {
            compiled_in: true,
            ..Lexicon::default()
        };
        // Files are parsed side by side (the built-in ones are half a megabyte of TOML, most
        // of it rule examples), then merged in their order: the first error is the first file's.
        let parsed: Vec<Result<Parsed, Error>> = files.par_iter().map(|(path, text)| parse_file(path, text)).collect();
        for ((path, text), parsed) in files.into_iter().zip(parsed) {
            match parsed? {
                Parsed::Lexicon(own) => {
                    lexicon.compiled_in &= DEFAULT_FILES.contains(&(&*path.to_string_lossy(), &*text));
                    lexicon.extend(*own);
                    lexicon.files.push(path);
                }
                Parsed::Rule(mut rule) => {
                    rule.origin = path;
                    rules.insert(rule.code.clone(), *rule);
                }
            }
        }
        lexicon.add_iso_currencies();
        let set = RuleSet {
            rules: rules.into_values().collect(),
            lexicon,
        };
        set.number_settings()?;
        Ok(set)
    }

    pub fn get(&self, code: &str) -> Option<&Rule> {
        self.rules.iter().find(|r| r.code.eq_ignore_ascii_case(code))
    }

    pub fn number_settings(&self) -> Result<NumberSettings, Error> {
        let n = &self.lexicon.numbers;
        let need =
            |v: Option<f64>, name: &str| v.ok_or_else(|| Error::Usage(format!("the lexicon sets no `numbers.{name}`")));
        Ok(NumberSettings {
            approximate: need(n.approximate, "approximate")?,
            nearly: need(n.nearly, "nearly")?,
            round_relative: need(n.round_relative, "round_relative")?,
            round_place: need(n.round_place, "round_place")?,
            converted: need(n.converted, "converted")?,
            exchanged: need(n.exchanged, "exchanged")?,
        })
    }
}

/// One rule file, parsed and checked.
enum Parsed {
    Lexicon(Box<Lexicon>),
    Rule(Box<Rule>),
}

fn parse_file(path: &Path, text: &str) -> Result<Parsed, Error> {
    if is_lexicon_file(path) {
        let own = parse_toml::<Lexicon>(path, text)?;
        unique_names(&own, path, text)?;
        sane_values(&own, path, text)?;
        Ok(Parsed::Lexicon(Box::new(own)))
    } else {
        let rule = parse_toml::<Rule>(path, text)?;
        validate(&rule, path, text)?;
        Ok(Parsed::Rule(Box::new(rule)))
    }
}

fn is_lexicon_file(path: &Path) -> bool {
    path.file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n == "lexicon.toml" || n.ends_with(".lexicon.toml"))
}

fn read_rule_dir(dir: &Path) -> Result<Vec<(PathBuf, String)>, Error> {
    let entries = std::fs::read_dir(dir).map_err(|e| Error::input(dir, format!("cannot read rules folder: {e}")))?;
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|p| {
            let bytes = std::fs::read(&p).map_err(|e| Error::input(&p, e))?;
            let text = String::from_utf8(bytes).map_err(|e| {
                // Named where it is: the line and column of the first byte that is not UTF-8.
                let at = e.utf8_error().valid_up_to();
                let bad = e.as_bytes().get(at).copied().unwrap_or_default();
                let before = String::from_utf8_lossy(e.as_bytes().get(..at).unwrap_or_default());
                Error::rule_at(
                    &p,
                    &before,
                    at,
                    format!("byte 0x{bad:02X} is not UTF-8; save the file as UTF-8"),
                )
            })?;
            Ok((p, text))
        })
        .collect()
}

fn parse_toml<T: serde::de::DeserializeOwned>(path: &Path, text: &str) -> Result<T, Error> {
    toml::from_str(text).map_err(|e| {
        let offset = e.span().map_or(0, |s| s.start);
        Error::rule_at(path, text, offset, e.message().trim_end())
    })
}

/// One lexicon file names each measure, qualifier and event class once: a second entry of
/// one name would be merged into the first, and its own settings silently lost. (Files
/// merge by name on purpose: a user's lexicon adds words to the defaults.)
fn unique_names(lexicon: &Lexicon, path: &Path, text: &str) -> Result<(), Error> {
    let names = lexicon
        .measures
        .iter()
        .map(|m| ("name", &m.name))
        .chain(lexicon.qualifiers.iter().map(|q| ("name", &q.name)))
        .chain(lexicon.events.iter().map(|e| ("class", &e.class)));
    let mut seen: Vec<(&str, &String)> = Vec::new();
    for (key, name) in names {
        if seen.contains(&(key, name)) {
            let written = format!("{key} = \"{name}\"");
            let second = text.match_indices(&written).nth(1).map_or(0, |(at, _)| at);
            return Err(Error::rule_at(
                path,
                text,
                second,
                format!("`{name}` is defined twice in this file; give its words to one entry"),
            ));
        }
        seen.push((key, name));
    }
    Ok(())
}

/// Values serde takes but a run cannot use: an empty word or key (an empty hedge would hedge
/// every figure), a width that is negative or not a number. The error points at the first
/// place the value is written.
fn sane_values(lexicon: &Lexicon, path: &Path, text: &str) -> Result<(), Error> {
    let n = &lexicon.numbers;
    let widths = [
        ("approximate", n.approximate),
        ("nearly", n.nearly),
        ("round_relative", n.round_relative),
        ("round_place", n.round_place),
        ("converted", n.converted),
        ("exchanged", n.exchanged),
    ];
    for (key, value) in widths {
        if let Some(v) = value.filter(|v| !v.is_finite() || *v < 0.0) {
            return Err(Error::rule_at(
                path,
                text,
                key_at(text, key),
                format!("`numbers.{key}` is {v}: a width is a number from 0 up"),
            ));
        }
    }
    let table: toml::Table = toml::from_str(text).map_err(|e| Error::rule_at(path, text, 0, e))?;
    if has_empty_string(&toml::Value::Table(table)) {
        let empty = Regex::new(r#""\s*"|'\s*'"#)
            .ok()
            .and_then(|re| re.find(text))
            .map_or(0, |m| m.start());
        return Err(Error::rule_at(
            path,
            text,
            empty,
            "an empty word or key matches everywhere: remove it",
        ));
    }
    Ok(())
}

/// Whether a TOML value holds an empty (or blank) string or table key anywhere.
fn has_empty_string(value: &toml::Value) -> bool {
    match value {
        toml::Value::String(s) => s.trim().is_empty(),
        toml::Value::Array(items) => items.iter().any(has_empty_string),
        toml::Value::Table(t) => t.iter().any(|(k, v)| k.trim().is_empty() || has_empty_string(v)),
        _ => false,
    }
}

/// Where `key = ` is first written in a TOML text (0 if nowhere).
fn key_at(text: &str, key: &str) -> usize {
    Regex::new(&format!(r"(?m)^\s*{}\s*=", regex::escape(key)))
        .ok()
        .and_then(|re| re.find(text))
        .map_or(0, |m| m.start() + m.as_str().len() - m.as_str().trim_start().len())
}

/// Checks serde cannot make: a code's shape, a name's case, a rule that does something.
fn validate(rule: &Rule, path: &Path, text: &str) -> Result<(), Error> {
    let at = |needle: &str| text.find(needle).unwrap_or(0);
    let code_ok =
        rule.code.len() == 5 && rule.code.starts_with("CC") && rule.code[2..].bytes().all(|b| b.is_ascii_digit());
    if !code_ok {
        return Err(Error::rule_at(
            path,
            text,
            at("code"),
            format!("rule code `{}` is not CC followed by three digits", rule.code),
        ));
    }
    let name_ok = !rule.name.is_empty()
        && rule
            .name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    if !name_ok {
        return Err(Error::rule_at(
            path,
            text,
            at("name"),
            format!("rule name `{}` is not kebab-case", rule.name),
        ));
    }
    let ratios = rule.check.iter().flat_map(|c| {
        [
            ("similarity", c.similarity),
            ("kept_per_change", c.kept_per_change),
            ("kept_per_change_in_one_place", c.kept_per_change_in_one_place),
            ("typo_similarity", c.typo_similarity),
        ]
    });
    for (key, value) in ratios {
        if let Some(v) = value.filter(|v| !v.is_finite() || *v < 0.0) {
            return Err(Error::rule_at(
                path,
                text,
                key_at(text, key),
                format!("`{key}` is {v}: a number from 0 up"),
            ));
        }
    }
    if let Some(t) = rule
        .check
        .as_ref()
        .map(|c| c.tolerance)
        .filter(|t| !t.is_finite() || *t < 0.0)
    {
        return Err(Error::rule_at(
            path,
            text,
            key_at(text, "tolerance"),
            format!("`tolerance` is {t}: a relative gap is a number from 0 up"),
        ));
    }
    match (&rule.extract, &rule.check) {
        (None, None) => Err(Error::rule_at(
            path,
            text,
            0,
            "a rule needs an [extract] or a [check] table",
        )),
        (Some(_), Some(_)) => Err(Error::rule_at(
            path,
            text,
            at("[check]"),
            "a rule has either [extract] or [check], not both",
        )),
        _ if rule.examples.is_empty() => Err(Error::rule_at(path, text, 0, "a rule needs at least one [[example]]")),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_load_and_list_every_file_in_rules_dir() {
        let set = RuleSet::defaults().expect("default rules load");
        assert!(set.get("CC101").is_some());
        let mut on_disk: Vec<String> = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/rules"))
            .unwrap()
            .map(|e| format!("rules/{}", e.unwrap().file_name().to_string_lossy()))
            .filter(|p| p.ends_with(".toml"))
            .collect();
        on_disk.sort();
        let mut compiled: Vec<String> = DEFAULT_FILES.iter().map(|(p, _)| p.to_string()).collect();
        compiled.sort();
        assert_eq!(on_disk, compiled, "rules/ and DEFAULT_FILES differ");
    }

    #[test]
    fn rule_file_errors_name_file_line_and_column() {
        let text = "code = \"CC900\"\nname = \"x\"\npatern = 3\n";
        let err = RuleSet::from_files(vec![(PathBuf::from("my/CC900.toml"), text.into())]).unwrap_err();
        let shown = err.to_string();
        assert!(
            shown.starts_with("my/CC900.toml:3:1: unknown field `patern`"),
            "{shown}"
        );
    }

    #[test]
    fn user_rule_with_known_code_replaces_the_default() {
        let mut files: Vec<(PathBuf, String)> = DEFAULT_FILES.iter().map(|(p, t)| (p.into(), t.to_string())).collect();
        let (_, original) = DEFAULT_FILES.iter().find(|(p, _)| p.contains("CC101")).unwrap();
        files.push((
            "mine/CC101.toml".into(),
            original.replace("tolerance = 0.001", "tolerance = 0.5"),
        ));
        let set = RuleSet::from_files(files).unwrap();
        let rule = set.get("CC101").unwrap();
        assert_eq!(rule.origin, PathBuf::from("mine/CC101.toml"));
        assert_eq!(rule.check.as_ref().unwrap().tolerance, 0.5);
    }

    #[test]
    fn values_a_run_cannot_use_are_reported_where_written() {
        let defaults =
            || -> Vec<(PathBuf, String)> { DEFAULT_FILES.iter().map(|(p, t)| (p.into(), t.to_string())).collect() };
        let (_, cc101) = DEFAULT_FILES.iter().find(|(p, _)| p.contains("CC101")).unwrap();
        let (_, cc106) = DEFAULT_FILES.iter().find(|(p, _)| p.contains("CC106")).unwrap();
        let cases = [
            (
                "mine/CC106.toml",
                cc106.replace("kept_per_change = 3.0", "kept_per_change = -3.0"),
                "`kept_per_change` is -3",
            ),
            (
                "mine/CC101.toml",
                cc101.replace("tolerance = 0.001", "tolerance = nan"),
                "`tolerance` is NaN",
            ),
            (
                "mine/CC101.toml",
                cc101.replace("tolerance = 0.001", "tolerance = -0.1"),
                "`tolerance` is -0.1",
            ),
            (
                "mine/lexicon.toml",
                "[numbers]\nnearly = 0.1\napproximate = -0.5\n".to_string(),
                "mine/lexicon.toml:3:1: `numbers.approximate` is -0.5",
            ),
            (
                "mine/lexicon.toml",
                "[hedges]\nnearly = [\"almost\", \" \"]\n".to_string(),
                "mine/lexicon.toml:2:21: an empty word or key",
            ),
            (
                "mine/lexicon.toml",
                "[currencies]\n\"\" = \"USD\"\n".to_string(),
                "mine/lexicon.toml:2:1: an empty word or key",
            ),
        ];
        for (path, text, expected) in cases {
            let mut files = defaults();
            files.push((path.into(), text));
            let shown = RuleSet::from_files(files).unwrap_err().to_string();
            assert!(shown.contains(expected), "{shown}");
            if path.ends_with("CC101.toml") {
                assert!(shown.starts_with("mine/CC101.toml:27:1:"), "{shown}");
            }
        }
    }

    #[test]
    fn a_name_defined_twice_in_one_lexicon_is_reported_at_the_second() {
        let text = "[[qualifier]]\nname = \"threshold\"\nwords = [\"mark\"]\n\n[[qualifier]]\nname = \"threshold\"\nwords = [\"closer to\"]\n";
        let mut files: Vec<(PathBuf, String)> = DEFAULT_FILES.iter().map(|(p, t)| (p.into(), t.to_string())).collect();
        files.push(("mine/extra.lexicon.toml".into(), text.into()));
        let err = RuleSet::from_files(files).unwrap_err();
        assert!(
            err.to_string()
                .starts_with("mine/extra.lexicon.toml:6:1: `threshold` is defined twice"),
            "{err}"
        );
    }

    #[test]
    fn bad_code_is_reported_at_its_line() {
        let text = "\ncode = \"X1\"\nname = \"a\"\nsummary = \"s\"\nseverity = \"error\"\nexplanation = \"e\"\n";
        let err = RuleSet::from_files(vec![(PathBuf::from("r.toml"), text.into())]).unwrap_err();
        assert!(err.to_string().starts_with("r.toml:2:1: rule code `X1`"), "{err}");
    }
}
