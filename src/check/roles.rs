//! Who leads what: a person holds one office at an organisation at a time (`[roles]` in the
//! lexicon). Two sources that give one person two offices there conflict when neither source
//! gives both (a person one source calls "president and CEO" may hold two posts). A person
//! whose offices are told as past or in change anywhere in the story ("former", "interim",
//! "was named", "stepped down") may have held each at its time: nothing of theirs is compared.
//! Nor is a role that names no organisation (but "the company's" of a person whose other
//! roles name one).

use std::collections::{BTreeMap, BTreeSet};

use super::{dispute, link, link_groups, Dispute};
use crate::graph::ClaimGraph;
use crate::resolve::role::{NOT_CURRENT, THE_COMPANY};
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
    // Each person's organisations. A role at "the company" the sentence does not name is at
    // the one the person's other roles name, if just one; a role that names none may be at
    // any the person works for ("Elon Musk, the chief technology officer"): compared with
    // nothing.
    let mut organisations: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for &(_, c, person, _) in &roles {
        if let Some(o) = c.frame.object.as_deref() {
            organisations.entry(person).or_default().insert(o);
        }
    }
    let organisation = |person: &str, c: &Claim| -> Option<String> {
        match (c.frame.object.as_deref(), organisations.get(person)) {
            (Some(o), _) => Some(o.to_string()),
            (None, Some(known)) if at_the_company(c) && known.len() == 1 => known.first().map(|o| o.to_string()),
            _ => None,
        }
    };
    // The people whose offices change in the story, at an organisation or at any (none named).
    let mut changing: BTreeSet<(&str, String)> = BTreeSet::new();
    for &(_, c, person, _) in &roles {
        if !current(c) {
            changing.insert((person, c.frame.object.clone().unwrap_or_default()));
        }
    }
    // (person, organisation) -> office -> claims; and each source's offices there.
    let mut held: BTreeMap<(&str, String), BTreeMap<&str, Vec<usize>>> = BTreeMap::new();
    let mut by_source: BTreeMap<(&str, String, usize), BTreeSet<&str>> = BTreeMap::new();
    for &(i, c, person, office) in &roles {
        if !current(c) {
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

/// A role told as held now: not as past, as another post, nor beside a change.
fn current(c: &Claim) -> bool {
    !c.frame.qualifiers.iter().any(|q| NOT_CURRENT.contains(&q.as_str()))
}

/// A role at "the company" or "its" that its sentence does not name.
fn at_the_company(c: &Claim) -> bool {
    c.frame.qualifiers.iter().any(|q| q == THE_COMPANY)
}
