//! Events and their dates: which event a date dates ("ousted on Friday", "announced his
//! resignation in late January"), who it befell, and what it was done to.

use super::frame::Frame;
use super::{Context, Resolver, SubjectOf, AUXILIARIES, PREPOSITIONS};
use crate::extract::{quote, Mention};
use crate::pattern::WordMatch;
use crate::rules::Kind;

/// How many words may stand between an event word and the date it dates.
const EVENT_REACH: usize = 12;
/// ... and between an event word and a date after one of its marker words ("since").
const MARKED_EVENT_REACH: usize = 20;
/// How many words may stand between an event word and its object ("fired as CEO of
/// ChatGPT-maker OpenAI").
const OBJECT_REACH: usize = 4;

impl Resolver {
    /// A time of day dates an event as a date does ("the BBC declared the result at 4.40am"):
    /// it stands in for the dates it covers, so the event word that would date them dates it.
    pub(super) fn clock_frame(&self, cx: &Context, m: &Mention, all: &[Mention]) -> Frame {
        let as_date = Mention {
            kind: Kind::Date,
            ..m.clone()
        };
        let others: Vec<Mention> = all
            .iter()
            .filter(|t| !(t.start < m.end && m.start < t.end))
            .cloned()
            .chain(std::iter::once(as_date.clone()))
            .collect();
        self.date_frame(cx, &as_date, &others)
    }

