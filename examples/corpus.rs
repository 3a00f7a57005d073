//! A deterministic generator of news-like corpora for measuring crosscheck at scale, and the
//! scorer of a report against what the generator injected.
//!
//!     cargo run --release --example corpus -- generate --megabytes 10 --out /tmp/c10 --truth /tmp/c10.truth.json
//!     crosscheck check /tmp/c10 --format json > /tmp/c10.json
//!     cargo run --release --example corpus -- score /tmp/c10.json /tmp/c10.truth.json
//!
//! A corpus holds many unrelated stories (funding rounds, earthquakes, quarterly results,
//! takeovers, appointments), each told by three to eight sources published within a few days
//! of each other, in varied wording and number formats. Stories share some names (investors,
//! regions, banks), as real archives do. A story's death toll grows from source to source
//! (an update, never a conflict); in about a third of the stories one source gives one figure
//! a value the others do not (an injected conflict). The same seed and size give the same
//! bytes on any machine.
//!
//! `score` reads a JSON report and the truth file and prints the conflicts found of those
//! injected (recall), the conflict findings that are injected ones (precision), and the
//! findings whose claims come from more than one story.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

/// One injected conflict: the story's sources that give the figure, and the one among them
/// that gives it a different value.
#[derive(Serialize, Deserialize)]
struct Injected {
    story: usize,
    figure: String,
    odd_source: String,
    sources: Vec<String>,
}

/// What the generator wrote: each file's story, and the conflicts it injected.
#[derive(Serialize, Deserialize)]
struct Truth {
    story_of: BTreeMap<String, usize>,
    injected: Vec<Injected>,
}

const SYLLABLES: &[&str] = &[
    "ar", "bel", "cor", "dan", "el", "fen", "gal", "hal", "is", "jor", "kel", "lum", "mar", "nor", "os", "pel", "quin",
    "ros", "sal", "tor", "ul", "ver", "wyn", "xan", "yor", "zel", "bri", "cas", "dro", "fal", "gri", "lin",
];
const SUFFIXES: &[&str] = &[
    "Labs",
    "Systems",
    "Robotics",
    "Health",
    "Energy",
    "Logistics",
    "Networks",
    "Foods",
    "Motors",
    "Bio",
];
const SECTORS: &[&str] = &[
    "software",
    "battery",
    "payments",
    "robotics",
    "biotech",
    "logistics",
    "cloud",
    "chip",
    "insurance",
    "food delivery",
];
/// Names many stories share, as in a real archive.
const INVESTORS: &[&str] = &[
    "Northgate Capital",
    "Sable Ventures",
    "Harbor Point Partners",
    "Meridian Growth",
    "Blue Fern Capital",
];
const CITIES: &[&str] = &[
    "Lisbon",
    "Austin",
    "Toronto",
    "Nairobi",
    "Seoul",
    "Oslo",
    "Denver",
    "Lyon",
    "Perth",
    "Manchester",
    "Osaka",
    "Bogota",
];
const REGIONS: &[&str] = &[
    "Valdora province",
    "the Kessin region",
    "Marrow county",
    "the northern highlands",
    "the Tavel coast",
    "Orrin district",
];
/// Forty first and forty last names: 1,600 people, as varied as an archive's cast.
const FIRST: &[&str] = &[
    "Maria", "James", "Aiko", "Tomasz", "Leila", "Daniel", "Priya", "Jonas", "Grace", "Omar", "Sofia", "Victor",
    "Amara", "Bruno", "Chen", "Dalia", "Emeka", "Freya", "Gustavo", "Hana", "Ibrahim", "Julia", "Kofi", "Lucia",
    "Mateo", "Nadia", "Oskar", "Paula", "Rafael", "Selin", "Theo", "Uma", "Wei", "Yara", "Zoran", "Ines", "Hugo",
    "Marta", "Nikolai", "Rosa",
];
const LAST: &[&str] = &[
    "Okafor",
    "Lindqvist",
    "Moreau",
    "Tanaka",
    "Haddad",
    "Kowalski",
    "Brennan",
    "Castillo",
    "Varga",
    "Ng",
    "Ferreira",
    "Adeyemi",
    "Bauer",
    "Costa",
    "Dubois",
    "Eriksen",
    "Fischer",
    "Garcia",
    "Horvat",
    "Ivanova",
    "Jensen",
    "Kaur",
    "Lopez",
    "Mensah",
    "Novak",
    "Ortiz",
    "Petrov",
    "Quinn",
    "Rossi",
    "Silva",
    "Takahashi",
    "Ueda",
    "Vogel",
    "Wojcik",
    "Yilmaz",
    "Zhang",
    "Almeida",
    "Berg",
    "Diallo",
    "Sato",
];
/// Sentences with no checkable figure, for the bulk of an article.
const FILLER: &[&str] = &[
    "Analysts said the move reflected a broader shift in the industry.",
    "The announcement drew a mixed reaction from people familiar with the matter.",
    "Critics have questioned whether the plan goes far enough.",
    "Officials declined to comment further on the details.",
    "The company did not respond to a request for comment.",
    "Local residents described scenes of confusion and worry.",
    "The decision follows months of negotiations behind closed doors.",
    "Observers expect further details to emerge in the coming weeks.",
    "Several people spoke on condition of anonymity because the talks were private.",
    "The news was welcomed by some and met with scepticism by others.",
    "It was not immediately clear how the change would affect customers.",
    "Rescue teams and volunteers worked through the night.",
    "The net effect on local businesses remains uncertain.",
    "Hospitals kept rescue crews on standby as executives and officials met.",
    "Several analysts said the quarter had been difficult for critics and observers alike.",
];

