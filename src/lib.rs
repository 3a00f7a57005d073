//! crosscheck: cross-check the claims several sources make about the same story.
//!
//! The pipeline, one module a stage: `source` reads documents, `extract` finds mentions,
//! `resolve` turns them into keyed claims, `graph` holds the claims and their relations,
//! `check` runs the check rules, `report` renders the result. The library never prints.
#![warn(clippy::print_stdout, clippy::print_stderr)]
// Input must never make it panic: no unwrap, expect or indexing that input can reach.
#![warn(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing))]

pub mod check;
pub mod config;
pub mod error;
pub mod examples;
pub mod extract;
pub mod graph;
mod pattern;
pub mod report;
pub mod resolve;
pub mod rules;
pub mod source;
pub mod stories;
pub mod value;

use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;

use jiff::civil::Date;
use rayon::prelude::*;

use check::Dispute;
pub use error::Error;
use extract::time::{is_dateline, opens_with_place_in_capitals, stamp};
use extract::{DateOrder, Recognisers};
use graph::ClaimGraph;
use resolve::CorpusWords;
use resolve::{Claim, Resolver};
use rules::RuleSet;
use source::{Document, Input, Prose, SourceInfo, Sources};
use stories::Stories;
use value::{Grain, Value};

/// The basis of a reference date taken from the other sources of the story.
const BORROWED_BASIS: &str = "latest date of the other sources";

/// The date a source's yearless and relative dates are resolved against, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct Reference {
    pub date: Option<Date>,
    pub basis: String,
    /// The date is the source's own (pinned, published, dateline, stated in it), not
    /// borrowed from the other sources: only an own date times the source's figures.
    pub own: bool,
    /// For a borrowed date (the latest of the other sources), the earliest of them: the
    /// source's own day lies somewhere between, so its relative dates ("last week") span
    /// the whole stretch.
    pub earliest: Option<Date>,
    /// Where the page's time stamp writes its date (a byte offset in the text): the page's
    /// date, not a claim.
    pub stamp: Option<usize>,
    /// The order the source writes the day and month of its dates in figures.
    pub order: DateOrder,
}

impl Reference {
    /// A source's own date, from its dateline.
    fn dateline(date: Date, order: DateOrder) -> Reference {
        Reference {
            date: Some(date),
            basis: format!("dateline, {date}"),
            own: true,
            earliest: None,
            stamp: None,
            order,
        }
    }
}

/// What the first reading of a source gives: what the run must know of every source before
/// it reads any one's claims.
struct Survey {
    info: SourceInfo,
    /// The names it writes, as resolution keeps them (`Resolver::names`) by its own words.
    names: BTreeSet<String>,
    /// Its reference date from itself alone (`Engine::own_reference`).
    own: Reference,
}

/// Everything one run computed, in the order the report lists it.
pub struct Run {
    /// Sorted by path.
    pub sources: Vec<SourceInfo>,
    pub references: Vec<Reference>,
    pub stories: Stories,
    /// Sorted by story, then source, then byte offset, then kind.
    pub claims: Vec<Claim>,
    pub graph: ClaimGraph,
    /// Disputed facts, in the order the checks found them.
    pub disputes: Vec<Dispute>,
}

/// A run's sources, surveyed and grouped into stories: what reading any story's claims needs.
pub struct Plan {
    /// Sorted by path.
    pub sources: Vec<SourceInfo>,
    pub references: Vec<Reference>,
    /// Whether any source has a date of its own.
    some_dated: bool,
    corpus: CorpusWords,
    /// The story of each source (their names are given by `Engine::read_part`).
    pub stories: Stories,
}

/// How many bytes of sources a part of a run reads at most, unless one story holds more: the
/// claims of a part are held at once, those of the whole run never need be.
const PART_BYTES: usize = 32 << 20;

impl Plan {
    /// How many sources the stories of `parts` hold.
    pub fn sources_in(&self, parts: &[Range<usize>]) -> usize {
        let of_source = &self.stories.of_source;
        of_source.iter().filter(|s| parts.iter().any(|p| p.contains(s))).count()
    }

