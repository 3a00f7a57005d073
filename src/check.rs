//! The rule engine: claims are grouped (blocked) by frame, so a claim is compared only with
//! the claims about the same thing (same measure, subject, qualifiers, polarity and unit);
//! inside a block, claims are split by the time they hold for, and the claims of one time
//! into value groups that can all be true at once. A block whose time holds two or more
//! groups is one disputed fact: one finding, however many sources. Comparison cost follows
//! the size of each block, sorted once, never the square of the corpus.

mod quotes;
mod roles;

pub use quotes::{against_longest, same_quote};

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;
use std::sync::OnceLock;

use crate::graph::{ClaimGraph, Link};
use crate::pattern::{static_regex, LazyRegex};
use crate::resolve::Claim;
use crate::rules::{Check, Kind, MeasureDef, Operator, QualifierDef, Rule, RuleSet};
use crate::value::{Grain, Interval, Relation, Unit, Value};

/// One disputed fact: groups of claims whose values cannot all be true at once (a
/// `Conflict`), or the values of one measure at different times (an `Update`).
#[derive(Clone, Debug, PartialEq)]
pub struct Dispute {
    pub rule: String,
    pub relation: Relation,
    /// Claim indices, one list per value (or per time, for an update). For a conflict the
    /// largest group comes first; for an update, the earliest time.
    pub groups: Vec<Vec<usize>>,
    /// A third claim the relation goes through: the duration two dated events contradict.
    pub via: Option<usize>,
}

impl Dispute {
    /// The dispute with its claim indices moved by `offset` (a story's claims among the run's).
    pub fn offset(self, offset: usize) -> Dispute {
        Dispute {
            groups: self
                .groups
                .into_iter()
                .map(|g| g.into_iter().map(|i| i + offset).collect())
                .collect(),
            via: self.via.map(|v| v + offset),
            ..self
        }
    }

    /// The two claims whose comparison the finding reports: the first of the first two groups
    /// (a weekday that does not fit its date is one claim, compared with itself).
    pub fn pair(&self) -> (usize, usize) {
        let first = |g: Option<&Vec<usize>>| g.and_then(|g| g.first()).copied();
        let a = first(self.groups.first()).unwrap_or(0);
        (a, first(self.groups.get(1)).unwrap_or(a))
    }
}

/// The outcome of the checks: the claim graph and the disputed facts.
pub struct Checked {
    pub graph: ClaimGraph,
    pub disputes: Vec<Dispute>,
}

impl Checked {
    /// Adds the outcome of the checks of other claims, which follow `offset` claims here
    /// (the next story's, the next part's).
    pub fn append(&mut self, other: Checked, offset: usize) {
        for (a, b, link) in other.graph.links() {
            self.graph.link(a + offset, b + offset, link.offset(offset));
        }
        self.disputes
            .extend(other.disputes.into_iter().map(|d| d.offset(offset)));
    }
}

/// Run every check rule over the claims.
pub fn check(claims: &[Claim], rules: &RuleSet) -> Checked {
    let mut graph = ClaimGraph::new(claims.len());
    let mut disputes = Vec::new();
    let qualifiers = |flagged: fn(&QualifierDef) -> bool| -> BTreeSet<&str> {
        rules
            .lexicon
            .qualifiers
            .iter()
            .filter(|q| flagged(q))
            .map(|q| q.name.as_str())
            .collect()
    };
    let story = StoryTerms {
        periods: qualifiers(|q| q.period),
        bases: qualifiers(|q| q.basis),
        contested: rules
            .lexicon
            .measures
            .iter()
            .filter(|m| m.options || m.tallied)
            .map(|m| m.name.as_str())
            .collect(),
    };
    for rule in &rules.rules {
        let Some(spec) = &rule.check else { continue };
        match spec.operator {
            Operator::WeekdayOfDate | Operator::DayInMonth => {
                for (i, claim) in claims
                    .iter()
                    .enumerate()
                    .filter(|(_, c)| spec.applies_to.contains(&c.kind))
                {
                    let wrong = match spec.operator {
                        Operator::WeekdayOfDate => weekday_mismatch(claim),
                        _ => claim.no_such_day,
                    };
                    if wrong {
                        let link = Link {
                            relation: Relation::Conflict,
                            rule: rule.code.clone(),
                            via: None,
                        };
                        graph.link(i, i, link);
                        disputes.push(Dispute {
                            rule: rule.code.clone(),
                            relation: Relation::Conflict,
                            groups: vec![vec![i]],
                            via: None,
                        });
                    }
                }
            }
            Operator::DurationBetweenEvents => {
                for (first, last, link) in timeline_mismatches(rule, claims) {
                    disputes.push(Dispute {
                        rule: rule.code.clone(),
                        relation: Relation::Conflict,
                        groups: vec![vec![first], vec![last]],
                        via: link.via,
                    });
                    graph.link(first, last, link);
                }
            }
            Operator::QuoteWords => quotes::check(rule, spec, claims, &mut graph, &mut disputes),
            Operator::ExclusiveOffice => roles::check(rule, claims, &mut graph, &mut disputes),
            Operator::PointsAsPercent => {
                let blocks = blocks(claims, &spec.applies_to, &story);
                for groups in points_as_percent(spec, claims, &blocks, story_period(claims)) {
                    link_groups(&mut graph, rule, Relation::Conflict, &groups);
                    disputes.push(dispute(rule, Relation::Conflict, groups));
                }
            }
            Operator::IntervalOverlap => {
                let period = story_period(claims);
                let blocks = blocks(claims, &spec.applies_to, &story);
                let figures = StoryFigures {
                    gaps: basis_gaps(claims, &rules.lexicon.measures),
                    moments: moments(claims),
                };
                let disputed: BTreeSet<&BlockKey> = blocks
                    .iter()
                    .filter(|(_, members)| {
                        compare_block(rule, claims, members, period, &figures, &mut graph, &mut disputes)
                    })
                    .map(|(key, _)| key)
                    .collect();
                possible_conflicts(rule, claims, period, &blocks, &disputed, &mut disputes);
            }
        }
    }
    Checked { graph, disputes }
}

/// What two claims must share to be compared: measure, unit, subject, object, qualifiers (but
/// named sources), polarity.
type BlockKey = (String, String, Option<String>, Option<String>, Vec<String>, bool);

/// A block key without its subject.
fn rest(key: &BlockKey) -> (&String, &String, &Option<String>, &Vec<String>, bool) {
    (&key.0, &key.1, &key.3, &key.4, key.5)
}

/// What a story's figures are told with now and then, and leave unsaid elsewhere: reporting
/// periods (lexicon `period`), accounting bases (`basis`), and the party or option a
/// contested measure's figure is of (measures with `options` or `tallied`: votes, seats).
struct StoryTerms<'a> {
    periods: BTreeSet<&'a str>,
    bases: BTreeSet<&'a str>,
    contested: BTreeSet<&'a str>,
}

/// Claims of the rule's kinds that say what they measure, by frame. An event's subject and
/// object may be written in either order ("X appointed Y", "Y was appointed by X").
fn blocks(claims: &[Claim], kinds: &[Kind], story: &StoryTerms) -> BTreeMap<BlockKey, Vec<usize>> {
    // "Aalders joined Halvora in 2015 and left in 2019": an event without its object is the
    // subject's event of that class with the one object other claims give it, if just one.
    let mut objects: BTreeMap<(&str, &str), Vec<&str>> = BTreeMap::new();
    for c in claims.iter().filter(|c| c.kind == Kind::Date) {
        if let (Some(m), Some(s), Some(o)) = (&c.frame.measure, &c.frame.subject, c.frame.compared_object()) {
            let known = objects.entry((m, s)).or_default();
            if !known.contains(&o) {
                known.push(o);
            }
        }
    }
    let mut blocks: BTreeMap<BlockKey, Vec<usize>> = BTreeMap::new();
    for (i, c) in claims.iter().enumerate() {
        let Some(measure) = &c.frame.measure else { continue };
        if !kinds.contains(&c.kind) {
            continue;
        }
        let f = &c.frame;
        // A quantity keeps a subject that is one of the story's own names (see below); an
        // event's is compared as none.
        let mut subject = if c.kind.is_time() {
            f.compared_subject()
        } else {
            f.blocked_subject()
        }
        .map(str::to_string);
        let implied = match (c.kind, f.subject.as_deref(), &f.object) {
            (Kind::Date, Some(s), None) => match objects.get(&(measure.as_str(), s)).map(Vec::as_slice) {
                Some([only]) => Some(only.to_string()),
                _ => None,
            },
            _ => None,
        };
        let mut object = f.compared_object().map(str::to_string).or(implied);
        // Two parties in either order ("Halvora bought Marktfeld", "Marktfeld was sold to
        // Halvora"); a quantity's one party stays its subject.
        let pair = c.kind == Kind::Date || subject.is_some() && object.is_some();
        if pair && object < subject {
            std::mem::swap(&mut subject, &mut object);
        }
        // Named sources are not part of the key: a figure "according to Refinitiv" and one
        // nobody is named for may be one estimate (see `with_evidence`).
        let qualifiers = f
            .qualifiers
            .iter()
            .filter(|q| !q.starts_with("per:"))
            .cloned()
            .collect();
        let key = (
            measure.clone(),
            unit_key(&c.value),
            subject,
            object,
            qualifiers,
            f.negated,
        );
        blocks.entry(key).or_default().push(i);
    }
    drop_partyless(&mut blocks, &story.contested);
    merge_story_subjects(claims, &mut blocks);
    join_story_bases(claims, &mut blocks, &story.bases);
    merge_story_periods(claims, &mut blocks, &story.periods);
    for members in blocks.values_mut() {
        drop_ambiguous(claims, members);
    }
    blocks
}

/// A figure of one of the story's names: the name, its value, and whether its frame moves.
type NamedFigure<'a> = (&'a str, Interval, bool);

/// The story's own names tell its figures nothing apart ("revenue rose 19%" and "Nvidia's
/// revenue rose 19%" in a story about Nvidia's results, "Corvanta's vaccine 94% effective"
/// and "CVT-301 was 94% effective"): their blocks merge with the unnamed one, unless one
/// source gives a frame different values for two of them: the seats Unity won and those the
/// Greens won, in an election both lead, are two counts, and a figure that names neither is
/// compared with neither. Two names one source sets apart in a frame that holds still are
/// two parties in every frame (the USGS's magnitude and the IGP's): a figure that names
/// neither may be either's, so neither takes it.
fn merge_story_subjects(claims: &[Claim], blocks: &mut BTreeMap<BlockKey, Vec<usize>>) {
    let story_subjects: BTreeSet<&str> = claims
        .iter()
        .filter(|c| !c.kind.is_time() && c.frame.story_subject && !c.frame.story_place)
        .filter_map(|c| c.frame.subject.as_deref())
        .collect();
    // A person's age is theirs alone (`Frame::personal`): its block never merges, and two
    // people's ages tell nothing of which figures are whose.
    let personal = |members: &[usize]| members.iter().any(|&i| claims.get(i).is_some_and(|c| c.frame.personal));
    // Each frame's figures of the story's names, by source.
    let mut named_by_source: BTreeMap<_, BTreeMap<usize, Vec<NamedFigure>>> = BTreeMap::new();
    for (key, members) in blocks.iter().filter(|(_, members)| !personal(members)) {
        let Some(subject) = key.2.as_deref().filter(|s| story_subjects.contains(s)) else {
            continue;
        };
        let by_source = named_by_source.entry(rest(key)).or_default();
        for c in members.iter().filter_map(|&i| claims.get(i)) {
            by_source
                .entry(c.source)
                .or_default()
                .push((subject, c.value.interval(), c.frame.evolving));
        }
    }
    // The pairs of names one source gives different values of a frame, and whether that
    // frame holds still; the frames where that happens are set apart. Figures that hold
    // still are compared as stated: "Amazon cutting 18,000 workers" and "Salesforce, more
    // than 7,000" are two parties' figures, though 18,000 is more than 7,000 (one company's
    // "more than 400,000 without power" and, later, "460,000" are not).
    let mut contrasts: BTreeSet<(&str, &str, bool)> = BTreeSet::new();
    let mut contrasted = BTreeSet::new();
    for (rest, by_source) in &named_by_source {
        for named in by_source.values() {
            for (n, (a, x, moves)) in named.iter().enumerate() {
                for (b, y, other_moves) in named.iter().skip(n + 1) {
                    let (x, y) = if *moves || *other_moves {
                        (*x, *y)
                    } else {
                        (x.stated(), y.stated())
                    };
                    if a != b && x.relate(&y, 0.0) == Relation::Conflict {
                        contrasts.insert((a.min(b), a.max(b), !moves));
                        contrasted.insert(*rest);
                    }
                }
            }
        }
    }
    // Set apart in a frame that holds still, two names are two parties in every frame: the
    // USGS's magnitude 6.1 and the IGP's 6.3 tell that their distances differ too. (Not two
    // companies' shares, "Halvora's rose 4% while Marktfeld's jumped 30%": in a merger story
    // that would keep every unnamed figure from both.) A frame that names two parties is set
    // apart too.
    let parties: BTreeSet<(&str, &str)> = contrasts.iter().filter(|c| c.2).map(|&(a, b, _)| (a, b)).collect();
    for (rest, by_source) in &named_by_source {
        let subjects: BTreeSet<&str> = by_source.values().flatten().map(|n| n.0).collect();
        if subjects
            .iter()
            .any(|a| subjects.iter().any(|b| parties.contains(&(*a, *b))))
        {
            contrasted.insert(*rest);
        }
    }
    let merged: Vec<BlockKey> = blocks
        .iter()
        .filter(|(_, members)| !personal(members))
        .map(|(k, _)| k)
        .filter(|k| {
            k.2.as_deref()
                .is_some_and(|s| story_subjects.contains(s) && !parties.iter().any(|&(a, b)| a == s || b == s))
                && !contrasted.contains(&rest(k))
        })
        .cloned()
        .collect();
    for key in merged {
        let members = blocks.remove(&key).unwrap_or_default();
        let block = blocks.entry((key.0, key.1, None, key.3, key.4, key.5)).or_default();
        block.extend(members);
        block.sort_unstable();
    }
}

