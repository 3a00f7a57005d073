//! Numbers in digits ("13,000", "34.4", "1.5bn") and in words ("eleven", "three hundred and
//! forty-two", "a dozen", "half a million"), with the precision they were written at.

use std::borrow::Cow;

use std::collections::BTreeMap;

use text2num::{find_numbers, Language, Token};

use crate::error::Error;
use crate::pattern::{static_regex, LazyRegex, WordList};
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
    /// Written as a fraction ("two thirds", "3/4", "one and a half", "1 over 3"): a share
    /// when "of" follows ("two thirds of voters").
    pub fraction: bool,
}

/// Compiled patterns for finding numbers; built once per rule set.
pub struct NumberFinder {
    /// Figures in digits: "13,000", "1 234 567" (spaces or thin spaces between groups of
    /// three), "12,34,567" (Indian grouping: twos above the thousands), "34.4", ".08",
    /// "1.3e6", "1.1^23".
    digits: LazyRegex,
    /// An ordinal in digits: "19th", "3rd", "101st".
    /// Three or more groups of digits joined by dots ("192.168.1.2", "2.10.4").
    dotted_chain: LazyRegex,
    /// A digit in words, "point" and digits ("zero-point-75").
    word_point_digits: LazyRegex,
    ordinal_digits: LazyRegex,
    /// Fractions in digits: "3/4", "2 3/4".
    digit_fraction: LazyRegex,
    /// Fractions of one character: "½", "2¾".
    vulgar: LazyRegex,
    scales: BTreeMap<String, f64>,
    scale_after: LazyRegex,
    /// "a dozen", "half a dozen", "a couple of dozen": a dozen without a number before it.
    dozen: LazyRegex,
    /// "a couple of days": two.
    couple: LazyRegex,
    /// "half a million", "quarter million".
    half_scale: LazyRegex,
    time_of_day: LazyRegex,
    /// Digits in groups of three between commas ("439,302"): a writer whose comma groups
    /// thousands.
    comma_thousands: LazyRegex,
    /// A minus sign or word just before a figure.
    negative: LazyRegex,
    /// A word of extent after a figure ("tall", "-high", "in diameter"): an "m" before it is
    /// metres, not millions.
    extent_after: LazyRegex,
    /// "over" or "out of" between two numbers: "1 over 3", "one out of three".
    ratio_joint: LazyRegex,
    /// "and" between the parts of a number in words: "twenty-one trillion and three hundred".
    and_joint: LazyRegex,
    /// All-capital words that introduce money, not names ("EUR 500" is not "FTSE 100").
    currency_codes: Vec<String>,
    /// Unit words that may be glued to a figure ("195mph", "5km"), lower case.
    unit_words: Vec<String>,
    /// Abbreviations glued to a figure as written, case and all: minor units ("415p") and
    /// "pc" for percent ("3pc"; "3PC" is a name).
    glued_words: Vec<String>,
    /// Words of a unit ("percent", "dollar", "penny", "mile", "hour"): a lone "one" before
    /// one of them is a figure ("rose one percent", "a one-yen bid").
    unit_after_one: WordList,
    /// Function words, lower case: after "1 over 3" they leave it a fraction, after "a
    /// third" they leave it a fraction ("a third of", not "a third term").
    stopwords: std::collections::HashSet<String>,
}

/// A number in words found by text2num, as a range of word tokens.
#[derive(Clone, Copy)]
struct Words {
    first: usize,
    end: usize,
    value: f64,
}

impl Words {
    /// The first and the last of its tokens.
    fn ends<'a, 't>(&self, tokens: &'a [WordToken<'t>]) -> Option<(&'a WordToken<'t>, &'a WordToken<'t>)> {
        let run = tokens.get(self.first..self.end)?;
        Some((run.first()?, run.last()?))
    }
}

impl NumberFinder {
    pub fn new(lexicon: &Lexicon) -> Result<NumberFinder, Error> {
        let scales = &lexicon.scales;
        // Codes and abbreviations a figure follows ("USD 5", "Rs 5,000", "Rs. 200"): a
        // capitalised word before a figure names a thing ("Flight 370") unless it is one.
        let currency_codes = lexicon
            .currencies
            .keys()
            .map(|k| k.trim_end_matches('.'))
            .filter(|k| {
                k.starts_with(|c: char| c.is_ascii_uppercase())
                    && k.len() <= 4
                    && k.chars().all(|c| c.is_ascii_alphabetic())
            })
            .map(str::to_string)
            .collect();
        // Scale words of one or two letters ("5m", "$12B") must touch the digits; longer ones
        // may follow a space or hyphen ("3 million", "1.5-billion"), and so may "bn", which
        // is nothing else ("€4.34 bn"; "5 mm" is a length); several may follow one another
        // ("three lakh crore").
        let spaced = |w: &str| w.len() > 2 || w.eq_ignore_ascii_case("bn");
        let mut words: Vec<&str> = scales.keys().map(String::as_str).collect();
        words.sort_by_key(|w| std::cmp::Reverse(w.len()));
        let long: Vec<String> = words.iter().filter(|w| spaced(w)).map(|w| regex::escape(w)).collect();
        let short: Vec<String> = words.iter().filter(|w| !spaced(w)).map(|w| regex::escape(w)).collect();
        let scale_after = format!(r"(?i)^(?:[\s-]?(?:{})|(?:{}))\b", long.join("|"), short.join("|"));
        Ok(NumberFinder {
            digits: static_regex(
                r"\d{1,2}(?:,\d\d)+,\d{3}(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u{a0}\u{2009}\u{202f}]\d{3})+\b(?:\.\d+)?|\d+(?:\.\d+)?(?:[eE][+-]?\d+\b|\^[+-]?\d+|[x×]10\^[+-]?\d+)?|\.\d+\b",
            ),
            dotted_chain: static_regex(r"(?:^|[^\w.])(\d+(?:\.\d+){2,})(?:$|[^\w.]|\.(?:\s|$))"),
            word_point_digits: static_regex(
                r"(?i)\b(zero|nought|one|two|three|four|five|six|seven|eight|nine)[\s-]+point[\s-]+(\d+)\b",
            ),
            ordinal_digits: static_regex(r"(?i)\b(\d{1,6})(?:st|nd|rd|th)\b"),
            digit_fraction: static_regex(r"(?:\b(\d+)\s+)?\b(\d+)/(\d+)\b"),
            vulgar: static_regex(r"(?:\b(\d+)\s?)?([½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅐⅛⅜⅝⅞⅑⅒])"),
            scales: scales.iter().map(|(k, v)| (k.to_lowercase(), *v)).collect(),
            scale_after: lexicon.compile("scale", &scale_after)?,
            dozen: static_regex(r"(?i)\b(a|half\s+an?|(?:a\s+)?couple\s+of)\s+dozen\b"),
            couple: static_regex(r"(?i)\b(?:a\s+)?couple\s+of\b"),
            half_scale: static_regex(r"(?i)\b(?:an?\s+)?(half|quarter)(?:\s+an?)?\s+(million|billion|trillion)\b"),
            // (Or after a range's second figure in metres: "1,500m to 1,600m long".)
            extent_after: static_regex(
                r"(?i)^(?:\s*(?:-|–|—|to)\s*\d[\d,.]*\s?m)?[\s-]+(?:tall|high|long|wide|deep|thick|across|in\s+(?:diameter|height|length|width|depth))\b",
            ),
            negative: static_regex(r"(?:^|[\s(])(?:[-−]|(?i:minus|negative)\s+)$|^\s*−\s+$"),
            ratio_joint: static_regex(r"(?i)^\s+(?:over|out\s+of)\s+$"),
            and_joint: static_regex(r"(?i)^\s+(?:and\s+)?$"),
            time_of_day: static_regex(r"(?i)^\s?(?:a\.m\.|p\.m\.|am\b|pm\b|o'clock)"),
            comma_thousands: static_regex(r"(?-u:\b)\d{1,3}(?:,\d{3})+(?-u:\b)"),
            currency_codes,
            unit_words: lexicon
                .units
                .iter()
                .flat_map(|u| &u.words)
                .map(|w| w.to_lowercase())
                .collect(),
            glued_words: lexicon
                .minor_units
                .iter()
                .filter(|(_, m)| m.glued)
                .map(|(w, _)| w.clone())
                .chain(["pc".to_string()])
                .collect(),
            unit_after_one: {
                // Not "day": "one day" is mostly "some day".
                let time = super::quantity::TIME_UNITS
                    .iter()
                    .filter(|(u, _)| u.len() > 3)
                    .flat_map(|(u, _)| [u.to_string(), format!("{u}s")]);
                let words: Vec<String> = ["percent", "per cent", "percentage point"]
                    .into_iter()
                    .map(String::from)
                    .chain(time)
                    .chain(lexicon.units.iter().flat_map(|u| u.words.iter().cloned()))
                    .chain(lexicon.minor_units.keys().cloned())
                    .chain(
                        lexicon
                            .currencies
                            .keys()
                            .filter(|k| k.chars().all(|c| c.is_alphabetic() || c == ' '))
                            .cloned(),
                    )
                    .filter(|w| w != "day")
                    .collect();
                lexicon.word_list("unit", &words)?
            },
            stopwords: lexicon.stopwords.iter().map(|w| w.to_lowercase()).collect(),
        })
    }

