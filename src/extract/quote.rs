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
    for (i, c) in paragraph.char_indices() {
        match (open, c) {
            (None, '“') | (None, '"') => open = Some((i + c.len_utf8(), c)),
            (Some((start, '“')), '”') | (Some((start, '"')), '"') => {
                open = None;
                let inside = paragraph.get(start..i).unwrap_or_default();
                let words = words(inside);
                if words.len() >= min_words {
                    found.push(Quotation {
                        start: offset + start,
                        end: offset + i,
                        words,
                    });
                }
            }
            _ => {}
        }
    }
    found
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
    fn quotations_pair_their_marks_within_a_paragraph() {
        let text =
            r#"“Personal update: I’ve joined Anthropic,” he wrote, adding "so excited to be here" and "vibe coding"."#;
        let found = quotations(text, 10, 4);
        let shown: Vec<&str> = found.iter().map(|q| &text[q.start - 10..q.end - 10]).collect();
        assert_eq!(
            shown,
            ["Personal update: I’ve joined Anthropic,", "so excited to be here"]
        );
        // A straight quote inside curly ones is text; one left open finds nothing.
        assert_eq!(
            quotations(r#"“the "best" team in the world” and "an open one"#, 0, 4).len(),
            1
        );
    }
}