/// In a story of two parties or more (subjects of a contested measure's figures, `contested`:
/// vote shares, seats), a figure of that measure that names no party and no option may be
/// any party's: "giving it 38.6% of the vote against 27.9% nationally" (the Civic Union's)
/// and "42% of the seats on 35.4% of the vote" (New Course's) are not one share told twice.
/// Such blocks are dropped.
fn drop_partyless(blocks: &mut BTreeMap<BlockKey, Vec<usize>>, contested: &BTreeSet<&str>) {
    let mut parties: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for key in blocks.keys().filter(|k| contested.contains(k.0.as_str())) {
        if let Some(subject) = key.2.as_deref() {
            parties.entry(key.0.as_str()).or_default().insert(subject);
        }
    }
    let partyless: Vec<BlockKey> = blocks
        .keys()
        .filter(|k| {
            k.2.is_none()
                && !k.4.iter().any(|q| q.starts_with("for:"))
                && parties.get(k.0.as_str()).is_some_and(|p| p.len() >= 2)
        })
        .cloned()
        .collect();
    for key in partyless {
        blocks.remove(&key);
    }
}

/// The keys that name just one of `named` (a period, a basis), by the key without it.
fn by_bare_key(blocks: &BTreeMap<BlockKey, Vec<usize>>, named: &BTreeSet<&str>) -> BTreeMap<BlockKey, Vec<BlockKey>> {
    let mut by_bare: BTreeMap<BlockKey, Vec<BlockKey>> = BTreeMap::new();
    for key in blocks.keys() {
        let names: Vec<&String> = key.4.iter().filter(|q| named.contains(q.as_str())).collect();
        if let [name] = names.as_slice() {
            let mut bare = key.clone();
            bare.4.retain(|q| q != *name);
            by_bare.entry(bare).or_default().push(key.clone());
        }
    }
    by_bare
}

/// Results are told on two bases, and coverage names the basis now and then ("GAAP EPS of
/// $0.82", "adjusted EPS of $1.09") and leaves it unsaid elsewhere ("EPS came in at $1.09",
/// "earnings per share are at $0.82"): in a story that names two bases (of `bases`) for a
/// frame, a figure that names none joins the block of the one basis it agrees with a figure
/// of, when it agrees with none of the other's. The rest stay where they are, compared with
/// each other. (Where the story names one basis, a figure that names none is more likely the
/// other: "core inflation was 3.2%" says nothing of "inflation was 3.2%".)
fn join_story_bases(claims: &[Claim], blocks: &mut BTreeMap<BlockKey, Vec<usize>>, bases: &BTreeSet<&str>) {
    for (bare, keys) in by_bare_key(blocks, bases) {
        let Some(unnamed) = blocks.get(&bare).filter(|_| keys.len() >= 2).cloned() else {
            continue;
        };
        let agrees = |i: usize, key: &BlockKey| {
            let Some(a) = claims.get(i) else { return false };
            blocks.get(key).is_some_and(|members| {
                members
                    .iter()
                    .filter_map(|&j| claims.get(j))
                    .any(|b| a.value.interval().relate(&b.value.interval(), 0.0) != Relation::Conflict)
            })
        };
        let moves: Vec<(usize, &BlockKey)> = unnamed
            .iter()
            .filter_map(
                |&i| match keys.iter().filter(|k| agrees(i, k)).collect::<Vec<_>>().as_slice() {
                    [only] => Some((i, *only)),
                    _ => None,
                },
            )
            .collect();
        for (i, key) in moves {
            if let Some(members) = blocks.get_mut(&bare) {
                members.retain(|&m| m != i);
            }
            if let Some(members) = blocks.get_mut(key) {
                members.push(i);
                members.sort_unstable();
            }
        }
        if blocks.get(&bare).is_some_and(Vec::is_empty) {
            blocks.remove(&bare);
        }
    }
}

/// Coverage of one period's results names it now and then ("first-quarter revenue was $295
/// million, down 53%") and leaves it unsaid elsewhere ("revenue fell 53%"): a block that
/// names no period (of `periods`) merges with the one block of its frame that names one,
/// when just one does and no source gives the two different values (a story of the year's
/// results that gives the first quarter's too), and none of the block's figures is stated
/// for a longer time than a quarter ("sold 1.6 million battery cars in 2025" is the year's).
fn merge_story_periods(claims: &[Claim], blocks: &mut BTreeMap<BlockKey, Vec<usize>>, periods: &BTreeSet<&str>) {
    // Each frame without its period, with the keys that name one; and the periods each frame
    // names, whoever of: a figure that names none, where the story gives a measure for two
    // periods ("fourth-quarter revenue of $89.5 billion", "Apple's full-year revenue of
    // $298.08 billion"), may be either's.
    let with_period = by_bare_key(blocks, periods);
    let mut periods_of: BTreeMap<_, BTreeSet<&String>> = BTreeMap::new();
    for (bare, keys) in &with_period {
        let named = keys.iter().flat_map(|k| &k.4).filter(|q| periods.contains(q.as_str()));
        periods_of.entry(rest(bare)).or_default().extend(named);
    }
    for (bare, keys) in &with_period {
        let [key] = keys.as_slice() else { continue };
        if periods_of.get(&rest(bare)).is_some_and(|named| named.len() > 1) {
            continue;
        }
        let (Some(unnamed), Some(named)) = (blocks.get(bare), blocks.get(key)) else {
            continue;
        };
        let contrasted = unnamed.iter().filter_map(|&i| claims.get(i)).any(|a| {
            named.iter().filter_map(|&j| claims.get(j)).any(|b| {
                a.source == b.source && a.value.interval().relate(&b.value.interval(), 0.0) == Relation::Conflict
            })
        });
        let quarter = key.4.iter().any(|q| q.ends_with("-quarter"));
        let longer = quarter
            && unnamed
                .iter()
                .filter_map(|&i| claims.get(i).and_then(held))
                .any(|(first, last, stated)| stated && last - first > 120);
        if contrasted || longer {
            continue;
        }
        let members = blocks.remove(bare).unwrap_or_default();
        let block = blocks.entry(key.clone()).or_default();
        block.extend(members);
        block.sort_unstable();
    }
}

/// One sentence giving two different values for one frame ("revenue rose 14% from a year
/// ago and 18% from the previous quarter", "96% voted Remain, 4% Leave") states two things
/// the frame cannot tell apart: neither is compared. Values that agree (a conversion in
/// brackets, "235 km/h (147 mph)") stay, and so do the times of two matters ("called the
/// result at 4.35am, with the result confirmed at 6am").
fn drop_ambiguous(claims: &[Claim], members: &mut Vec<usize>) {
    let mut by_sentence: BTreeMap<(usize, &str), Vec<(usize, &Claim)>> = BTreeMap::new();
    for &i in members.iter() {
        let Some(c) = claims.get(i) else { continue };
        by_sentence.entry((c.source, &*c.sentence)).or_default().push((i, c));
    }
    let mut ambiguous = Vec::new();
    for same in by_sentence.values().filter(|s| s.len() > 1) {
        let disagree = same.iter().enumerate().any(|(n, (_, a))| {
            same.iter().skip(n + 1).any(|(_, b)| {
                one_event(a, b) && a.value.interval().relate(&b.value.interval(), 0.0) == Relation::Conflict
            })
        });
        if disagree {
            ambiguous.extend(same.iter().map(|&(i, _)| i));
        }
    }
    members.retain(|i| !ambiguous.contains(i));
}

/// Values in different units (currencies, percent and points, counts of different nouns,
/// dimensions) are never compared.
pub(crate) fn unit_key(value: &Value) -> String {
    match value {
        Value::Amount { unit, .. } => amount_unit_key(unit),
        Value::Time { .. } => "time".into(),
        Value::Clock { clock } => format!("clock:{}", clock.basis()),
        Value::Quote { .. } => "quote".into(),
        Value::Role { .. } => "role".into(),
    }
}

fn amount_unit_key(unit: &Unit) -> String {
    match unit {
        Unit::Currency(code) => code.clone(),
        // A count of a thing is keyed by its noun already ("area-count").
        Unit::Count(_) => "count".into(),
        Unit::Physical { dimension, .. } => dimension.clone(),
        other => format!("{other:?}"),
    }
}

/// Pairs of groups, one in percentage points and one in percent, that give the same figure
/// for one frame at one time, from different sources: "a decrease of 0.9 percentage points"
/// and "a drop of 0.9 percent" of one margin cannot both be right (0.9% of a 65.5% margin is
/// 0.59 points). Different figures in the two units may be one change told both ways and
/// are left alone.
fn points_as_percent(
    spec: &Check,
    claims: &[Claim],
    blocks: &BTreeMap<BlockKey, Vec<usize>>,
    period: Option<(i64, i64)>,
) -> Vec<Vec<Vec<usize>>> {
    let points = amount_unit_key(&Unit::PercentagePoint);
    let mut found = Vec::new();
    for (key, in_points) in blocks.iter().filter(|(k, _)| k.1 == points) {
        let mut percent_key = key.clone();
        percent_key.1 = amount_unit_key(&Unit::Percent);
        let Some(in_percent) = blocks.get(&percent_key) else {
            continue;
        };
        let mut both: Vec<usize> = in_points.iter().chain(in_percent).copied().collect();
        both.sort_unstable();
        for slot in time_slots(claims, &both, spec.as_of_days, period) {
            let (pp, pc): (Vec<usize>, Vec<usize>) = slot
                .iter()
                .partition(|&&i| claims.get(i).is_some_and(|c| unit_key(&c.value) == points));
            // Each figure given in points, with the claims that give it in percent elsewhere.
            let mut figures: Vec<(Interval, Vec<usize>, Vec<usize>)> = Vec::new();
            for &i in &pp {
                let Some(a) = claims.get(i) else { continue };
                let value = a.value.interval();
                match figures.iter_mut().find(|(v, _, _)| *v == value) {
                    Some((_, group, _)) => group.push(i),
                    None => figures.push((value, vec![i], Vec::new())),
                }
            }
            for (value, group, other) in &mut figures {
                other.extend(pc.iter().copied().filter(|&j| {
                    claims.get(j).is_some_and(|b| {
                        b.value.interval() == *value
                            && group
                                .iter()
                                .all(|&i| claims.get(i).is_some_and(|a| a.source != b.source))
                    })
                }));
            }
            found.extend(
                figures
                    .into_iter()
                    .filter(|(_, _, other)| !other.is_empty())
                    .map(|(_, group, other)| vec![group, other]),
            );
        }
    }
    found
}

/// One time of a block: its value groups, and those of them with evidence of saying one
/// thing (`with_evidence`), largest first.
struct Slot {
    groups: Vec<Vec<usize>>,
    disputed: Vec<Vec<usize>>,
    /// Lower groups of the slot's time that its main group rose from, lowest first (see
    /// `rose_from`): points of its timeline before the main group.
    risen_from: Vec<Vec<usize>>,
    /// Whether something dates the slot's figures.
    timed: bool,
    /// Groups of the slot's time `far_apart` from the main group, taken out of `disputed`: a
    /// possible conflict with it.
    far: Vec<Vec<usize>>,
    /// Whether the slot is one stated day within a slot of several facts: its dispute stands,
    /// but its values are no point of the block's timeline (the wider slot's are).
    within: bool,
}

