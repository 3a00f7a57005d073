//! Resolution: mentions become claims. A claim is a frame (what it is about: measure,
//! subject, qualifiers, polarity; see `frame`; for dates, the event they date: see `event`),
//! a value, the time it holds for and its provenance (the exact bytes of the file it came
//! from). Measure, qualifier and event words come from the lexicon, names from the entity
//! recogniser with each document's own full names; `story` gives names one spelling across
//! the corpus.

mod clause;
mod event;
mod frame;
mod listed;
mod quote;
pub(crate) mod role;
mod story;

use jiff::civil::{Date, Weekday};
use std::cell::OnceCell;
use std::collections::{BTreeSet, HashMap, HashSet};
use std::sync::Arc;

use unicode_normalization::UnicodeNormalization;
use unicode_segmentation::UnicodeSegmentation;

use crate::extract::entity::{same_entity, strip_possessive, Entity, EntityRecogniser};
use crate::extract::numbers::is_number_word;
use crate::extract::quantity::{aged_before, AGE};
use crate::extract::time::{is_dateline, is_weekday_name, opens_with_place_in_capitals, DateOrder, PAST_VERBS};
use crate::extract::{Mention, Recognisers};
use crate::pattern::{static_regex, words_pattern, LazyRegex, WordList};
use crate::rules::{Kind, RuleSet};
use crate::source::Document;
use crate::value::{Grain, Interval, Relation, Span, Unit, Value};
use crate::{Error, Reference};

use clause::Clauses;
use frame::{compile_any_words, MeasureWord};
pub use frame::{slug, Frame, FrameLexicon, OptionNamed};
pub use story::{mark_traded, read_option_rows, unify_names};

/// When a figure holds.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct AsOf {
    pub span: Span,
    /// Written in the claim's clause, rather than taken from the source's date.
    pub stated: bool,
    /// For a figure that moves, the time of day its clause (or the sentence's opening clause,
    /// or its live blog entry) tells it for, in minutes after midnight as written ("By 11am on
    /// Tuesday, 97 had been injured": 660); a part of the day is keyed past the day's minutes
    /// (`PART_OF_DAY_KEYS`): a moment, compared only with figures of that part.
    pub clock: Option<u16>,
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
    /// Shared by the claims of one sentence.
    pub sentence: Arc<str>,
    /// Where the claim starts in `sentence`: a byte offset of the text as read (an HTML
    /// source's decoded text), not of the file.
    pub at: usize,
    pub frame: Frame,
    pub value: Value,
    pub weekday: Option<Weekday>,
    /// A date written with a day its month does not have (`Mention::no_such_day`).
    pub no_such_day: bool,
    /// A date written without its year in a source without a date of its own: its year is
    /// borrowed (the latest date the text or the story states), so its weekday checks nothing
    /// ("Tuesday, May 24" in an undated piece whose latest full date is a 2012 anniversary).
    pub year_borrowed: bool,
    /// The day its source tells it on (the source's own date, or a live blog entry's), if the
    /// source gives one: an event dated after it is one the source could not tell of.
    pub told_on: Option<Date>,
    /// The time a figure is stated for: the date in its clause ("valued at $6 billion in
    /// 2023"), else its source's reference date. `None` for dates and when nothing dates it.
    pub as_of: Option<AsOf>,
    /// The extraction rule that found it.
    pub rule: String,
    /// The sentence's content words (lower case, singular, sorted, no function, event or calendar
    /// words): what the claim is about when no name says it. Shared by the claims of one
    /// sentence.
    pub topic: Arc<[String]>,
    /// The row label and column name of the table cell the figure is, if it is one (see
    /// `source::TableCell`).
    pub cell: Option<(String, String)>,
}

impl Claim {
    pub fn hedge(&self) -> Option<&str> {
        self.value.hedge()
    }
}

/// An event class's compiled words (see `EventClass`).
struct EventWords {
    class: String,
    words: WordList,
    /// Whether the name after the event word is its object.
    takes_object: bool,
    /// Whether a subject does it again and again (`repeats`).
    repeats: bool,
    /// Words one of which must stand right before a date the event dates, in lower case;
    /// empty when any date will do.
    dates_after: Vec<String>,
    /// Whether the object is named after "in" (`object_in`).
    object_in: bool,
    /// Phrases after the event word that give it another sense (`other_sense`), lower case.
    other_sense: Vec<String>,
    /// Nouns right after the event word that it modifies (`modifies`), lower case.
    modifies: Vec<String>,
    /// Words that date the event only with a named subject and object (`named_only`), lower
    /// case.
    named_only: Vec<String>,
}

impl EventWords {
    /// Whether `word` is one of the class's words that need a named doer and object.
    fn named_only(&self, word: &str) -> bool {
        self.named_only.contains(&word.to_lowercase())
    }

    /// Whether a phrase of `other_sense` stands among the eight words after the event word
    /// that ends at byte `end` ("left large parts of the valley without power"), or a noun it
    /// `modifies` right after it ("hiring freeze").
    fn in_other_sense(&self, sentence: &str, end: usize) -> bool {
        let words: Vec<String> = crate::rules::words_after(sentence, end).take(8).collect();
        let after = format!(" {} ", words.join(" "));
        self.other_sense.iter().any(|p| after.contains(&format!(" {p} ")))
            || words.first().is_some_and(|next| self.modifies.contains(next))
    }
}

/// Compiled measure, qualifier and event words; built once per rule set.
pub struct Resolver {
    frames: FrameLexicon,
    speakers: quote::Speakers,
    roles: role::Roles,
    /// Event classes in precedence order.
    events: Vec<EventWords>,
    repeated: Option<WordList>,
    unrealised: Option<WordList>,
    planned: Option<WordList>,
    /// Event words whose object is whom the event befalls (any class), in lower case.
    befalls_object: HashSet<String>,
    /// Openings of a line linking another article (lexicon `linked_headlines`), lower case.
    linked_headlines: Vec<String>,
    /// Verbs whose subject caused a change (lexicon `cause_verbs`), lower case.
    cause_verbs: HashSet<String>,
    /// Nouns that name again the organisation the sentence before was about (lexicon
    /// `anaphor_nouns`), lower case.
    anaphor_nouns: HashSet<String>,
    /// Phrases that open a sentence told on the day of the sentence before (lexicon
    /// `same_day_openers`), lower case.
    same_day_openers: Vec<String>,
    pronoun: LazyRegex,
    clause_break: LazyRegex,
    /// A live blog's entry time opening a paragraph ("**10:15** — ", "2.40pm: ").
    entry_time: LazyRegex,
    /// A count joined to a noun of people before any noun ("a four-person board", "the
    /// 15-member council"), or to any noun before a group noun (lexicon `group_nouns`: "a
    /// 62-aircraft fleet"): the size of the group.
    group_size: LazyRegex,
    /// A group noun and "of" right before a count ("a fleet of 62 aircraft", "a panel of
    /// three judges"): the count is the group's size.
    group_of: LazyRegex,
    rule_codes: Vec<(Kind, String)>,
    infinitive: LazyRegex,
    /// A date written with a month or a number ("November 17th", "2023"), not only relative
    /// to the day it was written ("Friday", "yesterday").
    absolute_date: LazyRegex,
    /// A date that is the year to date (`time::YEAR_TO_DATE`).
    year_to_date: LazyRegex,
    /// Words right before a date that make it where a comparison or a running total starts,
    /// not when the figure holds ("the highest since 1992", "down 13% from a year ago", "over
    /// the same period last year", "has raised $75 million since its founding in 2020", "the
    /// highest reading since records began there in 1946").
    comparison_start: LazyRegex,
    /// The same for a change, a few words after its "from": "down 9.1 percent from its
    /// $155.29 close on Nov. 18" changed from that day, to the clause's own ("closed on
    /// Tuesday"). (Only a change, and a "from" after it: "revenue from its cloud unit in
    /// 2025 rose 12%" is of 2025.)
    change_from: LazyRegex,
    /// What stands between a change (or the level it reached) and the figure it is measured
    /// from ("down 13% compared with $8.29 billion", "to $2.04 billion from $1.62 billion",
    /// past the level's own time: "fell to 13.3% in May from 14.7%", "to 11.1% last month
    /// from 10.1%").
    compared_with: LazyRegex,
    /// What stands between the figure a change starts from and the level it reached ("from
    /// $29 billion to somewhere between $80 billion and $90 billion").
    reached_level: LazyRegex,
    /// What stands between two figures when the second is another thing's, told in an
    /// infinitive after "and" that goes on with the verb before ("payrolls to rise by 150,000
    /// and the jobless rate to edge down to 4.4%").
    infinitive_after_and: LazyRegex,
    /// What stands between a person's name and their age after it ("Saman Kunan, 38", "Altman
    /// (38", "Robert Card, aged 40"), and between an age and the name after it ("40-year-old
    /// Robert Card", "the 40-year-old co-founder Emmett Shear": one word at most, so not "a
    /// 200-year-old church in Lahaina Town").
    name_before_age: LazyRegex,
    name_after_age: LazyRegex,
    /// What stands between an announcement and the event noun it announces ("announced his
    /// sudden resignation").
    nominal_object: LazyRegex,
    /// Words that say nothing of a topic: stopwords, event words, calendar names, attribution
    /// words and generic nouns.
    function_words: std::collections::HashSet<String>,
    /// Nouns a span of time before them names (lexicon `term_names`), lower case.
    term_names: std::collections::HashSet<String>,
    /// What stands between a name and another name of the same thing, in apposition
    /// ("Typhoon Haiyan, known locally as Yolanda", "Yolanda (also called Haiyan)"); not
    /// "Helio named Lumora its bidder", nor "named in honour of".
    alias_between: LazyRegex,
    /// What stands between a name and its ticker or acronym in brackets ("Orvane (NASDAQ:
    /// ORVN)", "the Management Council (NDRRMC)").
    ticker_between: LazyRegex,
}

/// Whether name `e` is what count `m` counts: it ends in the count's noun, and at most two
/// words in lower case stand between them ("1.6 million battery EVs", "84 Tory MPs"; not
/// "30,000 PwC professionals", whose noun the name only qualifies).
fn counts_name(sentence: &str, m: &Mention, e: &Entity) -> bool {
    let Value::Amount {
        unit: Unit::Count(noun),
        ..
    } = &m.value
    else {
        return false;
    };
    let between = sentence.get(m.end..e.start).unwrap_or_default();
    let last = e.surface.rsplit(' ').next().unwrap_or(&e.surface).to_lowercase();
    e.start >= m.end
        && between.split_whitespace().count() <= 2
        && between.chars().all(|c| c.is_lowercase() || c == ' ' || c == '-')
        && pluralizer::pluralize(&last, 1, false) == *noun
}

/// Whether `b` is `a`'s ticker or acronym, in brackets right after it: two to six capitals
/// (a dot and an exchange's letter may follow: "NVDA.O"), the first of them `a`'s first
/// letter, closing the bracket, and no wire's dash after it ("TACLOBAN (AP) –" names the
/// wire).
fn ticker_of(a: &Entity, b: &Entity, text: &str) -> bool {
    let letters: String = b.surface.chars().take_while(|c| *c != '.').collect();
    let capitals = (2..=6).contains(&letters.len()) && letters.chars().all(|c| c.is_ascii_uppercase());
    let after = text.get(b.end..).unwrap_or("");
    let closed = after.starts_with(')') && !after[1..].trim_start().starts_with(['-', '–', '—']);
    let initial = a.surface.chars().next().map(|c| c.to_ascii_uppercase()) == letters.chars().next();
    capitals && closed && initial
}

/// Where a sentence's wire dateline ends (past its dash), 0 without one.
fn dateline_end(sentence: &str) -> usize {
    ["–", "—", "--", " -"]
        .iter()
        .filter_map(|d| sentence.find(d).map(|at| at + d.len()))
        .filter(|&end| after_dateline(&sentence[..end]))
        .min()
        .unwrap_or(0)
}

/// Where the keys of parts of the day start in `AsOf::clock`: past every minute of a day, so a
/// part of the day ("evening", from 16:00) is never one of the exact times.
pub(crate) const PART_OF_DAY_KEYS: u16 = 24 * 60;

/// A part's frame measured as its group's: the group's measure and how it moves.
fn measure_as(part: &mut Frame, group: Frame) {
    part.measure = group.measure;
    part.evolving = group.evolving;
    part.per_source = group.per_source;
    part.volatile = group.volatile;
    part.progress = group.progress;
}

/// A time of day's minutes after midnight, as written (not a part of the day).
fn minutes(t: &Mention) -> Option<u16> {
    match &t.value {
        Value::Clock { clock } if !clock.is_part_of_day() => Some(clock_minutes(clock)),
        _ => None,
    }
}

/// The time of day a figure is told as of: "by" or "as of" right before a time of day that
/// stands before the figure in its sentence ("By 6 p.m. on Sunday turnout had reached 58.6
/// per cent", "As of 3pm, 41% had voted"), in minutes after midnight.
fn by_clock(sentence: &str, figure: &Mention, mentions: &[Mention]) -> Option<u16> {
    mentions
        .iter()
        .filter(|t| t.kind == Kind::Time && t.end <= figure.start)
        .find(|t| {
            // (The time's own span may open with the word: "By 6 p.m." is read as a bound.)
            let before = sentence[..t.start].trim_end().to_lowercase();
            let own = sentence[t.start..t.end].to_lowercase();
            ["by", "as of", "as at"]
                .iter()
                .any(|w| before == *w || before.ends_with(&format!(" {w}")) || own.starts_with(&format!("{w} ")))
        })
        .and_then(minutes)
}

fn clock_minutes(clock: &crate::value::Clock) -> u16 {
    u16::from(clock.at.hour().unsigned_abs()) * 60 + u16::from(clock.at.minute().unsigned_abs())
}

/// Where a claim is told: its document and source, its byte range in the document's text,
/// its sentence and where in the sentence it starts.
struct Told<'a> {
    doc: &'a Document,
    source: usize,
    span: (usize, usize),
    sentence: Arc<str>,
    at: usize,
}

/// The longest line read as an entry stamp (in bytes): a day, a time, a zone and some markup.
const ENTRY_STAMP_MAX: usize = 80;

/// The day a line stamps when it holds one day and nothing but times and stamp words
/// ("Wednesday, Aug. 16 — 3:30 p.m.", "Updated 14 August 2028, 09:10 BST"). A weekday alone
/// ("Monday 08:40") is the one nearest the `reference`: a live blog dated the day it opened
/// runs on into the days after.
fn entry_stamp(line: &str, mentions: &[Mention], reference: Option<Date>) -> Option<Date> {
    let mut days = mentions.iter().filter_map(|m| match &m.value {
        Value::Time { span } if m.kind == Kind::Date && span.first == span.last => Some((m, span.first)),
        _ => None,
    });
    let (mention, day) = days.next().filter(|_| days.next().is_none())?;
    let weekday_alone = !line[mention.start..mention.end].contains(|c: char| c.is_ascii_digit());
    let day = match (reference, day.checked_add(jiff::Span::new().days(7))) {
        (Some(r), Ok(next)) if weekday_alone && r.until(next).ok()?.get_days() < day.until(r).ok()?.get_days() => next,
        _ => day,
    };
    stamp_words_only(line, mentions).then_some(day)
}

/// The one day a sentence's dates name, if they name one and no other.
fn one_day(mentions: &[Mention]) -> Option<Date> {
    let mut days = mentions.iter().filter(|m| m.kind == Kind::Date).map(day_of);
    days.next().flatten().filter(|_| days.next().is_none())
}

/// The day a date mention names, if it names one day (not a year, a month, a range).
fn day_of(m: &Mention) -> Option<Date> {
    match &m.value {
        Value::Time { span } if m.kind == Kind::Date && span.first == span.last => Some(span.first),
        _ => None,
    }
}

/// A page's own stamp line, with one day or more ("Published Nov. 17, 2026, 8:52 p.m. |
/// Updated Nov. 17, 2026, 10:05 p.m."): when the page was put out, no claim of its story.
fn page_stamp(line: &str, mentions: &[Mention]) -> bool {
    let first = line
        .split_whitespace()
        .next()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase());
    matches!(first.as_deref(), Some("published" | "updated" | "posted"))
        && mentions.iter().any(|m| m.kind.is_time())
        && stamp_words_only(line, mentions)
}

/// Whether `line` holds nothing but its `mentions` (dates and times), stamp words, time zones
/// and separators ("|", "—").
fn stamp_words_only(line: &str, mentions: &[Mention]) -> bool {
    let rest: String = line
        .char_indices()
        .map(|(at, c)| {
            if mentions.iter().any(|m| (m.start..m.end).contains(&at)) {
                ' '
            } else {
                c
            }
        })
        .collect();
    const STAMP_WORDS: &[&str] = &[
        "updated",
        "update",
        "posted",
        "published",
        "at",
        "a.m.",
        "p.m.",
        "am",
        "pm",
        "local",
        "time",
        // "Key points (as of Monday 08:40)", "Latest, as of ...": a live blog's summary.
        "as",
        "of",
        "key",
        "points",
        "latest",
        "summary",
    ];
    let stamp_word = |w: &str| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '.');
        w.is_empty()
            || STAMP_WORDS.contains(&w.to_lowercase().as_str())
            || w.chars().all(|c| c.is_ascii_digit() || c == ':' || c == '.')
            // A time zone: "PDT", "GMT", "BST".
            || (2..=4).contains(&w.len()) && w.chars().all(|c| c.is_ascii_uppercase())
    };
    rest.split_whitespace().all(stamp_word)
}

/// The day a live blog entry's opening gives after its time, up to a dash or a colon ("July
/// 19 – " in "2:10 pm: July 19 – The UK has hit ..."), as a stamp line gives it, and the
/// length of that opening.
fn entry_day(
    after_time: &str,
    recognisers: &Recognisers,
    reference: Option<Date>,
    order: DateOrder,
) -> Option<(Date, usize)> {
    let head = [" – ", " — ", " - ", ": "]
        .iter()
        .filter_map(|separator| after_time.find(separator))
        .min()
        .map(|end| &after_time[..end])
        .filter(|head| head.len() <= ENTRY_STAMP_MAX)?;
    let day = entry_stamp(head, &recognisers.mentions(head, reference, order), reference)?;
    Some((day, head.len()))
}

/// Whether `before` is a wire dateline and nothing else: a place in capitals, perhaps a
/// region, a date and the agency, then a dash ("TACLOBAN, Philippines, (Reuters) –",
/// "MANILA, Nov. 11 (UPI) --").
fn after_dateline(before: &str) -> bool {
    let before = before.trim_end();
    before.len() <= 80
        && opens_with_place_in_capitals(before)
        && ["–", "—", "--", " -"].iter().any(|d| before.ends_with(d))
}

/// The names one document uses, the pairs it gives as two names of one thing, those it
/// writes as places ("in Vietnam", "near Tacloban") and those it calls rivals ("rival
/// Brennard Micro").
pub struct DocumentNames {
    pub names: Vec<String>,
    pub aliases: Vec<(String, String)>,
    pub places: Vec<String>,
    pub rivals: Vec<String>,
}

/// The names of one document (`Resolver::names`).
pub struct Names {
    /// Each sentence's names, in text order.
    pub sentences: Vec<Vec<Entity>>,
    /// Full names by surname ("Aalders" is "Maria Aalders").
    pub people: HashMap<String, String>,
    /// Every name, canonical, each once, sorted.
    pub names: Vec<String>,
}

/// A name as the report writes it: an alias's or a surname's full name; compatibility forms
/// are one name ("ＯｐｅｎＡＩ", full width, is "OpenAI").
fn canonical(recognisers: &Recognisers, people: &HashMap<String, String>, e: &Entity) -> String {
    recognisers.entities.canonical(&e.surface, people).nfkc().collect()
}

impl Resolver {
    pub fn new(rules: &RuleSet) -> Result<Resolver, Error> {
        let rule_codes = rules
            .rules
            .iter()
            .filter_map(|r| r.extract.as_ref().map(|e| (e.kind, r.code.clone())))
            .collect();
        let lexicon = &rules.lexicon;
        Ok(Resolver {
            frames: FrameLexicon::new(lexicon)?,
            speakers: quote::Speakers::new(lexicon)?,
            roles: role::Roles::new(lexicon)?,
            events: lexicon
                .events
                .iter()
                .map(|e| {
                    Ok(EventWords {
                        class: e.class.clone(),
                        words: lexicon.word_list(&format!("{} event", e.class), &e.words)?,
                        takes_object: e.object,
                        repeats: e.repeats,
                        dates_after: e.dates_after.iter().map(|w| w.to_lowercase()).collect(),
                        object_in: e.object_in,
                        other_sense: e.other_sense.iter().map(|p| p.to_lowercase()).collect(),
                        modifies: e.modifies.iter().map(|p| p.to_lowercase()).collect(),
                        named_only: e.named_only.iter().map(|p| p.to_lowercase()).collect(),
                    })
                })
                .collect::<Result<_, Error>>()?,
            repeated: compile_any_words(lexicon, "repeated", &lexicon.repeated)?,
            unrealised: compile_any_words(lexicon, "unrealised", &lexicon.unrealised)?,
            planned: compile_any_words(lexicon, "planned", &lexicon.planned)?,
            befalls_object: lexicon
                .events
                .iter()
                .flat_map(|e| &e.befalls_object)
                .map(|w| w.to_lowercase())
                .collect(),
            linked_headlines: lexicon.linked_headlines.iter().map(|w| w.to_lowercase()).collect(),
            cause_verbs: lexicon.cause_verbs.iter().map(|w| w.to_lowercase()).collect(),
            anaphor_nouns: lexicon.anaphor_nouns.iter().map(|w| w.to_lowercase()).collect(),
            same_day_openers: lexicon.same_day_openers.iter().map(|w| w.to_lowercase()).collect(),
            pronoun: static_regex(r"\b(?:he|she|He|She)\b"),
            nominal_object: static_regex(r"^\s+(?:the|a|an|his|her|its|their)\s+"),
            clause_break: static_regex(
                // (A hyphen with a space each side is a dash: "reduced to 121 seats - down from
                // 365 five years ago".)
                r"[,;:()—–|]|\s-\s|\s(?:and then|but|before|after|following|while|whereas|and later|because)\s|\ssince\s+(?:the|a|an|it|he|she|they|we|its|his|her|their)\s",
            ),
            entry_time: static_regex(
                // ("10.15" only with "am" or "pm": alone, it is a figure.)
                r"^[\s*_#>]*\d{1,2}(?::\d{2}(?:\s*[ap]\.?\s?m\.?)?|\.\d{2}\s*[ap]\.?\s?m\.?)(?:\s+[A-Z]{2,4})?[\s*_]*(?:—|–|-|\||:)\s",
            ),
            group_size: LazyRegex::known(format!(
                // (Case-blind only in the words: a letter class under `(?i)` costs its case
                // folding at every compile.)
                r"^-(?:(?i:person|member|man|woman|strong|seat)\s+(\p{{L}}[\p{{L}}-]*)|\p{{L}}+\s+({}))",
                words_pattern(&lexicon.group_nouns)
            )),
            group_of: LazyRegex::known(format!(r"({})\s+of\s+$", words_pattern(&lexicon.group_nouns))),
            rule_codes,
            infinitive: static_regex(r"\bto\s+\p{Ll}+\s"),
            absolute_date: static_regex(r"(?i)\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"),
            year_to_date: static_regex(&format!(r"^(?:{})$", crate::extract::time::YEAR_TO_DATE)),
            comparison_start: static_regex(
                r"(?i)\b(?:since(?:(?:\s+[\w'’-]+){1,4}?\s+(?:in|on))?|from|than|compared\s+(?:to|with)|versus|vs\.?|against|same\s+(?:period|quarter|month|week|time))(?:\s+(?:the|a|an))?$",
            ),
            change_from: static_regex(r"(?i)\bfrom(?:\s+[\w'’$.-]+){1,4}?\s+(?:in|on)$"),
            compared_with: static_regex(
                r"(?i)^(?:\s+(?:a|an|per|each)\s+\w+)?(?:(?:\s+of\s+(?:[\w-]+\s+){0,2}[\w-]+)?(?:\s+(?:in|by|during|for)\s+(?:(?:the\s+)?[\w-]+\s+)?(?:\d{4}|(?-i:\p{Lu})\w*\.?(?:\s+\d{4})?)|\s+(?:this|next|last)\s+(?:year|month|quarter|week))?\s*,?\s*(?P<from>(?:up|down)\s+from|from)|\s*,?\s*(?P<versus>compared\s+(?:to|with)|versus|vs\.?|against))\s+(?:(?:the|a|an)\s+)?(?:(?:[\w-]+\s+){0,2}(?:quarter|year|half|month|week|period|season)['’]s\s+)?$",
            ),
            reached_level: static_regex(r"^\s+to\s+(?:\p{Ll}+\s+){0,3}"),
            infinitive_after_and: static_regex(r"^and (?:[a-z-]+ ){1,4}to (?:[a-z-]+ ){1,3}(?:to|by|at)$"),
            name_before_age: static_regex(r"^(?:,\s+|\s+\(|,\s+aged?\s+)$"),
            name_after_age: static_regex(r"^[\s-]*years?[\s-]*old\s+(?:\p{Ll}[\p{Ll}-]*\s+)?$"),
            // (And who said it, "officials said": no topic either.)
            function_words: lexicon
                .stopwords
                .iter()
                .chain(lexicon.events.iter().flat_map(|e| &e.words))
                .chain(&lexicon.not_names)
                .chain(&lexicon.attribution)
                .chain(&lexicon.generic_nouns)
                .map(|w| w.to_lowercase())
                .collect(),
            term_names: lexicon.term_names.iter().map(|w| w.to_lowercase()).collect(),
            ticker_between: static_regex(r"^\s*\(\s*(?:(?:NASDAQ|NYSE|Nasdaq|LSE|TSX|ASX|HKEX|Euronext)\s*:\s*)?$"),
            alias_between: static_regex(
                r"(?i)^\s*[,(]\s*(?:(?:also|locally|popularly|widely|commonly|officially)\s+)?(?:known|called|named|dubbed|referred\s+to)(?:\s+(?:locally|in\s+(?:the\s+)?(?-i:\p{Lu})\S*(?:\s+(?-i:\p{Lu})\S*)?))?(?:\s+as)?\s+$",
            ),
        })
    }

    /// The document's quotations as claims: what is compared is their words; their subject is
    /// who said them, when the text says.
    fn quotes(&self, doc: &Document, source: usize, named: &[quote::Named]) -> Vec<Claim> {
        // Each paragraph's text, from its first sentence to its last.
        let mut paragraphs: Vec<(usize, usize, usize)> = Vec::new();
        for s in &doc.sentences {
            match paragraphs.last_mut() {
                Some(p) if p.0 == s.paragraph => p.2 = s.end,
                _ => paragraphs.push((s.paragraph, s.start, s.end)),
            }
        }
        let mut columns = doc.columns();
        let mut claims = Vec::new();
        let mut last_speaker: Option<String> = None;
        let markdown =
            crate::source::Format::of(std::path::Path::new(&doc.path)) == Some(crate::source::Format::Markdown);
        let mut previous = 0;
        // Quotes that run over the lines of a paragraph wrapped by hand (lines with no blank
        // line between them), by the line they open on.
        let mut wrapped: std::collections::HashMap<usize, Vec<(crate::extract::quote::Quotation, usize)>> =
            std::collections::HashMap::new();
        let mut run = 0;
        for (n, &(_, from, to)) in paragraphs.iter().enumerate() {
            let next = paragraphs.get(n + 1);
            let joined = next.is_some_and(|&(_, start, _)| {
                doc.text
                    .get(to..start)
                    .is_some_and(|gap| gap.matches('\n').count() == 1 && gap.trim().is_empty())
            });
            if !joined {
                let (first, last) = (paragraphs.get(run).map_or(from, |p| p.1), to);
                if n > run {
                    let text = doc.text.get(first..last).unwrap_or_default();
                    for q in crate::extract::quote::wrapped(text, first, self.speakers.min_words) {
                        let line = paragraphs.iter().rev().find(|p| p.1 <= q.start).map_or(first, |p| p.1);
                        wrapped.entry(line).or_default().push((q, last));
                    }
                }
                run = n + 1;
            }
        }
        for &(_, from, to) in &paragraphs {
            let text = doc.text.get(from..to).unwrap_or_default();
            let line_start = doc.text.get(..from).and_then(|t| t.rfind('\n')).map_or(0, |i| i + 1);
            let head = doc.text.get(line_start..from).unwrap_or_default();
            let min = self.speakers.min_words;
            // A block quote's speaker is named in the paragraph before it ("Aalders said:").
            let (found, bounds) = match markdown
                .then(|| crate::extract::quote::block_quote(text, head, from, min))
                .flatten()
            {
                Some(q) => (vec![q], (previous, to)),
                None => (crate::extract::quote::quotations(text, from, min), (from, to)),
            };
            let paragraph_before = previous;
            previous = from;
            // A wrapped quote's attribution may stand on any line of its paragraph.
            let found = found.into_iter().map(|q| (q, bounds)).chain(
                wrapped
                    .remove(&from)
                    .unwrap_or_default()
                    .into_iter()
                    .map(|(q, end)| (q, (from, end))),
            );
            for (q, bounds) in found {
                let (speaker, inferred) = match self.speakers.speaker(&doc.text, bounds, &q, named) {
                    quote::Speaker::Named(name) => {
                        last_speaker = Some(name.clone());
                        (Some(name), false)
                    }
                    quote::Speaker::Pronoun => {
                        // (Or the paragraph before, when this one opens with the quote.)
                        let person = paragraph_person(doc, named, bounds.0, q.start)
                            .or_else(|| paragraph_person(doc, named, paragraph_before.min(bounds.0), bounds.0));
                        if let Some(person) = person {
                            last_speaker = Some(person);
                        }
                        (last_speaker.clone(), true)
                    }
                    quote::Speaker::Unknown => (None, false),
                };
                let frame = Frame {
                    subject: speaker,
                    measure: Some("quote".into()),
                    inferred,
                    ..Frame::default()
                };
                let value = Value::Quote {
                    words: q.words.join(" "),
                };
                let told = Told {
                    doc,
                    source,
                    span: (q.start, q.end),
                    sentence: Arc::from(text),
                    at: q.start - from,
                };
                claims.push(self.untimed_claim(told, &mut columns, Kind::Quote, frame, value));
            }
        }
        claims
    }

    /// A claim that no time is stated for (a quote, a role): its file span and line, from
    /// where it is in the document's text.
    fn untimed_claim(
        &self,
        told: Told,
        columns: &mut crate::source::Columns,
        kind: Kind,
        frame: Frame,
        value: Value,
    ) -> Claim {
        let (start, end) = told.doc.file_span(told.span.0, told.span.1);
        let (line, column) = columns.at(start);
        Claim {
            source: told.source,
            kind,
            span: (start, end),
            line,
            column,
            text: told.doc.raw.get(start..end).unwrap_or_default().to_string(),
            sentence: told.sentence,
            at: told.at,
            frame,
            value,
            weekday: None,
            no_such_day: false,
            year_borrowed: false,
            told_on: None,
            as_of: None,
            rule: self.rule_code(kind),
            topic: Arc::from(Vec::new()),
            cell: None,
        }
    }

    fn rule_code(&self, kind: Kind) -> String {
        self.rule_codes
            .iter()
            .find(|(k, _)| *k == kind)
            .map_or_else(String::new, |(_, c)| c.clone())
    }

    /// The names a document writes, sentence by sentence: the entities found, less the words
    /// a title-case headline capitalises and the capitalised common words that open a
    /// sentence. `words` are the corpus's, or (before the whole corpus is surveyed) the
    /// document's own.
    pub fn names(&self, doc: &Document, recognisers: &Recognisers, words: &CorpusWords) -> Names {
        let found: Vec<Vec<Entity>> = doc
            .sentences
            .iter()
            .map(|s| {
                let text = doc.sentence_text(s);
                untitled(text, recognisers.entities.find(text), words)
            })
            .collect();
        // A capitalised word opening a sentence may be a common word ("Analysts said",
        // "Inference became faster"). It stays a name when it has several words, is written
        // as a possessive, or is capitalised elsewhere in the document; it is dropped when the
        // document also writes it in lower case or it looks inflected (-s, -ing, -ed, -ly).
        // An opener may follow a bullet or a quotation mark ("• Revenue of $7.19 billion").
        // So may one after a dateline ("TACLOBAN, Philippines (Reuters) – Heavy rain").
        // So may one after a label ("Record breaker: Shares in ...", "What happened: Driven by")
        // or opening a table cell ("| Revenue | $7.19 billion |"), or after a page's stamp
        // written as an ISO day ("date 2023-05-25 Prior to the move"), which prose never is.
        let opens = |text: &str, e: &Entity| {
            let before = &text[..e.start];
            let stamped = before
                .split_whitespace()
                .last()
                .is_some_and(|w| w.len() == 10 && crate::source::parse_iso_day(w).is_some());
            !before.chars().any(char::is_alphanumeric)
                || after_dateline(before)
                || before.trim_end().ends_with([':', '|'])
                || stamped
        };
        let mid_sentence: std::collections::HashSet<&str> = found
            .iter()
            .zip(&doc.sentences)
            .flat_map(|(entities, s)| {
                let text = doc.sentence_text(s);
                entities.iter().filter(move |e| !opens(text, e))
            })
            .map(|e| e.surface.as_str())
            .collect();
        // The last words of full names ("Aalders" of "Maria Aalders").
        let surnames: std::collections::HashSet<&str> = found
            .iter()
            .flatten()
            .filter_map(|e| e.surface.rsplit_once(' ').map(|(_, last)| last))
            .collect();
        let sentence_entities: Vec<Vec<Entity>> = found
            .iter()
            .zip(&doc.sentences)
            .map(|(entities, s)| {
                let text = doc.sentence_text(s);
                let opener_is_name = |e: &Entity| {
                    let lower = e.surface.to_lowercase();
                    let inflected = ["s", "ing", "ed", "ly"].iter().any(|x| lower.ends_with(x));
                    // A word before a colon or a table's bar labels what follows ("Read:
                    // Typhoon ...", "Details: ...", "Turnout | 72.2%"), and measure words say
                    // what is measured ("Turnout was 71.8%", "Net income rose", "Adjusted EPS
                    // was $1.12"): a name only where prose uses it as one.
                    let label = !e.surface.contains(' ') && text[e.end..].trim_start().starts_with([':', '|'])
                        || self.frames.says_a_measure(&e.surface);
                    if label {
                        return mid_sentence.contains(e.surface.as_str());
                    }
                    e.surface.contains(' ')
                        || mid_sentence.contains(e.surface.as_str())
                        || surnames.contains(e.surface.as_str())
                        || text[e.end..].starts_with(['\'', '’'])
                        || !(inflected || words.lower.contains(&lower))
                };
                // "Delighted Leave supporters", "Stunned Orvane staff": a participle or adverb
                // opening a sentence describes the name after it, unless the document
                // capitalises it mid-sentence too, or it opens names ("United Airlines").
                let without_opener = |e: &Entity| {
                    let (first, _) = e.surface.split_once(' ')?;
                    let lower = first.to_lowercase();
                    // Not "-ing": "Counting Officers" is a title.
                    let inflected = ["ed", "ly"].iter().any(|x| lower.ends_with(x));
                    let capitalised_inside = mid_sentence.iter().any(|n| n.split(' ').any(|w| w == first));
                    let opens_names = recognisers.entities.opens_names(first);
                    (opens(text, e) && inflected && !capitalised_inside && !opens_names).then(|| Entity {
                        start: e.start + first.len() + 1,
                        end: e.end,
                        surface: e.surface[first.len() + 1..].to_string(),
                    })
                };
                entities
                    .iter()
                    .filter(|e| !opens(text, e) || opener_is_name(e))
                    .map(|e| without_opener(e).unwrap_or_else(|| e.clone()))
                    .collect()
            })
            .collect();
        let people = recognisers
            .entities
            .people_by_surname(sentence_entities.iter().flatten().map(|e| e.surface.as_str()));
        let mut names: Vec<String> = sentence_entities
            .iter()
            .flatten()
            .map(|e| canonical(recognisers, &people, e))
            .collect();
        names.sort();
        names.dedup();
        Names {
            sentences: sentence_entities,
            people,
            names,
        }
    }

