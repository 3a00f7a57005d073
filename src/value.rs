//! Values as intervals: every quantity and every time a claim states is a range, so hedged and
//! vague statements compare honestly ("roughly 700" overlaps "about 650", "more than $1
//! trillion" cannot be "$480 billion").

use jiff::civil::{Date, Time};
use serde::Serialize;

/// A range of real numbers. Infinite bounds stand for "more than" / "less than" statements;
/// open bounds for strict comparisons ("more than 500" excludes 500 itself).
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Interval {
    #[serde(serialize_with = "finite_or_null")]
    pub low: f64,
    #[serde(serialize_with = "finite_or_null")]
    pub high: f64,
    #[serde(skip_serializing_if = "is_false")]
    pub low_open: bool,
    #[serde(skip_serializing_if = "is_false")]
    pub high_open: bool,
}

fn is_false(b: &bool) -> bool {
    !b
}

/// JSON has no infinity: an unbounded side is written as `null`.
fn finite_or_null<S: serde::Serializer>(v: &f64, s: S) -> Result<S::Ok, S::Error> {
    if v.is_finite() {
        s.serialize_f64(*v)
    } else {
        s.serialize_none()
    }
}

/// How two values relate once both are intervals.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Relation {
    /// The intervals overlap but neither lies inside the other.
    Agree,
    /// One interval lies inside the other: one statement is a more precise version.
    Refine,
    /// The intervals are disjoint beyond the tolerance.
    Conflict,
    /// The values differ but are stated for different times: two points on a timeline
    /// ("valued at $6 billion in 2023", "valued at $18 billion in March 2026").
    Update,
    /// The values cannot both be true, but the claims only may be about one thing (one names
    /// a subject, the other none), or one version of a quote was fitted to reported speech.
    #[serde(rename = "possible-conflict")]
    PossibleConflict,
}

impl Interval {
    pub fn exact(v: f64) -> Self {
        Self::closed(v, v)
    }

    /// Bounds are kept to 12 significant digits, so that 700 * 1.1 is 770 and equal readings
    /// compare equal after arithmetic.
    pub fn closed(a: f64, b: f64) -> Self {
        // Widening a negative figure ("about -2%") turns its bounds around.
        let (low, high) = if a <= b { (a, b) } else { (b, a) };
        Interval {
            low: round_significant(low),
            high: round_significant(high),
            low_open: false,
            high_open: false,
        }
    }

    /// Scale both bounds, e.g. to turn "1.5" with the scale word "billion" into a figure.
    pub fn scaled(self, factor: f64) -> Self {
        Interval {
            low: round_significant(self.low * factor),
            high: round_significant(self.high * factor),
            ..self
        }
    }

    /// Move both bounds by `offset`, e.g. to turn degrees Fahrenheit into degrees Celsius
    /// once scaled.
    pub fn shifted(self, offset: f64) -> Self {
        Interval {
            low: round_significant(self.low + offset),
            high: round_significant(self.high + offset),
            ..self
        }
    }

    /// The values both intervals hold (for overlapping intervals).
    pub fn intersect(&self, other: &Interval) -> Interval {
        let (low, low_open) = match self.low.total_cmp(&other.low) {
            std::cmp::Ordering::Less => (other.low, other.low_open),
            std::cmp::Ordering::Greater => (self.low, self.low_open),
            std::cmp::Ordering::Equal => (self.low, self.low_open || other.low_open),
        };
        let (high, high_open) = match self.high.total_cmp(&other.high) {
            std::cmp::Ordering::Less => (self.high, self.high_open),
            std::cmp::Ordering::Greater => (other.high, other.high_open),
            std::cmp::Ordering::Equal => (self.high, self.high_open || other.high_open),
        };
        Interval {
            low,
            high,
            low_open,
            high_open,
        }
    }

    /// The figure an open-ended interval was stated with ("more than 7,000": 7,000), as a
    /// point; a bounded interval as it is.
    pub fn stated(&self) -> Interval {
        match (self.low.is_finite(), self.high.is_finite()) {
            (true, false) => Interval::exact(self.low),
            (false, true) => Interval::exact(self.high),
            _ => *self,
        }
    }