    pub(super) fn date_frame(&self, cx: &Context, m: &Mention, all: &[Mention]) -> Frame {
        // "its report for the first quarter of 2024": a period something covers, not the
        // day of an event.
        let before = cx.sentence[..m.start].trim_end();
        if before.ends_with(" for") || before.ends_with(" for the") || before == "for" {
            return Frame::default();
        }
        // "As of 1 p.m., radar data indicated the eye was making landfall": when something was
        // seen or told, not when the event happened.
        let lower = before.to_lowercase();
        if lower.ends_with("as of") && (lower.len() == 5 || lower.ends_with(" as of")) {
            return Frame::default();
        }
        // "“Tonight reusability became a routine,” she said": a day counted from when the
        // words were spoken, which a source that reports them later does not date; its
        // event is the speaker's, told again by every source that quotes it.
        if quote::within_quotation(cx.sentence, m.start) && !self.absolute_date.is_match(&cx.sentence[m.start..m.end]) {
            return Frame::default();
        }
        // "from Friday's close", "Monday's developments": a date owning a noun dates that
        // noun, an event only when the noun (after at most one adjective: "Friday's sudden
        // ouster") is one of the lexicon's event words.
        let after = &cx.sentence[m.end..];
        // Whether the noun at `noun`, or the word after it, is an event word.
        let names_event = |noun: usize| {
            [Some(noun), next_word(cx.sentence, noun)]
                .into_iter()
                .flatten()
                .any(|at| self.event_word_at(cx.sentence, at).is_some())
        };
        if let Some(owned) = after.strip_prefix("'s").or_else(|| after.strip_prefix("’s")) {
            if !names_event(cx.sentence.len() - owned.trim_start().len()) {
                return Frame::default();
            }
        }
        // "during Hamas' October 7 attack", "the March 3 deadline": a date between an article
        // or an owner and a noun names that noun's day, and dates an event only when the noun
        // (or the noun after one word: "its May 24 press release") is one of the lexicon's
        // event words ("the May 19 announcement"). (Not "declared that June 23 will".)
        let determined = cx.sentence[..m.start].split_whitespace().next_back().is_some_and(|w| {
            ["the", "a", "an", "its", "their", "his", "her"].contains(&w.to_lowercase().as_str())
                || w.ends_with(['\'', '’'])
                || w.ends_with("'s")
                || w.ends_with("’s")
        });
        let noun = cx.sentence.len() - after.trim_start().len();
        let noun_after = after.starts_with(' ') && cx.sentence[noun..].starts_with(|c: char| c.is_lowercase());
        if determined && noun_after && !names_event(noun) {
            return Frame::default();
        }
        let (clause_start, clause_end) = cx.clauses.around((m.start, m.end));
        let clause = &cx.sentence[clause_start..clause_end];
        let words_outside_date = clause[..m.start - clause_start].split_whitespace().count()
            + clause[m.end - clause_start..].split_whitespace().count();
        // A clause that is only the date ("On May 19, 2026, he announced ...") dates the
        // sentence's event.
        let (scope_start, scope) = if words_outside_date < 3 {
            (0, cx.sentence)
        } else {
            (clause_start, clause)
        };
        // The event word of the highest class whose word is not separated from this date by
        // another date: in "joined the chain in 2017 and took the top job in early 2024",
        // "joined" dates 2017 only.
        let other_date_between = |a: usize, b: usize| {
            all.iter()
                .any(|t| t.kind == Kind::Date && t.start != m.start && t.start >= a.min(b) && t.end <= a.max(b))
        };
        // ... and an event word dates the first time after it in its clause ("appointed her
        // as CFO in March 2024"), else the nearest before it ("On May 19, he announced"): in
        // "said on Monday that it had appointed her in March 2024", not Monday.
        let in_scope: Vec<&Mention> = all
            .iter()
            .filter(|t| t.kind == Kind::Date && t.start >= scope_start && t.end <= scope_start + scope.len())
            .collect();
        // A class that dates only dates after its marker words ("has led the firm since
        // 2019") looks only at those.
        let marked = |t: &Mention, markers: &[String]| {
            markers.is_empty()
                || cx.sentence[..t.start]
                    .split_whitespace()
                    .next_back()
                    .is_some_and(|w| markers.contains(&w.to_lowercase()))
                // The date's span takes in its marker ("since 2019").
                || cx.sentence[t.start..t.end]
                    .split_whitespace()
                    .next()
                    .is_some_and(|w| markers.contains(&w.to_lowercase()))
        };
        let dated_by = |w: (usize, usize), markers: &[String]| {
            let in_scope = || in_scope.iter().filter(|t| marked(t, markers));
            // An opening clause that is only the date dates the event unless a date after the
            // event word stands in its own clause: in "On March 5, they confirmed the merger,
            // ending rumours I have written about since the autumn" it is the merger's.
            let opening = words_outside_date < 3 && m.end <= w.0;
            let clause_end = if opening { cx.clauses.around(w).1 } else { usize::MAX };
            in_scope()
                .filter(|t| t.start >= w.1 && t.start < clause_end)
                .min_by_key(|t| t.start)
                .or_else(|| in_scope().filter(|t| t.end <= w.0).max_by_key(|t| t.end))
                .is_some_and(|t| t.start == m.start)
        };
        // "A spokesman said on Monday that Whitlock had resigned", "told CNN on Tuesday that
        // ... had": a date right after words of speech (up to four words back, in its clause)
        // is when it was said, not when what the past perfect tells happened.
        let said_then = {
            let clause_before = &cx.sentence[clause_start.min(m.start)..m.start];
            let words: Vec<&str> = clause_before.split_whitespace().collect();
            let last_words = words.get(words.len().saturating_sub(4)..).unwrap_or_default().join(" ");
            !last_words.contains(',') && self.speakers.speech_verb_in(&last_words)
        };
        let Some((class, word, takes_object)) = self.events.iter().find_map(|event| {
            event
                .words
                .find_iter(scope)
                .find(|w| {
                    let at = (scope_start + w.start(), scope_start + w.end());
                    // The event word is near its date ("the board ousted Altman on Friday"), not
                    // an adjective far off ("on Monday threatened ... the ousted CEO").
                    let gap = if at.1 <= m.start {
                        &cx.sentence[at.1..m.start]
                    } else {
                        &cx.sentence[m.end.min(at.0)..at.0]
                    };
                    // A marker word says whose date it is: the date may stand further off,
                    // past another event's date ("has led the firm that launched ChatGPT a
                    // year ago and sparked an AI boom, since 2019").
                    let marked_class = !event.dates_after.is_empty();
                    let reach = if marked_class { MARKED_EVENT_REACH } else { EVENT_REACH };
                    let near = gap.split_whitespace().count() <= reach;
                    // "distributed between June 3 and Jan. 20, the FDA said in a notice posted
                    // on its website": the notice's words are not the date's.
                    let attributed = at.0 >= m.end && attribution_in(gap);
                    let topic = at.0 >= m.end && topic_in(gap);
                    // "hard-hit Guerrero", "self-declared": a word glued to the one before
                    // it is an adjective, no event.
                    // (Not after a prefix: "re-appointed", "co-hosted".)
                    let compound = cx.sentence[..at.0].strip_suffix('-').is_some_and(|before| {
                        before
                            .rsplit(|c: char| !c.is_alphabetic())
                            .next()
                            .is_some_and(|w| w.len() > 3)
                    });
                    // A date with words of speech between it and the event word ("Whitlock
                    // had resigned, the company said on Monday"), or right after them
                    // (`said_then`), is when it was said, not the event's, when the event is
                    // told in the past perfect, before the saying ("said Friday it has pushed
                    // out its chief", "said Whitlock left" may be that day's news). Saying is
                    // announcing: "on Wednesday, Helio said it had agreed" dates the
                    // announcement.
                    let before_saying = cx.sentence[..at.0]
                        .split_whitespace()
                        .rev()
                        .take(2)
                        .any(|w| w.eq_ignore_ascii_case("had"));
                    let reported = !event.repeats
                        && before_saying
                        && (at.0 >= m.end && said_then || self.speakers.speech_verb_in(gap));
                    // "by which point more than $1bn had left the platform", "three were
                    // fired": what a figure did is no one's event.
                    let figure_did = all.iter().any(|t| {
                        !t.kind.is_time()
                            && t.end <= at.0
                            && cx.sentence[t.end..at.0]
                                .split_whitespace()
                                .all(|w| AUXILIARIES.contains(&w.to_lowercase().as_str()))
                    });
                    // (A participle only: "according to its May 24 press release" dates
                    // the release.)
                    let attribution_told =
                        cx.sentence[at.0..at.1].ends_with("ed") && within_attribution(&cx.sentence[..at.0]);
                    near && !attributed
                        && !attribution_told
                        && !figure_did
                        && !topic
                        && !compound
                        && !reported
                        && (marked_class || !other_date_between(at.1, m.start) && !other_date_between(m.end, at.0))
                        && dated_by(at, &event.dates_after)
                        && self.happened(cx.sentence, at)
                        && !event.in_other_sense(cx.sentence, at.1)
                })
                .map(|w| (&event.class, w, event.takes_object))
        }) else {
            return Frame::default();
        };
        // An announcement whose object is an event ("announced his resignation in late
        // January", "announced the merger on Tuesday") dates that event: what was announced
        // is the fact other sources date. A clause ("announced he is joining") stays the
        // announcement.
        let event_at = |at: usize| self.event_word_at(scope, at);
        let announced = (!takes_object)
            .then(|| {
                let noun = word.end() + self.nominal_object.find(&scope[word.end()..])?.end();
                // The noun, or the noun after one adjective ("his sudden resignation"); a
                // decision or move to do something is that thing ("the shock decision to
                // dismiss Mr Altman").
                [Some(noun), next_word(scope, noun)]
                    .into_iter()
                    .flatten()
                    .find_map(|at| {
                        let decided = ["decision to ", "move to ", "vote to "]
                            .iter()
                            .find_map(|p| scope[at..].starts_with(p).then_some(at + p.len()));
                        event_at(at).or_else(|| decided.and_then(event_at))
                    })
            })
            .flatten();
        let (class, word, takes_object) = announced.unwrap_or((class, word, takes_object));
        let (mut word_start, mut word_end) = (scope_start + word.start(), scope_start + word.end());
        let (mut class, mut takes_object) = (class, takes_object);
        // The clause the event word stands in: its subject and object are found there.
        let mut event_scope = (scope_start, scope_start + scope.len());
        // "OpenAI CEO Sam Altman has been removed from his position, the AI company announced
        // Friday": an announcement closing a sentence dates the event of the clause before.
        if !takes_object && announced.is_none() && scope_start > 0 {
            // Not a quotation ("“I've joined Anthropic,” he wrote on Tuesday"): the post is dated.
            let previous = cx
                .clauses
                .previous((scope_start, scope_start + scope.len()))
                .filter(|_| !cx.sentence[..m.start].contains(['"', '“', '”']));
            if let Some((start, end)) = previous {
                let before = &cx.sentence[start..end];
                let told = self
                    .events
                    .iter()
                    .filter(|e| e.takes_object && marked(m, &e.dates_after))
                    .flat_map(|e| {
                        e.words
                            .find_iter(before)
                            // (Not a word that needs names around it: "Meta was hit with a
                            // fine, the watchdog announced today" dates the announcement.)
                            .filter(move |w| {
                                !e.in_other_sense(cx.sentence, start + w.end())
                                    && !e.named_only(before.get(w.start()..w.end()).unwrap_or_default())
                            })
                            .map(move |w| (&e.class, start + w.start(), start + w.end(), e.takes_object))
                    })
                    .filter(|&(_, a, b, _)| self.happened(cx.sentence, (a, b)) && !other_date_between(b, m.start))
                    .min_by_key(|&(_, a, _, _)| a);
                if let Some((c, a, b, t)) = told {
                    (class, word_start, word_end, takes_object) = (c, a, b, t);
                    event_scope = (start, end);
                }
            }
        }
        let word_text = &cx.sentence[word_start..word_end];
        // A possessive before the event word is a modifier ("who had become Workday's CTO"),
        // unless the event word is its noun ("Altman's abrupt firing"): then it is whom the
        // event befell.
        let owner = cx.owner_before(0, word_start);
        let subject = owner.or_else(|| self.subject(cx, event_scope, word_start, SubjectOf::Event));
        // "Spokesman Asim Iftikhar said on August 27 that the UN had agreed to hold an appeal":
        // an announcement dated by its saying is the speaker's.
        let repeats = self.events.iter().any(|e| &e.class == class && e.repeats);
        let subject = if repeats && said_then && word_start >= m.end {
            self.subject(cx, (0, m.start), m.start, SubjectOf::Event).or(subject)
        } else {
            subject
        };
        // The object: the first name after the event word, unless an infinitive ("left to
        // start Eureka Labs"), a place ("founded in 1998 in Rotterdam", but "made landfall
        // in Vietnam": `object_in`) or the date comes first, or it stands too far off to be
        // the event's ("sacked on Friday in a move that shocked Silicon Valley").
        let object_in = self.events.iter().any(|e| &e.class == class && e.object_in);
        let object = cx
            .names
            .iter()
            .find(|(e, _)| e.start >= word_end && e.end <= event_scope.1 && Some(&cx.names_of(e)) != subject.as_ref())
            .filter(|(e, _)| {
                let between = &cx.sentence[word_end..e.start];
                !self.infinitive.is_match(between)
                    && (object_in || !between.trim_end().ends_with(" in") && between.trim() != "in")
                    && (word_end > m.start || m.end > e.start)
                    && between.split_whitespace().count() <= OBJECT_REACH
            })
            .map(|(_, n)| n.clone())
            .filter(|_| takes_object);
        let named_only = self.events.iter().any(|e| &e.class == class && e.named_only(word_text));
        // (The doer written before the word: "a 6.8 quake hit Morocco on Friday, the Interior
        // Ministry said" names no storm.)
        let doer_before = subject
            .as_ref()
            .is_some_and(|s| cx.names.iter().any(|(e, n)| n == s && e.end <= word_start));
        if named_only && (!doer_before || object.is_none()) {
            return Frame::default();
        }
        // "The board ousted Altman on Friday": Altman's departure. In the passive ("Lindqvist
        // was appointed CFO of Brightwater") the subject is whom it befell already.
        let passive = cx.sentence[..word_start]
            .split_whitespace()
            .next_back()
            .is_some_and(|w| ["was", "were", "been", "is", "are", "be", "being"].contains(&w.to_lowercase().as_str()));
        let befalls_object = !passive && self.befalls_object.contains(&word_text.to_lowercase());
        let (subject, object) = match object {
            Some(o) if befalls_object => (Some(o), None),
            object => (subject, object),
        };
        // "universal suffrage was introduced in 1921": in the passive, a common noun right
        // before the auxiliary is what the event befell, when no name says it.
        let passive_thing = (passive && subject.is_none() && object.is_none())
            .then(|| {
                let mut before = cx.sentence[..word_start].split_whitespace().rev().skip(1);
                before
                    .next()
                    .filter(|w| w.chars().all(|c| c.is_lowercase() || c == '-') && !PREPOSITIONS.contains(w))
                    .map(str::to_string)
            })
            .flatten();
        // What an announcement announced, when a noun says it: the last word of the noun
        // phrase ("confirmed the move", "announced a new chip", "his sudden resignation"), or
        // of the event's own words when they name it ("called the result").
        let matter = passive_thing.or_else(|| {
            (!takes_object)
                .then(|| {
                    if let Some(named) = matter_in_words(word_text) {
                        return Some(named);
                    }
                    // Up to the time itself when it follows ("announced the result just after
                    // 4.40am": not "just").
                    let end = if m.start >= word_end {
                        event_scope.1.min(m.start)
                    } else {
                        event_scope.1
                    };
                    let rest = &cx.sentence[word_end..end];
                    let phrase = match self.nominal_object.find(rest) {
                        Some(determiner) => &rest[determiner.end()..],
                        // "halted withdrawals at 2:40 p.m.", "suspended trading": a plural or
                        // a gerund needs no article.
                        None => {
                            let bare = rest.trim_start();
                            let first = bare.split(' ').next()?;
                            let plain = first.len() > 3
                                && first.chars().all(|c| c.is_ascii_lowercase())
                                && (first.ends_with('s') || first.ends_with("ing"))
                                && !self.function_words.contains(first);
                            plain.then_some(bare)?
                        }
                    };
                    phrase
                        .split(' ')
                        .take(3)
                        .take_while(|w| {
                            !w.is_empty()
                                && w.chars().all(|c| c.is_alphabetic() || c == '-')
                                && !PREPOSITIONS.contains(&w.to_lowercase().as_str())
                        })
                        .last()
                        .map(str::to_lowercase)
                })
                .flatten()
        });
        let planned = self
            .planned
            .as_ref()
            .is_some_and(|re| re.is_match(last_words(cx.sentence, word_start)));
        Frame {
            person: subject.as_deref().is_some_and(|s| cx.entities.is_titled_person(s)),
            subject,
            measure: Some(class.clone()),
            qualifiers: if planned {
                vec!["planned".to_string()]
            } else {
                Vec::new()
            },
            measure_word: Some(word_text.to_string()),
            object,
            repeated: self.repeated.as_ref().is_some_and(|r| r.is_match(scope)),
            objectless: !takes_object,
            repeats: self.events.iter().any(|e| e.class == *class && e.repeats),
            matter,
            ..Frame::default()
        }
    }