    /// The claims of one document, in text order, and every name the document uses.
    /// `corpus` holds the words any source of the run writes in lower case (a capitalised
    /// one opening a sentence is a common word, not a name) and the parts of companies any
    /// source names.
    pub fn document(
        &self,
        doc: &Document,
        source: usize,
        recognisers: &Recognisers,
        reference: &Reference,
        corpus: &CorpusWords,
    ) -> (Vec<Claim>, DocumentNames) {
        // Yearless dates are read against any reference; figures are timed by an own one.
        let (stamp, order, document_reference) = (reference.stamp, reference.order, reference.date);
        let (mut timing, mut reference_own, mut earliest, mut reference) = (
            reference.date.filter(|_| reference.own),
            reference.own,
            reference.earliest,
            reference.date,
        );
        let Names {
            sentences: sentence_entities,
            people,
            names,
        } = self.names(doc, recognisers, corpus);
        // Compatibility forms are one name: "ＯｐｅｎＡＩ" (full width) is "OpenAI".
        let canonical = |e: &Entity| canonical(recognisers, &people, e);
        let aliases = self.aliases(doc, &sentence_entities, &canonical);
        // The names of the document that `keep` picks out in their sentences, canonical.
        let names_where = |keep: &dyn Fn(&str, &Entity) -> bool| {
            let mut found: Vec<String> = doc
                .sentences
                .iter()
                .zip(&sentence_entities)
                .flat_map(|(s, entities)| {
                    let text = doc.sentence_text(s);
                    entities.iter().filter(move |e| keep(text, e))
                })
                .map(canonical)
                .collect();
            found.sort();
            found.dedup();
            found
        };
        let places = names_where(&|text, e| self.frames.is_place(text, e));
        // Names written once or more without "and" and another name after them: "Alaska" in
        // "Alaska's schedule", not "Securities" of "Securities and Exchange Commission".
        let standalone = names_where(&|text, e| {
            !text[e.end..]
                .strip_prefix(" and ")
                .is_some_and(|rest| rest.starts_with(char::is_uppercase))
        });
        let rivals = names_where(&|text, e| self.frames.is_rival(&text[..e.start]));
        // A live blog's entry stamps ("**Monday, Aug. 14 — 7:15 a.m.**" on lines of their
        // own, two or more with entries between: one alone, or a run of them such as a
        // page's "Published ..." and "Updated ..." lines, is the page's stamp, which its
        // reference already tells): each is the day the entries under it, up to the next
        // stamp, tell of, and dates and times them as a dateline would. Read against the
        // source's own reference; no claims.
        let mut entry_stamps: Vec<(usize, Date)> = doc
            .sentences
            .iter()
            .enumerate()
            .filter(|&(i, s)| {
                s.end - s.start <= ENTRY_STAMP_MAX && doc.opens_paragraph(i) && doc.opens_paragraph(i + 1)
            })
            .filter_map(|(i, s)| {
                let line = doc.sentence_text(s);
                let day = entry_stamp(
                    line,
                    &recognisers.mentions(line, document_reference, order),
                    document_reference,
                )?;
                Some((i, day))
            })
            .collect();
        let entries = entry_stamps.chunk_by(|(a, _), (b, _)| a + 1 == *b).count();
        if entries < 2 {
            entry_stamps.clear();
        }
        // Its entries' times of day, opening their paragraphs ("**10:15** — The coast guard
        // says 31 bodies were recovered"): two or more make a live blog, and each is the time
        // the figures of its entry, up to the next entry or stamp, are told at.
        let entry_times = (0..doc.sentences.len())
            .filter(|&i| doc.opens_paragraph(i))
            .filter_map(|i| doc.sentences.get(i))
            .filter(|s| self.entry_time.is_match(doc.sentence_text(s)))
            .count()
            >= 2;
        let mut entry_clock: Option<u16> = None;
        let mut last_person: Option<String> = None;
        let mut last_subject: Option<String> = None;
        let mut claims: Vec<Claim> = Vec::new();
        // Who leads what: kept apart until the figures' claims are done (which look at the
        // claims of a sentence as its figures).
        let mut roles: Vec<Claim> = Vec::new();
        let mut columns = doc.columns();
        // Where the claims of the sentence before start.
        let mut previous_start = 0;
        // The stage of a count the sentence before told its options' figures at ("Erdogan had
        // 56.4% with 49.4% of ballot boxes counted. Kilicdaroglu had 43.6%."): the next
        // sentence of its paragraph that tells others and no stage of its own is at it too.
        let mut running_stage: Option<String> = None;
        // The one day the sentence before named, for a sentence that opens on that day ("By
        // the close, ...").
        let mut day_before: Option<Date> = None;
        for (i, (s, entities)) in doc.sentences.iter().zip(&sentence_entities).enumerate() {
            let first_in_paragraph = doc.opens_paragraph(i);
            // Where this sentence's claims start.
            let sentence_start = claims.len();
            // The claims an estimate may be of: this sentence's, and the sentence before's in
            // one paragraph.
            let recent = if first_in_paragraph {
                sentence_start
            } else {
                previous_start
            };
            previous_start = sentence_start;
            let sentence = doc.sentence_text(s);
            let stamp_here = entry_stamps.binary_search_by_key(&i, |&(at, _)| at).ok();
            if let Some(&(_, day)) = stamp_here.and_then(|at| entry_stamps.get(at)) {
                (timing, reference_own, earliest, reference) = (Some(day), true, None, Some(day));
                entry_clock = None;
                continue;
            }
            // A live blog entry that opens with its time and its day ("2:10 pm: July 19 – The
            // UK has hit a new record"): the day is the entry's and the entries after it, as a
            // stamp line's would be, so the entry's time times its moving figures.
            let entry_head = self
                .entry_time
                .find(sentence)
                .filter(|_| entry_times && first_in_paragraph)
                .and_then(|opening| {
                    let (day, head) = entry_day(&sentence[opening.end()..], recognisers, document_reference, order)?;
                    Some((day, opening.end()..opening.end() + head))
                });
            if let Some((day, _)) = entry_head {
                (timing, reference_own, earliest, reference) = (Some(day), true, None, Some(day));
            }
            let mut mentions = recognisers.mentions(sentence, reference, order);
            if page_stamp(sentence, &mentions) {
                continue;
            }
            // (The day is the entry's stamp, no claim.)
            if let Some((_, head)) = &entry_head {
                mentions.retain(|m| !(m.kind == Kind::Date && head.contains(&m.start)));
            }
            // "CEO since 2019" dates when the tenure began, "by 2030" when a target is due.
            for m in &mut mentions {
                if let Some(bound) = recognisers.bound(sentence, m, reference, order) {
                    m.value = bound.value;
                    m.weekday = bound.weekday;
                }
            }
            // "... on Tuesday. By the close, the shares had shed 14.1 per cent": the figures of
            // a sentence that opens on the day before's, and names none, are of that day.
            // (A year in an aside is no day of its own: "their worst session since 2022".)
            let names_a_day = mentions.iter().any(|m| day_of(m).is_some());
            let same_day = !first_in_paragraph && !names_a_day && self.opens_on_same_day(sentence);
            let timing_here = if same_day { day_before.or(timing) } else { timing };
            day_before = one_day(&mentions).or(day_before.filter(|_| same_day));
            // The page's time stamp ("date 2023-05-25", "May 24, 2023 04:24PM ET") dates the
            // page: no time of the sentence's, nor a claim.
            if let Some(at) = stamp.and_then(|at| at.checked_sub(s.start)) {
                mentions.retain(|m| !(m.kind.is_time() && m.start <= at && at < m.end));
            }
            // A live blog entry's time times its figures; it is no claim.
            if let Some(opening) = self
                .entry_time
                .find(sentence)
                .filter(|_| entry_times && first_in_paragraph)
            {
                let at = mentions
                    .iter()
                    .position(|m| m.kind == Kind::Time && opening.start() <= m.start && m.end <= opening.end());
                entry_clock = at.and_then(|at| mentions.get(at)).and_then(minutes);
                if let Some(at) = at {
                    mentions.remove(at);
                }
            }
            // ("operating profit rose to MSEK 412": a currency's code and its figure are a sum,
            // no name.)
            let names: Vec<(Entity, String)> = entities
                .iter()
                .filter(|e| {
                    !mentions
                        .iter()
                        .any(|m| m.kind == Kind::Money && m.start <= e.start && e.end <= m.end)
                })
                .map(|e| (e.clone(), canonical(e)))
                .collect();
            // An age beside no person's name ("a 67-year-old man", "participants aged 18 and
            // older") tells nothing to check, and must not shape the sentence's other figures; a
            // figure set off after a name that is no person's ("the SPD (120)") is a bare figure.
            mentions.retain_mut(|m| {
                if !is_age(m) || self.person_of_age(sentence, &names, &recognisers.entities, m).is_some() {
                    return true;
                }
                let written_as_age = year_old(sentence, m) || aged_before(&sentence[..m.start]);
                if let Value::Amount { unit, .. } = &mut m.value {
                    *unit = Unit::Count(String::new());
                }
                !written_as_age
            });
            // The names that are what a figure counts ("1.6 million battery EVs") or sizes: an
            // institution's right after a sum ("its $100 billion Vision Fund"), with where that
            // figure starts.
            let sizes = |m: &Mention, e: &Entity| {
                m.kind == Kind::Money && e.start == m.end + 1 && recognisers.entities.is_institution(&e.surface)
            };
            let counted: Vec<(usize, usize)> = entities
                .iter()
                .flat_map(|e| {
                    mentions
                        .iter()
                        .filter(|m| counts_name(sentence, m, e) || sizes(m, e))
                        .map(|m| (e.start, m.start))
                })
                .collect();
            // Made for the sentence's first claim, shared by the others; most sentences have none.
            let topic: OnceCell<Arc<[String]>> = OnceCell::new();
            let shared_sentence: OnceCell<Arc<str>> = OnceCell::new();
            let cell = doc
                .cell_of(s)
                .map(|(row, column)| (row.to_string(), column.to_string()));
            // "Two weeks before Karpathy's post": a date counted from an event dated earlier in
            // the document, read as a time mention of its own.
            let relative: Vec<Mention> = mentions
                .iter()
                .filter(|m| m.kind == Kind::Duration)
                .filter_map(|m| self.relative_date(sentence, m, &claims))
                .collect();
            // Counted from a dated event, not from the source's day: never unanchored.
            let from_events: Vec<usize> = relative.iter().map(|m| m.start).collect();
            let mentions: Vec<Mention> = mentions.into_iter().chain(relative).collect();
            // Not a phrase a figure is part of: "a year before" in "less than a year before
            // stepping down" is no qualifier.
            let mut phrases = self.frames.qualifier_phrases(sentence);
            phrases.retain(|&(start, end)| !mentions.iter().any(|m| m.start < end && start < m.end));
            let clauses = Clauses::new(&self.clause_break, sentence, &mentions, &phrases);
            let context = Context {
                entities: &recognisers.entities,
                sentence,
                names: &names,
                last_person: last_person.as_deref(),
                last_subject: last_subject.as_deref(),
                counted: &counted,
                parts: &corpus.parts,
                standalone: &standalone,
                dateline_end: dateline_end(sentence),
                clauses: &clauses,
                scene: scene_time(sentence, &clauses, &mentions),
                opener: opening_time(sentence, &mentions),
                entry_clock,
            };
            for r in self
                .roles
                .find(sentence, &names, &recognisers.entities, last_subject.as_deref())
            {
                let frame = Frame {
                    subject: Some(r.person),
                    measure: Some("role".into()),
                    object: r.organisation,
                    qualifiers: r
                        .status
                        .into_iter()
                        .chain(r.the_company.then_some(role::THE_COMPANY))
                        .map(str::to_string)
                        .collect(),
                    measure_word: Some(sentence[r.start..r.end].to_string()),
                    ..Frame::default()
                };
                let told = Told {
                    doc,
                    source,
                    span: (s.start + r.start, s.start + r.end),
                    sentence: shared_sentence.get_or_init(|| Arc::from(sentence)).clone(),
                    at: r.start,
                };
                let value = Value::Role { office: r.office };
                roles.push(self.untimed_claim(told, &mut columns, Kind::Role, frame, value));
            }
            for m in &mentions {
                // The page's own date (a dateline) dates it; it is not a claim.
                let own_date = |m: &Mention| m.kind == Kind::Date && is_dateline(first_in_paragraph, sentence, m);
                // ... and so is the time on it ("May 24, 2023 04:24PM ET").
                let own_time = m.kind == Kind::Time
                    && mentions
                        .iter()
                        .any(|d| m.start <= d.start && d.end <= m.end && own_date(d));
                if own_date(m) || own_time {
                    continue;
                }
                // "this evening" stands for hours only by convention: read, never compared.
                if matches!(&m.value, Value::Clock { clock } if clock.is_part_of_day()) {
                    continue;
                }
                let mut frame = match m.kind {
                    Kind::Date => self.date_frame(&context, m, &mentions),
                    Kind::Time => self.clock_frame(&context, m, &mentions),
                    _ => self.listed_frame(&context, m, &mentions, &phrases),
                };
                if let Some(estimated) = claims.get(recent..).and_then(|c| estimated_figure(&frame, &m.value, c)) {
                    frame = estimate_of(frame, &estimated.frame);
                }
                // "Rival Orison reported revenue of $4.1 billion, with its own data center sales
                // reaching $1.9 billion": "its own" in the figure's clause makes it the figure of
                // whoever the sentence's figures before it are of.
                let own = frame.subject.is_none() && !m.kind.is_time() && {
                    let clause = clauses.around((m.start, m.end));
                    sentence
                        .get(clause.0..m.start)
                        .is_some_and(|before| before.to_lowercase().contains("its own "))
                };
                if own {
                    frame.subject = claims.get(sentence_start..).and_then(|c| {
                        c.iter()
                            .rev()
                            .find_map(|c| c.frame.subject.clone().filter(|_| !c.kind.is_time()))
                    });
                }
                // "By 6 p.m. on Sunday national turnout had reached 58.6 per cent": a figure of
                // a measure read hour by hour (`hourly`), told as of a time of day, is a
                // reading during that day, compared only with readings at that time.
                let hourly = frame
                    .measure
                    .as_ref()
                    .is_some_and(|name| self.frames.measures.iter().any(|d| &d.name == name && d.hourly));
                if let Some(at) = (hourly && !m.kind.is_time())
                    .then(|| by_clock(sentence, m, &mentions))
                    .flatten()
                {
                    frame.qualifiers.push(format!("by:{:02}:{:02}", at / 60, at % 60));
                    frame.qualifiers.sort();
                }
                // "5,209 confirmed killed, with another 1,611 still missing", "destroyed 3,000
                // homes and damaged another 2,300": after a figure of another measure, "another"
                // adds a count of its own, not more of the same. (A span of time before it is
                // no such figure: "a 30-day option to buy 3.3 million additional shares".)
                if frame.qualifiers.iter().any(|q| q == "further") {
                    let before = claims.get(sentence_start..).and_then(|c| {
                        c.iter()
                            .rev()
                            .find(|c| c.frame.measure.is_some() && c.kind != Kind::Duration && !c.kind.is_time())
                    });
                    // A change of the measure is of it ("rise 3.4 percent ..., meaning another
                    // 1.75 percent in rate hikes").
                    let of_measure = |c: &Claim| {
                        c.frame.measure == frame.measure
                            || frame
                                .measure
                                .as_ref()
                                .is_some_and(|m| c.frame.qualifiers.contains(&format!("of:{m}")))
                    };
                    if before.is_some_and(|c| !of_measure(c)) {
                        frame.qualifiers.retain(|q| q != "further");
                    }
                }
                // "would rise to about $784 million (roughly €721 million)": a figure converted in
                // an aside right after another is that figure in other units, of the same
                // measure and basis as whichever of the two tells one, and of its time ("crested
                // early on Sunday at 9.12 metres (29.9ft)"); of the subject the figure before it
                // names, as the aside names none of its own ("paid 105 million euros (then $116
                // million) for Paul Pogba").
                let mut converted_time = None;
                let converts = converted_figure(sentence, m, &mentions);
                let converted_at = converts.and_then(|at| {
                    claims
                        .iter()
                        .enumerate()
                        .skip(sentence_start)
                        .rev()
                        .find(|(_, c)| c.at == at && c.kind == m.kind)
                        .map(|(i, _)| i)
                });
                if let Some(converted) = converted_at.and_then(|i| claims.get_mut(i)) {
                    if converted.frame.measure.is_some() {
                        if converted.frame.subject.is_some() {
                            frame.subject = None;
                        }
                        frame = frame.converted_from(&converted.frame);
                    } else if frame.measure.is_some() {
                        converted.frame = converted.frame.converted_from(&frame);
                    }
                    converted_time = Some(converted.as_of);
                }
                if is_bare(&m.value) && frame.measure.is_none() {
                    continue;
                }
                // "Friday", "yesterday", "last week" read against another source's date could
                // be any day near it.
                frame.unanchored = match (m.kind, &m.value) {
                    (Kind::Date, _) => {
                        !reference_own
                            && !from_events.contains(&m.start)
                            && !self.absolute_date.is_match(&sentence[m.start..m.end])
                    }
                    // A time of day on such a day ("Sunday at 21:00").
                    (Kind::Time, Value::Clock { clock }) => {
                        clock.day.is_some()
                            && !reference_own
                            && !mentions.iter().any(|d| {
                                d.kind == Kind::Date
                                    && m.start <= d.start
                                    && d.end <= m.end
                                    && self.absolute_date.is_match(&sentence[d.start..d.end])
                            })
                    }
                    _ => false,
                };
                // "€4.34bn (£3.8bn)": the sum in another currency, at someone's rate.
                let exchanged = matches!(
                    &m.value,
                    Value::Amount {
                        unit: Unit::Currency(_),
                        ..
                    }
                ) && converts.is_some();
                let mut value = match (&m.value, frame.unanchored) {
                    (Value::Time { span }, true) => Value::Time {
                        span: widened(span, m.weekday, reference, earliest),
                    },
                    (Value::Time { span }, false) => Value::Time {
                        span: with_utc_day(span, m, &mentions),
                    },
                    (value, _) if exchanged => recognisers.exchanged(value),
                    (value, _) if self.frames.states_peak(frame.measure.as_deref(), m.value.hedge()) => {
                        recognisers.unhedged(sentence, m).unwrap_or_else(|| value.clone())
                    }
                    (value, _) if self.frames.is_exact(frame.measure.as_deref()) => whole(value),
                    (value, _) => value.clone(),
                };
                // "165 mph (266 km/h)": a conversion is the figure it converts in other units,
                // by the writer's arithmetic and rounding (a unit of its last digit either way:
                // "265 km/h (165 mph)" elsewhere is the same wind), and says what both say
                // ("29.9ft (9.12 metres)" is 9.11 to 9.13 metres). (A sum in another currency is
                // widened by `exchanged` instead.)
                if let Some(converted) = converted_at.and_then(|i| claims.get(i)) {
                    if let (
                        Value::Amount {
                            value: figure,
                            interval,
                            unit: Unit::Physical { .. },
                            ..
                        },
                        Value::Amount {
                            interval: converted,
                            unit: Unit::Physical { .. },
                            ..
                        },
                    ) = (&mut value, &converted.value)
                    {
                        let rounded = Interval {
                            low: *figure - 2.0 * (*figure - interval.low),
                            high: *figure + 2.0 * (interval.high - *figure),
                            ..*interval
                        };
                        let both = rounded.intersect(converted);
                        if both.low <= both.high {
                            *interval = both;
                        }
                    }
                }
                // A figure that does not move ("a 7.2-magnitude quake last month") is timed by
                // a day relative to the source's unknown date too, read over every day that
                // date may be.
                let borrowed = (!reference_own && !frame.evolving).then_some((reference, earliest));
                // "Prior to the after-hours move, shares were up 109%": a figure told as an
                // earlier one holds before some event, not on the source's own day. So does a
                // toll told as the first one ("the initial death toll of 27", "initial estimates
                // of 1,000 deaths", "according to preliminary reports, the quake killed 296"),
                // which is still the toll, a point of its timeline: the word, right before the
                // toll's word or a word of counting, times it and stays out of its key (not
                // "despite initial confusion, officials confirmed 27 died").
                let initial = frame.qualifiers.iter().any(|q| q == "initial") && {
                    let lower = sentence.to_lowercase();
                    let words: Vec<&str> = lower.split_whitespace().collect();
                    let counted: Vec<String> = frame
                        .measure_word
                        .iter()
                        .map(|w| w.to_lowercase())
                        .chain(["estimate", "reports", "figures", "count", "tally", "data"].map(String::from))
                        .collect();
                    (0..words.len()).any(|i| {
                        // (A measure word has a few words at most.)
                        let rest = words.iter().skip(i + 1).take(4).copied().collect::<Vec<_>>().join(" ");
                        self.frames
                            .is_word_of("initial", words.get(i).copied().unwrap_or_default())
                            && counted.iter().any(|w| rest.starts_with(w.as_str()))
                    })
                };
                frame.qualifiers.retain(|q| q != "initial");
                // "The death toll rose to 17": the level a moving figure reached, so a lower
                // one of its day may be where it rose from; the words are no part of its key.
                frame.risen = frame.evolving && frame.qualifiers.iter().any(|q| q == "risen");
                frame.qualifiers.retain(|q| q != "risen");
                let earlier = initial || frame.qualifiers.iter().any(|q| q == "earlier");
                // The size of a thing ("the 62-metre dam, completed in 1971") holds whenever
                // the thing stands: no date of the sentence's times it.
                let size_of_thing = matches!(
                    &m.value,
                    Value::Amount {
                        unit: Unit::Physical { .. },
                        ..
                    }
                ) && frame.measure.as_deref().is_some_and(|name| name.ends_with("-size"));
                // "turnout stood at 63.7% at 16:00": a reading at that moment of the day, not
                // the day's figure. (A moving figure's time of day splits its day instead.)
                if !frame.evolving && frame.measure.is_some() {
                    // "51.9%, compared with 49.3% at the same point in 2022": the moment of the
                    // figure before it in the sentence.
                    let same_point = || {
                        let after = sentence[m.end..].trim_start().to_lowercase();
                        ["at the same point", "at the same time", "at the same stage"]
                            .iter()
                            .any(|p| after.starts_with(p))
                            .then(|| {
                                claims
                                    .iter()
                                    .rev()
                                    .take_while(|c| *c.sentence == *sentence)
                                    .flat_map(|c| &c.frame.qualifiers)
                                    .find_map(|q| q.strip_prefix("at:"))
                                    .map(str::to_string)
                            })
                            .flatten()
                    };
                    if let Some(clock) =
                        reading_time(sentence, m, &mentions, frame.measure_word.as_deref()).or_else(same_point)
                    {
                        frame.qualifiers.push(format!("at:{clock}"));
                        frame.qualifiers.sort();
                    }
                }
                // What was asked for differs from party to party: a request is its asker's
                // ("the defence's request for", "prosecutors sought": `by:prosecutor`).
                if frame.qualifiers.iter().any(|q| q == "requested") {
                    if let Some(asker) = requester(&sentence[..m.start], self.frames.qualifier_words_of("requested")) {
                        frame.qualifiers.push(format!("by:{asker}"));
                        frame.qualifiers.sort();
                    }
                }
                let as_of = converted_time.unwrap_or_else(|| {
                    (!m.kind.is_time() && !size_of_thing)
                        .then(|| self.as_of(&context, m, &mentions, timing_here, borrowed, &frame))
                        .flatten()
                        .filter(|a| a.stated || !earlier)
                });
                let (start, end) = doc.file_span(s.start + m.start, s.start + m.end);
                let (line, column) = columns.at(start);
                claims.push(Claim {
                    source,
                    kind: m.kind,
                    span: (start, end),
                    line,
                    column,
                    text: doc.raw[start..end].to_string(),
                    sentence: shared_sentence.get_or_init(|| Arc::from(sentence)).clone(),
                    at: m.start,
                    frame,
                    value,
                    weekday: m.weekday,
                    no_such_day: m.no_such_day,
                    year_borrowed: m.kind == Kind::Date && !reference_own && !writes_year(&sentence[m.start..m.end]),
                    told_on: timing,
                    as_of,
                    rule: self.rule_code(m.kind),
                    topic: topic.get_or_init(|| self.topic(sentence).into()).clone(),
                    cell: cell.clone(),
                });
            }
            // "With around 60% of the votes counted, the votes to leave are 17,114,552", "With
            // 338 out of 382 areas declared, Leave had won 52%": a running count, not the result.
            // The running count is of that moment: counts at different stages of it are
            // compared only with each other's stage ("counted:91.55%").
            let told_stage = claims.get(sentence_start..).and_then(|c| {
                // (Also a count of things that a progress word says were declared: "545
                // election results declared" is `result-count[count-progress]`.)
                let of_progress = |c: &Claim| {
                    self.frames.is_progress(c.frame.measure.as_deref())
                        || c.frame.qualifiers.iter().any(|q| self.frames.is_progress(Some(q)))
                };
                let progress = |c: &Claim| match c.value {
                    Value::Amount { value, ref unit, .. } if of_progress(c) => Some((value, unit.clone())),
                    _ => None,
                };
                let whole = |c: &Claim| match c.value {
                    Value::Amount { value, .. } if c.frame.qualifiers.iter().any(|q| q == "whole") => Some(value),
                    _ => None,
                };
                let any_progress = c.iter().filter_map(progress).next().is_some();
                // ("With 545 election results declared, Labour won 372 seats": a count told
                // as how far the night has got, whose whole is not given.)
                // (Not "With all 2,164 polling stations reporting", the whole; nor "With 3
                // defections declared", no count of an election's units. "With 105 results yet
                // to be declared" is a running count too, its stage told by what is left.)
                let mut opening = sentence.split_whitespace();
                let running = opening.next().is_some_and(|w| w.eq_ignore_ascii_case("with"))
                    && opening
                        .next()
                        .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()));
                const UNITS: [&str; 8] = [
                    "result",
                    "constituency",
                    "area",
                    "precinct",
                    "district",
                    "ward",
                    "riding",
                    "seat",
                ];
                let of_units = |unit: &Unit| matches!(unit, Unit::Count(noun) if UNITS.contains(&noun.as_str()));
                let stage = c.iter().filter_map(progress).find(|(done, unit)| match unit {
                    Unit::Percent => *done < 100.0,
                    _ => running && of_units(unit) || c.iter().filter_map(whole).any(|of| *done < of),
                });
                match stage {
                    Some((done, Unit::Percent)) => Some(Some(format!("counted:{done}%"))),
                    Some((done, _)) => Some(Some(format!("counted:{done}"))),
                    None => any_progress.then_some(None),
                }
            });
            // (Not into a sentence that tells a final figure: "Kilicdaroglu ultimately received
            // 44.9%".)
            let final_told = || {
                let lower = sentence.to_lowercase();
                [
                    "final",
                    "ultimately",
                    "official",
                    "in the end",
                    "eventually",
                    "overall",
                    "in total",
                    "last election",
                    "previous election",
                    "outgoing",
                ]
                .iter()
                .any(|w| lower.contains(w))
            };
            let carried = running_stage
                .take()
                .filter(|_| !first_in_paragraph && told_stage.is_none() && !final_told());
            running_stage = told_stage.clone().flatten();
            let stage = told_stage.flatten().or(carried);
            if let Some(stage) = stage {
                for c in claims.iter_mut().skip(sentence_start) {
                    // "the Civic Alliance had 34.1% of the vote": a party's share, named by
                    // its subject, is as partial as an option's; so is a share that names
                    // neither ("With 31 out of 32 regions declared, 55.42% voted against").
                    // (So are a party's seats, "Labour won 372 seats"; not seats of a time of
                    // their own, "won 330 seats in 2027".)
                    let measure = c.frame.measure.as_deref();
                    let own_time = c.as_of.is_some_and(|a| a.stated);
                    let named = c.frame.subject.is_some() && self.frames.is_tallied(measure) && !own_time;
                    let share = self.frames.counts_options(measure) && (c.frame.subject.is_some() || !own_time);
                    if c.frame.option().is_some() || share || named {
                        c.frame.qualifiers.push("partial".into());
                        c.frame.qualifiers.push(stage.clone());
                        c.frame.qualifiers.sort();
                    }
                }
            }
            if let Some(told) = claims.get_mut(sentence_start..) {
                self.carry_basis(told);
                self.share_scope_in_pairs(told);
                self.measure_parts_as_their_group(told);
            }
            // "it" in a later sentence is the organisation this one is about; "he" the person.
            if let Some(antecedent) = self.antecedent(&context, &mentions) {
                last_subject = antecedent;
            }
            if let Some((_, name)) = names.iter().find(|(_, n)| recognisers.entities.is_person(n)) {
                last_person = Some(name.clone());
            }
        }
        let named: Vec<quote::Named> = sentence_entities
            .iter()
            .zip(&doc.sentences)
            .flat_map(|(entities, s)| {
                entities.iter().map(move |e| quote::Named {
                    start: s.start + e.start,
                    end: s.start + e.end,
                    name: canonical(e),
                    person: recognisers.entities.is_titled_person(&canonical(e)),
                })
            })
            .collect();
        restated_bases(&mut claims);
        claims.extend(roles);
        claims.extend(self.quotes(doc, source, &named));
        // Kept to the end of the run, every source's beside the others': no room to grow.
        claims.shrink_to_fit();
        (
            claims,
            DocumentNames {
                names,
                aliases,
                places,
                rivals,
            },
        )
    }

    /// "Prices rose 0.5% on the month, after a 0.2% rise in March": a change that names no
    /// basis, told after a change of the same thing on one ("on the month"), is on that basis.
    /// `told` are one sentence's claims in text order.
    fn carry_basis(&self, told: &mut [Claim]) {
        let basis = |c: &Claim| {
            c.frame
                .qualifiers
                .iter()
                .find(|q| self.frames.level_of(q).is_some())
                .cloned()
        };
        // What changed: the measure and the parts it is of.
        let what = |c: &Claim| {
            let changed: Vec<String> = c
                .frame
                .qualifiers
                .iter()
                .filter(|q| q.starts_with("of:"))
                .cloned()
                .collect();
            (c.frame.polarity.is_some() && c.frame.measure.is_some()).then(|| (c.frame.measure.clone(), changed))
        };
        let mut last: Option<(Option<String>, Vec<String>, String)> = None;
        for c in told.iter_mut() {
            let Some((measure, changed)) = what(c) else { continue };
            match basis(c) {
                Some(q) => last = Some((measure, changed, q)),
                None => {
                    if let Some((_, _, q)) = last.as_ref().filter(|(m, of, _)| *m == measure && *of == changed) {
                        c.frame.qualifiers.push(q.clone());
                        c.frame.qualifiers.sort();
                    }
                }
            }
        }
    }

    /// "Three rescues have been confirmed, including two crew members": a part set off after a
    /// comma (`part`: "including", "of whom") is measured as its group, the first count of the
    /// clause before the comma (two of the rescued, `rescue-count`; "421 people were on board the
    /// eight-carriage train, including nine crew": of those on board), not by what its own noun
    /// counts elsewhere ("including six crew" of 181 on board). So is a count right after a
    /// clause that opens with "of" and counts the group ("Of the 121 victims, 72 have been
    /// identified": a part of the dead), or one after the clause's count and followed by "of
    /// them" ("270 people have died in four days, 65 of them on Tuesday"), and counts of a
    /// people listed after a colon or a dash that follows a count, its breakdown ("27 have
    /// been identified: 12 Syrians, nine Pakistanis and six Egyptians"). A group with no
    /// measure leaves the part's own. `told` are one sentence's claims in text order.
    fn measure_parts_as_their_group(&self, told: &mut [Claim]) {
        let is_count = |c: &Claim| {
            matches!(
                &c.value,
                Value::Amount {
                    unit: Unit::Count(_),
                    ..
                }
            )
        };
        let is_part = |c: &Claim| c.frame.qualifiers.iter().any(|q| q == "part");
        for i in 1..told.len() {
            let Some(part) = told.get(i).filter(|c| is_count(c)) else {
                continue;
            };
            let before = part.sentence.get(..part.at).unwrap_or_default();
            // "27 have so far been identified: 12 Syrians, nine Pakistanis and six Egyptians",
            // "Identified dead: 27 so far — 12 Syrians, ...": counts of a people (a capitalised
            // noun, no measure word of their own) listed after a colon or a dash that follows a
            // count are its breakdown, parts of it measured as it is.
            let of_a_people = part.frame.measure_word.is_none()
                && part
                    .sentence
                    .get(part.at + part.text.len()..)
                    .and_then(|after| after.split_whitespace().next())
                    .is_some_and(|noun| noun.starts_with(char::is_uppercase));
            if let Some(mark) = before.rfind([':', '—', '–']).filter(|_| of_a_people) {
                let listed = before[mark..]
                    .chars()
                    .skip(1)
                    .all(|c| c.is_alphanumeric() || matches!(c, ' ' | ',' | '-' | '*'));
                let group = told
                    .get(..i)
                    .and_then(|earlier| earlier.iter().rfind(|c| c.at < mark && is_count(c) && !is_part(c)))
                    .map(|g| g.frame.clone())
                    .filter(|g| g.measure.is_some());
                if let Some(group) = group.filter(|_| listed) {
                    if let Some(part) = told.get_mut(i) {
                        if !is_part(part) {
                            part.frame.qualifiers.push("part".into());
                            part.frame.qualifiers.sort();
                        }
                        measure_as(&mut part.frame, group);
                    }
                    continue;
                }
            }
            // The comma that sets the part off, and the clause before it.
            let Some(comma) = before.rfind(',') else {
                continue;
            };
            let clause_start = before[..comma].rfind([',', ';', ':']).map_or(0, |c| c + 1);
            // "Of the 121 victims, 72 have been identified", "270 people have died in four
            // days, 65 of them on Tuesday": a count right after the comma, of a clause that
            // opens with "of" or followed by "of them", is a part of the clause's count too.
            let opening = before[clause_start..comma].trim_start().to_lowercase();
            let after = part.sentence.get(part.at + part.text.len()..).unwrap_or_default();
            let of_them = [" of them", " of whom", " of those", " of these"]
                .iter()
                .any(|w| after.starts_with(w));
            let of_group = !is_part(part)
                && before[comma + 1..].trim().is_empty()
                && (opening.starts_with("of ") || opening.starts_with("out of ") || of_them);
            let set_off = is_part(part) && self.frames.is_word_of("part", &before[comma + 1..]);
            if !of_group && !set_off {
                continue;
            }
            // (The group of "of them" is the count right before it: "23 were confirmed dead and
            // 112 injured, 31 of them seriously" are 31 of the injured.)
            let in_group = |c: &&Claim| c.at >= clause_start && c.at < comma && is_count(c) && !is_part(c);
            let Some(group) = told
                .get(..i)
                .and_then(|earlier| {
                    if of_them {
                        earlier.iter().rfind(in_group)
                    } else {
                        earlier.iter().find(in_group)
                    }
                })
                .map(|g| g.frame.clone())
            else {
                continue;
            };
            let Some(part) = told.get_mut(i) else { continue };
            if of_group {
                part.frame.qualifiers.push("part".into());
                part.frame.qualifiers.sort();
            }
            if group.measure.is_some() {
                measure_as(&mut part.frame, group);
            }
        }
    }

    /// "64 goals in 158 appearances across his senior career", "five goals in 14 caps for his
    /// country": the two counts of a pair are told of one scope, whichever of them its words
    /// stand by. `told` are one sentence's claims in text order; the second count of a pair has
    /// the first's noun as its `where:` qualifier.
    fn share_scope_in_pairs(&self, told: &mut [Claim]) {
        // The lexicon's qualifiers, not what happened to the counted things ("evacuated").
        let scope = |c: &Claim| -> Vec<String> {
            c.frame
                .qualifiers
                .iter()
                .filter(|q| self.frames.is_qualifier(q))
                .cloned()
                .collect()
        };
        for second in 1..told.len() {
            let Some(counted) = told.get(second).and_then(|c| {
                c.frame
                    .qualifiers
                    .iter()
                    .find_map(|q| q.strip_prefix("where:"))
                    .map(|what| pluralizer::pluralize(what, 1, false))
            }) else {
                continue;
            };
            let Some(first) = (0..second).rev().find(|&i| {
                told.get(i).is_some_and(
                    |c| matches!(&c.value, Value::Amount { unit: Unit::Count(noun), .. } if *noun == counted),
                )
            }) else {
                continue;
            };
            let shared: Vec<String> = told
                .get(first)
                .map(scope)
                .unwrap_or_default()
                .into_iter()
                .chain(told.get(second).map(scope).unwrap_or_default())
                .collect();
            for i in [first, second] {
                if let Some(c) = told.get_mut(i) {
                    c.frame.qualifiers.extend(shared.iter().cloned());
                    c.frame.qualifiers.sort();
                    c.frame.qualifiers.dedup();
                }
            }
        }
    }

    /// Pairs of names a document gives one thing ("Typhoon Haiyan, known locally as
    /// Yolanda"), in canonical spelling.
    fn aliases(
        &self,
        doc: &Document,
        sentence_entities: &[Vec<Entity>],
        canonical: &dyn Fn(&Entity) -> String,
    ) -> Vec<(String, String)> {
        let mut aliases = Vec::new();
        for (s, entities) in doc.sentences.iter().zip(sentence_entities) {
            let text = doc.sentence_text(s);
            for (i, a) in entities.iter().enumerate() {
                // The other name is at most two names on ("known in the Philippines as").
                for b in entities.iter().skip(i + 1).take(3) {
                    let Some(gap) = text.get(a.end..b.start) else { continue };
                    if self.alias_between.is_match(gap) || self.ticker_between.is_match(gap) && ticker_of(a, b, text) {
                        aliases.push((canonical(a), canonical(b)));
                    }
                }
            }
        }
        aliases
    }

    /// A figure's frame; one of a list told in parallel with a list of names or parts
    /// ("Scotland and Northern Ireland voted 62% and 56% Remain") is framed in the view of
    /// its sentence that tells it alone (see `listed`). `phrases` are the sentence's
    /// unbroken phrases.
    fn listed_frame(&self, cx: &Context, m: &Mention, all: &[Mention], phrases: &[(usize, usize)]) -> Frame {
        let items = || {
            let mut items: Vec<(usize, usize)> = cx.names.iter().map(|(e, _)| (e.start, e.end)).collect();
            // The parts the corpus names, by their words (one or two): a lookup per word, not
            // a search per part.
            let mut words: Vec<(usize, &str)> = Vec::new();
            let mut from = None;
            for (at, c) in cx
                .sentence
                .char_indices()
                .chain(std::iter::once((cx.sentence.len(), ' ')))
            {
                match (c.is_alphanumeric() || c == '-', from) {
                    (true, None) => from = Some(at),
                    (false, Some(start)) => {
                        words.extend(cx.sentence.get(start..at).map(|w| (start, w)));
                        from = None;
                    }
                    _ => {}
                }
            }
            for (i, &(start, word)) in words.iter().enumerate() {
                let one = word.to_lowercase();
                if cx.parts.contains(&one) {
                    items.push((start, start + word.len()));
                }
                if let Some(&(next_start, next)) = words.get(i + 1) {
                    let two = format!("{one} {}", next.to_lowercase());
                    if cx.sentence.get(start + word.len()..next_start) == Some(" ") && cx.parts.contains(&two) {
                        items.push((start, next_start + next.len()));
                    }
                }
            }
            items.sort_unstable();
            items.dedup();
            items
        };
        let names: Vec<(usize, usize)> = cx.names.iter().map(|(e, _)| (e.start, e.end)).collect();
        let Some(view) =
            listed::view(cx.sentence, m, all, items).or_else(|| listed::gapped(cx.sentence, m, all, &names))
        else {
            return self.quantity_frame(cx, m, all);
        };
        let blanked = |s: usize, e: usize| view.blanked.iter().any(|&(a, b)| s < b && a < e);
        let kept: Vec<Mention> = all.iter().filter(|t| !blanked(t.start, t.end)).cloned().collect();
        let names: Vec<(Entity, String)> = cx
            .names
            .iter()
            .filter(|(e, _)| !blanked(e.start, e.end))
            .cloned()
            .collect();
        let phrases: Vec<(usize, usize)> = phrases.iter().copied().filter(|&(s, e)| !blanked(s, e)).collect();
        let clauses = Clauses::new(&self.clause_break, &view.sentence, &kept, &phrases);
        let alone = Context {
            sentence: &view.sentence,
            names: &names,
            dateline_end: dateline_end(&view.sentence),
            clauses: &clauses,
            ..*cx
        };
        self.quantity_frame(&alone, m, &kept)
    }

    /// The thing named after a figure's unit and "of" ("of methamphetamine from a truck",
    /// "of fishing nets"): up to two words in lower case, no function word, the last one
    /// singular.
    fn thing_of(&self, after: &str) -> Option<String> {
        let rest = after.trim_start().strip_prefix("of ")?.trim_start();
        let rest = rest.strip_prefix("the ").unwrap_or(rest);
        let words: Vec<&str> = rest
            .split_whitespace()
            .map(|w| w.trim_end_matches(|c: char| !c.is_alphanumeric()))
            .take_while(|w| {
                !w.is_empty() && w.chars().all(|c| c.is_lowercase() || c == '-') && !self.function_words.contains(*w)
            })
            .take(2)
            .collect();
        let (last, first) = words.split_last()?;
        let last = pluralizer::pluralize(last, 1, false);
        Some(
            first
                .iter()
                .map(|w| w.to_string())
                .chain([last])
                .collect::<Vec<_>>()
                .join("-"),
        )
    }

    fn quantity_frame(&self, cx: &Context, m: &Mention, all: &[Mention]) -> Frame {
        if is_age(m) {
            return self.age_frame(cx, m);
        }
        let frame = self.figure_frame(cx, m, all);
        match self
            .comparand_frame(cx, m, all)
            .or_else(|| self.start_level_frame(cx, m, all))
        {
            // Who gave the figure still gave it ("vs the $6.52 bln S&P Capital IQ Consensus").
            Some(mut level) => {
                level
                    .qualifiers
                    .extend(frame.qualifiers.into_iter().filter(|q| q.starts_with("per:")));
                level.qualifiers.sort();
                level.qualifiers.dedup();
                level
            }
            None => frame,
        }
    }

    /// A person's age, of the person named right beside it (`person_of_age`).
    fn age_frame(&self, cx: &Context, m: &Mention) -> Frame {
        let person = self.person_of_age(cx.sentence, cx.names, cx.entities, m);
        Frame {
            measure: person.is_some().then(|| "age".to_string()),
            subject: person,
            personal: true,
            ..Frame::default()
        }
    }

    /// The person an age is of, named right beside it: "Saman Kunan, 38,", "Altman (38)",
    /// "40-year-old Robert Card", "Robert Card, aged 40". None for "the 38-year-old's business
    /// division", "a 67-year-old man", and "a second Slam, the 20-year-old is expected" (a
    /// name before "the" and an age is as often another thing as the person). An age written
    /// with "year-old" takes no name right before it: "At Saint Aurel Gymnasium, 18-year-old
    /// Jonas Veire" is Jonas Veire's.
    fn person_of_age(
        &self,
        sentence: &str,
        names: &[(Entity, String)],
        entities: &EntityRecogniser,
        m: &Mention,
    ) -> Option<String> {
        let year_old = year_old(sentence, m);
        let beside = |e: &Entity| {
            if e.end <= m.start {
                !year_old && self.name_before_age.is_match(&sentence[e.end..m.start])
            } else {
                e.start >= m.end && self.name_after_age.is_match(&sentence[m.end..e.start])
            }
        };
        names
            .iter()
            .find(|(e, name)| beside(e) && entities.is_titled_person(name))
            .map(|(_, name)| name.clone())
    }

    /// The frame of a figure from the words of its own clause and sentence.
    fn figure_frame(&self, cx: &Context, m: &Mention, all: &[Mention]) -> Frame {
        // "voted to stay 96 percent to 4 percent", "52% to 48%": the second side of a split
        // is the other option's, which the frame cannot name.
        let other_side = cx.sentence[..m.start]
            .trim_end()
            .strip_suffix(" to")
            .map(str::trim_end)
            .is_some_and(|first| match all.iter().find(|t| t.end == first.len()) {
                // "rose 19% to $7.19 billion" is a change and a level; so are "from 5% to 7%"
                // and "increased its value by $200 billion to $950 billion"; not "backed Remain
                // by 62% to 38%".
                Some(t) => {
                    let before = cx.sentence[..t.start].trim_end().to_lowercase();
                    let by = before.strip_suffix("by").is_some_and(|b| self.frames.tells_change(b));
                    t.kind == m.kind && !before.ends_with("from") && !by
                }
                // A first side the recognisers did not read ("the EU 96 percent to 4 percent").
                None => {
                    m.kind == Kind::Percent
                        && (first.ends_with('%') || first.ends_with(" percent") || first.ends_with(" per cent"))
                }
            });
        if other_side {
            return Frame::default();
        }
        let clause = cx.clauses.around((m.start, m.end));
        let restated = self.restated(cx, clause, m, all);
        let clause = (restated.unwrap_or(clause.0), clause.1);
        let figure = (m.start, m.end);
        let Value::Amount { unit, .. } = &m.value else {
            return Frame::default();
        };
        let dimension = dimension_of(unit);
        // The counted noun: "1,186 missing" counts the missing.
        let noun = match unit {
            Unit::Count(noun) if !noun.is_empty() => count_noun_span(cx.sentence, m.end, noun),
            _ => None,
        };
        // The figure's own part of the clause, between its neighbours: qualifiers there are
        // its own ("revenue of $7.2 billion beat the consensus of $6.5 billion"); and the part
        // of the figure it is reported with, if any (below).
        let (own, reported_with) = {
            let quantities = all.iter().filter(|t| !t.kind.is_time());
            let after_figure_before = |at: usize| {
                quantities
                    .clone()
                    .filter(|t| t.end <= at)
                    .map(|t| t.end)
                    .max()
                    .unwrap_or(0)
                    .max(clause.0)
            };
            let from = after_figure_before(m.start);
            // "closer to 2,000 or 2,500": the other of two figures offered shares the first's
            // words.
            let alternative = cx.sentence[from..m.start].trim().trim_start_matches(',').trim() == "or";
            // "expecting earnings of $1.39 a share on revenue of $89.28 billion": the results a
            // figure is reported "on" are told with the first's report words; so is another
            // thing and its infinitive after "and", which go on with the verb before them ("had
            // expected payrolls to rise by 150,000 and the jobless rate to edge down to 4.4%").
            let reported_on = {
                let between = cx.sentence[from..m.start].trim().to_lowercase();
                let between = ["a share", "per share"]
                    .iter()
                    .find_map(|s| between.strip_prefix(s))
                    .unwrap_or(&between)
                    .trim_start_matches(',')
                    .trim();
                between.starts_with("on ") && between.ends_with(" of") && between.split_whitespace().count() <= 4
                    || self.infinitive_after_and.is_match(between)
            };
            let reported_with = quantities
                .clone()
                .rfind(|t| t.end == from)
                .filter(|_| reported_on)
                .map(|first| (after_figure_before(first.start), first.start));

            let from = match quantities.clone().rfind(|t| t.end == from) {
                _ if restated.is_some() => clause.0,
                Some(first) if alternative => after_figure_before(first.start),
                // "up 14% from a year ago and 18% from the previous quarter": what follows the
                // figure before, up to a conjunction, is that figure's.
                _ => FIGURE_CONJUNCTIONS
                    .iter()
                    .filter_map(|c| cx.sentence[from..m.start].rfind(c).map(|at| from + at + c.len()))
                    .max()
                    .unwrap_or(from),
            };
            // "an equity value of $3.4 billion and an enterprise value of $4.05 billion": what
            // leads up to the figure after, from a conjunction, is that figure's.
            let to = match quantities.filter(|t| t.start >= m.end).map(|t| t.start).min() {
                Some(next) if next <= clause.1 => FIGURE_CONJUNCTIONS
                    .iter()
                    .filter_map(|c| cx.sentence[m.end..next].find(c).map(|at| m.end + at))
                    .min()
                    .unwrap_or(next),
                _ => clause.1,
            };
            // "jumped 24% as investors cheered a forecast": what the "as" clause tells is the
            // cause, not the figure's basis.
            (
                (from, subordinate_as(cx.sentence, m.end, to).unwrap_or(to)),
                reported_with,
            )
        };
        // A short opening clause with no figure and no name before `clause` sets the scene for
        // the sentence ("For the second quarter, Nvidia expects revenue of $11 billion"; not
        // "Orvane raised its forecast, sending its shares up 25%").
        let opens_on_scene = |clause: (usize, usize)| {
            // (A stretch is no figure here: "For the full year, ...".) The opening may be
            // several clauses when a date's commas split it ("On May 25, 2023, before the
            // results,"); a date's words and bare figures (a page's stamp, "2023-05-25") do not
            // make it any longer. (Times may overlap: "March 6, 2026" and "4:35".)
            let worded = |end: usize| {
                let dated: usize = all
                    .iter()
                    .filter(|t| t.kind.is_time() && t.end <= end)
                    .map(|t| {
                        cx.sentence[t.start..t.end]
                            .split_whitespace()
                            .filter(|w| w.contains(char::is_alphabetic))
                            .count()
                    })
                    .sum();
                cx.sentence[..end]
                    .split_whitespace()
                    .filter(|w| w.contains(char::is_alphabetic))
                    .count()
                    .saturating_sub(dated)
            };
            // Only a date may stand before the opening clause ("On May 25, 2023,"), not a
            // clause of its own ("The turnout figure, announced earlier in the night, was").
            let dated_only = |start: usize| {
                let dated = |at: usize| all.iter().any(|t| t.kind.is_time() && t.start <= at && at < t.end);
                let rest: String = cx.sentence[..start]
                    .char_indices()
                    .map(|(at, c)| if dated(at) { ' ' } else { c })
                    .collect();
                rest.split_whitespace()
                    .filter(|w| w.contains(char::is_alphabetic))
                    .count()
                    <= 1
            };
            cx.clauses.previous(clause).is_some_and(|(start, end)| {
                dated_only(start)
                    && worded(end) <= 6
                    && !all
                        .iter()
                        .any(|t| !t.kind.is_time() && t.kind != Kind::Duration && t.end <= end)
                    && !cx.names.iter().any(|(e, _)| e.end <= end)
            })
        };
        // A relative clause ("..., which valued the company at around $28 billion") says
        // more of the noun before it: that clause's basis words qualify the figure too
        // ("OpenAI's previous fundraise in April, which valued ...").
        let basis = match cx.clauses.antecedent(clause) {
            Some(start) => {
                let after_figure = all
                    .iter()
                    .filter(|t| !t.kind.is_time() && t.end <= clause.0)
                    .map(|t| t.end)
                    .max()
                    .unwrap_or(0);
                (start.max(after_figure), own.1)
            }
            // A short opening clause with no figure and no name sets the scene for the
            // sentence ("For the second quarter, Nvidia expects revenue of $11 billion"; not
            // "Orvane raised its forecast, sending its shares up 25%").
            None if own.0 == clause.0 && opens_on_scene(clause) => (0, own.1),
            // "and on a fully diluted basis — 295 million shares — the company was worth": an
            // aside that holds just the figure and its noun is said of the clause before it.
            None if own == clause && aside_of_figure(cx.sentence, clause, figure) => {
                let opener = cx.sentence[..clause.0].trim_end().len().saturating_sub(1);
                (cx.clauses.around((opener, opener)).0, own.1)
            }
            None => own,
        };
        // "a forecast that drove shares up 26%": the words before the cause's verb qualify the
        // cause, not the figure.
        let basis = match self.cause_verb_before(cx.sentence, basis.0, m.start) {
            Some(after_verb) => (after_verb, basis.1),
            None => basis,
        };
        // Past its own part, a figure takes a measure word of its clause; but not one after
        // the next figure when a verb and a conjunction stand between, so that the next figure
        // opens a clause of its own ("3,200 homes were destroyed and 45,000 people were
        // displaced": "displaced" is the 45,000's), as they do not in "40 and 45 people died"
        // or "330,000 people were still in 1,223 evacuation centres".
        let between = &cx.sentence[m.end..own.1];
        let verb_between = between.split_whitespace().any(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase();
            w.ends_with("ed") || matches!(w.as_str(), "was" | "were" | "is" | "are" | "has" | "have" | "had")
        });
        let next_clause = verb_between
            && [" and", ",", " but", " while", " whereas"]
                .iter()
                .any(|c| between.trim_end().ends_with(c));
        let reach = (clause.0, if next_clause { own.1 } else { clause.1 });
        // A figure alone in its clause ("Turnout: 72.2%", "(147 mph)") is measured by the
        // clause before it.
        let word = self
            .frames
            .find_measure(cx.sentence, own, figure, dimension, noun)
            // A count of who only its noun measures, after another in a list ("killed 175
            // passengers and four crew members"), is measured as the list's first item is.
            .map(|w| {
                if !w.says_who(cx.sentence) || own.0 <= clause.0 {
                    return w;
                }
                self.frames
                    .find_measure(cx.sentence, (clause.0, own.1), figure, dimension, noun)
                    .filter(|before| !before.says_who(cx.sentence))
                    .unwrap_or(w)
            })
            .or_else(|| self.frames.find_measure(cx.sentence, reach, figure, dimension, noun))
            .or_else(|| {
                let before = cx.clauses.previous(clause)?;
                self.frames.find_measure(cx.sentence, before, figure, dimension, None)
            })
            .or_else(|| {
                // "The national turnout figure, announced earlier in the night, was 72.2%": a
                // clause that opens with its copula has its subject before the aside.
                let first = cx.sentence[clause.0..m.start].split_whitespace().next()?;
                if !matches!(
                    first.to_lowercase().as_str(),
                    "was" | "is" | "were" | "are" | "stood" | "remained"
                ) {
                    return None;
                }
                let aside = cx.clauses.previous(clause)?;
                let subject = cx.clauses.previous(aside)?;
                self.frames.find_measure(cx.sentence, subject, figure, dimension, None)
            })
            .or_else(|| {
                // "12 miles (19 km) north of Port Elin": a bracket ends the figure's clause.
                let after = cx.clauses.next(clause)?;
                self.frames.find_measure(cx.sentence, after, figure, dimension, None)
            })
            .or_else(|| {
                // "A record number of voters are eligible, with the commission putting the
                // number at 46,499,537": "the number" is what the sentence before counted.
                let lead = cx.sentence[clause.0..m.start].to_lowercase();
                let mut last = lead.split_whitespace().rev();
                let (preposition, noun, article) = (last.next(), last.next(), last.next());
                let refers_back = article == Some("the")
                    && noun.is_some_and(|n| ["number", "figure", "total", "tally", "count"].contains(&n))
                    && preposition.is_some_and(|p| ["at", "to", "as", "of"].contains(&p));
                // (Measured from the clause's start: "the number" stands for the figure there.)
                let at = (clause.0, clause.0);
                refers_back.then(|| {
                    self.frames
                        .find_measure(cx.sentence, (0, clause.0), at, dimension, None)
                })?
            });
        // A population measure ("headcount") is the whole: its word right before the figure
        // ("employs 770", "a workforce of 770"), or the figure's own noun after a possessive, a word of
        // `whole_before` or a part ("505 of 770 employees"). "The more than 500 employees
        // accused the board" counts some employees: nothing the frame can compare.
        let before = &cx.sentence[clause.0..m.start];
        // (whether the figure is the whole after a part, and whether that part is in words)
        let (after_part, part_in_words) = before.rfind(" of ").map_or((false, false), |of| {
            // "505 of 770", "738 out of 770", "747 of OpenAI's roughly 770"
            let part = before[..of].trim_end();
            let part = part.strip_suffix(" out").unwrap_or(part);
            // Not past a list: "70% of residents and 30,000 visitors".
            let between = &before[of..];
            // "an overwhelming majority of OpenAI's 700-plus employees": a part in words.
            let part_word = part
                .rsplit(|c: char| !c.is_alphabetic() && c != '-')
                .next()
                .is_some_and(|w| PART_WORDS.contains(&w.to_lowercase().as_str()));
            let close = between.split_whitespace().count() <= 4 && !between.contains(" and ") && !between.contains(',');
            let part_figure = all.iter().any(|t| !t.kind.is_time() && t.end == clause.0 + part.len());
            (close && (part_figure || part_word), close && part_word && !part_figure)
        });
        // "Of the 41 miners on the shift, 29 reached the surface": a sentence that opens with
        // a whole of things no measure names and then counts a part of it.
        let opens_whole = [
            "of the",
            "of all the",
            "of its",
            "of their",
            "out of",
            "out of the",
            "out of its",
            "out of their",
        ]
        .contains(&cx.sentence[..m.start].trim().to_lowercase().as_str())
            && all.iter().any(|t| t.kind == Kind::Count && t.start > m.end);
        // "The four-person board voted": the size of the board, whatever it did (and whoever
        // else the sentence counts: "500 of its 770 employees demanded that the four-person
        // board resign").
        let group = (m.kind == Kind::Count)
            .then(|| {
                self.group_size
                    .captures(&cx.sentence[m.end..])
                    .or_else(|| self.group_of.captures(&cx.sentence[..m.start]))
            })
            .flatten()
            .and_then(|c| c.iter().skip(1).flatten().next())
            // "The crew of 20 Indians and a Sri Lankan": a people counted with a capital and
            // another people after "and" (the group's word without one: not a title-case
            // headline) are some of the group, not its size ("a crew of 12 Marines" is).
            .filter(|g| {
                let capital = |at: usize| cx.sentence[at..].starts_with(char::is_uppercase);
                let another_people = |end: usize| {
                    let mut rest = cx.sentence[end..].split_whitespace();
                    rest.next() == Some("and")
                        && rest.next().is_some_and(|w| {
                            w.starts_with(char::is_uppercase)
                                || ["a", "an", "one", "two", "three"].contains(&w)
                                    && rest.next().is_some_and(|p| p.starts_with(char::is_uppercase))
                        })
                };
                capital(g.start()) || !noun.is_some_and(|(start, end)| capital(start) && another_people(end))
            })
            .map(|g| pluralizer::pluralize(&g.as_str().to_lowercase(), 1, false));
        let some_of_a_population = group.is_none()
            && word.as_ref().is_some_and(|w| {
                let own_noun = noun.is_some_and(|(s, e)| w.start < e && s < w.end);
                let says_whole = w.end <= m.start && cx.sentence[w.end..m.start].split_whitespace().count() <= 2;
                w.def.fallback
                    && !says_whole
                    && !(own_noun && (after_part || self.frames.counts_whole(cx.sentence, clause.0, figure)))
            });
        // "95% of the workforce, or 738 out of 770 employees, signed the letter": some of a
        // population, and the clause after it (holding no figure of its own) says what they did.
        let word = if some_of_a_population {
            let predicate = cx.clauses.after_comma(clause).filter(|after| {
                !all.iter()
                    .any(|t| !t.kind.is_time() && t.start >= after.0 && t.end <= after.1)
            });
            let done = predicate
                .and_then(|after| self.frames.find_measure(cx.sentence, after, figure, dimension, None))
                .filter(|w| !w.def.fallback);
            if done.is_none() {
                return Frame::default();
            }
            done
        } else {
            word
        };
        // The whole after a part is the population its noun names, whatever the part did
        // ("signed by 747 of OpenAI's 770 employees").
        let word = match noun.filter(|_| after_part) {
            Some(span) => self
                .frames
                .find_measure(cx.sentence, span, figure, dimension, noun)
                .filter(|w| w.def.fallback)
                .or(word),
            None => word,
        };
        // "its $100 billion Vision Fund": a sum that sizes an institution is its size, which
        // no word of the clause names ("agreed to buy ... from its $100 billion Vision Fund").
        let sizes_institution = m.kind == Kind::Money && cx.counted.iter().any(|&(_, by)| by == m.start);
        let word = if group.is_some() || sizes_institution {
            None
        } else {
            word
        };
        // "The loss of the $451 million satellite": a sum before the thing it is of is what
        // that thing cost, whatever measure word the clause has elsewhere.
        let attributive = (m.kind == Kind::Money && group.is_none() && !sizes_institution)
            .then(|| self.frames.attributive(cx.sentence, figure))
            .flatten();
        let (word, cost_of) = match attributive {
            Some((w, thing)) => (Some(w), Some(thing)),
            None => (word, None),
        };
        // "a 70-billion-parameter model", "across 64-card clusters": a count joined to the noun
        // it describes tells the size of some thing the figure does not identify; nothing to
        // compare ("its 62-aircraft fleet" and "the 448-passenger ferry" name theirs).
        // A measure word says what it is of ("a 6.9-magnitude earthquake" is the story's).
        if m.kind == Kind::Count
            && group.is_none()
            && word.is_none()
            && describes_some_thing(&cx.sentence[..m.start], &cx.sentence[m.end..])
        {
            return Frame::default();
        }
        // "151 of the passengers boarded a replacement flight": some of those counted, who did
        // what the clause tells; nothing the frame can compare.
        if word
            .as_ref()
            .is_some_and(|w| w.says_who(cx.sentence) && w.start >= m.end && some_of(&cx.sentence[m.end..w.start]))
        {
            return Frame::default();
        }
        // "The 62-metre (203 ft) concrete gravity dam", "found the 40-pound bundle": the size
        // of the thing it is joined to, when that thing is one the sentence identifies, over
        // a measure word before the figure ("5-metre waves" are the waves' own measure).
        let sized = matches!(unit, Unit::Physical { .. })
            .then(|| sized_thing(&cx.sentence[..m.start], &cx.sentence[m.start..], m.end - m.start))
            .flatten()
            .map(|thing| format!("{thing}-size"));
        // ("found a 3-kg block of cocaine": a block of some size, nothing to compare.)
        let compound = cx.sentence[m.start..m.end]
            .find('-')
            .is_some_and(|h| describes_some_thing(&cx.sentence[..m.start], &cx.sentence[m.start + h..]));
        let valued = word
            .as_ref()
            .and_then(|w| valued_thing(cx.sentence, w, m, &self.function_words));
        // (Two words at most between a measure word and the figure.)
        let beside = |w: &MeasureWord| {
            let gap = if w.end <= m.start {
                cx.sentence.get(w.end..m.start)
            } else {
                cx.sentence.get(m.end..w.start)
            };
            gap.is_some_and(|g| {
                g.split_whitespace()
                    .filter(|t| t.chars().any(char::is_alphanumeric))
                    .count()
                    <= 2
            })
        };
        let measure = match (unit, &word) {
            _ if group.is_some() => group.as_ref().map(|g| format!("{g}-size")),
            _ if valued.is_some() => valued.map(|thing| format!("{thing}-value")),
            (Unit::Physical { .. }, Some(w)) if w.start < m.start && (sized.is_some() || compound) => sized,
            // A measure of durations right beside the figure ("a runtime of 166 minutes", "the
            // running time — 2 hours and 36 minutes before trailers"); else "a 12-week trial",
            // "two weeks before the vote"; else a measure of durations further off ("who led
            // the company for nine years": a tenure; not "led by Harrow & Vance, have a
            // 30-day option").
            (Unit::Days, Some(w)) if beside(w) => Some(w.def.name.clone()),
            (Unit::Days, _) => duration_attribute(cx.sentence, m)
                .filter(|a| !a.strip_suffix("-duration").is_some_and(|n| self.term_names.contains(n)))
                .or_else(|| word.as_ref().map(|w| w.def.name.clone())),
            (_, Some(w)) => Some(w.def.name.clone()),
            (Unit::Count(noun), None) if !noun.is_empty() && !self.frames.is_generic(noun) => {
                Some(format!("{noun}-count"))
            }
            (Unit::Physical { .. }, None) => sized,
            (Unit::Percent | Unit::PercentagePoint, None) => {
                // "a 4.5% stake"; not "4.5% this year", "4.5% over two years", "4.5% annually".
                // ("85% contained": a measure's word after a percentage.)
                noun_after(&cx.sentence[m.end..])
                    .filter(|n| {
                        !self.frames.is_generic(n)
                            && !self.function_words.contains(n)
                            && !self.frames.is_qualifier_word(n)
                    })
                    .map(|n| match self.frames.measure_after_percent(&n) {
                        // (Only with no object after it: "40% contained errors" did not.)
                        Some(measure) if ends_predicate(&cx.sentence[m.end..]) => measure.to_string(),
                        _ => n,
                    })
            }
            _ => None,
        };
        // "Shares have doubled this year, rising 113% so far": a clause that opens with its
        // change's verb in -ing form tells more of the clause before, whose words say what
        // changed and on what basis.
        let told_of = word
            .as_ref()
            .filter(|w| {
                w.def.polarity.is_some()
                    && cx.sentence.get(clause.0..w.start).is_some_and(|b| b.trim().is_empty())
                    && cx.sentence[w.start..w.end].to_lowercase().ends_with("ing")
            })
            .and_then(|_| cx.clauses.previous(clause));
        let basis = match told_of {
            Some(before) if opens_on_scene(before) => (0, basis.1),
            Some(before) => (before.0.min(basis.0), basis.1),
            None => basis,
        };
        let name_spans: Vec<(usize, usize)> = cx.names.iter().map(|(e, _)| (e.start, e.end)).collect();
        // "a magnitude 7.3 earthquake": the word of a scale (a measure of plain numbers) right
        // before the figure names it; "arrested 23 protesters" counts protesters.
        let named_before = word.as_ref().is_some_and(|w| {
            w.def.dimensions.iter().any(|d| d == "number")
                && w.end <= m.start
                && cx.sentence[w.end..m.start].trim().is_empty()
        });
        let hedged = matches!(&m.value, Value::Amount { hedge: Some(_), .. });
        // A measure of a plain number ("a magnitude-6.7 aftershock") counts nothing: the noun
        // after it is what the number is of, and may qualify it.
        // (Only a word beside the figure: "The magnitude 7.8 quake trapped 120 miners" counts
        // miners.)
        let of_a_number = word.as_ref().is_some_and(|w| {
            let beside = cx
                .sentence
                .get(w.end..m.start)
                .is_some_and(|gap| gap.trim_matches([' ', '-']).is_empty())
                || w.start >= m.end && noun.is_some_and(|(noun_start, _)| w.end <= noun_start);
            beside && w.def.dimensions.iter().any(|d| d == "number")
        });
        let mut qualifiers = self.frames.qualifiers(
            cx.sentence,
            basis,
            figure,
            noun.filter(|_| !named_before && !of_a_number),
            word.as_ref(),
            &name_spans,
            hedged,
        );
        qualifiers.extend(cost_of.map(|thing| format!("of:{thing}")));
        if let Some(first) = reported_with {
            let report = self
                .frames
                .qualifiers(cx.sentence, first, figure, None, word.as_ref(), &name_spans, hedged);
            qualifiers.extend(report.into_iter().filter(|q| self.frames.is_report_wide(q)));
            qualifiers.sort();
            qualifiers.dedup();
        }
        // A measure that is a maximum itself ("maximum sustained winds" are the winds).
        if word.as_ref().is_some_and(|w| w.def.peak) {
            qualifiers.retain(|q| q != "peak");
        }
        // Points are a change already: "raised its rate by a quarter of a point" and "a
        // quarter-point hike" are one figure.
        if matches!(
            &m.value,
            Value::Amount {
                unit: Unit::PercentagePoint,
                ..
            }
        ) {
            qualifiers.retain(|q| q != "change");
        }
        // "40 navy divers" are some of "120 divers": a word between a figure and the noun it
        // counts (a measure named after that noun) narrows what is counted.
        if let (Unit::Count(lemma), Some((noun_start, _)), None) = (unit, noun, &word) {
            // (Not a name or its adjective: "30,000 PwC professionals", "six Philippine islands".)
            let written = cx.sentence.get(m.end..noun_start).unwrap_or_default().trim();
            let between = written.to_lowercase();
            if measure.as_deref() == Some(format!("{lemma}-count").as_str())
                && !written.contains(char::is_uppercase)
                && !between.contains(' ')
                && !is_number_word(&between)
                && self.frames.narrows(&between)
            {
                qualifiers.push(format!("of:{between}"));
            }
            // "took 29 diverted ships": a participle before the noun tells what was done to
            // those counted, as "29 ships were diverted" does (not a neutral one: "110,000
            // scheduled flights", "confirmed cases").
            let participle = self.frames.participle_stem(&between);
            if let Some(stem) = participle.filter(|_| measure.as_deref() == Some(format!("{lemma}-count").as_str())) {
                qualifiers.push(format!("done:{stem}"));
            }
        }
        // "Quillspark's 2026 revenue of $1.58 billion": a year written as the adjective of an
        // account's measure is that whole year's figure.
        // (A year before a noun is read as a number, not a date. Not the end of a date, "the
        // Nov. 3, 2025 judgment", nor "bonds due 2031 fell".)
        let year_before = |w: &MeasureWord| {
            let mut before = cx.sentence[..w.start].split_whitespace().rev();
            let year = before.next().unwrap_or_default();
            let dated = before
                .next()
                .is_some_and(|w| w.ends_with(',') || w.eq_ignore_ascii_case("due"));
            year.len() == 4
                && year.bytes().all(|b| b.is_ascii_digit())
                && (year.starts_with("19") || year.starts_with("20"))
                && !dated
        };
        if word.as_ref().is_some_and(|w| w.def.account && year_before(w))
            && self.frames.is_period("full-year")
            && !qualifiers.iter().any(|q| self.frames.is_period(q))
        {
            qualifiers.push("full-year".to_string());
        }
        // "2 tonnes of cocaine": a measure of things (`of_thing`) is of the thing named.
        if let Some(thing) = word
            .as_ref()
            .filter(|w| w.def.of_thing)
            .and_then(|_| self.thing_of(&cx.sentence[m.end..]))
        {
            qualifiers.push(format!("of:{thing}"));
        }
        // "7.5 miles of streams", "26.2 miles of city streets": a length of a thing is its
        // extent, not a distance from somewhere (only a figure no other measure word names).
        // (Not "within 20 miles of the plant", a distance from it: a thing's extent takes no
        // article; nor "148mm of rain", "9 feet of water" in a surge: the measure's own stuff.
        // An area is left alone: "burned 12,000 hectares of forest" and "burned 30,000 acres"
        // are one fire's area.)
        let distance_or_none = word.as_ref().is_none_or(|w| w.def.from_place);
        if dimension == "length" && distance_or_none && !qualifiers.iter().any(|q| q.starts_with("of:")) {
            let words = cx.sentence[m.end..]
                .trim_start()
                .strip_prefix("of ")
                .map(|rest| {
                    lower_case_run(rest, 2, |_, word| {
                        word.len() >= 3
                            && word.chars().all(|c| c.is_ascii_lowercase())
                            && !self.function_words.contains(word)
                    })
                })
                .unwrap_or_default();
            const STUFF: &[&str] = &["water", "seawater", "snow", "ice", "mud", "sand", "silt"];
            let thing = words
                .last()
                .filter(|w| !self.frames.names_a_measure(w) && !STUFF.contains(*w));
            if let Some(thing) = thing {
                qualifiers.push(format!("of:{}", pluralizer::pluralize(thing, 1, false)));
            }
        }
        // "the six-engine Starship", "a 32-point game": how many parts one thing has. (Not
        // one set off after its name, "the Aster Pod 8, an eight-card server": the name, the
        // subject, is that thing.)
        let apposed = || {
            cx.sentence[..m.start].rsplit_once(',').is_some_and(|(name, between)| {
                let words: Vec<&str> = between.split_whitespace().collect();
                let named = name
                    .split_whitespace()
                    .next_back()
                    .is_some_and(|w| w.starts_with(char::is_uppercase) || w.chars().all(|c| c.is_ascii_digit()));
                named
                    && words.len() <= 3
                    && words
                        .first()
                        .is_some_and(|w| matches!(w.to_lowercase().as_str(), "a" | "an" | "the" | "its" | "their"))
            })
        };
        // And "clusters of 64 cards", "teams of 12 players": how many each of those holds, or
        // all of them, not how many the story counts.
        if m.kind == Kind::Count && word.is_none() && group.is_none() && !apposed() {
            let owner = compound_owner(&cx.sentence[m.end..]).or_else(|| holders_before(&cx.sentence[..m.start]));
            if let Some(owner) = owner.filter(|o| !self.function_words.contains(o)) {
                qualifiers.push(format!("of:{owner}"));
            }
        }
        // "| Containers on board | 4,680 |": a count a table row gives without a noun counts the
        // plural noun opening the row's label before the label's measure word (not "| People on
        // board | 24 |", whom the measure counts anyway, nor "| Deaths | 40 |", the measure).
        if m.kind == Kind::Count && noun.is_none() {
            let thing = word
                .as_ref()
                .and_then(|w| row_label_noun(cx.sentence, m.start, w.start))
                .filter(|t| !self.frames.is_generic(t) && !self.function_words.contains(t.as_str()));
            if let Some(thing) = thing {
                qualifiers.push(format!("of:{thing}"));
            }
        }
        // "412 passengers" and "six crew members" are some of "448 people on board"; "448
        // passengers and crew" are all.
        if let Some(who) = noun.and_then(|(_, end)| self.frames.who_counted(cx.sentence, (m.end, end))) {
            qualifiers.push(format!("of:{who}"));
        }
        // The scene is every figure's of the sentence ("For the full year, revenue rose 9.4% to
        // $1.59 billion"), also one whose own part starts after another figure, and one in a
        // clause that only adds a figure to the one before ("For fiscal 2023, Apple reported
        // net income of $96.99 billion, or $6.13 a share, on revenue of $298.08 billion"; not
        // "..., and the company took a 10-year lease").
        let adds_figure = |c: (usize, usize)| {
            all.iter()
                .filter(|t| !t.kind.is_time() && t.start >= c.0 && t.start < c.1)
                .map(|t| t.start)
                .min()
                .is_some_and(|first| continues_clause(&cx.sentence[c.0..first]))
        };
        let mut scene_of = Some(clause);
        while let Some(c) = scene_of.filter(|&c| !opens_on_scene(c) && adds_figure(c)) {
            scene_of = cx.clauses.previous(c);
        }
        let scene = scene_of
            .filter(|&c| opens_on_scene(c))
            .and_then(|c| cx.clauses.previous(c));
        if let Some((_, scene_end)) = scene.filter(|_| basis.0 > 0) {
            let scene = self.frames.qualifiers(
                cx.sentence,
                (0, scene_end),
                figure,
                None,
                word.as_ref(),
                &name_spans,
                hedged,
            );
            qualifiers.extend(
                scene
                    .into_iter()
                    .filter(|q| !q.contains(':') && !qualifiers.contains(q))
                    .collect::<Vec<_>>(),
            );
        }
        // "If Green Future gains the seat, it would finish with 13 members and National Renewal
        // with 10": a condition holds for every figure after it in its clause, and for the
        // sentence an opening clause of it sets.
        // A move holds them from anywhere in its clause ("up 46% at $90.51 in midday trading").
        let condition_from = cx.clauses.opening(clause, all).map_or(clause.0, |(start, _)| start);
        let condition_to = if word.as_ref().is_some_and(|w| w.def.polarity.is_some()) {
            clause.1
        } else {
            m.start
        };
        qualifiers.extend(
            self.frames
                .clause_wide(cx.sentence, (condition_from, condition_to), m.start),
        );
        // "down 13% compared with $8.29 billion a year earlier": a change's basis told after
        // the figure it is measured from.
        if let Some((comparand, end)) = word
            .as_ref()
            .filter(|w| w.def.polarity.is_some())
            .and_then(|_| self.comparand_after(cx, m, all))
        {
            qualifiers.extend(
                self.frames
                    .qualifiers(
                        cx.sentence,
                        (comparand.0, end),
                        comparand,
                        None,
                        word.as_ref(),
                        &name_spans,
                        false,
                    )
                    .into_iter()
                    .filter(|q| self.frames.level_of(q).is_some()),
            );
        }
        // "1.5 million kora — roughly US$41,700 — for each family", "(about $41,700) for each":
        // a figure restated in an aside right after it is the same figure, and what the words
        // after the aside say of its basis ("for each", "a year") they say of both.
        // "1.5 million euros (about US$41,700) for each family", "— roughly US$41,700 —": a
        // figure restated in an aside right after it is the same figure, and what the clause
        // after the aside says of its basis ("for each", "a year") it says of both.
        if let Some(after) = cx.clauses.next(clause).filter(|&(start, _)| {
            let held: Vec<&Mention> = all.iter().filter(|t| t.start >= m.end && t.end <= start).collect();
            matches!(held.as_slice(), [only] if !only.kind.is_time() && restatement_gap(&cx.sentence[m.end..only.start]))
        }) {
            let told = self
                .frames
                .qualifiers(cx.sentence, after, (after.0, after.0), None, word.as_ref(), &name_spans, hedged);
            qualifiers.extend(told.into_iter().filter(|q| q.starts_with("per-")));
        }
        let part = word
            .as_ref()
            .filter(|_| !qualifiers.iter().any(|q| q.starts_with("of:")))
            .and_then(|w| self.frames.part_named_before(cx.sentence, figure, w, cx.parts));
        if let Some(part) = &part {
            qualifiers.push(format!("of:{part}"));
        }
        // "The visualization business": a part the corpus names in full elsewhere.
        for q in &mut qualifiers {
            if let Some(full) = q.strip_prefix("of:").and_then(|part| whole_part(cx.parts, part)) {
                *q = format!("of:{full}");
            }
        }
        let mut measure = measure;
        // "793 passengers have been discharged": a count that only its noun of who is counted
        // measures (how many were on board) is of those a participle after it says something
        // happened to, not of all on board ("two crew members were rescued" too).
        if let (Some(w), Some((s, e))) = (&word, noun) {
            if s.min(m.end) <= w.start && w.end <= e && w.says_who(cx.sentence) {
                qualifiers.extend(done_to(&cx.sentence[e..], false));
            }
        }
        // "Only four previous jackpots have ever topped $1 billion": a count of those past a
        // threshold, which names it ("two have surpassed $1.5 billion" counts others).
        if let (Unit::Count(_), Some((_, e))) = (unit, noun) {
            qualifiers.extend(threshold_after(cx.sentence, e, all));
        }
        // "all 32 council areas voting to stay": a count of something other than people, or
        // than what the measure counts, is a count of that thing; what happened to it qualifies.
        // (Not a measure of a plain number: "the 7.9 magnitude quake", "the magnitude-7.8
        // quake" are a magnitude, as "a 7.2-magnitude quake" is.)
        if let (Unit::Count(lemma), Some((s, e)), false, false) = (unit, noun, named_before, of_a_number) {
            let written = &cx.sentence[s..e];
            let whole_of = cx.sentence[..m.start].trim_end().to_lowercase().ends_with("of the");
            if group.is_none() && !self.frames.is_generic(lemma) && !self.frames.names_a_measure(written) {
                match &word {
                    Some(w) => qualifiers.push(w.def.name.clone()),
                    None => qualifiers.extend(
                        done_to(&cx.sentence[e..], whole_of)
                            // (Not a count hyphened to its noun: "a 3-game winning streak".)
                            .or_else(|| {
                                (!cx.sentence[m.end..].starts_with('-'))
                                    .then(|| doing(&cx.sentence[e..]))
                                    .flatten()
                                    .map(|v| format!("doing:{v}"))
                            }),
                    ),
                }
                // "had ordered 512 cards, part of the 38,000 pre-ordered": a part of a whole
                // the sentence gives after it, not the whole.
                // (Not "fined 3 banks, part of a crackdown", "30 miners, some of the most
                // experienced": the whole is a figure.)
                let after = cx.sentence[e..].to_lowercase();
                let of_a_figure = [
                    "part of the ",
                    "some of the ",
                    "a fraction of the ",
                    "a portion of the ",
                    "a share of the ",
                ]
                .iter()
                .find_map(|p| after.strip_prefix(", ").and_then(|a| a.strip_prefix(p)))
                .is_some_and(|whole| whole.starts_with(|c: char| c.is_ascii_digit()));
                if of_a_figure {
                    qualifiers.push("part-of".to_string());
                }
                // "400,000 packs of biscuits" count packs of one thing, "a million food
                // packs" may hold anything.
                if let Some(content) = cx.sentence[e..]
                    .trim_start()
                    .strip_prefix("of ")
                    .and_then(head_noun)
                    .filter(|n| !self.frames.is_generic(n))
                {
                    qualifiers.push(format!("of:{content}"));
                }
                // "its wins in 263 local areas" counts the areas where it won, not the areas.
                if let Some(what) = place_of(&cx.sentence[..m.start]) {
                    qualifiers.push(format!("where:{what}"));
                }
                measure = Some(format!("{lemma}-count"));
            }
        }
        // A change says what changed ("revenue rose 19%"); one that does not ("Nvidia surges
        // 26%") could be any of the story's figures, and is not compared.
        let mut level_subject = None;
        if let Some(w) = word.as_ref().filter(|w| w.def.polarity.is_some()) {
            let thing = self
                .frames
                .changed(cx.sentence, clause, figure, w, &name_spans)
                .or_else(|| self.frames.changed(cx.sentence, told_of?, figure, w, &name_spans))
                .or_else(|| {
                    let noun = self.frames.clause_noun(cx.sentence, clause, &name_spans, cx.parts)?;
                    // "the gaming department fell 38%": a part of the company changed in size.
                    let size = self.frames.part_measure().filter(|_| cx.parts.contains(&noun));
                    Some(
                        std::iter::once(noun.as_str())
                            .chain(size)
                            .map(|n| format!("of:{n}"))
                            .collect(),
                    )
                });
            match thing {
                Some(thing) => qualifiers.extend(thing),
                // "down 53% from a year ago and up 31% from the previous quarter": the
                // second change is of what the first changed.
                None => match self
                    .change_of_figure_before(cx, clause, (w.start, w.end), m, all)
                    .or_else(|| {
                        (own.0 > clause.0)
                            .then(|| self.change_of_figure_before(cx, (own.0, clause.1), (w.start, w.end), m, all))
                            .flatten()
                    }) {
                    Some(level) => {
                        qualifiers.extend(level.qualifiers);
                        level_subject = level.subject;
                    }
                    None => measure = None,
                },
            }
        }
        // "16,141,241 votes to Remain": a vote figure is for an option, named in its part of
        // the sentence up to the next figure but one in brackets ("48.1% of votes
        // (16,141,241) were cast in favour of Remain"); a figure in brackets restates the
        // clause before ("voted to leave (51.9%)"). The names from words naming an option
        // to the next figure or break are that option's ("voted to remain in the EU"),
        // neither places nor subjects.
        let option = word.as_ref().filter(|w| w.def.options).and_then(|_| {
            let bracketed = |at: usize| cx.sentence[..at].ends_with('(');
            let end = all
                .iter()
                .filter(|t| !t.kind.is_time() && t.start >= m.end && !bracketed(t.start))
                .map(|t| t.start)
                .min()
                .unwrap_or(cx.sentence.len());
            let start = if bracketed(m.start) {
                all.iter()
                    .filter(|t| !t.kind.is_time() && t.end <= m.start)
                    .map(|t| t.end)
                    .max()
                    .unwrap_or(0)
            } else {
                own.0
            };
            let share = m.kind == Kind::Percent;
            let option = |start: usize| {
                self.frames
                    .vote_option(cx.sentence, (start, end), figure, &name_spans, share)
            };
            // "also voted Yes, 56 percent to 44 percent": a clause that opens with its figure
            // and names no option has it in the clause before, up to the figure before it.
            let clause_before = || {
                let figure_before = all
                    .iter()
                    .filter(|t| !t.kind.is_time() && t.end <= m.start)
                    .map(|t| t.end)
                    .max()
                    .unwrap_or(0);
                cx.clauses
                    .previous(clause)
                    .filter(|_| cx.sentence[clause.0..m.start].trim().is_empty())
                    .map(|p| p.0.max(figure_before))
            };
            option(start).or_else(|| clause_before().and_then(option))
        });
        let leads: Vec<usize> = match option {
            Some(_) => self.frames.option_leads(cx.sentence).collect(),
            None => Vec::new(),
        };
        // (Not a place right after the word: "won 51.9 per cent of the vote in Donegal"; but
        // "voted to remain in the EU".)
        let in_option_words = |e: &Entity| {
            leads.iter().any(|&lead| {
                let between = cx.sentence.get(lead..e.start).unwrap_or_default();
                let place_after_word = matches!(
                    between.split_whitespace().collect::<Vec<_>>()[..],
                    [_, "in" | "at" | "across"] | [_, "in" | "at" | "across", "the"]
                );
                lead <= e.start
                    && !place_after_word
                    && ![",", ";", " and ", " but ", " while "]
                        .iter()
                        .any(|b| between.contains(b))
                    && !all
                        .iter()
                        .any(|t| !t.kind.is_time() && lead <= t.start && t.start < e.start)
            })
        };
        // Places in the clause ("in Leyte") and named sources in the sentence ("Reuters
        // reported") narrow the figure; neither is its subject, unless the source is the
        // only name there is ("Lumora said it was valued at $6 billion"); the outlet the
        // figure was told to ("told Reuters") is neither.
        let reach = cx.clauses.previous(clause).map_or(clause.0, |p| p.0);
        // (A place may open the sentence past an aside too: "In the province of Al Haouz, the
        // epicentre of the quake, 1,351 deaths".)
        let opening_end = cx.clauses.opening(clause, all).map(|(_, end)| end);
        let mut places: Vec<usize> = Vec::new();
        let mut sources = Vec::new();
        // Sources that are never what the figure is of, and always its source: a pollster
        // ("analysts polled by Refinitiv"), the organisation a speaker speaks for.
        let mut outside_sources = Vec::new();
        // The names of a wire dateline ("MANILA (Wirenews) –"): where and by whom it was filed.
        let mut reporters = Vec::new();
        let mut option_names = Vec::new();
        for (i, (e, _)) in cx.names.iter().enumerate() {
            if in_option_words(e) {
                option_names.push(i);
                continue;
            }
            // "in the United States and Canada", "in Cambridge, Massachusetts": a name listed
            // right after a place is a place too.
            let listed_after_place = cx.listed_after(i, &places);
            // "In Harlow county alone, 12 people died": the place may open the clause before.
            let in_clause = e.start >= reach && e.end <= clause.1;
            let consensus = FrameLexicon::named_consensus(e);
            if self.frames.is_reporter(cx.sentence, e) || e.end <= cx.dateline_end {
                reporters.push(i);
            } else if consensus && !FrameLexicon::names_figure(cx.sentence, e, (m.start, m.end))
                || self.frames.consensus_of(cx.sentence, e) && !in_clause
            {
                // A consensus is not what another figure in its sentence is of.
                reporters.push(i);
            } else if consensus
                || self.frames.is_pollster(cx.sentence, e)
                || self.frames.is_affiliation(cx.sentence, e, (m.start, m.end))
            {
                outside_sources.push(i);
                sources.push(i);
            } else if self.frames.is_attribution(cx.sentence, e) {
                sources.push(i);
            } else if listed_after_place
                || (in_clause || opening_end.is_some_and(|end| e.end <= end)) && self.frames.is_place(cx.sentence, e)
            {
                places.push(i);
            }
        }
        let subjects: Vec<(Entity, String)> = cx
            .names
            .iter()
            .enumerate()
            .filter(|(i, _)| {
                !places.contains(i) && !sources.contains(i) && !reporters.contains(i) && !option_names.contains(i)
            })
            .map(|(_, n)| n.clone())
            .collect();
        let scx = Context {
            names: &subjects,
            ..*cx
        };
        // The subject: a name in the counted noun phrase ("30,000 PwC professionals"), or the
        // institution a sum sizes ("its $100 billion Vision Fund"), else the subject of the
        // figure's clause.
        let in_noun_phrase = subjects.iter().find(|(e, _)| {
            m.kind == Kind::Count && e.start >= m.end && e.start <= m.end + 2
                || m.kind == Kind::Money && cx.counted.contains(&(e.start, m.start))
        });
        // "Helio's market value is on the verge of $1 trillion": the owner of the measure;
        // "costs more than Helix 7's $21,500": the owner of the figure itself.
        let owner = scx
            .owner_before(clause.0, m.start)
            .filter(|_| cx.sentence[..m.start].trim_end().ends_with(['s', '\'', '’']))
            // ("Northmere's inflation rate is lower, at 2.3 per cent": the measure word's clause
            // before the figure's.)
            .or_else(|| {
                word.as_ref().and_then(|w| {
                    let from = clause.0.min(cx.clauses.around((w.start, w.end)).0);
                    scx.owner_before(from, w.start)
                })
            });
        let mut subject = match in_noun_phrase.map(|(_, n)| n.clone()).or(owner) {
            Some(n) => Some(n),
            // A figure in brackets ("12 miles (19 km) north") is the figure's before it; a
            // label names what the figures after it are of ("Gaming: revenue was $2.24 billion").
            None if cx.sentence[..clause.0].trim_end().ends_with(['(', ':']) => {
                self.subject(&scx, (reach, clause.1), m.start, SubjectOf::Figure)
            }
            None => self.subject(&scx, clause, m.start, SubjectOf::Figure),
        };
        let joint_subject = subject
            .as_deref()
            .filter(|_| m.kind == Kind::Count)
            .and_then(|n| scx.joint_subject(n, m.start));
        if joint_subject.is_some() {
            subject.clone_from(&joint_subject);
        }
        // "up from 600 watts for Aster 2", "against 600W on Aster 2": a name right after a
        // figure compared with, and "for" or "on", is whose that figure is (not after a
        // figure of its own: "paid $3 billion for Beats", "jumped 24% on Wall Street").
        let compared = self.comparison_start.is_match(cx.sentence[..m.start].trim_end());
        let named_after = ["for", "on"].into_iter().filter(|_| compared).find_map(|p| {
            let rest = cx.sentence[m.end..]
                .strip_prefix(' ')?
                .strip_prefix(p)?
                .strip_prefix(' ')?;
            let rest = rest.strip_prefix("the ").unwrap_or(rest);
            let at = cx.sentence.len() - rest.len();
            cx.names.iter().find(|(e, _)| e.start == at).map(|(_, n)| n.clone())
        });
        if option.is_none() && named_after.is_some() {
            subject = named_after;
        }
        // A segment's name is its part, not its subject ("Helio's Cloud segment").
        if subject.as_ref().map(|n| n.to_lowercase()) == part {
            subject = None;
        }
        subject = subject.or(level_subject);
        // A source that is not a person is the subject when no other name is ("Lumora said
        // it was valued at $6 billion"), but for a toll ("the UN says 673,000 were
        // displaced"); a person who said a figure is its speaker.
        let toll = word.as_ref().is_some_and(|w| w.def.toll);
        // So is one that speaks of itself in the figure's own clause, whatever name or "the
        // company" opened the sentence ("The tech giant said it would tell staff, while
        // Salesforce announced Wednesday it will cut 10 percent of its workforce").
        // (Not when the subject is named after it: "Acme said it expects Zenith's revenue".)
        let speaks_of_itself = sources.iter().filter(|i| !outside_sources.contains(i)).find_map(|&i| {
            let (e, n) = cx.names.get(i)?;
            let named_after = cx
                .names
                .iter()
                .any(|(later, name)| later.start > e.start && subject.as_ref() == Some(name));
            (e.start >= clause.0
                && e.end <= m.start
                && !named_after
                && !cx.entities.is_person(n)
                && self.frames.speaks_of_itself(cx.sentence, e))
            .then(|| n.clone())
        });
        if !toll && option.is_none() && speaks_of_itself.is_some() {
            subject = speaks_of_itself;
        } else if subject.is_none() && !toll && option.is_none() {
            subject = sources
                .iter()
                .filter(|i| !outside_sources.contains(i))
                .filter_map(|&i| cx.names.get(i).map(|(_, n)| n))
                .find(|n| !cx.entities.is_person(n))
                .cloned();
        }
        // "a spokesman for the Management Council (NDRRMC), said they had accounted for three
        // deaths": in a sentence that names its source, an institution counts a toll, it is
        // not what the toll is of ("Northfield Hospital has recorded 12 deaths" is the
        // hospital's toll).
        if toll && !sources.is_empty() && subject.as_deref().is_some_and(|n| cx.entities.is_institution(n)) {
            qualifiers.extend(subject.take().map(|n| format!("per:{n}")));
        }
        // "won 143 of the 300 seats": the whole a part is counted out of is no figure of the
        // subject's, nor of what the part did (a population is: "505 of Orvane's 770
        // employees" is its headcount).
        // (A whole after a part in words is only a population's: "most of its 62-aircraft
        // fleet" is the fleet's size.)
        if (after_part && !part_in_words && word.as_ref().is_none_or(|w| !w.def.fallback))
            || (opens_whole && word.is_none())
        {
            subject = None;
            qualifiers.push("whole".into());
        }
        // "The museum's entire collection is insured for €1.2 billion": the whole that the
        // story's figures of a part are out of ("the stolen pieces were insured for €60
        // million"). Not a whole stretch of time ("for the entire year").
        let of_entire = before
            .split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase())
            .collect::<Vec<_>>()
            .windows(2)
            .any(|pair| match pair {
                [scope, noun] => {
                    matches!(scope.as_str(), "entire" | "whole")
                        && !matches!(
                            noun.as_str(),
                            "day" | "week" | "month" | "quarter" | "year" | "season" | "period" | "time" | "decade"
                        )
                }
                _ => false,
            });
        // "The ruling comes a little over a year after the EU fined the company $2.7 billion": a
        // figure in a clause opened by months or years and "after" tells of an earlier event.
        let months_after = cx.sentence.get(..clause.0).is_some_and(|before| {
            before
                .trim_end()
                .to_lowercase()
                .strip_suffix("after")
                .map(str::trim_end)
                .is_some_and(|span| ["year", "years", "month", "months"].iter().any(|u| span.ends_with(u)))
        });
        // "margin of 22%–23% (was 21.5%–22.5%)": a value in brackets after "was" is the one the
        // figure before it replaced.
        let replaced = cx.sentence.get(..m.start).is_some_and(|before| {
            let before = before.trim_end().to_lowercase();
            ["(was", "(previously", "(prior"].iter().any(|w| before.ends_with(w))
        });
        if (months_after || replaced) && !qualifiers.iter().any(|q| q == "earlier") {
            qualifiers.push("earlier".into());
        }
        if of_entire && !qualifiers.iter().any(|q| q == "whole") {
            qualifiers.push("whole".into());
        }
        // "The two trains were carrying around 2,000 passengers": a count told of several
        // things of one kind together is no count of one of them ("1,257 passengers" on one
        // train). (Not a toll: "and at least 288 people have been killed" is the crash's.)
        if m.kind == Kind::Count && subject.is_none() && !toll {
            if let Some(things) = cx.sentence.get(cx.dateline_end..m.start).and_then(several_things) {
                qualifiers.push(format!("across:{things}"));
            }
        }
        // Of two figures ("1,000 in Tacloban and 200 in Samar"), the second has the places of
        // its own part, the first those up to the second; but a figure that only names its
        // option ("55.8% in Northern Ireland voted Remain and 44.2% Leave") has those of the
        // clause.
        let option_only = option
            .as_ref()
            .is_some_and(|(_, named)| *named == OptionNamed::AfterFigure);
        let option_named = option.as_ref().is_some_and(|(o, _)| self.frames.is_option_name(o));
        let from = if own.0 > clause.0 && !option_only { own.0 } else { reach };
        // ("rose 3.1pc to 744p in London": a change and the level it reached share the
        // places after the level; not "voted 96 percent to 4 percent", a score.)
        let level_after = all
            .iter()
            .filter(|t| !t.kind.is_time() && t.start >= m.end)
            .min_by_key(|t| t.start)
            .filter(|t| t.kind != m.kind && cx.sentence[m.end..t.start].trim() == "to");
        let to = level_after
            .map_or(own.1, |level| Self::next_figure_start(all, clause, level.end))
            .min(clause.1);
        // "killed 41 people at the Al Noor mosque, then attacked the Linwood mosque, killing
        // seven": in the clause before, a place after another figure is that figure's.
        // (Not when the clause only adds a figure to that one's and names no place of its own:
        // "won 51.9 per cent of the vote in Donegal, on a turnout of 57.1 per cent"; not "with
        // prices up 2.4% in France".)
        let own_place = places
            .iter()
            .filter_map(|&i| cx.names.get(i))
            .any(|(e, _)| e.start >= clause.0 && e.end <= clause.1);
        let adds_figure = !own_place && adds_a_figure(&cx.sentence[clause.0..m.start]);
        let other_figure_before = all
            .iter()
            .filter(|t| !t.kind.is_time() && t.start >= reach && t.end <= clause.0 && !adds_figure)
            .map(|t| t.start)
            .min()
            .unwrap_or(clause.0);
        // "In Castrine province, 17 people died and 12,000 were displaced": an opening clause
        // without a figure sets the place of every figure of the sentence.
        let opening = cx.clauses.opening(clause, all);
        let mut own_places: Vec<usize> = Vec::new();
        for &i in &places {
            let Some((e, name)) = cx.names.get(i) else { continue };
            // "in the Netherlands, Belgium and Germany": listed after one of its own.
            if cx.listed_after(i, &own_places)
                || e.start >= from && e.end <= to && (e.start >= clause.0 || e.end <= other_figure_before)
                || opening.is_some_and(|(_, end)| e.end <= end)
            {
                own_places.push(i);
                qualifiers.push(format!("in:{name}"));
            }
        }
        // "Turnout in the capital was 54%": a part of the country, in common words.
        for scope in std::iter::once((from, to)).chain(opening) {
            qualifiers.extend(
                self.frames
                    .part_places(cx.sentence, scope)
                    .into_iter()
                    .map(|p| format!("in:{p}")),
            );
        }
        // "its 61 branches here are nearly a third of its 214": "here" right after a count's
        // noun is where the source is (a regional paper's province), not the whole.
        if let Some((_, noun_end)) = noun {
            let next = cx.sentence[noun_end..].split_whitespace().next().unwrap_or_default();
            if matches!(
                next.trim_end_matches(|c: char| !c.is_alphabetic())
                    .to_lowercase()
                    .as_str(),
                "here" | "locally"
            ) {
                qualifiers.push("in:here".into());
            }
        }
        // "Turnout at 57 percent was lower than the national average of 64.51 per cent": a
        // figure set against the nation's is a part's, where the source is.
        let against_the_nation = || {
            let after = cx.sentence[m.end..].to_lowercase();
            if !after.contains("nation") {
                return false;
            }
            const COMPARED: [&str; 6] = ["than", "against", "above", "below", "with", "to"];
            COMPARED.iter().any(|c| {
                [
                    "national average",
                    "nationwide average",
                    "national figure",
                    "national rate",
                ]
                .iter()
                .any(|n| after.contains(&format!("{c} the {n}")))
            })
        };
        if own_places.is_empty() && !qualifiers.iter().any(|q| q.starts_with("in:")) && against_the_nation() {
            qualifiers.push("in:here".into());
        }
        // "Scotland backed Remain by 62%": where the vote was held, not what the figure is of,
        // when the figure names no place of its own ("55.8% in Northern Ireland voted
        // Remain"); the voters counted ("17,410,742 Britons voted to leave") are no place.
        if let Some((option, named)) = &option {
            let counted = |name: &String| {
                cx.names.iter().any(|(e, n)| {
                    n == name
                        && all.iter().any(|t| {
                            t.kind == Kind::Count
                                && cx.sentence.get(t.end..e.start).is_some_and(|b| b.trim().is_empty())
                        })
                })
            };
            let place = subject.take().filter(|s| slug(s) != *option && !counted(s));
            if own_places.is_empty() && *named != OptionNamed::ByWinner {
                qualifiers.extend(place.map(|p| format!("in:{p}")));
            }
            qualifiers.push(format!("for:{option}"));
        }
        // A person who gave a figure speaks for someone; an organisation that did is a
        // source of its own ("according to Refinitiv"). A name after "the" that a speech verb
        // follows is no person's, however plain its words ("the United Nations said", "the
        // Red Cross said").
        for &i in &sources {
            let Some((e, name)) = cx.names.get(i) else { continue };
            let after_the = cx.sentence[..e.start]
                .split_whitespace()
                .next_back()
                .is_some_and(|w| w.eq_ignore_ascii_case("the"));
            let institution = after_the && self.frames.speaks_right_after(cx.sentence, e);
            let person = cx.entities.is_person(name) && !institution;
            if subject.as_ref() != Some(name) && (outside_sources.contains(&i) || !person) {
                qualifiers.push(format!("per:{name}"));
            }
        }
        // "Nvidia expects revenue of $11 billion": its own outlook, not others' expectation.
        if qualifiers.iter().any(|q| q == "consensus")
            && self.frames.own_outlook(cx.sentence, basis, subject.as_deref())
        {
            qualifiers.retain(|q| q != "consensus");
            qualifiers.push("forecast".into());
        }
        // "Earnings of $1.12 a share", "earned $1.12 a share": earnings per share.
        if let Some(per_share) = word.as_ref().and_then(|w| w.def.per_share.as_ref()) {
            if qualifiers.iter().any(|q| q == "per-share") || measure.as_ref() == Some(per_share) {
                qualifiers.retain(|q| q != "per-share");
                measure = Some(per_share.clone());
            }
        }
        // "two residents who had been critically injured died": some of the injured, not
        // the whole toll.
        qualifiers.extend(
            word.as_ref()
                .and_then(|w| w.among)
                .map(|told| format!("among:{}", told.name)),
        );
        let def = word.as_ref().map(|w| w.def);
        // "Lenbury Airport recorded 43.1 °C": a measure taken at a place is where, not whose
        // ("the thermometer at Lenbury Airport reached 43.7 °C"). An institution that gives it
        // ("According to the Met Office, Coningsby recorded") is no place.
        if def.is_some_and(|d| d.at_place) && own_places.is_empty() {
            let place = subject.take().filter(|s| !self.frames.is_institution(s));
            qualifiers.extend(place.map(|place| format!("in:{place}")));
        }
        // "whether the canal, 193 km long, should be widened": a size set off after a common
        // noun is that thing's, not the story's ship's.
        // So is one a participle of size tells of ("a launch tower standing at a height of
        // nearly 500 feet", "The rocketship, standing taller than the Statue of Liberty at 394
        // feet"): the tower's and the rocket's heights are two things.
        if matches!(unit, Unit::Physical { .. }) {
            let before = &cx.sentence[..m.start];
            qualifiers.extend(
                apposed_noun(before)
                    .or_else(|| def.filter(|d| d.sizes_thing).and_then(|_| size_holder(before)))
                    .map(|noun| format!("of:{noun}")),
            );
        }
        // "expects the economy to shrink by 1.8% this year": a forecast for this year is for
        // all of it, not the year to date (unless it says so: "so far this year", "year to
        // date").
        let so_far = || {
            let lower = cx.sentence.to_lowercase();
            ["so far", "to date", "ytd"].iter().any(|w| lower.contains(w))
        };
        if qualifiers.iter().any(|q| q == "forecast" || q == "consensus") && !so_far() {
            qualifiers.retain(|q| q != "year-to-date");
        }
        qualifiers.sort();
        qualifiers.dedup();
        // A count of a thing no measure names, told as it stands for now ("about 340 vessels
        // were still waiting", "now has 11 tugs"), is of a queue or a fleet that moves; so is
        // a tally told as of a moment (below).
        // (Not "Still, 40 banks refused", nor "the 12 now-closed mines".)
        let standing = || {
            cx.sentence[clause.0..clause.1]
                .split_whitespace()
                .filter(|w| !w.contains('-') && !w.ends_with(','))
                .any(|w| {
                    STANDING_WORDS.contains(&w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase().as_str())
                })
        };
        // "As of 8am ET, 2,691 flights had been canceled", "1,390 flights were canceled as of
        // 6:00 AM": a tally of what was done to things, told as of a moment, in its own clause
        // or the sentence's opening one.
        let tallied_as_of = || {
            let own = cx.sentence[clause.0..clause.1].to_lowercase();
            let opens = cx
                .sentence
                .trim_start()
                .get(..6)
                .is_some_and(|w| w.eq_ignore_ascii_case("as of "));
            qualifiers.iter().any(|q| q.starts_with("done:")) && (own.contains("as of ") || opens)
        };
        let noun_count = def.is_none() && measure.as_deref().is_some_and(|m| m.ends_with("-count"));
        // "four days after the earthquake", "more than a week after": days counted from an
        // event are as many as the story has run when told, and grow with it (not "11 minutes
        // after takeoff", a moment of the event itself).
        let elapsed = matches!(unit, Unit::Days)
            && measure.as_deref().is_some_and(|m| m.starts_with("after-"))
            && m.value.interval().low >= 1.0;
        // A change of what moves during a story moves too ("shares jumped 25%" by noon, 27%
        // at the close).
        let evolving = def.is_some_and(|d| d.evolving)
            || elapsed
            || def.is_none() && measure.as_deref().is_some_and(|m| self.frames.is_evolving(m))
            || noun_count && (standing() || tallied_as_of())
            || qualifiers
                .iter()
                .filter_map(|q| q.strip_prefix("of:"))
                .any(|thing| self.frames.is_evolving(thing));
        // Other names before the figure, nearest first: who the figure may be of when its
        // subject turns out to be the story's own ("82,394 Wearsiders voted to leave the EU,
        // 61% of the votes cast"); not one that only says where the subject is from
        // ("Silicon Valley's Orvane Corp"), nor one in an apposition ("Harrowgate, the Ohio
        // retailer, posted").
        let owns_subject = |e: &Entity| {
            let rest = cx.sentence[e.end..].trim_start_matches(['\'', '’', 's']).trim_start();
            subjects
                .iter()
                .any(|(next, n)| Some(n) == subject.as_ref() && cx.sentence.len() - rest.len() == next.start)
        };
        // (A subject an anaphor named, "the company", is not a name of this sentence: no other
        // name stands in for it.)
        let anaphoric = subject.as_ref().is_some_and(|s| !cx.names.iter().any(|(_, n)| n == s));
        // "Court records describe Renner as 5 feet 10 inches tall": what the subject is
        // described as is the subject's, whatever names stand before it.
        let described_as = subjects.iter().any(|(e, n)| {
            Some(n) == subject.as_ref()
                && e.end <= m.start
                && cx.sentence[e.end..m.start].trim().eq_ignore_ascii_case("as")
        });
        let alternatives = subjects
            .iter()
            .rev()
            .filter(|(e, n)| {
                !anaphoric
                    && !described_as
                    && e.start >= reach
                    && e.end <= m.start
                    && Some(n) != subject.as_ref()
                    && !owns_subject(e)
                    && !cx.in_relative_clause(e, m.start)
            })
            .map(|(_, n)| n.clone())
            .collect();
        if subject.is_none() && qualifiers.iter().any(|q| self.frames.needs_subject(q)) {
            return Frame::default();
        }
        let repeated = qualifiers.iter().any(|q| self.frames.one_of_many(q));
        // "Tarnell owns 9.8% of Kestrel Foods": what a stake is in, what a deal buys. When
        // that is the name the figure is nearest ("Halvora agreed to buy Marktfeld for
        // €2bn"), the subject is the name before it, if any.
        let mut object = None;
        if let Some((e, name)) = word.as_ref().and_then(|w| {
            self.frames
                .object_of(cx.sentence, cx.clauses.past_aside(clause), w.def, &subjects)
        }) {
            if subject.as_ref() != Some(name) {
                object = Some(name.clone());
            } else if let Some((_, buyer)) = subjects
                .iter()
                .rev()
                .find(|(other, n)| other.start >= reach && other.end <= e.start && n != name)
            {
                subject = Some(buyer.clone());
                object = Some(name.clone());
            }
        }
        // (A temperature that names no place nor anyone, nor who gave it, and a distance from
        // no place that names no one ("Homes as far as 10 kilometers away were damaged"): see
        // `Frame::unplaced`.)
        let joint = joint_subject.is_some() && subject == joint_subject;
        let unplaced = def.is_some_and(|d| d.at_place || d.from_place)
            && subject.is_none()
            && !qualifiers.iter().any(|q| {
                q.starts_with("in:") || q.starts_with("per:") || q.starts_with("of:") || q.starts_with("from:")
            });
        Frame {
            subject,
            measure,
            object,
            qualifiers,
            measure_word: word.map(|w| cx.sentence[w.start..w.end].to_string()),
            // "voted No" names an option, denying nothing.
            negated: self.frames.negated(cx.sentence, clause, figure) && !option_named,
            polarity: def.and_then(|d| d.polarity.clone()),
            evolving,
            per_source: def.is_some_and(|d| d.per_source),
            volatile: def.is_some_and(|d| d.volatile),
            progress: def.is_some_and(|d| d.progress),
            unplaced,
            repeated,
            alternatives,
            joint,
            ..Frame::default()
        }
    }

    /// Where the figure (not a time) after `at` starts: the end of the part of `clause`
    /// before it.
    fn next_figure_start(all: &[Mention], clause: (usize, usize), at: usize) -> usize {
        all.iter()
            .filter(|t| !t.kind.is_time() && t.start >= at)
            .map(|t| t.start)
            .min()
            .unwrap_or(clause.1)
            .min(clause.1)
    }

    /// "down 13% compared with $8.29 billion a year earlier", "rose 26% to $2.04 billion from
    /// $1.62 billion a year ago", "$7.15 a share, up from $6.90" (past a unit the figure is
    /// of, "a share", "per year"): the figure a change (or the level it reached) is measured
    /// from is a level of what changed, of the change's subject and parts, on the basis its
    /// own words tell. `None` when `m` is no such figure, or names a measure of its own
    /// ("against a 1% drop in the index").
    fn comparand_frame(&self, cx: &Context, m: &Mention, all: &[Mention]) -> Option<Frame> {
        let clause = cx.clauses.around((m.start, m.end));
        // (The comparison may open a clause of its own: "fell 8% to $410 million, versus $446
        // million".)
        let before = all
            .iter()
            .filter(|t| !t.kind.is_time() && t.end <= m.start)
            .max_by_key(|t| t.end)?;
        // (Where the comparison's words start: what comes before them, "of GDP in 2033", is
        // the other figure's.)
        let words = self.compared_with.captures(cx.sentence.get(before.end..m.start)?)?;
        let from = before.end + words.name("from").or_else(|| words.name("versus"))?.start();
        let Value::Amount { unit, hedge, .. } = &m.value else {
            return None;
        };
        let dimension = dimension_of(unit);
        let figure = (m.start, m.end);
        // Its own words end where the clause goes on to another thing ("from 7.9% last year
        // and to reduce public debt").
        let next_figure = Self::next_figure_start(all, clause, m.end);
        let joined = cx.sentence.get(m.end..next_figure).and_then(|rest| {
            [" and ", " but ", " while ", " whereas "]
                .iter()
                .filter_map(|w| rest.find(w))
                .min()
        });
        let own = (from, joined.map_or(next_figure, |at| m.end + at));
        if self
            .frames
            .find_measure(cx.sentence, own, figure, dimension, None)
            .is_some()
        {
            return None;
        }
        let level = self.quantity_frame(cx, before, all);
        let measure = if level.polarity.is_some() {
            level
                .qualifiers
                .iter()
                .filter_map(|q| q.strip_prefix("of:"))
                .find(|thing| self.frames.measures_in(thing, dimension))?
                .to_string()
        } else {
            level
                .measure
                .clone()
                .filter(|name| self.frames.measures_in(name, dimension))?
        };
        let of_measure = format!("of:{measure}");
        // Its own basis words tell when or what it is: "a year earlier" (`year-earlier`),
        // "versus $6.52 billion expected" (`consensus`). Without any, a figure a change is
        // measured from is an earlier level ("rose to $4.5bn from $3.8bn"), but one it is set
        // against may be anything (an estimate, a rival's): only `compared`.
        let mut own_words: Vec<String> = self
            .frames
            .qualifiers(cx.sentence, own, figure, None, None, &[], hedge.is_some())
            .into_iter()
            .map(|q| self.frames.level_of(&q).map_or(q, str::to_string))
            .collect();
        // A level told of a year before ("a year earlier", "in 2029") was, whatever the change
        // was: not an outlook ("expects revenue of $11 billion, up from $6.7 billion a year
        // earlier"), where an earlier outlook is one ("raised its forecast to $27 billion
        // from $26 billion previously", "from $10.5 billion in July", "revised its estimate
        // to 4,200 tonnes, up from the 1,500 tonnes it announced on Saturday": when it was
        // told).
        let of_a_year = |t: &Mention| matches!(&t.value, Value::Time { span } if span.as_interval().high - span.as_interval().low >= 364.0);
        let dated = own_words.iter().any(|q| q.starts_with("year-"))
            || all.iter().any(|t| t.start >= own.0 && t.end <= own.1 && of_a_year(t));
        // (Not the basis of the change: it is this level's own time.)
        let mut qualifiers: Vec<String> = level
            .qualifiers
            .iter()
            .filter(|q| **q != of_measure && self.frames.carried_to_change(q) && !q.starts_with("basis:"))
            .filter(|q| !dated || !matches!(q.as_str(), "forecast" | "consensus"))
            .cloned()
            .collect();
        if own_words.is_empty() {
            let set_against = ["versus", "vs", "against"].iter().any(|w| {
                cx.sentence[before.end..m.start]
                    .to_lowercase()
                    .split(|c: char| !c.is_alphabetic())
                    .any(|x| x == *w)
            });
            own_words.push(if set_against { "compared" } else { "earlier" }.into());
        }
        qualifiers.extend(own_words);
        qualifiers.sort();
        qualifiers.dedup();
        Some(Frame {
            measure: Some(measure),
            qualifiers,
            measure_word: level.measure_word.filter(|_| level.polarity.is_none()),
            polarity: None,
            ..level
        })
    }

    /// "boosted its valuation from $29 billion to $86 billion", "cut its workforce from 9,000
    /// to 7,500": the figure a change starts from is the level it reaches, earlier (`None`
    /// when `m` is no such figure).
    fn start_level_frame(&self, cx: &Context, m: &Mention, all: &[Mention]) -> Option<Frame> {
        let clause = cx.clauses.around((m.start, m.end));
        let opening = cx.sentence.get(clause.0..m.start)?.trim_end();
        // ("raised its key rate from a range of 0% to 0.25% to a range of 0.25% to 0.5%")
        let after_from = ["from", "from a range of", "from a target range of", "from a level of"]
            .iter()
            .any(|p| {
                opening
                    .strip_suffix(p)
                    .is_some_and(|b| b.is_empty() || b.ends_with(' '))
            });
        // (A change told by its verb alone: "revised the toll from 79 to 78".)
        let change = self.frames.names_change(cx.sentence, (clause.0, m.start)) || self.frames.tells_change(opening);
        if !after_from || !change {
            return None;
        }
        // "to somewhere between $80 billion and $90 billion", "to a range of 0.25% to 0.5%": up
        // to three words may stand between.
        let to = self.reached_level.find(cx.sentence.get(m.end..)?)?;
        let reached = all.iter().find(|t| t.start == m.end + to.end() && t.kind == m.kind)?;
        let level = self.quantity_frame(cx, reached, all);
        if level.polarity.is_some() || level.measure.is_none() {
            return None;
        }
        // The level a change would start from is not itself hypothetical ("would have
        // boosted its valuation from $29 billion").
        let mut qualifiers: Vec<String> = level
            .qualifiers
            .iter()
            .filter(|q| self.frames.carried_to_change(q) && !self.frames.is_clause_wide(q))
            .cloned()
            .chain(["earlier".to_string()])
            .collect();
        qualifiers.sort();
        qualifiers.dedup();
        Some(Frame { qualifiers, ..level })
    }

    /// The part of `clause` after the figure a change at `m` is measured from ("down 13%
    /// compared with $8.29 billion a year earlier"), maybe past the level the change reached
    /// ("rose 26% to $2.04 billion from $1.62 billion a year ago"): where the change's basis
    /// is told. Returns that figure's span and where its part ends.
    fn comparand_after(&self, cx: &Context, m: &Mention, all: &[Mention]) -> Option<((usize, usize), usize)> {
        let mut at = m;
        for _ in 0..2 {
            let next = all
                .iter()
                .filter(|t| !t.kind.is_time() && t.start >= at.end)
                .min_by_key(|t| t.start)?;
            let between = cx.sentence.get(at.end..next.start)?;
            // (Not another change set beside it: "grew by 2.0% in October, compared to a 1.1%
            // rise a year earlier".)
            let word_after = cx
                .sentence
                .get(next.end..)?
                .split_whitespace()
                .next()
                .unwrap_or_default();
            let a_change = self.frames.names_change(word_after, (0, word_after.len()));
            if self.compared_with.is_match(between) && !a_change {
                let clause = cx.clauses.around((next.start, next.end));
                return Some(((next.start, next.end), Self::next_figure_start(all, clause, next.end)));
            }
            if between.trim() != "to" {
                return None;
            }
            at = next;
        }
        None
    }

    /// Where the words after the last cause verb (lexicon `cause_verbs`) between `from` and
    /// `to` start ("drove" in "a forecast that drove shares up 26%"), if there is one. (Not
    /// one followed by "for": "pushed for a 50-year sentence" asks for it.)
    fn cause_verb_before(&self, sentence: &str, from: usize, to: usize) -> Option<usize> {
        let part = sentence.get(from..to)?;
        part.split_word_bound_indices()
            .filter(|(_, w)| self.cause_verbs.contains(&w.to_lowercase()))
            .filter(|(at, w)| part[at + w.len()..].split_whitespace().next() != Some("for"))
            .map(|(at, w)| from + at + w.len())
            .last()
    }

    /// "Revenue was $7.19 billion, down 13% from a year ago", "..., a 53% decrease, but a 31%
    /// sequential increase": a clause that opens with a change and says not what changed
    /// is the change of the figure before it. Returns that figure's frame as the change's:
    /// its subject, and as qualifiers its measure ("of:revenue") and its own, but those that
    /// say how it stands ("a year ago"; a change before has what it is a change of already).
    fn change_of_figure_before(
        &self,
        cx: &Context,
        clause: (usize, usize),
        change: (usize, usize),
        m: &Mention,
        all: &[Mention],
    ) -> Option<Frame> {
        let opening = cx.sentence.get(clause.0..change.0.min(m.start))?;
        let joins_figure_before = opening
            .split(|c: char| c.is_whitespace() || c == ',' || c == ';')
            .all(|w| {
                matches!(
                    w.to_lowercase().as_str(),
                    "" | "a" | "an" | "and" | "but" | "or" | "while"
                )
            });
        if !joins_figure_before {
            return None;
        }
        let before = all.iter().rfind(|t| !t.kind.is_time() && t.end <= clause.0)?;
        let level = self.quantity_frame(cx, before, all);
        let measure = level.measure?;
        let mut qualifiers: Vec<String> = level
            .qualifiers
            .into_iter()
            .filter(|q| self.frames.carried_to_change(q))
            .collect();
        if level.polarity.is_none() {
            qualifiers.push(format!("of:{measure}"));
        }
        Some(Frame {
            subject: level.subject,
            qualifiers,
            ..Frame::default()
        })
    }

    /// "sees revenue of $11.0 billion, plus or minus 2%, equating to revenue of $10.78-$11.22
    /// billion": a clause that restates an earlier figure in other terms reaches back to the
    /// clause of that figure (the last before it of the same kind), whose words frame both.
    /// Returns where that clause starts.
    fn restated(&self, cx: &Context, clause: (usize, usize), m: &Mention, all: &[Mention]) -> Option<usize> {
        if !self.frames.restates(&cx.sentence[clause.0..m.start]) {
            return None;
        }
        let mut reach = clause;
        while let Some(previous) = cx.clauses.previous(reach) {
            reach.0 = previous.0;
            if all
                .iter()
                .any(|t| t.kind == m.kind && t.start >= previous.0 && t.end <= previous.1)
            {
                return Some(previous.0);
            }
        }
        None
    }

    /// The subject of what stands at `anchor`: the nearest name before it in its clause (a
    /// pronoun there is the person the sentence or the document last named), else the
    /// sentence's own subject, its first name or pronoun.
    fn subject(&self, cx: &Context, clause: (usize, usize), anchor: usize, of: SubjectOf) -> Option<String> {
        let possessive = |e: &Entity| cx.sentence[e.end..].starts_with(['\'', '’']);
        // "returned to OpenAI ... and left": a name after a preposition is not a subject;
        // nor is the object of an event ("joined Helio in 2017 and returned").
        let after_preposition = |e: &Entity| {
            let before = cx.sentence[..e.start].trim_end();
            // "to Pine Harbor, Oregon, with 174 passengers": the region after a place, set off
            // by commas, is the place's, after the preposition too (not "at SAP Sapphire, SAP
            // announced").
            let set_off = cx.sentence[e.end..].starts_with([',', ';', '.', ')']) || e.end == cx.sentence.len();
            let before = before
                .strip_suffix(',')
                .filter(|_| set_off)
                .and_then(|b| cx.names.iter().map(|(n, _)| n).find(|n| n.end == b.len()))
                .map_or(before, |place| cx.sentence[..place.start].trim_end());
            let before = ["the", "a", "an"]
                .iter()
                .find_map(|a| before.strip_suffix(a).filter(|b| b.ends_with(' ')))
                .map_or(before, str::trim_end);
            let mut words = before.split_whitespace().rev().map(str::to_lowercase);
            let previous = words.next().unwrap_or_default();
            // "Shares of Nvidia", "shares in Marktfeld": whose shares, the subject; so is
            // the place of "the town of Kelmar recorded" (not of "in the city of Ormoc").
            let holding = matches!(previous.as_str(), "of" | "in")
                && words.next().is_some_and(|w| {
                    matches!(w.as_str(), "shares" | "stock" | "stocks" | "stake")
                        || previous == "of"
                            && self.frames.is_part_unit(&w)
                            && words.next().is_some_and(|the| the == "the")
                            && !words.next().is_some_and(|p| PREPOSITIONS.contains(&p.as_str()))
                });
            // "Revenue for the iPad fell 10%": what a measure is of (not a currency's code,
            // "sold for NVK 2,340,000").
            let measured = || {
                previous == "for"
                    && !cx.sentence[e.end..]
                        .trim_start()
                        .starts_with(|c: char| c.is_ascii_digit())
                    && before
                        .split_whitespace()
                        .rev()
                        .nth(1)
                        .is_some_and(|w| self.frames.names_a_measure(w))
            };
            PREPOSITIONS.contains(&previous.as_str()) && !holding && !measured()
                || self.events.iter().any(|e| {
                    e.words
                        .find_iter(before)
                        .last()
                        .is_some_and(|w| w.end() == before.len())
                })
        };
        // A figure's possessive owner stands close to it ("OpenAI's $86 billion valuation",
        // "Anthropic's valuation has reportedly crossed the $1 trillion mark"), not at the head
        // of a clause about something else ("OpenAI's outlook has been intertwined with
        // Microsoft since the software giant invested $13 billion").
        let close_owner = |e: &Entity| cx.sentence[e.end..anchor].split_whitespace().count() <= 6;
        // "completed the deal after Marchetti passed his medical": after a conjunction that is
        // also a preposition, a name right before the event word (an auxiliary at most
        // between) is its doer. (Not "tests in Tarsk confirmed", "the Office of Wildland Fire
        // confirms", "to Kellmont left".)
        let doer = |e: &Entity| {
            let mut before = cx.sentence[..e.start].split_whitespace().rev().map(str::to_lowercase);
            let conjunction = before.next().is_some_and(|w| w == "after" || w == "before");
            // (Not "the bridge named after Kennedy collapsed".)
            let naming = before
                .next()
                .is_some_and(|w| ["named", "renamed", "called", "modelled", "modeled", "looked"].contains(&w.as_str()));
            of == SubjectOf::Event
                && conjunction
                && !naming
                && match cx
                    .sentence
                    .get(e.end..anchor)
                    .unwrap_or_default()
                    .split_whitespace()
                    .collect::<Vec<_>>()[..]
                {
                    [] => true,
                    [auxiliary] => ["has", "had", "have", "was", "were", "is"].contains(&auxiliary),
                    _ => false,
                }
        };
        let named = cx.names.iter().rev().find(|(e, _)| {
            e.start >= clause.0
                && e.end <= anchor
                && !cx.counted_elsewhere(e, anchor)
                && !cx.in_relative_clause(e, anchor)
                && (if possessive(e) {
                    of == SubjectOf::Figure && close_owner(e)
                } else {
                    true
                })
                && (!after_preposition(e) || doer(e))
        });
        // "smaller than the Sorrel Fire, which burned 31,400 acres": a relative clause tells
        // of the name right before it, whatever stands before that name; "who" only of a
        // person ("Chief Medical Officer of Corvanta, who joined": the officer).
        let relative_of = || {
            let opening = cx.sentence[clause.0..].trim_start();
            let of_person = ["who ", "whose "].iter().any(|w| opening.starts_with(w));
            if !of_person && !opening.starts_with("which ") {
                return None;
            }
            let before = cx.sentence[..clause.0].trim_end().strip_suffix(',')?.trim_end();
            // "Amrit Sandhu, 34, who bought two shirts": past an age.
            let before = before
                .strip_suffix(|c: char| c.is_ascii_digit())
                .map(|b| b.trim_end_matches(|c: char| c.is_ascii_digit()))
                .and_then(|b| b.strip_suffix(", "))
                .filter(|_| of_person)
                .unwrap_or(before);
            // "the Aster 2 accelerator, which launched": a name and the common noun of its kind.
            let kind_of = before
                .rsplit_once(' ')
                .filter(|(_, last)| !of_person && last.chars().all(|c| c.is_lowercase()))
                .map(|(name, _)| name.len());
            let determined = |e: &Entity| {
                cx.sentence[..e.start]
                    .split_whitespace()
                    .rev()
                    .take(2)
                    .any(|w| ["the", "a", "an"].contains(&w.to_lowercase().as_str()))
            };
            cx.names
                .iter()
                .find(|(e, n)| {
                    (e.end == before.len() || Some(e.end) == kind_of)
                        && !possessive(e)
                        // A name of a thing may look like a person's: after "the" (and an
                        // adjective at most) it is a thing's ("The Panama-flagged Halcyon
                        // Crest, which is 399.9 metres long"), and so is a rival's ("Rival
                        // Oreline Metals, which earned").
                        && (cx.entities.is_person(n) == of_person
                            || !of_person && (determined(e) || self.frames.is_rival(&cx.sentence[..e.start])))
                })
                .map(|(_, n)| n.clone())
        };
        if named.is_none() {
            if let Some(name) = relative_of() {
                return Some(name);
            }
        }
        // "The fine exceeds those of Apple (€1.1bn for anti-competitive practices)": a figure
        // that opens brackets right after a name is that name's.
        let bracketed = cx.sentence[..anchor]
            .trim_end()
            .strip_suffix('(')
            .map(str::trim_end)
            .and_then(|before| cx.names.iter().find(|(e, _)| e.end == before.len() && !possessive(e)));
        if let Some((_, name)) = bracketed.filter(|_| of == SubjectOf::Figure) {
            return Some(name.clone());
        }
        let pronoun = self
            .pronoun
            .find_iter(&cx.sentence[clause.0..anchor])
            .last()
            .map(|p| clause.0 + p.start());
        match (named, pronoun) {
            (Some((e, n)), Some(p)) if e.start > p => Some(n.clone()),
            (Some((_, n)), None) => Some(n.clone()),
            // "its revenue", "he said the toll rose": a figure is rarely a person's.
            (_, Some(_)) if of == SubjectOf::Figure => None,
            (_, Some(p)) => cx.person_before(p),
            // "following the board ousting Sam Altman": the clause names its own actor, in
            // common words; the sentence's subject is not it.
            (None, None)
                if of == SubjectOf::Event
                    && cx.sentence[clause.0..anchor]
                        .split_whitespace()
                        .rev()
                        .nth(1)
                        .is_some_and(|w| ["the", "its", "their"].contains(&w.to_lowercase().as_str())) =>
            {
                None
            }
            (None, None) => {
                if let Some(name) = self.clause_anaphor(cx, clause.0, anchor) {
                    return Some(name);
                }
                // The sentence's own subject: the nearest name before the clause ("Anthropic
                // co-founder Jack Clark, for his part, wrote"), else its first name.
                let first_name = cx
                    .names
                    .iter()
                    .rev()
                    .find(|(e, _)| {
                        e.end <= clause.0
                            && !possessive(e)
                            && !after_preposition(e)
                            && !cx.in_relative_clause(e, anchor)
                            && !cx.counted_elsewhere(e, anchor)
                    })
                    .or_else(|| {
                        // A figure's subject is not named after it in another clause
                        // ("killing 14 people, as the Ashford river burst its banks").
                        cx.names.iter().find(|(e, _)| {
                            !possessive(e)
                                && !after_preposition(e)
                                && (of == SubjectOf::Event || e.start < anchor)
                                && !cx.counted_elsewhere(e, anchor)
                        })
                    });
                let first_pronoun = self.pronoun.find(cx.sentence).map(|p| p.start());
                // A figure's subject is not the person the sentence names ("Kara Swisher
                // reported that more than 500 ..."): that person is the reporter.
                let first_name = first_name.filter(|(_, n)| of == SubjectOf::Event || !cx.entities.is_person(n));
                match (first_name, first_pronoun) {
                    (_, Some(_)) if of == SubjectOf::Figure => None,
                    (Some((e, _)), Some(p)) if p < e.start => cx.person_before(p),
                    (Some((_, n)), _) => Some(n.clone()),
                    (None, Some(p)) => cx.person_before(p),
                    (None, None) if self.opens_with_anaphor(cx, anchor) => cx.last_subject.map(str::to_string),
                    (None, None) => None,
                }
            }
        }
    }

    /// The organisation a later "it" or "the company" may name again, from this sentence:
    /// `None` when it names none (the one before stays), `Some(None)` when it names two or
    /// more ("The European Commission fined Google": which one "the company" is, nothing
    /// says). A candidate is a name that is no titled person's, stands after no preposition ("In
    /// Wales, Labour gained"), is not what a figure counts, nor one who speaks or is spoken to
    /// ("told Reuters", "Heathrow said 75,000 passengers were affected") unless of itself
    /// ("Corvane said it"), nor part of a day's name ("Black Friday").
    fn antecedent(&self, cx: &Context, mentions: &[Mention]) -> Option<Option<String>> {
        const MORE_PREPOSITIONS: &[&str] = &[
            "across",
            "throughout",
            "near",
            "outside",
            "inside",
            "within",
            "off",
            "via",
            "amid",
            "among",
            "during",
            "between",
            "toward",
            "towards",
            "like",
            "told",
            "tells",
        ];
        const SPEECH: &[&str] = &["said", "says", "told", "tells", "added", "noted", "warned", "stated"];
        let candidates: Vec<&String> = cx
            .names
            .iter()
            .filter(|(e, n)| {
                // The word before the name, past articles and numbers ("in the 2024 UK polls").
                let previous = cx.sentence[..e.start]
                    .split_whitespace()
                    .rev()
                    .map(str::to_lowercase)
                    .find(|w| {
                        !["the", "a", "an"].contains(&w.as_str()) && !w.starts_with(|c: char| c.is_ascii_digit())
                    });
                let preposition = |w: &str| PREPOSITIONS.contains(&w) || MORE_PREPOSITIONS.contains(&w);
                // A name set off after the noun it names ("south-east of the Vietnamese capital,
                // Hanoi") stands where that noun does: after its preposition too.
                let apposed_after_preposition = || {
                    let before = cx.sentence[..e.start].trim_end().strip_suffix(',')?;
                    let mut words = before.split_whitespace().rev().map(str::to_lowercase);
                    words.next().filter(|noun| noun.chars().all(char::is_alphabetic))?;
                    let determiner = ["the", "a", "an", "its", "their", "his", "her"];
                    let governor = words.take(4).skip_while(|w| !determiner.contains(&w.as_str())).nth(1)?;
                    Some(preposition(&governor))
                };
                let after_preposition =
                    previous.as_deref().is_some_and(preposition) || apposed_after_preposition().unwrap_or(false);
                // (Not one that speaks of itself: "Corvane said it knew of 27 fires".)
                let mut after = cx.sentence[e.end..].split_whitespace();
                let speaks = after.next().is_some_and(|w| SPEECH.contains(&w.trim_end_matches(',')))
                    && !after
                        .next()
                        .is_some_and(|w| matches!(w.to_lowercase().as_str(), "it" | "its" | "it's" | "it’s"));
                // "Black Friday sales at Amazon": part of a day's name.
                let day_name = mentions
                    .iter()
                    .any(|m| m.kind.is_time() && m.start < e.end && e.start < m.end);
                // (A name that only looks like a person's, "Qilin Auto", may be what "it" is.)
                let titled_person = cx.entities.is_titled_person(n) && !cx.entities.is_person(n);
                e.start >= cx.dateline_end
                    && !titled_person
                    && !after_preposition
                    && !cx.counted.iter().any(|&(start, _)| start == e.start)
                    && !speaks
                    && !day_name
            })
            .map(|(_, n)| n)
            .collect();
        match candidates[..] {
            [] => None,
            [one] => Some(Some(one.clone())),
            _ => Some(None),
        }
    }

    /// Whether a sentence opens with a phrase of the lexicon's `same_day_openers` ("By the
    /// close,").
    fn opens_on_same_day(&self, sentence: &str) -> bool {
        let opening = sentence.get(..40).unwrap_or(sentence).trim_start().to_lowercase();
        self.same_day_openers.iter().any(|p| {
            opening
                .strip_prefix(p.as_str())
                .is_some_and(|rest| rest.starts_with([',', ' ']))
        })
    }

    /// The one organisation named before a clause after the sentence's first, from `start` to
    /// `anchor`, that opens with "the" and a noun of the lexicon's `anaphor_nouns` (after
    /// "and", "but", "while" at most): "Tallis Mart's shares fell 8%, and the company was
    /// fined $6.8 million".
    fn clause_anaphor(&self, cx: &Context, start: usize, anchor: usize) -> Option<String> {
        if start <= cx.dateline_end {
            return None;
        }
        let mut words = cx
            .sentence
            .get(start..anchor)
            .unwrap_or_default()
            .split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase())
            .skip_while(|w| w.is_empty() || ["and", "but", "while", "though", "although"].contains(&w.as_str()));
        let anaphor = words.next().as_deref() == Some("the")
            && words.next().is_some_and(|noun| self.anaphor_nouns.contains(&noun));
        if !anaphor {
            return None;
        }
        let possessive = |e: &Entity| cx.sentence[e.end..].starts_with(['\'', '’']);
        let organisations: BTreeSet<&String> = cx
            .names
            .iter()
            // (A name that looks like a person's may be a company's when it owns something:
            // "Tallis Mart's shares".)
            .filter(|(e, n)| e.end <= start && (!cx.entities.is_titled_person(n) || possessive(e)))
            .map(|(_, n)| n)
            .collect();
        match organisations.into_iter().collect::<Vec<_>>()[..] {
            [only] => Some(only.clone()),
            _ => None,
        }
    }

    /// Whether the sentence, before `anchor`, opens (after a short opening phrase set off by
    /// a comma: "Overall,", "For the entire year,") with "it" as the subject of a verb of its
    /// own (not "it is", "it was": often no organisation at all), or with "the" and a noun
    /// of the lexicon's `anaphor_nouns` ("the company", "the Chinese carmaker").
    fn opens_with_anaphor(&self, cx: &Context, anchor: usize) -> bool {
        const NOT_ITS_OWN: &[&str] = &[
            "is", "was", "'s", "’s", "has", "had", "will", "would", "could", "may", "might", "remains", "remained",
            "seems", "seemed", "appears", "appeared", "took", "takes", "means", "meant", "emerged", "happened",
            "rained", "snowed", "turned",
        ];
        let text = cx
            .sentence
            .get(cx.dateline_end..anchor)
            .unwrap_or_default()
            .trim_start();
        let text = text
            .split_once(", ")
            .filter(|(opening, _)| opening.split_whitespace().count() <= 5)
            .map_or(text, |(_, rest)| rest);
        let mut words = text.split_whitespace().map(|w| w.to_lowercase());
        match words.next().as_deref() {
            Some("it") => words.next().is_some_and(|verb| !NOT_ITS_OWN.contains(&verb.as_str())),
            Some("the") => {
                // "the combined group", "the parent company", "the rival firm": another one.
                const ANOTHER: &[&str] = &[
                    "combined",
                    "merged",
                    "enlarged",
                    "new",
                    "former",
                    "parent",
                    "rival",
                    "other",
                    "acquiring",
                    "target",
                ];
                let first = words.next().unwrap_or_default();
                let noun = |w: &str| self.anaphor_nouns.contains(w);
                noun(&first) || !ANOTHER.contains(&first.as_str()) && words.next().is_some_and(|second| noun(&second))
            }
            _ => false,
        }
    }

    fn as_of(
        &self,
        cx: &Context,
        m: &Mention,
        all: &[Mention],
        reference: Option<Date>,
        borrowed: Option<(Option<Date>, Option<Date>)>,
        frame: &Frame,
    ) -> Option<AsOf> {
        // (A figure that does not move during the story.)
        let settled = !frame.evolving;
        let measure_word = frame.measure_word.as_deref();
        let sentence = cx.sentence;
        let clause = cx.clauses.around((m.start, m.end));
        // A relative clause is timed by its antecedent's ("fundraise in April, which valued"),
        // and every clause by an opening one without a figure ("In a separate vote last year,
        // 55% of members rejected a strike").
        let start = cx
            .clauses
            .timed_with(clause)
            .or_else(|| cx.clauses.opening(clause, all).map(|(start, _)| start))
            .unwrap_or(clause.0);
        let end = clause.1;
        let comparand_end = self.comparand_after(cx, m, all).map(|((_, end), _)| end);
        // Not a date relative to a day the source does not give ("as of Friday morning" read
        // against another source's date), nor a day that names a thing ("the Nov. 8 storm";
        // a year does date it: "in the 1950 general election"), nor the start of a comparison.
        let times_the_figure = |t: &Mention| {
            let written = &sentence[t.start..t.end];
            let day = matches!(&t.value, Value::Time { span } if span.grain == Grain::Day);
            let names_a_thing = day && {
                let before = sentence[..t.start].trim_end().to_lowercase();
                let after = sentence[t.end..].strip_prefix(' ').unwrap_or("");
                (before.ends_with(" the") || before == "the" || before.ends_with("'s") || before.ends_with("’s"))
                    && after.starts_with(|c: char| c.is_lowercase())
                    && !after.starts_with("and ")
            };
            // "arrested two men over Sunday's daylight raid", "last weekend's theft": a time
            // owning a noun dates that thing, unless the noun is the figure's measure word
            // ("Tuesday's close of $43.40", "last year's revenue of $5 billion"), or the time is
            // the source's own day ("Today's crash has claimed 157 lives"), or "at", "by",
            // "as of", ... set it as the moment ("At Friday's price, 61.4 US cents are worth
            // roughly 94 Australian cents", "By Friday's deadline, 4,000 had applied"). (Days
            // only: "last year's election, in which turnout was 61%" is that year's.)
            let own_day = || match (&t.value, reference) {
                (Value::Time { span }, Some(day)) => span.first == day && span.last == day,
                _ => false,
            };
            let owns_a_thing = || {
                if !day {
                    return false;
                }
                let Some(owned) = ["'s ", "’s "].iter().find_map(|p| sentence[t.end..].strip_prefix(p)) else {
                    return false;
                };
                let before: Vec<String> = sentence[..t.start]
                    .split_whitespace()
                    .rev()
                    .take(2)
                    .map(str::to_lowercase)
                    .collect();
                let at = match before.as_slice() {
                    [w, ..] if ["at", "by", "until", "till", "before"].contains(&w.as_str()) => true,
                    [of, as_, ..] => of == "of" && as_ == "as",
                    _ => false,
                };
                if own_day() || at {
                    return false;
                }
                // (A market's day is its own time: "ending yesterday's session at $51.70".)
                const SPANS: &[&str] = &["session", "sessions", "trading", "trade", "close", "open", "opening"];
                let near: Vec<String> = owned.split_whitespace().take(3).map(str::to_lowercase).collect();
                let span_of_time = near
                    .first()
                    .is_some_and(|w| SPANS.contains(&w.trim_end_matches(|c: char| !c.is_alphanumeric())));
                !span_of_time && !measure_word.is_some_and(|w| near.join(" ").contains(&w.to_lowercase()))
            };
            let names_a_thing = names_a_thing || owns_a_thing();
            // ("a change from 2024, when it was valued at $3.1 billion": the year the relative
            // clause tells of.)
            let antecedent = sentence[t.end..].starts_with(", when ");
            // ("since the 2018 Camp Fire, which killed 85": the year of the thing a relative
            // clause in the past tells of; not "since the 2016 merger with Brix, which employs
            // 9,000".)
            let of_antecedent = || {
                t.start < clause.0
                    && cx.clauses.antecedent(clause).is_some_and(|from| t.start >= from)
                    && tells_past(&sentence[clause.0..m.start])
            };
            let before_time = sentence[..t.start].trim_end();
            // (Not when the "from" phrase holds a time of its own: "fell 13% from 2022 levels
            // in 2023" is of 2023.)
            let baseline = frame.polarity.is_some()
                && self.change_from.find(before_time).is_some_and(|from| {
                    from.start() >= m.end
                        && !all
                            .iter()
                            .any(|o| o.kind.is_time() && o.start >= from.start() && o.end <= t.start)
                });
            let compared_from =
                (self.comparison_start.is_match(before_time) || baseline) && !antecedent && !of_antecedent();
            // "up 104% so far this year", "so far in 2023": the stretch a change ran over up to
            // now; the figure holds on the source's day.
            // So is the year to date ("in the year to date", "YTD").
            let so_far = {
                let before = sentence[..t.start].trim_end().to_lowercase();
                before.ends_with("so far") || before.ends_with("so far in") || self.year_to_date.is_match(written)
            };
            let absolute = self.absolute_date.is_match(written);
            // "up 1.3 points compared to 63.3% in the previous quarter": a period after the
            // figure a change is compared with dates that figure (a day is when the change
            // happened: "widened to 71 basis points from 65 on Friday").
            let dates_comparand = !day && comparand_end.is_some_and(|end| t.start >= end);
            // "The €4.34bn fine is nearly double the previous penalty that the company was
            // ordered to pay last year": after the figure's verb, a "that" or "which" clause
            // tells of another noun, and its time is that noun's.
            let of_another_noun = t.start >= m.end && relative_after_verb(&sentence[m.end..t.start]);
            (reference.is_some() || borrowed.is_some() || absolute)
                && !names_a_thing
                && !compared_from
                && !so_far
                && !dates_comparand
                && !of_another_noun
        };
        // A time a few words after the figure is its own ("rose to 41 on Wednesday", "27 dead as
        // of Tuesday evening"), before any earlier one of the clause, which may date something
        // else ("the quake that struck on Monday, October 12 rose to 41 on Wednesday").
        // (Past a conversion in brackets and a part of the day: "peaked at 9.42 metres (30.9
        // ft) in the early hours of Sunday".)
        let right_after = |t: &&Mention| {
            matches!(t.value, Value::Time { .. })
                && t.start >= m.end
                && sentence.get(m.end..t.start).is_some_and(|gap| {
                    let unbracketed = gap
                        .trim_start()
                        .strip_prefix('(')
                        .and_then(|rest| rest.split_once(')'))
                        .map_or(gap, |(_, after)| after);
                    let words: Vec<&str> = unbracketed.split_whitespace().collect();
                    let part_of_day = match words[..] {
                        [.., "the", "early" | "small", "hours", "of"]
                        | [.., "the", "morning" | "evening" | "night", "of"] => 3,
                        _ => 0,
                    };
                    words.len() - part_of_day.min(words.len()) <= 3
                        || reduced_relative(&words)
                            && measure_word.is_some_and(|w| {
                                let w = w.to_lowercase();
                                gap.to_lowercase().contains(&w)
                                    && !sentence[clause.0..m.start].to_lowercase().contains(&w)
                            })
                })
        };
        // "95% of the workforce, or 738 out of 770 employees, signed the letter by Monday": a
        // figure restated in apposition is timed by the clause that says what its things did.
        let restated = sentence[clause.0..m.start].trim_start().starts_with("or ");
        let predicate = cx
            .clauses
            .after_comma(clause)
            .filter(|&(from, to)| restated && !all.iter().any(|t| !t.kind.is_time() && t.start >= from && t.end <= to));
        // The figure's own clause first, then the one it is timed with.
        let candidates = || {
            let own = all.iter().filter(|t| t.start >= clause.0 && t.end <= end);
            let borrowed = all.iter().filter(|t| t.start >= start && t.start < clause.0);
            let told = all
                .iter()
                .filter(|t| predicate.is_some_and(|(from, to)| t.start >= from && t.end <= to));
            own.chain(borrowed).chain(told).filter(|t| t.start != m.start)
        };
        // A conversion in brackets closes the figure's clause; the time after it is still the
        // figure's.
        let past_conversion = |t: &&Mention| {
            sentence
                .get(m.end..t.start)
                .is_some_and(|gap| gap.trim_start().starts_with('(') && gap.contains(')'))
        };
        let first_after = candidates()
            .filter(|t| times_the_figure(t))
            .find(right_after)
            .or_else(|| {
                all.iter()
                    .filter(|t| t.start != m.start && times_the_figure(t))
                    .find(|t| right_after(t) && past_conversion(t))
            });
        // "from March's 3.8 per cent", "last year's $3.1 billion": a time the figure belongs
        // to dates it, even as the start of a comparison.
        let possessor = candidates().find(|t| {
            matches!(t.value, Value::Time { .. })
                && t.end <= m.start
                && sentence.get(t.end..m.start).is_some_and(|gap| {
                    gap.strip_prefix("'s")
                        .or_else(|| gap.strip_prefix("’s"))
                        .is_some_and(|rest| !rest.is_empty() && rest.trim().is_empty())
                })
        });
        // "At least 2,012 people were killed ..., according to an updated Interior ministry toll
        // issued on Saturday at 10 pm": a figure that moves is told as of when the count it is
        // attributed to was issued.
        let attributed = sentence
            .get(end..)
            .filter(|_| !settled)
            .and_then(|rest| rest.find("according to").or_else(|| rest.find("According to")))
            .and_then(|at| {
                let at = at + end;
                all.iter().find(|t| {
                    t.start > at
                        && matches!(t.value, Value::Time { .. })
                        && sentence.get(at..t.start).is_some_and(|gap| {
                            let gap = gap.to_lowercase();
                            ["issued", "released", "published", "updated", "announced"]
                                .iter()
                                .any(|w| gap.contains(w))
                        })
                })
            });
        // "The 2019 Tamarack Fire, the state's worst on record, burned 41,000 acres": a year
        // right before the name of the figure's subject dates what that thing did, past an
        // aside.
        let subject_year = || {
            let subject = frame.subject.as_deref()?;
            all.iter().find(|t| {
                t.end < m.start
                    && matches!(&t.value, Value::Time { span } if span.grain == Grain::Year)
                    && cx
                        .names
                        .iter()
                        .any(|(e, n)| n == subject && e.start > t.end && sentence[t.end..e.start].trim().is_empty())
            })
        };
        let dated = possessor
            .into_iter()
            .chain(first_after)
            .chain(candidates())
            .chain(attributed)
            .chain(std::iter::once_with(subject_year).flatten())
            // (A figure that moves is counted when it is told, not when the event happened.)
            .chain(
                cx.opener
                    .filter(|t| t.end <= m.start && !tells_now(&sentence[clause.0..clause.1])),
            )
            .chain(cx.scene.filter(|_| settled))
            .find_map(|t| match &t.value {
                // Not the date a duration itself counts to ("Two weeks before the post").
                Value::Time { span }
                    if times_the_figure(t)
                        || possessor.is_some_and(|p| p.start == t.start)
                        || attributed.is_some_and(|a| a.start == t.start) =>
                {
                    match borrowed {
                        Some((latest, earliest))
                            if reference.is_none() && !self.absolute_date.is_match(&sentence[t.start..t.end]) =>
                        {
                            Some(widened(span, t.weekday, latest, earliest))
                        }
                        _ => Some(told_time(m, span, &sentence[t.start..t.end])),
                    }
                }
                _ => None,
            });
        // "Read: Typhoon Haiyan leaves 1,774 dead": a linked article's headline holds for that
        // article's day, which the page does not give.
        let opening = sentence
            .trim_start()
            .get(..24)
            .unwrap_or(sentence.trim_start())
            .to_lowercase();
        let linked = self.linked_headlines.iter().any(|l| opening.starts_with(l.as_str()));
        // "By 11am on Tuesday, 19 people had died and 97 had been injured", "said that as of
        // 2pm on Tuesday, 21 people had been confirmed dead": a figure that moves is told for
        // that time of day.
        let opening_clause = cx.clauses.opening(clause, all);
        let clocks: Vec<(&Mention, u16)> = all
            .iter()
            .filter(|_| !settled)
            .filter(|t| t.start >= clause.0 && t.end <= clause.1 || opening_clause.is_some_and(|(_, end)| t.end <= end))
            // (A part of the day too, "at 81 on Thursday evening" against "rose to 78" at
            // 13:20: a moment of its own, never one of the exact times, and only when the
            // clause names no exact one.)
            .filter_map(|t| match &t.value {
                Value::Clock { clock } if clock.is_part_of_day() => Some((t, PART_OF_DAY_KEYS + clock_minutes(clock))),
                _ => minutes(t).map(|at| (t, at)),
            })
            .collect();
        let exact = clocks.iter().any(|&(_, at)| at < PART_OF_DAY_KEYS);
        let clocks: Vec<(&Mention, u16)> = clocks
            .into_iter()
            .filter(|&(_, at)| !exact || at < PART_OF_DAY_KEYS)
            .collect();
        // The time a figure is told as of, over when it was said ("said at 10am that 2,691
        // flights had been canceled as of 8am").
        let told_as_of = |(t, _): &&(&Mention, u16)| {
            let before = sentence[..t.start].trim_end().to_lowercase();
            before.ends_with("as of") || before.ends_with(" by") || before == "by"
        };
        let clock = clocks
            .iter()
            .find(told_as_of)
            .or_else(|| clocks.first())
            .map(|&(_, at)| at)
            // (The entry's time only for its own day: not "On Wednesday the toll was 59" in
            // an entry of Thursday.)
            .or(cx
                .entry_clock
                .filter(|_| !settled && dated.is_none_or(|span| Some(span.first) == reference)));
        match (dated, reference) {
            (Some(span), _) => Some(AsOf {
                span,
                stated: true,
                clock,
            }),
            (None, Some(_)) if linked => None,
            (None, Some(day)) => Some(AsOf {
                span: Span {
                    first: day,
                    last: day,
                    grain: Grain::Day,
                },
                stated: false,
                clock,
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
            // In the singular: "per screen" and "14,000 screens" share a topic.
            .map(|w| pluralizer::pluralize(&w, 1, false))
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
        let class = &self.events.iter().find(|e| e.words.any_entry_contains(&stem))?.class;
        let anchor = earlier.iter().rev().find(|c| {
            c.kind == Kind::Date
                && c.frame.measure.as_ref() == Some(class)
                && owner
                    .as_ref()
                    .is_none_or(|o| c.frame.subject.as_ref().is_some_and(|s| same_entity(s, o)))
        })?;
        let Value::Time { span } = anchor.value else {
            return None;
        };
        // A shift past the calendar's range ("some 30000 years before") dates nothing.
        let shift = jiff::Span::new().try_days(sign * days.round() as i64).ok()?;
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
            no_such_day: false,
        })
    }
}

