//! Quantities: money, percentages, speed-ups and other multipliers, counts with their noun.
//! Each number found by `numbers` is read with its surroundings (currency, percent sign, hedge,
//! noun) into a mention whose value is an interval.

use super::numbers::{is_number_word, is_percentage, Number, NumberFinder};
use super::time::{is_month_name, is_weekday_name};
use super::Mention;
use crate::error::Error;
use crate::pattern::{static_regex, LazyRegex, WordList};
use crate::rules::{Kind, Lexicon, NumberSettings};
use crate::value::{round_significant, Interval, Unit, Value};

/// How a hedge turns a figure into an interval; the phrases are in the lexicon.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Effect {
    Approximate,
    Nearly,
    Above,
    AtLeast,
    AtMost,
    Below,
    /// "between 40 and 50", "40-50": the interval is written out.
    Range,
}

/// Words that, after "plus", start the thing added to a figure ("plus interest", "plus the
/// Powerball"), so "plus" is no hedge there.
const ADDED_THING: [&str; 8] = ["the", "a", "an", "its", "his", "her", "their", "interest"];

pub struct QuantityRecogniser {
    numbers: NumberFinder,
    settings: NumberSettings,
    /// Hedges written before the figure, matched against the text before it.
    hedges_before: Vec<(Effect, LazyRegex)>,
    /// Hedges written after the figure ("or so", "or more").
    hedges_after: Vec<(Effect, LazyRegex)>,
    /// A figure joined to the one before by "and" or "or" ("more than 70% and 30 million"),
    /// which shares its hedge.
    coordinated: LazyRegex,
    currency_before: LazyRegex,
    /// A code in capitals with a scale letter glued before it, before or after the figure:
    /// "MAUD 60", "30 MUSD", "120 MEUR", "kEUR 450" (millions and thousands, as European
    /// reports write them).
    scaled_code_before: LazyRegex,
    scaled_code_after: LazyRegex,
    /// A code in capitals glued after the figure ("115USD").
    code_glued_after: LazyRegex,
    /// A code in capitals a space after a figure a bare symbol opens ("$30.7 billion NZD"):
    /// which dollar the symbol is.
    code_spaced_after: LazyRegex,
    /// A scale word after a currency written after the figure ("75 USD million").
    scale_after_currency: LazyRegex,
    /// A currency symbol right after a figure, not the start of the next one ("15$ each",
    /// unlike "5 $10 bills").
    symbol_after: LazyRegex,
    currency_after: WordList,
    /// A minor unit right after the figure ("34 cents", "12-cent").
    minor_after: LazyRegex,
    /// Minor units by their word: currency, fraction of the main unit, and the words one of
    /// which the sentence must hold and those it may not (lexicon `cues`, `not_cues`).
    minor_units: std::collections::HashMap<String, MinorCues>,
    /// ISO codes by the currency's symbol, code or name as written, without spaces and in
    /// ASCII lower case ("us$", "euros").
    currencies: std::collections::HashMap<String, String>,
    percent_after: LazyRegex,
    /// "Percent of 10", "per cents of twenty-two" opening a sentence that ends with the figure:
    /// the unit written first ("5 percent of 10 voters" is 5%; "Percent of 10 voters backed
    /// it" no percentage).
    percent_of_before: LazyRegex,
    /// "25 basis points", "6bp", "10 bps": hundredths of a percentage point.
    basis_points_after: LazyRegex,
    multiplier_after: LazyRegex,
    speedup_after: LazyRegex,
    speedup_before: LazyRegex,
    /// "cut training time by", "reduced latency by": a percentage of time saved.
    time_cut_before: LazyRegex,
    bare_points: LazyRegex,
    /// A sentence about an interest rate, whose bare points of ten or more are basis points.
    rate_sentence: LazyRegex,
    /// "the 5,000 mark": a figure named as a threshold.
    mark_after: LazyRegex,
    /// "a year", "an hour", "another week", "all day", "half an hour", "an hour and a half":
    /// a length of time written without a number.
    one_unit: LazyRegex,
    /// A unit of time right after a figure, glued or not ("3h", "3.5years", "3 hrs").
    time_after: LazyRegex,
    /// "of" after a fraction: "two-thirds of voters" is a share.
    share_of: LazyRegex,
    /// "of a point", "of a percentage point", "points" after a fraction ("a quarter of a
    /// point"): percentage points.
    fraction_of_point: LazyRegex,
    /// "twice as fast": a multiplier without a figure.
    twice: LazyRegex,
    range_joint: LazyRegex,
    /// Verbs of a change told as done (lexicon `changed`), lower case.
    changed: std::collections::HashSet<String>,
    noun: LazyRegex,
    stopwords: std::collections::HashSet<String>,
    /// Words a number after labels rather than counts (lexicon `labels`), lower case.
    labels: std::collections::HashSet<String>,
    /// Unit words of physical dimensions, right after the figure ("12 miles", "195mph").
    unit_after: LazyRegex,
    /// The inch mark after a figure, and a word of extent after it.
    inch_mark: LazyRegex,
    /// "per hour" after a unit of length (perhaps past its conversion in brackets).
    per_hour: LazyRegex,
    /// Lower-case unit word -> (dimension, base unit, factor to base, speed unit symbol).
    units: std::collections::HashMap<String, PhysicalUnit>,
    /// Unit symbol -> (dimension, base unit, factor): the speed units lengths make.
    symbols: std::collections::HashMap<String, PhysicalUnit>,
    /// Units whose words name a currency too ("40 pounds"), read as the unit on evidence.
    shared_units: Vec<SharedUnit>,
    /// Units some of whose words are another unit's elsewhere (lexicon `words_in_context`).
    units_in_context: Vec<UnitInContext>,
}

/// A unit whose `words` are its own only as written, in their case, and in a sentence that
/// holds one of `context` ("940 mb" in a report of a storm's pressure; not "40 MB").
struct UnitInContext {
    words: Vec<String>,
    context: WordList,
    unit: PhysicalUnit,
}

/// A unit whose words name a currency too (lexicon `currency_words`): the unit, for a figure
/// without a scale word, right after a verb of `cues`, before "of" and a thing that is not
/// money (`money_of`, and no verb of `money_before` before the figure), hyphened before one
/// of `things` or shortly after one, or in a sentence that names another unit of its
/// dimension.
struct SharedUnit {
    /// Its words that name a currency too, lower case.
    words: Vec<String>,
    /// The unit's currency word after the figure, and the word after "of" past it.
    after: LazyRegex,
    unit: PhysicalUnit,
    cues: WordList,
    money_of: WordList,
    money_before: WordList,
    things: WordList,
    /// The words of the other units of its dimension ("kilograms", "ounces").
    kin: WordList,
}

/// A minor unit's currency, its fraction of the main unit, and its cues and not-cues.
type MinorCues = (String, f64, Option<(WordList, WordList)>);

/// A unit of a physical dimension, as the lexicon defines it.
#[derive(Clone, Debug)]
struct PhysicalUnit {
    dimension: String,
    base: String,
    factor: f64,
    offset: f64,
    speed: Option<String>,
    /// The smaller unit a figure hyphenated after this one's word is in (lexicon `part`).
    part: Option<String>,
}

impl PhysicalUnit {
    /// The unit of a value measured in it: its dimension's base unit.
    fn unit(&self) -> Unit {
        Unit::Physical {
            dimension: self.dimension.clone(),
            base: self.base.clone(),
        }
    }
}

/// The noun of an age's count ("the 38-year-old", "Saman Kunan, 38,"): the frame makes it a
/// person's `age`, or lists it when no person is named beside it.
pub(crate) const AGE: &str = "year-old";

/// "Saman Kunan, 38, had delivered", "Altman (38)": a whole number up to 120, in digits, set off
/// by commas or brackets right after a capitalised word: a person's age.
fn apposed_age(before: &str, after: &str, n: &Number) -> bool {
    let whole =
        n.factor == 1.0 && !n.fraction && !n.in_words && n.value.fract() == 0.0 && (1.0..=120.0).contains(&n.value);
    let set_off = |open: &str, close: char| {
        let name_before = before.strip_suffix(open).and_then(|b| b.split_whitespace().next_back());
        name_before.is_some_and(|w| {
            w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || "'’.-".contains(c))
        }) && after.starts_with(close)
    };
    whole && (set_off(", ", ',') || set_off(" (", ')'))
}

/// Whether the word right before a figure says an age follows ("aged 40", "ages 11 to 16",
/// "at age 38").
pub(crate) fn aged_before(before: &str) -> bool {
    before
        .split_whitespace()
        .next_back()
        .is_some_and(|w| matches!(w.to_lowercase().as_str(), "aged" | "ages" | "age"))
}

/// Units of time, and the abbreviations news writes ("3 hrs", "45 mins", "2 yrs", "3h"), with
/// their length in days: a number counting them is a duration.
pub(crate) const TIME_UNITS: &[(&str, f64)] = &[
    ("second", 1.0 / 86_400.0),
    ("sec", 1.0 / 86_400.0),
    ("minute", 1.0 / 1_440.0),
    ("min", 1.0 / 1_440.0),
    ("hour", 1.0 / 24.0),
    ("hr", 1.0 / 24.0),
    ("h", 1.0 / 24.0),
    ("day", 1.0),
    ("night", 1.0),
    ("week", 7.0),
    ("fortnight", 14.0),
    ("month", 30.4375),
    ("quarter", 91.3125),
    ("year", 365.25),
    ("yr", 365.25),
    ("decade", 3_652.5),
    ("century", 36_525.0),
];

/// A figure found without a number: where it is and what it means.
struct Figure {
    start: usize,
    end: usize,
    value: f64,
    kind: Kind,
    unit: Unit,
}

/// Words that may stand between a verb of weighing and its figure ("weighing in at about 277
/// pounds"): hedges and "in at".
const WEIGHED_TO_FIGURE: &[&str] = &[
    "in",
    "at",
    "about",
    "around",
    "nearly",
    "almost",
    "roughly",
    "some",
    "just",
    "over",
    "under",
    "more",
    "than",
    "less",
    "up",
    "to",
    "approximately",
];

/// Words after which "a month" or "a fortnight" is a length of time, not a frequency ("twice
/// a month") or a generality.
const LASTED: &[&str] = &[
    "for", "took", "take", "takes", "taking", "lasted", "lasts", "lasting", "spent", "spend", "spends", "spending",
    "waited", "needed",
];

