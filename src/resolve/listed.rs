//! Lists told in parallel: "Scotland and Northern Ireland voted 62% and 56% Remain", "the
//! gaming and visualization units fell 38 and 31 percent, respectively". The n-th figure of a
//! list is the n-th name's. Each figure is framed in a view of its sentence with the other
//! names and figures blanked out ("Scotland voted 62% Remain"), so every rule that frames a
//! figure applies as if the sentence told that one alone.

use crate::extract::Mention;
use crate::rules::Kind;
use crate::value::{Unit, Value};

/// What joins the members of a list.
const JOINTS: [&str; 3] = [", and ", " and ", ", "];

/// A sentence seen as if it told one member of its parallel lists alone.
pub(super) struct ListView {
    /// The sentence with the other members and the lists' joints blanked out (spaces, so
    /// every byte offset still holds).
    pub sentence: String,
    /// The byte ranges blanked out.
    pub blanked: Vec<(usize, usize)>,
}

impl ListView {
    /// `sentence` with the byte ranges `blanked` made spaces.
    fn new(sentence: &str, blanked: Vec<(usize, usize)>) -> ListView {
        let mut text = sentence.to_string();
        for &(start, end) in &blanked {
            text.replace_range(start..end, &" ".repeat(end - start));
        }
        ListView {
            sentence: text,
            blanked,
        }
    }
}

/// The view of `sentence` for the figure `m` when it is one of a list of figures of its kind
/// ("62% and 56%") that follows a list of as many names or parts ("Scotland and Northern
/// Ireland"; `items` gives the byte spans of the sentence's names and parts, sorted), with
/// no other figure between the two lists. `all` are the sentence's mentions, sorted.
pub(super) fn view(
    sentence: &str,
    m: &Mention,
    all: &[Mention],
    items: impl FnOnce() -> Vec<(usize, usize)>,
) -> Option<ListView> {
    let figures = figure_list(sentence, m, all)?;
    let first = figures.first()?.0;
    let names = name_list(sentence, &items(), first, figures.len())?;
    let between_lists = (names.last()?.1, first);
    if all
        .iter()
        .any(|t| !t.kind.is_time() && t.start >= between_lists.0 && t.end <= between_lists.1)
    {
        return None;
    }
    let nth = figures.iter().position(|&(s, _)| s == m.start)?;
    let mut blanked = Vec::new();
    for list in [&names, &figures] {
        for (i, &(start, end)) in list.iter().enumerate() {
            // The joint after each member but the last.
            let joint_end = list.get(i + 1).map_or(end, |next| next.0);
            if i == nth {
                blanked.push((end, joint_end));
            } else {
                blanked.push((start, joint_end));
            }
        }
    }
    // "rose 3% and 5%, respectively, from a year earlier": the word (and its commas) is the
    // list's too, so what follows it frames each figure.
    let last = figures.last()?.1;
    let after = &sentence[last..];
    if let Some(word) = after
        .find("respectively")
        .filter(|&at| after[..at].trim_matches([',', ' ']).is_empty())
    {
        let end = last + word + "respectively".len();
        let end = if sentence[end..].starts_with(',') { end + 1 } else { end };
        blanked.push((last, end));
    }
    Some(ListView::new(sentence, blanked))
}

/// The view of `sentence` for a count `m` that counts no noun of its own, told in a gapped list
/// after a first figure: "the CDU will receive 208 seats, the AfD 151, the SPD 121", "the CDU
/// holds the most seats (164), followed by the AfD (152), SPD (120)", "AfD — 151". Each member
/// is a name and its figure, right after it or past a dash, a colon or a bracket; the first
/// member's words tell what all of them count. The view blanks the first figure, the name
/// nearest before it, the other members and the joints, so `m` reads as "the ... will receive
/// ... seats ... AfD 151". `names` are the byte spans of the sentence's names, sorted.
pub(super) fn gapped(sentence: &str, m: &Mention, all: &[Mention], names: &[(usize, usize)]) -> Option<ListView> {
    let bare = |t: &Mention| matches!(&t.value, Value::Amount { unit: Unit::Count(noun), .. } if noun.is_empty());
    if m.kind != Kind::Count || !bare(m) {
        return None;
    }
    // The members from `m` back to the second, as (name, figure); then the first figure.
    let mut members: Vec<((usize, usize), (usize, usize))> = Vec::new();
    let mut figure = (m.start, m.end);
    let head = loop {
        let name = member_name(sentence, figure.0, names)?;
        members.push((name, figure));
        let previous = all.iter().rfind(|t| t.kind == m.kind && t.end <= name.0)?;
        if !gap_joint(&sentence[previous.end..name.0]) {
            return None;
        }
        let previous_span = (previous.start, previous.end);
        match member_name(sentence, previous.start, names) {
            Some(_) if bare(previous) && all.iter().any(|t| t.kind == m.kind && t.end <= previous.start) => {
                figure = previous_span;
            }
            _ => break previous_span,
        }
    };
    let own = members.first()?;
    let mut blanked = vec![head];
    if let Some(&name) = names.iter().rfind(|&&(_, e)| e <= head.0) {
        blanked.push(name);
    }
    // Everything from the first figure's words to `m`'s name but the first member's noun: the
    // joints and the other members (their brackets too).
    let members_start = members.last().map_or(own.0 .0, |(name, _)| name.0);
    let first_words_end = head.1 + sentence[head.1..members_start].find([',', ')', '—', '–']).unwrap_or(0);
    blanked.push((first_words_end, own.0 .0));
    // `m`'s own bracket or dash.
    blanked.push((own.0 .1, own.1 .0));
    // The members after `m`, with the joints before them.
    let mut end = m.end;
    for next in all.iter().filter(|t| t.kind == m.kind && t.start >= m.end) {
        let Some(name) = member_name(sentence, next.start, names).filter(|name| name.0 >= end) else {
            break;
        };
        if !gap_joint(&sentence[end..name.0]) || !bare(next) {
            break;
        }
        blanked.push((end, next.end));
        end = next.end;
    }
    if sentence[end..].starts_with(')') {
        blanked.push((end, end + 1));
    }
    Some(ListView::new(sentence, blanked))
}