/// Whether a claim's sentence tells a market's close ("shares closed down 6.8 percent", "the
/// stock's closing price"), not a move during the day ("close to 7%" is no close, nor "the
/// airport closed").
fn told_at_close(c: &Claim) -> bool {
    let lower = c.sentence.to_lowercase();
    let words: Vec<&str> = lower
        .split(|ch: char| !ch.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let traded = words
        .iter()
        .any(|w| matches!(*w, "shares" | "share" | "stock" | "stocks" | "index"));
    traded
        && words.iter().enumerate().any(|(i, w)| {
            matches!(*w, "closed" | "closing") || *w == "close" && words.get(i + 1).is_none_or(|next| *next != "to")
        })
}

/// Split a block's claims by time, each time into value groups.
fn slots(spec: &Check, claims: &[Claim], members: &[usize], period: Option<(i64, i64)>) -> Vec<Slot> {
    let evolving = members.iter().any(|&i| claims.get(i).is_some_and(|c| c.frame.evolving));
    let volatile = members.iter().any(|&i| claims.get(i).is_some_and(|c| c.frame.volatile));
    // How far a count had got ("with 55% of ballots counted", "71% of polling stations
    // reporting") is a moment of it: two values are two moments, never a contradiction.
    let progress = members.iter().any(|&i| claims.get(i).is_some_and(|c| c.frame.progress));
    // (A figure told at the close is the day's last, whichever day dates it: "closed down
    // 6.8 percent" in a wire of that day is the day's close as "yesterday" makes it the
    // next morning.)
    let stated = |i: usize| {
        claims
            .get(i)
            .is_some_and(|c| c.as_of.is_some_and(|a| a.stated) || told_at_close(c))
    };
    let options = members
        .iter()
        .any(|&i| claims.get(i).is_some_and(|c| c.frame.option().is_some()));
    let window = if evolving { Some(0) } else { spec.as_of_days };
    // A figure that moves during the story is compared with figures of a known time only
    // when its own is known: without one, a difference from a dated figure may be an update.
    // Figures that nothing dates make a slot of their own, last (a difference from the dated
    // ones is an update), compared among themselves within `untimed_gap` ("82 MPs signed"
    // and "84 MPs signed" cannot both be the count). When no source is dated at all, every
    // figure is taken to hold now. (`bool`: whether the slot's figures are timed.)
    let (timed, untimed): (Vec<usize>, Vec<usize>) = if evolving && claims.iter().any(|c| c.as_of.is_some()) {
        members.iter().partition(|&&i| claims.get(i).and_then(held).is_some())
    } else {
        (members.to_vec(), Vec::new())
    };
    // A figure that moves and takes three values in one slot (a toll on one day) moved during
    // it: which two disagree, nothing tells. So are three dates of events without an object
    // ("Musk disclosed his stake on Monday", "Musk tweeted this afternoon", "had in March
    // tweeted"): one subject's several announcements.
    let loose = members.iter().all(|&i| {
        claims
            .get(i)
            .is_some_and(|c| c.kind == Kind::Date && c.frame.objectless)
    });
    let most = if evolving || loose {
        spec.max_values.map(|m| m.min(2))
    } else {
        spec.max_values
    };
    let moved = |slot: &[usize]| {
        most.is_some_and(|most| with_evidence(claims, value_groups(claims, slot, spec.tolerance)).len() > most)
    };
    // A slot's value groups and the disputed ones, and whether it held more values than a
    // dispute shows (several facts: then it disputes nothing).
    let make = |slot: &[usize], timed: bool, day_moved: bool| -> (Slot, bool) {
        let groups = value_groups(claims, slot, spec.tolerance);
        let mut disputed = with_evidence(claims, groups.clone());
        if !timed && !spec.untimed_gap.is_some_and(|gap| within_gap(claims, &disputed, gap)) {
            disputed.truncate(1);
        }
        if options && spec.option_gap.is_some_and(|gap| !within_gap(claims, &disputed, gap)) {
            disputed.truncate(1);
        }
        drop_parts(claims, slot, &mut disputed);
        let risen_from = rose_from(claims, &mut disputed);
        // (More values than a dispute shows are several facts, counted before a source's
        // second value is dropped.)
        let several = most.is_some_and(|most| disputed.len() > most);
        drop_self_split(claims, &mut disputed);
        if day_moved || several || progress {
            disputed.truncate(1);
        }
        // "selling shares at $31" and "$43.40 by the close", timed by their sources' dates:
        // a price moves by the minute, and may be any moment of the day.
        if volatile && disputed.iter().flatten().any(|&i| !stated(i)) {
            disputed.truncate(1);
        }
        let slot = Slot {
            disputed,
            groups,
            risen_from,
            timed,
            far: Vec::new(),
            within: false,
        };
        (slot, several)
    };
    // (slot, whether time dates it, whether it moved whatever its values: the figures of a
    // day that moved that no time of day tells apart)
    time_slots(claims, &timed, window, period)
        .into_iter()
        .flat_map(|slot| {
            if !evolving {
                return vec![(slot, true, false)];
            }
            let parts = by_clock(claims, &slot);
            let day_moved = parts.len() > 1 && moved(&slot);
            parts
                .into_iter()
                .map(|(part, untold)| (part, true, untold && day_moved))
                .collect()
        })
        .chain(
            untimed_clusters(claims, &untimed, spec)
                .into_iter()
                .map(|slot| (slot, false, false)),
        )
        .flat_map(|(slot, timed, day_moved)| {
            let (whole, several) = make(&slot, timed, day_moved);
            // A figure that does not move but takes more values over the story's weeks than
            // one fact shows (a storm's wind from landfall to landfall) still disputes among
            // the figures stated for one day: "sustained winds of 195 mph ... on Friday"
            // against "packing winds of 147 mph" on Nov. 8.
            let days = if several && !evolving && !loose {
                let stated_members: Vec<usize> = slot
                    .iter()
                    .copied()
                    .filter(|&i| stated(i) && claims.get(i).is_some_and(|c| c.kind != Kind::Date))
                    .collect();
                time_slots(claims, &stated_members, Some(0), None)
            } else {
                Vec::new()
            };
            let within_days = days
                .into_iter()
                .filter(|day| day.len() >= 2)
                .map(|day| make(&day, true, false))
                .filter(|(_, several)| !several)
                .map(|(day, _)| Slot { within: true, ..day });
            std::iter::once(whole).chain(within_days).collect::<Vec<Slot>>()
        })
        .collect()
}

/// Take the groups whose values lie `times` apart or more from the dispute's core out of it,
/// and return them ("awarded Depp $10 million" against "she was awarded $2 million": another
/// party's award the frame did not tell apart). The core is the group with the most claims
/// not far from it, with those ("142 layoffs" against "1,140" and "roughly 1,400": the two
/// near ones dispute, the far one is possible only).
fn split_far(claims: &[Claim], disputed: &mut Vec<Vec<usize>>, times: f64) -> Vec<Vec<usize>> {
    if disputed.len() < 2 || !amounts(claims, disputed) {
        return Vec::new();
    }
    let weight = |a: &Vec<usize>| -> usize {
        disputed
            .iter()
            .filter(|b| !far_apart(claims, a, b, times))
            .map(Vec::len)
            .sum()
    };
    // (The first of the heaviest: groups come largest first.)
    let Some(core) = disputed
        .iter()
        .enumerate()
        .max_by_key(|&(at, g)| (weight(g), std::cmp::Reverse(at)))
        .map(|(_, g)| g.clone())
    else {
        return Vec::new();
    };
    let (far, kept) = std::mem::take(disputed)
        .into_iter()
        .partition(|g| far_apart(claims, &core, g, times));
    *disputed = kept;
    far
}

/// Whether two groups' values lie `times` apart or more, and not as the same digits a
/// thousandfold apart ("$4.28 billion" and "$4.28 million": one scale word is wrong).
fn far_apart(claims: &[Claim], a: &[usize], b: &[usize], times: f64) -> bool {
    let figure = |g: &[usize]| match g.first().and_then(|&i| claims.get(i)).map(|c| &c.value) {
        Some(Value::Amount { value, .. }) => *value,
        _ => 0.0,
    };
    times_apart(&common(claims, a), &common(claims, b)) >= times && !thousandfold(figure(a), figure(b))
}

/// Whether every claim of the groups is an amount (no date, time of day or quote).
fn amounts(claims: &[Claim], groups: &[Vec<usize>]) -> bool {
    groups
        .iter()
        .flatten()
        .all(|&i| claims.get(i).is_some_and(|c| matches!(c.value, Value::Amount { .. })))
}

/// How many times the larger of two intervals' values lies from the smaller, by their
/// nearer bounds: 1 when they overlap or lie on both sides of zero, without end when the
/// nearer one is zero ("$0 in punitive damages" against "$5 million").
fn times_apart(a: &Interval, b: &Interval) -> f64 {
    let (low, high) = if a.low <= b.low { (a, b) } else { (b, a) };
    let (near_low, near_high) = (low.high, high.low);
    if near_high <= near_low {
        1.0
    } else if near_low >= 0.0 {
        near_high / near_low
    } else if near_high <= 0.0 {
        (near_low / near_high).abs()
    } else {
        1.0
    }
}

/// "Death toll increases to 17" against "there are now 12 people who have died" on one day:
/// when the highest group of a moving figure's time is one a claim says the figure rose to,
/// and every other group lies below it, the lower ones may be where it rose from, earlier
/// counts of the day rather than contradictions. They are taken out of the dispute and
/// returned, lowest first. (A higher figure is not explained by the rise: "rose to 1,744"
/// against "1,774" stays a conflict.)
fn rose_from(claims: &[Claim], disputed: &mut Vec<Vec<usize>>) -> Vec<Vec<usize>> {
    if disputed.len() < 2 {
        return Vec::new();
    }
    let mut by_value: Vec<(Interval, Vec<usize>)> = disputed.iter().map(|g| (common(claims, g), g.clone())).collect();
    by_value.sort_by(|(a, _), (b, _)| a.low.total_cmp(&b.low));
    let Some((top, main)) = by_value.pop() else {
        return Vec::new();
    };
    let risen = main.iter().any(|&i| claims.get(i).is_some_and(|c| c.frame.risen));
    if !risen || by_value.iter().any(|(v, _)| v.high >= top.low) {
        return Vec::new();
    }
    *disputed = vec![main];
    by_value.into_iter().map(|(_, g)| g).collect()
}

/// "It raised $500 million from General Atlantic and seeks another $1.75 billion in sales of
/// its shares, a total of $2.25 billion": two figures of one unit that a sentence gives with
/// their sum are parts of it, whatever frame each took, and so are those values in other
/// sources ("launched a $1.75 billion share sale"). So are two figures of a sentence whose
/// sum of money another group of the dispute gives, not open-ended: "awarded Depp $10 million
/// in compensatory damages and $5 million in punitive damages" against "Jury awards Depp $15
/// million" (small counts add up by chance: "84 seats ... four short of a majority" is no
/// part of "88 seats"). In a dispute with a group that holds a sum, groups that hold a part
/// and no sum are dropped.
fn drop_parts(claims: &[Claim], slot: &[usize], disputed: &mut Vec<Vec<usize>>) {
    if disputed.len() < 2 {
        return;
    }
    let values: Vec<Interval> = disputed.iter().map(|g| common(claims, g)).collect();
    let all_in = |unit: fn(&Unit) -> bool| {
        disputed.iter().flatten().all(|&i| {
            claims
                .get(i)
                .is_some_and(|c| matches!(&c.value, Value::Amount { unit: u, .. } if unit(u)))
        })
    };
    let money = all_in(|u| matches!(u, Unit::Currency(_)));
    let counts = all_in(|u| matches!(u, Unit::Count(_)));
    // (A value that a hedge widens by a tenth or less: about the sum, not past it.)
    let given =
        |v: &Interval, sum: f64| v.low <= sum && sum <= v.high && v.high.is_finite() && v.high - v.low <= 0.2 * v.high;
    let (mut parts, mut sums) = (Vec::new(), Vec::new());
    for &i in slot {
        let figures = sentence_figures(claims, i);
        for (at, &a) in figures.iter().enumerate() {
            for &b in figures.iter().skip(at + 1) {
                let adds_up = |c: f64| (a + b - c).abs() <= SUM_SLACK * c && a.min(b) >= SUM_SLACK * 2.0 * c;
                let told = figures.iter().copied().find(|&c| adds_up(c));
                // (Counts too, of some size: "198 sailings cancelled on Tuesday and 214 on
                // Wednesday" against the two days' 412.)
                let disputed_sum = || {
                    let sum = a + b;
                    ((money || counts && a.min(b) >= MIN_COUNTED_PART) && values.iter().any(|v| given(v, sum)))
                        .then_some(sum)
                };
                if let Some(sum) = told.or_else(disputed_sum) {
                    parts.extend([a, b]);
                    sums.push(sum);
                }
            }
        }
    }
    let holds = |value: &Interval, values: &[f64]| values.iter().any(|&v| value.low <= v && v <= value.high);
    // (Only against their sum: "320 stewards were on duty, 80 fewer than the 400 required"
    // still disputes "230 stewards".)
    if values.iter().any(|v| holds(v, &sums)) {
        let mut values = values.iter();
        disputed.retain(|_| values.next().is_some_and(|v| holds(v, &sums) || !holds(v, &parts)));
    }
}

/// The figures, as written, of the claims of claim `i`'s sentence in the unit of its own
/// (claims are in source order, a sentence's together).
fn sentence_figures(claims: &[Claim], i: usize) -> Vec<f64> {
    let Some(claim) = claims.get(i) else { return Vec::new() };
    let unit = unit_key(&claim.value);
    let alike = |c: &&Claim| c.source == claim.source && Arc::ptr_eq(&c.sentence, &claim.sentence);
    let before = claims.iter().take(i).rev().take_while(alike);
    let after = claims.iter().skip(i).take_while(alike);
    before
        .chain(after)
        .filter(|c| unit_key(&c.value) == unit)
        .filter_map(|c| match c.value {
            Value::Amount { value, .. } if value > 0.0 => Some(value),
            _ => None,
        })
        .collect()
}

/// The least each of two counts must be to be taken for parts of a disputed sum: small counts
/// add up by chance ("84 seats ... four short of a majority" is no part of "88 seats").
const MIN_COUNTED_PART: f64 = 20.0;

/// How far two parts may add up short of or past their sum, relative to it (each is rounded).
const SUM_SLACK: f64 = 0.005;

/// Counts or durations that only their noun names, of which one source gives two values
/// ("412.6 million tickets were sold", "Fourteen tickets matched five numbers": no measure
/// word says what happened to the tickets; "the 10-year yield", "the two-year yield": two
/// bonds): a source does not contradict itself, so the noun tells two things. A group that
/// shares a source with a larger one is dropped; groups of other sources are still compared.
/// (Where a measure word names the figure, a source that gives two values may well be wrong:
/// "turnout was 72.2%" and "71.8%".)
fn drop_self_split(claims: &[Claim], groups: &mut Vec<Vec<usize>>) {
    let noun_only = groups
        .iter()
        .flatten()
        .filter_map(|&i| claims.get(i))
        .all(|c| matches!(c.kind, Kind::Count | Kind::Duration) && c.frame.measure_word.is_none());
    if !noun_only {
        return;
    }
    let sources =
        |g: &Vec<usize>| -> BTreeSet<usize> { g.iter().filter_map(|&i| claims.get(i)).map(|c| c.source).collect() };
    let mut kept: Vec<BTreeSet<usize>> = Vec::new();
    groups.retain(|g| {
        let own = sources(g);
        let split = kept.iter().any(|k| !k.is_disjoint(&own));
        if !split {
            kept.push(own);
        }
        !split
    });
}

/// A slot of a figure that moves, split by the time of day its figures are told for: "97
/// injured by 11am on Tuesday" and "104 injured as of 2pm on Tuesday" are two counts of it.
/// Only a slot whose figures name two times of day or more is split (one time named says
/// nothing of the others); then those told without one make a part of their own (marked
/// `true`).
fn by_clock(claims: &[Claim], slot: &[usize]) -> Vec<(Vec<usize>, bool)> {
    let clock = |i: usize| claims.get(i).and_then(|c| c.as_of).and_then(|a| a.clock);
    let times: BTreeSet<u16> = slot.iter().filter_map(|&i| clock(i)).collect();
    if times.len() < 2 {
        return vec![(slot.to_vec(), false)];
    }
    let mut parts: BTreeMap<Option<u16>, Vec<usize>> = BTreeMap::new();
    for &i in slot {
        parts.entry(clock(i)).or_default().push(i);
    }
    parts.into_iter().map(|(at, part)| (part, at.is_none())).collect()
}

/// The figures that nothing dates, split where their values lie more than `untimed_gap`
/// apart: "1,582 still missing" and "1,611 people still are missing" are one count told two
/// ways, while "1,779 missing" of a later report is that count grown, not a third value of
/// it. With no gap, one slot of all of them.
fn untimed_clusters(claims: &[Claim], untimed: &[usize], spec: &Check) -> Vec<Vec<usize>> {
    let Some(gap) = spec.untimed_gap else {
        return (!untimed.is_empty()).then(|| untimed.to_vec()).into_iter().collect();
    };
    let mut groups: Vec<(Interval, Vec<usize>)> = value_groups(claims, untimed, spec.tolerance)
        .into_iter()
        .map(|g| (common(claims, &g), g))
        .collect();
    groups.sort_by(|(a, _), (b, _)| a.low.total_cmp(&b.low));
    // Each cluster with the value of its last group, which the next is measured from.
    let mut clusters: Vec<(Interval, Vec<usize>)> = Vec::new();
    for (value, group) in groups {
        match clusters.last_mut() {
            Some((last, members)) if values_within_gap(&[*last, value], gap) => {
                members.extend(group);
                *last = value;
            }
            _ => clusters.push((value, group)),
        }
    }
    clusters
        .into_iter()
        .map(|(_, mut members)| {
            members.sort_unstable();
            members
        })
        .collect()
}

/// Whether the values of `groups` lie at most the relative `gap` apart, lowest to highest.
fn within_gap(claims: &[Claim], groups: &[Vec<usize>], gap: f64) -> bool {
    let values: Vec<Interval> = groups.iter().map(|g| common(claims, g)).collect();
    values_within_gap(&values, gap)
}

/// Whether `values` lie at most the relative `gap` apart, lowest to highest.
fn values_within_gap(values: &[Interval], gap: f64) -> bool {
    let lowest_high = values.iter().map(|v| v.high).fold(f64::INFINITY, f64::min);
    let highest_low = values.iter().map(|v| v.low).fold(f64::NEG_INFINITY, f64::max);
    lowest_high.is_finite() && highest_low.is_finite() && highest_low - lowest_high <= gap * highest_low.abs()
}

/// Compare the claims of one block: link each value group's claims as agreeing, and report
/// a time with two or more groups as a conflict and differing values at different times as
/// an update.
/// Returns whether the block holds a conflict (or a possible one of values far apart: the
/// block is not compared again with others, see `possible_conflicts`).
fn compare_block(
    rule: &Rule,
    claims: &[Claim],
    members: &[usize],
    period: Option<(i64, i64)>,
    figures: &StoryFigures,
    graph: &mut ClaimGraph,
    out: &mut Vec<Dispute>,
) -> bool {
    let Some(spec) = &rule.check else { return false };
    let mut latest: Vec<Vec<usize>> = Vec::new();
    // The main value of each time the block's figures are stated for, in time order.
    let mut timeline: Vec<Vec<usize>> = Vec::new();
    let mut conflict = false;
    let mut slots = slots(spec, claims, members, period);
    let first = members.first().and_then(|&i| claims.get(i));
    let measure = first.and_then(|c| c.frame.measure.as_deref());
    if let Some(measure) = measure.filter(|_| first.is_some_and(|c| c.frame.evolving)) {
        for slot in &mut slots {
            let earlier = told_earlier(claims, &mut slot.disputed, measure, &figures.moments);
            slot.risen_from.extend(earlier);
        }
    }
    if let Some(gaps) = measure.and_then(|m| figures.gaps.get(m)) {
        for slot in &mut slots {
            if slot.disputed.len() >= 2 && on_two_bases(claims, &slot.disputed, gaps) {
                slot.disputed.truncate(1);
            }
        }
    }
    if let Some(times) = spec.far_apart {
        for slot in &mut slots {
            let far = split_far(claims, &mut slot.disputed, times);
            // (Within one day of a slot of several facts, a value far off is another of them:
            // "interest had reached about $5.4 million by Tuesday" beside Tuesday's award.)
            if !slot.within {
                slot.far = far;
            }
        }
    }
    // (The undated count stays in the timeline: its time is still unknown.)
    for (dated, undated) in near_misses(spec, claims, &slots) {
        let groups = vec![dated, undated];
        let relation = conflict_between(claims, &groups);
        link_groups(graph, rule, relation, &groups);
        out.push(dispute(rule, relation, groups));
        conflict = true;
    }
    for slot in slots {
        for group in &slot.groups {
            for pair in group.windows(2) {
                let &[i, j] = pair else { continue };
                let (Some(a), Some(b)) = (claims.get(i), claims.get(j)) else {
                    continue;
                };
                let tolerance = if hedged(a) || hedged(b) { spec.tolerance } else { 0.0 };
                let relation = a.value.interval().relate(&b.value.interval(), tolerance);
                graph.link(i, j, link(rule, relation));
            }
        }
        if slot.disputed.len() >= 2 {
            let relation = conflict_between(claims, &slot.disputed);
            link_groups(graph, rule, relation, &slot.disputed);
            out.push(dispute(rule, relation, slot.disputed.clone()));
            conflict = true;
        }
        if let Some(main) = slot.disputed.first().filter(|_| !slot.far.is_empty()) {
            let groups: Vec<Vec<usize>> = std::iter::once(main.clone()).chain(slot.far).collect();
            link_groups(graph, rule, Relation::PossibleConflict, &groups);
            out.push(dispute(rule, Relation::PossibleConflict, groups));
            conflict = true;
        }
        if slot.within {
            continue;
        }
        latest.extend(slot.risen_from);
        if let Some(main) = slot.disputed.into_iter().next() {
            if slot.timed {
                timeline.push(main.clone());
            }
            latest.push(main);
        }
    }
    if let Some(groups) = estimate_revised_down(claims, first, &timeline) {
        let relation = conflict_between(claims, &groups);
        link_groups(graph, rule, relation, &groups);
        out.push(dispute(rule, relation, groups));
        conflict = true;
    }
    // Different values at different times are a timeline, not a contradiction.
    let changed = latest.windows(2).any(|w| {
        let [a, b] = w else { return false };
        let tolerance = if a.iter().chain(b).any(|&i| claims.get(i).is_some_and(hedged)) {
            spec.tolerance
        } else {
            0.0
        };
        common(claims, a).relate(&common(claims, b), tolerance) == Relation::Conflict
    });
    if changed {
        link_groups(graph, rule, Relation::Update, &latest);
        out.push(dispute(rule, Relation::Update, latest));
    }
    conflict
}

/// An estimate of a figure that moves is of the figure it will reach (a toll "feared" to pass
/// 10,000): a later estimate may raise it as news comes in (an update), but one below an
/// earlier estimate says the earlier was wrong ("closer to 2,000 or 2,500", the president said
/// of the 10,000 feared two days before). The first such pair of the timeline, with evidence
/// that it is one estimate (`with_evidence`).
fn estimate_revised_down(claims: &[Claim], first: Option<&Claim>, timeline: &[Vec<usize>]) -> Option<Vec<Vec<usize>>> {
    if !first.is_some_and(|c| c.frame.estimates_moving()) {
        return None;
    }
    timeline.iter().enumerate().find_map(|(n, earlier)| {
        let before = common(claims, earlier);
        timeline.iter().skip(n + 1).find_map(|later| {
            let after = common(claims, later);
            let below = after.high <= before.low && after.relate(&before, 0.0) == Relation::Conflict;
            let groups = with_evidence(claims, vec![earlier.clone(), later.clone()]);
            (below && groups.len() == 2).then_some(groups)
        })
    })
}

/// A conflict between value groups of one frame, or only a possible one when a single source
/// gives them all: a writer seldom contradicts their own article, and two figures one text
/// sets apart are more often two things told alike (an offering and the whole raise, an old
/// rate and the new one) than one thing told two ways.
///
/// So is one of a temperature that names no place nor anyone ("the temperature had climbed to
/// 14°C" against "16°C" by midday): two stations', or one's at two hours, may be told so; one
/// of a distance from no place ("as far as 10 kilometers away"), which may be of two places;
/// and one of an agreement's day after the day one source told of it (`one_after_told`).
fn conflict_between(claims: &[Claim], groups: &[Vec<usize>]) -> Relation {
    if possible_only(claims, groups, None).is_some() {
        Relation::PossibleConflict
    } else {
        Relation::Conflict
    }
}

/// Why a dispute is a possible conflict only (see `conflict_between`), as the report's "why"
/// says it; `None` for a conflict.
pub(crate) fn possible_only(
    claims: &[Claim],
    groups: &[Vec<usize>],
    far_apart_at: Option<f64>,
) -> Option<&'static str> {
    if one_source(claims, groups) {
        return Some("both sides in one source (possible only: a text seldom contradicts itself)");
    }
    let members = || groups.iter().flatten().filter_map(|&i| claims.get(i));
    // (Dates only: the pairs across groups are looked at only for them.)
    let dated = members().next().is_some_and(|c| c.kind == Kind::Date);
    let unknowable = dated
        && groups.iter().enumerate().any(|(g, group)| {
            group.iter().filter_map(|&a| claims.get(a)).any(|a| {
                groups
                    .iter()
                    .skip(g + 1)
                    .flatten()
                    .filter_map(|&b| claims.get(b))
                    .any(|b| one_after_told(a, b))
            })
        });
    let far = far_apart_at.is_some_and(|times| {
        amounts(claims, groups)
            && groups
                .first()
                .is_some_and(|main| groups.iter().skip(1).all(|g| far_apart(claims, main, g, times)))
    });
    if unknowable {
        Some("one side's day is after the other's source told of its own (possible only: a second event of its kind)")
    } else if far {
        Some("values several times apart (possible only: more often two things told alike than one mistold)")
    } else if members().any(|c| c.frame.unplaced) {
        Some("no place named (possible only: two places' figures may be told so)")
    } else if members().any(|c| matches!(&c.value, Value::Clock { clock } if clock.names_local_zone()))
        && members().any(|c| matches!(&c.value, Value::Clock { clock } if clock.zone.is_none()))
    {
        Some("one side names no zone, the other local time (possible only: the outlet's own zone may be meant)")
    } else {
        None
    }
}