/// Whose subject `Resolver::subject` looks for: a figure's (a possessive names it: "Helio's
/// revenue"; a person rarely is it) or an event's (a possessive is a modifier: "became
/// Workday's CTO"; a pronoun is the person last named).
#[derive(Clone, Copy, PartialEq)]
pub(super) enum SubjectOf {
    Figure,
    Event,
}

/// The auxiliaries of a past or passive verb ("had left", "was appointed", "has risen").
const AUXILIARIES: &[&str] = &["was", "were", "is", "are", "has", "had", "have"];

/// Words that tell a count as it stands at the time of writing: it moved to get there.
const STANDING_WORDS: &[&str] = &["still", "now", "currently"];

/// A clause's words before its first figure, when there are at most `most` and none is a name
/// or a figure.
fn plain_lead(lead: &str, most: usize) -> Option<Vec<&str>> {
    let words: Vec<&str> = lead.split_whitespace().collect();
    let plain = words
        .iter()
        .all(|w| !w.contains(|c: char| c.is_uppercase() || c.is_ascii_digit()));
    (words.len() <= most && plain).then_some(words)
}

/// Whether a clause's words before its first figure go on with the clause before rather than
/// open one of their own: three plain words at most, no conjunction or relative word first
/// ("or $6.13 a share", "eased to 3.6%"; not "and shares rose 4%").
fn continues_clause(lead: &str) -> bool {
    plain_lead(lead, 3).is_some_and(|words| {
        !matches!(
            words.first(),
            Some(&"and" | &"but" | &"while" | &"whereas" | &"as" | &"which" | &"who" | &"where" | &"when")
        )
    })
}