    fn contains(&self, other: &Interval) -> bool {
        self.low <= other.low && other.high <= self.high
    }

    /// Compare two intervals. `tolerance` is relative: intervals whose gap is smaller than
    /// `tolerance` times the larger magnitude still agree (rounding in the sources).
    pub fn relate(&self, other: &Interval, tolerance: f64) -> Relation {
        if let Some(gap) = self.gap_to(other).or_else(|| other.gap_to(self)) {
            let allowed = tolerance * magnitude(self).max(magnitude(other));
            // Touching open bounds ("more than 500" and "500") only agree with some tolerance.
            return if gap > allowed || (gap == 0.0 && allowed == 0.0) {
                Relation::Conflict
            } else {
                Relation::Agree
            };
        }
        if self == other {
            Relation::Agree
        } else if self.contains(other) || other.contains(self) {
            Relation::Refine
        } else {
            Relation::Agree
        }
    }

    /// The distance from this interval's top to `other`'s bottom when `other` lies wholly above.
    fn gap_to(&self, other: &Interval) -> Option<f64> {
        let touching_open = self.high == other.low && (self.high_open || other.low_open);
        (self.high < other.low || touching_open).then_some(other.low - self.high)
    }
}

/// The size of the finite end of an interval, for relative tolerances.
fn magnitude(i: &Interval) -> f64 {
    [i.low, i.high]
        .into_iter()
        .filter(|v| v.is_finite())
        .map(f64::abs)
        .fold(0.0, f64::max)
}

/// The unit a quantity is measured in; quantities in different units are never compared.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(tag = "unit", content = "of", rename_all = "snake_case")]
pub enum Unit {
    /// An ISO 4217 currency code.
    Currency(String),
    Percent,
    PercentagePoint,
    /// A speed-up or other multiplier, normalised to a ratio (1.11 for "11% faster").
    Ratio,
    /// A count of things, with the singular lemma of their noun.
    Count(String),
    /// A duration, in days (a month is 30.4375 days, a year 365.25).
    Days,
    /// A physical quantity, in its dimension's base unit ("12 miles" is 19312 m).
    Physical {
        dimension: String,
        base: String,
    },
}

/// The calendar unit a time was written at.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Grain {
    Day,
    Week,
    Month,
    Quarter,
    /// Part of a year: early, mid, late, a season.
    Part,
    Year,
    Decade,
    Century,
}

/// A stretch of days, first and last included. An open end ("after 2016", "before 2018") is
/// `Date::MIN` or `Date::MAX`, written `null` in JSON.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Span {
    #[serde(serialize_with = "day_or_null")]
    pub first: Date,
    #[serde(serialize_with = "day_or_null")]
    pub last: Date,
    pub grain: Grain,
}

/// A span's end as a day, or None for an open end.
pub fn bounded(d: Date) -> Option<Date> {
    (d != Date::MIN && d != Date::MAX).then_some(d)
}

fn day_or_null<S: serde::Serializer>(d: &Date, s: S) -> Result<S::Ok, S::Error> {
    bounded(*d).serialize(s)
}

impl Span {
    /// Whether one end is open ("after 2016", "before 2018").
    pub fn is_open(&self) -> bool {
        bounded(self.first).is_none() || bounded(self.last).is_none()
    }

    /// Days as numbers, so times reuse the interval comparison; an open end is infinite.
    pub fn as_interval(&self) -> Interval {
        Interval::closed(
            bounded(self.first).map_or(f64::NEG_INFINITY, days_since_epoch),
            bounded(self.last).map_or(f64::INFINITY, days_since_epoch),
        )
    }
}

