//! Quotes across sources: two quotations that share a run of words are one quote told by
//! both. Aligned word by word, the same words agree; one inside the other (a cut at either
//! end, or inside where the shorter marks it with an ellipsis) refines; words changed (with at
//! least three kept for each one changed) or added inside conflict (a misquote); the same
//! words given to two different speakers conflict (a misattribution). Each quote is one finding: its
//! versions (the wordings that agree) as value groups.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use petgraph::unionfind::UnionFind;
use similar::{capture_diff_slices, Algorithm, DiffOp};

use super::Dispute;
use crate::graph::{ClaimGraph, Link};
use crate::resolve::Claim;
use crate::rules::{Check, Kind, Rule};
use crate::value::{Interval, Relation, Value};

/// A run of words shared by more quotes than this is boilerplate, not one quote.
const COMMON_RUN: usize = 64;

/// Verbs as spoken and as reported speech moves them back a tense ("dawn is breaking",
/// saying that "dawn was breaking").
const BACKSHIFT: [(&str, &str); 11] = [
    ("is", "was"),
    ("am", "was"),
    ("are", "were"),
    ("will", "would"),
    ("can", "could"),
    ("may", "might"),
    ("shall", "should"),
    ("has", "had"),
    ("have", "had"),
    ("do", "did"),
    ("does", "did"),
];

/// The thresholds of a quote-words rule, from its `[check]` table (documented in
/// rules/CC106-quote-mismatch.toml); a field the table leaves out takes the value below.
#[derive(Clone, Copy, Debug)]
pub struct Thresholds {
    /// The share of the shorter quote's words the longer must hold, in order.
    similarity: f64,
    /// The fewest words two quotes must share in one unbroken run to be compared.
    shared_run: usize,
    /// Words kept the same for each word changed, when words change in several places.
    kept_per_change: f64,
    /// The same, when they change in one place ("collaborating to figure" for
    /// "collaboratively working").
    kept_per_change_in_one_place: f64,
    /// Words this long whose spellings are this alike are one word (a typo, British and
    /// American spelling).
    typo_length: usize,
    typo_similarity: f64,
}

impl Thresholds {
    const DEFAULT: Thresholds = Thresholds {
        similarity: 0.6,
        shared_run: 3,
        kept_per_change: 3.0,
        kept_per_change_in_one_place: 1.5,
        typo_length: 6,
        typo_similarity: 0.85,
    };

    /// For messages about two quotes already found to be one: how their words line up,
    /// however few they share.
    const MESSAGES: Thresholds = Thresholds {
        similarity: 0.0,
        ..Thresholds::DEFAULT
    };

    fn of(spec: &Check) -> Thresholds {
        let d = Thresholds::DEFAULT;
        Thresholds {
            similarity: spec.similarity.unwrap_or(d.similarity),
            shared_run: spec.shared_run.unwrap_or(d.shared_run).max(1),
            kept_per_change: spec.kept_per_change.unwrap_or(d.kept_per_change),
            kept_per_change_in_one_place: spec
                .kept_per_change_in_one_place
                .unwrap_or(d.kept_per_change_in_one_place),
            typo_length: spec.typo_length.unwrap_or(d.typo_length),
            typo_similarity: spec.typo_similarity.unwrap_or(d.typo_similarity),
        }
    }
}

/// How two quotations' words line up.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Fit {
    Same,
    /// One holds the other: a cut.
    Inside,
    /// One holds the other where it marks a cut ("...").
    MarkedCut,
    /// Each goes on past the other at one end: two cuts of one quote.
    Overlap,
    /// Words changed, added or dropped inside the shared part.
    Changed,
    /// Words changed in a version set in reported speech whose verbs the reporter moved back
    /// a tense: the other changes may be the reporter's too, not a misquote.
    Adapted,
}

fn words(c: &Claim) -> Vec<&str> {
    match &c.value {
        Value::Quote { words } => words.split(' ').collect(),
        _ => Vec::new(),
    }
}

/// Whether two speakers' names may be one person's: the same, or one the other's last words
/// ("Ada Brennan", "Mayor Ada Brennan", "Brennan").
fn same_speaker(x: &str, y: &str) -> bool {
    let (short, long) = if x.len() <= y.len() { (x, y) } else { (y, x) };
    long.strip_suffix(short)
        .is_some_and(|rest| rest.is_empty() || rest.ends_with(' '))
}