/// Whether a clause's words before its first figure only add that figure to the clause
/// before ("or $6.13 a share", "on revenue of $298.08 billion", "on a turnout of 57.1 per
/// cent", "with another 18 reported missing"): "or", "on" or "with" and three plain words at
/// most after it.
fn adds_a_figure(lead: &str) -> bool {
    plain_lead(lead, 4).is_some_and(|words| matches!(words.first(), Some(&"or" | &"on" | &"with")))
}

const PREPOSITIONS: &[&str] = &[
    "to", "in", "at", "for", "from", "with", "by", "of", "on", "into", "under", "over", "about", "after", "before",
    // A comparison's other term ("better than the S&P consensus", "vs. Refinitiv").
    "than", "vs", "vs.", "versus", "against",
];

/// How far off the figure it estimates an estimate may be, as a factor either way: analysts
/// who expected $7.2 billion of a quarter that brought $11 billion estimated that quarter;
/// "the market could reach $12 billion" after "paid $1.2 billion" is of something else.
const ESTIMATE_FACTOR: f64 = 2.0;

/// "Revenue was $7.19 billion, versus $6.52 billion expected", "Nvidia expects revenue of
/// $11 billion. Wall Street was anticipating $7.2 billion.": an analysts' estimate is of the
/// last figure before it, in its sentence or the one before, in the same unit, that is no
/// estimate or change itself, when it says not what it estimates or says the same measure,
/// and is of that figure's order (`ESTIMATE_FACTOR`).
fn estimated_figure<'a>(estimate: &Frame, value: &Value, before: &'a [Claim]) -> Option<&'a Claim> {
    if !estimate.qualifiers.iter().any(|q| q == "consensus") {
        return None;
    }
    let Value::Amount { unit, value: guess, .. } = value else {
        return None;
    };
    let figure = before.iter().rev().find(|c| {
        matches!(&c.value, Value::Amount { unit: u, .. } if u == unit)
            && c.frame.measure.is_some()
            && c.frame.polarity.is_none()
            && !c.frame.qualifiers.iter().any(|q| q == "consensus")
    })?;
    let Value::Amount { value: level, .. } = &figure.value else {
        return None;
    };
    let ratio = guess / level;
    let same_measure = estimate.measure.is_none() || estimate.measure == figure.frame.measure;
    let same_order = ratio.is_finite() && (1.0 / ESTIMATE_FACTOR..=ESTIMATE_FACTOR).contains(&ratio);
    (same_measure && same_order).then_some(figure)
}

