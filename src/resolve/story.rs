//! Names across a story's sources: one canonical spelling per entity for the whole corpus
//! ("Open AI" and "OpenAI", "Karpathy" and "Andrej Karpathy"), and the story's own names,
//! those most of its sources use ("Nvidia" in coverage of Nvidia's results). A story's own
//! name tells its claims nothing apart: "Nvidia's revenue" and "revenue" are one measure, and
//! "in the Philippines" does not narrow a typhoon story's toll.

use std::collections::{BTreeMap, BTreeSet};

use petgraph::unionfind::UnionFind;

use super::{Claim, DocumentNames};
use crate::check::unit_key;
use crate::extract::entity::{is_surname_of, same_entity, squashed};
use crate::rules::Lexicon;
use crate::value::{Unit, Value};

/// A story's own names are used by at least this share of its sources...
const STORY_SHARE: f64 = 0.5;
/// ... and by at least this many: with two sources, each source's names are "most".
const STORY_MIN_SOURCES: usize = 3;

/// How many names of about its length, sharing its first or last letters, a name is compared
/// with for a misspelling: enough for the variants of one name, few enough that thousands of
/// similar names ("Company 1", "Company 2", ...) cost linear time.
const SPELLING_NEIGHBOURS: usize = 16;

/// The pairs of `names` (sorted, distinct) that may be one entity, found without comparing all
/// pairs: names spelled alike but for case, spaces and punctuation ("Open AI", "OpenAI"); a
/// last word and the full names it ends ("Karpathy", "Andrej Karpathy"); and names of at least
/// twelve letters within a tenth of each other's length that share their first or last four
/// letters, each with its `SPELLING_NEIGHBOURS` nearest in length (a misspelling: one edit
/// in ten letters leaves one end intact).
fn candidate_pairs(names: &[&String]) -> BTreeSet<(usize, usize)> {
    let pair = |i: usize, j: usize| (i.min(j), i.max(j));
    let squashed: Vec<String> = names.iter().map(|n| squashed(n)).collect();
    let mut pairs = BTreeSet::new();
    let mut spelled: BTreeMap<&str, usize> = BTreeMap::new();
    for (i, key) in squashed.iter().enumerate() {
        match spelled.get(key.as_str()) {
            Some(&first) => {
                pairs.insert(pair(first, i));
            }
            None => {
                spelled.insert(key, i);
            }
        }
    }
    let mut by_lower: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, n) in names.iter().enumerate() {
        by_lower.entry(n.to_lowercase()).or_default().push(i);
    }
    for (i, n) in names.iter().enumerate() {
        if let Some((_, last)) = n.rsplit_once(' ') {
            for &j in by_lower.get(&last.to_lowercase()).into_iter().flatten() {
                pairs.insert(pair(i, j));
            }
        }
    }
    // Each block holds (length, index) of its names.
    let mut blocks: BTreeMap<(bool, String), Vec<(usize, usize)>> = BTreeMap::new();
    for (i, (name, key)) in names
        .iter()
        .zip(&squashed)
        .enumerate()
        .filter(|(_, (n, _))| n.len() >= 12)
    {
        let letters: Vec<char> = key.chars().collect();
        let (first, last) = (letters.iter().take(4).collect(), letters.iter().rev().take(4).collect());
        blocks.entry((true, first)).or_default().push((name.len(), i));
        blocks.entry((false, last)).or_default().push((name.len(), i));
    }
    for block in blocks.values_mut() {
        block.sort_unstable();
        for (k, &(length, i)) in block.iter().enumerate() {
            for &(other, j) in block.iter().skip(k + 1).take(SPELLING_NEIGHBOURS) {
                if length.abs_diff(other) * 10 > other {
                    break;
                }
                pairs.insert(pair(i, j));
            }
        }
    }
    pairs
}