    /// Whether the event word at `at` tells of an event that took place: not an adjective
    /// ("the ousted CEO", "Altman's departed colleagues"), not a threat or a condition
    /// ("threatened to quit", "unless the board resigns").
    /// The event word that starts at byte `at` of `text`: its class, the match, and whether
    /// the class takes an object.
    fn event_word_at(&self, text: &str, at: usize) -> Option<(&String, WordMatch, bool)> {
        self.events.iter().find_map(|event| {
            event
                .words
                .find_at(text, at)
                .filter(|w| w.start() == at)
                .map(|w| (&event.class, w, event.takes_object))
        })
    }

    fn happened(&self, sentence: &str, at: (usize, usize)) -> bool {
        let before = sentence[..at.0].trim_end();
        let previous = before.rsplit(char::is_whitespace).next().unwrap_or("").to_lowercase();
        // "the ousted CEO", "a pre-agreed step-down" (but "re-elected" is an event, and so is
        // a phrase after "the": "the evacuation order was lifted").
        let word = &sentence[at.0..at.1];
        let adjective = word.ends_with("ed")
            && !word.contains(' ')
            && (["the", "a", "an", "his", "her", "its", "their"].contains(&previous.as_str())
                || ["'", "’", "'s", "’s"].iter().any(|p| previous.ends_with(p))
                || previous.ends_with('-') && previous != "re-");
        let unrealised = self
            .unrealised
            .as_ref()
            .is_some_and(|re| re.is_match(last_words(sentence, at.0)));
        !adjective && !unrealised
    }
}