/// The frame of an estimate of the figure framed `figure` ("far above the $3.6 billion
/// analysts expected" after "third-quarter revenue of $5 billion"): that figure's measure,
/// subject (unless the estimate names its own measure and subject) and qualifiers (but its
/// named sources: the estimate has its own), and the estimate's own qualifiers.
fn estimate_of(estimate: Frame, figure: &Frame) -> Frame {
    let mut qualifiers: Vec<String> = figure
        .qualifiers
        .iter()
        .filter(|q| !q.starts_with("per:"))
        .chain(&estimate.qualifiers)
        .cloned()
        .collect();
    qualifiers.sort();
    qualifiers.dedup();
    let subject = match &estimate.measure {
        Some(_) => estimate.subject.clone().or_else(|| figure.subject.clone()),
        None => figure.subject.clone(),
    };
    Frame {
        subject,
        measure: figure.measure.clone(),
        qualifiers,
        evolving: figure.evolving,
        ..estimate
    }
}

/// One sentence and the names in it, as resolution sees it.
#[derive(Clone, Copy)]
struct Context<'a> {
    entities: &'a EntityRecogniser,
    sentence: &'a str,
    names: &'a [(Entity, String)],
    last_person: Option<&'a str>,
    /// The organisation the sentences before were about (`Resolver::antecedent`): what "it"
    /// or "the company" opening this one names again.
    last_subject: Option<&'a str>,
    /// Names that are what a figure counts (`counts_name`) or sizes ("its $100 billion Vision
    /// Fund"), with where that figure starts.
    counted: &'a [(usize, usize)],
    /// Parts of companies the corpus names with a part noun ("data center").
    parts: &'a HashSet<String>,
    /// The document's names written on their own somewhere (`Context::joint_subject`),
    /// sorted.
    standalone: &'a [String],
    /// Where the sentence's wire dateline ends ("MANILA (Wirenews) –"), 0 without one: its
    /// names say where and by whom it was filed.
    dateline_end: usize,
    clauses: &'a Clauses<'a>,
    /// The time that sets the scene for the sentence's figures (`scene_time`).
    scene: Option<&'a Mention>,
    /// The time the sentence opens with (`opening_time`).
    opener: Option<&'a Mention>,
    /// The time of day of the live blog entry the sentence is in, in minutes after midnight.
    entry_clock: Option<u16>,
}