/// Whether every claim of a finding comes from one source.
fn one_source(claims: &[Claim], groups: &[Vec<usize>]) -> bool {
    let mut sources = groups.iter().flatten().filter_map(|&i| claims.get(i)).map(|c| c.source);
    let first = sources.next();
    sources.all(|s| Some(s) == first)
}

/// What the story's other figures tell a block's comparison: figures that set two bases
/// apart (`basis_gaps`), and each source's moment of the counts that grow (`moments`).
struct StoryFigures {
    gaps: BasisGaps,
    moments: Moments,
}

/// Each source's moment of each moving measure of each subject: the highest figure it gives
/// it, as stated, of those nothing narrows (no place, no part, no time: the story's own toll,
/// whoever told or estimated it), by (source, measure, subject). (The highest: a source tells
/// its latest count, and may tell older ones or a town's, or misread a scene's "around 10
/// bodies" as a toll.)
type Moments = BTreeMap<(usize, Moving), Interval>;

/// A moving measure and its subject.
type Moving = (String, Option<String>);

fn moments(claims: &[Claim]) -> Moments {
    let mut moments: Moments = BTreeMap::new();
    for c in claims.iter().filter(|c| c.frame.evolving && !c.kind.is_time()) {
        let Some(measure) = &c.frame.measure else { continue };
        let whole = |q: &String| q.starts_with("per:") || q == "consensus" || q == "estimate";
        if c.frame.qualifiers.iter().all(whole) {
            let value = c.value.interval().stated();
            moments
                .entry((c.source, (measure.clone(), c.frame.subject.clone())))
                .and_modify(|known| {
                    if value.high > known.high {
                        *known = value;
                    }
                })
                .or_insert(value);
        }
    }
    moments
}