/// A day counted from 2020-01-01.
fn date(day: i64) -> jiff::civil::Date {
    jiff::civil::date(2020, 1, 1) + jiff::Span::new().days(day)
}

/// A day written "March 3, 2031".
fn date_text(day: i64) -> String {
    date(day).strftime("%B %-d, %Y").to_string()
}

fn weekday(day: i64) -> String {
    date(day).strftime("%A").to_string()
}

fn pick<'a>(rng: &mut fastrand::Rng, from: &[&'a str]) -> &'a str {
    from[rng.usize(..from.len())]
}

fn company(rng: &mut fastrand::Rng) -> String {
    let mut name = String::new();
    for _ in 0..rng.usize(2..4) {
        name.push_str(pick(rng, SYLLABLES));
    }
    let mut chars = name.chars();
    let first = chars.next().map(|c| c.to_ascii_uppercase()).unwrap_or('X');
    format!("{first}{} {}", chars.as_str(), pick(rng, SUFFIXES))
}

fn person(rng: &mut fastrand::Rng) -> String {
    format!("{} {}", pick(rng, FIRST), pick(rng, LAST))
}

/// An amount of money in one of the ways news writes it.
fn money(rng: &mut fastrand::Rng, value: f64, scale: &str) -> String {
    let short = if scale == "billion" { "bn" } else { "m" };
    match rng.usize(..3) {
        0 => format!("${value} {scale}"),
        1 => format!("${value}{short}"),
        _ => format!("{value} {scale} dollars"),
    }
}

/// A figure one source may get wrong: its name, its true value, and a value no rounding of
/// the true one reaches.
struct Figure {
    name: &'static str,
    value: f64,
    wrong: f64,
}

impl Figure {
    fn new(rng: &mut fastrand::Rng, name: &'static str, value: f64) -> Figure {
        let factor = if rng.bool() { 1.4 } else { 0.6 };
        let wrong = if value.fract() == 0.0 {
            (value * factor).round()
        } else {
            (value * factor * 10.0).round() / 10.0
        };
        Figure { name, value, wrong }
    }
}

/// The sentences of a source, given each figure's value by name and the source's days since
/// the event.
type Writer = Box<dyn Fn(&mut fastrand::Rng, &dyn Fn(&str) -> f64, i64) -> Vec<String>>;

/// One story: its figures, and the sentences each source draws from.
struct Story {
    figures: Vec<Figure>,
    write: Writer,
}