/// A time of day: the clock times a statement allows ("about 9 p.m." is 20:30 to 21:30), on
/// the day a date next to it names, in the zone it names.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Clock {
    /// The time as written, on a 24-hour clock ("16:35" for "4:35 p.m.").
    pub at: Time,
    /// The earliest and latest times it allows; none for an open end ("before 2.30pm").
    pub first: Option<Time>,
    pub last: Option<Time>,
    /// The day, when a date next to the time names one ("Sunday at 21:00 GMT").
    pub day: Option<Date>,
    /// The zone as written ("GMT", "local time").
    pub zone: Option<String>,
    /// The zone's offset from UTC in minutes, when the lexicon knows it.
    pub utc_offset: Option<i32>,
    /// The hedge or bound word that shaped `first` and `last` ("about", "just after",
    /// "before", "range").
    pub hedge: Option<String>,
}

impl Clock {
    /// The minutes after midnight the time allows, in UTC when its zone's offset is known
    /// (then moved by a day where needed, so the time as written falls within 0..24h). The day
    /// takes no part: two sources may time one event without both naming its day, and a day
    /// they disagree on is the dates' conflict.
    pub fn as_interval(&self) -> Interval {
        let minutes = |t: Time| f64::from(t.hour()) * 60.0 + f64::from(t.minute()) + f64::from(t.second()) / 60.0;
        let offset = f64::from(self.utc_offset.unwrap_or(0));
        let at = minutes(self.at) - offset;
        let shift = if at < 0.0 {
            1440.0
        } else if at >= 1440.0 {
            -1440.0
        } else {
            0.0
        } - offset;
        Interval::closed(
            self.first.map_or(f64::NEG_INFINITY, |t| minutes(t) + shift),
            self.last.map_or(f64::INFINITY, |t| minutes(t) + shift),
        )
    }

    /// What two times must share to be compared: a known offset (both in UTC), or the same
    /// zone as written, or neither naming one. A time in "local time" is the place's own, as
    /// a time that names no zone mostly is: the two are compared, a conflict between them a
    /// possible one only (`names_local_zone`).
    pub fn basis(&self) -> String {
        match (&self.utc_offset, &self.zone) {
            (Some(_), _) => "UTC".to_string(),
            (None, Some(_)) if self.names_local_zone() => "no zone".to_string(),
            (None, Some(zone)) => zone.clone(),
            (None, None) => "no zone".to_string(),
        }
    }

    /// Whether the zone written is the place's own ("14:40 local time").
    pub fn names_local_zone(&self) -> bool {
        self.utc_offset.is_none()
            && self
                .zone
                .as_deref()
                .is_some_and(|z| z.to_lowercase().starts_with("local"))
    }

    /// A part of the day ("this evening"): its hours are a convention, not a statement.
    pub fn is_part_of_day(&self) -> bool {
        self.hedge.as_deref() == Some(PART_OF_DAY)
    }

    /// "16:35", "2016-06-24 04:35 GMT", "16:40..16:55", "< 14:30".
    pub fn reading(&self) -> String {
        let hm = |t: Time| {
            if t.second() == 0 {
                format!("{:02}:{:02}", t.hour(), t.minute())
            } else {
                format!("{:02}:{:02}:{:02}", t.hour(), t.minute(), t.second())
            }
        };
        let times = match (self.first, self.last) {
            (Some(a), Some(b)) if a == b => hm(a),
            (Some(a), Some(b)) => format!("{}..{}", hm(a), hm(b)),
            (Some(a), None) => format!(">= {}", hm(a)),
            (None, Some(b)) => format!("<= {}", hm(b)),
            (None, None) => hm(self.at),
        };
        let day = self.day.map(|d| format!("{d} ")).unwrap_or_default();
        let zone = self.zone.as_ref().map(|z| format!(" {z}")).unwrap_or_default();
        format!("{day}{times}{zone}")
    }
}

/// The hedge of a part of the day.
pub const PART_OF_DAY: &str = "part of day";

/// A date as days since 1970-01-01.
pub fn days_since_epoch(d: Date) -> f64 {
    d.to_zoned(jiff::tz::TimeZone::UTC)
        .map(|z| z.timestamp().as_second() / 86_400)
        .unwrap_or(0) as f64
}

