//! The rule engine: claims are grouped (blocked) by attribute and unit, so a claim is compared
//! only with the claims about the same thing; each check rule's operator relates two values.
//! Comparison cost follows the size of each group, never the square of the corpus.

use std::collections::{BTreeMap, HashSet};

use petgraph::unionfind::UnionFind;

use crate::extract::entity::same_entity;
use crate::graph::{ClaimGraph, Link};
use crate::resolve::{Claim, Key};
use crate::rules::{Kind, Operator, Rule, RuleSet};
use crate::value::{Grain, Interval, Relation, Unit, Value};

/// Run every check rule over the claims and return the graph of their relations.
///
/// Agreement edges are kept only where they join two facts not yet joined (a spanning forest):
/// a fact of n claims needs n - 1 edges, not n squared, and its components are the same.
pub fn check(claims: &[Claim], rules: &RuleSet) -> ClaimGraph {
    let mut graph = ClaimGraph::new(claims.len());
    let mut joined = UnionFind::new(claims.len());
    for rule in &rules.rules {
        let Some(spec) = &rule.check else { continue };
        match spec.operator {
            Operator::WeekdayOfDate => {
                for (i, claim) in claims
                    .iter()
                    .enumerate()
                    .filter(|(_, c)| spec.applies_to.contains(&c.kind))
                {
                    if let Some(link) = weekday_mismatch(rule, claim) {
                        graph.link(i, i, link);
                    }
                }
                continue;
            }
            Operator::DurationBetweenEvents => {
                for (first, last, link) in timeline_mismatches(rule, claims) {
                    graph.link(first, last, link);
                }
                continue;
            }
            Operator::IntervalOverlap => {}
        }
        let mut blocks: BTreeMap<(String, String), Vec<usize>> = BTreeMap::new();
        for (i, claim) in claims.iter().enumerate() {
            if !spec.applies_to.contains(&claim.kind) {
                continue;
            }
            if let Some(attribute) = &claim.key.attribute {
                blocks
                    .entry((attribute.clone(), unit_key(&claim.value)))
                    .or_default()
                    .push(i);
            }
        }
        // One conflict (or update) edge between two facts is enough: the report shows one
        // finding per pair of facts. Keyed by the facts' roots when the edge was made.
        let mut conflicting: HashSet<(usize, usize, bool)> = HashSet::new();
        for members in blocks.values() {
            for (n, &a) in members.iter().enumerate() {
                for &b in &members[n + 1..] {
                    let Some(link) = compare(rule, &claims[a], &claims[b], joined.equiv(a, b)) else {
                        continue;
                    };
                    let roots = (joined.find(a), joined.find(b));
                    let pair = (
                        roots.0.min(roots.1),
                        roots.0.max(roots.1),
                        link.relation == Relation::Update,
                    );
                    let new = match link.relation {
                        Relation::Conflict | Relation::Update => conflicting.insert(pair),
                        Relation::Agree | Relation::Refine => joined.union(a, b),
                    };
                    if new {
                        graph.link(a, b, link);
                    }
                }
            }
        }
    }
    graph
}

/// Values in different units (currencies, percent and points) are never compared.
fn unit_key(value: &Value) -> String {
    match value {
        Value::Amount {
            unit: Unit::Currency(code),
            ..
        } => code.clone(),
        Value::Amount {
            unit: Unit::Count(_), ..
        } => "count".into(),
        Value::Amount { unit, .. } => format!("{unit:?}"),
        Value::Time { .. } => "time".into(),
    }
}

/// Two names are compatible when either is unknown or they name the same entity.
fn compatible(a: &Option<String>, b: &Option<String>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => same_entity(a, b),
        _ => true,
    }
}

/// Whether two keys with the same attribute are about the same thing: compatible subjects
/// (or one's subject among the other's participants) and compatible objects.
/// "Brightwater appointed Lindqvist" and "Lindqvist was appointed by Brightwater" swap the
/// roles: either order of subject and object matches. A subject may also be among the
/// other's participants ("Halvora buys Marktfeld for €2bn"; "Halvora and Marktfeld agreed").
fn same_thing(a: &Key, b: &Key) -> bool {
    let subject_in = |s: &Option<String>, k: &Key| {
        s.as_ref()
            .is_some_and(|s| k.participants.iter().any(|p| same_entity(s, p)))
    };
    let subjects = compatible(&a.subject, &b.subject) || subject_in(&a.subject, b) || subject_in(&b.subject, a);
    let in_order = subjects && compatible(&a.object, &b.object);
    let swapped = a.object.is_some()
        && b.object.is_some()
        && compatible(&a.subject, &b.object)
        && compatible(&a.object, &b.subject);
    in_order || swapped
}

/// A date conflict needs evidence that two claims are about the same event: an event class
/// ("announce") is generic, so without a named subject on both sides their sentences must
/// share a topic word ("the move"). A figure's attribute ("valuation") is specific enough.
fn shared_topic(a: &Claim, b: &Claim) -> bool {
    a.kind != Kind::Date
        || (a.key.subject.is_some() && b.key.subject.is_some())
        || a.topic.iter().any(|w| b.topic.binary_search(w).is_ok())
}