/// The letters an acronym spells ("U.N.": "UN", "NDRRMC"): a name of one word, two to eight
/// capital letters once its dots are dropped.
fn acronym_letters(name: &str) -> Option<String> {
    let letters: String = name.chars().filter(|&c| c != '.').collect();
    ((2..=8).contains(&letters.len()) && letters.chars().all(|c| c.is_ascii_uppercase())).then_some(letters)
}

/// The capitals of a name's capitalised words ("Office for the Coordination of Humanitarian
/// Affairs": "OCHA"), when it has two or more and none is an acronym itself ("U.S. Navy",
/// "PM Modi", "UNITED NATIONS" spell nothing: their own letters are already short).
fn initials(name: &str) -> Option<String> {
    let capitalised: Vec<&str> = name
        .split_whitespace()
        .filter(|w| w.starts_with(|c: char| c.is_uppercase()))
        .collect();
    let spelled = capitalised.len() >= 2 && capitalised.iter().all(|w| w.chars().any(char::is_lowercase));
    spelled.then(|| capitalised.iter().filter_map(|w| w.chars().next()).collect())
}

/// Give every name in the claims' frames the corpus's canonical spelling, and mark the story's
/// own names: a subject so marked compares as no subject; a place or named source so marked
/// is dropped from the qualifiers. `names` holds each source's names; a name that ends in one
/// of the lexicon's `company_tails` is the company the story also names without it.
pub fn unify_names(claims: &mut [Claim], documents: &[&DocumentNames], lexicon: &Lexicon) {
    let company_tails = &lexicon.company_tails;
    let names: Vec<&Vec<String>> = documents.iter().map(|d| &d.names).collect();
    let distinct: Vec<&String> = names
        .iter()
        .copied()
        .flatten()
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let mut uses: BTreeMap<&str, usize> = BTreeMap::new();
    for n in names.iter().flat_map(|source| source.iter().collect::<BTreeSet<_>>()) {
        *uses.entry(n.as_str()).or_default() += 1;
    }
    // A last word is a surname of the full name only if the sources that use the full name
    // are not far fewer: "Altman" in most sources is "Sam Altman", used in most too; the
    // "Philippines" of most sources is not the "Children Philippines" of one. A word that
    // says what kind of thing a name is ("Fire", "Bank") is no one's surname: "the Harrow
    // Fire" and "the Office of Wildland Fire" are two things.
    let surname_of = |short: &str, long: &str| {
        is_surname_of(short, long)
            && !lexicon.organisation_words.iter().any(|w| w == short)
            && uses.get(long).copied().unwrap_or(0) * 2 >= uses.get(short).copied().unwrap_or(0)
    };
    let mut sets = UnionFind::new(distinct.len());
    for (i, j) in candidate_pairs(&distinct) {
        let (Some(a), Some(b)) = (distinct.get(i), distinct.get(j)) else {
            continue;
        };
        let surname = is_surname_of(a, b) || is_surname_of(b, a);
        if surname && (surname_of(a, b) || surname_of(b, a)) || !surname && same_entity(a, b) {
            sets.union(i, j);
        }
    }
    let index = |n: &str| distinct.binary_search_by(|d| d.as_str().cmp(n)).ok();
    // "Typhoon Haiyan, known locally as Yolanda": a source's two names of one thing.
    for (a, b) in documents.iter().flat_map(|d| &d.aliases) {
        if let (Some(i), Some(j)) = (index(a), index(b)) {
            sets.union(i, j);
        }
    }
    // "Halvora Industries" and "Halvora"; "Veltrix Semiconductor Group", "Veltrix
    // Semiconductor" and "Veltrix". Not a place the sources write as one and name far more
    // often than the company: "Vietnam Airlines" is not the "Vietnam" a typhoon made landfall
    // in (but "Corvanta Therapeutics" is the "Corvanta" its chief "took over at").
    let places: BTreeSet<&str> = documents.iter().flat_map(|d| &d.places).map(String::as_str).collect();
    let place_of_its_own = |short: &str, long: &str| {
        places.contains(short) && uses.get(long).copied().unwrap_or(0) * 2 < uses.get(short).copied().unwrap_or(0)
    };
    for (i, name) in distinct.iter().enumerate() {
        let mut rest = name.as_str();
        while let Some((short, _)) = rest
            .rsplit_once(' ')
            .filter(|(_, tail)| company_tails.iter().any(|t| t == tail))
        {
            if let Some(j) = index(short).filter(|_| !place_of_its_own(short, name)) {
                sets.union(i, j);
            }
            rest = short;
        }
    }
    // "UN" and "United Nations", "NDRRMC" and "National Disaster Risk Reduction and Management
    // Council": an acronym is the one entity of the story whose name's capitalised words it
    // spells. Two entities that it spells ("PM": "Prime Minister", "Penny Mordaunt") leave it
    // alone.
    let mut spelled_by: BTreeMap<String, BTreeSet<usize>> = BTreeMap::new();
    for (i, name) in distinct.iter().enumerate() {
        if let Some(letters) = initials(name) {
            spelled_by.entry(letters).or_default().insert(sets.find(i));
        }
    }
    for (i, name) in distinct.iter().enumerate() {
        let roots = acronym_letters(name).and_then(|letters| spelled_by.get(&letters));
        if let Some(&root) = roots.filter(|r| r.len() == 1).and_then(|r| r.first()) {
            sets.union(i, root);
        }
    }
    // The canonical spelling: the longest of its set (a full name over a surname), then the
    // first in sort order.
    let mut best: BTreeMap<usize, &String> = BTreeMap::new();
    for (i, name) in distinct.iter().enumerate() {
        let root = sets.find(i);
        let current = best.entry(root).or_insert(name);
        if name.len() > current.len() {
            *current = name;
        }
    }
    let canonical: BTreeMap<&str, &str> = distinct
        .iter()
        .enumerate()
        .map(|(i, n)| (n.as_str(), best.get(&sets.find(i)).map_or(n.as_str(), |b| b.as_str())))
        .collect();
    let of = |n: &str| canonical.get(n).map_or_else(|| n.to_string(), |c| c.to_string());
    let mut sources_of: BTreeMap<String, usize> = BTreeMap::new();
    for source in &names {
        let set: BTreeSet<String> = source.iter().map(|n| of(n)).collect();
        for n in set {
            *sources_of.entry(n).or_default() += 1;
        }
    }
    // "rival Brennard Micro": a name some source calls a rival is never the story's own.
    let rivals: BTreeSet<String> = documents.iter().flat_map(|d| &d.rivals).map(|n| of(n)).collect();
    let story = |n: &str| {
        !rivals.contains(n)
            && names.len() >= STORY_MIN_SOURCES
            && sources_of
                .get(n)
                .is_some_and(|&k| k >= STORY_MIN_SOURCES && k as f64 >= STORY_SHARE * names.len() as f64)
    };
    // The story's own place is the one of its places most sources name ("the Philippines" in
    // a typhoon story): it narrows nothing. Its other places ("Tacloban") still do.
    let story_place = claims
        .iter()
        .flat_map(|c| &c.frame.qualifiers)
        .filter_map(|q| q.strip_prefix("in:"))
        .map(of)
        .filter(|n| story(n))
        .max_by_key(|n| (sources_of.get(n).copied().unwrap_or(0), std::cmp::Reverse(n.clone())));
    // A name more figures of the corpus are "in" than are of: a place. A figure whose
    // subject is one ("Lindmoor lags as house prices rise just 3.2%", "Lenbury has opened 19
    // cooling centres") is in it, as "prices in Lindmoor rose 3.2%" is; a storm that figures
    // are sometimes "in" is still what most of them are of.
    let mut uses: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    for c in claims.iter().filter(|c| !c.kind.is_time()) {
        for place in c.frame.qualifiers.iter().filter_map(|q| q.strip_prefix("in:")) {
            uses.entry(of(place)).or_default().0 += 1;
        }
        if let Some(subject) = &c.frame.subject {
            uses.entry(of(subject)).or_default().1 += 1;
        }
    }
    let places: BTreeSet<String> = uses
        .into_iter()
        .filter(|(_, (within, of))| within > of)
        .map(|(name, _)| name)
        .collect();
    let outlet = |name: &str| {
        let name = name.strip_prefix("The ").unwrap_or(name);
        lexicon.news_outlets.iter().any(|o| o.eq_ignore_ascii_case(name))
    };
    // "the recall includes 148,300 vehicles in Estrava, 96,450 in Mardonia and 61,200 in
    // Kelland": a sentence that sets counts or sums in two places or more breaks a whole down
    // by place, and its figure in the story's own place is that place's part, not the whole.
    // (Not a reading of rain or a share: "241 mm at Pemtok, against 386 mm in Kallon" is
    // Kallon's rain, the story's.)
    let mut places_told: BTreeMap<(usize, &str), BTreeSet<String>> = BTreeMap::new();
    for c in claims.iter().filter(|c| !c.kind.is_time()) {
        for place in c.frame.qualifiers.iter().filter_map(|q| q.strip_prefix("in:")) {
            places_told
                .entry((c.source, &*c.sentence))
                .or_default()
                .insert(of(place));
        }
    }
    let broken_down: Vec<bool> = claims
        .iter()
        .map(|c| {
            let additive = matches!(
                &c.value,
                Value::Amount {
                    unit: Unit::Count(_) | Unit::Currency(_),
                    ..
                }
            );
            additive && places_told.get(&(c.source, &*c.sentence)).is_some_and(|p| p.len() > 1)
        })
        .collect();
    drop(places_told);
    for (c, broken_down) in claims.iter_mut().zip(broken_down) {
        let kind = c.kind;
        let f = &mut c.frame;
        f.subject = f.subject.as_deref().map(of);
        f.object = f.object.as_deref().map(of);
        if !kind.is_time() && f.subject.as_ref().is_some_and(|s| places.contains(s)) {
            f.qualifiers.extend(f.subject.take().map(|place| format!("in:{place}")));
        }
        // "the 1.8 million EVs it sold": a name that is only what its figure counts is nothing
        // the story is about, however many sources write it.
        let only_counted = matches!(&c.value, Value::Amount { unit: Unit::Count(noun), .. }
            if f.subject.as_deref().is_some_and(|s| pluralizer::pluralize(&s.to_lowercase(), 1, false) == *noun));
        // (A person's age is theirs alone, whoever else the story is about.)
        f.story_subject = !only_counted && !f.personal && f.subject.as_deref().is_some_and(story);
        f.story_object = f.object.as_deref().is_some_and(story);
        // A figure the story's own name does not tell apart may be of another name before
        // it that the story does not share ("82,394 Wearsiders voted to leave the EU, 61%").
        if f.story_subject {
            if let Some(other) = f.alternatives.iter().map(|n| of(n)).find(|n| !story(n)) {
                f.subject = Some(other);
                f.story_subject = false;
            }
        }
        f.story_place = f.subject.is_some() && f.subject == story_place;
        let qualifiers = std::mem::take(&mut f.qualifiers);
        f.qualifiers = qualifiers
            .into_iter()
            .filter_map(|q| match q.split_once(':') {
                Some(("in", name)) => {
                    let name = of(name);
                    (broken_down || story_place.as_ref() != Some(&name)).then(|| format!("in:{name}"))
                }
                // A subject does not speak for itself ("Orvane (ORVN) reported"), and an
                // outlet measures no storm's wind ("..., BBC reported").
                Some(("per", name)) => {
                    let name = of(name);
                    let relayed = f.per_source && outlet(&name);
                    (!story(&name) && !relayed && f.subject.as_ref() != Some(&name)).then(|| format!("per:{name}"))
                }
                _ => Some(q),
            })
            .collect();
        f.qualifiers.sort();
        f.qualifiers.dedup();
    }
}