/// A resolved value of a claim.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "type", rename_all = "lowercase")]
pub enum Value {
    Amount {
        /// The figure as written, scaled: 1.8e10 for "$18 billion", 700 for "roughly 700".
        value: f64,
        /// What the figure can mean, given its precision and hedge.
        interval: Interval,
        #[serde(flatten)]
        unit: Unit,
        /// The hedge or bound word that shaped the interval ("roughly", "more than").
        hedge: Option<String>,
    },
    Time {
        #[serde(flatten)]
        span: Span,
    },
    /// A time of day.
    Clock {
        #[serde(flatten)]
        clock: Clock,
    },
    /// Quoted words, as compared: lower case, apostrophes, dashes and ellipses made one form,
    /// one space between words ("i can't think of anyone better suited to do it").
    Quote { words: String },
    /// An office, by the name the lexicon gives it ("chief executive" for "CEO").
    Role { office: String },
}

impl Value {
    pub fn interval(&self) -> Interval {
        match self {
            Value::Amount { interval, .. } => *interval,
            Value::Time { span } => span.as_interval(),
            Value::Clock { clock } => clock.as_interval(),
            // A quote is compared by its words, never as a quantity: its length stands in.
            Value::Quote { words } => Interval::exact(words.split(' ').count() as f64),
            // An office is compared by its name, never as a quantity.
            Value::Role { .. } => Interval::exact(0.0),
        }
    }

    /// The hedge or bound word that shaped the value ("about", "up to", "just after").
    pub fn hedge(&self) -> Option<&str> {
        match self {
            Value::Amount { hedge, .. } => hedge.as_deref(),
            Value::Clock { clock } => clock.hedge.as_deref(),
            Value::Time { .. } | Value::Quote { .. } | Value::Role { .. } => None,
        }
    }

    /// Whether the figure and the low end of its interval are numbers (an open top may be
    /// unbounded: "more than 500").
    pub fn is_finite(&self) -> bool {
        match self {
            Value::Amount { value, interval, .. } => {
                value.is_finite() && interval.low.is_finite() && !interval.high.is_nan()
            }
            Value::Time { .. } | Value::Clock { .. } | Value::Quote { .. } | Value::Role { .. } => true,
        }
    }

    /// How the tool read the value, for messages: "1.8e10 USD", "2026-05-19", "> 1e12 USD".
    pub fn reading(&self) -> String {
        match self {
            Value::Time { span } if span.first == span.last => span.first.to_string(),
            Value::Time { span } => {
                let end = |d: Date| bounded(d).map_or_else(String::new, |d| d.to_string());
                format!("{}..{}", end(span.first), end(span.last))
            }
            Value::Clock { clock } => clock.reading(),
            Value::Quote { words } => format!("{} words", words.split(' ').count()),
            Value::Role { office } => office.clone(),
            Value::Amount {
                value,
                interval,
                unit,
                hedge,
            } => {
                let unit = match unit {
                    Unit::Currency(code) => format!(" {code}"),
                    Unit::Percent => "%".to_string(),
                    Unit::PercentagePoint => " pp".to_string(),
                    Unit::Ratio => "x".to_string(),
                    Unit::Count(noun) if noun.is_empty() => String::new(),
                    Unit::Count(noun) => format!(" {noun}"),
                    Unit::Days => " days".to_string(),
                    Unit::Physical { base, .. } => format!(" {base}"),
                };
                let (lo, hi) = (interval.low, interval.high);
                if hedge.is_none() || lo == hi {
                    format!("{}{unit}", number(*value))
                } else if hi.is_infinite() {
                    let op = if interval.low_open { ">" } else { ">=" };
                    format!("{op} {}{unit}", number(lo))
                } else {
                    format!("{}..{}{unit}", number(lo), number(hi))
                }
            }
        }
    }
}