    /// Every number in `text`, in order. Numbers glued to letters ("GPT4", "DAX40", "Q1") are
    /// names, not numbers, and are skipped.
    pub fn find(&self, text: &str) -> Vec<Number> {
        let mut found = self.digit_fractions(text);
        // "192.168.1.2": four or more groups of digits joined by dots are that many numbers,
        // not a decimal and the rest; three ("version 2.10.4", "14.02.13" for a day) are no
        // figure.
        let chains: Vec<(usize, usize)> = self
            .dotted_chain
            .captures_iter(text)
            .filter_map(|c| c.get(1))
            .map(|chain| (chain.start(), chain.end()))
            .collect();
        for &(start, end) in chains
            .iter()
            .filter(|&&(start, end)| text[start..end].matches('.').count() >= 3)
        {
            let mut at = start;
            for group in text[start..end].split('.') {
                found.push(Number {
                    start: at,
                    end: at + group.len(),
                    value: group.parse().unwrap_or_default(),
                    place: 1.0,
                    in_words: false,
                    factor: 1.0,
                    fraction: false,
                });
                at += group.len() + 1;
            }
        }
        // "zero-point-75 percentage points", "zero point 5": a digit in words, "point" and
        // digits, hyphened or after zero ("won by one point 5 minutes in" is no decimal).
        for c in self.word_point_digits.captures_iter(text) {
            let (Some(whole), Some(unit), Some(decimals)) = (c.get(0), c.get(1), c.get(2)) else {
                continue;
            };
            let zero = matches!(unit.as_str().to_lowercase().as_str(), "zero" | "nought");
            if !zero && !whole.as_str().contains('-') {
                continue;
            }
            let Some(units) = small_number_word(unit.as_str()) else {
                continue;
            };
            let Ok(fraction) = format!("0.{}", decimals.as_str()).parse::<f64>() else {
                continue;
            };
            found.push(Number {
                start: whole.start(),
                end: whole.end(),
                value: units as f64 + fraction,
                place: 10f64.powi(-(decimals.len() as i32)),
                in_words: true,
                factor: 1.0,
                fraction: false,
            });
        }
        for m in self.digits.find_iter(text) {
            if chains.iter().any(|&(start, end)| m.start() < end && start < m.end()) {
                continue;
            }
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
            // ".08 percent": a decimal without its zero, after a space, a sign or a symbol only
            // ("v.08", "file.08" and "3..08" hold none).
            let bare_decimal = m.as_str().starts_with('.');
            // "USD7.25", "EUR12m", "CHF250,000": a code in capitals glued before a sum, which
            // has cents, groups or a scale of millions ("COP28", "AMD64", "SAR1" are names,
            // "PHP7.4" a version, "AMD3k" a chip).
            let glued_to_code = before.is_some_and(char::is_alphabetic) && self.after_code(text, m.start());
            let before_bare =
                before.is_none_or(|c| c.is_whitespace() || matches!(c, '$' | '€' | '£' | '(' | '-' | '+' | '"' | '“'));
            if bare_decimal && !before_bare
                || before.is_some_and(|c| c.is_alphanumeric() || c == '.' || c == ',')
                    && !glued_to_code
                    && !in_digit_list(text, m.start())
                || glued_to_name
                || in_fraction_or_time
                || self.time_of_day.is_match(&text[m.end()..])
                || self.names_a_thing(text, m.start(), m.end())
                    && !is_percentage(&text[m.end()..])
                    && !is_scaled(&text[m.end()..])
                    && !is_part_of_whole(&text[m.end()..])
            {
                continue;
            }
            let Some((value, place)) = read_digits(m.as_str()) else {
                continue;
            };
            let mut number = Number {
                start: m.start(),
                end: m.end(),
                value,
                place,
                in_words: false,
                factor: 1.0,
                fraction: false,
            };
            if let Some(decimal) = self.decimal_comma(text, number) {
                // "delivered around 443,95 vehicles, above estimates of 439,302": where the
                // sentence groups thousands with commas, a comma before one or two digits is a
                // slip of the pen, whose figure nothing tells.
                if self.comma_thousands.is_match(text) {
                    continue;
                }
                number = decimal;
            }
            let scaled = self.scaled(text, number, false);
            let cents = m.as_str().split_once('.').is_some_and(|(_, d)| d.len() == 2);
            if glued_to_code && !(cents || m.as_str().contains(',') || scaled.is_some_and(|n| n.factor >= 1e6)) {
                continue;
            }
            if let Some(scaled) = scaled {
                number = scaled;
            } else if after.is_some_and(|c| c.is_alphabetic()) && !self.starts_unit(&text[m.end()..]) {
                // "4x" and "19th" are read by their own recognisers; "180ml" is a dimension.
                continue;
            }
            found.push(number);
        }
        let (words, lone) = self.find_words(text);
        found.extend(words);
        found.sort_by_key(|n| n.start);
        found.dedup_by(|b, a| b.start < a.end);
        let found = self.join_scaled(text, found);
        let mut found = self.ratios(text, found, lone);
        for n in &mut found {
            self.sign(text, n);
        }
        found
    }