/// A listed company's value moves with its shares: a figure of a measure with `traded_by`
/// whose subject the story names with a figure of that measure too is `evolving` and
/// `volatile` ("Arm closed at $63.59", "valued at almost $60 billion" at the open and "$65
/// billion" at the close; a private company's valuation is set by a round and holds). Only
/// a subject named on both sides counts: a share price of no one named says nothing of whose
/// shares trade.
pub fn mark_traded(claims: &mut [Claim], lexicon: &Lexicon) {
    let traded_by: BTreeMap<&str, &str> = lexicon
        .measures
        .iter()
        .filter_map(|m| m.traded_by.as_deref().map(|t| (m.name.as_str(), t)))
        .collect();
    if traded_by.is_empty() {
        return;
    }
    let priced: BTreeSet<(&str, &str)> = claims
        .iter()
        .filter_map(|c| Some((c.frame.measure.as_deref()?, c.frame.subject.as_deref()?)))
        .collect();
    let traded: Vec<bool> = claims
        .iter()
        .map(|c| {
            let by = c.frame.measure.as_deref().and_then(|m| traded_by.get(m));
            by.zip(c.frame.subject.as_deref())
                .is_some_and(|(by, subject)| priced.contains(&(by, subject)))
        })
        .collect();
    for (c, traded) in claims.iter_mut().zip(traded) {
        if traded {
            c.frame.evolving = true;
            c.frame.volatile = true;
        }
    }
}