/// "Another 672 people were injured" in a source that counts "at least 820" dead, against
/// "2,059 injured" in sources that count 2,012 dead, all of one day: when a lower group's
/// sources tell moments of another moving count that all lie below those the top group's
/// sources tell, they told an earlier moment of the story, and their lower figure is a point
/// of the timeline, not a contradiction (when nothing in the figures' own words dates them).
/// Such lower groups are taken out of the dispute and returned, lowest first. (A source lower
/// on one count and higher on another tells no moment: the dispute stands.)
fn told_earlier(claims: &[Claim], disputed: &mut Vec<Vec<usize>>, measure: &str, moments: &Moments) -> Vec<Vec<usize>> {
    // (Figures whose own words date them tell their time: "58 deaths on Wednesday", "the
    // 2009 derailment's toll".)
    let stated = disputed
        .iter()
        .flatten()
        .any(|&i| claims.get(i).and_then(|c| c.as_of).is_some_and(|a| a.stated));
    if disputed.len() < 2 || stated {
        return Vec::new();
    }
    let sources =
        |g: &[usize]| -> BTreeSet<usize> { g.iter().filter_map(|&i| claims.get(i)).map(|c| c.source).collect() };
    let top = disputed
        .iter()
        .max_by(|a, b| common(claims, a).low.total_cmp(&common(claims, b).low))
        .cloned()
        .unwrap_or_default();
    let (top_value, top_sources) = (common(claims, &top), sources(&top));
    // The moments of `other` the sources in `from` tell, if one tells any.
    let told = |from: &BTreeSet<usize>, other: &Moving| -> Option<Vec<Interval>> {
        let all: Vec<Interval> = from
            .iter()
            .filter_map(|&s| moments.get(&(s, other.clone())).copied())
            .collect();
        (!all.is_empty()).then_some(all)
    };
    let others: BTreeSet<&Moving> = moments.keys().map(|(_, f)| f).filter(|f| f.0 != measure).collect();
    let mut earlier = Vec::new();
    disputed.retain(|g| {
        if common(claims, g).high >= top_value.low {
            return true;
        }
        let own = sources(g);
        let (low_side, high_side): (BTreeSet<usize>, BTreeSet<usize>) = (
            own.difference(&top_sources).copied().collect(),
            top_sources.difference(&own).copied().collect(),
        );
        let before = others.iter().any(|other| {
            let (Some(low), Some(high)) = (told(&low_side, other), told(&high_side, other)) else {
                return false;
            };
            let highest_low = low.iter().map(|v| v.high).fold(f64::NEG_INFINITY, f64::max);
            let lowest_high = high.iter().map(|v| v.low).fold(f64::INFINITY, f64::min);
            highest_low < lowest_high
        });
        if before {
            earlier.push(g.clone());
        }
        !before
    });
    earlier.sort_by(|a, b| common(claims, a).low.total_cmp(&common(claims, b).low));
    earlier
}

/// For each measure with `basis_gaps`, the checked claims' figures of those measures (a
/// story's, or the corpus's with `--across-stories`): (unit, value, subject).
type BasisGaps = BTreeMap<String, Vec<(String, Interval, Option<String>)>>;

fn basis_gaps(claims: &[Claim], measures: &[MeasureDef]) -> BasisGaps {
    measures
        .iter()
        .filter(|m| !m.basis_gaps.is_empty())
        .map(|m| {
            let figures = claims
                .iter()
                .filter(|c| c.frame.measure.as_ref().is_some_and(|x| m.basis_gaps.contains(x)))
                .map(|c| (unit_key(&c.value), c.value.interval(), c.frame.subject.clone()))
                .collect();
            (m.name.clone(), figures)
        })
        .collect()
}

/// Whether each two consecutive groups' values differ by one of the `gaps` figures in their
/// unit of what they are of (their object, the company bought): "$61bn" and "$69.1 billion" for
/// one deal whose buyer "will also assume $8bn of VMware's net debt" are its value without and
/// with that debt (not the buyer's "$1.2 billion of new debt" to finance it, nor a council's).
fn on_two_bases(claims: &[Claim], groups: &[Vec<usize>], gaps: &[(String, Interval, Option<String>)]) -> bool {
    groups.windows(2).all(|pair| {
        let [a, b] = pair else { return false };
        let Some(first) = a.first().and_then(|&i| claims.get(i)) else {
            return false;
        };
        let unit = unit_key(&first.value);
        let of_the_deal = |subject: &Option<String>| {
            subject
                .as_ref()
                .zip(first.frame.object.as_ref())
                .is_some_and(|(s, object)| s.eq_ignore_ascii_case(object))
        };
        let (a, b) = (common(claims, a), common(claims, b));
        let (low, high) = if a.low <= b.low { (a, b) } else { (b, a) };
        let (least, most) = ((high.low - low.high).max(0.0), high.high - low.low);
        gaps.iter()
            .any(|(u, g, subject)| *u == unit && of_the_deal(subject) && g.low <= most && least <= g.high)
    })
}

/// A count that nothing dates, a slip of one digit off the count of one known time and
/// agreeing with none ("1,774 dead" against "rose to 1,744 Monday"): the two are one count
/// told two ways. A digit other than the last: a count that grew between two reports
/// almost always changed its last digit ("275 killed" and "278 deaths" are two moments of
/// a toll). (The dated slots' main groups of that value, the undated one's.)
fn near_misses(spec: &Check, claims: &[Claim], slots: &[Slot]) -> Vec<(Vec<usize>, Vec<usize>)> {
    let Some(gap) = spec.untimed_gap else { return Vec::new() };
    let counted = |group: &[usize]| {
        group.iter().filter_map(|&i| claims.get(i)).all(|c| {
            matches!(
                &c.value,
                Value::Amount {
                    unit: Unit::Count(_),
                    ..
                }
            )
        })
    };
    let dated: Vec<(&Vec<usize>, Interval)> = slots
        .iter()
        .filter(|s| s.timed)
        .filter_map(|s| s.disputed.first())
        .map(|g| (g, common(claims, g)))
        .collect();
    let mut found = Vec::new();
    for undated in slots.iter().filter(|s| !s.timed && s.disputed.len() == 1) {
        let Some(group) = undated.disputed.first().filter(|g| counted(g)) else {
            continue;
        };
        let value = common(claims, group);
        if dated.iter().any(|(_, d)| d.relate(&value, 0.0) != Relation::Conflict) {
            continue;
        }
        let nearest = dated
            .iter()
            .filter(|(g, d)| counted(g) && values_within_gap(&[*d, value], gap) && slipped(claims, g, group))
            .min_by(|(_, a), (_, b)| distance(a, &value).total_cmp(&distance(b, &value)));
        // (Every dated group of that value: a count told in a headline, timed by its source's
        // date, and in the body with its day stated, lies in two slots.)
        if let Some((_, near)) = nearest {
            let mut same: Vec<usize> = dated
                .iter()
                .filter(|(g, d)| d == near && counted(g))
                .flat_map(|(g, _)| g.iter().copied())
                .collect();
            same.sort_unstable();
            same.dedup();
            found.push((same, group.clone()));
        }
    }
    found
}

/// Whether a figure of one group is written as one of the other's with one digit changed,
/// not the last ("1,744" and "1,774").
fn slipped(claims: &[Claim], a: &[usize], b: &[usize]) -> bool {
    let figures = |group: &[usize]| -> Vec<String> {
        group
            .iter()
            .filter_map(|&i| match claims.get(i).map(|c| &c.value) {
                Some(Value::Amount { value, .. }) if value.fract() == 0.0 && *value >= 10.0 => {
                    Some(format!("{value:.0}"))
                }
                _ => None,
            })
            .collect()
    };
    let slip = |x: &str, y: &str| {
        let differ: Vec<usize> = (x.bytes().zip(y.bytes()).enumerate())
            .filter(|(_, (p, q))| p != q)
            .map(|(at, _)| at)
            .collect();
        x.len() == y.len() && differ.len() == 1 && differ.first() != Some(&(x.len() - 1))
    };
    let theirs = figures(b);
    figures(a).iter().any(|x| theirs.iter().any(|y| slip(x, y)))
}

/// How far apart two intervals lie (0 when they overlap).
fn distance(a: &Interval, b: &Interval) -> f64 {
    (a.low - b.high).max(b.low - a.high).max(0.0)
}

/// Link the first claims of each two consecutive groups.
fn link_groups(graph: &mut ClaimGraph, rule: &Rule, relation: Relation, groups: &[Vec<usize>]) {
    for (a, b) in groups.iter().zip(groups.iter().skip(1)) {
        if let (Some(&a), Some(&b)) = (a.first(), b.first()) {
            graph.link(a, b, link(rule, relation));
        }
    }
}

/// A weaker match: figures that name no subject against the figures of the one subject that
/// has this frame otherwise ("87% efficacy" against "CVT-301 was 94% effective"). They may be
/// about one thing: a `PossibleConflict` when their values cannot all be true and neither
/// side disagrees on its own (that is reported already). The figures of the story's own name
/// that share the unnamed block are not among them: they name another ("Britoros Motors is
/// valued at $4.1 billion" is no figure of Halpelis Health's).
/// `disputed`: the blocks that hold a conflict of their own.
fn possible_conflicts(
    rule: &Rule,
    claims: &[Claim],
    period: Option<(i64, i64)>,
    blocks: &BTreeMap<BlockKey, Vec<usize>>,
    disputed: &BTreeSet<&BlockKey>,
    out: &mut Vec<Dispute>,
) {
    let Some(spec) = &rule.check else { return };
    // The blocks of named subjects by the rest of their key: one lookup per unnamed block.
    let mut named_by_rest: BTreeMap<_, Vec<(&BlockKey, &Vec<usize>)>> = BTreeMap::new();
    for (key, members) in blocks.iter().filter(|(k, _)| k.2.is_some()) {
        named_by_rest.entry(rest(key)).or_default().push((key, members));
    }
    for (key, unnamed) in blocks.iter().filter(|(k, _)| k.2.is_none()) {
        let Some(&[(subject_key, subject)]) = named_by_rest.get(&rest(key)).map(Vec::as_slice) else {
            continue;
        };
        // (Not two names' joint figure: "Alaska and United canceled a total of 342 flights"
        // against "canceled 200 flights".)
        let joint = subject.iter().any(|&i| claims.get(i).is_some_and(|c| c.frame.joint));
        if joint || disputed.contains(&key) || disputed.contains(&subject_key) {
            continue;
        }
        let unnamed: Vec<usize> = unnamed
            .iter()
            .copied()
            .filter(|&i| claims.get(i).is_some_and(|c| c.frame.subject.is_none()))
            .collect();
        let mut both: Vec<usize> = unnamed.iter().chain(subject).copied().collect();
        both.sort();
        for slot in slots(spec, claims, &both, period) {
            let crosses =
                |g: &Vec<usize>| g.iter().any(|i| unnamed.contains(i)) && g.iter().any(|i| subject.contains(i));
            if slot.disputed.len() >= 2 && !slot.disputed.iter().all(crosses) {
                out.push(dispute(rule, Relation::PossibleConflict, slot.disputed));
            }
        }
    }
}