/// Whether the quotation as written marks a cut inside it ("...", "…"): one at its start or
/// end says only that the quote goes on.
fn marks_a_cut(c: &Claim) -> bool {
    let ends = |ch: char| ch == '.' || ch == '…' || ch.is_whitespace() || !ch.is_alphanumeric();
    let inner = c.text.trim_matches(ends);
    inner.contains("...") || inner.contains('…')
}

/// Whether a quotation stands in reported speech, right after "that" ("saying that “dawn
/// was breaking on an independent United Kingdom”"), where a reporter fits the speaker's
/// words to the sentence.
fn reported(c: &Claim) -> bool {
    let before = c.sentence.get(..c.at).unwrap_or_default();
    before
        .trim_end_matches(|ch: char| !ch.is_alphanumeric())
        .rsplit(|ch: char| !ch.is_alphanumeric())
        .next()
        .is_some_and(|w| w.eq_ignore_ascii_case("that"))
}

/// The `len` words of `w` from `from`.
fn part<'a, 'b>(w: &'a [&'b str], from: usize, len: usize) -> &'a [&'b str] {
    w.get(from..from + len).unwrap_or_default()
}

/// Whether `spoken` writes a verb that `told` moves back a tense (BACKSHIFT).
fn backshifted(spoken: &[&str], told: &[&str]) -> bool {
    BACKSHIFT
        .iter()
        .any(|(now, then)| spoken.contains(now) && told.contains(then))
}

/// Whether words `a` writes at `(from, len)` and `b` writes in their place are one word
/// spelled two ways or mistyped ("judgment", "judgement"), or the same letters spaced
/// otherwise ("open ai", "openai").
fn alike(
    a: &[&str],
    (a_from, a_len): (usize, usize),
    b: &[&str],
    (b_from, b_len): (usize, usize),
    t: &Thresholds,
) -> bool {
    let joined = |w: &[&str], from: usize, len: usize| part(w, from, len).concat();
    let (x, y) = (joined(a, a_from, a_len), joined(b, b_from, b_len));
    x == y
        || american(&x) == american(&y)
        || x.chars().count().min(y.chars().count()) >= t.typo_length
            && strsim::normalized_levenshtein(&x, &y) >= t.typo_similarity
}

/// A word in American spelling, as outlets on either side of the Atlantic print one quote:
/// "centre" and "center", "labour" and "labor", "realised" and "realized", "analyse" and
/// "analyze", "programme" and "program", "defence" and "defense". (Not "-ll-" before "-ed": "filled" is no "filed".)
fn american(word: &str) -> String {
    const ENDINGS: &[(&str, &str)] = &[
        ("tres", "ters"),
        ("tre", "ter"),
        ("isation", "ization"),
        ("isations", "izations"),
        ("ise", "ize"),
        ("ised", "ized"),
        ("ises", "izes"),
        ("ising", "izing"),
        ("amme", "am"),
        ("ammes", "ams"),
        ("yse", "yze"),
        ("ysed", "yzed"),
        ("ysing", "yzing"),
    ];
    const WHOLE: &[(&str, &str)] = &[
        ("defence", "defense"),
        ("offence", "offense"),
        ("licence", "license"),
        ("pretence", "pretense"),
    ];
    if let Some((_, us)) = WHOLE.iter().find(|(uk, _)| *uk == word) {
        return (*us).to_string();
    }
    // "-our" in a word of six letters or more ("labour", "colour", "behaviour"; not "four",
    // "tour", "your").
    if word.len() >= 6 {
        for (uk, us) in [("our", "or"), ("ours", "ors"), ("oured", "ored"), ("ouring", "oring")] {
            if let Some(stem) = word.strip_suffix(uk) {
                return format!("{stem}{us}");
            }
        }
    }
    ENDINGS
        .iter()
        .filter(|(uk, _)| word.len() > uk.len() + 2)
        .find_map(|(uk, us)| word.strip_suffix(uk).map(|stem| format!("{stem}{us}")))
        .unwrap_or_else(|| word.to_string())
}