impl Context<'_> {
    /// Two names joined by "and" right before where `subject` was found before `anchor` do
    /// what the count tells together: "Alaska and United canceled a total of 342 flights"
    /// counts both airlines' flights, not United's. The joint subject is both names in order
    /// of the alphabet ("Alaska and United" as "United and Alaska"); not where the sentence
    /// gives each its own ("respectively"), nor when the first is never written on its own
    /// ("Securities and Exchange Commission", "Marks and Spencer": one name), nor the last two
    /// of a list. ("&" joins one name: "Brannock Power & Light".)
    fn joint_subject(&self, subject: &str, anchor: usize) -> Option<String> {
        if self.sentence.contains("respectively") {
            return None;
        }
        let at = self.names.iter().rposition(|(e, n)| e.end <= anchor && n == subject)?;
        let (last, _) = self.names.get(at)?;
        let (first, other) = self.names.get(at.checked_sub(1)?)?;
        let gap = self.sentence.get(first.end..last.start)?.trim();
        if gap != "and" || other == subject || self.standalone.binary_search(other).is_err() {
            return None;
        }
        // A list of three or more ("Nasdaq, NYSE Arca and Cboe BZX"): which of them the
        // count is of, nothing tells surely.
        let listed = at
            .checked_sub(2)
            .and_then(|i| self.names.get(i))
            .is_some_and(|(before, _)| {
                self.sentence
                    .get(before.end..first.start)
                    .is_some_and(|gap| gap.trim() == ",")
            });
        if listed {
            return None;
        }
        let mut both = [other.as_str(), subject];
        both.sort_unstable();
        Some(both.join(" and "))
    }

    /// Whether name `e` stands in a relative clause or an apposition set off by commas that
    /// does not hold `anchor` ("Lowmere, which borders Kettering, voted 56% Yes": Kettering is
    /// not where the vote was held; "Harrowgate Stores, the Ohio retailer, posted revenue of
    /// $2.3 billion": the revenue is Harrowgate's).
    fn in_relative_clause(&self, e: &Entity, anchor: usize) -> bool {
        let (start, end) = self.clauses.around((e.start, e.end));
        let opens = self.sentence[start..].trim_start().split(' ').next().unwrap_or("");
        let before = self.sentence[..start].trim_end();
        let after_comma = before.strip_suffix(',').map(str::trim_end);
        let relative = matches!(opens, "which" | "who" | "whose" | "whom" | "where");
        let apposition = matches!(opens, "the" | "a" | "an")
            && after_comma.is_some_and(|b| self.names.iter().any(|(other, _)| other.end == b.len()))
            && self.sentence[end..].starts_with(',');
        (relative && after_comma.is_some() || apposition) && !(start <= anchor && anchor < end)
    }

    /// Whether name `e` is what a figure other than the one at `anchor` counts: "It sold 1.6
    /// million battery EVs and 1.4 million hybrid EVs" names no "EVs" whose the second is.
    fn counted_elsewhere(&self, e: &Entity, anchor: usize) -> bool {
        self.counted.iter().any(|&(start, by)| start == e.start && by != anchor)
    }

    /// Whether name `i` is listed right after one of `names` (", ", "and", "or"): "in the
    /// United States and Canada".
    fn listed_after(&self, i: usize, names: &[usize]) -> bool {
        let between = i
            .checked_sub(1)
            .filter(|previous| names.contains(previous))
            .and_then(|previous| self.names.get(previous))
            .zip(self.names.get(i))
            .and_then(|((before, _), (this, _))| self.sentence.get(before.end..this.start));
        between.is_some_and(|b| matches!(b.trim(), "," | "and" | ", and" | "or"))
    }

    /// The name whose possessive stands right before `at`, at most one word between ("Helio's
    /// 770 employees", "Altman's abrupt firing"), not before `from`.
    fn owner_before(&self, from: usize, at: usize) -> Option<String> {
        self.names
            .iter()
            .rfind(|(e, _)| e.end <= at && e.start >= from)
            .filter(|(e, _)| {
                let between = &self.sentence[e.end..at];
                let rest = ["'s", "’s", "'", "’"].iter().find_map(|p| between.strip_prefix(p));
                rest.is_some_and(|r| r.starts_with(' ') && r.split_whitespace().count() <= 1)
            })
            .map(|(_, n)| n.clone())
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

/// In a headline written in title case ("OpenAI Announces Sam Altman Will Return As CEO"),
/// capitalisation does not mark names: a name's words that the corpus writes in lower case
/// elsewhere ("announces", "will", "return") are common words, and split it.
fn untitled(text: &str, entities: Vec<Entity>, corpus: &CorpusWords) -> Vec<Entity> {
    if !crate::source::is_title_case(text) {
        return entities;
    }
    let mut out = Vec::new();
    for e in entities {
        let mut run: Option<(usize, usize)> = None;
        let mut flush = |run: &mut Option<(usize, usize)>| {
            if let Some((start, end)) = run.take() {
                out.push(Entity {
                    start,
                    end,
                    surface: strip_possessive(&text[start..end]).to_string(),
                });
            }
        };
        let mut at = e.start;
        for word in text[e.start..e.end].split(' ') {
            let (start, end) = (at, at + word.len());
            at = end + 1;
            let lower = word.to_lowercase();
            // "Announces" when the corpus writes "announced" or "announce"; not a model's
            // number ("Helix 7").
            let stem = lower.strip_suffix('s').unwrap_or(&lower);
            let model = run.is_some() && word.chars().all(|c| c.is_ascii_digit());
            let common = !model
                && ([lower.as_str(), stem, &format!("{stem}d"), &format!("{stem}ed")]
                    .iter()
                    .any(|w| corpus.lower.contains(*w))
                    || !corpus
                        .prose_capitalised
                        .contains(strip_possessive(word).trim_matches(|c: char| !c.is_alphanumeric())));
            if common {
                flush(&mut run);
            } else {
                run = Some(run.map_or((start, end), |(s, _)| (s, end)));
            }
        }
        flush(&mut run);
    }
    out
}

/// The longest stretch of days a source without a date of its own is taken to lie in, back
/// from the latest date of the other sources.
const UNDATED_STRETCH: i64 = 31;

/// A date relative to a day the source does not give, read against the latest date of the
/// other sources (`reference`): the source may be from any day back to the earliest of them
/// (at most `UNDATED_STRETCH` days), so "last week" may be any of those days' last weeks,
/// and "Friday" any Friday from the one the earliest day would mean (on or before it) to the
/// last such day.
fn widened(
    span: &Span,
    weekday: Option<jiff::civil::Weekday>,
    reference: Option<Date>,
    earliest: Option<Date>,
) -> Span {
    let back = match (reference, earliest) {
        (Some(latest), Some(earliest)) => (latest - earliest).get_days().clamp(0, UNDATED_STRETCH as i32),
        _ => 0,
    };
    let back = jiff::Span::new().days(back);
    let first = match weekday {
        // The weekday as the earliest day would read it: a week back at a time.
        Some(_) => {
            let earliest_day = reference.and_then(|r| r.checked_sub(back).ok());
            let mut first = span.first;
            while let Some(earlier) = first
                .checked_sub(jiff::Span::new().days(7))
                .ok()
                .filter(|_| earliest_day.is_some_and(|e| first > e))
            {
                first = earlier;
            }
            first
        }
        None => span.first.checked_sub(back).unwrap_or(span.first),
    };
    Span { first, ..*span }
}

/// Words between a counted noun and a participle that say nothing of what was done: forms of
/// "to be" and "to have", and adverbs ("were now treated", "had been evacuated").
const BEFORE_PARTICIPLE: [&str; 14] = [
    "were",
    "was",
    "are",
    "is",
    "have",
    "has",
    "had",
    "been",
    "being",
    "be",
    "now",
    "still",
    "also",
    "reportedly",
];

/// The threshold a verb of passing sets right after a count's noun ("jackpots have ever topped
/// $1 billion"), as a qualifier: `over:1000000000`.
fn threshold_after(sentence: &str, noun_end: usize, all: &[Mention]) -> Option<String> {
    let next = all
        .iter()
        .filter(|t| t.start >= noun_end && !t.kind.is_time())
        .min_by_key(|t| t.start)?;
    // (The verb may open the figure's mention: "topped $1 billion" is a bound.)
    let lead = sentence.get(noun_end..next.end)?.to_lowercase();
    let words: Vec<&str> = lead
        .split_whitespace()
        .take_while(|w| !w.contains(|c: char| c.is_ascii_digit() || "$€£¥".contains(c)))
        .filter(|w| *w != "the")
        .collect();
    let passing = [
        "topped",
        "top",
        "tops",
        "surpassed",
        "surpass",
        "surpasses",
        "exceeded",
        "exceed",
        "exceeds",
        "crossed",
        "passed",
    ];
    let Value::Amount { value, .. } = &next.value else {
        return None;
    };
    // Only auxiliaries and adverbs stand between the noun and the verb: in "the 7.8-magnitude
    // earthquake surpassed 5,000" the verb is another noun's.
    let (verb, between) = words.split_last()?;
    let auxiliary = |w: &&str| BEFORE_PARTICIPLE.contains(w) || matches!(*w, "ever" | "already" | "all" | "each");
    (passing.contains(verb) && between.iter().all(auxiliary)).then(|| format!("over:{value}"))
}

/// What was done to the things a count counts, when a passive verb follows their noun ("Two
/// firefighters were treated for heat exhaustion"): the participle's stem ("treat"), so
/// "were treated" and "had been treated" are one. The firefighters treated are a part of
/// those fighting the fire, not their number; what a group did ("3,000 protesters
/// marched") says nothing of which group, and a participle before "to" says what is expected
/// or planned ("are expected to be merged"), or a state ("are assigned to the fire"), not what
/// was done. `reduced`: in the whole a part is counted out of, the participle may stand without
/// "were", and before "to" and a place ("Of the 38 survivors admitted to Marsalena General
/// Hospital, six remain": the sentence's verb is the part's). As a qualifier: `done:treat`.
fn done_to(rest: &str, reduced: bool) -> Option<String> {
    let mut passive = false;
    let mut words = rest.split_whitespace().take(4).peekable();
    while let Some(word) = words.next() {
        let word = word.trim_end_matches([',', '.', ';', ':']);
        if !word.chars().all(|c| c.is_ascii_lowercase()) {
            return None;
        }
        if BEFORE_PARTICIPLE.contains(&word) {
            passive |= matches!(word, "were" | "was" | "are" | "is" | "been" | "being" | "be");
            continue;
        }
        let stem = word
            .strip_suffix("ed")
            .filter(|stem| (passive || reduced) && stem.len() >= 3)?;
        // ("to" and a place is where: "admitted to Marsalena General Hospital", "were diverted
        // to Kestrel Bay"; "were asked to leave" was not done, nor is "are assigned to the
        // fire" in the passive, a state.)
        let planned = words.next_if_eq(&"to").is_some()
            && !words.peek().is_some_and(|place| {
                place.starts_with(char::is_uppercase)
                    || reduced && matches!(*place, "the" | "a" | "an" | "their" | "its")
            });
        return (!planned).then(|| format!("done:{stem}"));
    }
    None
}

/// What the counted things are doing, told by a participle right after their noun ("five
/// cars carrying vinyl chloride", "300 workers building the dam"), or will do, told by "will"
/// or "would" and its verb ("about 100 firemen will remain on site": `will-remain`): some of
/// them, picked out by it, not all that the story counts. Not a preposition in "-ing" ("40
/// cars, including 10").
fn doing(rest: &str) -> Option<String> {
    let mut words = rest.strip_prefix(' ')?.split_whitespace();
    let word = words.next()?;
    // (Not "could", "may": "up to 5,000 jobs could go" is an estimate of them all; nor "will
    // be", which says nothing done.)
    if matches!(word, "will" | "would") {
        let verb = words.next()?.trim_end_matches([',', '.', ';', ':']);
        return (verb != "be" && verb.chars().all(|c| c.is_ascii_lowercase())).then(|| format!("{word}-{verb}"));
    }
    const NOT_PARTICIPLES: &[&str] = &[
        "including",
        "excluding",
        "according",
        "following",
        "regarding",
        "concerning",
        "during",
        "pending",
        "notwithstanding",
        "barring",
        "considering",
        "nothing",
        "something",
        "anything",
        "everything",
        "morning",
        "evening",
        "involving",
        "totaling",
        "totalling",
        "amounting",
        "averaging",
        "ranging",
        "starting",
        "beginning",
        "ending",
    ];
    (word.len() > 5
        && word.ends_with("ing")
        && word.chars().all(|c| c.is_ascii_lowercase())
        && !NOT_PARTICIPLES.contains(&word))
    .then(|| word.to_string())
}

/// Whether a mention is an age ("the 38-year-old", "Saman Kunan, 38,").
fn is_age(m: &Mention) -> bool {
    matches!(&m.value, Value::Amount { unit: Unit::Count(noun), .. } if noun == AGE)
}

/// Whether an age is written with "year-old" or "years old" after it.
fn year_old(sentence: &str, m: &Mention) -> bool {
    sentence[m.end..].trim_start_matches([' ', '-']).starts_with("year")
}

/// The plural noun before "in" or "across" right before a count ("wins in 263 areas",
/// "deaths across 12 counties"): what happened in the places counted. A verb's particle
/// ("ferried in 40 packs") is not one.
fn place_of(before: &str) -> Option<String> {
    let mut words = before.split_whitespace().rev();
    if !matches!(words.next()?, "in" | "across") {
        return None;
    }
    let what = words.next()?.to_lowercase();
    let plural = what.len() > 3 && what.ends_with('s') && !what.ends_with("ss");
    (plural && what.chars().all(char::is_alphabetic)).then_some(what)
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

/// The thing a figure is the value of, by a phrase of its measure's `value_of`: one that ends
/// right before the figure names it by its first word ("a stake worth about $1.6 billion",
/// "3.8 million shares valued at €312.8 million"); "worth of" right after the figure, by the
/// head of the noun phrase after it ("$21 billion worth of its available-for-sale securities
/// across the portfolio"). ("A startup valued at $18 billion" is a valuation still.) Failing
/// those, the common noun before the measure's word (`noun_valued`).
fn valued_thing(sentence: &str, w: &MeasureWord, m: &Mention, function_words: &HashSet<String>) -> Option<String> {
    if w.def.value_of.is_empty() {
        return noun_valued(sentence, w, m, function_words);
    }
    // (The phrases are a few words: the 60 characters each side hold them.)
    let near = |text: &str, from_end: bool| {
        let mut at = text.char_indices().map(|(i, _)| i);
        let cut = if from_end {
            at.rev().nth(60).unwrap_or(0)
        } else {
            at.nth(60).unwrap_or(text.len())
        };
        if from_end { &text[cut..] } else { &text[..cut] }.to_lowercase()
    };
    let before = near(sentence[..m.start].trim_end(), true);
    let after = near(&sentence[m.end..], false);
    w.def
        .value_of
        .iter()
        .find_map(|phrase| {
            if let Some(of) = phrase.strip_suffix(" of") {
                let rest = after.strip_prefix(' ')?.strip_prefix(of)?.strip_prefix(" of ")?;
                let words = lower_case_run(rest, 4, |_, word| {
                    !PREPOSITIONS.contains(&word)
                        && !["across", "through", "throughout", "and", "or", "that", "which"].contains(&word)
                });
                let head = words
                    .iter()
                    .rev()
                    .find(|w| !["its", "their", "the", "a", "an"].contains(w))?;
                return (head.len() > 2).then(|| pluralizer::pluralize(head, 1, false));
            }
            before
                .strip_suffix(phrase.as_str())
                .filter(|b| b.is_empty() || b.ends_with(' '))?;
            phrase
                .split(' ')
                .next()
                .map(|first| pluralizer::pluralize(first, 1, false))
        })
        .or_else(|| noun_valued(sentence, w, m, function_words))
}

/// The noun right before a word of a measure with `valued_nouns` that ends right before the
/// figure, past verbs of being and adverbs ("a contract worth $40 million", "the original
/// award would have been worth about $84,600", "the deal, valued at $44 billion"), when it
/// is none of those nouns: the thing whose value the figure is. A name, a function word or
/// one of the nouns ("Acme is worth", "it is valued at", "a startup worth") leaves the
/// measure as it is, and so does a list of what the subject did ("It raised $410 million,
/// was valued at $5.2 billion").
fn noun_valued(sentence: &str, w: &MeasureWord, m: &Mention, function_words: &HashSet<String>) -> Option<String> {
    const BEING: &[&str] = &[
        "is", "was", "are", "were", "be", "been", "being", "has", "have", "had", "would", "could", "will", "may",
        "might", "should", "now", "once", "already", "together", "also", "then", "still", "just", "combined",
    ];
    if w.def.valued_nouns.is_empty() || !sentence.get(w.end..m.start)?.trim().is_empty() {
        return None;
    }
    let mut skipped = false;
    let mut words = sentence[..w.start].split_whitespace().rev();
    let noun = words.find(|word| {
        let being = BEING.contains(word) || word.len() > 4 && word.ends_with("ly");
        skipped |= being;
        !being
    })?;
    // The noun is a noun phrase's head right after a determiner and an adjective at most ("a
    // runner-up prize worth", "the original award would have been worth"; not "at one point
    // worth", "the nine objects stolen from the museum on Sunday morning are worth"), and
    // before a verb not a preposition's object ("the paintings taken from the museum are
    // worth"; but "leaves with a prize worth").
    const DETERMINERS: &[&str] = &[
        "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "each",
    ];
    let before: Vec<String> = words.take(3).map(str::to_lowercase).collect();
    let at = before.iter().take(2).position(|w| DETERMINERS.contains(&w.as_str()))?;
    if skipped && before.get(at + 1).is_some_and(|w| PREPOSITIONS.contains(&w.as_str())) {
        return None;
    }
    let appositive = noun.ends_with(',');
    let noun = noun.trim_end_matches(',');
    let lemma = pluralizer::pluralize(noun, 1, false);
    let plain = noun.len() > 2 && noun.chars().all(|c| c.is_lowercase() || c == '-');
    // (A comma before a verb of being lists what the subject did: "raised $410 million, was
    // valued at".)
    let listed = appositive && skipped;
    let named = w.def.valued_nouns.contains(&lemma) || function_words.contains(noun) || is_number_word(noun);
    (plain && !listed && !named).then_some(lemma)
}

/// The word after the one opening `after` (as `noun_after` reads it), lower case; none when
/// a comma, a full stop or the end of the text follows that word.
fn word_after_noun(after: &str) -> Option<String> {
    let rest = after
        .trim_start_matches([' ', '-'])
        .trim_start_matches(|c: char| c.is_alphabetic() || c == '-');
    let next = rest.strip_prefix(' ')?.split_whitespace().next()?;
    let word: String = next.chars().take_while(|c| c.is_alphabetic()).collect();
    (!word.is_empty()).then(|| word.to_lowercase())
}

/// Whether the word opening `after` ends its predicate: nothing but a time or an adverbial
/// comes after it ("80 percent contained as of Friday", "85 per cent contained, according
/// to the county", "40% contained early Tuesday"); not an object ("40% contained errors",
/// "contained the bacteria") nor "in" ("20% contained in vials").
fn ends_predicate(after: &str) -> bool {
    const ADVERBIALS: [&str; 22] = [
        "as",
        "by",
        "on",
        "at",
        "according",
        "after",
        "since",
        "until",
        "and",
        "but",
        "while",
        "with",
        "early",
        "late",
        "overnight",
        "yesterday",
        "today",
        "tonight",
        "now",
        "this",
        "last",
        "so",
    ];
    // (A day of the week too: "contained Tuesday morning".)
    word_after_noun(after).is_none_or(|w| ADVERBIALS.contains(&w.as_str()) || is_weekday_name(&w))
}

/// The head of the noun phrase opening `text`, singular: the first plural of up to two
/// words after an article ("billion-dollar companies": `company`), else the first word
/// ("rice", "the vaccine four weeks apart").
fn head_noun(text: &str) -> Option<String> {
    let words: Vec<&str> = text
        .split_whitespace()
        .map(|w| w.trim_end_matches(|c: char| !c.is_alphabetic()))
        .skip_while(|w| matches!(w.to_lowercase().as_str(), "the" | "a" | "an"))
        .take(2)
        .take_while(|w| !w.is_empty() && w.chars().all(|c| c.is_alphabetic() || c == '-') && !is_number_word(w))
        .collect();
    let plural = |w: &&&str| w.len() > 3 && w.ends_with('s') && !w.ends_with("ss");
    let head = words.iter().find(plural).or(words.first())?;
    noun_after(head)
}

/// A whole figure with no hedge, as precise as its last digit: "120" seats are 120, not 115 to
/// 125.
fn whole(value: &Value) -> Value {
    match value {
        Value::Amount {
            value: v,
            unit,
            hedge: None,
            ..
        } if v.fract() == 0.0 => Value::Amount {
            value: *v,
            interval: Interval {
                high_open: true,
                ..Interval::closed(v - 0.5, v + 0.5)
            },
            unit: unit.clone(),
            hedge: None,
        },
        other => other.clone(),
    }
}

/// The plural noun opening the label cell of a table row right before a figure ("| Containers
/// on board | 4,680"), in the singular, when the label's measure word (at `measure_start`)
/// comes after it.
fn row_label_noun(sentence: &str, figure: usize, measure_start: usize) -> Option<String> {
    let before = sentence.get(..figure)?.trim_end().strip_suffix('|')?;
    let cell_start = before.rfind('|').map_or(0, |i| i + 1);
    let label = before.get(cell_start..)?;
    let first = label.split_whitespace().next()?;
    let first_end = cell_start + label.find(first)? + first.len();
    // (Not an adjective: "| Serious injuries | 12 |".)
    let adjective = ["ous", "ss", "us", "is"]
        .iter()
        .any(|end| first.to_lowercase().ends_with(end));
    let plural = first.len() > 3 && first.ends_with('s') && !adjective && first.chars().all(char::is_alphabetic);
    (plural && measure_start >= first_end && measure_start < before.len())
        .then(|| pluralizer::pluralize(&first.to_lowercase(), 1, false))
}

/// The time a figure is of, from the time its sentence gives it: a financial year or season
/// over two years is its core months (`season_core`); a rate over a period told by its end
/// ("inflation of 10.1% in the 12 months to September", "in the year to March") is that
/// month's reading, as "10.1% in September" is, and the rate of October a year before does
/// not share its window.
fn told_time(m: &Mention, span: &Span, written: &str) -> Span {
    static PERIOD_END: std::sync::OnceLock<LazyRegex> = std::sync::OnceLock::new();
    let period_end =
        PERIOD_END.get_or_init(|| static_regex(r"(?i)\b(?:months|year|quarter|half)\s+(?:to|ended|ending|through)\s"));
    let rate = matches!(
        &m.value,
        Value::Amount {
            unit: Unit::Percent,
            ..
        }
    );
    match Date::new(span.last.year(), span.last.month(), 1) {
        Ok(first) if rate && period_end.is_match(written) => Span {
            first,
            last: span.last,
            grain: Grain::Month,
        },
        _ => season_core(span, written),
    }
}

/// The months every financial year or season written over two years holds ("in 2021-22",
/// "the 2022-2023 fiscal year", "2019/20"): October to March, whenever it starts (April in
/// Canada and India, July in Australia, October in the United States, August for a football
/// season). A figure of one such year is of that stretch, not of both calendar years: the
/// deficit "in 2021-2022" and the one "in 2022-2023" are of different years.
fn season_core(span: &Span, written: &str) -> Span {
    static SEASON: std::sync::OnceLock<LazyRegex> = std::sync::OnceLock::new();
    let season = SEASON.get_or_init(|| static_regex(r"^(?:FY\s?)?(\d{4})\s*[-/–]\s*(\d{2}|\d{4})$"));
    let consecutive = season.captures(written.trim()).is_some_and(|c| {
        let first: i16 = c[1].parse().unwrap_or(0);
        let second: i16 = c[2].parse().unwrap_or(0);
        second == first + 1 || c[2].len() == 2 && second == (first + 1) % 100
    });
    let two_years = span.first.month() == 1
        && span.first.day() == 1
        && span.last.month() == 12
        && span.last.day() == 31
        && span.last.year() == span.first.year() + 1;
    match (
        consecutive && two_years,
        Date::new(span.first.year(), 10, 1),
        Date::new(span.last.year(), 3, 31),
    ) {
        (true, Ok(first), Ok(last)) => Span {
            first,
            last,
            grain: Grain::Part,
        },
        _ => *span,
    }
}

/// What a duration measures: the noun of a compound ("a two-day run": `run-duration`), the
/// event it is counted from ("14 days after the second dose": `after-dose`), or the noun it is
/// the length of ("a follow-up of 18 months": `follow-up-duration`). `None` when nothing says.
fn duration_attribute(sentence: &str, m: &Mention) -> Option<String> {
    let written = &sentence[m.start..m.end];
    let after = &sentence[m.end..];
    // The words before the duration, nearest first.
    let preceding: Vec<&str> = sentence[..m.start].split_whitespace().rev().take(4).collect();
    let before = preceding.get(..3).unwrap_or(&preceding);
    // "1,340 earthquakes in the 72 hours before the eruption", "over the past 24 hours": a
    // window the sentence counts in, not a span of time it measures.
    let window = |preposition: &str| {
        matches!(
            preposition.to_lowercase().as_str(),
            "in" | "over" | "during" | "within" | "throughout"
        )
    };
    if written.contains('-') && after.starts_with(' ') {
        return noun_after(after).map(|n| format!("{n}-duration"));
    }
    match before {
        ["the", preposition, ..] if window(preposition) => return None,
        ["past" | "last" | "first" | "previous", "the", preposition] if window(preposition) => return None,
        _ => {}
    }
    // "after 22 minutes of bidding", "three days of national mourning", "two years of
    // production delays": the length of what the noun after "of" names, the last of its
    // lower-case words (not "of the" nor "of age"; up to a preposition or a verb: "three days
    // of talks between ...").
    const NOT_AN_EVENT: &[&str] = &[
        "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that", "these", "those", "each",
        "every", "all", "which", "what", "it", "them", "him", "us", "age",
    ];
    const PHRASE_ENDS: &[&str] = &[
        "and", "or", "but", "as", "that", "which", "who", "is", "was", "were", "are", "had", "has", "have", "since",
        "between", "among", "across", "during", "through", "within", "without", "amid",
    ];
    // ("within 18 months of closing", "within just 18 months of launch" are times after the
    // closing and the launch, not their lengths.)
    let within = written.to_lowercase().starts_with("within")
        || preceding
            .iter()
            .take(2)
            .any(|w| w.eq_ignore_ascii_case("within") || w.eq_ignore_ascii_case("inside"));
    if let Some(rest) = after.strip_prefix(" of ").filter(|_| !within) {
        let mut phrase: Vec<&str> = Vec::new();
        for word in rest.split_whitespace().take(3) {
            let bare = word.trim_end_matches(|c: char| !c.is_alphanumeric());
            let lower = bare.chars().all(|c| c.is_lowercase() || c == '-');
            // (A verb after the noun ends it: "three days of heavy rain caused flooding".)
            let verb = !phrase.is_empty() && bare.ends_with("ed");
            if bare.is_empty()
                || !lower
                || verb
                || PREPOSITIONS.contains(&bare)
                || PHRASE_ENDS.contains(&bare)
                || NOT_AN_EVENT.contains(&bare)
            {
                break;
            }
            phrase.push(bare);
            // (Punctuation ends the phrase, and so does a plural or a gerund, the noun itself:
            // "two years of delays cost the carmaker", "22 minutes of bidding the painting".)
            if bare.len() < word.len() || bare.ends_with('s') || bare.ends_with("ing") {
                break;
            }
        }
        if let Some(noun) = phrase.last() {
            return Some(format!("{}-duration", pluralizer::pluralize(noun, 1, false)));
        }
    }
    let mut words = after.split_whitespace().map(|w| {
        w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-')
            .to_lowercase()
    });
    if let Some(relation @ ("after" | "before" | "since")) = words.next().as_deref() {
        // Determiners, ordinals and words of size or force before the event's noun ("four
        // days after the massive earthquake" counts from the earthquake).
        const SKIP: &[&str] = &[
            "the",
            "a",
            "an",
            "his",
            "her",
            "its",
            "their",
            "first",
            "second",
            "third",
            "final",
            "last",
            "massive",
            "huge",
            "major",
            "big",
            "deadly",
            "powerful",
            "devastating",
            "strong",
            "violent",
        ];
        // "two weeks before Karpathy's post" counts from the post.
        let possessive = |w: &str| w.ends_with("'s") || w.ends_with("’s") || w.ends_with('’');
        let noun = words.find(|w| !SKIP.contains(&w.as_str()) && !possessive(w))?;
        // "for 12 years before she stepped down": a clause follows, not the event counted from.
        if matches!(noun.as_str(), "i" | "he" | "she" | "it" | "we" | "you" | "they") {
            return None;
        }
        // "take-off" and "takeoff", "lift-off" and "liftoff" are one event.
        let noun = noun.replace('-', "");
        // "43 minutes after receiving the report", "two minutes after receiving the warning":
        // a gerund's event is told by its object too (none after a particle or a preposition:
        // "before stepping out of the C-suite").
        const NO_OBJECT: &[&str] = &[
            "out", "up", "down", "off", "in", "on", "over", "away", "back", "of", "from", "to", "into", "at", "for",
            "with", "by",
        ];
        let object = noun
            .ends_with("ing")
            .then(|| words.find(|w| !SKIP.contains(&w.as_str()) && !possessive(w)))
            .flatten()
            .filter(|w| w.chars().all(char::is_alphabetic) && !NO_OBJECT.contains(&w.as_str()))
            .map(|w| format!("-{}", pluralizer::pluralize(&w, 1, false)))
            .unwrap_or_default();
        return Some(format!("{relation}-{}{object}", pluralizer::pluralize(&noun, 1, false)));
    }
    // "a speech that lasted almost two hours", "the shaking lasted close to 40 seconds": the
    // noun a determiner opens before "lasted" is what took that long (not "it", nor "the
    // strike only lasted", nor a name).
    let common_noun = |w: &str| w.chars().all(|c| c.is_lowercase() || c == '-');
    let determiner = |w: &str| {
        matches!(
            w.to_lowercase().as_str(),
            "a" | "an" | "the" | "its" | "his" | "her" | "their" | "this" | "that"
        )
    };
    let lasted: Vec<&str> = preceding
        .iter()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-'))
        .collect();
    let lasting = match lasted.as_slice() {
        ["lasted" | "lasting", "that" | "which", noun, article] | ["lasted" | "lasting", noun, article, ..]
            if common_noun(noun) && determiner(article) =>
        {
            Some(*noun)
        }
        _ => None,
    };
    // "battery life of four to nine hours" is a battery's life, not "a six-year life": a
    // noun before the noun is kept (not a determiner nor a word of extent).
    const NOT_MODIFIERS: &[&str] = &[
        "the",
        "a",
        "an",
        "its",
        "his",
        "her",
        "their",
        "our",
        "my",
        "your",
        "this",
        "that",
        "entire",
        "whole",
        "full",
        "total",
        "average",
        "median",
        "mean",
        "minimum",
        "maximum",
        "expected",
        "typical",
        "estimated",
        "useful",
        "working",
    ];
    let noun = match before {
        ["of", noun, modifier, ..]
            if noun.chars().all(|c| c.is_alphabetic() || c == '-')
                && modifier.chars().all(|c| c.is_ascii_lowercase())
                && modifier.len() > 2
                && !NOT_MODIFIERS.contains(modifier)
                && !PREPOSITIONS.contains(modifier) =>
        {
            Some(format!("{modifier}-{noun}"))
        }
        ["of", noun, ..] if noun.chars().all(|c| c.is_alphabetic() || c == '-') => Some(noun.to_string()),
        _ => lasting.map(str::to_string),
    };
    noun.map(|noun| format!("{}-duration", pluralizer::pluralize(&noun.to_lowercase(), 1, false)))
}

/// The one part of several words among the corpus's `parts` that ends with the one-word
/// part `word` ("professional visualization" for "visualization"), unless `word` is a part
/// the corpus names by itself or several end with it.
fn whole_part<'a>(parts: &'a HashSet<String>, word: &str) -> Option<&'a String> {
    if word.contains(' ') || parts.contains(word) {
        return None;
    }
    let mut longer = parts
        .iter()
        .filter(|p| p.strip_suffix(word).is_some_and(|head| head.ends_with(' ')));
    match (longer.next(), longer.next()) {
        (Some(only), None) => Some(only),
        _ => None,
    }
}