fn dispute(rule: &Rule, relation: Relation, groups: Vec<Vec<usize>>) -> Dispute {
    Dispute {
        rule: rule.code.clone(),
        relation,
        groups,
        via: None,
    }
}

/// The values every claim of a group allows.
fn common(claims: &[Claim], group: &[usize]) -> Interval {
    group
        .iter()
        .filter_map(|&i| claims.get(i))
        .map(|c| c.value.interval())
        .reduce(|a, b| a.intersect(&b))
        .unwrap_or_else(|| Interval::exact(0.0))
}

fn link(rule: &Rule, relation: Relation) -> Link {
    Link {
        relation,
        rule: rule.code.clone(),
        via: None,
    }
}

/// The day range a claim's figure holds for, and whether its clause states it.
fn held(c: &Claim) -> Option<(i64, i64, bool)> {
    let a = c.as_of?;
    let i = a.span.as_interval();
    Some((i.low as i64, i.high as i64, a.stated))
}

/// The days the sources' own dates time the story's figures over (first, last), if any does.
fn story_period(claims: &[Claim]) -> Option<(i64, i64)> {
    claims
        .iter()
        .filter_map(held)
        .filter(|&(_, _, stated)| !stated)
        .map(|(first, last, _)| (first, last))
        .reduce(|(a, b), (c, d)| (a.min(c), b.max(d)))
}

/// The block's claims split by when they hold, in time order. Claims whose stated times
/// overlap, or whose sources' dates lie at most `window` days apart, share a slot; with no
/// window, time does not split. Claims that nothing dates hold now: they join the latest
/// slot if their sources' dates time it, or if its stated time lies within `window` of the
/// story's `period` ("gusts of up to 235 mph on Friday" in a story of that week); else
/// ("83.9% in 1950") they make a slot of their own.
fn time_slots(claims: &[Claim], members: &[usize], window: Option<i64>, period: Option<(i64, i64)>) -> Vec<Vec<usize>> {
    let Some(window) = window else {
        return vec![members.to_vec()];
    };
    // (A time of day times a moving figure within its source's day as a stated day does when a
    // figure of a stated day names that time too: "As of 8 p.m., 71 people had been arrested"
    // in a wire of that day and "As of 8pm on Saturday, 58" are one moment. Not a part of the
    // day, "during morning trading", and not against a stated day without one: a live blog's
    // 10:05 entry is no moment of "On Saturday, 58 were arrested".)
    let clock = |c: &Claim| {
        c.as_of
            .and_then(|a| a.clock)
            .filter(|&at| at < crate::resolve::PART_OF_DAY_KEYS)
    };
    let stated_clocks: BTreeSet<u16> = members
        .iter()
        .filter_map(|&i| claims.get(i))
        .filter(|c| c.as_of.is_some_and(|a| a.stated))
        .filter_map(clock)
        .collect();
    let mut dated: Vec<(i64, i64, bool, usize)> = members
        .iter()
        .filter_map(|&i| {
            let c = claims.get(i).filter(|c| c.kind != Kind::Date)?;
            let (a, b, stated) = held(c)?;
            let clocked = clock(c).is_some_and(|at| stated_clocks.contains(&at));
            // (A move told at the close is the day's last, timed as if its day were written:
            // "closed down 6.8 percent" in a wire of that day, "closed down 8.6 per cent ...
            // yesterday" the next morning.)
            let closed = window == 0 && told_at_close(c);
            Some((a, b, stated || clocked || closed, i))
        })
        .collect();
    if dated.is_empty() {
        return vec![members.to_vec()];
    }
    dated.sort();
    // (start and end of the slot, whether a source's own date times one of its claims, its
    // claims)
    let mut slots: Vec<(i64, i64, bool, Vec<usize>)> = Vec::new();
    for (first, last, stated, i) in dated {
        let reach = if stated { 0 } else { window };
        // A figure that moves (no window) timed by its clause and one timed only by its
        // source's date are never one time: "jumped 26%" in a piece of the 25th may be the
        // morning's or the close's move, "27% on Thursday" the other's.
        // (`present`: the slot holds claims timed by their source's date.)
        let same_timing = |present: bool| window > 0 || present != stated;
        match slots.last_mut() {
            Some((_, end, present, slot)) if first <= end.saturating_add(reach) && same_timing(*present) => {
                *end = (*end).max(last);
                *present |= !stated;
                slot.push(i);
            }
            _ => slots.push((first, last, !stated, vec![i])),
        }
    }
    let in_story = |start: i64, end: i64| {
        period.is_some_and(|(first, last)| end >= first.saturating_sub(window) && start <= last.saturating_add(window))
    };
    let undated: Vec<usize> = members
        .iter()
        .copied()
        .filter(|&i| claims.get(i).is_some_and(|c| held(c).is_none() || c.kind == Kind::Date))
        .collect();
    match slots.last_mut() {
        Some((start, end, present, last)) if *present || window > 0 && in_story(*start, *end) => {
            last.extend(undated);
            last.sort();
        }
        _ if !undated.is_empty() => slots.push((0, 0, true, undated)),
        _ => {}
    }
    slots.into_iter().map(|(_, _, _, s)| s).collect()
}

/// Whether a value is hedged ("roughly 770", "more than 500", "up to 70%"): it agrees with a
/// group but never joins two groups together, nor splits an exact figure from the group it
/// fits ("roughly 770" swept first would take 700 from the sources that say 770).
fn hedged(c: &Claim) -> bool {
    c.hedge().is_some_and(|h| h != "range") || c.value.interval().high.is_infinite()
}

/// Whether a value is a stated range ("2-50%", "between $40 and $50 million").
fn is_range(c: &Claim) -> bool {
    c.hedge() == Some("range")
}

/// How far a range's interval reaches below its first figure as written, relative to it:
/// nothing for a range as stated, the conversion's precision for one exchanged from another
/// currency.
fn widening(c: &Claim) -> f64 {
    match &c.value {
        Value::Amount { value, interval, .. } if *value > 0.0 && interval.low < *value => 1.0 - interval.low / value,
        _ => 0.0,
    }
}

/// Whether a date relative to an unknown day ("last week", "on Friday" in a source without
/// a date of its own, read over the days the source may be from) fits a group's days: it
/// overlaps them and, if it names a weekday, they hold that weekday.
fn unanchored_fits(c: &Claim, days: &Interval) -> bool {
    let Some(shared) = Some(c.value.interval().intersect(days)).filter(|i| i.low <= i.high) else {
        return false;
    };
    let first = shared.low as i64;
    c.weekday
        .is_none_or(|w| (first..=(shared.high as i64).min(first + 6)).any(|d| falls_on(d, w)))
}

/// Whether a day (counted from 1970-01-01, a Thursday) is a `weekday`.
fn falls_on(day: i64, weekday: jiff::civil::Weekday) -> bool {
    (day + 3).rem_euclid(7) == i64::from(weekday.to_monday_zero_offset())
}

/// Whether a date relative to an unknown day names a weekday that none of `days` is, where
/// `days` is one week or less and lies within a week of the dates the claim may be (a window
/// guessed from the other sources' dates): "Sunday" in a source of the week before is never
/// Monday, November 11; a "Monday" months off is another event's.
fn never_that_weekday(c: &Claim, days: &Interval) -> bool {
    let Some(w) = c.weekday else { return false };
    let may_be = c.value.interval();
    let near = days.low >= may_be.low - 7.0 && days.high <= may_be.high + 7.0;
    let (first, last) = (days.low as i64, days.high as i64);
    near && last - first < 7 && !(first..=last).any(|d| falls_on(d, w))
}

/// Claims split into groups whose values share one common interval, largest group first. The
/// unhedged values are swept in order; each hedged value then joins the largest group it
/// fits, or a group of hedged values; a date relative to an unknown day joins the largest
/// group if it fits it.
fn value_groups<'a>(claims: &'a [Claim], members: &[usize], tolerance: f64) -> Vec<Vec<usize>> {
    // Each member with its claim.
    let members: Vec<(usize, &Claim)> = members.iter().filter_map(|&i| Some((i, claims.get(i)?))).collect();
    // The tolerance is rounding a hedge does not state; unhedged figures carry their own.
    let sweep = |items: &[(usize, &'a Claim)], tolerance: f64| -> Vec<(Interval, Vec<(usize, &'a Claim)>)> {
        let mut sorted = items.to_vec();
        sorted.sort_by(|&(a, ca), &(b, cb)| {
            let (x, y) = (ca.value.interval(), cb.value.interval());
            x.low.total_cmp(&y.low).then(x.high.total_cmp(&y.high)).then(a.cmp(&b))
        });
        // Two stated ranges are one value only with the same ends ("2-50%" is not "5-50%"),
        // within the widening of a range converted from another currency ("£12m-£18m
        // ($15.2m-$22.9m)" is the dollar range give or take the rate).
        let other_range = |group: &[(usize, &Claim)], c: &Claim| {
            is_range(c)
                && group.iter().any(|&(_, g)| {
                    let (x, y) = (g.value.interval(), c.value.interval());
                    let slack = tolerance.max(widening(g)).max(widening(c));
                    let close = |a: f64, b: f64| (a - b).abs() <= slack * a.abs().max(b.abs());
                    is_range(g) && !(close(x.low, y.low) && close(x.high, y.high))
                })
        };
        let mut groups: Vec<(Interval, Vec<(usize, &Claim)>)> = Vec::new();
        for (i, c) in sorted {
            let v = c.value.interval();
            match groups.last_mut() {
                Some((common, group))
                    if common.relate(&v, tolerance) != Relation::Conflict && !other_range(group, c) =>
                {
                    *common = common.intersect(&v);
                    group.push((i, c));
                }
                _ => groups.push((v, vec![(i, c)])),
            }
        }
        groups
    };
    let (unanchored, members): (Vec<_>, Vec<_>) = members.into_iter().partition(|(_, c)| c.frame.unanchored);
    let (open, bounded): (Vec<_>, Vec<_>) = members.into_iter().partition(|(_, c)| hedged(c));
    let mut groups = sweep(&bounded, 0.0);
    let mut unplaced = Vec::new();
    // A hedged claim joins the group nearest the figure it states ("at least 1,774 dead" is
    // most likely the 1,774 some report, not the 5,200 more do; "as many as 19" the 19); of
    // groups as near, the largest.
    for (i, c) in open {
        let v = c.value.interval();
        let stated = match c.value {
            Value::Amount { value, .. } => Interval::exact(value),
            _ => v.stated(),
        };
        let fits = groups
            .iter_mut()
            .filter(|(common, _)| common.relate(&v, tolerance) != Relation::Conflict)
            .min_by(|(a, ga), (b, gb)| {
                distance(a, &stated)
                    .total_cmp(&distance(b, &stated))
                    .then(gb.len().cmp(&ga.len()))
            });
        match fits {
            Some((_, group)) => group.push((i, c)),
            None => unplaced.push((i, c)),
        }
    }
    groups.extend(sweep(&unplaced, tolerance));
    // A date relative to an unknown day is too weak to pick among groups: it backs the
    // largest, or nothing; but when the dated claims agree on the day, a weekday that day
    // never is ("Sunday" against November 20, a Monday) disagrees with them, whatever the
    // week. (Only the weekday counts: where the undated source's days exclude that day, they
    // may be wrong, as they are guessed from the other sources.)
    let agreed = groups.len() == 1;
    let largest = groups.iter_mut().rev().max_by_key(|(_, g)| g.len());
    let mut other_weekday = Vec::new();
    if let Some((common, group)) = largest {
        for (i, c) in unanchored {
            if unanchored_fits(c, common) {
                group.push((i, c));
            } else if agreed && never_that_weekday(c, common) {
                other_weekday.push((i, c));
            }
        }
    }
    // One group per weekday named.
    other_weekday.sort_by_key(|&(i, c)| (c.weekday.map(|w| w.to_monday_zero_offset()), i));
    for same_day in other_weekday.chunk_by(|(_, a), (_, b)| a.weekday == b.weekday) {
        let common = same_day
            .iter()
            .map(|(_, c)| c.value.interval())
            .reduce(|a, b| a.intersect(&b));
        groups.extend(common.map(|common| (common, same_day.to_vec())));
    }
    let mut groups: Vec<Vec<usize>> = groups
        .into_iter()
        .map(|(_, mut g)| {
            // The first claim speaks for the group: one that says its own day ("Friday" in an
            // undated source only backs it), and the most precise value ("738", not "more than
            // 700"; "46,499,537", not "46.5 million").
            g.sort_by(|&(i, a), &(j, b)| {
                let width = |c: &Claim| {
                    let v = c.value.interval();
                    v.high - v.low
                };
                (a.frame.unanchored, hedged(a))
                    .cmp(&(b.frame.unanchored, hedged(b)))
                    .then(width(a).total_cmp(&width(b)))
                    .then(i.cmp(&j))
            });
            g.into_iter().map(|(i, _)| i).collect()
        })
        .collect();
    groups.sort_by(|a, b| b.len().cmp(&a.len()).then(a.first().cmp(&b.first())));
    groups
}