    /// Each story that holds one of the sources at `paths` as a part of its own, in story order
    /// (what a run told of new sources reads: `--new`).
    pub fn stories_of(&self, paths: &[String]) -> Vec<Range<usize>> {
        let mut stories: Vec<usize> = self
            .sources
            .iter()
            .zip(&self.stories.of_source)
            .filter(|(source, _)| paths.contains(&source.path))
            .map(|(_, &story)| story)
            .collect();
        stories.sort_unstable();
        stories.dedup();
        stories.into_iter().map(|story| story..story + 1).collect()
    }

    /// Gives the stories of `part` their names.
    pub fn name_stories(&mut self, part: &Part) {
        for (story, name) in part.stories.clone().zip(&part.names) {
            if let Some(slot) = self.stories.names.get_mut(story) {
                slot.clone_from(name);
            }
        }
    }

    /// The stories in runs of consecutive numbers, each of whole stories and at most
    /// `PART_BYTES` of sources (one story may hold more).
    pub fn parts(&self) -> Vec<Range<usize>> {
        self.parts_of(PART_BYTES)
    }

    /// The stories in parts of at most `most` bytes of sources (`parts`).
    pub fn parts_of(&self, most: usize) -> Vec<Range<usize>> {
        let mut bytes = vec![0usize; self.stories.count()];
        for (source, &story) in self.sources.iter().zip(&self.stories.of_source) {
            if let Some(b) = bytes.get_mut(story) {
                *b += source.bytes;
            }
        }
        let mut parts = Vec::new();
        let (mut start, mut held) = (0, 0);
        for (story, b) in bytes.into_iter().enumerate() {
            if held > 0 && held + b > most {
                parts.push(start..story);
                (start, held) = (story, 0);
            }
            held += b;
        }
        if start < self.stories.count() {
            parts.push(start..self.stories.count());
        }
        parts
    }
}

/// The claims of a run of whole stories, read, resolved and checked.
pub struct Part {
    /// The stories it holds.
    pub stories: Range<usize>,
    /// Sorted by story, then source, then byte offset, then kind.
    pub claims: Vec<Claim>,
    pub graph: ClaimGraph,
    pub disputes: Vec<Dispute>,
    /// The name of each of its stories.
    pub names: Vec<String>,
}

impl Part {
    /// What the report is built from (`report::Checked`), the stories those of `plan`.
    pub fn checked<'a>(&'a self, plan: &'a Plan) -> report::Checked<'a> {
        report::Checked {
            claims: &self.claims,
            graph: &self.graph,
            disputes: &self.disputes,
            of_source: &plan.stories.of_source,
        }
    }
}

/// The compiled rules of a run: built once, shared by every thread.
pub struct Engine {
    pub rules: RuleSet,
    /// Compare claims across the whole corpus, not only within each story.
    pub across_stories: bool,
    /// Called once for each document read, from any thread (a progress bar's tick): at the
    /// first reading of every source (`plan`), and again as each one's claims are read.
    pub on_document: Option<Box<dyn Fn() + Send + Sync>>,
    pub prose: Prose,
    recognisers: Recognisers,
    resolver: Resolver,
}

/// What stands between the fields of a page's header line ("News | DW | 10.11.2013", "The
/// Courier — Thursday, August 17, 2028", "Analysis · By Dana Whitfield · May 16, 2028").
const FIELD_BREAKS: [char; 4] = ['|', '—', '·', '•'];

/// How many non-blank lines at the top of a page may hold its time stamp (a title, a
/// standfirst, a byline, then the stamp).
const STAMP_LINES: usize = 8;

impl Engine {
    pub fn new(rules: RuleSet) -> Result<Engine, Error> {
        // Compiling the patterns is most of the start-up: the two halves compile side by side.
        let (recognisers, resolver) = rayon::join(|| Recognisers::new(&rules), || Resolver::new(&rules));
        Ok(Engine {
            recognisers: recognisers?,
            resolver: resolver?,
            prose: Prose::new(&rules.lexicon)?,
            rules,
            across_stories: false,
            on_document: None,
        })
    }

    pub fn recognisers(&self) -> &Recognisers {
        &self.recognisers
    }

    /// Read every input, each at most `max_file_size` bytes (in parallel; the order of the
    /// result does not depend on threads).
    pub fn read(&self, inputs: &[Input], max_file_size: u64) -> Result<Vec<Document>, Error> {
        let mut documents = inputs
            .par_iter()
            .map(|input| Document::read(input, &self.prose, max_file_size))
            .collect::<Result<Vec<_>, _>>()?;
        documents.sort_by(|a, b| a.path.cmp(&b.path));
        Ok(documents)
    }