fn funding(rng: &mut fastrand::Rng, _day: i64) -> Story {
    let name = company(rng);
    let (investor, city, sector, ceo) = (pick(rng, INVESTORS), pick(rng, CITIES), pick(rng, SECTORS), person(rng));
    let raised = f64::from(rng.u32(2..60) * 10);
    let valuation = f64::from(rng.u32(11..90)) / 10.0;
    let staff = f64::from(rng.u32(40..900));
    let founded = 2005 + rng.i64(0..15);
    let figures = vec![
        Figure::new(rng, "raised", raised),
        Figure::new(rng, "valuation", valuation),
        Figure::new(rng, "staff", staff),
    ];
    let write = move |rng: &mut fastrand::Rng, v: &dyn Fn(&str) -> f64, _: i64| {
        let raised = money(rng, v("raised"), "million");
        let valuation = money(rng, v("valuation"), "billion");
        let staff = v("staff");
        vec![
            format!("{name}, the {city}-based {sector} start-up, has raised {raised} in a funding round led by {investor}."),
            match rng.usize(..2) {
                0 => format!("The round values {name} at {valuation}, according to people familiar with the deal."),
                _ => format!("The deal gives {name} a valuation of {valuation}."),
            },
            format!("{name} was founded in {founded} and employs {staff} people."),
            format!("\"We will use the money to hire engineers and expand into new markets,\" chief executive {ceo} said in an interview."),
        ]
    };
    Story {
        figures,
        write: Box::new(write),
    }
}

fn earthquake(rng: &mut fastrand::Rng, day: i64) -> Story {
    let region = pick(rng, REGIONS);
    let magnitude = f64::from(rng.u32(50..79)) / 10.0;
    let deaths = f64::from(rng.u32(12..400));
    let evacuated = f64::from(rng.u32(2..90) * 1000);
    let official = person(rng);
    let figures = vec![
        Figure::new(rng, "magnitude", magnitude),
        Figure::new(rng, "evacuated", evacuated),
        // The toll grows with the days since the quake: an update, not a conflict.
        Figure {
            name: "deaths",
            value: deaths,
            wrong: deaths,
        },
    ];
    let write = move |rng: &mut fastrand::Rng, v: &dyn Fn(&str) -> f64, since: i64| {
        let toll = v("deaths") + (since * 17) as f64;
        let when = format!("{}, {}", weekday(day), date_text(day));
        vec![
            format!("A magnitude {} earthquake struck {region} on {when}, collapsing homes and cutting power lines.", v("magnitude")),
            match rng.usize(..2) {
                0 => format!("The death toll rose to {toll} as rescuers reached remote villages, officials said."),
                _ => format!("At least {toll} people were killed, according to the regional disaster agency."),
            },
            format!("About {} people were evacuated from coastal towns.", v("evacuated")),
            format!("\"Our teams are doing everything they can to reach the families still trapped,\" said {official}, the head of the agency."),
        ]
    };
    Story {
        figures,
        write: Box::new(write),
    }
}

fn results(rng: &mut fastrand::Rng, day: i64) -> Story {
    let name = company(rng);
    let revenue = f64::from(rng.u32(12..300)) / 10.0;
    let growth = f64::from(rng.u32(3..45));
    let profit = f64::from(rng.u32(20..900));
    let quarter = ["first", "second", "third", "fourth"][rng.usize(..4)];
    let figures = vec![
        Figure::new(rng, "revenue", revenue),
        Figure::new(rng, "growth", growth),
        Figure::new(rng, "profit", profit),
    ];
    let write = move |rng: &mut fastrand::Rng, v: &dyn Fn(&str) -> f64, _: i64| {
        let revenue = money(rng, v("revenue"), "billion");
        let profit = money(rng, v("profit"), "million");
        vec![
            format!(
                "{name} reported {quarter}-quarter revenue of {revenue} on {}.",
                weekday(day)
            ),
            format!("Revenue grew {}% from a year earlier, the company said.", v("growth")),
            format!("Net profit was {profit} in the quarter."),
            "Executives said demand remained strong in the company's main markets.".to_string(),
        ]
    };
    Story {
        figures,
        write: Box::new(write),
    }
}

fn takeover(rng: &mut fastrand::Rng, day: i64) -> Story {
    let (buyer, target) = (company(rng), company(rng));
    let deal = f64::from(rng.u32(11..240)) / 10.0;
    let staff = f64::from(rng.u32(300..9000));
    let close = date(day + rng.i64(90..400)).strftime("%B %Y").to_string();
    let figures = vec![Figure::new(rng, "deal", deal), Figure::new(rng, "staff", staff)];
    let write = move |rng: &mut fastrand::Rng, v: &dyn Fn(&str) -> f64, _: i64| {
        let deal = money(rng, v("deal"), "billion");
        vec![
            format!("{buyer} agreed to buy {target} for {deal}, the companies said."),
            format!("The acquisition is expected to close in {close}, subject to regulatory approval."),
            format!("{target} employs {} people.", v("staff")),
        ]
    };
    Story {
        figures,
        write: Box::new(write),
    }
}