/// A conflict needs evidence that its groups say one thing: some claim of each is not
/// attributed to a different named source than the other ("according to Refinitiv",
/// "according to Zacks" are two estimates), nor the other's figure with a scale word dropped
/// ("$4.28" against "$4.28 billion": a slip of the pen, not another value); they are told of
/// one event (`one_event`); an event marked as one of several ("left again") may have another
/// date. Groups without that evidence against the first are dropped.
fn with_evidence(claims: &[Claim], groups: Vec<Vec<usize>>) -> Vec<Vec<usize>> {
    let mut groups = groups.into_iter();
    let Some(first) = groups.next() else { return Vec::new() };
    let evidence = |a: usize, b: usize| {
        let (Some(a), Some(b)) = (claims.get(a), claims.get(b)) else {
            return false;
        };
        let (sa, sb) = (named_sources(a), named_sources(b));
        // Analysts' consensus differs from one data firm's panel to another's, and a storm's
        // wind from one weather agency's method to another's: figures from two firms, or from
        // a named firm and an unnamed one, are not one estimate.
        let by_method = |c: &Claim| c.frame.per_source || c.frame.qualifiers.iter().any(|q| q == "consensus");
        let disjoint = !sa.is_empty() && !sb.is_empty() && !sa.iter().any(|s| sb.contains(s));
        let other_sources = disjoint || (by_method(a) || by_method(b)) && sa.is_empty() != sb.is_empty();
        // (An event a subject makes again and again, dated twice by one source, is two of
        // them: "This morning Ashby posted a video", "On Monday, Ashby had posted".)
        let repeated =
            a.frame.repeated || b.frame.repeated || a.source == b.source && a.frame.repeats && b.frame.repeats;
        !other_sources
            && !repeated
            && !scale_slip(a, b)
            && !sums_apart(a, b)
            && !other_people(a, b)
            && one_event(a, b)
            && counted_alike(a, b)
    };
    let rest: Vec<Vec<usize>> = groups
        .filter(|g| g.iter().any(|&b| first.iter().any(|&a| evidence(a, b))))
        .collect();
    std::iter::once(first).chain(rest).collect()
}

/// Days that two dates of one subject's announcements, told of no one matter, fall within
/// when they may be one announcement's.
const ANNOUNCEMENTS_WITHIN: f64 = 14.0;

/// Whether two claims of one block are told of one event: since an event class ("leave") is
/// generic, dates without a named subject must be told of one matter, and times of an
/// announcement always; figures are of one thing already.
fn one_event(a: &Claim, b: &Claim) -> bool {
    match a.kind {
        Kind::Date => {
            let named = a.frame.compared_subject().is_some();
            // Nothing named, nor what it befell on both sides, a shared word at most: dates
            // years apart are two events ("since universal suffrage was introduced in 1921", "an
            // exit poll published on Thursday"; not "the smoking ban was introduced in 2007" and
            // "in 2009").
            let (da, db) = (a.value.interval(), b.value.interval());
            let untold = a.frame.matter.is_none() || b.frame.matter.is_none();
            let years_apart = untold && (da.low - db.high).max(db.low - da.high) > 366.0;
            // One subject makes many announcements: told of no one matter, dates that do not
            // fall within two weeks are two ("made the announcement on Wednesday", "In
            // November, Jassy announced that Amazon was cutting jobs", "announced big job cuts
            // at the end of 2022"); a misdated one is off by days.
            let within = da.high.max(db.high) - da.low.min(db.low);
            let announcements_apart = untold && (a.frame.repeats || b.frame.repeats) && within > ANNOUNCEMENTS_WITHIN;
            !other_matters(a, b) && !announcements_apart && (named || same_matter(a, b) && !years_apart)
        }
        // One subject makes many announcements in a day: their times need one matter
        // ("declared the result" at 4.40am, "confirmed" at 6am are two).
        Kind::Time if a.frame.objectless || b.frame.objectless => {
            a.frame.matter.is_some() && a.frame.matter == b.frame.matter
        }
        Kind::Time => a.frame.compared_subject().is_some() || same_matter(a, b),
        _ => true,
    }
}

/// Whether two dated events are two people's: each names a person, and neither names the
/// other's, even when both are the story's own names ("Ines Carrow was named acting chief on
/// Friday", "the board appointed Rafe Okafor-Lund on Sunday"). (Not "Altman was ousted by
/// Murati's board" and "Murati fired Altman": one party is the other's. Not a company's
/// event against a person's: who did what is often misread there, "Quorline was founded in
/// 2016 by Maren Okafor", "Founded in 2014 by Maren Okafor, Quorline".)
fn other_people(a: &Claim, b: &Claim) -> bool {
    fn person(c: &Claim) -> Option<&str> {
        c.frame
            .subject
            .as_deref()
            .filter(|_| c.kind == Kind::Date && c.frame.person)
    }
    let (Some(pa), Some(pb)) = (person(a), person(b)) else {
        return false;
    };
    let party_of = |p: &str, c: &Claim| c.frame.subject.as_deref() == Some(p) || c.frame.object.as_deref() == Some(p);
    !party_of(pa, b) && !party_of(pb, a)
}

/// Whether one of two dates (of one block: the same kind) of an event a subject makes many of (an agreement, an
/// announcement) falls after the day the other's source told of its event, already past:
/// "agreed on Thursday" in a piece of Friday and "agreed on Sunday" in one of Monday may be
/// two agreements, the first a preliminary one, as well as one misdated. (Not a planned date,
/// which is after the day it is told on, nor an event that happens once, a medical, a death.)
fn one_after_told(a: &Claim, b: &Claim) -> bool {
    let after_told = |x: &Claim, y: &Claim| {
        y.told_on.is_some_and(|day| {
            let day = crate::value::days_since_epoch(day);
            y.value.interval().high <= day && x.value.interval().low > day
        })
    };
    (a.frame.repeats || b.frame.repeats) && (after_told(a, b) || after_told(b, a))
}

/// Whether two figures are the same digits a power of a thousand apart, one of them below a
/// thousand: a scale word ("billion") written in one and dropped in the other.
fn scale_slip(a: &Claim, b: &Claim) -> bool {
    let (Value::Amount { value: x, .. }, Value::Amount { value: y, .. }) = (&a.value, &b.value) else {
        return false;
    };
    x.abs().min(y.abs()) < 1000.0 && thousandfold(*x, *y)
}

/// Whether `x` and `y` are the same digits a power of a thousand apart.
fn thousandfold(x: f64, y: f64) -> bool {
    let (small, large) = if x.abs() < y.abs() { (x, y) } else { (y, x) };
    let ratio = large / small;
    [1e3, 1e6, 1e9, 1e12]
        .iter()
        .any(|scale| (ratio - scale).abs() <= 1e-9 * scale)
}

/// Whether two sums of money are a hundredfold apart or more: two amounts ("around $51.84", a
/// share's price, and the "$44 billion" deal; a "$40 million deal" settled beside it), never
/// one amount misreported. (Not the same digits a thousandfold apart, "$4.28 billion" and
/// "$4.28 million": one scale word is wrong.)
fn sums_apart(a: &Claim, b: &Claim) -> bool {
    let (
        Value::Amount {
            value: x,
            unit: Unit::Currency(_),
            ..
        },
        Value::Amount { value: y, .. },
    ) = (&a.value, &b.value)
    else {
        return false;
    };
    let (small, large) = if x.abs() < y.abs() {
        (x.abs(), y.abs())
    } else {
        (y.abs(), x.abs())
    };
    small > 0.0 && large / small >= SUMS_APART && !thousandfold(*x, *y)
}

/// How many times one sum of money must be another to be another amount.
const SUMS_APART: f64 = 100.0;

/// The named sources a claim is attributed to ("per:Refinitiv").
fn named_sources(c: &Claim) -> Vec<&str> {
    c.frame
        .qualifiers
        .iter()
        .filter(|q| q.starts_with("per:"))
        .map(String::as_str)
        .collect()
}

/// Whether two dated events are told of one matter. An event without an object (a story
/// has many announcements) needs the same noun after it ("confirmed the move", "announced
/// the move") or the same subject named in both ("Halvora and Marktfeld agreed", "Halvora and
/// Marktfeld confirmed"), even the story's own; other events a shared topic word.
fn same_matter(a: &Claim, b: &Claim) -> bool {
    let (fa, fb) = (&a.frame, &b.frame);
    if fa.objectless || fb.objectless {
        fa.matter.is_some() && fa.matter == fb.matter || fa.subject.is_some() && fa.subject == fb.subject
    } else {
        shared_topic(a, b)
    }
}

/// Whether two events without an object say what they are of, differently ("announced the
/// layoffs", "announced a new chip"; "universal suffrage was introduced", "the law was
/// introduced"): two events, whoever made them.
fn other_matters(a: &Claim, b: &Claim) -> bool {
    let (fa, fb) = (&a.frame, &b.frame);
    fa.object.is_none() && fb.object.is_none() && fa.matter.is_some() && fb.matter.is_some() && fa.matter != fb.matter
}

/// Whether two counts of things named by their noun alone ("787 miners", "some 45 countries")
/// say one thing befell them. The noun says nothing of that: "the fate of an estimated 120
/// miners remained unclear" and "787 miners were working below the surface" count two sets
/// of miners, "offers had been received from some 45 countries" and "search teams from nearly
/// 30 countries" two sets of countries. Their sentences must share a content word besides
/// the noun, number and scale words and who said it ("climbers from 12 countries reached the
/// summit", "climbers from 14 countries reached the summit"). A measure of the lexicon says
/// it already ("killed 40 people"), and so does a qualifier both share, named by the lexicon
/// ("cut 1,200 jobs": job cuts) or by what was done to them ("were treated": `done:treat`,
/// "carrying": `doing:`).
fn counted_alike(a: &Claim, b: &Claim) -> bool {
    let noun = match (&a.frame.measure, &a.value) {
        (
            Some(measure),
            Value::Amount {
                unit: Unit::Count(noun),
                ..
            },
        ) if measure.strip_suffix("-count") == Some(noun.as_str()) => noun,
        _ => return true,
    };
    // (Claims of one block share their qualifiers.)
    let told = a
        .frame
        .qualifiers
        .iter()
        .any(|q| !q.contains(':') || q.starts_with("done:") || q.starts_with("doing:"));
    told || a
        .topic
        .iter()
        .any(|w| b.topic.binary_search(w).is_ok() && w != noun && !crate::extract::numbers::is_number_word(w))
}

/// Whether two claims' sentences share a content word.
fn shared_topic(a: &Claim, b: &Claim) -> bool {
    a.topic.iter().any(|w| b.topic.binary_search(w).is_ok())
}

/// A day written with a weekday it does not fall on: a conflict inside one claim.
fn weekday_mismatch(claim: &Claim) -> bool {
    let (Value::Time { span }, Some(written)) = (&claim.value, claim.weekday) else {
        return false;
    };
    // A weekday read over the days an undated source may be from is that weekday already.
    if claim.frame.unanchored || claim.year_borrowed {
        return false;
    }
    // A day told with a zoned time spans its UTC day too (`resolve::with_utc_day`), but only
    // when the weekday fits the day written.
    let neither = span.first.weekday() != written && span.last.weekday() != written;
    span.grain == Grain::Day && neither
}