/// Where the counted noun `lemma` is written in `sentence` after `from` ("missing" in "1,186
/// missing"), looked for in the next few words.
fn count_noun_span(sentence: &str, from: usize, lemma: &str) -> Option<(usize, usize)> {
    let after = sentence.get(from..)?;
    let mut cut = after.len().min(40);
    while !after.is_char_boundary(cut) {
        cut -= 1;
    }
    let window = &after[..cut];
    let stem: String = lemma.chars().take(4).collect();
    let at = window.find(&stem).or_else(|| {
        window
            .to_lowercase()
            .find(&stem)
            .filter(|&at| window.is_char_boundary(at))
    })?;
    let len = window[at..]
        .find(|c: char| !c.is_alphanumeric() && c != '-')
        .unwrap_or(window.len() - at);
    Some((from + at, from + at + len))
}

/// What the whole corpus tells each of its documents.
#[derive(Default)]
pub struct CorpusWords {
    /// The words any source writes in lower case ("battery", "remain"), for telling a
    /// capitalised sentence opener from a name.
    pub lower: HashSet<String>,
    /// The parts of companies any source names with a part noun ("its Data Center segment").
    pub parts: HashSet<String>,
    /// The words any source capitalises in prose (a line mostly in lower case): a title-case
    /// headline's capitals are names only where prose writes them so ("Nvidia Shares Leap
    /// 20%": "Leap" is no name when no line of prose capitalises it).
    pub prose_capitalised: HashSet<String>,
}

impl Resolver {
    /// The words of one source for the corpus's (`CorpusWords::merge` gathers them).
    pub fn corpus_words(&self, text: &str) -> CorpusWords {
        CorpusWords {
            lower: text
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| w.starts_with(char::is_lowercase))
                .map(str::to_string)
                .collect(),
            parts: self
                .frames
                .parts_named(text)
                .into_iter()
                .map(|(_, part)| part)
                .collect(),
            prose_capitalised: text.lines().flat_map(prose_capitals).collect(),
        }
    }
}

impl CorpusWords {
    pub fn merge(&mut self, other: CorpusWords) {
        self.lower.extend(other.lower);
        self.parts.extend(other.parts);
        self.prose_capitalised.extend(other.prose_capitalised);
    }
}

/// The capitalised words of a line of prose (not in title case, or ending as a sentence
/// does: "Maria Aalders joined Halvora in 2017."), trimmed of punctuation and possessive
/// endings.
fn prose_capitals(line: &str) -> Vec<String> {
    let line = line.trim_end();
    if crate::source::is_title_case(line) && !line.ends_with(['.', '!', '?', '"', '”']) {
        return Vec::new();
    }
    line.split_whitespace()
        .map(|w| strip_possessive(w.trim_matches(|c: char| !c.is_alphanumeric())))
        .filter(|w| w.starts_with(char::is_uppercase))
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string())
        .collect()
}

/// A figure with no unit or noun ("rose to 97"): a claim only when a measure word says what
/// it counts.
/// A day written with a zoned time of day ("9:40 p.m. EDT on Friday, July 3") is that day
/// where the time was told, and the next (or the day before) in UTC: another source may name
/// the UTC day ("01:40 GMT on Saturday, July 4"), so the date spans both. A day written with
/// a weekday it does not fall on stays the day written: the weekday was written for it, and
/// the UTC day must not make it fit ("9:14 p.m. EDT on Thursday, March 18", a Wednesday).
fn with_utc_day(span: &Span, date: &Mention, mentions: &[Mention]) -> Span {
    if date
        .weekday
        .is_some_and(|w| span.first == span.last && span.first.weekday() != w)
    {
        return *span;
    }
    let clock = mentions.iter().find_map(|t| match &t.value {
        Value::Clock { clock } if t.start <= date.start && date.end <= t.end => Some(clock),
        _ => None,
    });
    let Some((clock, offset)) = clock.and_then(|c| Some((c, c.utc_offset?))) else {
        return *span;
    };
    let utc = i32::from(clock.at.hour()) * 60 + i32::from(clock.at.minute()) - offset;
    let (first, last) = match utc {
        ..0 => (span.first.yesterday().unwrap_or(span.first), span.last),
        1440.. => (span.first, span.last.tomorrow().unwrap_or(span.last)),
        _ => (span.first, span.last),
    };
    Span { first, last, ..*span }
}

/// The dimension of the lexicon's measures a figure of `unit` may be a value of.
fn dimension_of(unit: &Unit) -> &str {
    match unit {
        Unit::Currency(_) => "currency",
        Unit::Percent | Unit::PercentagePoint => "percent",
        Unit::Ratio => "ratio",
        Unit::Count(_) => "count",
        Unit::Days => "duration",
        Unit::Physical { dimension, .. } => dimension.as_str(),
    }
}

/// The time in a clause of its own, holding no figure, that sets the scene for the figures of
/// the sentence that do not move and that their own clauses do not time ("Last March, Corvana
/// cut about 620 jobs, or roughly 7% of its staff", "eliminated 620 jobs, some 7% of its
/// staff, in March 2027"): when the sentence has just one, of a year or less, set with "in",
/// "on", "during" or "last" (not "since 1992", nor in a clause opening with "since", nor a
/// label: "Q1 (Apr)"; nor in a "who" clause, nor one "before", "whereas" or "because" opens).
fn scene_time<'a>(sentence: &str, clauses: &Clauses, mentions: &'a [Mention]) -> Option<&'a Mention> {
    let set_in = |t: &Mention| {
        let before = sentence[..t.start].trim_end().to_lowercase();
        let last_word = before.rsplit(' ').next().unwrap_or("");
        ["in", "on", "during"].contains(&last_word) || sentence[t.start..t.end].to_lowercase().starts_with("last ")
    };
    let mut scenes = mentions.iter().filter(|t| {
        let (from, to) = clauses.around((t.start, t.end));
        // ("the station's highest reading since records began there in 1946": where a
        // comparison starts.)
        let since = sentence[from..to].trim_start().to_lowercase().starts_with("since ");
        // ("were stranded, some for 14 hours, before army snowcats reached them on Tuesday
        // afternoon": a clause a conjunction opens tells another event's time.)
        // Nor a clause of who someone is: "Peter Bailis, who had become Workday's CTO in May
        // 2025, lasted less than a year". (A "which" clause may date its antecedent, the
        // figure's period: "Revenue in the first quarter, which ended on April 30, rose 41%".)
        let opens = sentence[from..to].trim_start().split(' ').next().unwrap_or("");
        let relative = opens.eq_ignore_ascii_case("who") || opens.eq_ignore_ascii_case("whose");
        // ("after" and "following" are as often prepositions: "cut 620 jobs after the merger
        // closed in March 2026" is March's.)
        let conjunction = sentence[..from].trim_end().rsplit(' ').next().unwrap_or("");
        let subordinate = relative
            || ["before", "whereas", "because"]
                .iter()
                .any(|w| conjunction.eq_ignore_ascii_case(w));
        within_a_year(t)
            && set_in(t)
            && !since
            && !subordinate
            && !mentions
                .iter()
                .any(|f| !f.kind.is_time() && from <= f.start && f.end <= to)
    });
    let only = scenes.next()?;
    scenes.next().is_none().then_some(only)
}

/// The time a sentence opens with ("By Monday morning the fire had grown to 18,750 acres, and
/// deputies had expanded orders to cover about 11,500 people", "On Tuesday the toll rose to 27
/// and ..."): it times every clause of the sentence that does not time itself, moving
/// figures too (they are told as of then). Only a span of a year or less, after nothing but
/// a preposition.
fn opening_time<'a>(sentence: &str, mentions: &'a [Mention]) -> Option<&'a Mention> {
    const OPENERS: [&str; 8] = ["", "by", "on", "in", "at", "during", "as of", "until"];
    let first = mentions.iter().filter(|t| t.kind.is_time()).min_by_key(|t| t.start)?;
    let before = sentence[..first.start]
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    (within_a_year(first) && OPENERS.contains(&before.as_str())).then_some(first)
}

/// Whether a time spans a year or less: it can set a sentence's scene ("last March", not
/// "since 1992").
fn within_a_year(t: &Mention) -> bool {
    matches!(&t.value, Value::Time { span } if span.as_interval().high - span.as_interval().low <= 366.0)
}

/// Whether a clause says it tells of the present ("and now holds 31"): a time the sentence
/// opened with is not its own.
fn tells_now(clause: &str) -> bool {
    clause
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| matches!(w.to_lowercase().as_str(), "now" | "currently" | "today" | "still"))
}

/// Words joining two figures of one clause: what stands between the first and the word is
/// the first's, what follows the word the second's.
const FIGURE_CONJUNCTIONS: [&str; 5] = [" and ", " but ", " while ", " versus ", " against "];

/// The time of day a figure is read at, written right after it with "at" ("63.7% at
/// 16:00", "at 4 p.m."), or right before its measure word ("the 6pm turnout figure is
/// 51.9%"), as read ("16:00"). ("26,980 acres as of 7 a.m." is how far a fire had got, which
/// the source's day compares as it does any figure of it.)
fn reading_time(sentence: &str, m: &Mention, mentions: &[Mention], measure_word: Option<&str>) -> Option<String> {
    let reading = |t: &Mention| match &t.value {
        Value::Clock { clock } if !clock.is_part_of_day() => Some(clock.reading()),
        _ => None,
    };
    let after = sentence
        .get(m.end..)
        .and_then(|rest| rest.trim_start().strip_prefix("at "));
    if let Some(rest) = after {
        let at = sentence.len() - rest.len();
        return mentions.iter().find(|t| t.start == at).and_then(reading);
    }
    let word = measure_word?.to_lowercase();
    mentions
        .iter()
        .filter(|t| t.end <= m.start)
        .find(|t| {
            let next = sentence.get(t.end..m.start).unwrap_or_default().trim_start();
            next.get(..word.len()).is_some_and(|w| w.eq_ignore_ascii_case(&word))
        })
        .and_then(reading)
}

/// Who asked for a figure, from the words before it: the word before the last request word
/// ("the defence's request for a six-year sentence": `defence`; "Prosecutors sought":
/// `prosecutor`; "the probation department recommended": `department`), in the singular.
fn requester(before: &str, asking: &[String]) -> Option<String> {
    const SKIPPED: [&str; 7] = ["had", "has", "have", "also", "was", "were", "is"];
    let lower = before.to_lowercase();
    let at = asking.iter().filter_map(|w| lower.rfind(w.as_str())).max()?;
    let word = lower[..at]
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .rfind(|w| !w.is_empty() && !SKIPPED.contains(w))?;
    let word = word
        .trim_end_matches("'s")
        .trim_end_matches("’s")
        .trim_end_matches(['\'', '’']);
    // (Not a month: "in February requested".)
    let determiner = matches!(
        word,
        "the" | "a" | "an" | "its" | "their" | "his" | "her" | "and" | "it" | "they"
    ) || crate::extract::time::is_month_name(word);
    (!determiner && word.chars().all(char::is_alphabetic)).then(|| pluralizer::pluralize(word, 1, false))
}