    /// "€4,34 bn", "4,5%", "5,00": a whole number followed by a comma and one or two digits
    /// has a decimal comma (a group of thousands has three digits), unless more numbers follow
    /// with commas ("nos. 22,24,26": a list).
    fn decimal_comma(&self, text: &str, n: Number) -> Option<Number> {
        let written = text.get(n.start..n.end)?;
        let rest = text.get(n.end..)?.strip_prefix(',')?;
        let places = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        if !written.chars().all(|c| c.is_ascii_digit()) || !(1..=2).contains(&places) || in_digit_list(text, n.start) {
            return None;
        }
        let value = format!("{written}.{}", &rest[..places]).parse::<f64>().ok()?;
        let decimal = Number {
            end: n.end + 1 + places,
            value,
            place: 10f64.powi(-(places as i32)),
            ..n
        };
        Some(decimal)
    }

    /// The number with the scale words written after it ("3 million", "$12B", "13 lakh
    /// crore"), or None when none follows. Scales of one or two letters must touch the digits
    /// and never follow words.
    fn scaled(&self, text: &str, n: Number, in_words: bool) -> Option<Number> {
        let mut out: Option<Number> = None;
        loop {
            let current = out.unwrap_or(n);
            let Some(s) = self.scale_after.find(&text[current.end..]) else {
                break;
            };
            let word = s.as_str().trim_start_matches([' ', '-', '\u{a0}']).to_lowercase();
            let Some(factor) = self.scales.get(&word) else { break };
            if in_words && word.len() <= 2 {
                break;
            }
            // "$5MM" and "$5mm" are five million (a bankers' abbreviation); "7.62mm" is a
            // length.
            let money = text[..n.start].ends_with(['$', '€', '£', '¥']);
            if s.as_str().ends_with("mm") && !money {
                break;
            }
            // "1.8m tall", "a 3m-high wall": an "m" before a word of extent is metres.
            let rest = &text[current.end + s.end()..];
            if word == "m" && !money && self.extent_after.is_match(rest) {
                break;
            }
            out = Some(scale(current, *factor, current.end + s.end()));
        }
        out
    }

    /// A minus sign or word just before the number makes it negative ("fell -0.5%", "minus
    /// two percent"), not a range ("40-50"); "plus or minus 3 points" is a margin.
    fn sign(&self, text: &str, n: &mut Number) {
        let Some(sign) = self.negative.find(&text[..n.start]) else {
            return;
        };
        let sign_start = sign.start() + sign.as_str().len() - sign.as_str().trim_start_matches([' ', '(']).len();
        if n.value > 0.0 && !text[..sign_start].to_lowercase().trim_end().ends_with("plus or") {
            n.value = -n.value;
            n.start = sign_start;
        }
    }

    /// Fractions in digits: "3/4", "2 3/4" (a whole and a fraction). Only proper fractions
    /// with a small denominator: "9/11" and "24/7" are names, "5/12" more likely a date.
    fn digit_fractions(&self, text: &str) -> Vec<Number> {
        let mut found = Vec::new();
        for c in self.digit_fraction.captures_iter(text) {
            let (Some(whole), Some(top), Some(bottom)) = (c.get(0), c.get(2), c.get(3)) else {
                continue;
            };
            let before = text[..whole.start()].chars().next_back();
            let after = text[whole.end()..].chars().next();
            let (Ok(numerator), Ok(denominator)) = (top.as_str().parse::<f64>(), bottom.as_str().parse::<f64>()) else {
                continue;
            };
            let signed = before == Some('-')
                && text[..whole.start() - 1]
                    .chars()
                    .next_back()
                    .is_none_or(char::is_whitespace);
            if before.is_some_and(|b| b.is_alphanumeric() || "/.,".contains(b) || b == '-' && !signed)
                || after.is_some_and(|a| a.is_alphanumeric() || a == '/')
                || !(matches!(denominator as u32, 2..=10 | 16 | 32 | 64 | 100) && numerator < denominator)
            {
                continue;
            }
            let units = c.get(1).and_then(|w| w.as_str().parse::<f64>().ok()).unwrap_or(0.0);
            found.push(Number {
                start: whole.start(),
                end: whole.end(),
                value: units + numerator / denominator,
                place: 1.0 / denominator,
                in_words: false,
                factor: 1.0,
                fraction: true,
            });
        }
        for c in self.vulgar.captures_iter(text) {
            let (Some(whole), Some(glyph)) = (c.get(0), c.get(2)) else {
                continue;
            };
            let Some(part) = glyph.as_str().chars().next().and_then(vulgar_value) else {
                continue;
            };
            let units = c.get(1).and_then(|w| w.as_str().parse::<f64>().ok()).unwrap_or(0.0);
            found.push(Number {
                start: whole.start(),
                end: whole.end(),
                value: units + part,
                place: 0.01,
                in_words: false,
                factor: 1.0,
                fraction: true,
            });
        }
        found
    }

    /// "1 over 3", "one out of three", "one in five adults": a fraction of two numbers. `lone` are the numbers a
    /// lone "one" or "a" writes, kept for this and for "minus one".
    fn ratios(&self, text: &str, found: Vec<Number>, lone: Vec<Number>) -> Vec<Number> {
        let mut all: Vec<(Number, bool)> = found
            .into_iter()
            .map(|n| (n, false))
            .chain(lone.into_iter().map(|n| (n, true)))
            .collect();
        all.sort_by_key(|(n, _)| n.start);
        let mut out: Vec<Number> = Vec::new();
        let mut i = 0;
        while let Some(&(a, a_lone)) = all.get(i) {
            let joined = all.get(i + 1).filter(|(b, _)| {
                let after = text[b.end..].trim_start();
                // "one in five adults", "two in five votes cast": a share of a people, the
                // plural noun right after (not "3 in 5 minutes", "2 in 2019").
                let noun = first_word(after);
                let of_people = text.get(a.end..b.start) == Some(" in ")
                    && a.value >= 1.0
                    && a.value < b.value
                    && b.value <= 1000.0
                    && a.value.fract() == 0.0
                    && b.value.fract() == 0.0
                    && noun.len() > 3
                    && noun.ends_with('s')
                    && !self.stopwords.contains(&noun)
                    && !super::quantity::TIME_UNITS
                        .iter()
                        .any(|(unit, _)| noun.trim_end_matches('s') == *unit);
                if of_people && a.end <= b.start && !a.fraction && !b.fraction {
                    return true;
                }
                a.end <= b.start
                    && self.ratio_joint.is_match(&text[a.end..b.start])
                    && b.value != 0.0
                    && !a.fraction
                    && !b.fraction
                    // "rose 5 over 2025", "over 3 years": a year or a noun after is no fraction;
                    // "740 out of 770 employees" are two counts.
                    && !(1800.0..2200.0).contains(&b.value)
                    && (!after.starts_with(char::is_alphanumeric) || self.stopwords.contains(&first_word(after)))
            });
            if let Some(&(b, _)) = joined {
                out.push(Number {
                    end: b.end,
                    value: a.value / b.value,
                    place: a.place / b.value,
                    in_words: a.in_words || b.in_words,
                    factor: 1.0,
                    fraction: true,
                    ..a
                });
                i += 2;
                continue;
            }
            if !a_lone || self.negative.is_match(&text[..a.start]) || self.one_before_unit(text, &a) {
                out.push(a);
            }
            i += 1;
        }
        out
    }