/// The last three words of `sentence` before byte `at`, within its clause ("its report,
/// which analysts will study, was published": no "will" of the publishing).
fn last_words(sentence: &str, at: usize) -> &str {
    let before = sentence[..at].trim_end();
    let before = before.rfind([',', ';', ':', '(', ')', '–', '—']).map_or(before, |i| {
        &before[i + before[i..].chars().next().map_or(1, char::len_utf8)..]
    });
    before
        .char_indices()
        .rev()
        .filter(|(_, c)| c.is_whitespace())
        .nth(2)
        .map_or(before, |(i, _)| &before[i..])
}

/// Whether the words before an event word end in an attribution that the word is part of:
/// "according to studio estimates released Sunday", "according to figures published by the
/// ministry" date the estimates, not an event of the story.
fn within_attribution(before: &str) -> bool {
    let lower = before.to_lowercase();
    lower.rfind("according to").is_some_and(|at| {
        let words = &lower[at + "according to".len()..];
        !words.contains([',', ';']) && words.split_whitespace().count() <= 4
    })
}

/// Where the word after the one at byte `at` of `text` starts.
fn next_word(text: &str, at: usize) -> Option<usize> {
    let rest = text.get(at..)?;
    let end = rest.find(char::is_whitespace)?;
    Some(at + end + (rest[end..].len() - rest[end..].trim_start().len()))
}

