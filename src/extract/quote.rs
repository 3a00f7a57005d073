//! Quotations: the words between quotation marks, within one paragraph, and the words they
//! are compared by. Curly double quotes pair as written (a straight quote inside them is
//! text); straight double quotes pair in turn within their paragraph, so one left open cannot
//! swallow the next paragraph. Single quotes are left alone: an apostrophe cannot be told from
//! a closing single quote by its shape.

/// Quoted text: its byte range in the text, marks excluded, and its words as compared.
#[derive(Clone, Debug, PartialEq)]
pub struct Quotation {
    pub start: usize,
    pub end: usize,
    pub words: Vec<String>,
}

/// Each character of `text` with whether quotation marks are open after it. A straight
/// mark opens after a space or at the start, and closes otherwise (a sentence may start
/// inside a quote that an earlier one opened).
pub(crate) fn quotation_state(text: &str) -> impl Iterator<Item = (usize, char, bool)> + '_ {
    let mut previous = ' ';
    let mut open = false;
    text.char_indices().map(move |(i, c)| {
        open = match c {
            '“' => true,
            '”' => false,
            '"' => previous.is_whitespace() || "([–—".contains(previous),
            _ => open,
        };
        previous = c;
        (i, c, open)
    })
}

/// Whether byte `at` of `sentence` stands inside quotation marks opened before it in the
/// sentence.
pub fn within_quotation(sentence: &str, at: usize) -> bool {
    sentence
        .get(..at)
        .is_some_and(|before| quotation_state(before).last().is_some_and(|(_, _, open)| open))
}

/// `text` with every character inside quotation marks made a space of its length, so that
/// byte offsets still hold: what the narrative says, not what it quotes.
pub fn outside_quotations(text: &str) -> String {
    quotation_state(text)
        .map(|(_, c, open)| if open { " ".repeat(c.len_utf8()) } else { c.to_string() })
        .collect()
}

/// The words of a quotation as compared: lower case, split at anything but letters, digits
/// and the apostrophes inside a word (curly apostrophes made straight; "general-purpose" is
/// two words, as "general purpose"), with an editor's insertion in square brackets ("his
/// [Altman's] ability") left out.
pub fn words(text: &str) -> Vec<String> {
    // "(sic)" is the editor's too.
    let text = text.to_lowercase().replace("(sic)", "");
    let mut words = Vec::new();
    let mut word = String::new();
    let mut bracketed = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '[' => bracketed = true,
            ']' => bracketed = false,
            _ if bracketed => {}
            c if c.is_alphanumeric() => word.extend(c.to_lowercase()),
            '\'' | '’' | '‘' if !word.is_empty() && chars.peek().is_some_and(|n| n.is_alphanumeric()) => {
                word.push('\'');
            }
            _ => {
                if !word.is_empty() {
                    words.push(std::mem::take(&mut word));
                }
            }
        }
    }
    if !word.is_empty() {
        words.push(word);
    }
    words
}

/// The quotations in one paragraph of text starting at `offset`, of at least `min_words`
/// words.
pub fn quotations(paragraph: &str, offset: usize, min_words: usize) -> Vec<Quotation> {
    let mut found = Vec::new();
    let mut open: Option<(usize, char)> = None;
    // Curly single quotes quote where they stand apart from words: ‘ opens after a space or at
    // the start, ’ closes before anything but a letter ("don’t" is an apostrophe).
    let before = |i: usize| paragraph.get(..i).and_then(|t| t.chars().next_back());
    let after = |i: usize| paragraph.get(i..).and_then(|t| t.chars().next());
    for (i, c) in paragraph.char_indices() {
        let single_opens = c == '‘' && before(i).is_none_or(|b| b.is_whitespace() || "([—–-".contains(b));
        let single_closes = c == '’'
            && before(i).is_some_and(|b| !b.is_whitespace())
            && after(i + c.len_utf8()).is_none_or(|a| !a.is_alphanumeric());
        match (open, c) {
            (None, '“') | (None, '"') => open = Some((i + c.len_utf8(), c)),
            (None, '‘') if single_opens => open = Some((i + c.len_utf8(), c)),
            (Some((start, '‘')), '’') if single_closes => {
                open = None;
                found.extend(quotation(paragraph, (start, i), offset, min_words));
            }
            (Some((start, '“')), '”') | (Some((start, '"')), '"') => {
                open = None;
                found.extend(quotation(paragraph, (start, i), offset, min_words));
            }
            _ => {}
        }
    }
    found
}