    /// Reference dates: `pinned` (from `--date`) for every source, else the source's
    /// published date, else a time stamp in its first lines, else its dateline (these four are
    /// the source's own), else the latest full date it states or the latest reference of the
    /// other sources (borrowed: relative dates are read over the days the source may be from,
    /// figures are not timed).
    pub fn references(&self, sources: &(impl Sources + ?Sized), pinned: Option<Date>) -> Result<Vec<Reference>, Error> {
        let (surveys, _) = self.survey(sources, pinned, false)?;
        self.settle(sources, &surveys)
    }

    /// Every source's reference (`reference`), given its own and its story's dates.
    fn settle(&self, sources: &(impl Sources + ?Sized), surveys: &[Survey]) -> Result<Vec<Reference>, Error> {
        let around = self.story_dates(surveys);
        surveys
            .par_iter()
            .zip(around)
            .enumerate()
            .map(|(i, (survey, around))| self.reference(sources, i, &survey.own, around))
            .collect()
    }

    /// The first reading of every source: what the run must know of all of them before it
    /// reads any one's claims, and (when `words`) the words the corpus writes.
    fn survey(
        &self,
        sources: &(impl Sources + ?Sized),
        pinned: Option<Date>,
        words: bool,
    ) -> Result<(Vec<Survey>, CorpusWords), Error> {
        (0..sources.count())
            .into_par_iter()
            .map(|i| {
                let doc = sources.document(i)?;
                // (A source in another language has no sentences, and no words for the corpus.)
                let own_words = match doc.foreign {
                    None => self.resolver.corpus_words(&doc.text),
                    _ => CorpusWords::default(),
                };
                // The names as resolution keeps them, told from common words by the source's
                // own words (the corpus's are not known yet).
                let names = self
                    .resolver
                    .names(&doc, &self.recognisers, &own_words)
                    .names
                    .into_iter()
                    .collect();
                let words = if words { own_words } else { CorpusWords::default() };
                let survey = Survey {
                    info: SourceInfo::of(&doc),
                    names,
                    own: self.own_reference(&doc, pinned),
                };
                if let Some(tick) = &self.on_document {
                    tick();
                }
                Ok((survey, words))
            })
            // Folded as they come, not collected: a corpus's words are a vocabulary, each
            // source's a list as long as the source.
            .try_fold(
                || (Vec::new(), CorpusWords::default()),
                |(mut surveys, mut corpus), surveyed: Result<(Survey, CorpusWords), Error>| {
                    let (survey, words) = surveyed?;
                    surveys.push(survey);
                    corpus.merge(words);
                    Ok::<_, Error>((surveys, corpus))
                },
            )
            .try_reduce(
                || (Vec::new(), CorpusWords::default()),
                |(mut surveys, mut corpus), (more, words)| {
                    surveys.extend(more);
                    corpus.merge(words);
                    Ok((surveys, corpus))
                },
            )
    }

    /// A source's reference date from itself alone: pinned, published, time-stamped, from its
    /// dateline (its own), else the latest full date it states, else none.
    fn own_reference(&self, doc: &Document, pinned: Option<Date>) -> Reference {
        let order = self.recognisers.date_order(&doc.text);
        if let Some(date) = pinned {
            return Reference {
                date: Some(date),
                basis: "--date".into(),
                own: true,
                earliest: None,
                stamp: None,
                order,
            };
        }
        if let Some(date) = doc.meta.published {
            return Reference {
                date: Some(date),
                basis: "published date".into(),
                own: true,
                earliest: None,
                stamp: None,
                order,
            };
        }
        if let Some((date, at)) = self.stamped(&doc.text, order) {
            return Reference {
                date: Some(date),
                basis: format!("time stamp, {date}"),
                own: true,
                earliest: None,
                stamp: Some(at),
                order,
            };
        }
        // A dateline dates the article; failing one, the latest full date it states.
        let (dateline, latest) = self.dated(doc, None, order);
        if let Some(date) = dateline {
            return Reference::dateline(date, order);
        }
        // The latest date an article states is a day it was written on or after, not
        // its own day: its relative dates may be read from then on, its figures are
        // not timed by it ("Nov. 9" in a piece of Nov. 11).
        match latest {
            Some(date) => Reference {
                date: Some(date),
                basis: format!("latest date in the text, {date}"),
                own: false,
                earliest: Some(date),
                stamp: None,
                order,
            },
            None => Reference {
                date: None,
                basis: "none".into(),
                own: false,
                earliest: None,
                stamp: None,
                order,
            },
        }
    }