/// Durations that the dates of two events contradict: "joined as CFO in June 2023 ... left
/// after less than two years, in September 2025". For a duration with a dated event in its
/// sentence (the first after it, else the last before it), the earlier event is the latest
/// dated event before that one in the same source with the same named subject; the time
/// between the two dates must overlap the duration.
fn timeline_mismatches(rule: &Rule, claims: &[Claim]) -> Vec<(usize, usize, Link)> {
    // Each source's dated events in text order, all of them and by subject, as (where the
    // claim starts, claim): looked up, not scanned, for each duration (a long timeline has
    // thousands of both).
    let mut in_order: BTreeMap<usize, Vec<(usize, usize)>> = BTreeMap::new();
    let mut by_subject: BTreeMap<(usize, &str), Vec<(usize, usize)>> = BTreeMap::new();
    for (i, c) in claims.iter().enumerate() {
        if c.kind == Kind::Date && c.frame.measure.is_some() {
            in_order.entry(c.source).or_default().push((c.span.0, i));
            if let Some(subject) = &c.frame.subject {
                by_subject.entry((c.source, subject)).or_default().push((c.span.0, i));
            }
        }
    }
    for list in in_order.values_mut().chain(by_subject.values_mut()) {
        list.sort();
    }
    // The last of `list` that starts before `at`, and the first that starts after it.
    let before = |list: &[(usize, usize)], at: usize| {
        let k = list.partition_point(|&(start, _)| start < at);
        k.checked_sub(1).and_then(|k| list.get(k)).map(|&(_, i)| i)
    };
    let after = |list: &[(usize, usize)], at: usize| {
        list.get(list.partition_point(|&(start, _)| start <= at))
            .map(|&(_, i)| i)
    };
    let mut found = Vec::new();
    for (d, duration) in claims
        .iter()
        .enumerate()
        .filter(|(_, c)| c.kind == Kind::Duration && !lasts_until_now(c) && !spans_other(c))
    {
        let Some(order) = in_order.get(&duration.source) else {
            continue;
        };
        // The dated event right after the duration in its sentence, else the one right before.
        let same_sentence = |&i: &usize| claims.get(i).is_some_and(|c| c.sentence == duration.sentence);
        let later = after(order, duration.span.0)
            .filter(same_sentence)
            .or_else(|| before(order, duration.span.0).filter(same_sentence));
        let Some(l) = later else { continue };
        let Some(last) = claims.get(l) else { continue };
        let Some(subject) = &last.frame.subject else { continue };
        // The same subject's event before it (names are one spelling by now: `unify_names`).
        let Some(f) = by_subject
            .get(&(last.source, subject.as_str()))
            .and_then(|list| before(list, last.span.0))
        else {
            continue;
        };
        let Some(first) = claims.get(f) else { continue };
        let (Value::Time { span: from }, Value::Time { span: to }) = (&first.value, &last.value) else {
            continue;
        };
        if from.first > to.last {
            continue;
        }
        let elapsed = Interval::closed(
            (to.first - from.last).get_days().max(0) as f64,
            (to.last - from.first).get_days() as f64,
        );
        if elapsed.relate(&duration.value.interval(), 0.0) == Relation::Conflict {
            found.push((
                f,
                l,
                Link {
                    relation: Relation::Conflict,
                    rule: rule.code.clone(),
                    via: Some(d),
                },
            ));
        }
    }
    found
}

/// "after five days of continued negotiations", "two years of planning": a span of what the
/// noun after it names; "a new deal that would transfer streaming rights for 15 years": a
/// term to come, in a clause with a modal. Neither lies between two events of the subject.
fn spans_other(duration: &Claim) -> bool {
    let end = duration.at + duration.text.len();
    let of_activity = duration
        .sentence
        .get(end..)
        .and_then(|after| after.trim_start().strip_prefix("of "))
        .is_some_and(|rest| rest.starts_with(char::is_alphabetic));
    let before = duration.sentence.get(..duration.at).unwrap_or_default();
    let clause = before.rsplit([',', ';', ':']).next().unwrap_or(before);
    // (In lower case: "May" and "Will" are a month and a name.)
    let planned = clause
        .split_whitespace()
        .any(|w| matches!(w, "would" | "will" | "could" | "should" | "might" | "may" | "shall"));
    of_activity || planned
}

/// "Marsk, who has led the company for nine years, wrote on Friday", "she's been finance
/// chief for two years": a span told in the present perfect, its verb right before "for"
/// and the span (a few words between, no comma), lasts until now; it lies between no two of
/// the sentence's events. (Not "had worked there for two years before she left", nor "has
/// said she worked there for two years".)
fn lasts_until_now(duration: &Claim) -> bool {
    static PERFECT: OnceLock<LazyRegex> = OnceLock::new();
    let perfect = PERFECT.get_or_init(|| {
        static_regex(
            r"(?i)\b(?:(?:has|have)\s+(?:been\s+)?[a-z]+|[a-z]+['’]s\s+been)(?:\s+[^\s,;:.]+){0,4}?\s+for\s+(?:(?:about|nearly|almost|some|over|more\s+than|the\s+past|the\s+last)\s+)?$",
        )
    });
    let before = duration.sentence.get(..duration.at).unwrap_or_default();
    perfect.find(before).is_some_and(|m| {
        let verb = before[m.start()..]
            .split_whitespace()
            .nth(1)
            .unwrap_or_default()
            .to_lowercase();
        // ("has said she worked there for": a verb of saying opens reported speech.)
        !matches!(verb.as_str(), "said" | "told" | "reported" | "announced" | "confirmed")
    })
}

/// Why two claims are linked, in one line ("$18 billion (1.8e10 USD) vs $22 billion (2.2e10
/// USD)"); a claim linked to itself has a weekday that does not fit its date; a link through
/// a duration says how long lies between the two dates.
pub fn reason(link: &Link, claims: &[Claim], a: usize, b: usize) -> String {
    let (Some(ca), Some(cb)) = (claims.get(a), claims.get(b)) else {
        return String::new();
    };
    if let Some(duration) = link.via.and_then(|d| claims.get(d)) {
        let days = |c: &Claim| c.value.interval();
        let (from, to) = (days(ca), days(cb));
        return format!(
            "from {} to {} is {}..{} days, not {} ({})",
            ca.text,
            cb.text,
            (to.low - from.high).max(0.0),
            to.high - from.low,
            duration.text,
            duration.value.reading()
        );
    }
    if let (Value::Quote { .. }, Value::Quote { .. }) = (&ca.value, &cb.value) {
        return quotes::reason(ca, cb);
    }
    if a == b {
        if let (Value::Time { span }, true) = (&ca.value, ca.no_such_day) {
            return format!(
                "{}: {} has {} days",
                ca.text,
                span.first.strftime("%B %Y"),
                span.first.days_in_month()
            );
        }
        if let (Value::Time { span }, Some(written)) = (&ca.value, ca.weekday) {
            return format!(
                "{} ({}) was a {:?}, not a {written:?}",
                ca.text,
                span.first,
                span.first.weekday()
            );
        }
    }
    match link.relation {
        Relation::Update => {
            let when = |c: &Claim| {
                c.as_of
                    .map_or_else(String::new, |a| format!(", as of {}", a.span.first))
            };
            let (earlier, later) = if ca.as_of.map(|a| a.span.first) <= cb.as_of.map(|a| a.span.first) {
                (ca, cb)
            } else {
                (cb, ca)
            };
            format!(
                "{} ({}{}) then {} ({}{})",
                earlier.text,
                earlier.value.reading(),
                when(earlier),
                later.text,
                later.value.reading(),
                when(later)
            )
        }
        Relation::Conflict | Relation::PossibleConflict => format!(
            "{} ({}) vs {} ({})",
            ca.text,
            ca.value.reading(),
            cb.text,
            cb.value.reading()
        ),
        Relation::Refine => format!(
            "{} and {} overlap, one inside the other",
            ca.value.reading(),
            cb.value.reading()
        ),
        Relation::Agree => format!("{} and {} overlap", ca.value.reading(), cb.value.reading()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::RuleSet;
    use crate::source::{Document, Format};
    use crate::Engine;

    /// The claims of one-sentence sources, one per source, as the pipeline reads them.
    fn claims(texts: &[&str]) -> Vec<Claim> {
        let engine = Engine::new(RuleSet::defaults().unwrap()).unwrap();
        let documents = texts
            .iter()
            .enumerate()
            .map(|(i, t)| Document::parse(format!("s{i}.txt"), t.to_string(), Format::Text, &engine.prose))
            .collect::<Vec<_>>();
        engine.run(documents.as_slice(), None).unwrap().claims
    }

    /// The claims of one-sentence sources and their value groups, taking every claim as one
    /// block.
    fn grouped(texts: &[&str]) -> (Vec<Claim>, Vec<Vec<usize>>) {
        let c = claims(texts);
        let all: Vec<usize> = (0..c.len()).collect();
        let groups = value_groups(&c, &all, 0.0);
        (c, groups)
    }

    /// The written figures of one-sentence sources, in their value groups.
    fn grouped_texts(texts: &[&str]) -> Vec<Vec<String>> {
        let (c, groups) = grouped(texts);
        groups
            .iter()
            .map(|g| g.iter().map(|&i| c[i].text.clone()).collect())
            .collect()
    }

    #[test]
    fn hedged_values_join_a_group_but_never_glue_two() {
        let (c, groups) = grouped(&[
            "The storm killed at least 4 people.",
            "The storm killed more than 1,000 people.",
            "The storm killed 4 people.",
            "The storm killed 1,200 people.",
        ]);
        assert_eq!(groups.len(), 2, "{groups:?}");
        for g in &groups {
            let common = common(&c, g);
            assert!(common.low <= common.high, "a group shares one interval: {g:?}");
        }
    }

    /// "Roughly 770" fits both 700 and 770: it backs the larger group instead of taking the
    /// 700 into a group of its own making; an exact "770" speaks for the group (comes first).
    #[test]
    fn a_hedged_value_does_not_split_exact_ones() {
        let texts = grouped_texts(&[
            "Helio's roughly 770 employees were told of the plan.",
            "Helio's 770 employees were told of the plan.",
            "Helio's 770 employees heard of the plan.",
            "Helio's 700 employees were told of the plan.",
        ]);
        assert_eq!(texts, [vec!["770", "770", "roughly 770"], vec!["700"]]);
    }

    /// An open-ended value joins the group nearest the figure it states, not the largest it
    /// fits: "at least 1,774" is the 1,774 one source gives, not the 5,200 three give; "as
    /// many as 19" the 19.
    #[test]
    fn a_hedged_value_joins_the_nearest_group() {
        let texts = grouped_texts(&[
            "The storm killed at least 1,774 people.",
            "The storm killed 1,774 people.",
            "The storm killed 5,200 people.",
            "The storm killed 5,200 people, officials said.",
            "The storm killed 5,200 people, the agency said.",
            "As many as 19 officers waited in the hallway.",
            "Two officers waited in the hallway.",
            "19 officers waited in the hallway.",
        ]);
        assert!(
            texts.contains(&vec!["1,774".to_string(), "at least 1,774".to_string()]),
            "{texts:?}"
        );
        assert!(
            texts.contains(&vec!["19".to_string(), "As many as 19".to_string()]),
            "{texts:?}"
        );
    }

    /// A date in an opening clause without a figure times the figures after it; one in an
    /// opening clause with a figure of its own is that figure's.
    #[test]
    fn an_opening_clause_dates_the_figures_after_it() {
        let c = claims(&[
            "In a separate vote in 2019, 55% of members rejected a strike.",
            "Unlike the 40% recorded in 2019, 78% of members backed a strike.",
        ]);
        let year = |text: &str| {
            let claim = c.iter().find(|c| c.text == text).unwrap();
            claim.as_of.map(|a| a.span.first.year())
        };
        assert_eq!(year("55%"), Some(2019));
        assert_eq!(year("40%"), Some(2019));
        assert_eq!(year("78%"), None);
    }

    /// A live blog's entry times time the moving figures under them, up to the next entry,
    /// and are no claims.
    #[test]
    fn a_live_blogs_entry_times_time_its_figures() {
        let c = claims(&["Published on Wednesday, June 16, 2027.\n\n\
            **10:15** — The coast guard says 31 bodies have been recovered.\n\n\
            \"We are still searching,\" she said. At least 104 people have been rescued.\n\n\
            **15:40** — Officials said 41 bodies had been recovered.\n"]);
        let clock = |text: &str| {
            c.iter()
                .find(|c| c.text.contains(text))
                .and_then(|c| c.as_of)
                .and_then(|a| a.clock)
        };
        assert_eq!(clock("31"), Some(10 * 60 + 15));
        assert_eq!(
            clock("104"),
            Some(10 * 60 + 15),
            "the entry runs on to its next paragraph"
        );
        assert_eq!(clock("41"), Some(15 * 60 + 40));
        assert!(
            !c.iter().any(|c| c.text == "10:15" || c.text == "15:40"),
            "entry times are no claims"
        );
    }

    #[test]
    fn a_value_set_that_fits_together_is_one_group() {
        let (_, groups) = grouped(&[
            "The agent ran roughly 700 experiments.",
            "The agent ran some 700 experiments.",
            "The agent ran 700 experiments.",
        ]);
        assert_eq!(groups.len(), 1);
    }
}