/// How `a` and `b` line up, or `None` when they share too little to be one quote: fewer
/// than `similarity` of the shorter one's words. A verb one of them, set in reported speech,
/// moves back a tense is the same verb ("is", "was"); any other change in it is `Adapted`.
fn fit(a: &Claim, b: &Claim, t: &Thresholds) -> Option<Fit> {
    let (wa, wb) = (words(a), words(b));
    let (told_a, told_b) = (reported(a), reported(b));
    // Whether the words `b` writes in place of `a`'s (or `a` in place of `b`'s) move a verb
    // back a tense in the version set in reported speech.
    let shifted = |old: &[&str], new: &[&str]| told_b && backshifted(old, new) || told_a && backshifted(new, old);
    let ops = capture_diff_slices(Algorithm::Myers, &wa, &wb);
    let matched: usize = ops
        .iter()
        .map(|op| match op {
            DiffOp::Equal { len, .. } => *len,
            _ => 0,
        })
        .sum();
    let shorter = wa.len().min(wb.len());
    if shorter == 0 || (matched as f64) < t.similarity * shorter as f64 {
        return None;
    }
    // The same words, but for a spelling or a space ("judgement", "open ai"), or a verb
    // reported speech moved back a tense ("is", "was").
    let respelled = |op: &DiffOp| match *op {
        DiffOp::Equal { .. } => true,
        DiffOp::Replace {
            old_index,
            old_len,
            new_index,
            new_len,
        } => {
            alike(&wa, (old_index, old_len), &wb, (new_index, new_len), t)
                || old_len == 1 && new_len == 1 && shifted(part(&wa, old_index, 1), part(&wb, new_index, 1))
        }
        _ => false,
    };
    if ops.iter().all(respelled) {
        return Some(Fit::Same);
    }
    let equal = |op: &DiffOp| matches!(op, DiffOp::Equal { .. });
    let first = ops.iter().position(equal)?;
    let last = ops.iter().rposition(equal)?;
    // Past the shared part, both sides going on with other words diverge ("in the first
    // [-year-] [+decade+]"): a change as long as the longer side; one side going on is a cut,
    // and the same letters spaced otherwise are no change ("with AlHilal", "with Al-Hilal").
    let diverging = |ends: &[DiffOp]| {
        let (mut old, mut new) = (0, 0);
        let (mut old_words, mut new_words) = (String::new(), String::new());
        for op in ends {
            let (old_range, new_range) = (op.old_range(), op.new_range());
            if !matches!(op, DiffOp::Equal { .. }) {
                old += old_range.len();
                new += new_range.len();
                old_words.extend(wa.get(old_range).unwrap_or_default().iter().copied());
                new_words.extend(wb.get(new_range).unwrap_or_default().iter().copied());
            }
        }
        if old > 0 && new > 0 && old_words != new_words {
            old.max(new)
        } else {
            0
        }
    };
    let ends = diverging(ops.get(..first).unwrap_or_default()) + diverging(ops.get(last + 1..).unwrap_or_default());
    let inner = ops.get(first..=last).unwrap_or_default();
    // Inside the shared part: words one side leaves out are a cut (outlets cut quotes without
    // marking it); words both sides write differently are a change, unless they are the same
    // letters spaced otherwise ("open ai", "openai").
    let mut same = 0;
    let mut changed = ends;
    // How many places the words change in.
    let mut changes = usize::from(diverging(ops.get(..first).unwrap_or_default()) > 0)
        + usize::from(diverging(ops.get(last + 1..).unwrap_or_default()) > 0);
    // Words only `a` (only `b`) has, inside the shared part.
    let (mut only_a, mut only_b) = (false, false);
    // Whether a verb moved back a tense shows the words were fitted to reported speech.
    let mut adapted = false;
    for op in inner {
        match *op {
            DiffOp::Equal { len, .. } => same += len,
            DiffOp::Replace {
                old_index,
                old_len,
                new_index,
                new_len,
            } => {
                let shift = shifted(part(&wa, old_index, old_len), part(&wb, new_index, new_len));
                adapted |= shift;
                let one_verb = shift && old_len == 1 && new_len == 1;
                if !one_verb && !alike(&wa, (old_index, old_len), &wb, (new_index, new_len), t) {
                    changed += old_len.max(new_len);
                    changes += 1;
                }
            }
            DiffOp::Delete { .. } => only_a = true,
            DiffOp::Insert { .. } => only_b = true,
        }
    }
    let misquote = if adapted { Fit::Adapted } else { Fit::Changed };
    if changed > 0 {
        // Mostly the same words: one quote misquoted ("collaborating to figure" for
        // "collaboratively working": one place, 3 words kept for 2 changed, is enough; changes
        // in several places need 3 kept for each). Mostly other words: two quotes that share a
        // phrase.
        let per = if changes == 1 {
            t.kept_per_change_in_one_place
        } else {
            t.kept_per_change
        };
        return (same as f64 >= per * changed as f64).then_some(misquote);
    }
    // Words one side has inside the other's: a cut when the shorter marks it ("...") or is
    // in fact one unbroken run of the longer (the alignment split it); otherwise words added
    // to the quote ("a sentence no other source has").
    let contained = |long: &[&str], short: &[&str]| long.windows(short.len()).any(|w| w == short);
    let added = |long: &[&str], short: &[&str], shorter: &Claim| !marks_a_cut(shorter) && !contained(long, short);
    if only_a && (only_b || added(&wa, &wb, b)) || only_b && added(&wb, &wa, a) {
        return Some(misquote);
    }
    if only_a && !contained(&wa, &wb) || only_b && !contained(&wb, &wa) {
        return Some(Fit::MarkedCut);
    }
    let (a_first, b_first) = match ops.get(first) {
        Some(DiffOp::Equal {
            old_index, new_index, ..
        }) => (*old_index, *new_index),
        _ => (0, 0),
    };
    let (a_end, b_end) = match ops.get(last) {
        Some(DiffOp::Equal {
            old_index,
            new_index,
            len,
        }) => (old_index + len, new_index + len),
        _ => (wa.len(), wb.len()),
    };
    let a_inside = a_first >= b_first && wa.len() - a_end >= wb.len() - b_end;
    let b_inside = b_first >= a_first && wb.len() - b_end >= wa.len() - a_end;
    Some(
        if a_first == 0 && a_end == wa.len() || b_first == 0 && b_end == wb.len() || a_inside || b_inside {
            Fit::Inside
        } else {
            Fit::Overlap
        },
    )
}