    /// The reference date of a source, given its own (`own_reference`) and the latest and
    /// earliest dates of its story (`story_dates`).
    fn reference(
        &self,
        sources: &(impl Sources + ?Sized),
        source: usize,
        own: &Reference,
        (corpus, earliest): (Option<Date>, Option<Date>),
    ) -> Result<Reference, Error> {
        let r = own.clone();
        // A wire dateline without its year ("MANILA, Nov. 11 (UPI) --") takes the year
        // of the dates around it.
        let r = match corpus.or(r.date).filter(|_| !r.own) {
            Some(around) => match self.dated(&*sources.document(source)?, Some(around), r.order).0 {
                Some(date) => Reference::dateline(date, r.order),
                None => r,
            },
            None => r,
        };
        Ok(match (r.date, corpus) {
            (None, Some(date)) => Reference {
                date: Some(date),
                basis: BORROWED_BASIS.into(),
                own: false,
                earliest,
                stamp: None,
                order: r.order,
            },
            // Written on or after its latest date, up to the latest of the others.
            (Some(stated), Some(latest)) if !r.own => Reference {
                date: Some(latest.max(stated)),
                ..r
            },
            _ => r,
        })
    }

    /// For each document without a date of its own, the latest and earliest dates of the
    /// dated documents of its story: those that share at least `stories::SHARED_NAMES` names with it,
    /// and at least half as many as the one sharing most (an undated piece on a typhoon
    /// borrows its dates from the typhoon's coverage, not from an unrelated story checked with
    /// it), and those that name too little to tell their story; or of every other document
    /// when none does. Ranges, not lists of documents: a corpus of thousands of sources must
    /// not hold a list of all the others for each.
    fn story_dates(&self, surveys: &[Survey]) -> Vec<(Option<Date>, Option<Date>)> {
        let names: Vec<BTreeSet<String>> = surveys
            .iter()
            .map(|s| s.names.iter().map(|n| n.to_lowercase()).collect())
            .collect();
        let own: Vec<&Reference> = surveys.iter().map(|s| &s.own).collect();
        let used_by = stories::users_by_name(&names);
        let dated = |j: usize| own.get(j).and_then(|r| r.date).map(|d| (d, j));
        // Sorted by date: the extremes without one document are among the first and last two.
        let sorted = |mut dates: Vec<(Date, usize)>| {
            dates.sort_unstable();
            dates
        };
        let all = sorted((0..names.len()).filter_map(dated).collect());
        let untold = sorted(
            (0..names.len())
                .filter(|&j| names.get(j).is_some_and(|n| n.len() < stories::SHARED_NAMES))
                .filter_map(dated)
                .collect(),
        );
        let without = |dates: &[(Date, usize)], i: usize| {
            let latest = dates.iter().rev().take(2).find(|&&(_, j)| j != i).map(|&(d, _)| d);
            let earliest = dates.iter().take(2).find(|&&(_, j)| j != i).map(|&(d, _)| d);
            (latest, earliest)
        };
        (0..names.len())
            .map(|i| {
                if own.get(i).is_none_or(|r| r.own) {
                    return (None, None);
                }
                let mut shared: BTreeMap<usize, usize> = BTreeMap::new();
                for n in names.get(i).into_iter().flatten() {
                    for &j in used_by.get(n).into_iter().flatten().filter(|&&j| j != i) {
                        *shared.entry(j).or_default() += 1;
                    }
                }
                shared.retain(|&j, _| dated(j).is_some());
                // The closest: sharing at least half as many names as the closest one does
                // (two AI stories share "OpenAI"; one story shares its cast).
                let closest = shared.values().copied().max().unwrap_or(0);
                let story: Vec<Date> = shared
                    .into_iter()
                    .filter(|&(_, k)| k >= stories::SHARED_NAMES && 2 * k >= closest)
                    .filter_map(|(j, _)| dated(j).map(|(d, _)| d))
                    .collect();
                // A source naming too little to tell its story may be of any.
                let (untold_latest, untold_earliest) = without(&untold, i);
                let latest = story.iter().copied().chain(untold_latest).max();
                let earliest = story.iter().copied().chain(untold_earliest).min();
                match latest {
                    Some(_) => (latest, earliest),
                    None => without(&all, i),
                }
            })
            .collect()
    }