/// Whether `gap` (from a figure to a time after it) holds a "that" or "which" clause opened
/// after an auxiliary verb ("is", "was", "has", "will", ...) of the figure's clause ("is
/// nearly double the previous penalty that ..."): the clause tells of the noun before it, not
/// of the figure; so does one of an aside after a comma ("..., numbers that would have seemed
/// unthinkable when ..."); unless that noun is a period ("were a record for the quarter that
/// ended on March 31": the figure's own).
fn relative_after_verb(gap: &str) -> bool {
    const VERBS: [&str; 11] = [
        "is", "was", "are", "were", "be", "been", "has", "have", "had", "will", "would",
    ];
    const PERIODS: [&str; 9] = [
        "quarter", "year", "month", "week", "day", "period", "half", "season", "session",
    ];
    let lower = gap.to_lowercase();
    let Some(at) = [" that ", " which "].iter().filter_map(|w| lower.rfind(w)).max() else {
        return false;
    };
    let before = &lower[..at];
    let antecedent = before.rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    // (Or an aside that sums the figures up: "net income of $2.17 billion, numbers that would
    // have seemed unthinkable when it moved in 2015".)
    let summed_up = before
        .rsplit_once(", ")
        .is_some_and(|(_, aside)| (1..=3).contains(&aside.split_whitespace().count()));
    !PERIODS.contains(&antecedent)
        && (summed_up || before.split(|c: char| !c.is_alphanumeric()).any(|w| VERBS.contains(&w)))
}

/// Whether a relative clause's opening (`text`, "which killed", "who had joined") tells of
/// the past: a verb in the past among its first three words.
fn tells_past(text: &str) -> bool {
    text.split_whitespace()
        .skip(1)
        .take(3)
        .any(|w| past_verb(w, &["was", "were", "had"]))
}

/// Whether `word` is a verb in the past ("paid", "killed") or one of `auxiliaries`.
fn past_verb(word: &str, auxiliaries: &[&str]) -> bool {
    let w = word.to_lowercase();
    w.ends_with("ed") || PAST_VERBS.contains(&w.as_str()) || auxiliaries.contains(&w.as_str())
}

/// Whether the words between a figure and a time after it are a relative clause without
/// "that" whose verb the time dates ("the $38.3 million the small buyout firm paid in 2018",
/// "the $4 billion it reported in 2020"): a subject (a pronoun, an article or possessive and
/// at most three words, or a name), a verb in the past, and the time's preposition. (Only
/// when that verb is the figure's measure word, not also before the figure: in "paid $80
/// million the storm had caused in damage during 2023" the time is the damage's.)
fn reduced_relative(words: &[&str]) -> bool {
    const SUBJECTS: [&str; 12] = [
        "it", "he", "she", "they", "we", "the", "a", "an", "its", "his", "her", "their",
    ];
    let Some((&last, rest)) = words.split_last() else {
        return false;
    };
    let Some((&first, middle)) = rest.split_first() else {
        return false;
    };
    let subject = SUBJECTS.contains(&first.to_lowercase().as_str()) || first.starts_with(char::is_uppercase);
    let verb = middle.iter().any(|w| past_verb(w, AUXILIARIES));
    subject
        && verb
        && middle.len() <= 5
        && ["in", "on", "during"].contains(&last)
        && !middle.iter().any(|w| w.ends_with([',', ';']))
}

/// Whether the words between a count and a noun of who is counted make the count some of
/// them: "of", "of the", "out of", and a number of them ("72 of the 144 passengers").
fn some_of(gap: &str) -> bool {
    let gap = gap.trim();
    let Some(rest) = gap.strip_prefix("out of").or_else(|| gap.strip_prefix("of")) else {
        return false;
    };
    let mut words = rest.split_whitespace().peekable();
    if words
        .peek()
        .is_some_and(|w| matches!(*w, "the" | "its" | "their" | "all"))
    {
        words.next();
    }
    if words
        .peek()
        .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()))
    {
        words.next();
    }
    words.next().is_none()
}

/// The things of one kind a sentence opens with, several of them: "The two trains", "these
/// three companies", "Both airlines", "Both the airlines", "The two express trains" give
/// "trains", "companies", "airlines" (lower case, plural as written). Not one thing ("The
/// train"), nor a name or its adjective ("The two Koreas", "Both Japanese airlines").
fn several_things(opening: &str) -> Option<String> {
    const SEVERAL: [&str; 9] = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
    let mut words = opening.split_whitespace().peekable();
    let first = words.next()?.to_lowercase();
    match first.as_str() {
        "both" => {
            words.next_if_eq(&"the");
        }
        "the" | "these" | "those" | "all" => {
            let count = words.next()?;
            if !(SEVERAL.contains(&count) || count.parse::<u32>().is_ok_and(|n| n >= 2)) {
                return None;
            }
        }
        _ => return None,
    }
    let plural = |w: &str| w.len() >= 4 && w.ends_with('s') && w.chars().all(|c| c.is_ascii_lowercase());
    let lower = |w: &&str| w.chars().all(|c| c.is_ascii_lowercase());
    let noun = words.next().filter(lower)?;
    // A noun before the plural is its modifier: "express trains".
    match words.next() {
        Some(next) if plural(next) => Some(next.to_string()),
        _ => plural(noun).then(|| noun.to_string()),
    }
}

/// The common noun a figure is set off after by a comma, when a determiner identifies it
/// and no preposition governs it ("whether the canal, 193 km long": `canal`).
fn apposed_noun(before: &str) -> Option<String> {
    let mut words = before.trim_end().strip_suffix(',')?.split_whitespace().rev();
    let noun = words.next()?;
    let determiner = words.next()?.to_lowercase();
    // (Not "lying in the dark, some forty kilometres off", "During the night, 30 cm fell".)
    const GOVERNING: &[&str] = &[
        "during",
        "across",
        "through",
        "throughout",
        "since",
        "near",
        "past",
        "within",
        "inside",
        "along",
        "around",
        "below",
        "above",
        "beyond",
        "behind",
        "beside",
        "between",
        "among",
        "toward",
        "towards",
        "via",
        "despite",
    ];
    let governed = words.next().is_some_and(|w| {
        let w = w.to_lowercase();
        PREPOSITIONS.contains(&w.as_str()) || GOVERNING.contains(&w.as_str())
    });
    (noun.len() > 2
        && noun.chars().all(|c| c.is_lowercase())
        && ["the", "its", "their", "this", "that"].contains(&determiner.as_str())
        && !governed)
        .then(|| pluralizer::pluralize(noun, 1, false))
}

/// The common noun a participle of size tells of, a determiner and at most two lower-case
/// words before it, the participle at most eight words before the figure ("a
/// launch-and-catch tower standing at an impressive height of nearly 500 feet": `tower`;
/// "The two-stage rocketship, standing taller than the Statue of Liberty at 394 feet":
/// `rocketship`; "The tower is 500 feet tall": `tower`). None for a name ("Starship,
/// standing 394 feet tall" is the story's).
fn size_holder(before: &str) -> Option<String> {
    const SIZING: &[&str] = &[
        "standing",
        "stands",
        "stood",
        "measuring",
        "measured",
        "towering",
        "towered",
        "stretching",
        "stretches",
        "stretched",
        "spanning",
        "spans",
        "spanned",
    ];
    // (A copula right before the figure sizes its subject too: "The tower is 500 feet tall".)
    const COPULAS: &[&str] = &["is", "was", "are", "were"];
    const DETERMINERS: &[&str] = &["the", "a", "an", "its", "their", "this", "that"];
    let lower = |w: &str| !w.is_empty() && w.chars().all(|c| c.is_lowercase() || c == '-');
    // The words before the figure, nearest first.
    let written: Vec<&str> = before.split_whitespace().rev().collect();
    let verb = written.iter().take(8).enumerate().position(|(i, w)| {
        let w = w.to_lowercase();
        SIZING.contains(&w.as_str()) || COPULAS.contains(&w.as_str()) && i < 2
    })?;
    let noun = written.get(verb + 1)?;
    let noun = noun.strip_suffix(',').unwrap_or(noun);
    let modifiers = written.get(verb + 2..)?.iter().take(3);
    let determiner = modifiers
        .clone()
        .position(|w| DETERMINERS.contains(&w.to_lowercase().as_str()))?;
    (noun.len() > 2 && lower(noun) && modifiers.take(determiner).all(|w| lower(w)))
        .then(|| pluralizer::pluralize(noun, 1, false))
}

/// The thing a physical quantity joined to it by a hyphen sizes ("the 62-metre (203 ft)
/// concrete gravity dam": `dam`), when the sentence identifies it: after "the", a possessive
/// or a copula ("was a 62-metre dam"), not after "a" alone ("a 30-metre wave" is some wave).
/// `from` starts at the figure, `len` bytes long; a conversion in brackets is not sized.
/// The run of up to `most` words in lower case (hyphens allowed) at the start of `text`, each
/// one `keeps` takes given the words before it; a word with punctuation after it ends the
/// run. The noun phrase after a compound ("the 399.9-metre ship", "the 20-car freight
/// train") or after "of" ("7.5 miles of city streets").
fn lower_case_run(text: &str, most: usize, keeps: impl Fn(&[&str], &str) -> bool) -> Vec<&str> {
    let mut words: Vec<&str> = Vec::new();
    for w in text.split_whitespace().take(most) {
        let word = w.trim_end_matches(|c: char| !c.is_alphabetic());
        if word.is_empty() || !word.chars().all(|c| c.is_lowercase() || c == '-') || !keeps(&words, word) {
            break;
        }
        words.push(word);
        if word.len() < w.len() {
            break;
        }
    }
    words
}

fn sized_thing(before: &str, from: &str, len: usize) -> Option<String> {
    let hyphen = from.get(..len)?.find('-')?;
    if before.trim_end().ends_with('(') {
        return None;
    }
    let unit_end = hyphen + from[hyphen..].find(|c: char| c.is_whitespace())?;
    let mut rest = from[unit_end..].trim_start();
    // A conversion in brackets between the figure and its noun.
    if let Some(inner) = rest.strip_prefix('(') {
        rest = inner.get(inner.find(')')? + 1..)?.trim_start();
    }
    const ENDS: &[&str] = &[
        "was", "is", "were", "are", "has", "had", "have", "will", "would", "that", "which", "and", "or", "of", "in",
        "on", "at", "for", "with", "to", "by", "from", "as", "behind", "into", "inside", "near", "under", "over",
        "after", "before", "across", "through", "between", "during", "among", "against", "off", "onto", "around",
        "within", "without", "along", "beside", "beneath", "above", "below",
    ];
    // Up to three words in lower case; one with punctuation after it ends the run, and so
    // does a verb in the past after the first ("the 399.9-metre ship ran aground"; not an
    // adjective in "-ed": "the 350-km new high-speed line").
    let words = lower_case_run(rest, 3, |before, word| {
        !ENDS.contains(&word) && (before.is_empty() || !PAST_VERBS.contains(&word))
    });
    let head = *words.last()?;
    let after_determiner = !describes_some_thing(before, &from[hyphen..]);
    (head.len() > 2 && after_determiner).then(|| pluralizer::pluralize(head, 1, false))
}

/// Whether a count joined by a hyphen to the noun after it ("70-billion-parameter model",
/// "64-card clusters") describes a thing no determiner identifies: after "a", "one", "single",
/// a preposition or nothing, not after "the", a possessive, a name or a copula ("was a").
fn describes_some_thing(before: &str, after: &str) -> bool {
    let Some(compound) = after.strip_prefix('-') else {
        return false;
    };
    let modifier_end = compound.find(' ').unwrap_or(compound.len());
    let modifier = &compound[..modifier_end];
    let head = compound[modifier_end..].trim_start();
    if modifier.is_empty()
        || !modifier.chars().all(|c| c.is_alphabetic() || c == '-')
        || !head.starts_with(char::is_lowercase)
    {
        return false;
    }
    let mut words = before.split_whitespace().rev();
    let previous = words.next().unwrap_or_default();
    // "The Lintara Dawn was a 2,480-gross-tonne ferry": what the subject is.
    let predicate = matches!(previous.to_lowercase().as_str(), "a" | "an")
        && words
            .next()
            .is_some_and(|w| matches!(w.to_lowercase().as_str(), "is" | "was" | "are" | "were" | "be" | "been"));
    let identified = predicate
        || previous.ends_with("'s")
        || previous.ends_with("’s")
        || previous.starts_with(char::is_uppercase) && !previous.eq_ignore_ascii_case("a")
        || matches!(
            previous.to_lowercase().as_str(),
            "the" | "its" | "their" | "his" | "her" | "our" | "your" | "my" | "this" | "that" | "these" | "those"
        );
    !identified
}

/// The thing a count joined by a hyphen to its noun describes ("the six-engine Starship":
/// `starship`; "a 32-point, 25-minute game": `game`, past other such modifiers; "the 20-car
/// freight train": `train`, the last of up to three words in lower case): how many of its
/// parts that one thing has, not a count of the story's. Not a verb after the compound ("the
/// 18-wheeler crashed").
fn compound_owner(after: &str) -> Option<String> {
    let mut rest = after.strip_prefix('-')?;
    loop {
        let end = rest.find(|c: char| c.is_whitespace() || c == ',').unwrap_or(rest.len());
        let modifier = rest.get(..end)?;
        if modifier.is_empty() || !modifier.chars().all(|c| c.is_alphanumeric() || c == '-') {
            return None;
        }
        rest = rest[end..].trim_start_matches(',').trim_start();
        let next: &str = rest.split_whitespace().next()?;
        // Another compound modifier ("25-minute") or the head noun.
        if !(next.contains('-') && next.starts_with(|c: char| c.is_ascii_digit())) {
            break;
        }
    }
    let first = rest
        .split_whitespace()
        .next()?
        .trim_end_matches(|c: char| !c.is_alphabetic());
    if first.len() > 2 && first.starts_with(char::is_uppercase) && first.chars().all(char::is_alphabetic) {
        return Some(first.to_lowercase());
    }
    let words = lower_case_run(rest, 3, |_, word| {
        word.chars().all(|c| c.is_ascii_lowercase())
            && !PAST_VERBS.contains(&word)
            && !word.ends_with("ed")
            && !PREPOSITIONS.contains(&word)
    });
    let head = *words.last()?;
    (head.len() > 2).then(|| pluralizer::pluralize(head, 1, false))
}

/// The holders a count right after "<plural noun> of" fills ("clusters of 64 cards":
/// `cluster`, "teams of 12 players"): each holds that many, or all of them do, not the story's
/// count. Only nouns of holders and groups: "appeals of 6 defendants" and "salaries of 4,000
/// teachers" count the defendants and the teachers.
fn holders_before(before: &str) -> Option<String> {
    let mut words = before.split_whitespace().rev();
    if words.next()? != "of" {
        return None;
    }
    const HOLDERS: &[&str] = &[
        "clusters", "teams", "groups", "racks", "batches", "boxes", "packs", "crates", "cases", "convoys", "squads",
        "fleets", "sets", "pods", "rows", "cohorts", "panels", "bundles", "stacks", "arrays", "trays", "bags",
        "cartons", "pallets", "blocks",
    ];
    let noun = words.next()?;
    HOLDERS.contains(&noun).then(|| pluralizer::pluralize(noun, 1, false))
}

/// "Culture Minister Paul Ardent has rejected the criticism. "...," he said": the person the
/// quote's paragraph is about before it (the first person named in the last sentence that names
/// one), whom "he" or "she" stands for rather than the last speaker of an earlier paragraph. A
/// dateline's place in capitals is no one; nor is a name after an article or a preposition
/// ("an analyst at Quillbrook Securities": a place or a body), nor one that only says where a
/// person after it is from ("Port Ancel's mayor, Celine Moraux"), nor one inside a quotation.
fn paragraph_person(doc: &Document, named: &[quote::Named], from: usize, to: usize) -> Option<String> {
    let text = &doc.text;
    let sentence_of = |at: usize| doc.sentences.iter().position(|s| s.start <= at && at < s.end);
    let governed = |n: &quote::Named| {
        let before = text.get(..n.start).and_then(|b| {
            b.split_whitespace()
                .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
                .rfind(|w| !w.is_empty())
        });
        before.is_some_and(|w| {
            matches!(
                w.to_lowercase().as_str(),
                "the"
                    | "a"
                    | "an"
                    | "at"
                    | "in"
                    | "of"
                    | "from"
                    | "for"
                    | "to"
                    | "with"
                    | "by"
                    | "on"
                    | "near"
                    | "into"
            )
        })
    };
    let quoted = |n: &quote::Named| {
        let before = text.get(from..n.start).unwrap_or_default();
        before.matches('"').count() % 2 == 1 || before.matches('“').count() > before.matches('”').count()
    };
    let persons: Vec<&quote::Named> = named
        .iter()
        .filter(|n| n.person && n.start >= from && n.end <= to && n.name.chars().any(char::is_lowercase))
        .filter(|n| !quoted(n))
        .collect();
    // A name that only tells where or what a person after it is from ("Port Ancel's mayor,
    // Celine Moraux", "Social Democrat leader Irena Vasko"): a few lower-case words between.
    let names_another = |n: &quote::Named| {
        persons.iter().any(|other| {
            other.start > n.end
                && !governed(other)
                && text.get(n.end..other.start).is_some_and(|between| {
                    let words: Vec<&str> = between.split_whitespace().collect();
                    words.len() <= 4
                        && words.iter().all(|w| {
                            w.chars()
                                .all(|c| !c.is_uppercase() && (c.is_alphanumeric() || ",'’-".contains(c)))
                        })
                })
        })
    };
    // "He said Karpathy would build a team": a sentence that opens with a pronoun is about
    // someone named before; the names in it are not who "he" is.
    let opens_with_pronoun = |n: &quote::Named| {
        sentence_of(n.start)
            .and_then(|i| doc.sentences.get(i))
            .and_then(|s| text.get(s.start..s.end))
            .and_then(|s| s.split_whitespace().next())
            .is_some_and(|w| matches!(w, "He" | "She" | "They"))
    };
    persons
        .iter()
        .filter(|n| !governed(n) && !names_another(n) && !opens_with_pronoun(n))
        .min_by_key(|n| (std::cmp::Reverse(sentence_of(n.start)), n.start))
        .map(|n| n.name.clone())
}

/// Whether what stands between a figure and the next opens an aside that restates it: at
/// most its unit word or a rate ("a week", "per share"), a bracket or a dash, and at most a
/// hedge word or the rate's time ("kora — roughly ", " (about ", " a week (about ", " (then ").
fn restatement_gap(gap: &str) -> bool {
    let Some(at) = gap.find(['(', '—', '–']) else {
        return false;
    };
    let opener = gap[at..].chars().next().map_or(1, char::len_utf8);
    // (Not "2.5 km (from 800 metres", "$50 million (plus €10 million".)
    let hedge = |w: &str| {
        matches!(
            w.to_lowercase().as_str(),
            "about" | "roughly" | "around" | "some" | "nearly" | "almost" | "approximately" | "or" | "then" | "now"
        )
    };
    let unit_or_rate = match gap[..at].split_whitespace().collect::<Vec<_>>()[..] {
        [] | [_] => true,
        [per, _] => matches!(per.to_lowercase().as_str(), "a" | "an" | "per" | "each"),
        _ => false,
    };
    let mut inside = gap[at + opener..].split_whitespace();
    unit_or_rate && inside.next().is_none_or(hedge) && inside.next().is_none()
}

/// Whether `clause` is an aside set off by dashes or brackets that holds only `figure` and a
/// word or two after it (its noun): "— 295 million shares —".
/// Whether a date's words write its year ("May 24, 2022", "5/24/22", "May '22"), not only a
/// day and month.
fn writes_year(date: &str) -> bool {
    let digit_runs: Vec<usize> = date
        .split(|c: char| !c.is_ascii_digit())
        .filter(|run| !run.is_empty())
        .map(str::len)
        .collect();
    digit_runs.contains(&4) || digit_runs.len() >= 3 || date.contains(['\'', '’']) && digit_runs.contains(&2)
}

fn aside_of_figure(sentence: &str, clause: (usize, usize), figure: (usize, usize)) -> bool {
    let opened = sentence[..clause.0].trim_end().ends_with(['—', '–', '(']);
    let before = sentence.get(clause.0..figure.0).unwrap_or_default();
    let after = sentence.get(figure.1..clause.1).unwrap_or_default();
    opened && before.split_whitespace().count() == 0 && after.split_whitespace().count() <= 2
}

/// How far apart, relatively, a figure and its conversion into another unit may lie: the
/// writer's rounding of a rounded figure ("12 miles (19 km)", "about 30 feet (10 metres)").
const CONVERSION_ROUNDING: f64 = 0.1;

/// Where the figure that `m` converts in an aside starts ("about $784 million (roughly €721
/// million)", "12 miles (19 km)"): the figure right before it, in another currency or another
/// unit of its dimension, with only an aside's opening between them. (Not "$31 ($43.40 at the
/// close)", nor "448 people — 412 passengers".)
fn converted_figure(sentence: &str, m: &Mention, all: &[Mention]) -> Option<usize> {
    let before = all
        .iter()
        .filter(|t| !t.kind.is_time() && t.end <= m.start)
        .max_by_key(|t| t.end)?;
    let unit_word = |t: &Mention| -> String {
        let written = sentence.get(t.start..t.end).unwrap_or_default();
        let last = written.rsplit([' ', '-']).next().unwrap_or_default();
        last.chars()
            .filter(|c| !c.is_ascii_digit() && !c.is_ascii_punctuation())
            .collect()
    };
    let converted = match (&before.value, &m.value) {
        (
            Value::Amount {
                unit: Unit::Currency(a),
                ..
            },
            Value::Amount {
                unit: Unit::Currency(b),
                ..
            },
        ) => a != b,
        (
            Value::Amount {
                unit: Unit::Physical { dimension: a, .. },
                ..
            },
            Value::Amount {
                unit: Unit::Physical { dimension: b, .. },
                ..
            },
        ) => {
            // A conversion gives about the same amount: "at FL360 — about 11,000 metres —
            // roughly 225 km east of" is a height, then a distance.
            let close = before.value.interval().relate(&m.value.interval(), CONVERSION_ROUNDING) != Relation::Conflict;
            a == b && unit_word(before) != unit_word(m) && close
        }
        _ => false,
    };
    (converted && restatement_gap(sentence.get(before.end..m.start)?)).then_some(before.start)
}

/// A figure as written: its value's bits, its unit and its measure.
type FigureKey<'a> = (u64, &'a Unit, &'a str);

/// A figure a source states twice is one figure: where one statement tells its basis ("the
/// enterprise value to $7.1 billion") and another of the same measure only part of it (the
/// headline's "$7.1 billion Quillspark deal"), the other takes that basis too. Only when
/// every fuller statement of the figure tells the same basis, and no subject differs; the
/// place, part or source a statement names stays its own.
fn restated_bases(claims: &mut [Claim]) {
    // Each figure's value and unit (as written), measure and basis words, sorted by the
    // first three so that only statements of one figure are compared.
    let mut figures: Vec<(usize, FigureKey, Vec<&String>)> = claims
        .iter()
        .enumerate()
        .filter_map(|(i, c)| match (&c.value, c.frame.measure.as_deref()) {
            (Value::Amount { value, unit, .. }, Some(measure)) => {
                let basis = c.frame.qualifiers.iter().filter(|q| !q.contains(':')).collect();
                Some((i, (value.to_bits(), unit, measure), basis))
            }
            _ => None,
        })
        .collect();
    figures.sort_by(|a, b| a.1.cmp(&b.1));
    let subject = |i: usize| claims.get(i).and_then(|c| c.frame.subject.as_deref());
    let mut fuller: Vec<(usize, Vec<String>)> = Vec::new();
    for same in figures.chunk_by(|a, b| a.1 == b.1) {
        for (i, _, own) in same {
            let mut told = same
                .iter()
                .filter(|(j, _, _)| subject(*i).is_none() || subject(*j).is_none() || subject(*i) == subject(*j))
                .map(|(_, _, other)| other)
                .filter(|other| other.len() > own.len() && own.iter().all(|q| other.contains(q)));
            let Some(first) = told.next() else { continue };
            if told.all(|other| other == first) {
                fuller.push((*i, first.iter().map(|q| q.to_string()).collect()));
            }
        }
    }
    for (i, basis) in fuller {
        if let Some(c) = claims.get_mut(i) {
            c.frame.qualifiers.retain(|q| q.contains(':'));
            c.frame.qualifiers.extend(basis);
            c.frame.qualifiers.sort();
        }
    }
}

fn is_bare(value: &Value) -> bool {
    matches!(value, Value::Amount { unit: Unit::Count(noun), .. } if noun.is_empty())
}

/// Where a clause that "as" opens starts in `sentence[from..to]` ("rose 5% as investors
/// cheered the forecast", "as the company said", "rose 12% as expected": the actual, not the
/// expectation), if one does: not "as much as", "such as", "as well as", "as of", "as a
/// result".
fn subordinate_as(sentence: &str, from: usize, to: usize) -> Option<usize> {
    const NOT_BEFORE: &[&str] = &[
        "such", "well", "same", "twice", "just", "so", "as", "known", "much", "many",
    ];
    const NOT_AFTER: &[&str] = &[
        "much", "many", "well", "of", "a", "an", "part", "usual", "long", "far", "soon", "little", "high", "low", "if",
        "though", "to", "for", "per", "recently", "early", "late",
    ];
    let part = sentence.get(from..to)?;
    let mut at = 0;
    while let Some(found) = part[at..].find(" as ") {
        let start = at + found;
        let before = part[..start]
            .rsplit(char::is_whitespace)
            .next()
            .unwrap_or("")
            .to_lowercase();
        let after = part[start + 4..].split_whitespace().next().unwrap_or("").to_lowercase();
        let after = after.trim_matches(|c: char| !c.is_alphanumeric());
        if !NOT_BEFORE.contains(&before.as_str()) && !after.is_empty() && !NOT_AFTER.contains(&after) {
            return Some(from + start);
        }
        at = start + 4;
    }
    None
}

/// Words for some of a whole, before "of" and the whole's figure ("most of its 770 staff").
const PART_WORDS: [&str; 12] = [
    "majority",
    "minority",
    "most",
    "all",
    "half",
    "many",
    "some",
    "bulk",
    "rest",
    "share",
    "third",
    "two-thirds",
];

#[cfg(test)]
mod tests {
    use super::*;

    /// A sentence that opens with several things of one kind counts for them together.
    #[test]
    fn several_things_open_a_sentence() {
        assert_eq!(
            several_things("The two trains were carrying around ").as_deref(),
            Some("trains")
        );
        assert_eq!(several_things("Both airlines canceled ").as_deref(), Some("airlines"));
        assert_eq!(
            several_things("Both the airlines canceled ").as_deref(),
            Some("airlines")
        );
        assert_eq!(
            several_things("These 3 companies employ ").as_deref(),
            Some("companies")
        );
        assert_eq!(
            several_things("The two express trains were carrying ").as_deref(),
            Some("trains")
        );
        assert_eq!(several_things("The train was carrying "), None);
        assert_eq!(several_things("The one train was carrying "), None);
        assert_eq!(several_things("Both Japanese airlines canceled "), None);
        assert_eq!(several_things("The two Koreas agreed "), None);
    }

    /// A size joined to a noun sizes that noun, up to a verb in the past; one set off after
    /// "the" and a noun is that noun's, unless a preposition governs it.
    #[test]
    fn sizes_name_the_thing_they_size() {
        let sized = |sentence: &str, figure: &str| {
            let at = sentence.find(figure).unwrap();
            sized_thing(&sentence[..at], &sentence[at..], figure.len())
        };
        assert_eq!(
            sized("The 399.9-metre ship ran aground.", "399.9-metre").as_deref(),
            Some("ship")
        );
        assert_eq!(
            sized("The 62-metre (203 ft) concrete gravity dam failed.", "62-metre").as_deref(),
            Some("dam")
        );
        assert_eq!(apposed_noun("whether the canal, ").as_deref(), Some("canal"));
        assert_eq!(apposed_noun("It was lying in the dark, "), None);
        assert_eq!(apposed_noun("During the night, "), None);
        assert_eq!(
            sized("The 350-km new high-speed line opened.", "350-km").as_deref(),
            Some("line")
        );
        assert_eq!(apposed_noun("The Orla Star, "), None);
    }

    /// A figure in an aside converts the one before it only into another currency or another
    /// unit: a second figure of the same unit or a part of a count is another figure.
    #[test]
    fn an_aside_converts_a_figure_only_into_other_units() {
        let rules = RuleSet::defaults().unwrap();
        let recognisers = Recognisers::new(&rules).unwrap();
        let converts = |sentence: &str, aside: &str| {
            let mentions = recognisers.mentions(sentence, None, crate::extract::time::DateOrder::Unknown);
            let m = mentions.iter().find(|m| &sentence[m.start..m.end] == aside).unwrap();
            converted_figure(sentence, m, &mentions).map(|at| sentence[at..].split(" (").next().unwrap().to_string())
        };
        assert_eq!(
            converts(
                "It would raise about $784 million (roughly €721 million).",
                "roughly €721 million"
            )
            .as_deref(),
            Some("about $784 million")
        );
        assert_eq!(
            converts("It was centred 12 miles (19 km) north of the town.", "19 km").as_deref(),
            Some("12 miles")
        );
        assert_eq!(converts("It listed at $31 ($43.40 at the close).", "$43.40"), None);
        assert_eq!(converts("It carried 448 people (412 passengers).", "412"), None);
        assert_eq!(
            converts("It grew to 2.5 km (from 800 metres on Monday).", "800 metres"),
            None
        );
    }

    /// A title-case headline's capitals do not make names: words the corpus writes in lower
    /// case (or in another form: "announced" for "Announces") split them.
    #[test]
    fn title_case_headlines_split_names_at_common_words() {
        let text = "Helio Announces Jane Doe Will Lead Its Cloud Unit";
        let names = untitled_names(
            text,
            &["announced", "will", "lead"],
            &["Helio", "Jane", "Doe", "Its", "Cloud", "Unit"],
        );
        assert_eq!(names, ["Helio", "Jane Doe", "Its Cloud Unit"]);
    }

    /// Nor do capitals that no line of prose in the corpus writes: "Soar" is no name, though
    /// the corpus never writes "soar" either.
    #[test]
    fn title_case_headlines_keep_only_names_prose_capitalises() {
        let corpus = corpus(&[], &["Kestrel", "Shares"]);
        let prose = "Shares of Kestrel Freight rose sharply on the news, traders said.";
        assert_eq!(prose_capitals(prose), ["Shares", "Kestrel", "Freight"]);
        assert!(prose_capitals("Kestrel Freight Shares Soar After Record Quarter").is_empty());
        let names = untitled_names(
            "Kestrel Shares Soar 30% After Earnings Beat",
            &[],
            &["Kestrel", "Shares"],
        );
        assert_eq!(names, ["Kestrel Shares"]);
        assert!(corpus.prose_capitalised.contains("Kestrel"));
    }

    /// A line holding a day and a time, and nothing else but stamp words and markup, stamps a
    /// live blog's entry; a line of prose with a date does not.
    #[test]
    fn entry_stamps_are_lines_of_a_day_and_a_time() {
        let recognisers = Recognisers::new(&RuleSet::defaults().unwrap()).unwrap();
        let reference = Date::new(2028, 8, 16).ok();
        let stamp = |line: &str| {
            entry_stamp(
                line,
                &recognisers.mentions(line, reference, crate::DateOrder::Unknown),
                reference,
            )
        };
        let day = Date::new(2028, 8, 14).ok();
        // A weekday alone is the nearest: the Thursday after, the Monday before.
        assert_eq!(stamp("**Thursday 08:40**"), Date::new(2028, 8, 17).ok());
        assert_eq!(stamp("Monday 21:30"), day);
        assert_eq!(
            stamp("**Key points (as of Thursday 08:40)**"),
            Date::new(2028, 8, 17).ok()
        );
        assert_eq!(stamp("**Monday, Aug. 14 — 7:15 a.m.**"), day);
        assert_eq!(stamp("Updated Aug. 14, 2028, 09:10 PDT"), day);
        assert_eq!(stamp("Monday 14 August"), day);
        assert_eq!(stamp("Crews arrived on Monday, Aug. 14."), None);
        assert_eq!(stamp("Aug. 14 to Aug. 16"), None);
        assert_eq!(stamp("7:15 a.m."), None);
    }

    fn corpus(lower: &[&str], capitalised: &[&str]) -> CorpusWords {
        let set = |words: &[&str]| words.iter().map(|w| w.to_string()).collect();
        CorpusWords {
            lower: set(lower),
            parts: HashSet::new(),
            prose_capitalised: set(capitalised),
        }
    }

    fn untitled_names(text: &str, lower: &[&str], capitalised: &[&str]) -> Vec<String> {
        let whole = Entity {
            start: 0,
            end: text.find(" 30%").unwrap_or(text.len()),
            surface: text.to_string(),
        };
        untitled(text, vec![whole], &corpus(lower, capitalised))
            .into_iter()
            .map(|e| e.surface)
            .collect()
    }

    /// A sentence that is not in title case keeps its names whole.
    #[test]
    fn prose_keeps_names_whole() {
        let text = "Interior Secretary Manuel Roxas said the toll would rise.";
        let whole = Entity {
            start: 0,
            end: 31,
            surface: "Interior Secretary Manuel Roxas".to_string(),
        };
        assert_eq!(
            untitled(text, vec![whole.clone()], &corpus(&["secretary"], &[])),
            [whole]
        );
    }
}
