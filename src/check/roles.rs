//! Who leads what: a person holds one office at an organisation at a time (`[roles]` in the
//! lexicon). Two sources that give one person two offices there conflict when neither source
//! gives both (a person one source calls "president and CEO" may hold two posts). A person
//! whose offices are told as past or in change anywhere in the story ("former", "interim",
//! "was named", "stepped down") may have held each at its time: nothing of theirs is compared.

use std::collections::{BTreeMap, BTreeSet};

use super::{dispute, link, link_groups, Dispute};
use crate::graph::ClaimGraph;
use crate::resolve::Claim;
use crate::rules::{Kind, Rule};
use crate::value::{Relation, Value};

/// Links the role claims that agree and reports each person's disputed office at an
/// organisation as one finding, its offices as value groups, largest first.
pub(super) fn check(rule: &Rule, claims: &[Claim], graph: &mut ClaimGraph, disputes: &mut Vec<Dispute>) {
    let roles: Vec<(usize, &Claim, &str, &str)> = claims
        .iter()
        .enumerate()
        .filter(|(_, c)| c.kind == Kind::Role)
        .filter_map(|(i, c)| match (&c.value, c.frame.subject.as_deref()) {
            (Value::Role { office }, Some(person)) => Some((i, c, person, office.as_str())),
            _ => None,
        })
        .collect();
    // Each person's organisations; a role that names none is at the one other roles give.
    let mut organisations: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for &(_, c, person, _) in &roles {
        let at = organisations.entry(person).or_default();
        if let Some(o) = c.frame.object.as_deref() {
            at.insert(o);
        }
    }
    let organisation = |person: &str, c: &Claim| -> Option<String> {
        match (c.frame.object.as_deref(), organisations.get(person)) {
            (Some(o), _) => Some(o.to_string()),
            (None, Some(known)) if known.len() == 1 => known.first().map(|o| o.to_string()),
            (None, Some(known)) if known.is_empty() => Some(String::new()),
            _ => None,
        }
    };
    // The people whose offices change in the story, at an organisation or at any (none named).
    let mut changing: BTreeSet<(&str, String)> = BTreeSet::new();
    for &(_, c, person, _) in &roles {
        if !c.frame.qualifiers.is_empty() {
            changing.insert((person, c.frame.object.clone().unwrap_or_default()));
        }
    }
    // (person, organisation) -> office -> claims; and each source's offices there.
    let mut held: BTreeMap<(&str, String), BTreeMap<&str, Vec<usize>>> = BTreeMap::new();
    let mut by_source: BTreeMap<(&str, String, usize), BTreeSet<&str>> = BTreeMap::new();
    for &(i, c, person, office) in &roles {
        if !c.frame.qualifiers.is_empty() {
            continue;
        }
        let Some(at) = organisation(person, c) else { continue };
        let in_change = changing.contains(&(person, at.clone())) || changing.contains(&(person, String::new()));
        if in_change {
            continue;
        }
        by_source
            .entry((person, at.clone(), c.source))
            .or_default()
            .insert(office);
        held.entry((person, at)).or_default().entry(office).or_default().push(i);
    }
    for ((person, at), offices) in held {
        for members in offices.values() {
            for pair in members.windows(2) {
                if let [a, b] = pair {
                    graph.link(*a, *b, link(rule, Relation::Agree));
                }
            }
        }
        // A source that gives the person two offices there says they hold both.
        let several = by_source
            .range((person, at.clone(), 0)..=(person, at.clone(), usize::MAX))
            .any(|(_, told)| told.len() > 1);
        if offices.len() < 2 || several {
            continue;
        }
        let mut groups: Vec<Vec<usize>> = offices.into_values().collect();
        groups.sort_by_key(|g| std::cmp::Reverse(g.len()));
        link_groups(graph, rule, Relation::Conflict, &groups);
        disputes.push(dispute(rule, Relation::Conflict, groups));
    }
}
