//! Clauses: a sentence's breaks (commas, semicolons, brackets, dashes, "but", "while", ...)
//! found once, so the clause around any figure is two binary searches. A flattened table is
//! one sentence with thousands of figures: scanning every break for every figure made it
//! cubic.

use regex::Regex;

use crate::extract::Mention;

/// One sentence's clause breaks, in order.
pub(super) struct Clauses<'a> {
    sentence: &'a str,
    /// Byte ranges of the breaks, sorted and disjoint (so their ends are sorted too).
    breaks: Vec<(usize, usize)>,
}

impl<'a> Clauses<'a> {
    /// The breaks of `sentence` that `clause_break` finds, less those inside a mention or one
    /// of the `unbroken` phrases (byte spans): a comma inside a date or a figure ("May 19,
    /// 2026", "2,000") breaks nothing, nor does "after" in "after the bell".
    pub(super) fn new(
        clause_break: &Regex,
        sentence: &'a str,
        mentions: &[Mention],
        unbroken: &[(usize, usize)],
    ) -> Clauses<'a> {
        let mut covered: Vec<(usize, usize)> = mentions.iter().map(|m| (m.start, m.end)).collect();
        covered.extend_from_slice(unbroken);
        covered.sort_unstable();
        // Merged into disjoint ranges, so one binary search says whether a byte is inside one.
        let mut merged: Vec<(usize, usize)> = Vec::with_capacity(covered.len());
        for (start, end) in covered {
            match merged.last_mut() {
                Some(last) if start <= last.1 => last.1 = last.1.max(end),
                _ => merged.push((start, end)),
            }
        }
        let inside_mention = |at: usize| {
            let after = merged.partition_point(|&(start, _)| start <= at);
            after > 0 && merged.get(after - 1).is_some_and(|&(_, end)| at < end)
        };
        let mut breaks: Vec<(usize, usize)> = clause_break
            .find_iter(sentence)
            .map(|b| (b.start(), b.end()))
            // A word's break takes the spaces around it: its last byte may be inside.
            .filter(|&(start, end)| !inside_mention(start) && !inside_mention(end.saturating_sub(1)))
            .filter(|&(start, end)| !between_coordinate_figures(sentence, mentions, start, end))
            .collect();
        let is = |&(start, end): &(usize, usize), text: &str| sentence.get(start..end) == Some(text);
        // "refinance 38.5 billion talars - about €10.3 billion - of debt", "Analysts expect
        // Orvel - hit by weak demand - to cut 1,200 jobs": two spaced hyphens around a few
        // words set off an aside, as brackets do, not clauses.
        let aside = |a: &(usize, usize), b: &(usize, usize)| {
            is(a, " - ") && is(b, " - ") && sentence.get(a.1..b.0).unwrap_or_default().split_whitespace().count() <= 6
        };
        // "Adjusted (non-GAAP) EPS of $1.87", "earnings per share (EPS) of $1.21": a word or
        // three in brackets, no figure among them, name the thing again in the clause.
        // (Acronyms and common words only: "(Oreline's parent)", "(not Oreline)" say something
        // of their own.)
        let plain = |word: &str| {
            let titled = word.starts_with(char::is_uppercase) && word.chars().skip(1).any(char::is_lowercase);
            !titled && !word.contains(['\'', '’']) && !word.eq_ignore_ascii_case("not")
        };
        let naming = |a: &(usize, usize), b: &(usize, usize)| {
            is(a, "(")
                && is(b, ")")
                && sentence.get(a.1..b.0).is_some_and(|inside| {
                    (1..=3).contains(&inside.split_whitespace().count())
                        && !inside.contains(|c: char| c.is_ascii_digit())
                        && inside.split_whitespace().all(plain)
                })
        };
        // Both breaks of each such pair go.
        let mut kept = vec![true; breaks.len()];
        for (i, pair) in breaks.windows(2).enumerate() {
            if let [a, b] = pair {
                if aside(a, b) || naming(a, b) {
                    kept.iter_mut().skip(i).take(2).for_each(|k| *k = false);
                }
            }
        }
        let mut kept = kept.into_iter();
        breaks.retain(|_| kept.next().unwrap_or(true));
        Clauses { sentence, breaks }
    }

    /// The clause around `start..end`: between the nearest breaks before and after it.
    pub(super) fn around(&self, (start, end): (usize, usize)) -> (usize, usize) {
        let before = self.breaks.partition_point(|&(_, e)| e <= start);
        let from = match before {
            0 => 0,
            n => self.breaks.get(n - 1).map_or(0, |&(_, e)| e),
        };
        let after = self.breaks.partition_point(|&(s, _)| s < end);
        let to = self.breaks.get(after).map_or(self.sentence.len(), |&(s, _)| s);
        (from, to)
    }

    /// The clause right before `clause` when a comma, colon, semicolon, opening bracket or a
    /// table's bar ends it ("The loan, of roughly €200m", "Turnout: 72.2%", "Turnout | 72.2%").
    /// Not a table row's label when the row holds two figures or more: its columns ("Day 1",
    /// "Day 2"; "Q3 revenue", "Change") tell them apart, not the label.
    pub(super) fn previous(&self, clause: (usize, usize)) -> Option<(usize, usize)> {
        let before = self.sentence.get(..clause.0)?.trim_end();
        if !before.ends_with([':', '(', ',', ';', '|']) || before.len() < 2 {
            return None;
        }
        let figure_cells = || {
            self.sentence
                .split('|')
                .filter(|cell| cell.contains(|c: char| c.is_ascii_digit()))
                .count()
        };
        if before.ends_with('|') && figure_cells() >= 2 {
            return None;
        }
        let end = before.len() - 1;
        let (start, _) = self.around((end, end));
        Some((start, end))
    }

    /// `clause` and, when a bracketed figure interrupts it (a conversion: "the £85 million
    /// ($115.6 million) paid to sign Darwin Núñez"), the clause that goes on after the bracket
    /// (`next`).
    pub(super) fn past_aside(&self, clause: (usize, usize)) -> (usize, usize) {
        let converted = self
            .sentence
            .get(clause.1..)
            .and_then(|rest| rest.trim_start().strip_prefix('('))
            .and_then(|inside| inside.split(')').next())
            .is_some_and(|aside| aside.contains(|c: char| c.is_ascii_digit()) && aside.split_whitespace().count() <= 3);
        match self.next(clause) {
            Some((_, end)) if converted => (clause.0, end.max(clause.1)),
            _ => clause,
        }
    }

    /// The clause right after `clause` when a comma ends it ("738 out of 770 employees,
    /// signed the letter").
    pub(super) fn after_comma(&self, clause: (usize, usize)) -> Option<(usize, usize)> {
        let rest = self.sentence.get(clause.1..)?.trim_start().strip_prefix(',')?;
        let start = self.sentence.len() - rest.trim_start().len();
        Some(self.around((start, start))).filter(|&(s, e)| s >= clause.1 && e > s)
    }

    /// The clause opening the sentence right before `clause` when it holds no figure of its
    /// own (no mention in `all` that is not a time): it sets the scene (the place, the time)
    /// for every figure of the sentence ("In Castrine province, 17 people died", "In a
    /// separate vote last year, 55% of members rejected a strike").
    /// A place or time opening the sentence sets it past a noun phrase set off by commas too
    /// ("In the province of Al Haouz, the epicentre of the quake, 1,351 deaths have been
    /// registered"; not a subject, "The share awarded at Distinction, the highest grade,
    /// climbed to 21.6 percent", nor a clause of its own, "Prior to the move, shares have
    /// doubled this year, rising 113 percent").
    pub(super) fn opening(&self, clause: (usize, usize), all: &[Mention]) -> Option<(usize, usize)> {
        let before = self.previous(clause)?;
        let starts_with = |(start, end): (usize, usize), words: &[&str]| {
            let text = self
                .sentence
                .get(start..end)
                .unwrap_or_default()
                .trim_start()
                .to_lowercase();
            words.iter().any(|w| text.starts_with(w))
        };
        let opening = match before {
            (0, _) => before,
            aside if starts_with(aside, &["the ", "a ", "an ", "its ", "their "]) => self
                .previous(aside)
                .filter(|&opener| {
                    opener.0 == 0 && starts_with(opener, &["in ", "at ", "on ", "across ", "throughout "])
                })
                .map(|_| (0, aside.1))?,
            _ => return None,
        };
        (!all.iter().any(|t| !t.kind.is_time() && t.end <= opening.1)).then_some(opening)
    }

    /// Where the clause that a relative clause ("which", "who", "whose", "when", "in which")
    /// says more of starts ("down from 35 in 2023, when it took 37.5%": 2023's share). A
    /// clause that goes on with "and" from a relative clause says more of the same ("from
    /// 2024, when it flew twice and was valued at $3.1 billion").
    pub(super) fn antecedent(&self, clause: (usize, usize)) -> Option<usize> {
        let opening = self.sentence.get(clause.0..)?.trim_start();
        if opening.starts_with("and ") {
            return self.previous(clause).and_then(|previous| {
                let relative = self.relative(previous);
                relative.then(|| self.antecedent(previous)).flatten()
            });
        }
        // ("the 2018 Camp Fire in Paradise, Calif., which killed 85": past a place's region set
        // off by commas, to the clause that names the antecedent.)
        let region = |(start, end): (usize, usize)| {
            let words: Vec<&str> = self.sentence.get(start..end).unwrap_or("").split_whitespace().collect();
            (1..=2).contains(&words.len()) && words.iter().all(|w| w.starts_with(char::is_uppercase))
        };
        // (Not "the best paid player, Mike Trout, who agreed", nor "led by Acme CEO, Tom Reed,
        // who": a name in apposition is the antecedent; a region follows a place named after
        // "in", "near", "at" or "off".)
        let ends_in_place = |(start, end): (usize, usize)| {
            let words: Vec<&str> = self.sentence.get(start..end).unwrap_or("").split_whitespace().collect();
            matches!(words[..], [.., preposition, name]
                if ["in", "near", "at", "off"].contains(&preposition) && name.starts_with(char::is_uppercase))
        };
        self.relative(clause)
            .then(|| self.previous(clause))
            .flatten()
            .map(|previous| match self.previous(previous) {
                Some(before) if region(previous) && ends_in_place(before) => before,
                _ => previous,
            })
            .map(|(start, _)| start)
    }

    /// Whether `clause` opens as a relative clause.
    fn relative(&self, clause: (usize, usize)) -> bool {
        let opening = self.sentence.get(clause.0..).unwrap_or("").trim_start();
        [
            "which ",
            "who ",
            "whose ",
            "when ",
            "in which ",
            "during which ",
            "at which ",
        ]
        .iter()
        .any(|p| opening.starts_with(p))
    }

    /// Where the clause starts whose time `clause` shares: its antecedent's, the one an
    /// "after" clause follows, which tells what led to it then ("recalled six lots in 2021
    /// after detecting NDMA at 310 nanograms"), or the change a level set off after it
    /// reached ("cut the list price by 70% in March 2024, to £29 a pack").
    pub(super) fn timed_with(&self, clause: (usize, usize)) -> Option<usize> {
        self.antecedent(clause)
            .or_else(|| {
                self.breaks
                    .iter()
                    .find(|&&(_, end)| end == clause.0)
                    .filter(|&&(start, end)| self.sentence.get(start..end).is_some_and(|b| b.trim() == "after"))
                    .map(|&(start, _)| self.around((start, start)).0)
            })
            .or_else(|| {
                let opening = self.sentence.get(clause.0..)?.trim_start();
                ["to ", "from "]
                    .iter()
                    .any(|p| opening.starts_with(p))
                    .then(|| self.previous(clause))
                    .flatten()
                    .map(|(start, _)| start)
            })
    }

    /// The clause after `clause` when a bracket, an aside between dashes or a figure restated
    /// between commas separates them ("12 miles (19 km) north", "84 Tory MPs – including two
    /// ministers – have signed", "4,800 tonnes, or some 35,000 barrels, had escaped").
    pub(super) fn next(&self, clause: (usize, usize)) -> Option<(usize, usize)> {
        let rest = self.sentence.get(clause.1..)?;
        let opened = |open: char, close: char| rest.trim_start().strip_prefix(open).map(|inside| (inside, close));
        // (A comma inside a figure, "35,000", closes nothing: the aside ends at ", ".)
        let closing = |inside: &str, close: char| match close {
            ',' => inside.find(", "),
            _ => inside.find(close),
        };
        // (Only when the figure's own verb follows: "4,800 tonnes, or some 35,000 barrels, had
        // escaped", not "29.6%, or 265,646 votes, leaving a gap".)
        let restated = || {
            opened(',', ',').filter(|&(inside, close)| {
                let Some(end) = closing(inside, close) else {
                    return false;
                };
                let aside = &inside[..end];
                let verb = inside[end + 1..].split_whitespace().next().is_some_and(|w| {
                    let w = w.to_lowercase();
                    w.ends_with("ed") || matches!(w.as_str(), "had" | "has" | "have" | "was" | "were" | "is" | "are")
                });
                verb && aside.trim_start().starts_with("or ")
                    && aside.split_whitespace().count() <= 4
                    && aside.contains(|c: char| c.is_ascii_digit())
            })
        };
        // Past an aside ("(19 km)", "– including two ministers –") or the end of one.
        let aside = opened('(', ')')
            .or_else(|| opened('–', '–'))
            .or_else(|| opened('—', '—'))
            .or_else(restated);
        let skip = match aside {
            Some((inside, close)) => rest.len() - inside.len() + closing(inside, close)? + close.len_utf8(),
            None if rest.trim_start().starts_with(')') => rest.len() - rest.trim_start().len() + 1,
            None => return None,
        };
        let after = rest.get(skip..)?;
        let start = clause.1 + skip + (after.len() - after.trim_start().len());
        // Through a closing bracket to the clause after it.
        let (_, end) = self.around((start, start));
        let empty = self.sentence.get(start..end).is_none_or(|c| c.trim().is_empty());
        let end = if empty { self.around((end + 1, end + 1)).1 } else { end };
        Some((start, end))
    }
}