/// The changed words of `b` against `a`, with a few words around each change: "the next
/// [-models-] [+systems+] will".
pub fn word_diff(a: &Claim, b: &Claim) -> String {
    const AROUND: usize = 3;
    let (wa, wb) = (words(a), words(b));
    let ops = capture_diff_slices(Algorithm::Myers, &wa, &wb);
    let mut parts: Vec<String> = Vec::new();
    let slice = |w: &[&str], from: usize, len: usize| part(w, from, len).join(" ");
    let equal = |op: &DiffOp| matches!(op, DiffOp::Equal { .. });
    // Words past the shared part on one side only are a cut, not a change: left out.
    let (Some(shared_first), Some(shared_last)) = (ops.iter().position(equal), ops.iter().rposition(equal)) else {
        return String::new();
    };
    let one_sided = |ends: &[DiffOp]| {
        ends.iter().all(|op| matches!(op, DiffOp::Delete { .. }))
            || ends.iter().all(|op| matches!(op, DiffOp::Insert { .. }))
    };
    let from = if one_sided(ops.get(..shared_first).unwrap_or_default()) {
        shared_first
    } else {
        0
    };
    let to = if one_sided(ops.get(shared_last + 1..).unwrap_or_default()) {
        shared_last
    } else {
        ops.len().saturating_sub(1)
    };
    let changed = |(n, op): &(usize, &DiffOp)| *n >= from && *n <= to && !matches!(op, DiffOp::Equal { .. });
    let indexed: Vec<(usize, &DiffOp)> = ops.iter().enumerate().collect();
    let Some(first) = indexed.iter().position(changed) else {
        return String::new();
    };
    let last = indexed.iter().rposition(changed).unwrap_or(first);
    for (n, op) in ops
        .iter()
        .enumerate()
        .skip(first.saturating_sub(1))
        .take(last + 2 - first.saturating_sub(1))
    {
        if n < from || n > to {
            continue;
        }
        match *op {
            DiffOp::Equal { old_index, len, .. } => {
                let text = if n < first {
                    slice(&wa, old_index + len.saturating_sub(AROUND), len.min(AROUND))
                } else if n > last {
                    slice(&wa, old_index, len.min(AROUND))
                } else if len > 2 * AROUND {
                    format!(
                        "{} … {}",
                        slice(&wa, old_index, AROUND),
                        slice(&wa, old_index + len - AROUND, AROUND)
                    )
                } else {
                    slice(&wa, old_index, len)
                };
                parts.push(text);
            }
            DiffOp::Delete { old_index, old_len, .. } => parts.push(format!("[-{}-]", slice(&wa, old_index, old_len))),
            DiffOp::Insert { new_index, new_len, .. } => parts.push(format!("[+{}+]", slice(&wb, new_index, new_len))),
            DiffOp::Replace {
                old_index,
                old_len,
                new_index,
                new_len,
            } => {
                let (old, new) = (slice(&wa, old_index, old_len), slice(&wb, new_index, new_len));
                if alike(
                    &wa,
                    (old_index, old_len),
                    &wb,
                    (new_index, new_len),
                    &Thresholds::DEFAULT,
                ) {
                    parts.push(old);
                } else {
                    parts.push(format!("[-{old}-]"));
                    parts.push(format!("[+{new}+]"));
                }
            }
        }
    }
    parts.retain(|p| !p.is_empty());
    parts.join(" ")
}

