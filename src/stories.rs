//! Stories: a corpus (a newsroom's archive) holds many stories, and a claim is compared only
//! with claims of its own story. Two sources are one story's when they share at least
//! `SHARED_NAMES` names and were published at most `WINDOW_DAYS` apart (or either has no date
//! of its own); stories chain ("Monday's piece shares its cast with Tuesday's, Tuesday's with
//! Wednesday's"). A source that shares so much with none (a brief naming one company) joins
//! the source it shares its rarest name with, the nearest in date within the window; one that
//! shares no name at all joins the corpus's story when there is only one.
//!
//! Cost is linear in the names the sources use: each source is paired, for each of its names,
//! with the next `NEIGHBOURS` sources in date order that use the name, never with all of them
//! (a wire's name in every article of an archive would make that quadratic).

use std::collections::{BTreeMap, BTreeSet, HashMap};

use jiff::civil::Date;
use petgraph::unionfind::UnionFind;

use crate::value::days_since_epoch;

/// Names two sources must share to be read as one story's.
pub const SHARED_NAMES: usize = 2;
/// The most days between two linked sources' own dates: a story's coverage runs for weeks,
/// chained from piece to piece.
pub const WINDOW_DAYS: i64 = 31;
/// How many later users of a name each source is paired with.
const NEIGHBOURS: usize = 16;
/// A name more than a sixteenth of the sources use (and more than `COMMON_MIN`) is common to
/// many stories ("Reuters", a capitalised word the archive never writes in lower case): it
/// links none. A corpus of one story, whose names all its sources use, then links nothing and
/// is one story by the rule for sources that share no name.
const COMMON_SHARE: usize = 16;
const COMMON_MIN: usize = 64;

/// The sources that use each name (compared without case), each source once, in order.
pub fn users_by_name(names: &[BTreeSet<String>]) -> BTreeMap<String, Vec<usize>> {
    let mut users: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, set) in names.iter().enumerate() {
        for name in set {
            let list = users.entry(name.to_lowercase()).or_default();
            if list.last() != Some(&i) {
                list.push(i);
            }
        }
    }
    users
}

/// The sources of a corpus grouped into stories.
#[derive(Clone, Debug, PartialEq)]
pub struct Stories {
    /// The story of each source, numbered from 0 in the order of each story's first source.
    pub of_source: Vec<usize>,
    /// Each story's name: the name most of its sources use.
    pub names: Vec<String>,
}

impl Stories {
    /// Every source in one story (comparisons across the whole corpus).
    pub fn one(sources: usize) -> Stories {
        Stories {
            of_source: vec![0; sources],
            names: vec![String::new()],
        }
    }

    pub fn count(&self) -> usize {
        self.names.len()
    }

    /// Group sources by the names each uses (written as found; compared without case) and
    /// the date each was published, if it has one of its own.
    pub fn group(names: &[BTreeSet<String>], dates: &[Option<Date>]) -> Stories {
        let n = names.len();
        let day = |i: usize| dates.get(i).copied().flatten().map(|d| days_since_epoch(d) as i64);
        let within = |a: usize, b: usize| match (day(a), day(b)) {
            (Some(x), Some(y)) => (x - y).abs() <= WINDOW_DAYS,
            _ => true,
        };
        let mut users = users_by_name(names);
        // Each name's users in date order (undated ones first, by index): neighbours in that
        // order are the candidates.
        let mut shared: HashMap<(usize, usize), (usize, usize)> = HashMap::new();
        let common = COMMON_MIN.max(n / COMMON_SHARE);
        for list in users.values_mut().filter(|list| list.len() <= common) {
            list.sort_by_key(|&i| (day(i), i));
            let uses = list.len();
            for (k, &a) in list.iter().enumerate() {
                for &b in list.iter().skip(k + 1).take(NEIGHBOURS) {
                    if within(a, b) {
                        let entry = shared.entry((a.min(b), a.max(b))).or_insert((0, usize::MAX));
                        entry.0 += 1;
                        entry.1 = entry.1.min(uses);
                    }
                }
            }
        }
        let mut pairs: Vec<((usize, usize), (usize, usize))> = shared.into_iter().collect();
        pairs.sort_unstable();
        let mut sets = UnionFind::new(n);
        let mut linked = vec![false; n];
        for &((a, b), (count, _)) in &pairs {
            if count >= SHARED_NAMES {
                sets.union(a, b);
                for i in [a, b] {
                    if let Some(l) = linked.get_mut(i) {
                        *l = true;
                    }
                }
            }
        }
        // A source linked to none joins the one it shares its rarest name with, the nearest in
        // date of those: a story's coverage clusters around its event, and a name (an agency's
        // spokesman, a company) recurs in other stories weeks apart.
        let apart = |a: usize, b: usize| match (day(a), day(b)) {
            (Some(x), Some(y)) => (x - y).abs(),
            _ => WINDOW_DAYS + 1,
        };
        let mut rarest: Vec<Option<(usize, i64, usize)>> = vec![None; n];
        for &((a, b), (_, uses)) in &pairs {
            let days = apart(a, b);
            for (me, other) in [(a, b), (b, a)] {
                if let Some(slot) = rarest.get_mut(me) {
                    if slot.is_none_or(|best| (uses, days, other) < best) {
                        *slot = Some((uses, days, other));
                    }
                }
            }
        }
        for (i, best) in rarest.iter().enumerate() {
            if let (false, Some((_, _, other))) = (linked.get(i).copied().unwrap_or(true), best) {
                sets.union(i, *other);
            }
        }
        // A source that shares no name with any other may belong anywhere. In a corpus of one
        // story (five articles on one event, two sources of a rule example) it is that
        // story's; among many, it is a story of its own.
        let alone: Vec<usize> = (0..n).filter(|&i| rarest.get(i).is_some_and(Option::is_none)).collect();
        let mut sizes: BTreeMap<usize, usize> = BTreeMap::new();
        for i in 0..n {
            *sizes.entry(sets.find(i)).or_default() += 1;
        }
        let mut told = sizes.iter().filter(|&(_, &size)| size > 1).map(|(&root, _)| root);
        if let (first, None) = (told.next(), told.next()) {
            for &i in &alone {
                sets.union(i, first.or(alone.first().copied()).unwrap_or(i));
            }
        }
        // Number stories by their first source.
        let mut number: BTreeMap<usize, usize> = BTreeMap::new();
        let of_source: Vec<usize> = (0..n)
            .map(|i| {
                let next = number.len();
                *number.entry(sets.find(i)).or_insert(next)
            })
            .collect();
        let mut members: Vec<Vec<&BTreeSet<String>>> = vec![Vec::new(); number.len()];
        for (i, set) in names.iter().enumerate() {
            if let Some(m) = of_source.get(i).and_then(|&s| members.get_mut(s)) {
                m.push(set);
            }
        }
        let names = members
            .iter()
            .map(|sets| most_used(sets.iter().map(|s| s.iter())))
            .collect();
        Stories { of_source, names }
    }
}