    /// A document's dateline and the latest full date it states, dates without their year
    /// read against `around`.
    fn dated(&self, doc: &Document, around: Option<Date>, order: DateOrder) -> (Option<Date>, Option<Date>) {
        let mut dateline = None;
        let mut latest: Option<Date> = None;
        for (i, s) in doc.sentences.iter().enumerate() {
            let text = doc.sentence_text(s);
            let first_in_paragraph = doc.opens_paragraph(i);
            // A day the text looks ahead to ("will receive a dividend on June 30, 2023") is no
            // day it was written on or after.
            let ahead = self.recognisers.speaks_of_future(text);
            for m in self.recognisers.times(text, around, order) {
                let Value::Time { span } = m.value else { continue };
                if span.grain != Grain::Day {
                    continue;
                }
                // Read against other dates, a yearless date is a dateline only in a wire's
                // shape ("MANILA, Nov. 11 (UPI) --"), not a timeline's ("Oct. 9 – Talks stall").
                let wire = around.is_none() || opens_with_place_in_capitals(text);
                if dateline.is_none() && wire && is_dateline(first_in_paragraph, text, &m) {
                    dateline = Some(span.first);
                }
                if !ahead {
                    latest = latest.max(Some(span.first));
                }
            }
        }
        (dateline, latest)
    }

    /// The date of a page's time stamp in its first lines ("Published November 12, 2013"; in
    /// a line of fields between bars or dashes, "News | DW | 10.11.2013", one field), and where it is
    /// written (a byte offset in `text`).
    fn stamped(&self, text: &str, order: DateOrder) -> Option<(Date, usize)> {
        let mut at = 0;
        text.split_inclusive('\n')
            .map(|line| {
                let here = at;
                at += line.len();
                (here, line)
            })
            .filter(|(_, line)| !line.trim().is_empty())
            .take(STAMP_LINES)
            // Fields stand between bars or dashes ("GULF DAILY — Sunday 8 March 2026, 11:20 GMT
            // — Staff reporter", "The Courier — Thursday, August 17, 2028"); a date opening a
            // line with one dash before a sentence is a timeline's, not a field ("March 23,
            // 2021 — Ever Given runs aground"; but "date 2023-11-17 SAN FRANCISCO (KRON) — ...").
            .flat_map(|(here, line)| {
                let first = line
                    .split_whitespace()
                    .next()
                    .unwrap_or_default()
                    .trim_end_matches(|c: char| !c.is_alphanumeric());
                let opens_with_date = first.starts_with(|c: char| c.is_ascii_digit())
                    || extract::time::is_month_name(first)
                    || extract::time::is_weekday_name(first);
                let told = opens_with_date
                    && line.split_once(FIELD_BREAKS).is_some_and(|(_, rest)| {
                        !rest.contains(FIELD_BREAKS)
                            && rest
                                .split_whitespace()
                                .filter(|w| w.starts_with(char::is_lowercase))
                                .count()
                                >= 2
                    });
                line.split_inclusive(FIELD_BREAKS)
                    .scan(here, |at, field| {
                        let offset = *at;
                        *at += field.len();
                        Some((offset, field))
                    })
                    .filter(move |(offset, field)| !(told && *offset == here && field.ends_with(FIELD_BREAKS)))
                    .map(|(offset, field)| (offset, field.trim_end_matches(FIELD_BREAKS)))
            })
            .find_map(|(offset, field)| {
                let times = self.recognisers.times(field, None, order);
                let date = stamp(field, &times)?;
                Some((date, offset + times.first()?.start))
            })
    }

