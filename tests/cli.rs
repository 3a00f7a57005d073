//! The binary end to end: reports on the seeds and on the fixtures, snapshotted with insta
//! into snapshots/; exit codes; errors for bad input; byte-exact spans; determinism.

mod common;

use std::path::Path;
use std::process::{Command, Output};

use common::{crosscheck, crosscheck_with_stdin, tempdir};

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("UTF-8 output")
}

fn snapshot(name: &str, value: &str) {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path(concat!(env!("CARGO_MANIFEST_DIR"), "/snapshots"));
    settings.set_prepend_module_to_snapshot(false);
    settings.bind(|| insta::assert_snapshot!(name, value));
}

/// The messages of a JSON report's conflict findings.
fn conflict_messages(report: &serde_json::Value) -> Vec<&str> {
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["relation"] == "conflict")
        .map(|f| f["message"].as_str().unwrap())
        .collect()
}

/// The first claim of a JSON report whose sentence starts with `opening`.
fn claim_in<'a>(report: &'a serde_json::Value, opening: &str) -> &'a serde_json::Value {
    report["claims"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["sentence"].as_str().unwrap().starts_with(opening))
        .unwrap()
}

/// The first claim of a JSON report whose text is `text`.
fn claim_with_text<'a>(report: &'a serde_json::Value, text: &str) -> &'a serde_json::Value {
    report["claims"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["text"] == text)
        .unwrap()
}

/// The fact of a report that holds `claim`.
fn fact_of<'a>(report: &'a serde_json::Value, claim: &serde_json::Value) -> &'a serde_json::Value {
    report["facts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["claims"].as_array().unwrap().contains(&claim["id"]))
        .unwrap()
}

fn json(args: &[&str]) -> serde_json::Value {
    let out = crosscheck(args);
    serde_json::from_slice(&out.stdout).expect("the JSON report parses")
}