/// Whether the comma at `start..end` parts two figures that modify one noun ("Mahomes' 12-year,
/// $426.5 million deal", "a five-year, $50 million loan"): coordinate adjectives, one
/// clause, so the possessive before the first owns the second too. The first is joined to
/// its unit's word by a hyphen, which only an adjective is (not a span of years, "2020-21",
/// nor a minus sign).
fn between_coordinate_figures(sentence: &str, mentions: &[Mention], start: usize, end: usize) -> bool {
    let next = sentence
        .get(end..)
        .map_or(end, |rest| end + rest.len() - rest.trim_start().len());
    let adjective = |m: &Mention| {
        !m.kind.is_time()
            && sentence
                .get(m.start..m.end)
                .and_then(|t| t.rsplit_once('-'))
                .is_some_and(|(number, unit)| {
                    !number.is_empty() && !unit.is_empty() && unit.chars().all(char::is_alphabetic)
                })
    };
    sentence.get(start..end) == Some(",")
        && mentions.iter().any(|m| m.end == start && adjective(m))
        && mentions.iter().any(|m| m.start == next)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::Kind;
    use crate::value::{Interval, Unit, Value};

    fn breaks() -> Regex {
        Regex::new(r"[,;:()]|\sbut\s").unwrap()
    }

    fn figure(sentence: &str, text: &str) -> Mention {
        let start = sentence.find(text).unwrap();
        Mention {
            kind: Kind::Count,
            start,
            end: start + text.len(),
            value: Value::Amount {
                value: 0.0,
                interval: Interval::exact(0.0),
                unit: Unit::Count(String::new()),
                hedge: None,
            },
            weekday: None,
            no_such_day: false,
        }
    }

    #[test]
    fn a_clause_ends_at_the_breaks_around_it_but_not_at_a_comma_inside_a_figure() {
        let s = "Helio, which employs 2,000 people, grew; revenue rose but costs fell";
        let clauses = Clauses::new(&breaks(), s, &[figure(s, "2,000")], &[]);
        let at = s.find("2,000").unwrap();
        let (from, to) = clauses.around((at, at + 5));
        assert_eq!(&s[from..to], " which employs 2,000 people");
        let at = s.find("revenue").unwrap();
        assert_eq!(
            clauses.around((at, at + 7)),
            (s.find(" revenue").unwrap(), s.find(" but").unwrap())
        );
        let at = s.find("costs").unwrap();
        let (from, to) = clauses.around((at, at));
        assert_eq!(&s[from..to], "costs fell");
    }

    #[test]
    fn a_word_break_inside_an_unbroken_phrase_breaks_nothing() {
        let s = "Shares rose 11% in trading after the bell on Monday";
        let after_breaks = Regex::new(r"\safter\s").unwrap();
        let phrase = s.find("after the bell").unwrap();
        let at = s.find("11%").unwrap();
        let clauses = Clauses::new(&after_breaks, s, &[], &[(phrase, phrase + 14)]);
        assert_eq!(clauses.around((at, at + 3)), (0, s.len()));
        let clauses = Clauses::new(&after_breaks, s, &[], &[]);
        let (from, to) = clauses.around((at, at + 3));
        assert_eq!(&s[from..to], "Shares rose 11% in trading");
    }

    #[test]
    fn the_clause_before_and_after_a_bracket() {
        let s = "Turnout: 72.2%, and it lay 12 miles (19 km) north of Arcadia";
        let clauses = Clauses::new(&breaks(), s, &[], &[]);
        let at = s.find("72.2%").unwrap();
        let clause = clauses.around((at, at + 5));
        let (from, to) = clauses.previous(clause).unwrap();
        assert_eq!(&s[from..to], "Turnout");
        let at = s.find("12 miles").unwrap();
        let clause = clauses.around((at, at + 8));
        let (from, to) = clauses.next(clause).unwrap();
        assert_eq!(&s[from..to], "north of Arcadia");
        assert_eq!(clauses.previous((0, 7)), None);
    }

    #[test]
    fn a_relative_clause_after_a_place_and_its_region_tells_of_the_place() {
        let s = "It is worse than the 2018 Camp Fire in Paradise, Calif., which killed 85 people";
        let clauses = Clauses::new(&breaks(), s, &[], &[]);
        let at = s.find("which").unwrap();
        let clause = clauses.around((at, at + 5));
        assert_eq!(clauses.antecedent(clause), Some(0));
        // A name in apposition is the antecedent itself.
        for s in [
            "It eclipsed the best paid player, Mike Trout, who agreed to $426.5 million",
            "The 2019 deal was led by Acme CEO, Tom Reed, who owns 12%",
        ] {
            let clauses = Clauses::new(&breaks(), s, &[], &[]);
            let at = s.find("who").unwrap();
            let clause = clauses.around((at, at + 3));
            let name = s.find(", ").unwrap() + 1;
            assert_eq!(clauses.antecedent(clause), Some(name), "{s}");
        }
    }

    #[test]
    fn a_comma_between_two_figures_of_one_noun_breaks_nothing() {
        let s = "He beat Patrick Mahomes' 12-year, $426.5 million deal, a record";
        let mentions = [figure(s, "12-year"), figure(s, "$426.5 million")];
        let clauses = Clauses::new(&breaks(), s, &mentions, &[]);
        let at = s.find("$426.5").unwrap();
        let (from, to) = clauses.around((at, at + 14));
        assert_eq!(&s[from..to], "He beat Patrick Mahomes' 12-year, $426.5 million deal");
        // Nor a span of years.
        let s = "The plant idled in 2020-21, 3,000 workers were laid off";
        let mentions = [figure(s, "2020-21"), figure(s, "3,000")];
        let clauses = Clauses::new(&breaks(), s, &mentions, &[]);
        let at = s.find("3,000").unwrap();
        assert_eq!(clauses.around((at, at + 5)).0, s.find(',').unwrap() + 1);
        // A figure not hyphened to its unit ends a clause of its own ("rose 12%, $4 billion").
        let s = "Revenue rose 12%, $4 billion more";
        let mentions = [figure(s, "12%"), figure(s, "$4 billion")];
        let clauses = Clauses::new(&breaks(), s, &mentions, &[]);
        let at = s.find("$4").unwrap();
        assert_eq!(clauses.around((at, at + 10)).0, s.find(',').unwrap() + 1);
    }
}