/// The days the sentences of the sources state outside their quotes ("On Friday, he told BBC
/// Radio Tees: ..."): a quote's occasion. The same words on two days apart are two statements
/// ("There is no evidence of any significant release" at Tuesday's press conference, "There
/// was no significant release" on the radio on Friday), not one told two ways.
struct Occasions {
    /// Each source's dates, in its file.
    days: HashMap<usize, Vec<StatedDay>>,
}

/// A date of a source: the file bytes of the sentence it stands in, where it starts, its days.
type StatedDay = ((usize, usize), usize, Interval);

impl Occasions {
    fn new(claims: &[Claim]) -> Occasions {
        let mut days: HashMap<usize, Vec<StatedDay>> = HashMap::new();
        for c in claims.iter().filter(|c| c.kind == Kind::Date) {
            let start = c.span.0.saturating_sub(c.at);
            days.entry(c.source)
                .or_default()
                .push(((start, start + c.sentence.len()), c.span.0, c.value.interval()));
        }
        Occasions { days }
    }

    /// The days the sentence a quote opens in states outside the quote.
    fn of(&self, quote: &Claim) -> Vec<Interval> {
        let (start, end) = quote.span;
        self.days
            .get(&quote.source)
            .into_iter()
            .flatten()
            .filter(|((from, to), at, _)| *from <= start && start < *to && (*at < start || *at >= end))
            .map(|(_, _, days)| *days)
            .collect()
    }

    /// Whether both quotes' sentences state days, and none of one's is any of the other's.
    fn apart(&self, a: &Claim, b: &Claim) -> bool {
        let (x, y) = (self.of(a), self.of(b));
        !x.is_empty()
            && !y.is_empty()
            && !x
                .iter()
                .any(|d| y.iter().any(|e| d.relate(e, 0.0) != Relation::Conflict))
    }
}

