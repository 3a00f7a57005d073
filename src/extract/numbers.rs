//! Numbers in digits ("13,000", "34.4", "1.5bn") and in words ("eleven", "three hundred and
//! forty-two", "a dozen", "half a million"), with the precision they were written at.

use std::borrow::Cow;

use regex::Regex;
use std::collections::BTreeMap;

use text2num::{find_numbers, Language, Token};

use crate::rules::Lexicon;

/// A number found in a piece of text. Offsets are bytes into that text.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Number {
    pub start: usize,
    pub end: usize,
    pub value: f64,
    /// The unit of the last written digit: 0.1 for "34.4", 1e9 for "18 billion", 100 for
    /// "three hundred". Round figures are only as precise as this.
    pub place: f64,
    /// Written in words rather than digits.
    pub in_words: bool,
    /// The scale word or abbreviation it was written with ("million" -> 1e6), else 1.
    pub factor: f64,
}

/// Compiled patterns for finding numbers; built once per rule set.
pub struct NumberFinder {
    digits: Regex,
    scales: BTreeMap<String, f64>,
    scale_after: Regex,
    dozen: Regex,
    half_scale: Regex,
    time_of_day: Regex,
    /// A minus sign or word just before a figure.
    negative: Regex,
    /// All-capital words that introduce money, not names ("EUR 500" is not "FTSE 100").
    currency_codes: Vec<String>,
    /// Unit words that may be glued to a figure ("195mph", "5km"), lower case.
    unit_words: Vec<String>,
}