/// Words that may follow "took a month" where the length ends: prepositions and conjunctions
/// that open what comes next ("took a month in all", "waited a week before", "spent a year
/// as a trainee").
const LENGTH_ENDS: &[&str] = &[
    "in", "on", "at", "before", "after", "until", "till", "from", "with", "when", "while", "as", "since", "of",
    "without", "during", "into", "inside", "behind", "away", "longer",
];

/// Words that join a length to more of it ("a day or two", "a week to a fortnight", "a year,
/// perhaps longer").
const LENGTH_JOINTS: &[&str] = &[
    "and", "or", "to", "maybe", "perhaps", "possibly", "probably", "nearly", "almost", "plus",
];

/// Words after a joint that say the length goes on ("a week or more", "an hour and a bit").
const LENGTH_GOES_ON: &[&str] = &["more", "less", "longer", "so", "bit", "plus", "change"];

/// Whether "a month" after a verb of lasting (`strict`) or "for" ends there: at the end of
/// its clause, before a preposition, or before a joint that opens something else ("for a
/// decade and few exits"); not where a joint leads to more of it ("a day or two", "an hour and
/// ten minutes", "a week to a fortnight", "a year, perhaps longer", "a week or more"), nor in
/// "a year's salary", or after a verb of lasting before another word ("a second operation",
/// "a year off his life"; after "for" only "a second" needs one: "for a second term").
fn length_ends(unit: &str, after: &str, strict: bool) -> bool {
    let rest = after.trim_start();
    let first = rest.chars().next();
    if matches!(first, Some('\'' | '’' | '-')) {
        return false;
    }
    let words: Vec<String> = rest
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .filter(|w| !matches!(w.as_str(), "a" | "an"))
        .take(3)
        .collect();
    let punctuated = first.is_some_and(|c| !c.is_alphanumeric());
    let joined = punctuated || words.first().is_some_and(|w| LENGTH_JOINTS.contains(&w.as_str()));
    let more = |w: &String| {
        w.starts_with(|c: char| c.is_ascii_digit())
            || is_number_word(w)
            || LENGTH_GOES_ON.contains(&w.as_str())
            || TIME_UNITS.iter().any(|(u, _)| w.trim_end_matches('s') == *u)
    };
    if joined && words.iter().any(more) {
        return false;
    }
    match words.first() {
        None => true,
        Some(_) if punctuated => true,
        Some(w) => {
            LENGTH_ENDS.contains(&w.as_str()) || LENGTH_JOINTS.contains(&w.as_str()) || !strict && unit != "second"
        }
    }
}

/// Times of day: a number before them is neither a count nor a duration.
const CLOCK_WORDS: &[&str] = &["am", "pm", "a.m.", "p.m.", "a.m", "p.m"];

fn alternation(phrases: &[String]) -> String {
    let mut sorted: Vec<&String> = phrases.iter().collect();
    sorted.sort_by_key(|p| std::cmp::Reverse(p.len()));
    sorted
        .iter()
        // Words may be joined by spaces or hyphens: "better than" also reads "better-than".
        .map(|p| {
            p.split([' ', '-'])
                .map(regex::escape)
                .collect::<Vec<_>>()
                .join(r"[\s-]+")
        })
        .collect::<Vec<_>>()
        .join("|")
}

/// Unit words and symbols of the lexicon's physical dimensions.
fn physical_units(
    lexicon: &Lexicon,
) -> (
    std::collections::HashMap<String, PhysicalUnit>,
    std::collections::HashMap<String, PhysicalUnit>,
) {
    let mut words = std::collections::HashMap::new();
    let mut symbols = std::collections::HashMap::new();
    for u in &lexicon.units {
        let Some(dimension) = lexicon.dimensions.iter().find(|d| d.name == u.dimension) else {
            continue;
        };
        let unit = PhysicalUnit {
            dimension: dimension.name.clone(),
            base: dimension.base.clone(),
            factor: u.factor,
            offset: u.offset,
            speed: u.speed.clone(),
            part: u.part.clone(),
        };
        for w in &u.words {
            words.insert(w.to_lowercase(), unit.clone());
        }
        symbols.insert(u.symbol.clone(), unit);
    }
    (words, symbols)
}

/// The lexicon's units whose words name a currency too.
fn shared_units(
    lexicon: &Lexicon,
    symbols: &std::collections::HashMap<String, PhysicalUnit>,
) -> Result<Vec<SharedUnit>, Error> {
    let mut shared = Vec::new();
    for u in lexicon.units.iter().filter(|u| !u.currency_words.is_empty()) {
        let Some(unit) = symbols.get(&u.symbol) else { continue };
        shared.push(SharedUnit {
            words: u.currency_words.iter().map(|w| w.to_lowercase()).collect(),
            after: lexicon.compile(
                "unit",
                &format!(
                    // (Case-blind only where it matters: a letter class under `(?i)` costs
                    // its case folding at every compile.)
                    r"^(?:\s?|(-))((?i:{}))\b(?:\s+(?i:of)\s+([\p{{L}}]+)|-?\s*([\p{{L}}]+))?",
                    alternation(&u.currency_words)
                ),
            )?,
            unit: unit.clone(),
            cues: lexicon.word_list("unit cue", &u.cues)?,
            money_of: lexicon.word_list("unit cue", &u.money_of)?,
            money_before: lexicon.word_list("unit cue", &u.money_before)?,
            things: lexicon.word_list("unit cue", &u.things)?,
            kin: {
                let kin: Vec<String> = lexicon
                    .units
                    .iter()
                    .filter(|k| k.dimension == u.dimension && k.symbol != u.symbol)
                    .flat_map(|k| k.words.iter().cloned())
                    .collect();
                lexicon.word_list("unit", &kin)?
            },
        });
    }
    Ok(shared)
}