/// Links quotes that are one quote and reports each disputed one.
pub fn check(rule: &Rule, spec: &Check, claims: &[Claim], graph: &mut ClaimGraph, disputes: &mut Vec<Dispute>) {
    let t = Thresholds::of(spec);
    let run = t.shared_run;
    let quotes: Vec<(usize, Vec<&str>)> = claims
        .iter()
        .enumerate()
        .filter(|(_, c)| spec.applies_to.contains(&c.kind))
        .map(|(i, c)| (i, words(c)))
        .filter(|(_, w)| w.len() >= run)
        .collect();
    // Blocking: quotes that share a run of words; never all pairs.
    let mut by_run: HashMap<Vec<&str>, Vec<usize>> = HashMap::new();
    for (i, w) in &quotes {
        let mut seen: BTreeSet<&[&str]> = BTreeSet::new();
        for window in w.windows(run) {
            if seen.insert(window) {
                by_run.entry(window.to_vec()).or_default().push(*i);
            }
        }
    }
    let occasions = Occasions::new(claims);
    let mut pairs: BTreeSet<(usize, usize)> = BTreeSet::new();
    for members in by_run.values().filter(|m| m.len() <= COMMON_RUN) {
        for (n, &a) in members.iter().enumerate() {
            for &b in members.iter().skip(n + 1) {
                let different = claims
                    .get(a)
                    .zip(claims.get(b))
                    .is_some_and(|(x, y)| x.source != y.source && !occasions.apart(x, y));
                if different {
                    pairs.insert((a.min(b), a.max(b)));
                }
            }
        }
    }
    let mut wording = UnionFind::new(claims.len());
    let mut attributed: Vec<(usize, usize)> = Vec::new();
    // Pairs of versions with words changed, and whether one was fitted to reported speech.
    let mut changed: Vec<(usize, usize, bool)> = Vec::new();
    let mut cuts: BTreeSet<(usize, usize)> = BTreeSet::new();
    for &(a, b) in &pairs {
        let (Some(ca), Some(cb)) = (claims.get(a), claims.get(b)) else {
            continue;
        };
        let Some(fit) = fit(ca, cb, &t) else { continue };
        let relation = match fit {
            Fit::Same | Fit::Overlap => Relation::Agree,
            Fit::Inside | Fit::MarkedCut => Relation::Refine,
            Fit::Changed => Relation::Conflict,
            Fit::Adapted => Relation::PossibleConflict,
        };
        if matches!(fit, Fit::Changed | Fit::Adapted) {
            changed.push((a, b, fit == Fit::Adapted));
        } else {
            if relation == Relation::Refine {
                cuts.insert((a.min(b), a.max(b)));
            }
            // Only the same words make one wording: a cut agrees with every version of the
            // words it keeps, and would join two versions that differ where it is silent.
            if fit == Fit::Same {
                wording.union(a, b);
            }
            if let (Some(x), Some(y)) = (&ca.frame.subject, &cb.frame.subject) {
                if !same_speaker(x, y) && !ca.frame.inferred && !cb.frame.inferred {
                    attributed.push((a, b));
                }
            }
        }
        graph.link(
            a,
            b,
            Link {
                relation,
                rule: rule.code.clone(),
                via: None,
            },
        );
    }
    // The versions of each wording: the claims that agree with it, the two compared first.
    let mut members: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (i, _) in &quotes {
        members.entry(wording.find(*i)).or_default().push(*i);
    }
    let version = |first: usize, root: usize| {
        let mut group = vec![first];
        group.extend(members.get(&root).into_iter().flatten().filter(|&&i| i != first));
        group
    };
    // One finding per two wordings a changed word sets apart: every pair of a finding's groups
    // is a disagreement, and a long quote's two parts are never set against each other through
    // a third. Longest versions first: a cut of one side that disagrees with the other side
    // the same way joins that side's group instead of making a finding of its own.
    let length = |i: usize| claims.get(i).map_or(0, |c| words(c).len());
    changed.sort_by_key(|&(a, b, _)| (std::cmp::Reverse(length(a) + length(b)), a, b));
    let cut_of = |x: usize, y: usize| cuts.contains(&(x.min(y), x.max(y)));
    // (the first pair, its groups, whether every pair of it may be the reporter's words)
    let mut found: Vec<(usize, usize, Vec<Vec<usize>>, bool)> = Vec::new();
    for (a, b, adapted) in changed {
        let (ra, rb) = (wording.find(a), wording.find(b));
        if ra == rb {
            continue;
        }
        let side = |x: usize, rx: usize, first: usize, root: usize| rx == root || cut_of(x, first);
        let known = found.iter_mut().find_map(|(p, q, groups, all_adapted)| {
            let (rp, rq) = (wording.find(*p), wording.find(*q));
            if side(a, ra, *p, rp) && side(b, rb, *q, rq) {
                Some((groups, all_adapted, a, b))
            } else if side(a, ra, *q, rq) && side(b, rb, *p, rp) {
                Some((groups, all_adapted, b, a))
            } else {
                None
            }
        });
        match known {
            Some((groups, all_adapted, x, y)) => {
                *all_adapted &= adapted;
                for (group, i) in groups.iter_mut().zip([x, y]) {
                    if !group.contains(&i) {
                        group.push(i);
                    }
                }
            }
            None => found.push((a, b, vec![version(a, ra), version(b, rb)], adapted)),
        }
    }
    for (_, _, mut groups, adapted) in found {
        if groups.get(1).map(Vec::len) > groups.first().map(Vec::len) {
            groups.swap(0, 1);
        }
        disputes.push(Dispute {
            rule: rule.code.clone(),
            relation: if adapted {
                Relation::PossibleConflict
            } else {
                Relation::Conflict
            },
            groups,
            via: None,
        });
    }
    // The same words given to two speakers: one finding per pair of speakers' versions.
    let mut by_speaker: BTreeMap<usize, Vec<(usize, usize)>> = BTreeMap::new();
    for (a, b) in attributed {
        by_speaker.entry(wording.find(a)).or_default().push((a, b));
    }
    for pairs in by_speaker.into_values() {
        let mut speakers: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
        for &(a, b) in &pairs {
            for i in [a, b] {
                if let Some(s) = claims.get(i).and_then(|c| c.frame.subject.as_deref()) {
                    let group = speakers.entry(s).or_default();
                    if !group.contains(&i) {
                        group.push(i);
                    }
                }
            }
        }
        let mut groups: Vec<Vec<usize>> = speakers.into_values().collect();
        for g in &mut groups {
            g.sort();
        }
        groups.sort_by(|x, y| y.len().cmp(&x.len()).then_with(|| x.cmp(y)));
        if let (Some(&a), Some(&b)) = (
            groups.first().and_then(|g| g.first()),
            groups.get(1).and_then(|g| g.first()),
        ) {
            graph.link(
                a,
                b,
                Link {
                    relation: Relation::Conflict,
                    rule: rule.code.clone(),
                    via: None,
                },
            );
        }
        disputes.push(Dispute {
            rule: rule.code.clone(),
            relation: Relation::Conflict,
            groups,
            via: None,
        });
    }
}