impl NumberFinder {
    pub fn new(lexicon: &Lexicon) -> NumberFinder {
        let scales = &lexicon.scales;
        let currency_codes = lexicon
            .currencies
            .keys()
            .filter(|k| k.chars().all(|c| c.is_ascii_uppercase()))
            .cloned()
            .collect();
        // Scale words of one letter ("5m", "$12B") must touch the digits; longer ones may
        // follow a space or hyphen ("3 million", "1.5-billion").
        let mut words: Vec<&str> = scales.keys().map(String::as_str).collect();
        words.sort_by_key(|w| std::cmp::Reverse(w.len()));
        let long: Vec<String> = words.iter().filter(|w| w.len() > 2).map(|w| regex::escape(w)).collect();
        let short: Vec<String> = words
            .iter()
            .filter(|w| w.len() <= 2)
            .map(|w| regex::escape(w))
            .collect();
        let scale_after = format!(r"(?i)^(?:[\s-]?(?:{})|(?:{}))\b", long.join("|"), short.join("|"));
        NumberFinder {
            digits: Regex::new(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?").unwrap(),
            scales: scales.iter().map(|(k, v)| (k.to_lowercase(), *v)).collect(),
            scale_after: Regex::new(&scale_after).expect("scale words form a regex"),
            dozen: Regex::new(r"(?i)\b(a|one|two|three|half a) dozen\b").unwrap(),
            half_scale: Regex::new(r"(?i)\bhalf an? (million|billion|trillion)\b").unwrap(),
            negative: Regex::new(r"(?:^|[\s(])([-−]|(?i:minus|negative)\s+)$").unwrap(),
            time_of_day: Regex::new(r"(?i)^\s?(?:a\.m\.|p\.m\.|am\b|pm\b|o'clock)").unwrap(),
            currency_codes,
            unit_words: lexicon
                .units
                .iter()
                .flat_map(|u| &u.words)
                .map(|w| w.to_lowercase())
                .collect(),
        }
    }

    /// Every number in `text`, in order. Numbers glued to letters ("GPT4", "DAX40", "Q1") are
    /// names, not numbers, and are skipped.
    pub fn find(&self, text: &str) -> Vec<Number> {
        let mut found = Vec::new();
        for m in self.digits.find_iter(text) {
            let before = text[..m.start()].chars().next_back();
            let after = text[m.end()..].chars().next();
            // Glued to a name ("GPT-4", "COVID-19"), part of a fraction or a time ("24/7", "10:45"),
            // or followed by a time of day ("3 pm"): not a figure.
            let glued_to_name = before == Some('-')
                && text[..m.start() - 1]
                    .rsplit(|c: char| !c.is_alphanumeric())
                    .next()
                    .is_some_and(|w| w.starts_with(char::is_uppercase));
            let in_fraction_or_time = matches!(before, Some('/' | ':')) || text[m.end()..].starts_with(['/', ':']);
            if before.is_some_and(|c| c.is_alphanumeric() || c == '.' || c == ',')
                || glued_to_name
                || in_fraction_or_time
                || self.time_of_day.is_match(&text[m.end()..])
                || names_a_thing(text, m.start(), &self.currency_codes) && !is_percentage(&text[m.end()..])
            {
                continue;
            }
            let written = m.as_str().replace(',', "");
            let Ok(value) = written.parse::<f64>() else { continue };
            let decimals = written.split_once('.').map_or(0, |(_, d)| d.len());
            // A sign that stands alone ("fell -0.5%", "minus 2 percent"), not a range ("40-50").
            // "plus or minus 3 points" is a margin, not a negative figure.
            let sign = self
                .negative
                .captures(&text[..m.start()])
                .and_then(|c| c.get(1))
                .filter(|s| !text[..s.start()].to_lowercase().trim_end().ends_with("plus or"))
                .map(|s| s.start());
            let (start, value) = match sign {
                Some(at) => (at, -value),
                None => (m.start(), value),
            };
            let mut number = Number {
                start,
                end: m.end(),
                value,
                // Trailing zeros of a whole number are not significant: "1,500 million" is
                // as precise as "1.5 billion", "3,000,000" as "3 million".
                place: if decimals > 0 {
                    10f64.powi(-(decimals as i32))
                } else {
                    last_digit_place(value)
                },
                in_words: false,
                factor: 1.0,
            };
            if let Some(s) = self.scale_after.find(&text[m.end()..]) {
                let word = s.as_str().trim_start_matches([' ', '-', '\u{a0}']).to_lowercase();
                if let Some(factor) = self.scales.get(&word) {
                    number = scale(number, *factor, m.end() + s.end());
                }
            } else if after.is_some_and(|c| c.is_alphabetic()) && !self.starts_unit(&text[m.end()..]) {
                // "4x" and "19th" are read by their own recognisers; "180ml" is a dimension.
                continue;
            }
            found.push(number);
        }
        found.extend(self.find_words(text));
        found.sort_by_key(|n| n.start);
        found.dedup_by(|b, a| b.start < a.end);
        found
    }

    /// "4x" is a multiplier and "195mph" a speed, which the quantity recogniser reads; other
    /// glued letters make an ordinal ("19th", read only as part of a date) or a word.
    fn starts_unit(&self, rest: &str) -> bool {
        let mut chars = rest.chars();
        let multiplier = matches!(chars.next(), Some('x' | '×')) && !chars.next().is_some_and(char::is_alphanumeric);
        let word: String = rest
            .chars()
            .take_while(|c| c.is_alphabetic() || *c == '/' || *c == '.')
            .collect::<String>()
            .to_lowercase();
        multiplier || self.unit_words.iter().any(|u| *u == word.trim_end_matches('.'))
    }

    fn find_words(&self, text: &str) -> Vec<Number> {
        let tokens = word_tokens(text);
        let mut found: Vec<Number> = find_numbers(tokens.iter(), &Language::english(), 0.0)
            .into_iter()
            .filter(|o| !o.is_ordinal && o.end > o.start)
            .filter_map(|o| {
                let first = &tokens[o.start];
                let last = &tokens[o.end - 1];
                // A lone "a" or "one" is an article or a pronoun far more often than a count.
                let lone = o.end - o.start == 1 && matches!(first.lower.as_str(), "a" | "an" | "one");
                // A scale word alone ("billion-dollar companies") or inside a compound
                // ("multi-thousand-GPU") is not a figure.
                let scale_only = o.end - o.start == 1 && self.scales.contains_key(&first.lower)
                    || matches!(first.lower.as_str(), "hundred" | "thousand");
                let in_compound = text[..first.start].ends_with('-');
                if lone || scale_only || in_compound || first.digits {
                    return None;
                }
                let mut n = Number {
                    start: first.start,
                    end: last.end,
                    value: o.value,
                    place: last_digit_place(o.value),
                    in_words: true,
                    factor: 1.0,
                };
                if let Some(s) = self.scale_after.find(&text[n.end..]) {
                    let word = s.as_str().trim_start().to_lowercase();
                    if word.len() > 2 {
                        if let Some(factor) = self.scales.get(&word) {
                            n = scale(n, *factor, n.end + s.end());
                        }
                    }
                }
                Some(n)
            })
            .collect();
        for m in self.dozen.find_iter(text) {
            let how_many = match &m.as_str()[..m.as_str().len() - " dozen".len()].to_lowercase()[..] {
                "half a" => 0.5,
                "two" => 2.0,
                "three" => 3.0,
                _ => 1.0,
            };
            found.retain(|n| n.end <= m.start() || n.start >= m.end());
            found.push(Number {
                start: m.start(),
                end: m.end(),
                value: 12.0 * how_many,
                place: 1.0,
                in_words: true,
                factor: 1.0,
            });
        }
        for m in self.half_scale.find_iter(text) {
            let factor = self.scales[&m.as_str().rsplit(' ').next().unwrap().to_lowercase()];
            found.retain(|n| n.end <= m.start() || n.start >= m.end());
            found.push(Number {
                start: m.start(),
                end: m.end(),
                value: 0.5 * factor,
                place: 0.5 * factor,
                in_words: true,
                factor,
            });
        }
        found
    }
}

/// A number right after a capitalised word names a thing: "Claude 1", "Article 51",
/// "Windows 11". Months and sentence-initial words are not such names.
fn names_a_thing(text: &str, start: usize, currency_codes: &[String]) -> bool {
    let before = text[..start].trim_end_matches(' ');
    if before.len() == text[..start].len() || before.is_empty() {
        return false;
    }
    let word = before.rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    let at_sentence_start = before.len() == word.len();
    word.chars().next().is_some_and(char::is_uppercase)
        && !at_sentence_start
        && super::time::month(word).is_none()
        && !currency_codes.iter().any(|c| c == word)
}

/// Whether a number is followed by a percent sign or word: a share, never part of a name
/// ("Leave 42.2%", unlike "Windows 11").
fn is_percentage(after: &str) -> bool {
    let after = after.trim_start().to_lowercase();
    after.starts_with('%') || after.starts_with("percent") || after.starts_with("per cent")
}

/// A word that writes a number ("three", "twenty", "third", "dozen", "thousands").
pub fn is_number_word(word: &str) -> bool {
    let lower = word.to_lowercase();
    matches!(
        lower.as_str(),
        "dozen" | "dozens" | "half" | "quarter" | "hundreds" | "thousands" | "millions" | "billions"
    ) || (!matches!(lower.as_str(), "a" | "an" | "and") && text2num::text2digits(&lower, &Language::english()).is_ok())
}

fn scale(n: Number, factor: f64, end: usize) -> Number {
    Number {
        end,
        value: n.value * factor,
        place: n.place * factor,
        factor,
        ..n
    }
}

/// 100 for 300, 1 for 342, 1e6 for 3,000,000: how precisely a number in words was given.
fn last_digit_place(value: f64) -> f64 {
    if value.fract() != 0.0 || value == 0.0 {
        return 1.0;
    }
    let mut place = 1.0;
    while (value / (place * 10.0)).fract() == 0.0 {
        place *= 10.0;
    }
    place
}

/// A word of the text, with its byte range; hyphens split words ("forty-two", "eleven-percent").
struct WordToken {
    start: usize,
    end: usize,
    text: String,
    lower: String,
    digits: bool,
}

impl Token for &WordToken {
    fn text(&self) -> Cow<'_, str> {
        Cow::Borrowed(&self.text)
    }

