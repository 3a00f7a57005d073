//! The errors that stop a run before any report: an input or a rule file that cannot be used.
//! Each names the file (and, for rule files, the line and column) so the user can fix it; the
//! binary turns every one of them into exit code 2.

use std::fmt;

use crate::report::printable;
use std::path::PathBuf;

#[derive(Debug)]
pub enum Error {
    /// A source the user gave could not be read or understood.
    Input { path: PathBuf, message: String },
    /// A rule file is malformed: `line` and `column` are 1-based.
    Rule {
        path: PathBuf,
        line: usize,
        column: usize,
        message: String,
    },
    /// Anything else about the invocation (an unknown rule code, no input at all).
    Usage(String),
}

impl Error {
    pub fn input(path: impl Into<PathBuf>, message: impl fmt::Display) -> Self {
        Error::Input {
            path: path.into(),
            message: message.to_string(),
        }
    }

    /// A rule-file error at a byte offset of `text`, the file's contents.
    pub fn rule_at(path: impl Into<PathBuf>, text: &str, offset: usize, message: impl fmt::Display) -> Self {
        let (line, column) = line_column(text, offset);
        Error::Rule {
            path: path.into(),
            line,
            column,
            message: message.to_string(),
        }
    }
}

/// 1-based line and column (in characters) of a byte offset.
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = &text[..floor_char_boundary(text, offset)];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

fn floor_char_boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Input { path, message } => {
                write!(f, "{}: {}", printable(&path.display().to_string()), printable(message))
            }
            Error::Rule {
                path,
                line,
                column,
                message,
            } => write!(
                f,
                "{}:{line}:{column}: {}",
                printable(&path.display().to_string()),
                printable(message)
            ),
            Error::Usage(message) => f.write_str(&printable(message)),
        }
    }
}

impl std::error::Error for Error {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_and_column_count_characters_from_one() {
        let text = "a = 1\nné = \"x\"\n";
        assert_eq!(line_column(text, 0), (1, 1));
        assert_eq!(line_column(text, 6), (2, 1));
        // "né = " is 6 bytes but 5 characters.
        assert_eq!(line_column(text, 12), (2, 6));
    }
}