impl QuantityRecogniser {
    pub fn new(lexicon: &Lexicon, settings: NumberSettings) -> Result<QuantityRecogniser, Error> {
        let (units, unit_symbols) = physical_units(lexicon);
        let mut units_in_context = Vec::new();
        for u in lexicon.units.iter().filter(|u| !u.words_in_context.is_empty()) {
            let Some(unit) = unit_symbols.get(&u.symbol) else {
                continue;
            };
            units_in_context.push(UnitInContext {
                words: u.words_in_context.clone(),
                context: lexicon.word_list("unit context", &u.context)?,
                unit: unit.clone(),
            });
        }
        let mut unit_words: Vec<String> = units.keys().cloned().collect();
        unit_words.extend(
            units_in_context
                .iter()
                .flat_map(|u| u.words.iter().map(|w| w.to_lowercase())),
        );
        unit_words.sort();
        unit_words.dedup();
        let h = &lexicon.hedges;
        let before = |effect, phrases: &[String]| {
            let pattern = format!(r"(?i)(?:^|[^\w])({})(?:\s+(?:the|a|an))?[\s-]*$", alternation(phrases));
            lexicon.compile("hedge", &pattern).map(|re| (effect, re))
        };
        let after = |effect, phrases: &[String]| {
            let pattern = format!(r"(?i)^[\s-]*(?:{})\b", alternation(phrases));
            lexicon.compile("hedge", &pattern).map(|re| (effect, re))
        };
        let mut symbols: Vec<(String, String)> =
            lexicon.currencies.iter().map(|(k, v)| (k.clone(), v.clone())).collect();
        symbols.sort_by_key(|(k, _)| std::cmp::Reverse(k.len()));
        // Words and codes may follow the figure ("5 euros", "100 USD"); symbols and codes
        // may precede it ("$5", "EUR 5m").
        let is_word = |k: &str| k.chars().all(|c| c.is_alphabetic() || c == ' ');
        // Codes ("USD") and short capitalised abbreviations ("Rs") stand before the figure.
        let is_code = |k: &str| {
            k.chars().all(|c| c.is_ascii_uppercase())
                || k.len() <= 3
                    && k.starts_with(|c: char| c.is_ascii_uppercase())
                    && k.chars().all(|c| c.is_ascii_alphabetic())
        };
        // "US $150 million", "HK $10bn", "hk $ 10.05 billion", "u.s $ 100": a country's
        // letters (their dots optional) may stand apart from the symbol, in either case, when
        // they are not an English word or a split possessive ("A $5 million grant" is not
        // Australian, "the company ' s $ 5 million" not Singaporean).
        let spaced = |k: &str| {
            let letters = k.len() - k.trim_start_matches(|c: char| c.is_ascii_uppercase() || c == '.').len();
            match k.split_at(letters) {
                (country, symbol)
                    if !matches!(country, "" | "A" | "I" | "S") && !symbol.is_empty() && !is_word(symbol) =>
                {
                    let country = regex::escape(country).replace(r"\.", r"\.?");
                    format!(r"(?i:{country}\s?){}", regex::escape(symbol))
                }
                _ => regex::escape(k),
            }
        };
        let prefix: Vec<String> = symbols
            .iter()
            .filter(|(k, _)| !is_word(k) || is_code(k))
            .map(|(k, _)| spaced(k))
            .collect();
        let suffix: Vec<String> = symbols
            .iter()
            .filter(|(k, _)| is_word(k))
            .map(|(k, _)| k.clone())
            .collect();
        // "15$", "100 €": a bare symbol after the figure, as much of Europe writes it.
        let symbol_suffix: Vec<String> = symbols
            .iter()
            .filter(|(k, _)| !k.chars().any(char::is_alphanumeric))
            .map(|(k, _)| regex::escape(k))
            .collect();
        Ok(QuantityRecogniser {
            numbers: NumberFinder::new(lexicon)?,
            settings,
            hedges_before: vec![
                before(Effect::Approximate, &h.approximate)?,
                before(Effect::Nearly, &h.nearly)?,
                before(Effect::Above, &h.above)?,
                before(Effect::AtLeast, &h.at_least)?,
                before(Effect::AtMost, &h.at_most)?,
                before(Effect::Below, &h.below)?,
            ],
            hedges_after: vec![
                after(Effect::Approximate, &h.approximate_after)?,
                after(Effect::AtLeast, &h.at_least_after)?,
            ],
            coordinated: static_regex(r"(?i)(\d[\d.,]*(?:\s?%|\s(?:per\s?cent|percent))?)\s+(?:and|or)\s+$"),
            scaled_code_before: static_regex(r"(?:^|[^\w$])(?P<scale>[MkK])(?P<code>[A-Z]{3})\s?$"),
            scaled_code_after: static_regex(r"^\s?(?P<scale>[MkK])(?P<code>[A-Z]{3})\b"),
            code_glued_after: static_regex(r"^(?P<code>[A-Z]{3})\b"),
            code_spaced_after: static_regex(r"^ (?P<code>[A-Z]{3})\b"),
            scale_after_currency: static_regex(r"(?i)^\s+(?P<scale>thousand|million|billion|trillion)\b"),
            currency_before: lexicon.compile("currency", &format!(r"(?:^|[^\w$])({})\s?-?$", prefix.join("|")))?,
            currency_after: lexicon.word_list("currency", &suffix)?,
            symbol_after: lexicon.compile(
                "currency",
                &format!(r"^ ?({})(?:$|[^\w$€£¥]\D|[^\w$€£¥]?$)", symbol_suffix.join("|")),
            )?,
            minor_after: {
                let words = |glued: bool| {
                    let listed: Vec<String> = lexicon
                        .minor_units
                        .iter()
                        .filter(|(_, m)| m.glued == glued)
                        .map(|(w, _)| w.clone())
                        .collect();
                    // An alternative that matches nothing when none is listed.
                    if listed.is_empty() {
                        r"[^\s\S]".to_string()
                    } else {
                        alternation(&listed)
                    }
                };
                lexicon.compile(
                    "minor unit",
                    &format!(r"(?i)^(?:[\s-]({})|((?-i:{})))\b", words(false), words(true)),
                )?
            },
            minor_units: {
                let mut units = std::collections::HashMap::new();
                for (word, m) in &lexicon.minor_units {
                    let cues = if m.cues.is_empty() {
                        None
                    } else {
                        Some((
                            lexicon.word_list("minor unit cue", &m.cues)?,
                            lexicon.word_list("minor unit cue", &m.not_cues)?,
                        ))
                    };
                    units.insert(word.to_lowercase(), (m.currency.clone(), m.fraction, cues));
                }
                units
            },
            currencies: {
                let mut by_written = std::collections::HashMap::new();
                for (k, v) in &symbols {
                    by_written.entry(compact(k)).or_insert_with(|| v.clone());
                }
                by_written
            },
            // "3pc", as British papers write it, glued and in lower case ("3 PCs" are
            // computers).
            percent_after: static_regex(
                r"(?i)^(?:\s?%|(?-i:pc)\b|[\s-]?(?:per[\s-]?cent(?:age[\s-]points?\b|ages?\b|s\b)?|pct|pp\b))",
            ),
            percent_of_before: static_regex(r"(?i)^\s*(per\s?cents?|percents?)\s+of\s+$"),
            basis_points_after: static_regex(r"(?i)^[\s-]?(?:basis[\s-]points?\b|bps?\b)"),
            multiplier_after: static_regex(
                r"(?i)^(?:\s?[x×](?:\b|$|\s)|[\s-]fold\b|\s+times\s+(?:as|more|faster|higher|larger|bigger))",
            ),
            speedup_after: static_regex(
                r"(?i)^(?:[\s-]+[\w-]+){0,3}?[\s-]+(?:speed[\s-]?ups?|faster|quicker|acceleration)\b",
            ),
            speedup_before: static_regex(
                r"(?i)\b(?:speed[\s-]?ups?|sped up|accelerat\w*)\s+(?:\w+\s+){0,3}?(?:of|by|was|is|were|reached|came to|stood at|at)\s+(?:\w+\s+)?$",
            ),
            time_cut_before: static_regex(
                r"(?i)\b(?:cut|cuts|cutting|reduced|reduces|reducing|slashed|shortened|lowered)\s+(?:\w+\s+){0,3}?(?:time|times|latency|duration|runtime)\s+by\s+$",
            ),
            one_unit: static_regex(
                r"(?i)\b(an?|the|one|another|all|full|whole|half(?:\s+an?)?)[\s-]+(second|minute|hour|day|week|fortnight|month|quarter|year|decade|century)\b(\s+and\s+(?:a\s+)?half\b)?",
            ),
            time_after: static_regex(&format!(
                r"(?i)^(?:\s|-)?({})s?\b",
                TIME_UNITS.iter().map(|(u, _)| *u).collect::<Vec<_>>().join("|")
            )),
            bare_points: static_regex(r"(?i)^[\s-]points?\b"),
            rate_sentence: static_regex(
                r"(?i)\b(?:interest|benchmark|policy|base|repo|lending|deposit|funds)[\s-]rates?\b|\brate[\s-](?:hikes?|rises?|increases?|cuts?)\b",
            ),
            mark_after: static_regex(r"(?i)^[\s-]+(?:mark|level|threshold|barrier|milestone|line)\b"),
            share_of: static_regex(r"(?i)^\s+of\b"),
            fraction_of_point: static_regex(r"(?i)^[\s-]+(?:of[\s-]+)?(?:an?[\s-]+)?(?:percentage[\s-]+)?points?\b"),
            twice: static_regex(r"(?i)\b(twice|thrice)\s+as\s+(?:fast|quick)"),
            changed: lexicon.changed.iter().map(|w| w.to_lowercase()).collect(),
            range_joint: static_regex(r"^\s*(?:%|(?i:per\s?cent|percent))?\s*(?:-|–|—|to|and|or)\s*(?:[$€£¥]|US\$)?$"),
            noun: static_regex(r"^(?:\s+|-\s*)((?:[\p{L}][\p{L}'’.-]*\s+){0,2}[\p{L}][\p{L}'’-]*)"),
            stopwords: lexicon.stopwords.iter().map(|s| s.to_lowercase()).collect(),
            labels: lexicon.labels.iter().map(|s| s.to_lowercase()).collect(),
            unit_after: lexicon.compile(
                "unit",
                &format!(
                    r"(?i)^(?:\s?|-)([(\[{{<])?({})([)\]}}>])?(?:[^\p{{L}}\p{{N}}]|$)",
                    alternation(&unit_words)
                ),
            )?,
            inch_mark: static_regex(r#"^ ?(″|")(\s+(?:long|tall|wide|high|thick|deep|across)\b)?"#),
            per_hour: static_regex(r"(?i)^\s*(?:\([^)]{0,40}\)\s*|\)\s*)?(?:per|an|a|/)\s*(?:hour|hr|h)\b"),
            units,
            shared_units: shared_units(lexicon, &unit_symbols)?,
            units_in_context,
            symbols: unit_symbols,
        })
    }

    /// Whether a figure completes the one before it: a sum of money in its minor unit ("3 dollars
    /// 50 cents", "thirteen dollars and forty-five cents": a whole sum, unhedged, in one
    /// currency), a shorter duration ("two years and three months"), or a smaller unit of a
    /// length or weight ("5 feet 2 inches").
    fn completes(&self, sentence: &str, main: &Mention, minor: &Mention) -> bool {
        let joint = sentence.get(main.end..minor.start).unwrap_or("x").trim();
        let (
            Value::Amount {
                value: a,
                unit: x,
                hedge,
                ..
            },
            Value::Amount {
                value: b,
                unit: y,
                hedge: None,
                ..
            },
        ) = (&main.value, &minor.value)
        else {
            return false;
        };
        let unhedged = hedge.is_none();
        let minor_part = match (x, y) {
            // "12 dollars and 60 cents"
            (Unit::Currency(x), Unit::Currency(y)) => {
                unhedged && main.kind == Kind::Money && x == y && a.fract() == 0.0 && *b < 1.0
            }
            // "two years and three months", "2 hours 30 minutes": one duration, the smaller part
            // last; a hedge before it is the whole one's ("no more than 5 years and 3 months").
            (Unit::Days, Unit::Days) => main.kind == Kind::Duration && minor.kind == Kind::Duration && b < a,
            // "5 feet 2 inches", "2 pounds and 3 ounces", "10 km and 500 m": a smaller unit of
            // the dimension, less than one of the main figure's unit (not "500 metres and 20
            // metres", nor "30 °C and 20 °C").
            (Unit::Physical { dimension: d, .. }, Unit::Physical { dimension: e, .. }) => {
                match (self.written_unit(sentence, main), self.written_unit(sentence, minor)) {
                    (Some(big), Some(small)) => {
                        unhedged
                            && main.kind == Kind::Quantity
                            && minor.kind == Kind::Quantity
                            && d == e
                            && small.factor < big.factor
                            && *b < big.factor
                    }
                    _ => false,
                }
            }
            _ => false,
        };
        minor_part && *b > 0.0 && (joint.is_empty() || joint.eq_ignore_ascii_case("and"))
    }

    /// "Thirteen dollars forty five", "15 dollars and 50.": a whole number of the currency's
    /// minor units (lexicon `minor_units`) right after a sum whose currency is a word, at the
    /// end of the clause, is that sum's minor part left unnamed.
    fn unnamed_minor_part(&self, sentence: &str, main: &Mention, n: &Number) -> Option<Mention> {
        let Value::Amount {
            unit: Unit::Currency(code),
            ..
        } = &main.value
        else {
            return None;
        };
        let fraction = self
            .minor_units
            .values()
            .find(|(currency, _, _)| currency == code)
            .map(|(_, fraction, _)| *fraction)?;
        let written = &sentence[main.start..main.end];
        let word_last = written.starts_with(char::is_alphanumeric) && written.ends_with(char::is_alphabetic);
        let clause_ends = sentence[n.end..]
            .trim_start()
            .chars()
            .next()
            .is_none_or(|c| matches!(c, '.' | ',' | ';' | '!' | '?' | ')'));
        let cents = n.value >= 1.0 && n.value.fract() == 0.0 && n.value * fraction < 1.0;
        (main.kind == Kind::Money && word_last && clause_ends && cents).then(|| Mention {
            kind: Kind::Money,
            start: n.start,
            end: n.end,
            value: Value::Amount {
                value: n.value * fraction,
                interval: Interval::exact(n.value * fraction),
                unit: Unit::Currency(code.clone()),
                hedge: None,
            },
            weekday: None,
            no_such_day: false,
        })
    }

    /// The unit of a quantity mention, by its last written word ("feet" of "5 feet").
    fn written_unit(&self, s: &str, m: &Mention) -> Option<&PhysicalUnit> {
        let text = s.get(m.start..m.end)?;
        let word = text.rsplit(|c: char| !c.is_alphabetic()).next()?.to_lowercase();
        self.units.get(&word).or_else(|| {
            self.shared_units
                .iter()
                .find(|shared| shared.words.contains(&word))
                .map(|shared| &shared.unit)
        })
    }

    /// "A 6-foot-5 forward": a whole figure hyphenated right after a quantity whose unit has
    /// a smaller `part` (inches after feet), less than one of that unit, is in the part.
    fn hyphen_part(&self, s: &str, main: &Mention, n: &Number) -> Option<Mention> {
        if main.kind != Kind::Quantity || s.get(main.end..n.start)? != "-" || n.value.fract() != 0.0 {
            return None;
        }
        let unit = self.written_unit(s, main)?;
        let part = self.symbols.get(unit.part.as_ref()?)?;
        let joined_on = s[n.end..].starts_with(|c: char| c.is_alphanumeric() || c == '-');
        (n.value * part.factor < unit.factor && !joined_on).then(|| Mention {
            kind: Kind::Quantity,
            start: n.start,
            end: n.end,
            value: Value::Amount {
                value: n.value * part.factor,
                interval: self.precision(n).scaled(part.factor),
                unit: part.unit(),
                hedge: None,
            },
            weekday: None,
            no_such_day: false,
        })
    }

    /// A unit word that names a currency too, right after the figure, read as the unit on
    /// the evidence its `SharedUnit` asks for; and where its word ends in `after`.
    fn shared_unit(&self, s: &str, n: &Number, after: &str) -> Option<(PhysicalUnit, usize)> {
        self.shared_units.iter().find_map(|shared| {
            let c = shared.after.captures(after)?;
            let before: Vec<&str> = words_before(&s[..n.start]).take(4).collect();
            // "40 pounds of cocaine", not "of public money" nor "of legal costs", nor after
            // "paid"; hyphened, "a 40-pound bundle"; "weighed 7 pounds", "weighing in at about
            // 277 pounds" (not "weighing a 500 pound payment").
            let of_thing = c.get(3).is_some_and(|thing| {
                let two: Vec<&str> = after[thing.start()..].split_whitespace().take(2).collect();
                !two.iter().any(|w| shared.money_of.is_match(w))
                    && !before.iter().take(3).any(|w| shared.money_before.is_match(w))
            });
            let hyphened_thing =
                c.get(1).is_some() && c.get(4).is_some_and(|thing| shared.things.is_match(thing.as_str()));
            // "This baby is over two pounds" and "a metric ton is equal to 2,204.62 pounds",
            // not "the fish cost 5 pounds", "lost 3 kg and paid 40 pounds" nor "a 23 kg bag
            // and a 50 pounds fee".
            let paid = before.iter().any(|w| shared.money_before.is_match(w))
                || c.get(4).is_some_and(|next| shared.money_of.is_match(next.as_str()));
            let thing_before = before.iter().any(|w| shared.things.is_match(w)) && !paid;
            let kin_in_sentence = shared.kin.is_match(s) && !paid;
            let cued = before.iter().position(|w| shared.cues.is_match(w)).is_some_and(|at| {
                before
                    .iter()
                    .take(at)
                    .all(|w| WEIGHED_TO_FIGURE.contains(&w.to_lowercase().as_str()))
            });
            (n.factor == 1.0 && (of_thing || hyphened_thing || thing_before || kin_in_sentence || cued))
                .then(|| (shared.unit.clone(), c.get(2).map_or(0, |w| w.end())))
        })
    }

    /// The physical unit written right after a figure in sentence `s`, and where its word
    /// ends in `after`. A unit of length followed by "per hour" is a speed.
    fn physical_unit(&self, s: &str, after: &str) -> Option<(PhysicalUnit, usize)> {
        // "a 10″ screen", "a pen 10 " long": the inch mark, a straight quote only before a
        // word of extent (else it closes a quotation: "rated it a "10"").
        if let Some(mark) = self.inch_mark.captures(after) {
            let inch = self.units.get("inch")?;
            let end = mark.get(1)?.end();
            return (mark[1] == *"″" || mark.get(2).is_some()).then(|| (inch.clone(), end));
        }
        let c = self.unit_after.captures(after)?;
        let word = c.get(2)?;
        let lower = word.as_str().to_lowercase();
        let unit = self
            .units_in_context
            .iter()
            .find(|u| u.words.iter().any(|w| w == word.as_str()) && u.context.is_match(s))
            .map(|u| &u.unit)
            .or_else(|| self.units.get(&lower))?;
        // "20 (kg)", "20 [kg]": a unit in brackets of its own takes them in; a bracket closed
        // after the unit alone is the figure's ("(19 km)").
        if let Some(open) = c.get(1) {
            // Not one letter: "a 12 (m) contract" may be millions.
            let close = c.get(3).filter(|_| word.as_str().chars().count() > 1)?;
            let pair = matches!(
                (open.as_str(), close.as_str()),
                ("(", ")") | ("[", "]") | ("{", "}") | ("<", ">")
            );
            return pair.then(|| (unit.clone(), close.end()));
        }
        let rest = &after[word.end()..];
        let per_hour = self.per_hour.find(rest);
        match unit.speed.as_ref().zip(per_hour) {
            Some((symbol, per_hour)) => {
                let speed = self.symbols.get(symbol)?.clone();
                // "188 miles an hour" is one mention; past a conversion in brackets ("12
                // miles (19 km) per hour") the mention stays the figure and its unit word.
                let end = if per_hour.as_str().contains(['(', ')']) {
                    word.end()
                } else {
                    word.end() + per_hour.end()
                };
                Some((speed, end))
            }
            None => Some((unit.clone(), word.end())),
        }
    }

    /// Whether the text before a figure ends with a change told as done and "by", perhaps
    /// with a hedge after it ("jumped by 1,200 to 5,209", "rose by nearly 1,200 to 5,209":
    /// the change, then the level reached), and perhaps what changed between ("raised its
    /// key interest rate by 0.25% to 5.5%"), in one clause.
    fn changed_before_by(&self, before: &str) -> bool {
        let clause = before.rsplit([',', ';', ':']).next().unwrap_or(before);
        let words: Vec<String> = words_before(clause).take(8).map(str::to_lowercase).collect();
        let by = words.iter().take(2).position(|w| w == "by");
        by.is_some_and(|i| words.iter().skip(i + 1).take(5).any(|verb| self.changed.contains(verb)))
    }

    /// The quantity mentions of one sentence. `taken` are byte ranges other recognisers
    /// already read (dates), whose numbers are not quantities.
    pub fn find(&self, sentence: &str, taken: &[(usize, usize)]) -> Vec<Mention> {
        let mut mentions = Vec::new();
        let numbers: Vec<Number> = self
            .numbers
            .find(sentence)
            .into_iter()
            .filter(|n| !taken.iter().any(|&(s, e)| n.start < e && s < n.end))
            .collect();
        let mut i = 0;
        while let Some(n) = numbers.get(i) {
            // "between 40 and 50", "40-50", "40 to 50": one range. "from 40 to 50" is a
            // change between two figures, "40 and 50" two figures.
            let word_before = words_before(&sentence[..n.start]).next().unwrap_or("").to_lowercase();
            // "52% to 48%", "96 percent to 4 percent": a split between two sides, highest
            // first, is two figures, not a range.
            let range_end = numbers.get(i + 1).filter(|m| {
                let joint = self.past_repeated_unit(sentence, n, m);
                // The first figure in the second's scale ("between 40 and 50 million").
                let low = n.value * if n.factor == 1.0 { m.factor } else { 1.0 };
                self.range_joint.is_match(joint)
                    // "40% to 50%" ("0 per cent to 0.1 per cent") is a range of shares; "fell
                    // 0.6% to 309,381 yen" a change and the figure it reached.
                    && (!is_percentage(joint) || is_percentage(&sentence[m.end..]))
                    && (word_before != "from"
                        || ranged_from(&sentence[..n.start])
                        || after_a_range(sentence, mentions.last(), n.start))
                    && !self.changed_before_by(&sentence[..n.start])
                    && (word_before == "between" || !joint.contains("and"))
                    && low <= m.value
                    // "2,000 or 2,500", "three or four": two guesses at one figure, near
                    // each other ("one or two"; not "5 or 50", nor one written two ways,
                    // "5.00 or 5,00").
                    && (!joint.split_whitespace().any(|w| w == "or") || low < m.value && m.value <= 2.0 * low)
            });
            // "a 24-17 win", "the 5-4 ruling", "a 1-1 draw", "Aldmoor 0-1 Castelreno": a score
            // or a tally, neither figure counting the noun after it.
            if tally(sentence, n) {
                i += 1;
                continue;
            }
            if numbers
                .get(i + 1)
                .is_some_and(|m| tally(sentence, m) && sentence[n.end..m.start] == *"-")
            {
                i += 2;
                continue;
            }
            if let Some(part) = mentions.last().and_then(|main| self.hyphen_part(sentence, main, n)) {
                if let Some(main) = mentions.last_mut() {
                    add_minor_part(main, &part);
                }
                i += 1;
                continue;
            }
            let consumed = if range_end.is_some() { 2 } else { 1 };
            let listed = range_end
                .is_none()
                .then(|| self.read_listed(sentence, n, numbers.get(i + 1)))
                .flatten();
            let minor = mentions.last().filter(|_| range_end.is_none()).and_then(|main| {
                self.unnamed_minor_part(sentence, main, n)
                    .filter(|minor| self.completes(sentence, main, minor))
            });
            let tail = (range_end.is_none() && listed.is_none())
                .then(|| {
                    self.read_list_tail(sentence, n, mentions.last())
                        .or_else(|| self.read_row_label(sentence, n))
                })
                .flatten();
            if let Some(m) = minor.or_else(|| listed.or(tail).or_else(|| self.read(sentence, n, range_end))) {
                match mentions.last_mut() {
                    Some(main) if self.completes(sentence, main, &m) => add_minor_part(main, &m),
                    _ => mentions.push(m),
                }
            }
            i += consumed;
        }
        // Figures written without digits: "less than a year", "twice as fast", "two-thirds".
        let free = |start: usize, end: usize| !taken.iter().any(|&(s, e)| start < e && s < end);
        for m in self.one_unit.captures_iter(sentence) {
            let (Some(whole), Some(article), Some(unit)) = (m.get(0), m.get(1), m.get(2)) else {
                continue;
            };
            let days = TIME_UNITS
                .iter()
                .find(|(u, _)| unit.as_str().eq_ignore_ascii_case(u))
                .map_or(1.0, |(_, d)| *d);
            let article = article.as_str().to_lowercase();
            let and_a_half = m.get(3).is_some();
            let how_many = if article.starts_with("half") { 0.5 } else { 1.0 } + if and_a_half { 0.5 } else { 0.0 };
            let figure = Figure {
                start: m.get(1).map_or(whole.start(), |a| a.start()),
                end: whole.end(),
                value: days * how_many,
                kind: Kind::Duration,
                unit: Unit::Days,
            };
            let before = &sentence[..figure.start];
            let hedge = self.hedge_before(before);
            let after = &sentence[whole.end()..];
            // "all day" and "a full year" are lengths, "full-year results" a period's figures.
            let noun_after = after
                .trim_start_matches([' ', '-'])
                .split(|c: char| !c.is_alphabetic())
                .next()
                .is_some_and(|w| !w.is_empty() && !self.stopwords.contains(&w.to_lowercase()));
            let length = match article.as_str() {
                // "the" only in "within the hour": "over the year" is a stretch of time.
                "the" => hedge
                    .as_ref()
                    .is_some_and(|(_, p, _)| p.as_str().eq_ignore_ascii_case("within")),
                "all" | "full" | "whole" => !noun_after,
                "another" => true,
                _ if article.starts_with("half") => true,
                // Without a hedge "a year" is usually a frequency or a generality ("twice a
                // year"); "for a year", "took a month" and "a year and a half" are lengths.
                _ => {
                    let word = before.trim_end().rsplit(' ').next().unwrap_or_default().to_lowercase();
                    let strict = word != "for";
                    hedge.is_some()
                        || and_a_half
                        || LASTED.contains(&word.as_str()) && length_ends(&unit.as_str().to_lowercase(), after, strict)
                }
            };
            // "a six-and-a-half-year term" is read already: its "half-year" is no figure.
            let inside_read = mentions
                .iter()
                .any(|m: &Mention| m.start <= whole.start() && whole.end() <= m.end);
            if free(whole.start(), whole.end()) && !inside_read && length {
                mentions.extend(self.worded(sentence, figure));
            }
        }
        for m in self.twice.captures_iter(sentence) {
            let (Some(whole), Some(word)) = (m.get(0), m.get(1)) else {
                continue;
            };
            let ratio = if word.as_str().eq_ignore_ascii_case("twice") {
                2.0
            } else {
                3.0
            };
            let figure = Figure {
                start: word.start(),
                end: whole.end(),
                value: ratio,
                kind: Kind::Multiplier,
                unit: Unit::Ratio,
            };
            mentions.extend(self.worded(sentence, figure));
        }
        mentions.sort_by_key(|m| m.start);
        mentions
    }

    /// "a drop of 38 and 31 percent", "grew 12, 14 and 40 per cent": a bare figure listed right
    /// before one with a unit has that unit, written once for both (read as if written after
    /// it). Not a range: "between 38 and 41 percent" is read as one before this.
    fn read_listed(&self, s: &str, n: &Number, next: Option<&Number>) -> Option<Mention> {
        let next = next?;
        if !matches!(s.get(n.end..next.start)?, " and " | ", " | ", and ") {
            return None;
        }
        let bare = |m: &Mention| matches!(&m.value, Value::Amount { unit: Unit::Count(noun), .. } if noun.is_empty());
        if !self.read(s, n, None).is_some_and(|alone| bare(&alone)) {
            return None;
        }
        let borrowed = format!("{}{}", &s[..n.end], s.get(next.end..)?);
        let mut m = self.read(&borrowed, n, None).filter(|m| !bare(m))?;
        m.end = n.end;
        Some(m)
    }

    /// "148,300 vehicles in Estrava, 96,450 in Mardonia and 61,200 in Kelland": a bare figure
    /// listed after a count and its place, with a place of its own, counts the first one's
    /// noun (read as if written after it); so does one after a count and its day, with a day
    /// of its own ("198 sailings cancelled on Tuesday and 214 on Wednesday").
    fn read_list_tail(&self, s: &str, n: &Number, previous: Option<&Mention>) -> Option<Mention> {
        let previous = previous?;
        let Value::Amount {
            unit: Unit::Count(noun),
            ..
        } = &previous.value
        else {
            return None;
        };
        if noun.is_empty() {
            return None;
        }
        // Past the count's noun as written right after it (the list's first count), its place.
        let after_count = s.get(previous.end..n.start)?;
        let stem = noun.get(..noun.len().min(4))?;
        let rest = match after_count.split_whitespace().next() {
            Some(w) if w.to_lowercase().starts_with(stem) => after_count.trim_start().strip_prefix(w)?,
            _ => after_count,
        };
        let placed = |text: &str| {
            text.strip_prefix(" in ")
                .or_else(|| text.strip_prefix(" at "))
                .is_some_and(|name| name.starts_with(char::is_uppercase))
        };
        // "198 sailings cancelled on Tuesday and 214 on Wednesday": a day of its own, after the
        // first count's day.
        let on_day = |text: &str| {
            text.strip_prefix(" on ")
                .is_some_and(|day| day.starts_with(char::is_uppercase))
        };
        let joint = [", and ", " and ", ", "].iter().find_map(|j| rest.strip_suffix(j))?;
        let tail = s.get(n.end..)?;
        let ends_on_day = joint
            .rfind(" on ")
            .is_some_and(|at| on_day(&joint[at..]) && !joint[at + 4..].contains(' '));
        let listed = placed(joint) && placed(tail) || ends_on_day && on_day(tail);
        if !listed || joint.contains([',', ';']) {
            return None;
        }
        self.read_counting(s, n, &pluralizer::pluralize(noun, 2, false))
    }

    /// "- **Vehicles recalled in Mardonia:** 94,650", "Fires reported: 27": a bare figure that
    /// is all of a row's value counts the plural noun opening its label (read as if written
    /// after the figure).
    fn read_row_label(&self, s: &str, n: &Number) -> Option<Mention> {
        let label = s
            .get(..n.start)?
            .trim_end()
            .trim_end_matches('*')
            .trim_end()
            .strip_suffix(':')?;
        let label = label.trim_start_matches(['-', '*', '+', '•', '>', ' ']);
        let rest = s.get(n.end..)?.trim();
        if label.contains(':') || !rest.trim_end_matches('.').is_empty() {
            return None;
        }
        let first = label.split_whitespace().next()?;
        // (A plural noun, not an adjective: "Serious injuries: 12".)
        let adjective = ["ous", "ss", "us", "is"]
            .iter()
            .any(|end| first.to_lowercase().ends_with(end));
        if first.len() <= 3 || !first.ends_with('s') || adjective || !first.chars().all(char::is_alphabetic) {
            return None;
        }
        self.read_counting(s, n, &first.to_lowercase())
    }

    /// A figure that alone counts no noun, read as if `noun` were written after it.
    fn read_counting(&self, s: &str, n: &Number, noun: &str) -> Option<Mention> {
        let alone = self.read(s, n, None)?;
        if !matches!(&alone.value, Value::Amount { unit: Unit::Count(counted), .. } if counted.is_empty()) {
            return None;
        }
        let borrowed = format!("{} {noun}{}", &s[..n.end], s.get(n.end..)?);
        let mut m = self.read(&borrowed, n, None)?;
        m.end = n.end;
        Some(m)
    }

    /// The text between two figures, past a unit of the first that the second repeats: "10km
    /// to 12km" is one range as "10 to 12km" is.
    fn past_repeated_unit<'s>(&self, sentence: &'s str, n: &Number, m: &Number) -> &'s str {
        let joint = &sentence[n.end..m.start];
        let trimmed = joint.trim_start();
        let unit = trimmed
            .split(|c: char| !(c.is_alphabetic() || c == '/' || c == '°'))
            .next()
            .unwrap_or("");
        let repeated = sentence[m.end..]
            .trim_start()
            .strip_prefix(unit)
            .is_some_and(|rest| !rest.starts_with(char::is_alphanumeric));
        let known = |unit: &str| self.units.contains_key(&unit.to_lowercase()) || self.symbols.contains_key(unit);
        if !unit.is_empty() && repeated && known(unit) {
            trimmed.get(unit.len()..).unwrap_or(joint)
        } else {
            joint
        }
    }

    fn read(&self, s: &str, n: &Number, range_end: Option<&Number>) -> Option<Mention> {
        let (mut start, mut end) = (n.start, range_end.map_or(n.end, |m| m.end));
        let last = range_end.unwrap_or(n);
        // In a range the scale word is often written once: "between 40 and 50 million".
        let low = if n.factor == 1.0 {
            n.value * last.factor
        } else {
            n.value
        };
        let before = &s[..start];
        let after = &s[end..];
        // What one written unit is in the value's unit: days per unit of a duration, base
        // units per unit of a physical quantity, main units per minor unit of money.
        let mut per_unit = 1.0;
        // Where the written unit's zero lies in the value's unit (degrees Fahrenheit).
        let mut offset = 0.0;
        // "two thirds of voters", "cut costs by a third", "one in five adults": a fraction is
        // a share.
        let share = n.fraction
            && n.value <= 1.0
            && range_end.is_none()
            && (self.share_of.is_match(after)
                || before.to_lowercase().trim_end().ends_with(" by")
                || s[n.start..n.end].contains(" in "));
        // "One in five" stands for any share nearer it than "one in four" or "one in six"
        // would: N in M is N/(M ± 0.5), about N/M give or take half of 1/M of it. (Its
        // `place` is 1/M.)
        let one_in = (share && s[n.start..n.end].contains(" in ")).then(|| {
            let half = n.value * 0.5 * n.place;
            Interval {
                high_open: true,
                ..Interval::closed(n.value - half, n.value + half)
            }
        });
        let of_a_point = (n.fraction && n.value <= 1.0 && range_end.is_none())
            .then(|| self.fraction_of_point.find(after))
            .flatten();
        let (kind, unit, mut value_end) = if let Some(point) = of_a_point {
            // "raised rates by a quarter of a point": 0.25 points, not a quarter of the rate.
            (Kind::Percent, Unit::PercentagePoint, end + point.end())
        } else if share {
            per_unit = 100.0;
            (Kind::Percent, Unit::Percent, end)
        } else if let Some(symbol) = self.currency_before.captures(before).and_then(|c| c.get(1)) {
            start = symbol.start();
            let bare = !symbol.as_str().chars().any(char::is_alphanumeric);
            match self
                .code_spaced_after
                .captures(after)
                .and_then(|c| c.name("code"))
                .filter(|code| bare && self.is_code(code.as_str()))
            {
                Some(code) => (Kind::Money, Unit::Currency(code.as_str().to_string()), end + code.end()),
                None => (Kind::Money, Unit::Currency(self.iso(symbol.as_str())), end),
            }
        } else if let Some(unit) = self
            .percent_of_before
            .captures(before)
            .and_then(|c| c.get(1))
            .filter(|_| after.trim_start_matches([' ', '.', '!', '?']).is_empty())
        {
            start = unit.start();
            (Kind::Percent, Unit::Percent, end)
        } else if let Some((code, scale, at)) = before
            .trim_end()
            .ends_with(|c: char| c.is_ascii_uppercase())
            .then(|| self.scaled_code_before.captures(before))
            .flatten()
            .and_then(|c| self.scaled_code(&c))
            // "Amounts in MSEK 2025 2024": a table's years after its unit.
            .filter(|_| !(n.factor == 1.0 && n.value.fract() == 0.0 && (1900.0..=2100.0).contains(&n.value)))
        {
            (start, per_unit) = (at.start, scale);
            (Kind::Money, Unit::Currency(code), end)
        } else if let Some((physical, unit_end)) = self.shared_unit(s, n, after) {
            per_unit = physical.factor;
            (Kind::Quantity, physical.unit(), end + unit_end)
        } else if let Some(word) = self.currency_after.after_gap(after) {
            // The match ends with the currency word, and perhaps a scale after it.
            let written = &after[word.start()..word.end()];
            let scale = (n.factor == 1.0 && last.factor == 1.0)
                .then(|| self.scale_after_currency.captures(&after[word.end()..]))
                .flatten()
                .and_then(|c| Some((self.numbers.scale(&c["scale"].to_lowercase())?, c.get(0)?.end())));
            let scale_end = scale.map_or(0, |(factor, len)| {
                per_unit = factor;
                len
            });
            (
                Kind::Money,
                Unit::Currency(self.iso(written)),
                end + word.end() + scale_end,
            )
        } else if let Some((code, scale, at)) = self
            .scaled_code_after
            .captures(after)
            .and_then(|c| self.scaled_code(&c))
        {
            per_unit = scale;
            (Kind::Money, Unit::Currency(code), end + at.end)
        } else if let Some(code) = self
            .code_glued_after
            .captures(after)
            .and_then(|c| c.name("code"))
            .filter(|code| self.is_code(code.as_str()))
        {
            (Kind::Money, Unit::Currency(code.as_str().to_string()), end + code.end())
        } else if let Some(symbol) = self.symbol_after.captures(after).and_then(|c| c.get(1)) {
            (
                Kind::Money,
                Unit::Currency(self.iso(symbol.as_str())),
                end + symbol.end(),
            )
        } else if let Some((code, fraction, len)) = self.minor_unit(s, after) {
            per_unit = fraction;
            (Kind::Money, Unit::Currency(code), end + len)
        } else if let Some(bp) = self.basis_points_after.find(after).or_else(|| {
            // "Raised interest rates by 75 points": bare points of ten or more on an interest
            // rate are basis points (a rate never moves by 75 percentage points).
            // (The anchored points first: the sentence's search runs only before them.)
            self.bare_points
                .find(after)
                .filter(|_| n.value >= 10.0 && self.rate_sentence.is_match(s))
        }) {
            per_unit = 0.01;
            (Kind::Percent, Unit::PercentagePoint, end + bp.end())
        } else if let Some(p) = self
            .percent_after
            .find(after)
            // "%28", "%2F": a link's escaped character, not a percentage ("48%of" is one).
            .filter(|p| {
                let escaped = after[p.end()..]
                    .get(..2)
                    .is_some_and(|h| h.bytes().all(|b| b.is_ascii_hexdigit()));
                !(p.as_str().ends_with('%') && escaped)
            })
            .or_else(|| self.points_in_percent_context(s, after))
        {
            let unit = p.as_str().trim_start_matches([' ', '-']).to_lowercase();
            let points = unit.contains("point") || unit == "pp";
            (
                Kind::Percent,
                if points { Unit::PercentagePoint } else { Unit::Percent },
                end + p.end(),
            )
        } else if let Some(x) = self.multiplier_after.find(after) {
            let word_len = x.as_str().trim_end().len();
            // "3 times faster": the figure and "times"; the comparison word stays out.
            let end_of = x
                .as_str()
                .to_lowercase()
                .find("times")
                .map_or(word_len, |i| i + "times".len());
            (Kind::Multiplier, Unit::Ratio, end + end_of)
        } else if let Some((physical, unit_end)) = self.physical_unit(s, after) {
            per_unit = physical.factor;
            offset = physical.offset;
            (Kind::Quantity, physical.unit(), end + unit_end)
        } else {
            // "the biggest exchange between the two countries": parties the story has met,
            // counted nothing anew (not an age: "between the 35-year-old Messi and Mbappe").
            let parties = before.trim_end().to_lowercase().ends_with("between the") && after.starts_with(' ');
            if looks_like_year(s, n) || parties {
                return None;
            }
            // (Not a model's name: "140 H-350s" are jets, not hours; a letter for a unit
            // before a hyphen and more is a name.)
            let time = self.time_after.captures(after).filter(|c| {
                let letter = c.get(1).is_some_and(|u| u.as_str().len() == 1);
                let rest = c.get(0).map_or("", |whole| &after[whole.end()..]);
                !(letter
                    && rest
                        .strip_prefix('-')
                        .is_some_and(|r| r.starts_with(|c: char| c.is_alphanumeric())))
            });
            // "a category 4 or 5 hurricane", "phase 3 trials", "flight 4U 9525": a label,
            // counting nothing, that no measure word near it makes a count. ("the number
            // 5,209" may be the count a measure word names: a bare figure.) A unit of time
            // after it ends the label: "its second stage two minutes and 48 seconds after
            // liftoff" is a length of time.
            if time.is_none() && self.labelled(before) {
                let number = words_before(before)
                    .next()
                    .is_some_and(|w| w.eq_ignore_ascii_case("number"));
                return number.then(|| Mention {
                    kind: Kind::Count,
                    start,
                    end,
                    value: self.bare(n),
                    weekday: None,
                    no_such_day: false,
                });
            }
            // A bare figure ("the toll rose to 97") counts nothing it names: resolution keeps
            // it only if a measure word says what it is.
            // "the 38-year-old", "participants aged 18 and older": an age, neither a length
            // of time nor a count of anything (its noun is `AGE`); whose age it is, the frame
            // reads.
            let aged = aged_before(before);
            let age = aged
                || time.as_ref().is_some_and(|c| {
                    let rest = after[c.get(0).map_or(0, |m| m.end())..].to_lowercase();
                    rest.starts_with("-old") || rest.starts_with(" old")
                });
            // (No one's: "a 200-year-old church".)
            if age && n.value > 120.0 {
                return None;
            }
            if age || apposed_age(before, after, n) {
                (Kind::Count, Unit::Count(AGE.to_string()), end)
            } else {
                let (noun, noun_end) = time
                    .and_then(|c| Some((c.get(1)?.as_str().to_lowercase(), c.get(0)?.end())))
                    .or_else(|| {
                        // "OpenAI's 700-plus employees", "500 or more people": the noun past the hedge.
                        let hedge_end = self
                            .hedges_after
                            .iter()
                            .find_map(|(_, re)| re.find(after).map(|m| m.end()))
                            .unwrap_or(0);
                        self.count_noun(&after[hedge_end..])
                            .map(|(noun, noun_end)| (noun, hedge_end + noun_end))
                    })
                    .unwrap_or_default();
                match TIME_UNITS.iter().find(|(unit, _)| *unit == noun) {
                    Some((_, days)) => {
                        per_unit = *days;
                        (Kind::Duration, Unit::Days, end + noun_end)
                    }
                    None if n.in_words && n.value < 2.0 && range_end.is_none() => return None,
                    // (A bare range in digits is kept as a bare figure is: "the toll would be
                    // 2,000 to 2,500" is the toll's; resolution drops it if no measure word is
                    // near.)
                    None if noun.is_empty() && n.in_words => return None,
                    None => (Kind::Count, Unit::Count(noun), end + noun_end),
                }
            }
        };
        // The mention covers the figure and its unit; for counts, the figure only, so the text
        // reads "roughly 700" and the noun is in the unit.
        if kind != Kind::Count {
            end = value_end;
        }
        let mut interval = if range_end.is_some() {
            Interval::closed(low, last.value)
        } else {
            one_in.unwrap_or_else(|| self.precision(n))
        };
        let mut hedge = range_end.map(|_| (Effect::Range, "range".to_string(), start));
        let precise = round_significant;
        if range_end.is_none() {
            let before = &s[..start];
            // "Over a two-day run": before an article and a compound, "over" is a preposition.
            let compound = s[n.end..].starts_with('-');
            // "well above the $7.2 billion analysts expected": a figure after "the" is the
            // other term of a comparison, as exact as written; "topped the 5,000 mark" is not.
            let compared = {
                let lower = before.trim_end().to_lowercase();
                (lower == "the" || lower.ends_with(" the"))
                    && ![n.end, value_end].iter().any(|&at| self.mark_after.is_match(&s[at..]))
            };
            hedge = self
                .hedge_before(before)
                .filter(|(_, _, article)| !((compound || compared) && *article))
                .map(|(effect, p, _)| (effect, p.as_str().to_string(), p.start()))
                .or_else(|| {
                    // "more than 70% and 30 million people": the hedge covers both figures.
                    let other = self.coordinated.captures(before)?.get(1)?;
                    let (effect, p, _) = self.hedge_before(&before[..other.start()])?;
                    Some((effect, p.as_str().to_string(), start))
                });
            // Right after the figure ("700 or more people") or after its unit or noun ("157 mph
            // or more", "1,200 degrees and more in the carriages").
            let mut places = vec![n.end];
            if value_end > n.end {
                places.push(value_end);
            }
            'hedged: for at in places {
                if hedge.is_some() {
                    break;
                }
                for (effect, re) in &self.hedges_after {
                    let Some(m) = re.find(&s[at..]) else { continue };
                    let next = s[at + m.end()..].split_whitespace().next().unwrap_or_default();
                    let next = next.trim_end_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
                    // "$355 million plus interest", "five numbers plus the Powerball": what the
                    // figure leaves out, not "or more"; past the noun only "or ..." and "and
                    // ..." bound it ("346 passengers plus 20 crew"). "40 dead and more than 100
                    // hurt", "six killed and more missing": "and more" of another figure or noun.
                    let phrase = m.as_str().trim_start_matches([' ', '-']).to_lowercase();
                    let adds = ADDED_THING.contains(&next.as_str())
                        || at > n.end && !phrase.starts_with("or ") && !phrase.starts_with("and ");
                    let joins = phrase.starts_with("and ")
                        && (matches!(next.as_str(), "than" | "of")
                            || !next.is_empty() && !self.stopwords.contains(&next));
                    if adds || joins {
                        continue;
                    }
                    hedge = Some((*effect, m.as_str().trim().to_string(), start));
                    value_end = value_end.max(at + m.end());
                    if kind == Kind::Count && at == n.end {
                        end = n.end + m.end();
                    }
                    break 'hedged;
                }
            }
            if let Some((effect, _, _)) = &hedge {
                interval = self.hedged(n, *effect);
            }
        }
        let mut mention_kind = kind;
        let mut unit = unit;
        // A range's value is its first figure, with the scale word written once at its end
        // ("1-2bn" is 1bn to 2bn).
        let mut value = low;
        if kind == Kind::Percent && unit == Unit::Percent {
            if let Some(ratio) = self.speedup(s, start, value_end, interval.high) {
                mention_kind = Kind::Multiplier;
                unit = Unit::Ratio;
                value = precise(ratio(low));
                interval = Interval {
                    low: precise(ratio(interval.low)),
                    high: precise(ratio(interval.high)),
                    ..interval
                };
            }
        }
        // Durations are kept in days, physical quantities in their base unit, money in its
        // main unit; a quantity in another unit than the base was likely converted and
        // rounded by someone.
        if per_unit != 1.0 {
            value *= per_unit;
            interval = interval.scaled(per_unit);
        }
        // A span of whole days may be counted with its first day or without: "a two-day
        // manhunt" and "a three-day manhunt" from Wednesday night to Friday night, "40 days on
        // strike" and "41 days". So it is up to a day shorter than written; not an offset
        // from a moment ("14 days after the second dose").
        let offset_word = || {
            s[end..].split_whitespace().next().is_some_and(|w| {
                let w = w.trim_end_matches(|c: char| !c.is_alphabetic()).to_lowercase();
                matches!(
                    w.as_str(),
                    "after" | "before" | "later" | "earlier" | "ago" | "from" | "since" | "into"
                )
            })
        };
        if kind == Kind::Duration
            && per_unit == 1.0
            && hedge.is_none()
            && value >= 2.0
            && value.fract() == 0.0
            && !offset_word()
        {
            interval = Interval {
                low: interval.low.min(value - 1.0),
                ..interval
            };
        }
        // (A temperature's conversion is no product: it keeps the precision it is written
        // with, "109.6 °F" is 43.11 °C within 0.03.)
        if offset != 0.0 {
            value += offset;
            interval = interval.shifted(offset);
        } else if kind == Kind::Quantity && per_unit != 1.0 {
            interval = widened(interval, self.settings.converted);
        }
        let hedge_start = hedge.as_ref().map_or(start, |h| h.2.min(start));
        Some(Mention {
            kind: mention_kind,
            start: hedge_start,
            end,
            value: Value::Amount {
                // Rounded as the interval's ends are, so it stays inside them.
                value: round_significant(value),
                interval,
                unit,
                hedge: hedge.map(|h| h.1.to_lowercase()),
            },
            weekday: None,
            no_such_day: false,
        })
    }

    /// The hedge written just before a figure, the longest if several end there ("no more
    /// than" is a bound below, not "more than"), and whether an article follows it.
    fn hedge_before<'a>(&self, before: &'a str) -> Option<(Effect, regex::Match<'a>, bool)> {
        self.hedges_before
            .iter()
            .filter_map(|(effect, re)| {
                let c = re.captures(before)?;
                let phrase = c.get(1)?;
                let article = !c.get(0)?.as_str()[phrase.end() - c.get(0)?.start()..]
                    .trim()
                    .trim_matches('-')
                    .is_empty();
                Some((*effect, phrase, article))
            })
            .min_by_key(|(_, p, _)| p.start())
    }

    /// A figure written in words without digits, with the hedge before it: precise to half a
    /// unit of its value's own scale ("two-thirds" is 66.67% give or take 0.5 points, "a
    /// year" 365.25 days give or take half a day).
    fn worded(&self, s: &str, f: Figure) -> Option<Mention> {
        let hedge = self.hedge_before(&s[..f.start]);
        let as_written = Number {
            start: f.start,
            end: f.end,
            value: f.value,
            place: 1.0,
            in_words: true,
            factor: 1.0,
            fraction: false,
        };
        let (start, interval, hedge) = match hedge {
            Some((effect, phrase, _)) => (
                phrase.start(),
                self.hedged(&as_written, effect),
                Some(phrase.as_str().to_lowercase()),
            ),
            None => (f.start, self.precision(&as_written), None),
        };
        Some(Mention {
            kind: f.kind,
            start,
            end: f.end,
            value: Value::Amount {
                value: f.value,
                interval,
                unit: f.unit,
                hedge,
            },
            weekday: None,
            no_such_day: false,
        })
    }

    /// Bare "points" are percentage points only next to a percentage ("fell 6 points to
    /// 39%"); elsewhere they are scores or index points ("the Dow fell 300 points").
    fn points_in_percent_context<'a>(&self, s: &str, after: &'a str) -> Option<regex::Match<'a>> {
        let context = s.contains('%') || s.to_lowercase().contains("percent") || s.to_lowercase().contains("per cent");
        context.then(|| self.bare_points.find(after)).flatten()
    }

    /// A percentage that says how much faster something got, as a speed ratio:
    /// "an eleven-percent speed-up" and "11% faster" are 1.11; "cut training time by 10%" is
    /// 1 / 0.9.
    /// `top` is the largest percentage the figure may be (a range's upper end).
    fn speedup(&self, s: &str, start: usize, end: usize, top: f64) -> Option<fn(f64) -> f64> {
        let after = &s[end..];
        let clause_end = after.find([',', ';', '.', '(']).unwrap_or(after.len());
        // Words that start another clause ("rose 12% as faster chips...", "by 10% to speed up
        // sales") separate the figure from the speed word.
        let joined_to_figure = |m: regex::Match| {
            !m.as_str().split_whitespace().any(|w| {
                matches!(
                    w.to_lowercase().as_str(),
                    "as" | "to" | "and" | "but" | "while" | "because" | "after" | "with"
                )
            })
        };
        let speed_after = self
            .speedup_after
            .find(&after[..clause_end])
            .is_some_and(joined_to_figure);
        if self.time_cut_before.is_match(&s[..start]) {
            // Cutting time by 100% or more (anywhere in a range: "by 11% to 3,000%") is no
            // speed a ratio can say; read it as a percentage.
            (top < 100.0).then_some(|p| 1.0 / (1.0 - p / 100.0))
        } else if speed_after || self.speedup_before.is_match(&s[..start]) {
            Some(|p| 1.0 + p / 100.0)
        } else {
            None
        }
    }

    /// Whether `written` is a currency's own ISO code in capitals ("USD"; not "ALL", "TOP").
    fn is_code(&self, written: &str) -> bool {
        self.currencies
            .get(&written.to_ascii_lowercase())
            .is_some_and(|code| code == written)
    }

    /// A scale letter and a currency code ("MUSD", "kEUR"): the code, the scale, and where
    /// the two start and end.
    fn scaled_code(&self, c: &regex::Captures) -> Option<(String, f64, std::ops::Range<usize>)> {
        let (scale, code) = (c.name("scale")?, c.name("code")?);
        let factor = if scale.as_str() == "M" { 1e6 } else { 1e3 };
        self.is_code(code.as_str())
            .then(|| (code.as_str().to_string(), factor, scale.start()..code.end()))
    }

    /// The ISO code of a currency as written ("US $" is "US$").
    fn iso(&self, symbol: &str) -> String {
        self.currencies
            .get(&compact(symbol))
            .map_or_else(|| symbol.to_string(), String::clone)
    }

    /// Whether the figure after `before` labels something: a label word right before it, or
    /// before the first of two ("a category 4 or 5 hurricane").
    fn labelled(&self, before: &str) -> bool {
        // "flight 4U 9525", "route A12 40": a code (letters and digits, or two capitals)
        // between the label and the number.
        let code = words_before(before).next().is_some_and(|w| {
            let digits = w.chars().any(|c| c.is_ascii_digit());
            let letters = w.chars().any(|c| c.is_ascii_alphabetic());
            let capitals = w.len() == 2 && w.chars().all(|c| c.is_ascii_uppercase());
            (2..=3).contains(&w.len())
                && w.chars().all(|c| c.is_ascii_alphanumeric())
                && (digits && letters || capitals)
        });
        let words: Vec<String> = words_before(before).take(3).map(str::to_lowercase).collect();
        let label = |w: Option<&String>| w.is_some_and(|w| self.labels.contains(w));
        let number = |w: Option<&String>| w.is_some_and(|w| w.chars().all(|c| c.is_ascii_digit()));
        label(words.first())
            || words.first().is_some_and(|w| matches!(w.as_str(), "or" | "and" | "to"))
                && number(words.get(1))
                && label(words.get(2))
            || code && label(words.get(1))
    }

    /// The noun a count counts: the last word of up to three words after the figure, before
    /// any function word. Returns the singular lemma and the end offset in `after`.
    fn count_noun(&self, after: &str) -> Option<(String, usize)> {
        let c = self.noun.captures(after)?;
        let run = c.get(1)?;
        // "two-day run", "700-experiment study": a hyphen makes the number part of an
        // adjective whose noun is the word it is joined to.
        let hyphenated = after[..run.start()].contains('-');
        let mut words: Vec<(usize, &str)> = Vec::new();
        let mut offset = run.start();
        for w in run.as_str().split_whitespace() {
            let at = offset + after[offset..].find(w).unwrap_or(0);
            offset = at + w.len();
            let clean = w.trim_end_matches(['.', '\'', '’']);
            // "209,000 U.S. consumers": an abbreviation with dots inside says where they are
            // from; the noun follows it.
            if clean.contains('.') && clean.chars().all(|c| c.is_uppercase() || c == '.') {
                continue;
            }
            // A day or a month named in capitals is no counted noun ("1,744 Monday",
            // "6,107.31 August 2019").
            let month = clean.starts_with(char::is_uppercase) && is_month_name(clean);
            // "down from 365 five years ago": a cardinal in words opens another figure, whose
            // noun the words after it are (not "1,200 first responders", "8 half marathons").
            let another_figure = super::numbers::is_cardinal_word(clean);
            // "the 10,000 estimated by local authorities": a participle with its agent counts
            // nothing.
            let passive = clean.ends_with("ed") && after[offset..].trim_start().starts_with("by ");
            if self.stopwords.contains(&clean.to_lowercase())
                || is_weekday_name(clean)
                || month
                || another_figure
                || passive
            {
                break;
            }
            words.push((at, clean));
            if clean.len() < w.len() || hyphenated {
                break;
            }
        }
        // The head noun: the first plural in the run ("three independent sources
        // confirmed", "16 people came"), else the last of at most two words ("30,000 PwC
        // staff").
        let irregular = |w: &str| {
            let lower = w.to_lowercase();
            pluralizer::pluralize(&lower, 1, false) != lower && pluralizer::pluralize(&lower, 2, false) == lower
        };
        let plural =
            |w: &str| w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") || irregular(w);
        // A second word that is a verb in the past ("a 7.3 earthquake struck", "one
        // engineer resigned") or an adverb ("the 27 staff currently at the station") ends
        // the noun before it.
        const PAST: &[&str] = &[
            "struck", "hit", "left", "came", "went", "rose", "fell", "took", "made", "saw", "had", "was", "were",
            "began", "shook", "swept", "tore", "died", "won", "lost",
        ];
        const ADVERB_ENDINGS: &[&str] = &[
            "ently", "antly", "ately", "ously", "ively", "fully", "ally", "edly", "ingly",
        ];
        let ends_noun = |w: &str| {
            let lower = w.to_lowercase();
            lower.ends_with("ed") || PAST.contains(&lower.as_str()) || ADVERB_ENDINGS.iter().any(|e| lower.ends_with(e))
        };
        let two = if words.get(1).is_some_and(|(_, w)| ends_noun(w)) {
            1
        } else {
            2
        };
        let &(at, head) = words
            .iter()
            .find(|(_, w)| plural(w))
            .or_else(|| words.get(words.len().min(two).checked_sub(1)?))?;
        let lemma = pluralizer::pluralize(&head.to_lowercase(), 1, false);
        // "its 214 nationally", "1,200 worldwide": an adverb of where or how is no noun.
        let adverb = lemma.len() > 6 && lemma.ends_with("ally")
            || lemma.ends_with("wide")
            || matches!(lemma.as_str(), "locally" | "abroad" | "overall");
        if CLOCK_WORDS.contains(&lemma.as_str()) || lemma.chars().count() < 2 || adverb {
            return None;
        }
        Some((lemma, at + head.len()))
    }

    /// A currency's minor unit right after a figure: its currency, how much of it one is,
    /// and the length read.
    fn minor_unit(&self, s: &str, after: &str) -> Option<(String, f64, usize)> {
        let c = self.minor_after.captures(after)?;
        let word = c.get(1).or_else(|| c.get(2))?;
        let (code, fraction, cues) = self.minor_units.get(&word.as_str().to_lowercase())?;
        if cues
            .as_ref()
            .is_some_and(|(cues, not_cues)| !cues.is_match(s) || not_cues.is_match(s))
        {
            return None;
        }
        Some((code.clone(), *fraction, c.get(0)?.end()))
    }

    /// Every number in a text, figures and words, with no unit read.
    pub fn numbers(&self, text: &str) -> Vec<Number> {
        self.numbers.find(text)
    }

    /// Every ordinal of a text ("third", "19th").
    pub fn ordinals(&self, text: &str) -> Vec<Number> {
        self.numbers.ordinals(text)
    }

    /// A number alone: its value as precise as it is written.
    pub fn bare(&self, n: &Number) -> Value {
        Value::Amount {
            value: n.value,
            interval: self.precision(n),
            unit: Unit::Count(String::new()),
            hedge: None,
        }
    }

    /// `value` widened by `exchanged` each way (see `Recognisers::exchanged`).
    pub fn exchanged(&self, value: &Value) -> Value {
        let mut value = value.clone();
        if let Value::Amount { interval, .. } = &mut value {
            *interval = widened(*interval, self.settings.exchanged);
        }
        value
    }

    /// A bare figure: half a unit of its last written digit, at most `round_relative` of it.
    /// The top is open, as in rounding half up: "234" is 233.5 up to but not 234.5, so two
    /// figures written to one precision ("234", "235") are two values, not one.
    fn precision(&self, n: &Number) -> Interval {
        let half = (self.settings.round_place * n.place).min(self.settings.round_relative * n.value.abs());
        Interval {
            high_open: half > 0.0,
            ..Interval::closed(n.value - half, n.value + half)
        }
    }

    fn hedged(&self, n: &Number, effect: Effect) -> Interval {
        let (s, v) = (&self.settings, n.value);
        let open = |low: f64, high: f64, low_open, high_open| Interval {
            low_open,
            high_open,
            ..Interval::closed(low, high)
        };
        match effect {
            // The figure's own precision ("about 1.4": 1.35..1.45), widened by the margin.
            Effect::Approximate => {
                let written = self.precision(n);
                let margin = s.approximate * v.abs();
                Interval::closed(written.low - margin, written.high + margin)
            }
            Effect::Nearly => Interval::closed(v * (1.0 - s.nearly), v),
            Effect::Above => open(v, f64::INFINITY, true, false),
            Effect::AtLeast => open(v, f64::INFINITY, false, false),
            Effect::AtMost => Interval::closed(0.0, v),
            Effect::Below => open(0.0, v, false, true),
            Effect::Range => Interval::exact(v),
        }
    }
}