/// Why two quotations are held to be one quote: the words they share, in order, and who is
/// said to have spoken them.
pub fn same_quote(a: &Claim, b: &Claim) -> String {
    let (wa, wb) = (words(a), words(b));
    let shared: usize = capture_diff_slices(Algorithm::Myers, &wa, &wb)
        .iter()
        .map(|op| match op {
            DiffOp::Equal { len, .. } => *len,
            _ => 0,
        })
        .sum();
    let speaker = |c: &Claim| match (&c.frame.subject, c.frame.inferred) {
        (Some(s), false) => s.clone(),
        (Some(s), true) => format!("{s} (by a pronoun)"),
        (None, _) => "unknown".into(),
    };
    let retold = if matches!(fit(a, b, &Thresholds::MESSAGES), Some(Fit::Adapted)) {
        "; one version is set in reported speech (after \"that\") with a verb moved back a tense: \
         its other changed words may be the reporter's too"
    } else {
        ""
    };
    format!(
        "one quote: {shared} words in the same order (of {} and {}); speakers {} and {}{retold}",
        wa.len(),
        wb.len(),
        speaker(a),
        speaker(b)
    )
}

/// How one version of a quote differs from the longest one attested: the same words, a cut
/// (how many of its words it keeps), or its changed words.
pub fn against_longest(longest: &Claim, version: &Claim) -> String {
    let (wl, wv) = (words(longest), words(version));
    if wl == wv {
        return "the same words".into();
    }
    let kept = wl.windows(wv.len().max(1)).any(|w| w == wv.as_slice());
    if kept
        || matches!(
            fit(longest, version, &Thresholds::MESSAGES),
            Some(Fit::Inside | Fit::MarkedCut | Fit::Same)
        )
    {
        return format!("cut: {} of its {} words", wv.len(), wl.len());
    }
    word_diff(longest, version)
}

/// Why two quotations of one quote are held to differ: the changed words, or the speakers.
pub fn reason(a: &Claim, b: &Claim) -> String {
    let diff = word_diff(a, b);
    match (&a.frame.subject, &b.frame.subject) {
        (Some(x), Some(y))
            if !same_speaker(x, y)
                && !a.frame.inferred
                && !b.frame.inferred
                && !matches!(fit(a, b, &Thresholds::MESSAGES), Some(Fit::Changed | Fit::Adapted)) =>
        {
            format!("the same words given to {x} and to {y}")
        }
        _ if diff.is_empty() => "the same words".into(),
        _ => diff,
    }
}