/// `v` without floating-point noise: 1.1050000000000002 is 1.105 (12 significant digits),
/// but 1,000,000,000,001 stays itself: a figure is snapped only when the change is noise (a
/// few units in the last place), never a digit someone wrote. Monotone, so a value rounded
/// with it stays inside an interval whose ends are.
pub fn round_significant(v: f64) -> f64 {
    if v == 0.0 || !v.is_finite() {
        return v;
    }
    let scale = 10f64.powi(11 - v.abs().log10().floor() as i32);
    let rounded = (v * scale).round() / scale;
    if (rounded - v).abs() <= 1e-14 * v.abs() {
        rounded
    } else {
        v
    }
}

/// Short, exact-enough rendering of a figure: 1.8e10, 700, 34.4, 1.11, 1.5e-7.
pub fn number(v: f64) -> String {
    let trim = |s: &str| s.trim_end_matches('0').trim_end_matches('.').to_string();
    if !v.is_finite() {
        format!("{v}")
    } else if v.abs() >= 1e6 || v != 0.0 && v.abs() < 1e-3 {
        // Large figures, and small ones four decimals would show as 0 ("150 micrograms").
        // Scientific notation always has an exponent; without one, the rendering stands.
        let s = format!("{v:.10e}");
        s.split_once('e').map_or_else(
            || s.clone(),
            |(mantissa, exponent)| format!("{}e{exponent}", trim(mantissa)),
        )
    } else if v.fract() == 0.0 {
        format!("{v:.0}")
    } else {
        trim(&format!("{v:.4}"))
    }
}

#[cfg(test)]
mod tests {

    /// Rounding snaps float noise, never a written digit: a 13-digit figure once rounded
    /// out of its own interval (found by the fuzz target).
    #[test]
    fn rounding_removes_noise_not_digits() {
        assert_eq!(round_significant(1.1050000000000002), 1.105);
        assert_eq!(round_significant(0.1 + 0.2), 0.3);
        assert_eq!(round_significant(1_000_000_000_001.0), 1_000_000_000_001.0);
        assert_eq!(round_significant(-12_345_678_901_234.0), -12_345_678_901_234.0);
    }

    use super::*;

    #[test]
    fn overlapping_intervals_agree_and_nested_refine() {
        let roughly_700 = Interval::closed(630.0, 770.0);
        assert_eq!(
            roughly_700.relate(&Interval::closed(700.0, 800.0), 0.0),
            Relation::Agree
        );
        assert_eq!(roughly_700.relate(&Interval::exact(700.0), 0.0), Relation::Refine);
        assert_eq!(roughly_700.relate(&Interval::exact(2000.0), 0.0), Relation::Conflict);
    }

    #[test]
    fn open_bounds_exclude_their_endpoint() {
        let more_than_1t = Interval {
            low: 1e12,
            high: f64::INFINITY,
            low_open: true,
            high_open: false,
        };
        assert_eq!(more_than_1t.relate(&Interval::exact(4.8e11), 0.0), Relation::Conflict);
        assert_eq!(more_than_1t.relate(&Interval::exact(1e12), 0.0), Relation::Conflict);
        assert_eq!(more_than_1t.relate(&Interval::exact(1.2e12), 0.0), Relation::Refine);
    }

    #[test]
    fn tolerance_is_relative_to_the_larger_value() {
        let a = Interval::exact(100.0);
        assert_eq!(a.relate(&Interval::exact(101.0), 0.02), Relation::Agree);
        assert_eq!(a.relate(&Interval::exact(103.0), 0.02), Relation::Conflict);
    }

    #[test]
    fn readings_say_how_a_value_was_read() {
        let v = Value::Amount {
            value: 1.8e10,
            interval: Interval::closed(1.75e10, 1.85e10),
            unit: Unit::Currency("USD".into()),
            hedge: None,
        };
        assert_eq!(v.reading(), "1.8e10 USD");
        let v = Value::Amount {
            value: 700.0,
            interval: Interval::closed(630.0, 770.0),
            unit: Unit::Count("experiment".into()),
            hedge: Some("roughly".into()),
        };
        assert_eq!(v.reading(), "630..770 experiment");
    }
}