/// `interval` widened by the fraction `by` each way, for a figure someone converted and rounded.
fn widened(interval: Interval, by: f64) -> Interval {
    Interval {
        low: round_significant(interval.low * (1.0 - by)),
        high: round_significant(interval.high * (1.0 + by)),
        ..interval
    }
}

/// A currency as written, in the form it is looked up by: no spaces or dots ("u.s $" is "US$"),
/// ASCII lower case.
fn compact(written: &str) -> String {
    written
        .replace(|c: char| c.is_whitespace() || c == '.', "")
        .to_ascii_lowercase()
}

/// A bare four-digit number from 1800 to 2199 followed by a noun is a year used as a
/// modifier ("2026 midterms"), not a count; so are two digits after an apostrophe ("'79").
fn looks_like_year(s: &str, n: &Number) -> bool {
    let written = &s[n.start..n.end];
    let digits = written.bytes().all(|b| b.is_ascii_digit());
    // "In '79 we were cut off", "since ’85": a year with its century left out.
    let before = s.get(..n.start).unwrap_or_default();
    let elided = written.len() == 2
        && before.ends_with(['\'', '’'])
        && before
            .trim_end_matches(['\'', '’'])
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
    digits && (written.len() == 4 && (1800.0..2200.0).contains(&n.value) || elided)
}