    /// Whether `n` is a lone "one" before a unit word, after a space or a hyphen ("one
    /// percent", "a one-yen bid").
    fn one_before_unit(&self, text: &str, n: &Number) -> bool {
        text[n.start..n.end].eq_ignore_ascii_case("one") && self.unit_after_one.after_gap(&text[n.end..]).is_some()
    }

    /// Whether a figure at `start` is glued to a currency code in capitals ("USD7.25",
    /// "EUR12m"), which the money recogniser takes before it; "GPT4" is no such code.
    fn after_code(&self, text: &str, start: usize) -> bool {
        let before = &text[..start];
        let letters = before.len() - before.trim_end_matches(|c: char| c.is_ascii_uppercase()).len();
        letters == 3
            && !before[..start - letters].ends_with(char::is_alphanumeric)
            && self.is_code(&before[start - letters..])
    }

    /// Whether `word` is one of the currency codes and abbreviations a figure follows.
    fn is_code(&self, word: &str) -> bool {
        self.currency_codes.iter().any(|c| c == word)
    }

    /// Every ordinal in `text` ("third", "twenty-first", "19th", "3rd"), in order: what
    /// `crosscheck extract` lists as kind `ordinal`, never a claim.
    pub fn ordinals(&self, text: &str) -> Vec<Number> {
        let tokens = word_tokens(text);
        let words = find_numbers(tokens.iter(), &Language::english(), 0.0)
            .into_iter()
            .filter(|o| o.is_ordinal && o.end > o.start)
            .filter_map(|o| {
                let run = Words {
                    first: o.start,
                    end: o.end,
                    value: o.value,
                };
                let (first, last) = run.ends(&tokens)?;
                (!first.digits).then_some((first.start, last.end, o.value))
            });
        let digits = self.ordinal_digits.captures_iter(text).filter_map(|c| {
            let whole = c.get(0)?;
            Some((whole.start(), whole.end(), c[1].parse::<f64>().ok()?))
        });
        let mut found: Vec<Number> = words
            .chain(digits)
            .map(|(start, end, value)| Number {
                start,
                end,
                value,
                place: 1.0,
                in_words: false,
                factor: 1.0,
                fraction: false,
            })
            .collect();
        found.sort_by_key(|n| n.start);
        found
    }

    /// What a scale word multiplies by ("million" is 1e6), from the lexicon's `[scales]`.
    pub(crate) fn scale(&self, word: &str) -> Option<f64> {
        self.scales.get(word).copied()
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
        let word = word.trim_end_matches('.');
        let time = super::quantity::TIME_UNITS
            .iter()
            .any(|(u, _)| *u == word || word.strip_suffix('s') == Some(u));
        let glued = self.glued_words.iter().any(|g| {
            rest.strip_prefix(g.as_str())
                .is_some_and(|r| !r.starts_with(char::is_alphanumeric))
        });
        // "115USD": a currency's code in capitals glued after the figure.
        let code = rest.get(..3).filter(|c| c.chars().all(|c| c.is_ascii_uppercase()));
        let glued_code = code.is_some_and(|c| self.is_code(c)) && !rest[3..].starts_with(char::is_alphanumeric);
        multiplier || time || glued || glued_code || self.unit_words.iter().any(|u| *u == word)
    }

    /// Numbers in words, and apart the lone "a" and "one" that are articles or pronouns more
    /// often than counts.
    fn find_words(&self, text: &str) -> (Vec<Number>, Vec<Number>) {
        let tokens = word_tokens(text);
        let mut runs: Vec<Words> = find_numbers(tokens.iter(), &Language::english(), 0.0)
            .into_iter()
            .filter(|o| !o.is_ordinal && o.end > o.start)
            .map(|o| Words {
                first: o.start,
                end: o.end,
                value: o.value,
            })
            .collect();
        // A lone "a" or "one" before "point", "over" or a fraction's ordinal is a number.
        for (i, t) in tokens.iter().enumerate() {
            if matches!(t.lower.as_ref(), "a" | "an") && !runs.iter().any(|r| r.first <= i && i < r.end) {
                runs.push(Words {
                    first: i,
                    end: i + 1,
                    value: 1.0,
                });
            }
        }
        runs.sort_by_key(|r| r.first);
        for r in &mut runs {
            decimals(&tokens, r);
        }
        let fractions = fractions(&tokens, &self.stopwords);
        let mut found = Vec::new();
        let mut lone = Vec::new();
        for r in runs
            .iter()
            .filter(|r| !fractions.iter().any(|f| r.first < f.end && f.first < r.end))
        {
            let Some((first, last)) = r.ends(&tokens) else {
                continue;
            };
            // A scale word alone ("billion-dollar companies"), in the plural ("thousands fled",
            // "tens of thousands": how many is not said) or inside a compound
            // ("multi-thousand-GPU") is not a figure.
            let singular = first.lower.strip_suffix('s').unwrap_or(&first.lower);
            let scale_only = r.end - r.first == 1
                && (self.scales.contains_key(first.lower.as_ref())
                    || first.lower.ends_with('s')
                        && (self.scales.contains_key(singular) || matches!(singular, "ten" | "dozen")))
                || matches!(first.lower.as_ref(), "hundred" | "thousand");
            if scale_only || text[..first.start].ends_with('-') || first.digits {
                continue;
            }
            let n = Number {
                start: first.start,
                end: last.end,
                value: r.value,
                place: if r.value.fract() == 0.0 {
                    last_digit_place(r.value)
                } else {
                    10f64.powi(-(decimal_places(r.value)))
                },
                in_words: true,
                factor: 1.0,
                fraction: false,
            };
            let scaled = self.scaled(text, n, true);
            let n = scaled.unwrap_or(n);
            if scaled.is_none() && r.end - r.first == 1 && matches!(first.lower.as_ref(), "a" | "an" | "one") {
                lone.push(n);
            } else {
                found.push(n);
            }
        }
        for f in &fractions {
            let Some((first, last)) = f.ends(&tokens) else {
                continue;
            };
            let n = Number {
                start: first.start,
                end: last.end,
                value: f.value,
                place: 0.01,
                in_words: true,
                factor: 1.0,
                fraction: true,
            };
            found.push(
                self.scaled(text, n, true)
                    .map_or(n, |s| Number { fraction: false, ..s }),
            );
        }
        for m in self.dozen.captures_iter(text) {
            let (Some(whole), Some(how)) = (m.get(0), m.get(1)) else {
                continue;
            };
            let how = how.as_str().to_lowercase();
            let how_many = if how.starts_with("half") {
                0.5
            } else if how.ends_with("of") {
                2.0
            } else {
                1.0
            };
            found.retain(|n| n.end <= whole.start() || n.start >= whole.end());
            lone.retain(|n| n.end <= whole.start() || n.start >= whole.end());
            found.push(Number {
                start: whole.start(),
                end: whole.end(),
                value: 12.0 * how_many,
                place: 1.0,
                in_words: true,
                factor: 1.0,
                fraction: false,
            });
        }
        for m in self.couple.find_iter(text) {
            // "a couple of dozen" is read already.
            if found.iter().any(|n| n.start <= m.start() && m.end() <= n.end) {
                continue;
            }
            found.push(Number {
                start: m.start(),
                end: m.end(),
                value: 2.0,
                place: 1.0,
                in_words: true,
                factor: 1.0,
                fraction: false,
            });
        }
        for m in self.half_scale.captures_iter(text) {
            let (Some(whole), Some(part), Some(word)) = (m.get(0), m.get(1), m.get(2)) else {
                continue;
            };
            let Some(&factor) = self.scales.get(&word.as_str().to_lowercase()) else {
                continue;
            };
            let part = if part.as_str().eq_ignore_ascii_case("half") {
                0.5
            } else {
                0.25
            };
            // "five and a half million" is read already.
            if found.iter().any(|n| n.start < whole.start() && whole.start() < n.end) {
                continue;
            }
            found.retain(|n| n.end <= whole.start() || n.start >= whole.end());
            found.push(Number {
                start: whole.start(),
                end: whole.end(),
                value: part * factor,
                place: part * factor,
                in_words: true,
                factor,
                fraction: false,
            });
        }
        found.sort_by_key(|n| n.start);
        (found, lone)
    }