/// A story's name: the name most of its sources use (`sources` gives each source's names,
/// each once), the first in alphabetical order of those used most.
pub fn most_used<'a, S: Iterator<Item = &'a String>>(sources: impl Iterator<Item = S>) -> String {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for names in sources {
        for name in names {
            *counts.entry(name).or_default() += 1;
        }
    }
    counts
        .iter()
        .max_by_key(|&(name, k)| (*k, std::cmp::Reverse(*name)))
        .map(|(name, _)| name.to_string())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(names: &[&str]) -> BTreeSet<String> {
        names.iter().map(|n| n.to_string()).collect()
    }

    fn day(s: &str) -> Option<Date> {
        s.parse().ok()
    }

    /// Sources sharing two names within the window are one story; a brief sharing only its
    /// rarest name joins it; a piece that shares only a common name with another story, or
    /// shares names but months later, is another story.
    #[test]
    fn sources_group_by_shared_names_and_dates() {
        let names = [
            set(&["Corvane", "Maria Okafor", "Reuters"]),
            set(&["Corvane", "Maria Okafor", "Lisbon"]),
            set(&["Corvane", "Reuters"]),
            set(&["Halvora", "Jonas Ng", "Reuters"]),
            set(&["Halvora", "Jonas Ng"]),
            set(&["Corvane", "Maria Okafor"]),
        ];
        let dates = [
            day("2031-03-02"),
            day("2031-03-03"),
            day("2031-03-04"),
            day("2031-03-03"),
            None,
            day("2031-09-20"),
        ];
        let stories = Stories::group(&names, &dates);
        assert_eq!(stories.of_source, [0, 0, 0, 1, 1, 2]);
        assert_eq!(stories.names, ["Corvane", "Halvora", "Corvane"]);
    }

    /// A brief naming only one person joins the nearest-dated source that names them: the
    /// agency head quoted on one earthquake is quoted on another three weeks earlier.
    #[test]
    fn a_brief_joins_the_nearest_source_sharing_its_name() {
        let names = [
            set(&["Kessin", "Victor Vogel"]),
            set(&["Kessin", "Victor Vogel"]),
            set(&["Victor Vogel"]),
            set(&["Victor Vogel"]),
        ];
        let dates = [
            day("2030-10-17"),
            day("2030-10-18"),
            day("2030-11-04"),
            day("2030-11-02"),
        ];
        assert_eq!(Stories::group(&names, &dates).of_source, [0, 0, 1, 1]);
    }

    /// Sources that share no name join the corpus's one story (two sources of a rule
    /// example, five articles on one event); among several stories they stay apart.
    #[test]
    fn sources_sharing_no_name_join_the_only_story() {
        let dates = [day("2031-03-02"); 4];
        let one = [
            set(&["Corvane", "Maria Okafor"]),
            set(&["Corvane", "Maria Okafor"]),
            set(&[]),
            set(&["Lisbon"]),
        ];
        assert_eq!(Stories::group(&one, &dates).of_source, [0, 0, 0, 0]);
        assert_eq!(Stories::group(&[set(&[]), set(&[])], &dates[..2]).of_source, [0, 0]);
        let two = [
            set(&["Corvane", "Maria Okafor"]),
            set(&["Corvane", "Maria Okafor"]),
            set(&["Halvora", "Jonas Ng"]),
            set(&["Halvora", "Jonas Ng"]),
            set(&[]),
        ];
        assert_eq!(Stories::group(&two, &[day("2031-03-02"); 5]).of_source, [0, 0, 1, 1, 2]);
    }

    /// The grouping does not depend on the order names were found in, only on the sources'
    /// order, and is the same run after run.
    #[test]
    fn grouping_is_deterministic() {
        let names: Vec<BTreeSet<String>> = (0..200)
            .map(|i| set(&[&format!("Company {}", i / 5), &format!("Person {}", i / 5), "Reuters"]))
            .collect();
        let dates: Vec<Option<Date>> = (0..200).map(|i| day(&format!("2031-01-{:02}", 1 + i % 28))).collect();
        let first = Stories::group(&names, &dates);
        assert_eq!(first.count(), 40);
        assert_eq!(first, Stories::group(&names, &dates));
    }
}