    /// The whole pipeline: each source read once for its names, dates and words, then again
    /// for its claims, story by story (`plan`, then `read_part` for each of `parts`).
    pub fn run(&self, sources: &(impl Sources + ?Sized), pinned: Option<Date>) -> Result<Run, Error> {
        let plan = self.plan(sources, pinned)?;
        let parts = plan.parts();
        self.run_parts(sources, plan, parts)
    }

    /// The run of the stories of `parts` alone (in their order), the other stories' claims
    /// left unread: every source and story of `plan`, those stories' claims.
    pub fn run_parts(
        &self,
        sources: &(impl Sources + ?Sized),
        mut plan: Plan,
        stories: Vec<Range<usize>>,
    ) -> Result<Run, Error> {
        let mut parts = Vec::new();
        for stories in stories {
            let part = self.read_part(sources, &plan, stories)?;
            plan.name_stories(&part);
            parts.push(part);
        }
        let mut claims = Vec::with_capacity(parts.iter().map(|p| p.claims.len()).sum());
        let mut checked = check::Checked {
            graph: ClaimGraph::new(claims.capacity()),
            disputes: Vec::new(),
        };
        for part in parts {
            let part_checked = check::Checked {
                graph: part.graph,
                disputes: part.disputes,
            };
            checked.append(part_checked, claims.len());
            claims.extend(part.claims);
        }
        Ok(Run {
            sources: plan.sources,
            references: plan.references,
            stories: plan.stories,
            claims,
            graph: checked.graph,
            disputes: checked.disputes,
        })
    }

    /// The first reading of every source, and its sources grouped into stories by the names
    /// each writes and the day each was published.
    pub fn plan(&self, sources: &(impl Sources + ?Sized), pinned: Option<Date>) -> Result<Plan, Error> {
        let (surveys, corpus) = self.survey(sources, pinned, true)?;
        let references = self.settle(sources, &surveys)?;
        let (sources, names): (Vec<SourceInfo>, Vec<BTreeSet<String>>) =
            surveys.into_iter().map(|s| (s.info, s.names)).unzip();
        let stories = if self.across_stories {
            Stories::one(sources.len())
        } else {
            let dates: Vec<Option<Date>> = references.iter().map(|r| r.date.filter(|_| r.own)).collect();
            Stories::group(&names, &dates)
        };
        Ok(Plan {
            sources,
            some_dated: references.iter().any(|r| r.own),
            references,
            corpus,
            stories,
        })
    }