/// The name right before a list member's figure at `at`: joined by spaces, or past a dash, a
/// colon or an opening bracket ("the AfD 151", "AfD — 151", "the AfD (152)").
fn member_name(sentence: &str, at: usize, names: &[(usize, usize)]) -> Option<(usize, usize)> {
    names.iter().copied().rfind(|&(_, e)| e <= at).filter(|&(_, e)| {
        let between = sentence.get(e..at).unwrap_or("x");
        between
            .trim()
            .trim_matches(|c| matches!(c, '—' | '–' | '-' | ':' | '('))
            .is_empty()
            && between.chars().filter(|c| !c.is_whitespace()).count() <= 1
    })
}

/// What joins one member of a gapped list to the next: the first member's noun (up to two
/// words) or a closing bracket, then a comma or "and", perhaps "followed by", and "the".
fn gap_joint(joint: &str) -> bool {
    let rest = joint.trim_start_matches(')');
    let words: Vec<&str> = rest
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    let joined = rest.contains(',') || words.contains(&"and");
    let known = |w: &&str| matches!(*w, "and" | "followed" | "by" | "the" | "then" | "while");
    let others = words.iter().filter(|w| !known(w)).count();
    // The noun words come before the comma only.
    let before_comma = rest.split(',').next().unwrap_or("");
    let noun_words = before_comma.split_whitespace().filter(|w| !known(w)).count();
    joined && others == noun_words && noun_words <= 2
}

/// The list of figures of `m`'s kind that `m` is one of, as byte spans: two or more, each
/// joined to the next by "and" or a comma alone.
fn figure_list(sentence: &str, m: &Mention, all: &[Mention]) -> Option<Vec<(usize, usize)>> {
    let same: Vec<(usize, usize)> = all
        .iter()
        .filter(|t| t.kind == m.kind)
        .map(|t| (t.start, t.end))
        .collect();
    runs(sentence, &same)
        .into_iter()
        .find(|run| run.iter().any(|&(s, _)| s == m.start))
        .filter(|run| run.len() >= 2)
}

/// The last list of exactly `count` names before `before`, each joined to the next by "and" or
/// a comma alone.
fn name_list(sentence: &str, items: &[(usize, usize)], before: usize, count: usize) -> Option<Vec<(usize, usize)>> {
    let before_figures: Vec<(usize, usize)> = items.iter().copied().filter(|&(_, e)| e <= before).collect();
    runs(sentence, &before_figures)
        .into_iter()
        .rev()
        .find(|run| run.len() == count)
}

/// `spans` (sorted) cut into runs whose members are joined by "and" or a comma alone.
fn runs(sentence: &str, spans: &[(usize, usize)]) -> Vec<Vec<(usize, usize)>> {
    let mut runs: Vec<Vec<(usize, usize)>> = Vec::new();
    for &span in spans {
        match runs.last_mut() {
            Some(run)
                if run
                    .last()
                    .is_some_and(|&(_, end)| sentence.get(end..span.0).is_some_and(|j| JOINTS.contains(&j))) =>
            {
                run.push(span)
            }
            _ => runs.push(vec![span]),
        }
    }
    runs
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::Kind;
    use crate::value::{Interval, Unit, Value};

    fn percent(sentence: &str, text: &str) -> Mention {
        let start = sentence.find(text).unwrap_or_default();
        Mention {
            kind: Kind::Percent,
            start,
            end: start + text.len(),
            value: Value::Amount {
                value: 0.0,
                interval: Interval::exact(0.0),
                unit: Unit::Percent,
                hedge: None,
            },
            weekday: None,
            no_such_day: false,
        }
    }

    fn span(sentence: &str, text: &str) -> (usize, usize) {
        let start = sentence.find(text).unwrap_or(0);
        (start, start + text.len())
    }

    #[test]
    fn the_nth_figure_is_seen_with_the_nth_name_alone() {
        let s = "Scotland and Northern Ireland voted 62% and 56% Remain.";
        let all = [percent(s, "62%"), percent(s, "56%")];
        let items = [span(s, "Scotland"), span(s, "Northern Ireland")];
        let first = view(s, &all[0], &all, || items.to_vec()).map(|v| v.sentence);
        let second = view(s, &all[1], &all, || items.to_vec()).map(|v| v.sentence);
        let squeeze = |v: Option<String>| v.map(|t| t.split_whitespace().collect::<Vec<_>>().join(" "));
        assert_eq!(squeeze(first).as_deref(), Some("Scotland voted 62% Remain."));
        assert_eq!(squeeze(second).as_deref(), Some("Northern Ireland voted 56% Remain."));
    }

    #[test]
    fn lists_of_different_lengths_or_apart_are_not_parallel() {
        let s = "Scotland, Wales and Northern Ireland voted 62% and 56% Remain.";
        let all = [percent(s, "62%"), percent(s, "56%")];
        let items = [span(s, "Scotland"), span(s, "Wales"), span(s, "Northern Ireland")];
        assert!(view(s, &all[0], &all, || items.to_vec()).is_none());
        let s = "Scotland and Wales gave 5% of seats, and 62% and 56% voted.";
        let all = [percent(s, "5%"), percent(s, "62%"), percent(s, "56%")];
        let items = [span(s, "Scotland"), span(s, "Wales")];
        assert!(view(s, &all[1], &all, || items.to_vec()).is_none());
    }
}