/// A share or count right after the name of an option its story votes on, with no measure of
/// its own ("Northern Ireland: Leave 42.2%, Remain 55.8%" in a table of results), is that
/// option's: of the measure the story's other figures for the option have, for the place the
/// row names. The options are those other claims are for (`for:`), so a row of a story that
/// votes on nothing, or names no option, is left alone.
pub fn read_option_rows(claims: &mut [Claim]) {
    // Each option's measure, by the unit of its figures: the one most of them have.
    let mut measures: BTreeMap<(String, String), BTreeMap<String, usize>> = BTreeMap::new();
    for c in claims.iter() {
        let (Some(measure), Some(option)) = (&c.frame.measure, c.frame.option()) else {
            continue;
        };
        let unit = unit_key(&c.value);
        *measures
            .entry((option.to_lowercase(), unit))
            .or_default()
            .entry(measure.clone())
            .or_default() += 1;
    }
    for c in claims.iter_mut().filter(|c| c.frame.measure.is_none()) {
        // A flattened table's cell is its column's option in its row's place.
        let (option, row) = match &c.cell {
            Some((row, column)) => (column.to_lowercase(), Some(row.clone())),
            None => {
                let before = c.sentence.get(..c.at).unwrap_or("").trim_end();
                let word = before.rsplit(|ch: char| !ch.is_alphanumeric()).next().unwrap_or("");
                if !word.starts_with(|ch: char| ch.is_uppercase()) {
                    continue;
                }
                (word.to_lowercase(), None)
            }
        };
        let Some(measure) = measures
            .get(&(option.clone(), unit_key(&c.value)))
            .and_then(|m| m.iter().max_by_key(|(_, n)| **n).map(|(m, _)| m.clone()))
        else {
            continue;
        };
        // The row's place is its label ("Northern Ireland: ..."), else a subject that is not
        // the option itself.
        let label = c
            .sentence
            .split_once(':')
            .map(|(label, _)| label.trim())
            .filter(|l| l.len() < c.at && l.starts_with(char::is_uppercase) && l.split_whitespace().count() <= 4);
        let f = &mut c.frame;
        let place = row
            .or_else(|| label.map(str::to_string))
            .or_else(|| f.subject.clone().filter(|s| !s.eq_ignore_ascii_case(&option)));
        f.measure = Some(measure);
        f.qualifiers.push(format!("for:{option}"));
        f.qualifiers.extend(place.map(|p| format!("in:{p}")));
        f.subject = None;
        // "No 39.0%": the option's name, not a denial.
        f.negated = false;
        f.qualifiers.sort();
        f.qualifiers.dedup();
    }
}