#[test]
fn seeds_report_has_no_conflicts_and_the_announcement_is_one_fact() {
    let out = crosscheck(&["check", "seeds/", "--color", "never"]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let text = stdout(&out);
    snapshot("seeds_text", &text);

    let report = json(&["check", "seeds/", "--format", "json"]);
    snapshot("seeds_json", &serde_json::to_string_pretty(&report).unwrap());
    assert_eq!(report["summary"]["conflicts"], 0);
    let claims = report["claims"].as_array().unwrap();
    let by_id = |id: &str| claims.iter().find(|c| c["id"] == id).unwrap();
    // The May 19, 2026 announcement: one fact, at least three sources, "May 19th" included.
    let may19 = report["facts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["value"] == "2026-05-19" && f["key"].as_str().unwrap().ends_with("announce"))
        .expect("an announcement fact on 2026-05-19");
    assert!(may19["sources"].as_array().unwrap().len() >= 3);
    let texts: Vec<&str> = may19["claims"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| by_id(c.as_str().unwrap())["text"].as_str().unwrap())
        .collect();
    assert!(texts.contains(&"May 19th"), "{texts:?}");
    // Single-source claims the issue names.
    for (text, reading) in [
        ("eleven-percent", "1.11x"),
        ("roughly 700", "630..770 experiment"),
        ("crossed the $1 trillion", "> 1e12 USD"),
    ] {
        let claim = claims
            .iter()
            .find(|c| c["text"] == text)
            .unwrap_or_else(|| panic!("no claim {text}"));
        assert_eq!(claim["reading"], reading);
        let fact = fact_of(&report, claim);
        assert_eq!(fact["sources"].as_array().unwrap().len(), 1, "{text} is single-source");
    }
    // Page furniture in 002 yields no claims: every claim of 002 sits in a prose sentence.
    let furniture = ["41% off", "19 total reach", "0 shares1 inbound", "2 active", "$17.76"];
    assert!(claims
        .iter()
        .all(|c| !furniture.iter().any(|f| c["sentence"].as_str().unwrap().contains(f))));
}

#[test]
fn json_spans_are_the_exact_bytes_of_the_file() {
    let report = json(&["check", "seeds/", "tests/fixtures/", "--format", "json"]);
    let sources = report["sources"].as_array().unwrap();
    for claim in report["claims"].as_array().unwrap() {
        let source = sources.iter().find(|s| s["id"] == claim["source"]).unwrap();
        let bytes =
            std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join(source["path"].as_str().unwrap())).unwrap();
        let (start, end) = (
            claim["span"]["start"].as_u64().unwrap() as usize,
            claim["span"]["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(
            std::str::from_utf8(&bytes[start..end]).unwrap(),
            claim["text"].as_str().unwrap(),
            "{claim}"
        );
    }
}

#[test]
fn a_contradicting_source_exits_1_and_names_both_sides() {
    let out = crosscheck(&[
        "check",
        "seeds/",
        "tests/fixtures/seeds-contradict/",
        "--color",
        "never",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    snapshot("seeds_contradicted_text", &text);
    for (seed, theirs) in [
        ("seeds/000_49adfde8cd8a03ff.txt", "$480 billion"),
        ("seeds/003_55fd4d8c005ee477.txt", "4 percent"),
        ("seeds/003_55fd4d8c005ee477.txt", "about 2,000"),
        ("seeds/001_f1ea9d63adf3df8b.txt", "May 21, 2026"),
    ] {
        let finding = text
            .split("\nerror[")
            .find(|f| f.contains(theirs))
            .unwrap_or_else(|| panic!("no conflict on {theirs}"));
        assert!(
            finding.contains(seed) && finding.contains("006_contradicting.txt"),
            "{finding}"
        );
    }
}

#[test]
fn an_agreeing_source_in_other_words_adds_no_conflict() {
    let out = crosscheck(&["check", "seeds/", "tests/fixtures/seeds-agree/", "--color", "never"]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    let report = json(&["check", "seeds/", "tests/fixtures/seeds-agree/", "--format", "json"]);
    let facts = report["facts"].as_array().unwrap();
    let corroborated = |value: &str| {
        facts
            .iter()
            .any(|f| f["value"] == value && f["sources"].as_array().unwrap().len() >= 2)
    };
    assert!(corroborated("1.11x"), "the speed-up in other words");
    assert!(corroborated("630..770 experiment"), "the experiments in other words");
}

#[test]
fn other_stories_find_every_planted_conflict_and_no_other() {
    let out = crosscheck(&[
        "check",
        "tests/fixtures/retail-merger",
        "tests/fixtures/vaccine-trial",
        "--color",
        "never",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    snapshot("other_stories_text", &text);
    let report = json(&[
        "check",
        "tests/fixtures/retail-merger",
        "tests/fixtures/vaccine-trial",
        "--format",
        "json",
    ]);
    let messages: Vec<&str> = fields(&report, "findings", "message");
    let planted = [
        "€2bn",
        "1,200",
        "3 March 2026",
        "late 2021",
        "94%",
        "30,000",
        "Thursday, March 6, 2026",
    ];
    for p in planted {
        assert!(messages.iter().any(|m| m.contains(p)), "missed {p}: {messages:#?}");
    }
    assert_eq!(messages.len(), planted.len(), "{messages:#?}");
}

/// An earnings-day rally told three ways (tests/fixtures/chip-rally): one company under three
/// names ("Veltrix Semiconductor Group", "Veltrix"); a change of market value told by its verb
/// and "by" and as what was added, which moves during the day (an update, not a conflict); a
/// year-to-date gain in a participle clause ("..., rising 104% so far") agreeing with one
/// "so far this year", which dates nothing; the day's 18% move agreeing in a source dated by
/// its emphasised byline; ".8" and "0.8 percentage points" agreeing; and two deadlines for
/// one acquisition, "by 2027" against "by 2028": the only conflict.
/// A retailer's results with the figures each change is measured from ("up 6% compared with
/// $2.32 billion a year earlier", "rose to $118 million from $97 million", "versus $2.41
/// billion expected"): those are earlier levels or estimates, so the one source that gives
/// last year's revenue as this year's is the one conflict.
#[test]
fn figures_a_change_is_measured_from_are_earlier_levels_not_this_periods() {
    let report = json(&["check", "tests/fixtures/results-comparisons", "--format", "json"]);
    let findings = report["findings"].as_array().unwrap();
    assert_eq!(findings.len(), 1, "{findings:#?}");
    let finding = &findings[0];
    assert_eq!(finding["relation"], "conflict");
    let claims: Vec<&str> = finding["claims"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap())
        .collect();
    let text_of = |id: &str| {
        report["claims"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["id"] == id)
            .map(|c| {
                (
                    c["key"].as_str().unwrap().to_string(),
                    c["text"].as_str().unwrap().to_string(),
                )
            })
            .unwrap()
    };
    let mut sides: Vec<(String, String)> = claims.iter().map(|id| text_of(id)).collect();
    sides.sort();
    assert_eq!(
        sides,
        [
            ("harrowgate-stores/revenue".into(), "$2.46 billion".into()),
            (
                "harrowgate-stores/revenue[first-quarter]".into(),
                "$2.32 billion".into()
            ),
            (
                "harrowgate-stores/revenue[first-quarter]".into(),
                "$2.46 billion".into()
            ),
        ]
    );
    let keys: Vec<&str> = fields(&report, "claims", "key");
    for level in [
        "harrowgate-stores/revenue[first-quarter,year-earlier]",
        "profit[earlier]",
        "harrowgate-stores/revenue[consensus]",
        "margin[gross,year-earlier]",
    ] {
        assert!(keys.contains(&level), "{level} not in {keys:#?}");
    }
}

#[test]
fn an_earnings_rally_links_its_changes_and_flags_only_the_deadlines() {
    let report = json(&["check", "tests/fixtures/chip-rally", "--format", "json"]);
    let findings: Vec<(&str, &str)> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| (f["relation"].as_str().unwrap(), f["message"].as_str().unwrap()))
        .collect();
    assert_eq!(findings.len(), 2, "{findings:#?}");
    assert!(findings
        .iter()
        .any(|(r, m)| *r == "conflict" && m.contains("by 2027") && m.contains("by 2028")));
    assert!(findings
        .iter()
        .any(|(r, m)| *r == "update" && m.starts_with("veltrix-semiconductor-group/growth[of:market-value]")));
    let corroborated: Vec<(&str, &str)> = report["facts"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["sources"].as_array().is_some_and(|s| s.len() >= 2))
        .map(|f| (f["key"].as_str().unwrap(), f["value"].as_str().unwrap()))
        .collect();
    assert_eq!(
        corroborated,
        [
            ("veltrix-semiconductor-group/growth[of:share-price]", "18%"),
            (
                "veltrix-semiconductor-group/growth[of:share-price,year-to-date]",
                "104%"
            ),
            ("decline[gross,of:margin,year-on-year]", "0.8 pp"),
        ]
    );
    let blog = report["sources"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["path"].as_str().unwrap().ends_with("c_blog.txt"))
        .unwrap();
    assert_eq!(blog["reference"], "2026-02-20");
}

/// The findings of a fixture's JSON report, as (relation, message).
fn findings_of(report: &serde_json::Value) -> Vec<(String, String)> {
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["relation"].as_str().unwrap().to_string(),
                f["message"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

/// Whether a finding of `relation` has all of `words` in its message.
fn has(found: &[(String, String)], relation: &str, words: &[&str]) -> bool {
    found
        .iter()
        .any(|(r, m)| r == relation && words.iter().all(|w| m.contains(w)))
}

/// A sum still to find "beyond that" is more of a measure, not all of it: the fares' "about $129
/// million beyond that to close its projected budget gap" is set against the $178m gap neither
/// as a conflict nor as a possible one (it was an error once "CFO Priya Sandoval-Marr" read as
/// a person, who names no figure's subject).
#[test]
fn a_sum_still_to_find_beyond_a_figure_is_not_the_figure() {
    let findings = findings_of(&json(&[
        "check",
        "tests/fixtures/kestrel-bay-fares",
        "--format",
        "json",
    ]));
    for relation in ["conflict", "possible-conflict"] {
        assert!(!has(&findings, relation, &["$129 million"]), "{findings:#?}");
    }
}

/// A figure of the story's own name names it: it is not set against another name's figure as
/// one that might be that name's (a possible conflict is for figures that name no one).
#[test]
fn a_figure_of_the_storys_own_name_is_no_possible_conflict_with_another_names() {
    for (fixture, words) in [
        // The Aster 3 card's price against the Aster Pod 8 server's.
        ("chip-launch", ["US$24,000", "$229,000"]),
        // The club's appeal by morning against the Ravens Family Fund's by night.
        ("stadium-roof", ["€640,000", "€1.2 million"]),
        // Open positions against the jobs two rounds cut.
        ("software-layoffs", ["about 260", "nearly 1,800"]),
        // A coalition's odds against an SDU-led government's.
        ("kestria-election", ["70 per cent", "25%"]),
        // The break fee each side pays the other.
        ("veltra-telecom-merger", ["€140 million", "300 million euros"]),
    ] {
        let found = findings_of(&json(&[
            "check",
            &format!("tests/fixtures/{fixture}"),
            "--format",
            "json",
        ]));
        assert!(!has(&found, "possible-conflict", &words), "{fixture}: {found:#?}");
    }
}

#[test]
fn blind_stories_flag_their_planted_conflicts_not_their_traps() {
    let quake = findings_of(&json(&["check", "tests/fixtures/quake-aftermath", "--format", "json"]));
    assert!(
        has(&quake, "conflict", &["Monday, October 12", "was a Tuesday"]),
        "{quake:#?}"
    );
    assert!(
        has(&quake, "conflict", &["magnitude", "6.1 (6.1)", "6.4 (6.4)"]),
        "{quake:#?}"
    );
    // Missed (open, EXPECTED.md): the Tuesday pledge of 50 million soles against "pledged 15
    // million soles". One source's 50 million is read as the European Union's aid, the others'
    // as a fund of no measure; it was found only while the figures of the story's own name
    // (the prime minister's 15 million) counted as unnamed ones that another name's may be.
    // "12 miles ... northeast of the town of Santa Rosa de Yurac" is from the town named.
    assert!(has(&quake, "conflict", &["12 miles", "19 miles"]), "{quake:#?}");
    // A toll of Wednesday is not Tuesday's, nor the 1998 quake's.
    assert!(!has(&quake, "conflict", &["41 (41)", "27 (27"]), "{quake:#?}");
    assert!(!has(&quake, "conflict", &["76 ("]), "{quake:#?}");
    // The USGS and the IGP give the magnitude apart, so they are two parties: a depth that
    // names neither is not the IGP's, and the IGP's distance is not the USGS's.
    assert!(!has(&quake, "conflict", &["14 km", "10 km"]), "{quake:#?}");
    assert!(!has(&quake, "conflict", &["31 km", "19 kilometres"]), "{quake:#?}");
    let buyout = findings_of(&json(&["check", "tests/fixtures/buyout-terms", "--format", "json"]));
    assert!(
        has(&buyout, "conflict", &["$186 million", "$168 million"]),
        "{buyout:#?}"
    );
    assert!(
        has(
            &buyout,
            "conflict",
            &["the first quarter of 2028", "the third quarter of 2027"]
        ),
        "{buyout:#?}"
    );
    assert!(has(&buyout, "conflict", &["32%", "23%"]), "{buyout:#?}");
    // A price per share is no yearly tax bill; Friday's close is not the 30-day average; the
    // closes of two days are an update.
    assert!(!has(&buyout, "conflict", &["$47.50", "$9.6 million"]), "{buyout:#?}");
    assert!(!has(&buyout, "conflict", &["$35.98", "$33.69"]), "{buyout:#?}");
    assert!(has(&buyout, "update", &["$46.12", "$46.41"]), "{buyout:#?}");
    // A second blind pair: an election night and its recount, a software company's layoffs.
    let election = findings_of(&json(&[
        "check",
        "tests/fixtures/regional-election",
        "--format",
        "json",
    ]));
    assert!(
        has(
            &election,
            "conflict",
            &["civic-alliance/seats", "31 (31, 2 sources)", "33 (33"]
        ),
        "{election:#?}"
    );
    assert!(
        has(&election, "conflict", &["lost [-four-] [+five+] seats"]),
        "{election:#?}"
    );
    assert!(
        has(&election, "conflict", &["Wednesday, October 14", "was a Thursday"]),
        "{election:#?}"
    );
    // What a recount would give is not the count; a bond's spread in basis points is no
    // count; the partial count and the 2023 share are not the final share.
    assert!(
        !has(&election, "conflict", &["national-renewal/seats"]),
        "{election:#?}"
    );
    assert!(!has(&election, "conflict", &["basi"]), "{election:#?}");
    assert!(!has(&election, "conflict", &["34.1%"]), "{election:#?}");
    assert!(!has(&election, "conflict", &["37.5%"]), "{election:#?}");
    assert!(!has(&election, "conflict", &["€1.9 million"]), "{election:#?}");
    let layoffs = findings_of(&json(&["check", "tests/fixtures/software-layoffs", "--format", "json"]));
    assert!(has(&layoffs, "conflict", &["one in [-seven-] [+six+]"]), "{layoffs:#?}");
    // A deadline's weekday is checked like any date's.
    assert!(
        has(&layoffs, "conflict", &["by Wednesday, Feb. 17", "was a Thursday"]),
        "{layoffs:#?}"
    );
    // Last year's cut is not this year's; a miss by 3 cents is not the estimate; the intraday
    // low and an analyst's price target are not the close.
    assert!(
        !has(&layoffs, "conflict", &["roughly 14%", "roughly 7%"]),
        "{layoffs:#?}"
    );
    assert!(!has(&layoffs, "conflict", &["1,140", "about 620"]), "{layoffs:#?}");
    assert!(!has(&layoffs, "conflict", &["3 cents"]), "{layoffs:#?}");
    assert!(
        !has(&layoffs, "conflict", &["$33.98 (33.98 USD) vs $31.80"]),
        "{layoffs:#?}"
    );
    assert!(!has(&layoffs, "conflict", &["$36 (36 USD)"]), "{layoffs:#?}");
    // A third blind pair: a wildfire told by a live blog among others, a rate decision.
    let fire = findings_of(&json(&["check", "tests/fixtures/harrow-wildfire", "--format", "json"]));
    assert!(
        has(
            &fire,
            "conflict",
            &["by Thursday, Aug. 25 (2028-08-25)", "was a Friday"]
        ),
        "{fire:#?}"
    );
    assert!(has(&fire, "conflict", &["gusting to [-45-] [+55+]"]), "{fire:#?}");
    assert!(has(&fire, "conflict", &["Friday, Aug. 11", "Saturday"]), "{fire:#?}");
    // The live blog's Monday crews are not Wednesday's (the Wednesday count names no fire, and
    // the story's two fires are two parties); the 2013 fire's acres are not this one's;
    // Monday's evacuation orders are not Wednesday's.
    assert!(!has(&fire, "conflict", &["1,150", "1,980"]), "{fire:#?}");
    assert!(!has(&fire, "conflict", &["31,400 acres"]), "{fire:#?}");
    assert!(!has(&fire, "conflict", &["About 7,400"]), "{fire:#?}");
    let rates = findings_of(&json(&["check", "tests/fixtures/rate-decision", "--format", "json"]));
    assert!(
        has(&rates, "conflict", &["Wednesday, May 11", "was a Thursday"]),
        "{rates:#?}"
    );
    assert!(
        has(&rates, "conflict", &["more [-persistent-] [+stubborn+]"]),
        "{rates:#?}"
    );
    assert!(
        has(&rates, "conflict", &["inflation[adjusted]", "3.4%", "3.6 per cent"]),
        "{rates:#?}"
    );
    // Services inflation, the target and the policy rate are not the headline rate.
    assert!(!has(&rates, "conflict", &["5.0 per cent"]), "{rates:#?}");
    assert!(!has(&rates, "conflict", &["2.5 per cent"]), "{rates:#?}");
    assert!(!has(&rates, "conflict", &["inflation: ", "5.50%"]), "{rates:#?}");
    // Food prices are not all prices; March's reading is March's; a monthly rise told after
    // one "on the month" is monthly.
    assert!(!has(&rates, "conflict", &["7.2%", "4.1 per cent"]), "{rates:#?}");
    assert!(!has(&rates, "conflict", &["3.8 per cent"]), "{rates:#?}");
    // A fourth blind pair: a football transfer, a drug recall. A step-down agreed in advance
    // is no announcement; a wage a week is no agent's fee; a season's appearances are not a
    // career's.
    assert_conflicts(
        "tests/fixtures/football-transfer",
        &[
            &["Sunday, 3 August", "was a Monday"],
            &["who [-changes-] [+wins+] games"],
        ],
        &[&["1 July this year"], &["£180,000", "£5m"], &["34 (34", "158 (158"]],
    );
    // The end of a distribution range is no announcement; a limit is not a measured level;
    // 2021's recall is not this one.
    assert_conflicts(
        "tests/fixtures/drug-recall",
        &[
            &["their [-doctor-] [+pharmacist+]"],
            &["8.4% (8.4%", "4.8 percent (4.8%"],
        ],
        &[&["Jan. 20, 2026"], &["96 (96 nanogram"], &["310 (310 nanogram"]],
    );
}

#[test]
fn a_fifth_blind_pair_an_airline_incident_and_a_court_ruling() {
    // A 62-aircraft fleet is no count of the aircraft whose pumps were replaced; "Pine Harbor,
    // Oregon, with 174 passengers" are not Oregon's passengers; injuries that grew are an update.
    assert_conflicts(
        "tests/fixtures/airline-incident",
        &[
            &["Saturday, May 17", "was a Sunday"],
            &["every [-person-] [+passenger+] on board"],
        ],
        // (The union's 740 pilots are not the two flying the plane.)
        &[&["aircraft-count"], &["pilot-count"]],
    );
    let airline = findings_of(&json(&["check", "tests/fixtures/airline-incident", "--format", "json"]));
    assert!(!airline.iter().any(|(_, m)| m.contains("oregon/")), "{airline:#?}");
    assert!(
        has(&airline, "update", &["injuries", "11 (11 person", "23 (23 person"]),
        "{airline:#?}"
    );
    // A three-judge panel is not contradicted by "two judges decided" (the majority).
    assert_conflicts(
        "tests/fixtures/court-ruling",
        &[
            &["Wednesday, May 12", "was a Tuesday"],
            &["dressed in [-regression-] [+statistics+]"],
            &["5,870", "4,870"],
        ],
        &[&["judge-count"], &["three (3 judge"], &["23 (23 person)", "6,300"]],
    );
}

#[test]
fn a_sixth_blind_pair_an_election_abroad_and_a_cup_final() {
    assert_conflicts(
        "tests/fixtures/kestria-election",
        &[
            &["Saturday, June 20", "was a Sunday"],
            &["will not [-govern-] [+negotiate+] with"],
        ],
        // (A line's upgrade for 4.1 billion kruna is not a programme of 58 billion; votes cast
        // from abroad are not the largest party's.)
        &[&["Friday, June 18"], &["kruna-count"], &["212,400", "1,360,218"]],
    );
    // Two people's ages are no counts; "closed Monday 1.2% stronger" is no date.
    let election = findings_of(&json(&["check", "tests/fixtures/kestria-election", "--format", "json"]));
    assert!(!election.iter().any(|(_, m)| m.contains("year-old")), "{election:#?}");
    assert!(!election.iter().any(|(_, m)| m.contains("Monday 1.2")), "{election:#?}");
    assert_conflicts(
        "tests/fixtures/cup-final",
        &[&["for a [-moment-] [+night+] like this"]],
        &[],
    );
}

/// The string `field` of each item of `report[list]` ("message" of each finding).
fn fields<'a>(report: &'a serde_json::Value, list: &str, field: &str) -> Vec<&'a str> {
    report[list]
        .as_array()
        .unwrap()
        .iter()
        .map(|item| item[field].as_str().unwrap())
        .collect()
}

/// The findings of a fixture folder's JSON report, checked: a conflict holding each list of
/// words of `found`, and none holding any list of `not_found`.
fn assert_conflicts(folder: &str, found: &[&[&str]], not_found: &[&[&str]]) {
    let findings = findings_of(&json(&["check", folder, "--format", "json"]));
    for words in found {
        assert!(has(&findings, "conflict", words), "{words:?} in {findings:#?}");
    }
    for words in not_found {
        assert!(!has(&findings, "conflict", words), "{words:?} in {findings:#?}");
    }
}

/// The seventh blind pair (see EXPECTED.md): every planted conflict of the strike is found
/// and none of its traps (a branch's ballot, a region's services, "4.5% this year" against
/// other years' rises, a weekday of the year before); so are the ferry's, and none of its
/// counts of who was on board (passengers, crew, all of them) against each other.
#[test]
fn a_seventh_blind_pair_a_ferry_capsize_and_a_rail_strike() {
    assert_conflicts(
        "tests/fixtures/rail-strike",
        &[
            &["Monday 16 February", "was a Tuesday"],
            &["this deal was [-won-] [+earned+]"],
            &["cost", "324 million florins"],
            &["vote-share[for:action]: 86% (86%) vs 88% (88%)"],
        ],
        &[
            &["this["],
            &["next:"],
            &["turnout"],
            &["service-count"],
            &["Wednesday 17 February"],
        ],
    );
    assert_conflicts(
        "tests/fixtures/ferry-capsize",
        &[
            &["79 (79 body) vs 97"],
            &["someone to [-bury-] [+mourn+]"],
            &["Monday, May 9", "was a Sunday"],
            &["capacity[of:passenger]", "650 (650 passenger, 2 sources) vs 600"],
        ],
        &[
            &["on-board"],
            &["Tuesday, Thursday"],
            &["leave:"],
            &["kora-count"],
            &["rescued"],
            &["diver-count"],
        ],
    );
}

/// The eighth blind pair (see EXPECTED.md): the breach's three planted conflicts within one
/// story (a weekday, when the attackers got in, a fine's dollar conversion) and none of its
/// traps (a branch office's staff, an earlier breach's members, share prices in crowns against
/// fines); the chip launch's transistor count, misquote and share move, and none of the counts
/// that describe some model or cluster ("a 70-billion-parameter model", "64-card clusters").
#[test]
fn an_eighth_blind_pair_a_data_breach_and_a_chip_launch() {
    assert_conflicts(
        "tests/fixtures/data-breach",
        &[
            &["Wednesday, March 2", "was a Tuesday"],
            &["intrusion", "since February 17", "February 7"],
            &["fine", "about US$36 million", "about US$46 million"],
        ],
        &[&["headcount"], &["affected"], &["crown-count"], &["share-price"]],
    );
    assert_conflicts(
        "tests/fixtures/chip-launch",
        &[
            &["transistor-count", "186 billion", "168 billion"],
            &["in a single [-generation-] [+year+]"],
            &["growth[of:share-price]", "6.8 per cent", "8.6 per cent"],
        ],
        &[
            &["parameter-count"],
            &["card-count"],
            &["nanometre-count"],
            &["watt-count"],
        ],
    );
}

/// The ninth blind pair (see EXPECTED.md), added after one session of fixes: the bank run's
/// misquote and none of its traps (a province's branches "here", Tuesday's withdrawals
/// "alone" against three days'); the marathon's weekday and misquote.
#[test]
fn a_ninth_blind_pair_a_bank_run_and_a_marathon_record() {
    assert_conflicts(
        "tests/fixtures/bank-run",
        &[&["at corvane is [-safe-] [+secure+]"]],
        &[&["branch-count"], &["9.6 billion"], &["acquire"]],
    );
    assert_conflicts(
        "tests/fixtures/marathon-record",
        &[
            &["Saturday, 17 October", "was a Sunday"],
            &["you can never [-relax-] [+rest+] in a marathon"],
        ],
        &[],
    );
}

/// The tenth blind pair (see EXPECTED.md): every planted conflict of both stories and none
/// of the traps it first fell for (a Saturday's "announced on Thursday will fund", shares
/// outstanding against shares sold, a count for each arm against the total, a midday move
/// against the close).
#[test]
fn a_tenth_blind_pair_a_dam_collapse_and_a_trial_result() {
    assert_conflicts(
        "tests/fixtures/dam-collapse",
        &[
            &["dam-size", "62-metre", "68-metre"],
            &["Wednesday, May 11", "was a Tuesday"],
            &["this was a [-maintenance-] [+structural+] failure"],
            &["package[of:emergency]", "€45 million", "€54 million"],
        ],
        &[&["announce"]],
    );
    assert_conflicts(
        "tests/fixtures/trial-result",
        &[
            &["enrolment", "3,142", "3,412"],
            &["Tuesday, June 14", "was a Monday"],
            &["profile of a [-best-] [+first+] in class"],
            &["payment", "$115 million", "$150 million"],
        ],
        &[&["share-count"], &["participant-count"], &["growth"]],
    );
}

/// The eleventh blind pair (see EXPECTED.md), run once as a measure of the tenth pair's fixes:
/// what it finds so far.
#[test]
fn an_eleventh_blind_pair_a_chemical_fire_and_mining_results() {
    assert_conflicts(
        "tests/fixtures/chemical-fire",
        &[
            &["Thursday, August 11", "was a Wednesday"],
            &["evidence of any [-toxic-] [+significant+] release"],
        ],
        // (120 firefighters at the peak, around 60 at six in the morning.)
        &[&["there [-was-] [+is+]"], &["firefighter-count"]],
    );
    assert_conflicts(
        "tests/fixtures/mining-results",
        &[
            &["Wednesday, August 17", "was a Tuesday"],
            &["this was a [-disciplined-] [+difficult+] year"],
        ],
        &[],
    );
}

/// The twelfth and thirteenth blind pairs (see EXPECTED.md), run once before this session's
/// fixes: what they find now, and the false alarms those fixes removed.
#[test]
fn a_twelfth_and_thirteenth_blind_pair_an_outbreak_a_budget_a_heatwave_and_a_launch() {
    assert_conflicts(
        "tests/fixtures/cholera-outbreak",
        &[
            &["deaths: 53 (53 death) vs 58 (58 death)"],
            &["the outbreak is [-spreading-] [+slowing+]"],
        ],
        &[],
    );
    assert_conflicts(
        "tests/fixtures/state-budget",
        &[
            &["Wednesday, 13 October", "was a Tuesday"],
            &["deficit[of-gdp]: 2.8% (2.8%) vs 2.5% (2.5%)"],
            &["income-tax-rate: 47% (47%) vs 48% (48%)"],
            &["21.4 billion", "24.1 billion"],
        ],
        &[&["job-cuts"], &["corporate-tax-rate"], &["[conditional"]],
    );
    assert_conflicts(
        "tests/fixtures/heatwave-blackout",
        &[
            &["Monday, 14 July", "was a Tuesday"],
            &["never [-designed-] [+built+]"],
            &["temperature[in:lenbury-airport]", "43.7222 °C", "43.1111 °C"],
            &["without-power", "460,000", "640,000"],
        ],
        &[&["job-cuts"], &["leave/"]],
    );
    assert_conflicts(
        "tests/fixtures/rocket-launch",
        &[
            &["Thursday, March 18", "was a Wednesday"],
            &["became a [-routine-] [+habit+]"],
            &["weight", "4,200 kg", "4,800 kilograms"],
        ],
        &[&["tonight"], &["$3.1 billion"]],
    );
}

/// The fourteenth blind pair (see EXPECTED.md), run once before its fixes: what it finds
/// now, and the false alarms those fixes removed.
#[test]
fn a_fourteenth_blind_pair_a_derailment_and_a_housing_report() {
    assert_conflicts(
        "tests/fixtures/train-derailment",
        &[
            &["Sunday, 9 March", "was a Monday"],
            &["deaths: six (6 person) vs eight (8 person)"],
            &["this is a [-dark-] [+black+] day"],
        ],
        &[
            &["storm-speed"],
            &["Almost two dozen"],
            &["on-board"],
            &["injuries"],
            &["deaths: 21"],
        ],
    );
    assert_conflicts(
        "tests/fixtures/housing-report",
        &[&["cooling not [-collapsing-] [+crashing+]"]],
        &[&["lindmoor/growth"], &["around 2 percent"]],
    );
}

/// The fifteenth blind pair (see EXPECTED.md): a volcano's eruption over three days and a
/// software company's listing. Their traps: a fissure's length against the plume's height, a
/// window of 72 hours against the hours between a tremor and the eruption, a conversion of a
/// conditional total, shares counted fully diluted, a listing price against the close.
#[test]
fn a_fifteenth_blind_pair_an_eruption_and_a_listing() {
    assert_conflicts(
        "tests/fixtures/volcano-eruption",
        &[
            &["Wednesday, 12 May 2026", "was a Tuesday"],
            &["rule out a [-larger-] [+longer+] explosive phase"],
            &["magnitude: 4.9 (4.9 earthquake) vs 4.6 (4.6 tremor)"],
        ],
        &[&["height"], &["before-eruption"], &["distance"], &["unlike"]],
    );
    assert_conflicts(
        "tests/fixtures/ipo-debut",
        &[
            &["loss[full-year,net]", "$78 million", "$87 million"],
            &["the long term [-shareholder-] [+investor+]"],
            &["Friday, June 18", "was a Thursday"],
            &["found", "2016", "2014"],
        ],
        &[&["€627 million"], &["295 million"], &["share-price"], &["41%"]],
    );
}

/// The sixteenth blind pair (see EXPECTED.md): a census release and a tennis final. Found:
/// their wrong weekdays and changed quotes; kept apart: regions and cities, medians and
/// means, projections and counts, a prize in two currencies, a final's crowd and the
/// tournament's, the 2023 final's length and this one's.
#[test]
fn a_sixteenth_blind_pair_a_census_and_a_tennis_final() {
    assert_conflicts(
        "tests/fixtures/census-release",
        &[
            &["Monday, 9 March 2025", "was a Sunday"],
            &["urban and more [-divided-] [+diverse+]"],
        ],
        &[
            &["median"],
            &["9.1 million"],
            &["6.1 per cent"],
            &["2,731,904"],
            &["households"],
        ],
    );
    assert_conflicts(
        "tests/fixtures/tennis-final",
        &[
            &["Saturday, February 8", "was a Sunday"],
            &["finally felt like [-mine-] [+home+]"],
        ],
        // (One player's 17 aces are not the other's 23; five sets played are not "four sets
        // and a half" believed.)
        &[
            &["E$"],
            &["14,820"],
            &["812,400"],
            &["duration"],
            &["ace-count"],
            &["set-count"],
            // (Nor the runner-up's prize against the winner's cheque.)
            &["US$1.5 million", "US$2.88 million"],
        ],
    );
}

/// The seventeenth blind pair (see EXPECTED.md): a grid failure's four planted conflicts
/// (customers cut off at the peak, generation lost, a weekday, a quote) and none of its
/// updates or earlier blackout; a record transfer's weekly wage, quote and medical's day, and none of its
/// converted wage, the selling club's share after a sell-on, or the fee with add-ons.
#[test]
fn a_seventeenth_blind_pair_a_grid_failure_and_a_record_transfer() {
    assert_conflicts(
        "tests/fixtures/grid-failure",
        &[
            &["without-power", "1,184,000", "1.48 million"],
            &["power", "3,150 megawatts", "3,510 megawatts"],
            &["Tuesday, July 13", "was a Monday"],
            &["we will not [-stop-] [+rest+]"],
        ],
        &[&["640,000"], &["400,000"], &["7,900"], &["°C"], &["job-cuts"]],
    );
    assert_conflicts(
        "tests/fixtures/striker-transfer",
        &[
            &["salary[per-week]", "£320,000", "£280,000"],
            &["followed him for [-three-] [+two+] years"],
            &["medical", "Tuesday", "Thursday, August 6"],
        ],
        &[
            &["€375,000"],
            &["€106 million"],
            &["€145 million"],
            &["£250,000"],
            &["payroll"],
        ],
    );
}

/// The eighteenth blind pair (see EXPECTED.md): a canal blocked by a grounded ship (a
/// weekday, a quote; none of its growing queue, fleets told as they stand now, the canal's
/// own length, and a page dated by a line of fields between dashes) and a mine collapse (the
/// collapse's day, the refuge's depth, a quote; not the whole shift against those trapped).
#[test]
fn an_eighteenth_blind_pair_a_canal_blockage_and_a_mine_rescue() {
    assert_conflicts(
        "tests/fixtures/canal-blockage",
        &[
            &["Tuesday, March 2", "was a Monday"],
            &["not sleep for [-six-] [+five+] days"],
        ],
        &[&["tug-count"], &["vessel-count"], &["193 km"], &["dredger"]],
    );
    let canal = json(&["check", "tests/fixtures/canal-blockage", "--format", "json"]);
    assert_eq!(canal["sources"][2]["reference_basis"], "time stamp, 2026-03-08");
    assert_conflicts(
        "tests/fixtures/mine-rescue",
        &[
            &["collapse", "Tuesday, 6 October", "October 5"],
            &["depth", "720 metres"],
            &["we will not [-stop-] [+rest+]"],
        ],
        &[&["miner-count"], &["41"], &["share-price"]],
    );
}

/// The nineteenth blind pair (see EXPECTED.md): an aircraft order's quote, and not its list
/// price a jet against the order's worth; a river flood's rainfall in millimetres against
/// inches and its mayor's quote, and not its growing tolls nor the 1998 record level.
#[test]
fn a_nineteenth_blind_pair_an_aircraft_order_and_a_river_flood() {
    assert_conflicts(
        "tests/fixtures/airshow-order",
        &[&["us at a [-historic-] [+record+] scale"]],
        &[&["$312"], &["$44bn"], &["hours"]],
    );
    assert_conflicts(
        "tests/fixtures/river-flood",
        &[
            &["rainfall", "148mm", "6.8 inches"],
            &["we have [-never-] [+rarely+] seen"],
        ],
        &[&["deaths"], &["home-count"], &["8.80 metres"]],
    );
}

/// The twentieth blind pair (see EXPECTED.md): the tanker's weekday, crew and changed quote;
/// the heist's raid time, reward and changed quote (said by the minister the paragraph names,
/// not the prosecutor quoted before); none of the insured sums against the valuation, the whole
/// collection's cover against the stolen pieces', nor those airlifted against those aboard.
#[test]
fn a_twentieth_blind_pair_an_oil_spill_and_a_museum_heist() {
    assert_conflicts(
        "tests/fixtures/oil-spill",
        &[
            &["Friday, Oct. 10", "was a Saturday"],
            &["crew-size: 23 (23) vs 27 (27)"],
            &["the oil already [-at sea-] [+ashore+]"],
        ],
        &[&["on-board"], &["bird-count"], &["cargo"]],
    );
    assert_conflicts(
        "tests/fixtures/museum-heist",
        &[
            &["raid-duration", "12 minutes"],
            &["reward", "€300,000", "€500,000"],
            &["culture-minister-paul-ardent/quote: the alarms [-worked-] [+failed+]"],
        ],
        &[&["valuation"], &["insured-value"], &["€50,000"]],
    );
}

#[test]
fn a_wrong_month_for_an_appointment_is_one_conflict() {
    let report = json(&["check", "tests/fixtures/appointment", "--format", "json"]);
    let findings = report["findings"].as_array().unwrap();
    assert_eq!(findings.len(), 1, "{findings:#?}");
    let message = findings[0]["message"].as_str().unwrap();
    assert!(
        message.contains("March 2024") && message.contains("May 2024"),
        "{message}"
    );
    assert_eq!(findings[0]["code"], "CC102");
}

#[test]
fn figures_stated_for_different_times_are_a_timeline_not_a_conflict() {
    let out = crosscheck(&["check", "tests/fixtures/valuation-timeline", "--color", "never"]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    let text = stdout(&out);
    assert!(text.contains("Updates over time (1)"), "{text}");
    assert!(
        text.contains("$6 billion (6e9 USD, as of 2023-01-01) then $18 billion (1.8e10 USD, as of 2026-03-01)"),
        "{text}"
    );
}

#[test]
fn html_page_furniture_and_entities() {
    let report = json(&["check", "tests/fixtures/furniture.html", "--format", "json"]);
    let texts: Vec<&str> = fields(&report, "claims", "text");
    // The headline is read; the ticker, the byline's "4 min read" and the counters are not.
    // "Today the company has 1,200 employees" dates the present: a time, but no event. "The
    // company&rsquo;s chief executive, Maria Lindqvist" is her office (entities decoded).
    assert_eq!(
        texts,
        [
            "$18 billion",
            "$18 billion",
            "May 19, 2026",
            "chief executive",
            "Today",
            "1,200"
        ]
    );
}

#[test]
fn front_matter_sets_the_reference_date() {
    let report = json(&["check", "tests/fixtures/frontmatter.md", "--format", "json"]);
    let source = &report["sources"][0];
    assert_eq!(source["published"], "2026-05-20");
    assert_eq!(source["reference"], "2026-05-20");
    let yesterday = report["claims"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["text"] == "yesterday")
        .expect("yesterday is read");
    assert_eq!(yesterday["reading"], "2026-05-19");
}

#[test]
fn stdin_is_read_with_a_dash() {
    let out = crosscheck_with_stdin(
        &["check", "-", "--format", "json"],
        b"Acme was valued at $18 billion last year.\n",
    );
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["sources"][0]["path"], "-");
    assert_eq!(report["claims"][0]["key"], "acme/valuation");
}

#[test]
fn unusable_input_exits_2_with_the_file_named() {
    let out = crosscheck(&["check", "no/such/file.txt"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no/such/file.txt: no such file or folder"));

    let dir = tempdir("badrules");
    std::fs::write(dir.join("CC900-x.toml"), "code = \"CC900\"\nname = \"x\"\npatern = 1\n").unwrap();
    let out = crosscheck(&["check", "seeds/", "--rules", dir.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("CC900-x.toml:3:1: unknown field `patern`"), "{err}");
    assert!(!err.contains("panicked"), "{err}");

    std::fs::write(dir.join("bad.txt"), [0xff, 0xfe, 0x00]).unwrap();
    let out = crosscheck(&["check", dir.join("bad.txt").to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("bad.txt: not UTF-8 text"));
}

#[test]
fn the_same_input_gives_the_same_bytes_whatever_the_thread_count() {
    let run = |threads: &str| {
        Command::new(env!("CARGO_BIN_EXE_crosscheck"))
            .args(["check", "seeds/", "tests/fixtures/", "--format", "json"])
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .env("RAYON_NUM_THREADS", threads)
            .output()
            .unwrap()
            .stdout
    };
    assert_eq!(run("1"), run("4"));
}

#[test]
fn rules_explain_and_test_rules() {
    let out = stdout(&crosscheck(&["rules"]));
    assert!(out.contains("CC101  quantity-mismatch"), "{out}");
    let out = stdout(&crosscheck(&["explain", "cc103"]));
    assert!(out.starts_with("CC103 weekday-mismatch:"), "{out}");
    let out = crosscheck(&["explain", "CC999"]);
    assert_eq!(out.status.code(), Some(2));
    let out = crosscheck(&["test-rules"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(stdout(&out).ends_with(" failed\n"));
}

#[test]
fn fail_on_sets_the_exit_code() {
    let args = [
        "check",
        "seeds/",
        "tests/fixtures/seeds-contradict/",
        "--format",
        "json",
    ];
    assert_eq!(crosscheck(&args).status.code(), Some(1));
    assert_eq!(
        crosscheck(&[&args[..], &["--fail-on", "never"]].concat()).status.code(),
        Some(0)
    );
    assert_eq!(
        crosscheck(&[&args[..], &["--fail-on", "warning"]].concat())
            .status
            .code(),
        Some(1)
    );
}

#[test]
fn colour_only_when_asked_or_on_a_terminal() {
    let plain = stdout(&crosscheck(&["check", "seeds/", "tests/fixtures/seeds-contradict/"]));
    assert!(!plain.contains('\x1b'), "piped output has no colour by default");
    let coloured = stdout(&crosscheck(&[
        "check",
        "seeds/",
        "tests/fixtures/seeds-contradict/",
        "--color",
        "always",
    ]));
    assert!(coloured.contains("\x1b["));
}

#[test]
fn extract_dumps_mentions_with_spans() {
    let out = crosscheck(&["extract", "seeds/003_55fd4d8c005ee477.txt", "--format", "json"]);
    let mentions: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let m = mentions
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["text"] == "roughly 700")
        .unwrap();
    assert_eq!(m["kind"], "count");
    assert_eq!(m["value"]["interval"]["low"], 630.0);
    assert_eq!(m["value"]["hedge"], "roughly");
}

/// A masthead's fields between dashes or middle dots date the page ("GULF DAILY — Sunday 8
/// March 2026, 11:20 GMT — Staff reporter", "The Courier — Thursday, August 17, 2028",
/// "Analysis · By Dana Whitfield · May 16, 2028"); a timeline line that opens with a date
/// before one dash and a sentence does not.
#[test]
fn fields_between_dashes_date_a_page_but_a_timeline_line_does_not() {
    let dir = tempdir("dash-stamps");
    std::fs::write(
        dir.join("a.md"),
        "GULF DAILY — Sunday 8 March 2026, 11:20 GMT — Staff reporter\n\nThe canal reopened on Sunday.\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("b.md"),
        "**The Courier** — Thursday, August 17, 2028\n\nThe fire grew on Tuesday.\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("c.md"),
        "March 23, 2021 — Ever Given runs aground in the canal\n\nThe canal reopened on Sunday, 29 March 2021.\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("d.md"),
        "*Analysis · By Dana Whitfield, policy correspondent · May 16, 2028*\n\nThe bill passed on Tuesday.\n",
    )
    .unwrap();
    let report = json(&["check", dir.to_str().unwrap(), "--format", "json"]);
    let basis: Vec<&str> = fields(&report, "sources", "reference_basis");
    assert_eq!(basis[0], "time stamp, 2026-03-08");
    assert_eq!(basis[1], "time stamp, 2028-08-17");
    assert!(!basis[2].starts_with("time stamp"), "{basis:?}");
    assert_eq!(basis[3], "time stamp, 2028-05-16");
}

/// `extract` lists a number no other mention takes in as kind `number`, and reads short lines
/// (a phrase, a lone figure) that a check reads too.
#[test]
fn extract_lists_bare_numbers_and_short_lines() {
    let dir = tempdir("bare-numbers");
    let path = dir.join("phrases.txt");
    std::fs::write(&path, "one hundred and sixteen\n$1,299\nThe vote was 52 to 48.\n").unwrap();
    let out = crosscheck(&["extract", path.to_str().unwrap(), "--format", "json"]);
    let mentions: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let read: Vec<(&str, &str)> = mentions
        .as_array()
        .unwrap()
        .iter()
        .map(|m| (m["kind"].as_str().unwrap(), m["reading"].as_str().unwrap()))
        .collect();
    assert_eq!(
        read,
        [
            ("number", "116"),
            ("money", "1299 USD"),
            ("number", "52"),
            ("number", "48")
        ]
    );
}

/// Frames on a story of our own (tests/fixtures/storm-frames, see EXPECTED.md): a distance
/// given in miles and km from the same town agrees, one from another town is another
/// measure; deaths in one county are not the toll; injuries are not deaths; a price per share
/// is not a deal value; a toll stated three days later is an update. One conflict: the
/// landfall distance.
#[test]
fn frames_tell_apart_what_figures_measure() {
    let report = json(&["check", "tests/fixtures/storm-frames", "--format", "json"]);
    assert_eq!(report["version"], 2);
    let findings = report["findings"].as_array().unwrap();
    let by =
        |relation: &str| -> Vec<&serde_json::Value> { findings.iter().filter(|f| f["relation"] == relation).collect() };
    let conflicts = by("conflict");
    assert_eq!(conflicts.len(), 1, "{findings:#?}");
    let conflict = conflicts[0];
    assert!(conflict["message"]
        .as_str()
        .unwrap()
        .starts_with("cyclone-mara/distance[from:port-elin]"));
    let groups = conflict["groups"].as_array().unwrap();
    assert_eq!(groups.len(), 2);
    assert_eq!(
        groups[0].as_array().unwrap().len(),
        2,
        "12 miles and 19 km are one value"
    );
    assert!(conflict["why"].as_str().unwrap().contains("from:Port Elin"));
    let updates = by("update");
    assert_eq!(updates.len(), 1);
    assert!(updates[0]["message"].as_str().unwrap().starts_with("deaths:"));
    assert!(by("possible-conflict").is_empty());
    // The frame is in the JSON claims, and the county toll carries its place.
    let county = claim_in(&report, "In Harlow county");
    assert_eq!(county["frame"]["measure"], "deaths");
    assert_eq!(county["frame"]["qualifiers"][0], "in:Harlow");
    let out = crosscheck(&["check", "tests/fixtures/storm-frames", "--color", "never"]);
    assert_eq!(out.status.code(), Some(1));
    snapshot("storm_frames_text", &stdout(&out));
}

/// A referendum of our own (tests/fixtures/levy-referendum, see EXPECTED.md): each vote
/// figure is for an option; the count for Yes told two ways conflicts; a running count while
/// votes were counted, a district's shares and the old town's 68% are no conflict. One
/// conflict.
#[test]
fn vote_figures_are_for_options() {
    let report = json(&["check", "tests/fixtures/levy-referendum", "--format", "json"]);
    let conflicts = conflict_messages(&report);
    assert_eq!(conflicts.len(), 1, "{conflicts:#?}");
    assert!(conflicts[0].starts_with("votes[for:yes]:"), "{conflicts:#?}");
    let running = claim_with_text(&report, "12,400");
    let qualifiers = running["frame"]["qualifiers"].as_array().unwrap();
    assert!(qualifiers.iter().any(|q| q == "partial"), "{qualifiers:?}");
    let district = claim_in(&report, "In Lowmoor, 55.8%");
    assert_eq!(district["frame"]["qualifiers"][0], "for:no");
    assert_eq!(district["frame"]["qualifiers"][1], "in:Lowmoor");
    let out = crosscheck(&["check", "tests/fixtures/levy-referendum", "--color", "never"]);
    assert_eq!(out.status.code(), Some(1));
    snapshot("levy_referendum_text", &stdout(&out));
}

/// A wire story of our own (tests/fixtures/wire-typhoon, see EXPECTED.md): a yearless wire
/// dateline ("MANILA, Oct. 14 (Wirenews) --") dates its source, so its toll is compared with
/// another of that day; the toll an office states is the office's (`per:`), not the office's
/// own; "Typhoon Lumen, known locally as Ompong" makes the two names one storm; an undated
/// "late on Sunday" disagrees with the Tuesday the dated sources agree on for the landfall in
/// Cagayan (a landfall's object is where). Three conflicts.
#[test]
fn wire_stories_date_their_sources_and_name_their_storm_once() {
    let report = json(&["check", "tests/fixtures/wire-typhoon", "--format", "json"]);
    let sources = report["sources"].as_array().unwrap();
    assert_eq!(sources[0]["reference_basis"], "dateline, 2026-10-14");
    let conflicts = conflict_messages(&report);
    assert_eq!(conflicts.len(), 3, "{conflicts:#?}");
    for key in [
        "typhoon-lumen/deaths:",
        "typhoon-lumen/landfall/cagayan:",
        "typhoon-lumen/wind-speed:",
    ] {
        assert!(conflicts.iter().any(|m| m.starts_with(key)), "{key} in {conflicts:#?}");
    }
    let office = claim_in(&report, "The Disaster Response Office");
    assert!(office["frame"]["subject"].is_null());
    assert_eq!(office["frame"]["qualifiers"][0], "per:Disaster Response Office");
    let out = crosscheck(&["check", "tests/fixtures/wire-typhoon", "--color", "never"]);
    assert_eq!(out.status.code(), Some(1));
    snapshot("wire_typhoon_text", &stdout(&out));
}

/// A storm story of our own (tests/fixtures/storm-said-dates): an undated digest has the storm
/// "hitting central Quang Tri on Sunday" where the wire dates the landfall Monday (a landfall
/// by "hit" needs the storm named before the word and the place after); "the UN" and "The
/// United Nations" are one named source, so their two evacuation counts of Monday night
/// disagree; "a spokesman said on Tuesday that Lam Tien had resigned" dates the saying, not the
/// resignation the wire puts on Saturday; "hard-hit Quang Tri" is no landfall. Two conflicts.
#[test]
fn a_storm_hits_a_named_place_acronyms_are_their_names_and_sayings_date_themselves() {
    let report = json(&["check", "tests/fixtures/storm-said-dates", "--format", "json"]);
    let conflicts = conflict_messages(&report);
    assert_eq!(conflicts.len(), 2, "{conflicts:#?}");
    for key in ["typhoon-marren/landfall/quang-tri:", "evacuated[per:united-nations]:"] {
        assert!(conflicts.iter().any(|m| m.starts_with(key)), "{key} in {conflicts:#?}");
    }
    assert!(claim_in(&report, "A provincial spokesman")["frame"]["measure"].is_null());
    assert!(claim_in(&report, "The governor of hard-hit")["frame"]["measure"].is_null());
    let out = crosscheck(&["check", "tests/fixtures/storm-said-dates", "--color", "never"]);
    assert_eq!(out.status.code(), Some(1));
    snapshot("storm_said_dates_text", &stdout(&out));
}

/// A quake and its cancellations (tests/fixtures/quake-joint-counts, see EXPECTED.md): two
/// airlines' joint count is compared with the same pair's, never with one airline's; a named
/// agency's depth is its own estimate; "collapsed into the river on Monday, officials said,
/// and engineers were expected to" is last Monday.
#[test]
fn joint_counts_agency_depths_and_a_past_opening_clause() {
    let report = json(&["check", "tests/fixtures/quake-joint-counts", "--format", "json"]);
    let conflicts = conflict_messages(&report);
    assert_eq!(conflicts.len(), 2, "{conflicts:#?}");
    assert!(
        conflicts
            .iter()
            .any(|m| m.starts_with("bluewing-and-tessair/flight-count: 310")),
        "{conflicts:#?}"
    );
    let depth = conflicts
        .iter()
        .find(|m| m.starts_with("corvel/depth"))
        .expect("a depth conflict");
    assert!(
        depth.contains("2 values") && !depth.contains("24 kilometres"),
        "{depth}"
    );
    let possible = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["relation"] == "possible-conflict")
        .count();
    assert_eq!(possible, 0);
    let collapse = claim_in(&report, "The Marlow Bridge collapsed into the river");
    assert_eq!(collapse["value"]["first"], "2026-03-09");
    let out = crosscheck(&["check", "tests/fixtures/quake-joint-counts", "--color", "never"]);
    assert_eq!(out.status.code(), Some(1));
    snapshot("quake_joint_counts_text", &stdout(&out));
}

/// Estimates of a toll and a relayed wind (tests/fixtures/flood-estimates, see EXPECTED.md): a
/// feared toll a later estimate puts lower is a conflict, one raised again an update; "1,200
/// or 1,500" is one range; a wind "Sky News reported" is compared with the weather bureau's.
#[test]
fn an_estimate_put_lower_and_a_relayed_wind_conflict() {
    let report = json(&["check", "tests/fixtures/flood-estimates", "--format", "json"]);
    let conflicts = conflict_messages(&report);
    assert_eq!(conflicts.len(), 2, "{conflicts:#?}");
    assert!(
        conflicts
            .iter()
            .any(|m| m.starts_with("tarvo/deaths[estimate]: more than 6,000") && m.contains("1,200 or 1,500")),
        "{conflicts:#?}"
    );
    assert!(
        conflicts
            .iter()
            .any(|m| m.contains("140 km/h") && m.contains("185 km/h")),
        "{conflicts:#?}"
    );
    let range = claim_with_text(&report, "1,200 or 1,500");
    assert_eq!(range["value"]["interval"]["low"], 1200.0);
    assert_eq!(range["value"]["interval"]["high"], 1500.0);
    let out = crosscheck(&["check", "tests/fixtures/flood-estimates", "--color", "never"]);
    assert_eq!(out.status.code(), Some(1));
    snapshot("flood_estimates_text", &stdout(&out));
}

/// Measures that are a maximum (tests/fixtures/gale-peaks, see EXPECTED.md): "gusts of up to
/// 180 km/h" states the top gust, so it conflicts with "gusts of 140 km/h", which no date
/// places outside the story's week; "up to 120 mm of rain" and "up to 40 metres tall" stay
/// ceilings. A gust of a storm in 1987 is another time.
#[test]
fn a_maximum_stated_with_up_to_is_the_maximum() {
    let report = json(&["check", "tests/fixtures/gale-peaks", "--format", "json"]);
    let conflicts = conflict_messages(&report);
    assert_eq!(conflicts.len(), 2, "{conflicts:#?}");
    assert!(
        conflicts.iter().any(|m| m.contains("wind-gusts: up to 180 km/h")),
        "{conflicts:#?}"
    );
    assert!(
        conflicts.iter().any(|m| m.starts_with("wave-height[in:dunmere]")),
        "{conflicts:#?}"
    );
    let rain = claim_in(&report, "Up to 120 mm");
    assert_eq!(rain["value"]["interval"]["low"], 0.0);
    let gusts = claim_with_text(&report, "up to 180 km/h");
    assert_eq!(gusts["value"]["interval"]["low"], 175.0);
    let out = crosscheck(&["check", "tests/fixtures/gale-peaks", "--color", "never"]);
    assert_eq!(out.status.code(), Some(1));
    snapshot("gale_peaks_text", &stdout(&out));
}

/// Two of a story's own names (tests/fixtures/council-election, see EXPECTED.md): both
/// parties are named in every source, and one source gives seats for each, so each party's
/// count is its own: one conflict (41 against 44 for the Harbour Party), and the other party's
/// 23 seats agree among themselves.
#[test]
fn two_of_the_story_s_own_names_are_two_subjects() {
    let report = json(&["check", "tests/fixtures/council-election", "--format", "json"]);
    let conflicts = conflict_messages(&report);
    assert_eq!(conflicts, ["harbour-party/seats: 41 (41 seat) vs 44 (44 seat)"]);
    let facts = report["facts"].as_array().unwrap();
    let moorland = facts.iter().find(|f| f["key"] == "moorland-alliance/seats").unwrap();
    assert_eq!(moorland["sources"].as_array().unwrap().len(), 3);
}

/// Lists told in parallel (tests/fixtures/parallel-lists, see EXPECTED.md): "its freight and
/// passenger divisions fell 12% and 4%, respectively" gives each division its figure, so only
/// the passenger division's 4% against 9% conflicts; "rose 3% and 5%" gives Calder Lines the 5%
/// another source gives it; "6 and 2 percent" are two percentages.
#[test]
fn the_nth_figure_of_a_list_is_the_nth_name_s() {
    let report = json(&["check", "tests/fixtures/parallel-lists", "--format", "json"]);
    let conflicts = conflict_messages(&report);
    assert_eq!(
        conflicts,
        ["decline[of:passenger,of:revenue,year-on-year]: 2 values: 4% (4%, 2 sources) vs 9% (9%, 1 source)"]
    );
    assert_eq!(
        claim_with_text(&report, "12%")["key"],
        "decline[of:freight,of:revenue,year-on-year]"
    );
    assert_eq!(
        claim_with_text(&report, "5%")["key"],
        "calder-lines/growth[of:share-price]"
    );
    let six = claim_with_text(&report, "6");
    assert_eq!(six["reading"], "6%");
    assert_eq!(six["key"], "growth[in:calder-lines,of:freight,of:revenue,year-on-year]");
    let out = crosscheck(&["check", "tests/fixtures/parallel-lists", "--color", "never"]);
    snapshot("parallel_lists_text", &stdout(&out));
}

/// A table of results (tests/fixtures/levy-results, see EXPECTED.md): "Elmgrove: Yes 61.0%,
/// No 39.0%" gives each option its share in the row's place, so the row conflicts with "In
/// Elmgrove, 63.0% voted Yes" and no district's row with the city's result.
#[test]
fn result_rows_give_each_option_its_share() {
    let report = json(&["check", "tests/fixtures/levy-results", "--format", "json"]);
    let conflicts = conflict_messages(&report);
    assert_eq!(
        conflicts,
        ["vote-share[for:yes,in:elmgrove]: 61.0% (61%) vs 63.0% (63%)"]
    );
    let no = claim_with_text(&report, "52.5%");
    assert_eq!(no["key"], "vote-share[for:no,in:castleford]");
}

/// A table flattened one cell to a line (tests/fixtures/flattened-table, see EXPECTED.md): the
/// header "Ward Yes % No %" names each figure's option and the label line above its figures
/// its place, so the table's 61.2% for Yes in Ashford Hill conflicts with "In Ashford Hill,
/// 63.2% voted Yes", and no ward's share with the city's.
#[test]
fn a_flattened_table_gives_each_cell_its_column_and_row() {
    let report = json(&["check", "tests/fixtures/flattened-table", "--format", "json"]);
    let conflicts = conflict_messages(&report);
    assert_eq!(
        conflicts,
        ["vote-share[for:yes,in:ashford-hill]: 61.2% (61.2%) vs 63.2% (63.2%)"]
    );
    assert_eq!(
        claim_with_text(&report, "52.1%")["key"],
        "vote-share[for:no,in:stonegate]"
    );
    let out = crosscheck(&["check", "tests/fixtures/flattened-table", "--color", "never"]);
    snapshot("flattened_table_text", &stdout(&out));
}

/// Times of day (tests/fixtures/clock-times): "4:35 a.m." and "just after 4.40am" for the
/// coastguard's confirmation conflict, and "4.35am on Wednesday" agrees with the first; "21:00
/// GMT", "4 p.m. EST" and "1 p.m. PST" for the port's closure are one instant. One conflict.
#[test]
fn times_of_day_compare_on_one_clock() {
    let report = json(&["check", "tests/fixtures/clock-times", "--format", "json"]);
    let conflicts = conflict_messages(&report);
    assert_eq!(conflicts.len(), 1, "{conflicts:#?}");
    assert!(conflicts[0].contains("(04:35, 2 sources)") && conflicts[0].contains("(04:40..04:55, 1 source)"));
    let closure = report["facts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["value"] == "2026-02-11 21:00 GMT")
        .expect("the closure's time is one fact");
    assert_eq!(closure["sources"].as_array().unwrap().len(), 3);
    let out = crosscheck(&["check", "tests/fixtures/clock-times", "--color", "never"]);
    assert_eq!(out.status.code(), Some(1));
    snapshot("clock_times_text", &stdout(&out));
}

/// "9:40 p.m. Eastern time on Friday, July 3" and "01:40 GMT on Saturday, July 4" are one
/// instant (tests/fixtures/clock-zones): the times are one fact, and the days do not conflict,
/// since a day told with a zoned time spans its UTC day too.
#[test]
fn a_zoned_time_and_its_utc_day_agree() {
    let report = json(&["check", "tests/fixtures/clock-zones", "--format", "json"]);
    assert!(
        conflict_messages(&report).is_empty(),
        "{:#?}",
        conflict_messages(&report)
    );
    let facts = report["facts"].as_array().unwrap();
    let instant = facts
        .iter()
        .find(|f| f["value"] == "2026-07-04 01:40 GMT")
        .expect("the two times are one fact");
    assert_eq!(instant["sources"].as_array().unwrap().len(), 2);
    let local = report["claims"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["text"] == "Friday, July 3, 2026" && c["kind"] == "date")
        .expect("the local day is a date claim");
    assert_eq!(local["reading"], "2026-07-03..2026-07-04");
}

/// An undated source borrows its dates from the sources of its own story (those sharing its
/// names), not from an unrelated story checked with it: the CEO story's undated blog is read
/// against March, not against the typhoon's October.
#[test]
fn undated_sources_borrow_dates_from_their_own_story() {
    let report = json(&[
        "check",
        "tests/fixtures/ceo-ouster",
        "tests/fixtures/wire-typhoon",
        "--format",
        "json",
    ]);
    let reference = |name: &str| {
        report["sources"]
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["path"].as_str().unwrap().ends_with(name))
            .map(|s| s["reference"].as_str().unwrap().to_string())
            .unwrap()
    };
    assert_eq!(reference("ceo-ouster/b_daily.txt"), "2026-03-16");
    assert_eq!(reference("wire-typhoon/d_blog.txt"), "2026-10-20");
    assert_eq!(
        conflict_messages(&report).len(),
        4,
        "one of the CEO story, three of the typhoon's"
    );
}

/// Scraped pages dated only by a time stamp line (tests/fixtures/page-stamps): "Updated: Apr
/// 14, 2026, 07:40 AM CET", "14.04.2026" under a byline, "... | Weekly Review | 18 April 2026".
/// Each is the page's own date: it times the page's figures (two counts of the same day
/// conflict, a count four days later is an update), dates its weekdays, and is not a claim.
#[test]
fn time_stamps_date_scraped_pages() {
    let report = json(&["check", "tests/fixtures/page-stamps", "--format", "json"]);
    let basis: Vec<&str> = fields(&report, "sources", "reference_basis");
    assert_eq!(
        basis,
        [
            "time stamp, 2026-04-14",
            "time stamp, 2026-04-14",
            "time stamp, 2026-04-18"
        ]
    );
    let findings = report["findings"].as_array().unwrap();
    let relations: Vec<(&str, &str)> = findings
        .iter()
        .map(|f| (f["relation"].as_str().unwrap(), f["message"].as_str().unwrap()))
        .collect();
    assert_eq!(relations.len(), 2, "{relations:#?}");
    assert_eq!(relations[0].0, "conflict");
    assert!(relations[0].1.starts_with("evacuated: About 12,000"));
    assert_eq!(relations[1].0, "update");
    let claims = report["claims"].as_array().unwrap();
    for stamp in ["Apr 14, 2026", "14.04.2026", "18 April 2026"] {
        assert!(claims.iter().all(|c| c["text"] != stamp), "{stamp}");
    }
    let friday = claims.iter().find(|c| c["text"] == "by Friday").unwrap();
    assert_eq!(friday["reading"], "2026-04-17");
}

/// A departure dated by its event in four wordings: "fired ... on Friday" in a dated source,
/// "Whitlock's abrupt firing on Friday" in an undated one (a weekday that backs the Friday
/// group but proves nothing alone), "dismissed ... on March 13, 2026", and "announced her
/// resignation ... in late January" (the announced event is the departure). One conflict;
/// the threat to quit on Monday and "the ousted chief executive" date no departure.
#[test]
fn a_departure_is_dated_by_its_event_in_any_wording() {
    let report = json(&["check", "tests/fixtures/ceo-ouster", "--format", "json"]);
    let findings = report["findings"].as_array().unwrap();
    assert_eq!(findings.len(), 1, "{findings:#?}");
    let conflict = &findings[0];
    assert_eq!(conflict["code"], "CC102");
    assert_eq!(conflict["relation"], "conflict");
    let sizes: Vec<usize> = conflict["groups"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g.as_array().unwrap().len())
        .collect();
    assert_eq!(sizes, [3, 1]);
    let claims = report["claims"].as_array().unwrap();
    for monday in claims.iter().filter(|c| c["text"] == "Monday") {
        assert_eq!(monday["frame"]["measure"], serde_json::Value::Null, "{monday:#?}");
    }
    let undated_friday = claims
        .iter()
        .find(|c| c["sentence"].as_str().unwrap().starts_with("Whitlock's abrupt firing"))
        .unwrap();
    assert_eq!(undated_friday["frame"]["unanchored"], true);
    assert_eq!(undated_friday["weekday"], "Friday");
    let out = crosscheck(&["check", "tests/fixtures/ceo-ouster", "--color", "never"]);
    assert_eq!(out.status.code(), Some(1));
    snapshot("ceo_ouster_text", &stdout(&out));
}

/// A finding is one disputed fact with its value groups, however many sources tell it: the
/// scorer and other programs read `groups`.
#[test]
fn a_disputed_fact_is_one_finding_with_its_groups() {
    let report = json(&["check", "seeds", "tests/fixtures/seeds-contradict", "--format", "json"]);
    for f in report["findings"].as_array().unwrap() {
        let groups = f["groups"].as_array().unwrap();
        let claims = f["claims"].as_array().unwrap();
        let grouped: usize = groups.iter().map(|g| g.as_array().unwrap().len()).sum();
        assert!(grouped <= claims.len());
        if f["code"] == "CC102" {
            // Three sources say May 19 and one May 21: one finding, the majority first.
            assert_eq!(groups.len(), 2);
            assert!(groups[0].as_array().unwrap().len() >= 3);
        }
    }
}

/// Quotes: one word changed, a sentence added and the right words given to the wrong speaker
/// are one conflict each, with a word diff; a cut refines.
#[test]
fn misquotes_and_misattributions_are_found_and_cuts_are_not() {
    let out = crosscheck(&["check", "tests/fixtures/quotes", "--color", "never"]);
    assert_eq!(out.status.code(), Some(1), "{}", stdout(&out));
    let text = stdout(&out);
    // Warnings: a run that fails on errors only passes.
    let errors_only = crosscheck(&["check", "tests/fixtures/quotes", "--fail-on", "error"]);
    assert_eq!(errors_only.status.code(), Some(0));
    snapshot("quotes_text", &text);
    let report = json(&["check", "tests/fixtures/quotes", "--format", "json"]);
    let messages = conflict_messages(&report);
    assert_eq!(messages.len(), 3, "{messages:#?}");
    assert!(messages
        .iter()
        .any(|m| m.contains("end of the [-summer-] [+autumn+] and not a")));
    assert!(messages
        .iter()
        .any(|m| m.contains("the same words given to Tomas Rehn and to Lena Varga")));
    assert!(messages
        .iter()
        .any(|m| m.contains("[+we had no choice but to close the channel+]")));
    // The cut version backs the full one: one fact of two sources.
    let reopen = report["facts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["key"] == "lena-varga/quote" && f["sources"].as_array().unwrap().len() == 2);
    assert!(reopen.is_some(), "{:#?}", report["facts"]);
    // Each source's version against the longest one attested.
    let differs: Vec<&str> = reopen.unwrap()["versions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["differs"].as_str().unwrap())
        .collect();
    assert_eq!(differs, ["the longest version", "cut: 12 of its 17 words"]);

    // On the seeds, Karpathy's post is one quote backed by four sources in their versions.
    let seeds = json(&["check", "seeds", "--format", "json"]);
    let claims = seeds["claims"].as_array().unwrap();
    let text = |id: &serde_json::Value| {
        claims.iter().find(|c| c["id"] == *id).unwrap()["text"]
            .as_str()
            .unwrap()
    };
    let post = seeds["facts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| {
            f["versions"]
                .as_array()
                .is_some_and(|v| text(&v[0]["claim"]).starts_with("Personal update"))
        })
        .expect("Karpathy's post as one quote");
    assert_eq!(post["sources"].as_array().unwrap().len(), 4);
    assert_eq!(seeds["summary"]["conflicts"], 0);
}

/// A Markdown block quote, spoken by the name before it, and curly single quotes are quotes:
/// one changed word against the block quote is one conflict; the single-quoted cut backs it.
#[test]
fn block_quotes_and_single_quotes_are_read() {
    let report = json(&["check", "tests/fixtures/quotes-markdown", "--format", "json"]);
    let messages = conflict_messages(&report);
    assert_eq!(messages, ["maria-aalders/quote: year whatever it [-costs-] [+takes+]"]);
    let quotes: Vec<(&str, &str)> = report["claims"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["kind"] == "quote")
        .map(|c| {
            (
                c["source"].as_str().unwrap(),
                c["frame"]["subject"].as_str().unwrap_or(""),
            )
        })
        .collect();
    assert_eq!(
        quotes,
        [
            ("s1", "Maria Aalders"),
            ("s2", "Maria Aalders"),
            ("s3", "Maria Aalders")
        ]
    );
    let fact = report["facts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["sources"].as_array().unwrap().len() == 3)
        .expect("one quote told by three sources");
    let differs: Vec<&str> = fields(fact, "versions", "differs");
    assert_eq!(
        differs,
        [
            "the longest version",
            "year whatever it [-costs-] [+takes+]",
            "cut: 12 of its 15 words"
        ]
    );
}

/// An archive holds several stories: two floods in two towns the same week, and a piece on
/// one of them seven months later. Claims are compared within a story only (the towns' tolls
/// and evacuations never meet), and the report names each story; `--across-stories` compares
/// them all, and the two towns' figures meet.
#[test]
fn an_archive_is_checked_story_by_story() {
    let report = json(&["check", "tests/fixtures/archive", "--format", "json"]);
    assert_eq!(report["summary"]["stories"], 3);
    let stories: Vec<(String, Vec<String>)> = report["stories"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            let sources = s["sources"]
                .as_array()
                .unwrap()
                .iter()
                .map(|x| x.as_str().unwrap().to_string())
                .collect();
            (s["name"].as_str().unwrap().to_string(), sources)
        })
        .collect();
    let path_of = |id: &str| {
        report["sources"]
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["id"] == id)
            .map(|s| s["path"].as_str().unwrap().rsplit('/').next().unwrap().to_string())
            .unwrap()
    };
    let files: Vec<Vec<String>> = stories
        .iter()
        .map(|(_, ids)| ids.iter().map(|i| path_of(i)).collect())
        .collect();
    assert_eq!(
        files,
        [
            vec!["draxby-1.txt", "draxby-2.txt"],
            vec!["pellham-1.txt", "pellham-2.txt"],
            vec!["pellham-later.txt"]
        ]
    );
    let findings = report["findings"].as_array().unwrap();
    assert!(findings.is_empty(), "{findings:?}");

    let all = json(&[
        "check",
        "tests/fixtures/archive",
        "--format",
        "json",
        "--across-stories",
    ]);
    assert_eq!(all["summary"]["stories"], 1);
    let towns_meet = all["findings"].as_array().unwrap().iter().any(|f| {
        let sources: Vec<String> = f["claims"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c.as_str().unwrap().split(':').next().unwrap().to_string())
            .collect();
        sources.iter().any(|s| path_of(s).starts_with("draxby"))
            && sources.iter().any(|s| path_of(s).starts_with("pellham"))
    });
    assert!(towns_meet, "{}", all["findings"]);
    let text = stdout(&crosscheck(&["check", "tests/fixtures/archive", "--color", "never"]));
    assert!(text.contains("5 sources in 3 stories"), "{text}");
}

/// A long run shows a progress bar only on a terminal: standard error in a pipe (CI's log)
/// stays empty, however many sources.
#[test]
fn no_progress_bar_off_a_terminal() {
    let dir = tempdir("progress");
    for i in 0..600 {
        let text = format!(
            "Published March {}, 2031.\n\nHalvora{i} said it had hired {} engineers.\n",
            1 + i % 28,
            10 + i
        );
        std::fs::write(dir.join(format!("{i:04}.txt")), text).unwrap();
    }
    let out = crosscheck(&["check", dir.to_str().unwrap(), "--format", "json"]);
    assert!(out.stderr.is_empty(), "{}", String::from_utf8_lossy(&out.stderr));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["summary"]["sources"], 600);
}

/// The twenty-first blind pair (see EXPECTED.md): the crush's weekday, stewards on duty and
/// changed quote; the fine's weekday and changed quote (its complainants, 32 against 27, are
/// missed: counts named by their noun alone need a shared word besides it, and "complaints
/// from 32 complainants" and "lodged by 27 complainants" share none); none of the licence's
/// required 400 stewards against the 320 on duty, a daily penalty against the fine, nor
/// another market's commission against the story's.
#[test]
fn a_twenty_first_blind_pair_a_festival_crush_and_an_app_store_fine() {
    assert_conflicts(
        "tests/fixtures/festival-crush",
        &[
            &["Friday, 12 June", "was a Saturday"],
            &["steward-count: 230 (230 steward) vs 320 (320 steward)"],
            &["the [-exits-] [+stewards+] could not cope"],
        ],
        &[&["a minimum of 400"], &["gate"]],
    );
    assert_conflicts(
        "tests/fixtures/app-store-fine",
        &[
            &["Wednesday, 9 March", "was a Tuesday"],
            &["and then it [-set-] [+raised+] the price of"],
        ],
        &[&["30%", "27%"], &["€3.6 million"]],
    );
}

/// The twenty-second blind pair (see EXPECTED.md): the iceberg's station distance, weekday and
/// changed quote; the jackpot's cash option, rollovers, draw day and changed quote; none of
/// the noun-only counts one source gives two of (tickets sold against tickets that matched
/// five numbers, six numbers against five), nor the cash option against a second prize.
#[test]
fn a_twenty_second_blind_pair_an_iceberg_calving_and_a_lottery_jackpot() {
    assert_conflicts(
        "tests/fixtures/iceberg-calving",
        &[
            &["Wednesday 11 March", "was a Thursday"],
            &["distance[from:break]", "38 km", "48 km"],
            &["it is what [-worries-] [+alarms+] us"],
        ],
        &[&["km²"], &["2009"]],
    );
    assert_conflicts(
        "tests/fixtures/lottery-jackpot",
        &[
            &["lump-sum", "$1.07 billion", "$1.17 billion"],
            &["draw-count", "41", "44"],
            &["April 10", "Friday"],
            &["call [-a lawyer-] [+an accountant+] before"],
        ],
        &[&["ticket-count"], &["number-count"], &["$1,068.4 million"]],
    );
}

/// The twenty-third blind pair (see EXPECTED.md): the downgrade's maturing debt, weekday and
/// changed quote; the blizzard's stranded motorists (a "before" clause's day is another
/// event's) and changed quote; not the 10-year yield's tenor against the two-year's.
#[test]
fn a_twenty_third_blind_pair_a_rating_downgrade_and_a_blizzard() {
    assert_conflicts(
        "tests/fixtures/rating-downgrade",
        &[
            &["35.8 billion", "38.5 billion"],
            &["Tuesday, 10 March", "was a Wednesday"],
            &["we will not [-waver-] [+retreat+] from that path"],
        ],
        &[&["10-year"], &["two-year"]],
    );
    assert_conflicts(
        "tests/fixtures/regional-blizzard",
        &[
            &["motorist-count", "430", "About 340"],
            &["seen in a [-generation-] [+lifetime+]"],
        ],
        &[&["42,500"], &["Skarvdal"]],
    );
}

/// The twenty-fourth blind pair (see EXPECTED.md): every planted conflict of the exam results
/// (schools with a full pass rate, the exams' cost, the weekday, the changed quote); the
/// tornado's path length (a track "on the ground for 42 miles") and changed quote; none of
/// the regions', the girls' and boys', nor last year's rates against this year's, nor homes
/// destroyed against damaged, nor two of the injured who died against the toll.
#[test]
fn a_twenty_fourth_blind_pair_exam_results_and_a_tornado_outbreak() {
    assert_conflicts(
        "tests/fixtures/exam-results",
        &[
            &["school-count", "321", "312"],
            &["42.6 million", "46.2 million"],
            &["Friday, 12 August", "was a Thursday"],
            &["refused to give [-up-] [+in+]"],
        ],
        &[&["87.4%"], &["85.1%"], &["89.8%"]],
    );
    assert_conflicts(
        "tests/fixtures/tornado-outbreak",
        &[
            &["length", "42 miles", "52 miles"],
            &["anything i have [-surveyed-] [+seen+]"],
        ],
        &[&["1,380"], &["412"], &["2 resident"]],
    );
}

/// The twenty-fifth blind pair (see EXPECTED.md), written in the shapes of unseen real
/// coverage: every planted conflict of the runoff (the winner's final share, final turnout,
/// the weekday, the changed quote) and none of its running counts at two stages, the first
/// round's shares, the share set off by a dash, turnout read at 16:00, voters added to the
/// electorate; the crash's lost radar contact and crew, and none of its parts ("including two
/// babies", "61 of the 142 passengers"), altitudes ("from 36,000ft to 6,500ft"), flight number
/// or converted appeal.
#[test]
fn a_twenty_fifth_blind_pair_a_runoff_and_a_mountain_crash() {
    assert_conflicts(
        "tests/fixtures/karvenia-runoff",
        &[
            &["vote-share[for:saretz]", "51.8%", "53.2%"],
            &["turnout", "84.6%", "79.4%"],
            &["Saturday, 18 April 2027", "was a Sunday"],
            &["chose hope over [-fear-] [+anger+]"],
        ],
        &[
            &["54.1%"],
            &["52.7%"],
            &["46.3%"],
            &["63.7%"],
            &["40,000"],
            &["48.2 percent"],
        ],
    );
    assert_conflicts(
        "tests/fixtures/mountain-crash",
        &[
            &["lost-contact", "10:53", "11:20"],
            &["on-board[of:crew]", "six", "eight"],
        ],
        &[
            &["babies"],
            &["schoolchildren"],
            &["61"],
            &["4412"],
            &["6,500ft"],
            &["£2.0m"],
            &["23"],
        ],
    );
}

/// The twenty-sixth blind pair (see EXPECTED.md), written in the shapes of a third sweep of
/// unseen coverage: the election's appointment day and changed quote, and none of its seats
/// lost against seats held, seats of no named party, the exit poll against the result, the
/// 6pm turnout against the final one, a hope against the result or an unnamed event a century
/// before; the bank run, none of whose traps (one source's offering against its total raise,
/// an office's staff against the workforce, nominal against adjusted sums) is flagged.
#[test]
fn a_twenty_sixth_blind_pair_an_election_night_and_a_bank_run() {
    assert_conflicts(
        "tests/fixtures/varnholm-election",
        &[
            &["Tuesday 11 May", "Monday 10 May"],
            &["chosen hope over [-fear-] [+anger+]"],
        ],
        &[
            &["1921"],
            &["51.9%"],
            &["49.3%"],
            &["around 180"],
            &["365"],
            &["244"],
            &["[lost]"],
            // (The tally "ten seats below that projection" is a gap, not a count of seats.)
            &["68 (68 seat)", "ten (10 seat)"],
        ],
    );
    assert_conflicts(
        "tests/fixtures/kestrel-bank-run",
        &[],
        &[&["$1.75"], &["$2.25"], &["310"], &["8,500"], &["$142"], &["68%"]],
    );
}

/// The twenty-seventh blind pair (see EXPECTED.md): a drug seizure in a US city and a British
/// pub chain's results. Pounds of a drug are a weight ("88 pounds of methamphetamine", and
/// "the 40-pound bundle" is the bundle's size, not the load), pence glued to the figure are
/// money ("212p"), "6.5pc" a percentage; a council's "5-4 vote" counts nothing, bail is no
/// street value, a dividend in pence no share price, last year's profit no rival of this year's.
#[test]
fn a_twenty_seventh_blind_pair_a_drug_seizure_and_a_pub_chain() {
    assert_conflicts(
        "tests/fixtures/drug-seizure",
        // "Court records describe Renner as 5 feet 10 inches tall": Renner's height, not the
        // court's.
        &[
            &["seized", "88 pounds", "68 pounds"],
            &["tobias-renner/height", "6 feet 2 inches", "5 feet 10 inches"],
        ],
        &[&["40-pound"], &["52 pounds"], &["$250,000"], &["5-4"], &["vote"]],
    );
    assert_conflicts(
        "tests/fixtures/pub-chain-results",
        &[&["share-price", "212p", "221p"], &["6.5pc", "5.6 per cent"]],
        &[&["3.1p"], &["£36.8m"]],
    );
}

/// The twenty-eighth blind pair (see EXPECTED.md), written in the fifth sweep's shapes: a
/// games console's launch and a freight train's derailment. Found: pre-orders, the cars
/// derailed, the controlled release's date. None of the traps: parts of one product ("an
/// eight-core chip", "a four-controller bundle") against another's, a six-year life against a
/// battery life, cars carrying a chemical against the cars derailed, miles of creek against a
/// distance, a news conference's day against the release's.
#[test]
fn a_twenty_eighth_blind_pair_a_console_launch_and_a_freight_derailment() {
    assert_conflicts(
        "tests/fixtures/console-launch",
        &[&["pre-order-count", "2.1 million", "1.4 million"]],
        &[&["core-count"], &["life-duration"], &["controller-count"]],
    );
    assert_conflicts(
        "tests/fixtures/freight-derailment",
        &[
            &["car-count", "38", "44"],
            &["release", "Monday, 8 March", "Tuesday, 9 March"],
        ],
        &[&["doing:carrying"], &["of:creek"], &["distance"], &["15 March"]],
    );
}

/// The twenty-ninth blind pair (see EXPECTED.md): the shipwreck's changed quote and wrong
/// weekday are found, and none of its toll's moments (a live blog's entries at 10:15 and
/// 15:40, "rose to 78" at 13:20 against 81 "on Thursday evening", the dead identified so far
/// against the toll, their nationalities against the survivors'); the results' changed quote is found, and neither a share of sales
/// against growth, the old guidance "(was 21.5%–22.5%)" against the quarter's margin, nor "€38
/// million of share-based compensation" against adjusted operating profit.
#[test]
fn a_twenty_ninth_blind_pair_a_migrant_shipwreck_and_eurozone_results() {
    assert_conflicts(
        "tests/fixtures/migrant-shipwreck",
        &[&["quote", "rough", "dark"], &["Saturday 20 June", "was a Sunday"]],
        &[
            &["deaths[recovered]"],
            &["deaths: 78"],
            &["27 (27"],
            &["82 (82"],
            &["syrian"],
            &["104 (104 survivor"],
        ],
    );
    assert_conflicts(
        "tests/fixtures/eurozone-results",
        &[
            &["quote", "planned", "expected"],
            &["profit[gaap,of:operating]", "€214", "€241 million"],
        ],
        &[&["66 per cent"], &["21.5%"], &["€38 million"], &["€313m"]],
    );
}

/// A live blog entry that opens with its time and its day ("2:10 pm: July 19 – ...") is of
/// that day: the day is no claim of the entry's (no announcement dated by it), and the entry's
/// weekdays are read from it, not from the page's later date.
#[test]
fn a_live_blog_entry_opening_with_its_day_is_of_that_day() {
    let dir = tempdir("entry-day");
    let blog = dir.join("blog.txt");
    std::fs::write(
        &blog,
        "Live: Dalmore flood rescue as river bursts its banks\n\n\
         Published Monday, July 25, 2022.\n\n\
         5.08 pm: July 22 – The Dalmore county office has confirmed that 14 homes were evacuated near the weir.\n\n\
         2:10 pm: July 19 – Rescue crews reached the flooded quarry on Monday, the county office said.\n\n\
         2.21 pm: July 19 – The county office has confirmed a second rescue at the quarry.\n",
    )
    .unwrap();
    let report = json(&["check", blog.to_str().unwrap(), "--format", "json"]);
    let texts = fields(&report, "claims", "text");
    assert!(!texts.contains(&"July 22") && !texts.contains(&"July 19"), "{texts:?}");
    assert_eq!(claim_with_text(&report, "Monday")["value"]["first"], "2022-07-18");
    assert!(conflict_messages(&report).is_empty());
}

/// Sums written as European reports write millions and thousands ("MSEK 412", "kEUR 450")
/// agree with the same sums spelt out, a table's "MSEK 2025 2024" holds years, not money, and
/// the net sales the two outlets disagree on are found (see EXPECTED.md).
#[test]
fn scaled_currency_codes_agree_with_sums_spelt_out() {
    assert_conflicts(
        "tests/fixtures/nordic-results",
        &[&["revenue[net]", "SEK 3.1 billion", "SEK 3.4 billion"]],
        &[&["profit"], &["cost"], &["2025"]],
    );
    let report = json(&["check", "tests/fixtures/nordic-results", "--format", "json"]);
    let sources_of = |value: &str| {
        report["facts"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["value"] == value)
            .map(|f| f["sources"].as_array().unwrap().len())
            .max()
    };
    assert_eq!(sources_of("4.12e8 SEK"), Some(3), "MSEK 412, SEK 412 million, SEK 412m");
    assert_eq!(sources_of("450000 EUR"), Some(2), "kEUR 450 and EUR 450,000");
    assert_eq!(sources_of("2.025e9 SEK"), None, "a table's years are no sums");
}

/// A figure and its conversion in brackets are one figure, rounded the writer's way: "215
/// km/h (134 mph)" and "134 mph (216 km/h)" are one wind, while "120 mph (193 km/h)" is
/// another (see EXPECTED.md). A storm's pressure in millibars ("958 mb") and in inches of
/// mercury is one figure; "40 MB of radar images" in a sentence of pressure are data.
#[test]
fn conversions_rounded_two_ways_agree() {
    assert_conflicts(
        "tests/fixtures/hurricane-conversions",
        &[&["wind-speed", "215 km/h", "193 km/h"]],
        &[
            &["216"],
            &["wave-height"],
            &["distance"],
            &["storm-speed"],
            &["pressure"],
        ],
    );
    let report = json(&["check", "tests/fixtures/hurricane-conversions", "--format", "json"]);
    let millibars = claim_with_text(&report, "958 mb");
    assert_eq!(millibars["key"], "hurricane-corvina/pressure");
    let fact = fact_of(&report, millibars);
    let mercury = &claim_with_text(&report, "28.29 inches of mercury")["id"];
    assert!(fact["claims"].as_array().unwrap().contains(mercury), "{fact}");
    assert_eq!(claim_with_text(&report, "958 millibars")["reading"], "958 hPa");
    assert_eq!(claim_with_text(&report, "40 MB")["reading"], "40 MB");
}

/// A rival told by "it" and "the group" after its name: its figures are its own, not the
/// story's company's; the company's own deliveries still disagree.
#[test]
fn figures_told_by_it_or_the_company_are_of_the_organisation_named_before() {
    assert_conflicts(
        "tests/fixtures/carmaker-rivals",
        &[&["vantor-motors/vehicle-count", "1.81 million", "1.86 million"]],
        &[&["1.4 million"], &["1.6 million"], &["526,000"], &["3.02 million"]],
    );
    // "It won 9.1% of the vote" after a sentence about National Renewal is that party's.
    assert_conflicts("tests/fixtures/regional-election", &[], &[&["9.1%"]]);
}

/// A source in another language is read for no claims, with a warning naming it and the
/// language: its "140 Millionen Euro" would be read as a count of euros, its "22-Jährige" as
/// a count of "jährige". The English source beside it is read as ever.
#[test]
fn a_source_in_another_language_gives_no_claims_and_a_warning() {
    let out = crosscheck(&["check", "tests/fixtures/foreign-language", "--format", "json"]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("b_zeitung.txt: reads as German, not English: no claims are read from it"),
        "{err}"
    );
    assert!(!err.contains("a_wire.txt"), "{err}");
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let claims = report["claims"].as_array().unwrap();
    let from = |file: &str| {
        claims
            .iter()
            .filter(|c| {
                let source = c["source"].as_str().unwrap();
                report["sources"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .any(|s| s["id"] == source && s["path"].as_str().unwrap().ends_with(file))
            })
            .count()
    };
    assert_eq!(from("b_zeitung.txt"), 0);
    // (The fee, the day, Reyna's age, his goals, the contract.)
    assert_eq!(from("a_wire.txt"), 5);
}

/// The thirtieth blind pair (see EXPECTED.md): the eruption's changed quote, its wrong weekday
/// and the day it began; none of its evacuees read as dead ("killing one man, forcing about
/// 2,100 people from their homes"). The auction's changed quote, wrong weekday and bidders;
/// not the premium's first £1 million against the hammer price, not the estimate converted
/// to dollars against the same range written out, not a price of a decade ago.
#[test]
fn a_thirtieth_blind_pair_a_volcano_eruption_and_an_auction_record() {
    assert_conflicts(
        "tests/fixtures/veyra-eruption",
        &[
            &["quote", "stronger", "larger"],
            &["Friday 16 September", "was a Thursday"],
            &["erupt", "Monday, 13 September", "Sunday, September 12"],
        ],
        &[
            &["about 2,100"],
            &["about 3,000"],
            &["zone-size"],
            &["flight-count"],
            &["injuries"],
        ],
    );
    assert_conflicts(
        "tests/fixtures/auction-record",
        &[
            &["quote", "room", "world"],
            &["Thursday, November 17", "was a Wednesday"],
            &["bidder-count", "six", "Four"],
        ],
        &[&["£1 million"], &["$15.2m-$22.9m"], &["£2m"], &["price[of:hammer]"]],
    );
}

/// The thirty-first blind pair (see EXPECTED.md): the march's arrests as of 8pm (a time of day
/// in the clause against a stated day), its changed quote and its wrong weekday (a masthead's
/// fields between middle dots date the explainer); the bridge's changed quote and wrong
/// weekday, and not the containers of a table's row against the people on board.
#[test]
fn a_thirty_first_blind_pair_a_protest_march_and_a_bridge_strike() {
    assert_conflicts(
        "tests/fixtures/capital-march",
        &[
            &["arrests", "58 (58 person) vs 71 (71 person)"],
            &["quote", "weight", "force"],
            &["Thursday 24 May", "not a Thursday"],
        ],
        &[&["route-size"], &["officer-count"]],
    );
    assert_conflicts(
        "tests/fixtures/bridge-strike",
        &[&["quote", "weeks", "days"], &["Friday 25 March", "was a Saturday"]],
        &[&["4,680"], &["length"], &["strike"]],
    );
}

/// The thirty-second blind pair (see EXPECTED.md): a stadium roof's collapse, and a drugmaker's
/// quarter told with its guidance. Found: the injured at one briefing, the quote, the weekday
/// of each; the per-share earnings. Not found: a list item's dash as a part ("revenue[of:-]"),
/// GAAP as a company, "cut the risk of recurrence" as job cuts, the earlier guidance's range
/// read as two sums ("funding"), "up from $6.90 to $7.10" as a profit.
#[test]
fn a_thirty_second_blind_pair_a_roof_collapse_and_a_quarter_with_guidance() {
    assert_conflicts(
        "tests/fixtures/stadium-roof",
        &[
            &["injuries", "112", "121"],
            &["quote", "full", "whole"],
            &["Thursday, November 23", "was a Friday"],
        ],
        &[&["funding"]],
    );
    assert_conflicts(
        "tests/fixtures/pharma-quarter",
        &[
            &["earnings-per-share[adjusted,third-quarter]", "$1.78", "$1.87"],
            &["quote", "forecasts", "estimates"],
            &["Thursday, Dec. 5", "was a Wednesday"],
        ],
        &[&["of:-"], &["gaap/"], &["zel-204"], &["funding"], &["profit: $1.34"]],
    );
}

/// The thirty-third blind pair (see EXPECTED.md): a snap election and a boardroom crisis.
/// Found: turnout, the concession's changed word, the assembly's weekday, one party's seats;
/// the valuation, the weekday, the post's changed word. Not found: vote shares no party is
/// read for set against each other, a tenure "for nine years" set between two days.
#[test]
fn a_thirty_third_blind_pair_a_snap_election_and_a_boardroom_crisis() {
    assert_conflicts(
        "tests/fixtures/tavora-snap-vote",
        &[
            &["turnout", "63.8%", "68.3%"],
            &["quote", "humility", "respect"],
            &["Wednesday, May 2", "was a Thursday"],
            &["new-course/seats", "84", "88"],
        ],
        &[&["vote-share[whole]"], &["vote-share[poll]"]],
    );
    assert_conflicts(
        "tests/fixtures/skerrin-boardroom",
        &[
            &["skerrin-labs/valuation", "$18.5 billion", "$15.8 billion"],
            &["Friday, November 21", "was a Thursday"],
            &["quote", "walking", "running"],
        ],
        &[&["nine years"]],
    );
}

/// The thirty-fourth blind pair (see EXPECTED.md): the landslide's four planted conflicts (the
/// rainfall, the relief fund, the funeral's weekday, the quote) and three of the bailout's
/// (May's inflation, the quote, the agreement's weekday; the first tranche's $410 million
/// against $460 million is told of three different subjects), with none of the traps the
/// first run fell into: a deficit's earlier level read as debt ("to 3.5% of GDP in 2033 from
/// 7.9% last year and to reduce public debt"), a finance ministry read as what grew, a
/// transcript's speaker taken for the minister she quotes.
#[test]
fn a_thirty_fourth_blind_pair_a_landslide_and_a_bailout() {
    assert_conflicts(
        "tests/fixtures/kallon-landslide",
        &[
            &["rainfall", "368 millimetres", "386 mm"],
            &["aid", "about $30 million", "about $52 million"],
            &["Sunday, August 16", "was a Saturday"],
            &["quote", "digging", "searching"],
        ],
        &[&["deaths"], &["missing"]],
    );
    assert_conflicts(
        "tests/fixtures/marovia-bailout",
        &[
            &["inflation", "38.4%", "34.8%"],
            &["quote", "every one", "most"],
            &["Friday, April 8", "was a Thursday"],
        ],
        &[&["debt-ratio"], &["growth[forecast,of:finance]"], &["VERA KOSTELNY"]],
    );
}

/// The thirty-fifth blind pair (see EXPECTED.md): a doctors' strike and a telecom merger. The
/// planted conflicts found so far (the strike's turnout, quote and weekday; the merger's
/// premium, quote, weekday and job cuts); the false alarms the first run raised are written
/// down there for a later session, not asserted here.
#[test]
fn a_thirty_fifth_blind_pair_a_doctors_strike_and_a_telecom_merger() {
    assert_conflicts(
        "tests/fixtures/orsk-hospital-strike",
        &[
            &["turnout", "74.1%", "71.4%"],
            &["quote", "choice", "option"],
            &["Wednesday, March 25", "was a Tuesday"],
        ],
        &[],
    );
    assert_conflicts(
        "tests/fixtures/veltra-telecom-merger",
        &[
            &["premium", "32%", "36%"],
            &["quote", "price", "time"],
            &["Thursday, November 14", "was a Friday"],
            &["job-count", "about 2,400", "about 3,400"],
        ],
        &[],
    );
}

/// The thirty-sixth blind pair (see EXPECTED.md), written in the shapes of the November 2026
/// sweep of real events (a jobs report, a rocket's first test flight): the planted conflicts
/// found on first run are found, a quote told in British and in American spelling is one
/// quote ("programme", "program"), and a headline's "beat forecasts in April as jobless rate
/// falls to 4.3%" reads no forecast of 4.3%.
#[test]
fn a_thirty_sixth_blind_pair_a_jobs_report_and_a_rocket_test() {
    assert_conflicts(
        "tests/fixtures/aldgate-jobs-report",
        &[
            &["quote", "resilient", "robust"],
            &["Wednesday, May 20", "was a Thursday"],
        ],
        &[&["quote", "programme"], &["unemployment[forecast]", "4.3%"]],
    );
    assert_conflicts(
        "tests/fixtures/tamsin-rocket-test",
        &[&["quote", "year", "autumn"], &["altitude[peak]", "96 km", "69km"]],
        &[],
    );
}

/// The thirty-seventh blind pair (see EXPECTED.md): a rocket failure and an ammonia leak.
/// Every planted conflict is found: the satellite's cost ("the $451 million satellite" against
/// "the destroyed satellite cost $415 million"), the second stage's cut-off ("its second stage
/// two minutes and 48 seconds after liftoff", not 48 seconds), a weekday, a changed quote; the
/// cars derailed (nine against eleven, beside a 64-car train), the relief fund, the day the
/// evacuation order was lifted, a changed quote. None of its traps: the mission's total cost
/// against the satellite's, those taken to hospital against the dead, a headline's hospital
/// count against the evacuation zone it also names.
#[test]
fn a_thirty_seventh_blind_pair_a_launch_failure_and_an_ammonia_leak() {
    assert_conflicts(
        "tests/fixtures/vantor-launch-failure",
        &[
            &["cost[of:satellite]", "$415 million", "$451 million"],
            &["after-liftoff", "two minutes and 48 seconds"],
            &["Wednesday, Nov. 10", "was a Tuesday"],
            &["find out [-exactly-] [+precisely+]"],
        ],
        &[&["$477 million"], &["halvard/cost"]],
    );
    assert_conflicts(
        "tests/fixtures/aldmere-ammonia-leak",
        &[
            &["car-count", "Nine", "Eleven"],
            &["aid", "$5 million", "15 million dollars"],
            &["evacuation-lifted", "Nov. 19", "Nov. 20"],
            &["their [-health-] [+lungs+]"],
        ],
        &[&["deaths"], &["evacuated"], &["hospitalised"]],
    );
}

/// The thirty-eighth blind pair (see EXPECTED.md): a container ship blocking a port and a
/// boil-water notice. Found: the port chief's changed word, the refloat's weekday, the mayor's
/// changed words. None of the traps these once raised: the shipping line's revenue against
/// its parent's ("Its parent, Aurel Holdings, reported revenue of €31 billion"), the ships
/// diverted to another port against those stuck outside this one.
#[test]
fn a_thirty_eighth_blind_pair_a_port_blockage_and_a_boil_water_notice() {
    assert_conflicts(
        "tests/fixtures/halden-crest-aldmoor-blockage",
        &[
            &["channel to be [-fully-] [+partly+] open"],
            &["Friday, Nov. 21", "was a Saturday"],
        ],
        &[&["revenue"], &["ship-count"]],
    );
    assert_conflicts(
        "tests/fixtures/tamsford-boil-water-notice",
        &[&["[-an unavoidable-] [+a preventable+]"]],
        &[&["cases"], &["hospitalised"]],
    );
}

/// The thirty-ninth blind pair (see EXPECTED.md): an ash cloud and an insulin price cut.
/// Found: the airport chief's changed word, a weekday, the airline's cost; the plume's
/// heights are one moving measure (an update, not three unkeyed lengths); the revenue the price
/// cut will cost, £140 million against £190 million (a change to come). None of the traps
/// these once raised: a rival's price cut in March 2024 ("by 70% in March 2024, to £29 a
/// pack") against this month's new price, a cut of the list price read as job cuts.
#[test]
fn a_thirty_ninth_blind_pair_an_ash_cloud_and_an_insulin_price_cut() {
    assert_conflicts(
        "tests/fixtures/skarafell-ash-cloud",
        &[
            &["until we are [-confident-] [+certain+]"],
            &["Wednesday, Nov. 19", "was a Thursday"],
            &["vestair/cost", "€45 million", "38m euros"],
        ],
        &[&["plume-height"], &["flight-count"]],
    );
    assert_conflicts(
        "tests/fixtures/sollara-insulin-price-cut",
        &[&["revenue[change,full-year]", "£140 million", "£190 million"]],
        &[&["price"], &["job-cuts"]],
    );
    let findings = findings_of(&json(&[
        "check",
        "tests/fixtures/sollara-insulin-price-cut",
        "--format",
        "json",
    ]));
    assert!(!has(&findings, "possible-conflict", &["£29"]), "{findings:#?}");
}

/// Calendar slips (tests/fixtures/calendar-slips, see EXPECTED.md): "September 31" is a day
/// its month does not have (CC108), read as September 1 to October 1; a year in words, a week
/// by its number and a bare hour after a date are read; sentences run over the line breaks of
/// paragraphs wrapped by hand.
#[test]
fn a_day_its_month_does_not_have_is_flagged() {
    let report = json(&["check", "tests/fixtures/calendar-slips", "--format", "json"]);
    let conflicts = conflict_messages(&report);
    assert_eq!(conflicts, ["?: September 31: September 2031 has 30 days"]);
    let slip = claim_with_text(&report, "September 31");
    assert_eq!(slip["value"]["first"], "2031-09-01");
    assert_eq!(slip["value"]["last"], "2031-10-01");
    assert_eq!(
        claim_with_text(&report, "nineteen twenty eight")["value"]["first"],
        "1928-01-01"
    );
    assert_eq!(claim_with_text(&report, "week 35")["value"]["first"], "2031-08-25");
    assert_eq!(claim_with_text(&report, "Friday at 9.30")["kind"], "time");
    // "is" / "set for October 1" over a line break wrapped by hand is read in the future.
    assert_eq!(claim_with_text(&report, "October 1")["value"]["first"], "2031-10-01");
    let out = crosscheck(&["check", "tests/fixtures/calendar-slips", "--color", "never"]);
    assert_eq!(out.status.code(), Some(1));
    snapshot("calendar_slips_text", &stdout(&out));
}

/// The fortieth blind pair (see EXPECTED.md): an exchange's collapse and a film's opening
/// weekend. Found: the shortfall ($1.84bn against $1.48bn, once "in the High Court" no longer
/// made a place of it), the founder's changed word, a weekday, and the time withdrawals were
/// halted (a `suspend` event; "3.40pm" against "14:40 local time" a possible conflict only);
/// the cinemas (4,412 against 4,214 locations: "per screen" and "screens" share a topic) and
/// the running time (2 hours 46 against 36 minutes). None of the traps these once raised: "$1bn
/// had left the platform" as the founder's departure, "according to studio estimates released
/// Sunday" as the film's release, two of the founder's posts as one, "premium formats" as a
/// buyer's premium.
#[test]
fn a_fortieth_blind_pair_an_exchange_collapse_and_an_opening_weekend() {
    assert_conflicts(
        "tests/fixtures/halvex-collapse",
        &[
            &["deficit", "$1.84bn", "$1.48bn"],
            &["we never [-gambled with-] [+touched+] customer money"],
            &["Thursday 13 November", "was a Friday"],
        ],
        &[&["leave"], &["announce"]],
    );
    let findings = findings_of(&json(&["check", "tests/fixtures/halvex-collapse", "--format", "json"]));
    assert!(
        has(
            &findings,
            "possible-conflict",
            &["halvex/suspend", "14:40 local time", "3.40pm"]
        ),
        "{findings:#?}"
    );
    assert_conflicts(
        "tests/fixtures/ember-crown-opening",
        &[
            &["location-count", "4,412", "4,214"],
            &["running-time", "2 hours 46 minutes", "2 hours and 36 minutes"],
        ],
        &[&["release"], &["premium"]],
    );
}

/// The forty-first blind pair (see EXPECTED.md): a carmaker's recall and a minimum-wage rise.
/// Found: the regulator's changed word, a weekday, the shares' close (down 6.8 against 8.6
/// per cent: a move told at the close is the day's close, whether "yesterday" or the wire's
/// dateline dates it). Missed: the recall in one country (the wire's "96,450 in Mardonia" and
/// the Herald's key facts box, "Vehicles recalled in Mardonia: 94,650", are read, but the
/// Herald's Mardonia is taken for the surname of "Corvane Mardonia"), and all four of the wage
/// story's (see EXPECTED.md).
#[test]
fn a_forty_first_blind_pair_a_recall_and_a_minimum_wage_rise() {
    assert_conflicts(
        "tests/fixtures/corvane-battery-recall",
        &[
            &["if [-drivers-] [+owners+] are put at"],
            &["Wednesday, 17 November", "was a Tuesday"],
            &[
                "corvane-motor-group/decline[of:share-price]",
                "6.8 percent",
                "8.6 per cent",
            ],
        ],
        &[&["share-price:"]],
    );
    let report = json(&["check", "tests/fixtures/corvane-battery-recall", "--format", "json"]);
    assert_eq!(claim_with_text(&report, "96,450")["key"], "vehicle-count[in:mardonia]");
    let boxed = report["claims"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["text"] == "94,650")
        .map(|c| c["key"].as_str().unwrap())
        .collect::<Vec<_>>();
    assert!(boxed.contains(&"vehicle-count[in:corvane-mardonia]"), "{boxed:?}");
}

/// The forty-second blind pair (see EXPECTED.md): a transit fare rise and an avalanche.
/// Found: the union leader's changed word, a weekday, the rescuers (121 against 112). None of
/// the page's own stamps ("Published Nov. 17, 2026, 8:52 p.m. | Updated Nov. 17, 2026, 10:05
/// p.m."), read once as the release of the story, against another page's "Updated 9:12 a.m.".
#[test]
fn a_forty_second_blind_pair_a_fare_rise_and_an_avalanche() {
    assert_conflicts(
        "tests/fixtures/kestrel-bay-fares",
        &[
            &["tax on the [-people-] [+workers+] who can least"],
            &["Wednesday, Nov. 17", "was a Tuesday"],
        ],
        &[&["release"], &["10:05 p.m."]],
    );
    assert_conflicts(
        "tests/fixtures/crestaval-avalanche",
        &[&["rescuer-count", "121", "112"]],
        &[],
    );
}

/// Who leads what (CC010, CC109): one outlet gives the finance chief the chief operating
/// officer's title; the chief technology officer called "president and chief technology
/// officer" agrees with the other outlets; a chief operating officer named in September and
/// a former one are in change, compared with nothing.
#[test]
fn two_offices_given_to_one_person_at_one_company_conflict() {
    assert_conflicts(
        "tests/fixtures/boardroom-titles",
        &[&[
            "pieter-sandvoort/role/veldmark-robotics",
            "chief financial officer",
            "chief operating officer",
        ]],
        &[
            &["jurgen-alstadt"],
            &["marit-holloway"],
            &["tobias-kern"],
            &["anneliese-ostrander"],
        ],
    );
}

/// The forty-third blind pair (see EXPECTED.md): the election's four planted conflicts are
/// found, and neither the turnout read at 6 p.m. on polling day nor "nearly two in five votes"
/// is set against anything; of the earthquake's four, none yet (a time of day that only a key
/// facts row dates, an injured count of one evening's update, a loan read as aid in one source
/// and as debt in the other, a shock's length that no measure names).
#[test]
fn a_forty_third_blind_pair_a_snap_election_and_an_earthquake() {
    assert_conflicts(
        "tests/fixtures/marvessa-snap-election",
        &[
            &["civic-renewal/seats", "134", "143"],
            &["turnout", "73.1 per cent", "71.3 percent"],
            &["Wednesday 17 November", "was a Tuesday"],
            &["[-especially-] [+including+]"],
        ],
        &[&["58.6"], &["votes"]],
    );
    assert_conflicts(
        "tests/fixtures/zhalkar-earthquake",
        &[],
        &[&["3:24"], &["3,490"], &["$150 million"], &["84 seconds"]],
    );
}

/// The forty-fourth blind pair: the chipmaker's after-hours fall (4.7% against 7.4%), its net
/// income ($2.07 against $2.17 billion, the latter once dated by an aside's "when ... in
/// 2015") and its chief's changed word are found, and none of the traps that were false
/// errors before (the division's revenue against the company's, a fall since the results
/// against the after-hours one); the quarter's end date is missed. The start-up's wrong
/// weekday and the 20 against 40 minutes are found; 702 against 720 signatures (a count
/// that moves, both of one evening) and the announcement's time (an announcement repeats)
/// are not.
#[test]
fn a_forty_fourth_blind_pair_chip_results_and_a_boardroom_crisis() {
    assert_conflicts(
        "tests/fixtures/tessaline-q1-results",
        &[
            &["decline[after-hours,of:share-price]", "4.7%", "7.4 per cent"],
            &["profit", "$2.17 billion", "$2.07 billion"],
            &["[-middle-] [+end+]"],
        ],
        &[&["revenue: "], &["9.1 percent"], &["$1.9 billion"]],
    );
    assert_conflicts(
        "tests/fixtures/sablewing-board-crisis",
        &[
            &["Thursday, Nov. 13", "was a Friday"],
            &["before-public", "about 20 minutes", "about 40 minutes"],
        ],
        &[&["720"], &["1:30 p.m."], &["appoint"]],
    );
}

/// The forty-fifth blind pair (see EXPECTED.md): a retailer's data breach and a fraud trial.
/// The breach's four planted conflicts are found (the records, the weekday, the close's fall,
/// once "By the close," takes the day of the sentence before and the early-trading move stops
/// at "and closed", and the chief's changed word), with none of the traps that were false
/// errors on the first run (300 workers "added" against a vendor's 900 employees, a rival's
/// fine the year after its own breach). The trial's restitution ($184.7 against $187 million)
/// is found; its deliberation hours, the verdict's time and a co-defendant's term are not.
#[test]
fn a_forty_fifth_blind_pair_a_data_breach_and_a_fraud_trial() {
    assert_conflicts(
        "tests/fixtures/corvane-data-breach",
        &[
            &["record-count", "11.6 million", "12.6 million"],
            &["Tuesday, November 9", "was a Monday"],
            &["decline[of:share-price]", "14.1 per cent", "11.4%"],
            &["within hours not [-weeks-] [+days+]"],
        ],
        &[&["headcount"], &["fine"]],
    );
    assert_conflicts(
        "tests/fixtures/lanternfield-fraud-trial",
        &[&["restitution", "$184.7 million", "$187 million"]],
        &[&["deliberation"], &["years"]],
    );
}

/// The forty-sixth blind pair (see EXPECTED.md): a wildfire and a central bank's rate cut. The
/// fire's changed quote is found, and none of the first run's false errors: the area a fire
/// burned by Thursday morning against that by Thursday evening (an area moves), a 2019 fire's
/// acres (dated by "The 2019 Tamarack Fire, ..."), a timber company's own acres. The rate
/// cut's wrong weekday and October's inflation are found; a lender's rate and the rate
/// economists expect ("a cut to 4.00 per cent") are no job cuts any more.
#[test]
fn a_forty_sixth_blind_pair_a_wildfire_and_a_rate_cut() {
    assert_conflicts(
        "tests/fixtures/brennock-ridge-fire",
        &[&["exactly what we [-feared-] [+expected+] it would do"]],
        &[&["area"], &["home-count"], &["containment"]],
    );
    assert_conflicts(
        "tests/fixtures/velmora-rate-cut",
        &[
            &["Wednesday, 17 December", "was a Thursday"],
            &["inflation", "3.1%", "3.3 per cent"],
        ],
        &[&["job-cuts"], &["unemployment"]],
    );
}

/// The forty-seventh blind pair (see EXPECTED.md), as it stands after one round of fixes: the
/// ferry strike's changed quote is found, and the day-by-day sailings ("198 sailings
/// cancelled on Tuesday and 214 on Wednesday") are parts of the two days' 412, not a
/// conflict with it. Its other false errors and the drug approval's misses are listed in
/// EXPECTED.md for the next round.
#[test]
fn a_forty_seventh_blind_pair_a_ferry_strike_and_a_drug_approval() {
    assert_conflicts(
        "tests/fixtures/skelling-ferry-strike",
        &[&["posted record [-profits-] [+revenues+]"]],
        &[&["sailing-count"]],
    );
    // (None of its planted conflicts is found yet, and nothing else is flagged either.)
    let findings = findings_of(&json(&[
        "check",
        "tests/fixtures/nerivance-migraine-approval",
        "--format",
        "json",
    ]));
    assert!(
        !findings.iter().any(|(relation, _)| relation.contains("conflict")),
        "{findings:#?}"
    );
}