fn appointment(rng: &mut fastrand::Rng, day: i64) -> Story {
    let (name, new, old) = (company(rng), person(rng), person(rng));
    let joined = 2000 + rng.i64(0..18);
    let tenure = f64::from(rng.u32(3..15));
    let figures = vec![Figure::new(rng, "tenure", tenure)];
    let write = move |_: &mut fastrand::Rng, v: &dyn Fn(&str) -> f64, _: i64| {
        vec![
            format!(
                "{name} named {new} as its chief executive on {}, {}.",
                weekday(day),
                date_text(day)
            ),
            format!("{new} replaces {old}, who led the company for {} years.", v("tenure")),
            format!("{new} joined {name} in {joined}."),
        ]
    };
    Story {
        figures,
        write: Box::new(write),
    }
}

fn generate(megabytes: f64, out: &Path, truth_path: &Path, seed: u64) -> std::io::Result<()> {
    std::fs::create_dir_all(out)?;
    let mut rng = fastrand::Rng::with_seed(seed);
    let budget = (megabytes * 1_000_000.0) as usize;
    let (mut written, mut story_id, mut file_id) = (0usize, 0usize, 0usize);
    let mut truth = Truth {
        story_of: BTreeMap::new(),
        injected: Vec::new(),
    };
    let kinds: [fn(&mut fastrand::Rng, i64) -> Story; 5] = [funding, earthquake, results, takeover, appointment];
    while written < budget {
        story_id += 1;
        let day = 365 + rng.i64(0..3650);
        let story = kinds[rng.usize(..kinds.len())](&mut rng, day);
        let sources = rng.usize(3..9);
        let wrongable: Vec<usize> = (0..story.figures.len())
            .filter(|&i| story.figures[i].wrong != story.figures[i].value)
            .collect();
        let odd = (rng.usize(..3) == 0).then(|| (rng.usize(..sources), wrongable[rng.usize(..wrongable.len())]));
        let mut names = Vec::new();
        for s in 0..sources {
            file_id += 1;
            // Names that do not sort by story: an archive is not filed by story.
            let name = format!("{:016x}.txt", hash(seed, file_id));
            let since = rng.i64(0..4);
            let value = |figure: &str| {
                let i = story.figures.iter().position(|f| f.name == figure).unwrap_or(0);
                let f = &story.figures[i];
                if odd == Some((s, i)) {
                    f.wrong
                } else {
                    f.value
                }
            };
            let mut sentences = (story.write)(&mut rng, &value, since);
            rng.shuffle(&mut sentences[1..]);
            let mut text = format!("Published {}.\n\n", date_text(day + since));
            let paragraphs = rng.usize(6..12);
            for p in 0..paragraphs {
                let mut paragraph: Vec<&str> = Vec::new();
                if let Some(s) = sentences.get(p) {
                    paragraph.push(s);
                }
                for _ in 0..rng.usize(2..6) {
                    paragraph.push(pick(&mut rng, FILLER));
                }
                let _ = writeln!(text, "{}\n", paragraph.join(" "));
            }
            written += text.len();
            std::fs::write(out.join(&name), text)?;
            truth.story_of.insert(name.clone(), story_id);
            names.push(name);
        }
        if let Some((s, f)) = odd {
            truth.injected.push(Injected {
                story: story_id,
                figure: story.figures[f].name.to_string(),
                odd_source: names[s].clone(),
                sources: names.clone(),
            });
        }
    }
    std::fs::write(truth_path, serde_json::to_string(&truth)?)?;
    eprintln!(
        "{} files, {story_id} stories, {} injected conflicts, {:.1} MB in {}",
        file_id,
        truth.injected.len(),
        written as f64 / 1e6,
        out.display()
    );
    Ok(())
}