    /// "twenty-one trillion three hundred", "4 thousand 3 hundred and 21": the parts of a
    /// number written around scale words, joined. In digits "and" joins only after
    /// "hundred" ("between 40 thousand and 50" is a range), and a year never joins.
    fn join_scaled(&self, text: &str, numbers: Vec<Number>) -> Vec<Number> {
        let mut out: Vec<Number> = Vec::new();
        for n in numbers {
            if let Some(last) = out.last_mut() {
                let joint = &text[last.end.min(n.start)..n.start];
                let with_and = joint.to_lowercase().contains("and");
                let year = !n.in_words && (1800.0..2200.0).contains(&n.value);
                if last.factor >= 100.0
                    && n.value < last.factor
                    && n.factor < last.factor
                    && !n.fraction
                    && last.end <= n.start
                    && self.and_joint.is_match(joint)
                    && if with_and {
                        last.in_words && n.in_words || last.factor == 100.0
                    } else {
                        !year
                    }
                {
                    last.value += n.value;
                    last.place = last.place.min(n.place);
                    last.factor = n.factor;
                    last.end = n.end;
                    continue;
                }
            }
            out.push(n);
        }
        out
    }
}

/// A figure in digits: its value and the place of its last significant digit. Trailing zeros
/// of a whole number are not significant: "1,500 million" is as precise as "1.5 billion",
/// "3,000,000" as "3 million".
fn read_digits(written: &str) -> Option<(f64, f64)> {
    let plain: String = written
        .replace(['x', '×'], "")
        .replace("10^", "e")
        .chars()
        .filter(|c| c.is_ascii_digit() || ".eE+-^".contains(*c))
        .collect();
    if let Some((base, power)) = plain.split_once('^') {
        let value = base.parse::<f64>().ok()?.powf(power.parse::<f64>().ok()?);
        return value.is_finite().then_some((value, value.abs() * 1e-3));
    }
    let value = plain.parse::<f64>().ok()?;
    let (mantissa, exponent) = match plain.split_once(['e', 'E']) {
        Some((m, e)) => (m, e.parse::<i32>().ok()?),
        None => (plain.as_str(), 0),
    };
    let decimals = mantissa.split_once('.').map_or(0, |(_, d)| d.len()) as i32;
    let place = if decimals > 0 || exponent != 0 {
        10f64.powi(exponent - decimals)
    } else {
        last_digit_place(value)
    };
    value.is_finite().then_some((value, place))
}

/// The first word of a text, lower case.
/// Whether the digits at `start` are one of three or more numbers joined by bare commas that
/// are not groups of thousands ("22,24,26,31").
fn in_digit_list(text: &str, start: usize) -> bool {
    let is_part = |c: char| c.is_ascii_digit() || c == ',';
    let from = text[..start].trim_end_matches(is_part).len();
    let to = start + text[start..].len() - text[start..].trim_start_matches(is_part).len();
    let parts: Vec<&str> = text[from..to].split(',').collect();
    parts.len() >= 3 && parts.iter().all(|p| !p.is_empty()) && parts.iter().skip(1).any(|p| p.len() != 3)
}

fn first_word(text: &str) -> String {
    text.split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or_default()
        .to_lowercase()
}

/// How many decimals a value read from words has ("two hundred point seventy-one": 2).
fn decimal_places(value: f64) -> i32 {
    let written = format!("{value}");
    written.split_once('.').map_or(0, |(_, d)| d.len() as i32)
}

/// "five point five", "nought point nought three": the digits said after "point" extend a
/// number in words. Each is a digit word, or one number under a hundred that ends them
/// ("two hundred point seventy-one" is 200.71).
fn decimals(tokens: &[WordToken], run: &mut Words) {
    if tokens.get(run.end).is_none_or(|t| t.lower != "point") {
        return;
    }
    let mut digits = String::new();
    let mut end = run.end + 1;
    while let Some(t) = tokens.get(end) {
        match text2num::text2digits(&t.lower, &Language::english()) {
            Ok(d) if d.len() == 1 => {
                digits.push_str(&d);
                end += 1;
            }
            Ok(d) if d.len() == 2 && d.bytes().all(|b| b.is_ascii_digit()) => {
                // "seventy-one" is two tokens; read the tens and the unit together.
                let unit = tokens.get(end + 1).and_then(|u| {
                    let u = text2num::text2digits(&u.lower, &Language::english()).ok()?;
                    (d.ends_with('0') && u.len() == 1 && u != "0").then_some(u)
                });
                match unit {
                    Some(u) => {
                        digits.push_str(&d[..1]);
                        digits.push_str(&u);
                        end += 2;
                    }
                    None => {
                        digits.push_str(&d);
                        end += 1;
                    }
                }
                break;
            }
            _ => break,
        }
    }
    if let Ok(fraction) = format!("0.{digits}").parse::<f64>() {
        if !digits.is_empty() {
            run.value += fraction;
            run.end = end;
        }
    }
}

/// A word that names a fraction's denominator ("thirds", "fifth", "half", "quarters") and
/// its value; "first" and "second" only after a tens word ("twenty-first").
fn denominator(word: &str) -> Option<(f64, bool)> {
    let plural = word.ends_with('s');
    let value = match word.trim_end_matches('s') {
        "half" | "halve" => 2.0,
        "quarter" => 4.0,
        "hundredth" => 1e2,
        "thousandth" => 1e3,
        "millionth" => 1e6,
        "billionth" => 1e9,
        "trillionth" => 1e12,
        singular => {
            let digits = text2num::text2digits(singular, &Language::english()).ok()?;
            let number: String = digits.chars().take_while(char::is_ascii_digit).collect();
            if number.len() == digits.len() {
                return None;
            }
            number.parse().ok()?
        }
    };
    Some((value, plural))
}