    /// Reads, resolves and checks the claims of the stories `stories` (a range of `plan.parts`).
    pub fn read_part(
        &self,
        sources: &(impl Sources + ?Sized),
        plan: &Plan,
        stories: Range<usize>,
    ) -> Result<Part, Error> {
        let story_of = |source: usize| plan.stories.of_source.get(source).copied().unwrap_or(0);
        let members: Vec<usize> = (0..plan.sources.len())
            .filter(|&i| stories.contains(&story_of(i)))
            .collect();
        let resolved = members
            .par_iter()
            .map(|&i| {
                let (Some(info), Some(reference)) = (plan.sources.get(i), plan.references.get(i)) else {
                    return Err(Error::Usage(format!("no source number {}", i + 1)));
                };
                let doc = sources.document(i)?;
                // (Its names, dates and words were read from what the first reading found.)
                if doc.raw.len() != info.bytes {
                    return Err(Error::input(&doc.path, "changed while it was being read: run again"));
                }
                let read = self
                    .resolver
                    .document(&doc, i, &self.recognisers, reference, &plan.corpus);
                if let Some(tick) = &self.on_document {
                    tick();
                }
                Ok(read)
            })
            .collect::<Result<Vec<_>, Error>>()?;
        let mut claims: Vec<Claim> = Vec::with_capacity(resolved.iter().map(|(c, _)| c.len()).sum());
        let mut document_names = Vec::with_capacity(resolved.len());
        for ((own, names), &source) in resolved.into_iter().zip(&members) {
            claims.extend(own);
            document_names.push((source, names));
        }
        // A year borrowed from the other sources of a run some of whose sources are dated is
        // theirs, and their weekdays check it; one borrowed from an old date an undated text
        // states (and the sources that took it from there) checks nothing.
        if plan.some_dated {
            for c in claims.iter_mut().filter(|c| c.year_borrowed) {
                c.year_borrowed = plan.references.get(c.source).is_none_or(|r| r.basis != BORROWED_BASIS);
            }
        }
        claims.sort_by_key(|c| (story_of(c.source), c.source, c.span, c.kind));
        claims.dedup_by(|b, a| a.source == b.source && a.span == b.span && a.kind == b.kind);
        // A kind whose extraction rule is switched off (crosscheck.toml) makes no claims.
        claims.retain(|c| !c.rule.is_empty());
        // Each story's claims, a slice each: names unified and claims checked story by story.
        let mut slices: Vec<&mut [Claim]> = Vec::new();
        let mut rest: &mut [Claim] = &mut claims;
        for story in stories.clone() {
            let len = rest.iter().take_while(|c| story_of(c.source) == story).count();
            let (own, tail) = rest.split_at_mut(len);
            slices.push(own);
            rest = tail;
        }
        // Each story's documents' names.
        let mut names_of: Vec<Vec<&resolve::DocumentNames>> = vec![Vec::new(); stories.len()];
        for (source, names) in &document_names {
            if let Some(list) = story_of(*source)
                .checked_sub(stories.start)
                .and_then(|k| names_of.get_mut(k))
            {
                list.push(names);
            }
        }
        // Each story is named by the name most of its sources use, among the names resolution
        // kept (not a capitalised word opening a sentence).
        let names: Vec<String> = if self.across_stories {
            vec![String::new(); stories.len()]
        } else {
            names_of
                .iter()
                .map(|docs| stories::most_used(docs.iter().map(|d| d.names.iter())))
                .collect()
        };
        let checked: Vec<(usize, check::Checked)> = slices
            .into_par_iter()
            .zip(names_of)
            .map(|(slice, own_names)| {
                resolve::read_option_rows(slice);
                resolve::unify_names(slice, &own_names, &self.rules.lexicon);
                resolve::mark_traded(slice, &self.rules.lexicon);
                (slice.len(), check::check(slice, &self.rules))
            })
            .collect();
        let mut all = check::Checked {
            graph: ClaimGraph::new(claims.len()),
            disputes: Vec::new(),
        };
        let mut offset = 0;
        for (len, story) in checked {
            all.append(story, offset);
            offset += len;
        }
        Ok(Part {
            stories,
            claims,
            graph: all.graph,
            disputes: all.disputes,
            names,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::snapshot::render_snapshot;
    use crate::report::{json, render_github, render_sarif, Keep, Report, Spool};
    use crate::report::{render_markdown, render_text};
    use crate::source::{collect_inputs, Files};
    use std::borrow::Cow;
    use std::path::PathBuf;

    /// The JSON report of a run over `sources`.
    fn report(engine: &Engine, sources: &(impl Sources + ?Sized)) -> String {
        let run = engine.run(sources, None).unwrap();
        json(&Report::build(&run, &engine.rules)).unwrap()
    }

    /// The files under `folders`, in path order.
    fn inputs_of(folders: &[&str]) -> Vec<crate::source::Input> {
        let folders: Vec<PathBuf> = folders.iter().map(PathBuf::from).collect();
        collect_inputs(&folders, u64::MAX, &|_| false).unwrap().inputs
    }

    /// Sources read twice (none kept between the readings) give the report of sources read
    /// once and held, byte for byte: the first reading's names, dates and words are the run's,
    /// whichever document is read when.
    #[test]
    fn files_read_twice_give_the_report_of_documents_held() {
        let engine = Engine::new(RuleSet::defaults().unwrap()).unwrap();
        let inputs = inputs_of(&[
            "tests/fixtures/state-budget",
            "tests/fixtures/foreign-language",
            "seeds",
        ]);
        let held = engine.read(&inputs, u64::MAX).unwrap();
        let streamed = Files::new(&inputs, &engine.prose, u64::MAX).unwrap().keeping(0);
        assert!(matches!(streamed.document(0).unwrap(), Cow::Owned(_)));
        let kept = Files::new(&inputs, &engine.prose, u64::MAX).unwrap();
        assert!(matches!(kept.document(0).unwrap(), Cow::Borrowed(_)));
        let once = report(&engine, held.as_slice());
        assert!(once.contains("thaler") && once.contains("CC101"));
        assert_eq!(report(&engine, &streamed), once);
        assert_eq!(report(&engine, &kept), once);
    }

    /// A report written part by part, one story at a time (`Spool`), is the report of the
    /// whole run byte for byte, in JSON and in JSON Lines (facts and findings numbered across
    /// the parts, stories named, the summary counted), and so are its snapshot, SARIF and
    /// GitHub annotations when only the findings and the claims they name are kept.
    #[test]
    fn a_report_written_part_by_part_is_the_whole_runs() {
        let engine = Engine::new(RuleSet::defaults().unwrap()).unwrap();
        let inputs = inputs_of(&[
            "tests/fixtures/retail-merger",
            "tests/fixtures/vaccine-trial",
            "tests/fixtures/data-breach",
        ]);
        let files = Files::new(&inputs, &engine.prose, u64::MAX).unwrap();
        let run = engine.run(&files, None).unwrap();
        let whole = Report::build(&run, &engine.rules);
        assert_eq!(whole.stories.len(), 4);
        assert!(whole.summary.errors > 3);
        let keeps = [
            Keep::Json,
            Keep::JsonLines,
            Keep::Findings,
            Keep::Text { color: false },
            Keep::Text { color: true },
            Keep::Markdown,
        ];
        // Each part read once, into a spool of each kind.
        let mut plan = engine.plan(&files, None).unwrap();
        let parts = plan.parts_of(1);
        assert_eq!(parts.len(), 4);
        let mut spools: Vec<Spool> = keeps.iter().map(|&keep| Spool::new(keep, &plan).unwrap()).collect();
        for stories in parts {
            let part = engine.read_part(&files, &plan, stories).unwrap();
            plan.name_stories(&part);
            for spool in &mut spools {
                spool.add(&part.checked(&plan), &engine.rules).unwrap();
            }
        }
        for (keep, spool) in keeps.into_iter().zip(spools) {
            let mut expected = Vec::new();
            match keep {
                Keep::Json => whole.write_json(&mut expected).unwrap(),
                Keep::JsonLines => whole.write_json_lines(&mut expected).unwrap(),
                Keep::Findings => expected = render_snapshot(&whole).into_bytes(),
                Keep::Text { color } => expected = render_text(&whole, color).into_bytes(),
                Keep::Markdown => expected = render_markdown(&whole).into_bytes(),
            }
            let (report, spilled) = spool.finish(&plan).unwrap();
            let mut written = Vec::new();
            if let Keep::Text { .. } | Keep::Markdown = keep {
                written = spilled.render(&spilled.with_named(report)).unwrap().into_bytes();
            } else if keep == Keep::Findings {
                let report = spilled.with_named(report);
                // SARIF and GitHub annotations show no more than a snapshot does.
                assert_eq!(
                    render_sarif(&report, &engine.rules).unwrap(),
                    render_sarif(&whole, &engine.rules).unwrap()
                );
                assert_eq!(render_github(&report), render_github(&whole));
                written = render_snapshot(&report).into_bytes();
            } else {
                spilled.write(&report, &mut written).unwrap();
            }
            assert_eq!(
                String::from_utf8(written).unwrap(),
                String::from_utf8(expected).unwrap()
            );
        }
    }

    /// A source that reads as one text the first time and another the second (a file
    /// written to while the run reads it).
    struct Changing {
        reads: std::sync::atomic::AtomicUsize,
        texts: [Document; 2],
    }

    impl Sources for Changing {
        fn count(&self) -> usize {
            1
        }

        fn document(&self, _: usize) -> Result<Cow<'_, Document>, Error> {
            let read = self.reads.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            Ok(Cow::Borrowed(&self.texts[read.min(1)]))
        }
    }

    /// A file that changed between the two readings is an error naming it, not a report that
    /// mixes the two versions.
    #[test]
    fn a_source_that_changes_between_the_readings_is_an_error() {
        let engine = Engine::new(RuleSet::defaults().unwrap()).unwrap();
        let doc = |text: &str| Document::parse("notes.txt".into(), text.into(), source::Format::Text, &engine.prose);
        let changing = Changing {
            reads: Default::default(),
            texts: [doc("The toll rose to 40."), doc("The toll rose to 41 on Friday.")],
        };
        let error = engine.run(&changing, None).err().unwrap().to_string();
        assert!(error.contains("notes.txt") && error.contains("changed"), "{error}");
    }
}