/// A stable 64-bit mix of the seed and a counter (splitmix64's finaliser).
fn hash(seed: u64, n: usize) -> u64 {
    let mut z = seed ^ (n as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// Compare a JSON report's conflict findings with the truth.
fn score(report: &Path, truth: &Path) -> Result<(), Box<dyn std::error::Error>> {
    let report: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(report)?)?;
    let truth: Truth = serde_json::from_str(&std::fs::read_to_string(truth)?)?;
    let file_name = |p: &str| {
        Path::new(p)
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default()
    };
    let source_file: BTreeMap<String, String> = report["sources"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|s| {
            (
                s["id"].as_str().unwrap_or("").to_string(),
                file_name(s["path"].as_str().unwrap_or("")),
            )
        })
        .collect();
    let claim_file: BTreeMap<String, String> = report["claims"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|c| {
            let source = c["source"].as_str().unwrap_or("");
            (
                c["id"].as_str().unwrap_or("").to_string(),
                source_file.get(source).cloned().unwrap_or_default(),
            )
        })
        .collect();
    let odd: BTreeSet<(&str, usize)> = truth
        .injected
        .iter()
        .map(|i| (i.odd_source.as_str(), i.story))
        .collect();
    let (mut findings, mut conflicts, mut cross, mut true_conflicts) = (0, 0, 0, 0);
    let mut found: BTreeSet<usize> = BTreeSet::new();
    for f in report["findings"].as_array().into_iter().flatten() {
        findings += 1;
        let files: BTreeSet<&str> = f["claims"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|c| claim_file.get(c.as_str().unwrap_or("")).map(String::as_str))
            .collect();
        let stories: BTreeSet<usize> = files.iter().filter_map(|f| truth.story_of.get(*f).copied()).collect();
        if stories.len() > 1 {
            cross += 1;
        }
        if f["relation"] != "conflict" {
            continue;
        }
        conflicts += 1;
        // An injected conflict is found when the odd source's claims stand apart: in one
        // value group, and another group holds claims of other sources only.
        let group_files = |g: &serde_json::Value| -> BTreeSet<&str> {
            g.as_array()
                .into_iter()
                .flatten()
                .filter_map(|c| claim_file.get(c.as_str().unwrap_or("")).map(String::as_str))
                .collect()
        };
        let groups: Vec<BTreeSet<&str>> = f["groups"].as_array().into_iter().flatten().map(group_files).collect();
        if let (1, Some(&story)) = (stories.len(), stories.first()) {
            let is_odd = |file: &&str| odd.contains(&(*file, story));
            let apart = groups.iter().any(|g| g.iter().any(is_odd)) && groups.iter().any(|g| !g.iter().any(is_odd));
            if apart {
                true_conflicts += 1;
                found.insert(story);
            }
        }
    }
    let pct = |a: usize, b: usize| if b == 0 { 0.0 } else { 100.0 * a as f64 / b as f64 };
    println!(
        "injected_recall={}/{} ({:.1}%) conflict_precision={true_conflicts}/{conflicts} ({:.1}%) cross_story_findings={cross}/{findings} ({:.2}%)",
        found.len(),
        truth.injected.len(),
        pct(found.len(), truth.injected.len()),
        pct(true_conflicts, conflicts),
        pct(cross, findings)
    );
    Ok(())
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let value = |flag: &str| {
        args.iter()
            .position(|a| a == flag)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    match args.first().map(String::as_str) {
        Some("generate") => {
            let megabytes: f64 = value("--megabytes").unwrap_or_else(|| "1".into()).parse()?;
            let seed: u64 = value("--seed").unwrap_or_else(|| "1".into()).parse()?;
            let out = PathBuf::from(value("--out").ok_or("--out DIR is required")?);
            let truth = value("--truth").map_or_else(|| out.with_extension("truth.json"), PathBuf::from);
            generate(megabytes, &out, &truth, seed)?;
        }
        Some("score") => {
            let (Some(report), Some(truth)) = (args.get(1), args.get(2)) else {
                return Err("usage: corpus score REPORT.json TRUTH.json".into());
            };
            score(Path::new(report), Path::new(truth))?;
        }
        _ => return Err("usage: corpus generate --megabytes N --out DIR [--truth FILE] [--seed N] | corpus score REPORT.json TRUTH.json".into()),
    }
    Ok(())
}