/// Whether `gap` (between a date and a later event word) ends in where a source said it,
/// whose event word tells of the notice ("..., the agency said in a notice posted"), not of
/// what was said ("on Wednesday, OpenAI said it had agreed").
fn attribution_in(gap: &str) -> bool {
    ["said in ", "says in ", "according to "]
        .iter()
        .any(|w| gap.contains(w))
}

/// Whether the words after a date and before an event word make that event a topic of
/// something held on the date ("a news conference at 11 a.m. Thursday to provide an update on
/// how the chemical release ...", "a hearing on Monday to discuss the merger"): not its date.
fn topic_in(gap: &str) -> bool {
    let gap = gap.to_lowercase();
    // (Within one clause: "On March 3, after talks to discuss the deal, Acme completed the
    // acquisition" dates the acquisition.)
    [
        "update on ",
        "updates on ",
        "to discuss ",
        "to talk about ",
        "questions about ",
        "briefing on ",
    ]
    .iter()
    .filter_map(|w| gap.find(w).map(|at| at + w.len()))
    .any(|after| !gap[after..].contains(','))
}

/// The noun an event's own words end with after "the" ("called the result", "lifted the
/// evacuation order": `order`), or, in the passive, the noun before its auxiliary ("evacuation
/// order was lifted": `order` too).
fn matter_in_words(words: &str) -> Option<String> {
    let lower = words.to_lowercase();
    let parts: Vec<&str> = lower.split_whitespace().collect();
    // (Only a phrase that ends with the participle: "curfew had been lifted", not "deal is
    // expected to close".)
    let auxiliary = parts.iter().position(|w| AUXILIARIES.contains(w));
    let ends_with_participle = |at: usize| {
        parts
            .get(at + 1..)
            .is_some_and(|rest| rest.iter().filter(|w| **w != "been").count() == 1)
    };
    if let Some(at) = auxiliary.filter(|&at| ends_with_participle(at)) {
        return at
            .checked_sub(1)
            .and_then(|before| parts.get(before))
            .map(|w| w.to_string());
    }
    let the = parts.iter().position(|w| *w == "the")?;
    parts.get(the + 1..)?.last().map(|w| w.to_string())
}