/// Quotations in curly double quotes that run over a line break, in lines of one paragraph
/// wrapped by hand (`text`, at `offset`); straight quotes pair within a line only, where a
/// stray one cannot reach into the next.
pub fn wrapped(text: &str, offset: usize, min_words: usize) -> Vec<Quotation> {
    let mut found = Vec::new();
    let mut open: Option<usize> = None;
    for (i, c) in text.char_indices() {
        match (open, c) {
            (None, '“') => open = Some(i + c.len_utf8()),
            (Some(start), '”') => {
                open = None;
                if text.get(start..i).is_some_and(|inside| inside.contains('\n')) {
                    found.extend(quotation(text, (start, i), offset, min_words));
                }
            }
            _ => {}
        }
    }
    found
}

/// A Markdown block quote: a paragraph whose line opens with `>` (`head` is the text between
/// the line's start and the paragraph's), quoted whole, marker and all quotation marks aside;
/// not a list item in one.
pub fn block_quote(paragraph: &str, head: &str, offset: usize, min_words: usize) -> Option<Quotation> {
    let marked = head.trim() == ">" || head.trim().is_empty() && paragraph.starts_with('>');
    if !marked {
        return None;
    }
    let body = paragraph.trim_start_matches(['>', ' ']);
    // "> - **Vehicles recalled:** 94,650": a list in a quoted box (key facts), no quotation.
    let listed = ["- ", "* ", "+ ", "• "].iter().any(|marker| body.starts_with(marker))
        || body
            .split_once(". ")
            .is_some_and(|(number, _)| !number.is_empty() && number.chars().all(|c| c.is_ascii_digit()));
    if listed {
        return None;
    }
    let start = paragraph.len() - body.len();
    quotation(paragraph, (start, paragraph.trim_end().len()), offset, min_words)
}

/// The quotation at `start..end` of `text` (which stands at `offset`), if it has `min_words`.
fn quotation(text: &str, (start, end): (usize, usize), offset: usize, min_words: usize) -> Option<Quotation> {
    let words = words(text.get(start..end).unwrap_or_default());
    (words.len() >= min_words).then(|| Quotation {
        start: offset + start,
        end: offset + end,
        words,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_compared_in_one_form() {
        assert_eq!(
            words("I’ve joined — the next few years... his [Altman's] R&D (sic), co-founder"),
            ["i've", "joined", "the", "next", "few", "years", "his", "r", "d", "co", "founder"]
        );
    }

    #[test]
    fn a_quote_wrapped_over_lines_is_one_quote() {
        let text = "The mayor said “we will open the new\nlibrary in May, not June” and left.\n“Short one” here.";
        let found = wrapped(text, 0, 4);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].words.join(" "), "we will open the new library in may not june");
    }

    #[test]
    fn a_markdown_block_quote_is_quoted_whole() {
        let q = block_quote("> We will build the bridge by next year.", "", 100, 4).unwrap();
        assert_eq!((q.start, q.end, q.words.len()), (102, 140, 8));
        assert_eq!(block_quote("We will build the bridge by next year.", "", 0, 4), None);
        assert!(block_quote("We will build the bridge by next year.", "> ", 0, 4).is_some());
    }

    #[test]
    fn quotations_pair_their_marks_within_a_paragraph() {
        let text =
            r#"“Personal update: I’ve joined Anthropic,” he wrote, adding "so excited to be here" and "vibe coding"."#;
        let found = quotations(text, 10, 4);
        let shown: Vec<&str> = found.iter().map(|q| &text[q.start - 10..q.end - 10]).collect();
        assert_eq!(
            shown,
            ["Personal update: I’ve joined Anthropic,", "so excited to be here"]
        );
        // Single curly quotes, apostrophes inside them aside.
        let text = "The banner read ‘we won’t leave the valley without a fight’ in red.";
        let shown: Vec<&str> = quotations(text, 0, 4).iter().map(|q| &text[q.start..q.end]).collect();
        assert_eq!(shown, ["we won’t leave the valley without a fight"]);
        // A straight quote inside curly ones is text; one left open finds nothing.
        assert_eq!(
            quotations(r#"“the "best" team in the world” and "an open one"#, 0, 4).len(),
            1
        );
    }
}