    fn text_lowercase(&self) -> Cow<'_, str> {
        Cow::Borrowed(&self.lower)
    }

    fn nt_separated(&self, _previous: &Self) -> bool {
        // Punctuation is fed as tokens of its own, so "three, four" is never 34.
        false
    }
}

fn word_tokens(text: &str) -> Vec<WordToken> {
    let mut tokens: Vec<WordToken> = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
        let in_word = c.is_alphanumeric() || c == '\'' || c == '’';
        match (start, in_word) {
            (None, true) => start = Some(i),
            (Some(s), false) => {
                let word = &text[s..i];
                tokens.push(WordToken {
                    start: s,
                    end: i,
                    text: word.to_string(),
                    lower: word.to_lowercase(),
                    digits: word.chars().any(|c| c.is_ascii_digit()),
                });
                start = None;
                // Punctuation other than a hyphen ends a number: feed it as its own token.
                if !c.is_whitespace() && c != '-' && i < text.len() {
                    tokens.push(WordToken {
                        start: i,
                        end: i + c.len_utf8(),
                        text: c.to_string(),
                        lower: c.to_string(),
                        digits: false,
                    });
                }
            }
            (None, false) if !c.is_whitespace() && c != '-' && i < text.len() => tokens.push(WordToken {
                start: i,
                end: i + c.len_utf8(),
                text: c.to_string(),
                lower: c.to_string(),
                digits: false,
            }),
            _ => {}
        }
    }
    tokens
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finder() -> NumberFinder {
        NumberFinder::new(&crate::rules::RuleSet::load(None).unwrap().lexicon)
    }

    fn values(text: &str) -> Vec<(String, f64)> {
        finder()
            .find(text)
            .into_iter()
            .map(|n| (text[n.start..n.end].to_string(), n.value))
            .collect()
    }

    #[test]
    fn digits_with_separators_decimals_and_scales() {
        assert_eq!(
            values("13,000 shares and 34.4% and $1.5bn"),
            [
                ("13,000".into(), 13000.0),
                ("34.4".into(), 34.4),
                ("1.5bn".into(), 1.5e9)
            ]
        );
        assert_eq!(
            values("$12B or 3 million"),
            [("12B".into(), 12e9), ("3 million".into(), 3e6)]
        );
    }

    #[test]
    fn words_and_compounds() {
        assert_eq!(values("an eleven-percent speed-up"), [("eleven".into(), 11.0)]);
        assert_eq!(
            values("three hundred and forty-two people"),
            [("three hundred and forty-two".into(), 342.0)]
        );
        assert_eq!(
            values("a dozen firms and half a million users"),
            [("a dozen".into(), 12.0), ("half a million".into(), 5e5)]
        );
        assert_eq!(values("the twenty or so that survived"), [("twenty".into(), 20.0)]);
    }

    #[test]
    fn names_and_ordinals_are_not_numbers() {
        assert_eq!(values("GPT4 and DAX40 and one of them on May 19th"), []);
    }

    /// An integer in English words, for the property test.
    fn in_words(n: u64) -> String {
        const ONES: [&str; 20] = [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
        ];
        const TENS: [&str; 10] = [
            "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
        ];
        match n {
            0..20 => ONES[n as usize].to_string(),
            20..100 if n % 10 == 0 => TENS[(n / 10) as usize].to_string(),
            20..100 => format!("{}-{}", TENS[(n / 10) as usize], ONES[(n % 10) as usize]),
            100..1000 if n % 100 == 0 => format!("{} hundred", ONES[(n / 100) as usize]),
            100..1000 => format!("{} hundred and {}", ONES[(n / 100) as usize], in_words(n % 100)),
            _ if n % 1000 == 0 => format!("{} thousand", in_words(n / 1000)),
            _ => format!("{} thousand {}", in_words(n / 1000), in_words(n % 1000)),
        }
    }

    /// "1234567" -> "1,234,567".
    fn with_separators(n: u64) -> String {
        let digits = n.to_string();
        let mut out = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                out.push(',');
            }
            out.push(c);
        }
        out
    }

    proptest::proptest! {
        #[test]
        fn any_integer_in_digits_reads_back(n in 0u64..1_000_000_000_000) {
            let f = finder();
            for written in [n.to_string(), with_separators(n)] {
                let text = format!("The firm counted {written} items.");
                let found = f.find(&text);
                proptest::prop_assert_eq!(found.len(), 1, "{}", text);
                proptest::prop_assert_eq!(found[0].value, n as f64);
                proptest::prop_assert_eq!(&text[found[0].start..found[0].end], written.as_str());
            }
        }

        #[test]
        fn any_integer_in_words_reads_back(n in 2u64..1_000_000) {
            let text = format!("The firm counted {} items.", in_words(n));
            let found = finder().find(&text);
            proptest::prop_assert_eq!(found.len(), 1, "{}", text);
            proptest::prop_assert_eq!(found[0].value, n as f64, "{}", text);
        }
    }

    #[test]
    fn precision_follows_the_last_written_digit() {
        let f = finder();
        let place = |t: &str| f.find(t)[0].place;
        assert_eq!(place("34.4"), 0.1);
        assert_eq!(place("18 billion"), 1e9);
        assert_eq!(place("three hundred"), 100.0);
        assert_eq!(place("13,000"), 1000.0);
        assert_eq!(place("13,400"), 100.0);
        assert_eq!(place("3.0 million"), 1e5);
    }
}