fn add_minor_part(main: &mut Mention, minor: &Mention) {
    let minor_interval = minor.value.interval();
    if let (
        Value::Amount {
            value,
            interval,
            unit,
            hedge,
        },
        Value::Amount { value: part, .. },
    ) = (&mut main.value, &minor.value)
    {
        // A length or a weight is as precise as its last part ("5 feet 2 inches": to the
        // half inch); a sum of money and a duration are whole, and a hedged duration's bounds
        // move by the part ("no more than 5 years and 3 months": up to 5.25 years).
        *interval = match (unit, hedge) {
            (Unit::Physical { .. }, _) => Interval {
                low: *value + minor_interval.low,
                high: *value + minor_interval.high,
                ..minor_interval
            },
            (_, Some(_)) => Interval {
                low: if interval.low == 0.0 { 0.0 } else { interval.low + *part },
                high: interval.high + *part,
                ..*interval
            },
            _ => Interval::exact(*value + *part),
        };
        *value += part;
    }
    main.end = minor.end;
}

/// Whether a whole figure in digits is the second of a score or a tally: joined by a hyphen
/// alone to a whole figure before it not below it (else a range), or between two names
/// ("24-17", "5-4", "2-2", "Aldmoor 0-1 Castelreno"). Not a figure glued to more
/// ("Covid-19-related", "3-1-2").
fn tally(s: &str, m: &Number) -> bool {
    let Some(before) = s[..m.start].strip_suffix(['-', '–']) else {
        return false;
    };
    let first_digits = before.len() - before.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    let first_start = before.len() - first_digits;
    let Ok(first) = before[first_start..].parse::<f64>() else {
        return false;
    };
    let capitalised = |word: Option<&str>| word.is_some_and(|w| w.starts_with(char::is_uppercase));
    // (Not in a headline in title case, whose every word is capitalised: "Carmaker To Cut
    // 200-300 Jobs" is a range.)
    let between_names = capitalised(s[..first_start].split_whitespace().next_back())
        && capitalised(s[m.end..].split_whitespace().next())
        && !crate::source::is_title_case(s);
    let whole = !m.in_words && m.factor == 1.0 && !m.fraction && m.value.fract() == 0.0 && m.value < 1000.0;
    let glued_before = s[..first_start].ends_with(|c: char| c.is_alphanumeric() || matches!(c, '-' | '.' | ','));
    let glued_after = s[m.end..].starts_with(|c: char| c.is_alphanumeric() || matches!(c, '-' | '%'));
    whole && (1..=3).contains(&first_digits) && (first >= m.value || between_names) && !glued_before && !glued_after
}