/// The link between two claims of one block, if any. `joined`: they are already in one fact,
/// so only a conflict would add anything.
fn compare(rule: &Rule, a: &Claim, b: &Claim, joined: bool) -> Option<Link> {
    let spec = rule.check.as_ref()?;
    let relation = a.value.interval().relate(&b.value.interval(), spec.tolerance);
    if joined && relation != Relation::Conflict {
        return None;
    }
    // One sentence giving two figures for two named subjects contrasts them ("Marktfeld rose
    // 11%, while Halvora edged up 2%"): they are different things.
    let contrasted = a.source == b.source && a.sentence == b.sentence && !compatible(&a.key.subject, &b.key.subject);
    if contrasted || !same_thing(&a.key, &b.key) {
        return None;
    }
    // A repeated event ("left again") may have several dates.
    if relation == Relation::Conflict && (a.key.repeated || b.key.repeated || !shared_topic(a, b)) {
        return None;
    }
    // Different values at different times are an update, not a contradiction.
    let relation = if relation == Relation::Conflict && !same_time(a, b, spec.as_of_days) {
        Relation::Update
    } else {
        relation
    };
    Some(Link {
        relation,
        rule: rule.code.clone(),
        via: None,
    })
}

/// A day written with a weekday it does not fall on: a conflict inside one claim.
fn weekday_mismatch(rule: &Rule, claim: &Claim) -> Option<Link> {
    let (Value::Time { span }, Some(written)) = (&claim.value, claim.weekday) else {
        return None;
    };
    (span.grain == Grain::Day && span.first.weekday() != written).then(|| Link {
        relation: Relation::Conflict,
        rule: rule.code.clone(),
        via: None,
    })
}

/// Durations that the dates of two events contradict: "joined as CFO in June 2023 ... left
/// after less than two years, in September 2025". For a duration with a dated event in its
/// sentence (the first after it, else the last before it), the earlier event is the latest
/// dated event before that one in the same source with the same named subject; the time
/// between the two dates must overlap the duration.
fn timeline_mismatches(rule: &Rule, claims: &[Claim]) -> Vec<(usize, usize, Link)> {
    let dated = |c: &Claim| c.kind == Kind::Date && c.key.attribute.is_some();
    let mut found = Vec::new();
    for (d, duration) in claims.iter().enumerate().filter(|(_, c)| c.kind == Kind::Duration) {
        let same_sentence = |c: &Claim| c.source == duration.source && c.sentence == duration.sentence && dated(c);
        let later = claims
            .iter()
            .enumerate()
            .filter(|(_, c)| same_sentence(c) && c.span.0 > duration.span.0)
            .min_by_key(|(_, c)| c.span.0)
            .or_else(|| {
                claims
                    .iter()
                    .enumerate()
                    .filter(|(_, c)| same_sentence(c) && c.span.0 < duration.span.0)
                    .max_by_key(|(_, c)| c.span.0)
            });
        let Some((l, last)) = later else { continue };
        let Some(subject) = &last.key.subject else { continue };
        let earlier = claims.iter().enumerate().filter(|(_, c)| {
            c.source == last.source
                && c.span.0 < last.span.0
                && dated(c)
                && c.key.subject.as_ref().is_some_and(|s| same_entity(s, subject))
        });
        let Some((f, first)) = earlier.max_by_key(|(_, c)| c.span.0) else {
            continue;
        };
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

/// Why two claims are linked, in one line ("$18 billion (1.8e10 USD) vs $22 billion (2.2e10
/// USD)"); a claim linked to itself has a weekday that does not fit its date; a link through
/// a duration says how long lies between the two dates.
pub fn reason(link: &Link, claims: &[Claim], a: usize, b: usize) -> String {
    let (ca, cb) = (&claims[a], &claims[b]);
    if let Some(d) = link.via {
        let days = |c: &Claim| c.value.interval();
        let (from, to) = (days(ca), days(cb));
        return format!(
            "from {} to {} is {}..{} days, not {} ({})",
            ca.text,
            cb.text,
            (to.low - from.high).max(0.0),
            to.high - from.low,
            claims[d].text,
            claims[d].value.reading()
        );
    }
    if a == b {
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
        Relation::Conflict => format!(
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

/// Whether two figures hold at the same time. "Valued at $6 billion in 2023" and "valued at
/// $18 billion in March 2026" are two points on a timeline, not a contradiction.
fn same_time(a: &Claim, b: &Claim, window_days: Option<i64>) -> bool {
    let (Some(window), Some(x), Some(y)) = (window_days, a.as_of, b.as_of) else {
        return true;
    };
    if x.stated || y.stated {
        return x.span.first <= y.span.last && y.span.first <= x.span.last;
    }
    i64::from((x.span.first - y.span.first).get_days().abs()) <= window
}