/// The value of a fraction written as one character ("½", "⅔").
fn vulgar_value(glyph: char) -> Option<f64> {
    const GLYPHS: &[(char, f64, f64)] = &[
        ('½', 1.0, 2.0),
        ('⅓', 1.0, 3.0),
        ('⅔', 2.0, 3.0),
        ('¼', 1.0, 4.0),
        ('¾', 3.0, 4.0),
        ('⅕', 1.0, 5.0),
        ('⅖', 2.0, 5.0),
        ('⅗', 3.0, 5.0),
        ('⅘', 4.0, 5.0),
        ('⅙', 1.0, 6.0),
        ('⅚', 5.0, 6.0),
        ('⅐', 1.0, 7.0),
        ('⅛', 1.0, 8.0),
        ('⅜', 3.0, 8.0),
        ('⅝', 5.0, 8.0),
        ('⅞', 7.0, 8.0),
        ('⅑', 1.0, 9.0),
        ('⅒', 1.0, 10.0),
    ];
    GLYPHS.iter().find(|g| g.0 == glyph).map(|g| g.1 / g.2)
}

fn is_tens(word: &str) -> Option<f64> {
    let tens = [
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    let i = tens.iter().position(|t| *t == word)?;
    Some(20.0 + 10.0 * i as f64)
}

/// Fractions in words: "two thirds", "one eighth", "a hundredth", "one twenty-fifth", "one and
/// a half", "one hundred and three and two thirds" (a whole and a fraction). A singular
/// ordinal after "a" or "one" is a fraction only when no noun follows: "a third of them" is,
/// "a third term" is not. "Quarters" after a time word ("the past three quarters") are time.
fn fractions(tokens: &[WordToken], stopwords: &std::collections::HashSet<String>) -> Vec<Words> {
    let mut out = Vec::new();
    for (k, t) in tokens.iter().enumerate() {
        let Some((mut den, plural)) = denominator(&t.lower) else {
            continue;
        };
        // The number words written just before the ordinal, with "and" between them, and
        // perhaps "a" first ("a hundred trillionths").
        let token_before = |i: usize| i.checked_sub(1).and_then(|i| tokens.get(i));
        let mut first = k;
        while let Some(prev) = token_before(first) {
            if cardinal(std::slice::from_ref(prev)).is_some() && !matches!(prev.lower.as_ref(), "a" | "an")
                || prev.lower == "and" && first < k
            {
                first -= 1;
            } else if matches!(prev.lower.as_ref(), "a" | "an") {
                // "a half", and "one and a half" whose "a" follows "and".
                first -= 1;
                if token_before(first).is_none_or(|t| t.lower != "and") {
                    break;
                }
            } else {
                break;
            }
        }
        while first < k && tokens.get(first).is_some_and(|t| t.lower == "and") {
            first += 1;
        }
        let next = tokens.get(k + 1).map(|n| n.lower.as_ref());
        // "A three-quarter-point rise", "three-quarters of a point": a fraction of a point.
        let of_a_point = matches!(next, Some("of" | "point" | "points" | "percentage"));
        // "a six-and-a-half-year term", "a three-quarters-of-a-point rise": before a whole and a
        // fraction, or a numerator it does not read as one number with ("a hundred" does), an
        // article is the phrase's, not the number's. (Not "a twenty-first", "a one second
        // delay": no whole and fraction.)
        if first + 1 < k
            && tokens
                .get(first)
                .is_some_and(|t| matches!(t.lower.as_ref(), "a" | "an"))
            && tokens
                .get(first..first + 2)
                .is_some_and(|pair| cardinal(pair).is_none())
            && tokens.get(first..k).is_some_and(|words| {
                words.iter().any(|w| w.lower == "and") || cardinal(words).is_none() && (plural || of_a_point)
            })
        {
            first += 1;
        }
        let Some(before @ [but_last @ .., last_word]) = tokens.get(first..k) else {
            continue;
        };
        let followed_by_noun = next.is_some_and(|n| n.starts_with(char::is_alphabetic) && !stopwords.contains(n));
        let after_time_word = token_before(first).is_some_and(|t| {
            matches!(
                t.lower.as_ref(),
                "the" | "past" | "last" | "next" | "previous" | "coming" | "over" | "for" | "in" | "within"
            )
        });
        // "In three quarters", "three quarters earnings"; not "a three-quarter-point rise".
        if t.lower.starts_with("quarter") && !of_a_point && (after_time_word || followed_by_noun) {
            continue;
        }
        // "one hundred and three and two thirds": a whole, "and", a fraction of one word.
        // A numerator of one word ("and two thirds"), or of more when the words before do
        // not read as one number with it ("two and fifty-four hundredths"). After a scale
        // word the fraction is of that scale: "six million and two thirds".
        let last_and = before.iter().rposition(|w| w.lower == "and");
        let around_and = last_and.and_then(|a| Some((before.get(..a)?, before.get(a + 1..)?)));
        if let Some((whole_words @ [.., unit_word], top @ [_, ..])) = around_and {
            let top_value = match top {
                [one] if matches!(one.lower.as_ref(), "a" | "an") => Some(1.0),
                [one] => cardinal(std::slice::from_ref(one)).filter(|v| *v < 10.0),
                _ if cardinal(before).is_none() => cardinal(top),
                _ => None,
            };
            if let (Some(whole), Some(top_value)) = (cardinal(whole_words), top_value) {
                let unit = unit_word.lower.as_ref();
                let unit = cardinal(std::slice::from_ref(unit_word))
                    .filter(|v| *v >= 1000.0 && !matches!(unit, "a" | "an"))
                    .unwrap_or(1.0);
                if plural || top_value == 1.0 {
                    out.push(Words {
                        first,
                        end: k + 1,
                        value: whole + unit * top_value / den,
                    });
                    continue;
                }
            }
        }
        // "one hundred thirty fifths" is a hundred thirty-fifths; "one hundred and thirty
        // fifths" a hundred and thirty fifths.
        let tens_before =
            is_tens(&last_word.lower).filter(|_| den < 10.0 && but_last.last().is_some_and(|w| w.lower != "and"));
        let mut top = None;
        if let Some(tens) = tens_before {
            if let Some(v) = cardinal(but_last) {
                den += tens;
                top = Some(v);
            }
        }
        // "halves" and "thirds" are fractions, "seconds" a length of time ("thirty seconds").
        if den < 3.0 && tens_before.is_none() && !t.lower.starts_with("hal") {
            continue;
        }
        let top = top.or_else(|| cardinal(before));
        let Some(top) = top else { continue };
        if !plural && (top != 1.0 || followed_by_noun) && !of_a_point {
            continue;
        }
        out.push(Words {
            first,
            end: k + 1,
            value: top / den,
        });
    }
    out
}

/// The value of words that write one cardinal number ("a" and "an" count as one).
fn cardinal(words: &[WordToken]) -> Option<f64> {
    let single = words.len() == 1;
    let mut words: Vec<WordToken> = words.to_vec();
    if let Some(w) = words.first_mut().filter(|w| matches!(w.lower.as_ref(), "a" | "an")) {
        if single {
            return Some(1.0);
        }
        w.lower = Cow::Borrowed("one");
        w.text = "one";
    }
    let found = find_numbers(words.iter(), &Language::english(), 0.0);
    match found.as_slice() {
        [one] if one.start == 0 && one.end == words.len() && !one.is_ordinal => Some(one.value),
        _ => None,
    }
}

impl NumberFinder {
    /// A number right after a capitalised word names a thing: "Claude 1", "Article 51",
    /// "Windows 11". Months and sentence-initial words are not such names ("Another 1,140 are
    /// missing", "Nearly 300 died"), nor, in a headline in title case, whose every word is
    /// capitalised, a function word ("Hits Philippines With 195mph Winds", "Searches For 39
    /// People"), a word before a figure glued to its unit or scale ("Recalls 2.5M Phones") or
    /// a verb before a count of a plural ("Typhoon Kills 40 People", "Meta Cut 11,000 Jobs";
    /// not "Boeing 737 Max 9 Planes", "Galaxy Note 7s", "Windows 11 Update", "VLC 9.6bn").
    fn names_a_thing(&self, text: &str, start: usize, end: usize) -> bool {
        let before = text[..start].trim_end_matches(' ');
        if before.len() == text[..start].len() || before.is_empty() {
            return false;
        }
        let word = before.rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
        let at_sentence_start = before.len() == word.len();
        word.chars().next().is_some_and(char::is_uppercase)
            && !at_sentence_start
            && super::time::month(word).is_none()
            && !self.currency_codes.iter().any(|c| c == word)
            // "MSEK 412", "kEUR 450": millions or thousands of a currency.
            && !word
                .strip_prefix(['M', 'k', 'K'])
                .is_some_and(|code| self.currency_codes.iter().any(|c| c == code))
            && (!crate::source::is_title_case(text) || !self.headline_figure(word, &text[end..]))
    }

    /// Whether a figure after `word` in a headline in title case, `after` following it, is
    /// a figure (see `names_a_thing`). An acronym is a name still.
    fn headline_figure(&self, word: &str, after: &str) -> bool {
        if word.chars().all(|c| c.is_uppercase() || c.is_ascii_digit()) {
            return false;
        }
        let lower = word.to_lowercase();
        let glued = after
            .split(|c: char| !c.is_alphabetic())
            .next()
            .is_some_and(|unit| !unit.is_empty() && unit != "s");
        let next = after.split_whitespace().next().unwrap_or("");
        let next = next.trim_end_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
        let plural_after = after.starts_with(' ') && next.len() > 2 && pluralizer::pluralize(&next, 1, false) != next;
        let verb =
            lower.len() > 3 && (lower.ends_with('s') || lower.ends_with("ed")) || lower == "cut" || lower == "hit";
        self.stopwords.contains(&lower) || glued || verb && plural_after
    }
}

/// Whether a number is followed by the whole it is a part of ("Unity 32 of the 87 seats",
/// "32 out of 87"): a count, never part of a name.
fn is_part_of_whole(after: &str) -> bool {
    let after = after.trim_start();
    let rest = after
        .strip_prefix("of ")
        .or_else(|| after.strip_prefix("out of "))
        .map(str::trim_start);
    let rest = rest.map(|r| {
        ["the ", "its ", "their "]
            .iter()
            .fold(r, |r, a| r.strip_prefix(a).unwrap_or(r))
    });
    rest.is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
}

/// Whether a number is followed by a scale word ("fined Vellacott 58 million crowns"): a
/// figure, never part of a name.
fn is_scaled(after: &str) -> bool {
    let next = after.split_whitespace().next().unwrap_or_default().to_lowercase();
    after.starts_with(' ')
        && matches!(
            next.trim_end_matches(['-', ',', '.']),
            "thousand" | "million" | "billion" | "trillion"
        )
}

/// Whether a number is followed by a percent sign or word: a share, never part of a name
/// ("Leave 42.2%", unlike "Windows 11").
pub(crate) fn is_percentage(after: &str) -> bool {
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

/// Whether a word is a cardinal number in words ("five", "twenty-one"), in lower case: no
/// ordinal ("first"), fraction ("half"), scale word ("million") or name ("First Nations").
pub fn is_cardinal_word(word: &str) -> bool {
    word.chars().all(|c| c.is_ascii_lowercase() || c == '-')
        && !matches!(
            word,
            "a" | "an"
                | "and"
                | "hundred"
                | "thousand"
                | "million"
                | "billion"
                | "trillion"
                | "dozen"
                | "half"
                | "quarter"
        )
        && text2num::text2digits(&word.replace('-', " "), &Language::english())
            .is_ok_and(|digits| digits.chars().all(|c| c.is_ascii_digit()))
}

/// The whole number one or two words write ("seven", "twenty-five"), for times of day.
pub fn small_number_word(words: &str) -> Option<i64> {
    let lower = words.to_lowercase();
    if matches!(lower.as_str(), "a" | "an" | "and") {
        return None;
    }
    text2num::text2digits(&lower.replace('-', " "), &Language::english())
        .ok()?
        .parse()
        .ok()
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
/// Borrowed from the text (lower-cased only when it has capitals): no allocation per word.
#[derive(Clone)]
struct WordToken<'t> {
    start: usize,
    end: usize,
    text: &'t str,
    lower: Cow<'t, str>,
    digits: bool,
}

impl Token for &WordToken<'_> {
    fn text(&self) -> Cow<'_, str> {
        Cow::Borrowed(self.text)
    }

    fn text_lowercase(&self) -> Cow<'_, str> {
        Cow::Borrowed(&self.lower)
    }

    fn nt_separated(&self, _previous: &Self) -> bool {
        // Punctuation is fed as tokens of its own, so "three, four" is never 34.
        false
    }
}