/// The words of a text, last first.
fn words_before(before: &str) -> impl Iterator<Item = &str> {
    before.rsplit(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty())
}

/// Whether "from" right before `at` follows a range, past a unit and "up" or "down" at
/// most: "$7.15 to $7.30 a share, up from $6.90 to $7.10" sets a range against an earlier
/// one, where "up from $6.90 to $7.10" alone would be a change between two figures (and so
/// would "inflation went from 2% to 5%" after a range of pay rises).
fn after_a_range(sentence: &str, last: Option<&Mention>, at: usize) -> bool {
    let Some(gap) = last
        .filter(|m| m.value.hedge() == Some("range"))
        .and_then(|m| sentence.get(m.end..at))
    else {
        return false;
    };
    let lower = gap.to_lowercase();
    let mut words: Vec<&str> = lower
        .split_whitespace()
        .map(|w| w.trim_matches(','))
        .filter(|w| !w.is_empty())
        .collect();
    // (The currency written before the earlier figure: "up from $6.90".)
    if words.len() >= 2
        && words
            .last()
            .is_some_and(|w| *w != "from" && w.len() <= 4 && !w.contains(|c: char| c.is_ascii_digit()))
    {
        words.pop();
    }
    if words.pop() != Some("from") {
        return false;
    }
    if words.last().is_some_and(|w| *w == "up" || *w == "down") {
        words.pop();
    }
    match words.as_slice() {
        [] => true,
        [per, _unit] => ["a", "an", "per", "each"].contains(per),
        _ => false,
    }
}

/// "ranged from $1.1bn to $1.4bn" is a range; "rose from $10bn to $12bn" is a change.
fn ranged_from(before: &str) -> bool {
    let mut words = words_before(before);
    let _from = words.next();
    words.next().is_some_and(|w| {
        matches!(
            w.to_lowercase().as_str(),
            "range" | "ranged" | "ranges" | "ranging" | "varied" | "varies" | "varying" | "anywhere"
        )
    })
}