fn word_tokens(text: &str) -> Vec<WordToken<'_>> {
    let mut tokens: Vec<WordToken> = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
        let in_word = c.is_alphanumeric() || c == '\'' || c == '’';
        if let (Some(s), false) = (start, in_word) {
            let word = &text[s..i];
            let lower = if word.chars().any(char::is_uppercase) {
                Cow::Owned(word.to_lowercase())
            } else {
                Cow::Borrowed(word)
            };
            tokens.push(WordToken {
                start: s,
                end: i,
                text: word,
                // text2num knows "zero" but not its British names.
                lower: match lower.as_ref() {
                    "nought" | "naught" => Cow::Borrowed("zero"),
                    _ => lower,
                },
                digits: word.chars().any(|c| c.is_ascii_digit()),
            });
            start = None;
        }
        if in_word {
            start.get_or_insert(i);
        } else if !c.is_whitespace() && c != '-' && i < text.len() {
            // Punctuation other than a hyphen ends a number: fed as a token of its own.
            let mark = &text[i..i + c.len_utf8()];
            tokens.push(WordToken {
                start: i,
                end: i + c.len_utf8(),
                text: mark,
                lower: Cow::Borrowed(mark),
                digits: false,
            });
        }
    }
    tokens
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finder() -> NumberFinder {
        NumberFinder::new(&crate::rules::RuleSet::defaults().unwrap().lexicon).unwrap()
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
            values("12,34,567.89 rupees, Rs 1,25,000 and 1,234,567"),
            [
                ("12,34,567.89".into(), 1234567.89),
                ("1,25,000".into(), 125000.0),
                ("1,234,567".into(), 1234567.0)
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
        assert_eq!(
            values("a couple of dozen boats and a couple of cars"),
            [("a couple of dozen".into(), 24.0), ("a couple of".into(), 2.0)]
        );
        assert_eq!(values("the twenty or so that survived"), [("twenty".into(), 20.0)]);
    }

    #[test]
    fn fractions_in_words_and_digits() {
        let close = |text: &str, want: &[(&str, f64)]| {
            let got = values(text);
            assert_eq!(got.len(), want.len(), "{text}: {got:?}");
            for ((g, v), (w, x)) in got.iter().zip(want) {
                assert_eq!(g, w, "{text}");
                assert!((v - x).abs() < 1e-9, "{text}: {v} for {x}");
            }
        };
        close("two thirds", &[("two thirds", 2.0 / 3.0)]);
        close(
            "one eighth and a hundredth",
            &[("one eighth", 0.125), ("a hundredth", 0.01)],
        );
        close("one twenty-fifth", &[("one twenty-fifth", 0.04)]);
        close(
            "one hundred thirty fifths",
            &[("one hundred thirty fifths", 100.0 / 35.0)],
        );
        close(
            "one hundred and thirty fifths",
            &[("one hundred and thirty fifths", 26.0)],
        );
        close("one and a half hours", &[("one and a half", 1.5)]);
        // Seconds are a length of time, not halves: "thirty seconds" is thirty.
        close(
            "thirty seconds, forty-five seconds, one second and two halves",
            &[
                ("thirty", 30.0),
                ("forty-five", 45.0),
                ("one", 1.0),
                ("two halves", 1.0),
            ],
        );
        // The article is the phrase's: "a six-and-a-half-year term" is not "a six".
        close("a six-and-a-half-year term", &[("six-and-a-half", 6.5)]);
        close("a hundred and a half", &[("a hundred and a half", 100.5)]);
        close("a twenty-first", &[("a twenty-first", 1.0 / 21.0)]);
        close(
            "one hundred and three and two thirds",
            &[("one hundred and three and two thirds", 103.0 + 2.0 / 3.0)],
        );
        close(
            "six million and two thirds",
            &[("six million and two thirds", 6e6 + 2e6 / 3.0)],
        );
        close("five and a half million fish", &[("five and a half million", 5.5e6)]);
        close(
            "3/4 and 2 1/4 and ½ and 2¾",
            &[("3/4", 0.75), ("2 1/4", 2.25), ("½", 0.5), ("2¾", 2.75)],
        );
        close(
            "1 over 3, and one out of three",
            &[("1 over 3", 1.0 / 3.0), ("one out of three", 1.0 / 3.0)],
        );
        // Not fractions: an ordinal before a noun, quarters of a year, names, counts of two things.
        close("a third term", &[]);
        close("in the past three quarters", &[("three", 3.0)]);
        close("the 9/11 attacks and 24/7 news", &[]);
        close("740 out of 770 employees", &[("740", 740.0), ("770", 770.0)]);
        close("rose 5 over 3 years", &[("5", 5.0), ("3", 3.0)]);
    }

    #[test]
    fn a_plural_scale_alone_says_no_figure() {
        assert_eq!(
            values("Thousands fled, tens of thousands sheltered, millions lost power; three dozens came."),
            [("three dozens".into(), 36.0)]
        );
    }

    #[test]
    fn signs_decimals_exponents_groups_and_scales() {
        assert_eq!(
            values("minus one, negative five point five and -3"),
            [
                ("minus one".into(), -1.0),
                ("negative five point five".into(), -5.5),
                ("-3".into(), -3.0)
            ]
        );
        assert_eq!(values("plus or minus 3 points"), [("3".into(), 3.0)]);
        assert_eq!(
            values("two hundred point seventy-one and nought point nought three"),
            [
                ("two hundred point seventy-one".into(), 200.71),
                ("nought point nought three".into(), 0.03)
            ]
        );
        assert_eq!(
            values("1.3e6 and 12.32e+14 and 6.23x10^-4"),
            [
                ("1.3e6".into(), 1.3e6),
                ("12.32e+14".into(), 1.232e15),
                ("6.23x10^-4".into(), 6.23e-4)
            ]
        );
        assert_eq!(
            values("1 234 567 and 40\u{202f}000 people"),
            [("1 234 567".into(), 1_234_567.0), ("40\u{202f}000".into(), 40_000.0)]
        );
        // A comma before one or two digits is a decimal comma, unless it lists numbers.
        assert_eq!(
            values("5.00 or 5,00, and nos. 22,24,26"),
            [
                ("5.00".into(), 5.0),
                ("5,00".into(), 5.0),
                ("22".into(), 22.0),
                ("24".into(), 24.0),
                ("26".into(), 26.0)
            ]
        );
        assert_eq!(
            values("zero-point-75 and zero point 5, not one point 5 minutes"),
            [
                ("zero-point-75".into(), 0.75),
                ("zero point 5".into(), 0.5),
                ("5".into(), 5.0)
            ]
        );
        assert_eq!(
            values("192.168.1.2 and 1.5, not 2.10.4"),
            [
                ("192".into(), 192.0),
                ("168".into(), 168.0),
                ("1".into(), 1.0),
                ("2".into(), 2.0),
                ("1.5".into(), 1.5)
            ]
        );
        assert_eq!(values("1,3 and 4,25"), [("1,3".into(), 1.3), ("4,25".into(), 4.25)]);
        // Beside a comma grouping thousands, a comma before one or two digits is a slip: no
        // figure.
        assert_eq!(values("1,234,567 and 1,3"), [("1,234,567".into(), 1_234_567.0)]);
        assert_eq!(
            values("in 2019 100 people"),
            [("2019".into(), 2019.0), ("100".into(), 100.0)]
        );
        assert_eq!(
            values("13 lakh, three lakh crore, 3 dozens, 322 hundred"),
            [
                ("13 lakh".into(), 1.3e6),
                ("three lakh crore".into(), 3e12),
                ("3 dozens".into(), 36.0),
                ("322 hundred".into(), 32_200.0)
            ]
        );
        assert_eq!(
            values("twenty-one trillion three hundred and 4 thousand 3 hundred and 21"),
            [
                ("twenty-one trillion three hundred".into(), 21e12 + 300.0),
                ("4 thousand 3 hundred and 21".into(), 4321.0)
            ]
        );
        assert_eq!(
            values("between 40 thousand and 50"),
            [("40 thousand".into(), 4e4), ("50".into(), 50.0)]
        );
        assert_eq!(
            values("half a dozen and a quarter million"),
            [("half a dozen".into(), 6.0), ("a quarter million".into(), 2.5e5)]
        );
    }

    #[test]
    fn cardinal_words_are_told_from_ordinals_fractions_and_scales() {
        for word in ["five", "twenty-one", "eleven", "ninety"] {
            assert!(is_cardinal_word(word), "{word}");
        }
        for word in ["first", "half", "million", "one-day", "First", "a", "hundred"] {
            assert!(!is_cardinal_word(word), "{word}");
        }
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
