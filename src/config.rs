//! The project's configuration, `crosscheck.toml`, found in the current folder or the nearest
//! parent that has one: extra rule folders, rules switched on or off, severities and
//! tolerances per rule, the level that fails a run, and globs of files to leave out. Flags on
//! the command line override it. Unknown keys are errors naming their line and column.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use globset::{Glob, GlobSet, GlobSetBuilder};
use serde::Deserialize;
use toml::Spanned;

use crate::error::Error;
use crate::rules::{RuleSet, Severity};

/// The file name looked for.
pub const FILE_NAME: &str = "crosscheck.toml";

/// The level of finding that makes a run exit 1.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "kebab-case")]
pub enum FailOn {
    /// Any conflict, whatever its severity.
    Conflict,
    Error,
    Warning,
    Info,
    /// Never exit 1.
    Never,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Config {
    /// Folders of rule files that add to or override the built-in rules, relative to the
    /// configuration file.
    #[serde(default)]
    pub rules: Vec<PathBuf>,
    /// When set, the only check rules run (codes or names); extraction rules stay on.
    #[serde(default)]
    pub enable: Option<Vec<Spanned<String>>>,
    /// Rules switched off, by code or name. An extraction rule switched off makes no claims.
    #[serde(default)]
    pub disable: Vec<Spanned<String>>,
    /// Severity per rule (code or name): "error", "warning" or "info".
    #[serde(default)]
    pub severity: BTreeMap<Spanned<String>, Severity>,
    /// Relative tolerance per check rule (code or name): the gap still read as agreement.
    #[serde(default)]
    pub tolerance: BTreeMap<Spanned<String>, f64>,
    pub fail_on: Option<FailOn>,
    /// Globs of files that folder walks leave out, matched against paths relative to the
    /// configuration file's folder ("drafts/**", "*.bak.md").
    #[serde(default)]
    pub ignore: Vec<Spanned<String>>,
    /// Where the file was found, with its text, for messages.
    #[serde(skip)]
    origin: Option<(PathBuf, String)>,
}

impl Config {
    /// The configuration in `start` or its nearest parent holding one; none found is the
    /// default configuration.
    pub fn discover(start: &Path) -> Result<Config, Error> {
        let start = std::path::absolute(start).unwrap_or_else(|_| start.to_path_buf());
        match start.ancestors().map(|d| d.join(FILE_NAME)).find(|p| p.is_file()) {
            Some(path) => Config::load(&path),
            None => Ok(Config::default()),
        }
    }

    pub fn load(path: &Path) -> Result<Config, Error> {
        let text = std::fs::read_to_string(path).map_err(|e| Error::input(path, e))?;
        let mut config: Config = toml::from_str(&text).map_err(|e| {
            let offset = e.span().map_or(0, |s| s.start);
            Error::rule_at(path, &text, offset, e.message().trim_end())
        })?;
        config.origin = Some((path.to_path_buf(), text));
        config.globs()?;
        Ok(config)
    }

    /// The folder paths in the file are relative to.
    fn base(&self) -> PathBuf {
        self.origin
            .as_ref()
            .and_then(|(p, _)| p.parent())
            .map_or_else(PathBuf::new, Path::to_path_buf)
    }

    /// An error at the place the file writes `what`.
    fn error_at(&self, what: &Spanned<String>, message: String) -> Error {
        match &self.origin {
            Some((path, text)) => Error::rule_at(path, text, what.span().start, message),
            None => Error::Usage(message),
        }
    }

    /// The rule folders, resolved against the file's folder.
    pub fn rule_folders(&self) -> Vec<PathBuf> {
        let base = self.base();
        self.rules.iter().map(|r| base.join(r)).collect()
    }

    fn globs(&self) -> Result<GlobSet, Error> {
        let mut set = GlobSetBuilder::new();
        for pattern in &self.ignore {
            let written = pattern.get_ref();
            let glob =
                Glob::new(written).map_err(|e| self.error_at(pattern, format!("`{written}` is not a glob: {e}")))?;
            set.add(glob);
        }
        set.build()
            .map_err(|e| Error::Usage(format!("the ignore globs do not compile: {e}")))
    }

    /// Whether a file a folder walk found is left out by an `ignore` glob. Both sides are
    /// resolved (`..`, links), so the same file matches however its path was spelled.
    pub fn ignores(&self) -> Result<impl Fn(&Path) -> bool, Error> {
        let set = self.globs()?;
        let resolved = |p: &Path| std::fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf());
        let base = resolved(&std::path::absolute(self.base()).unwrap_or_default());
        Ok(move |path: &Path| {
            let path = resolved(path);
            let relative = path.strip_prefix(&base).unwrap_or(&path);
            set.is_match(relative)
        })
    }

    /// The rules switched on and off, with their severities and tolerances set.
    pub fn apply(&self, rules: &mut RuleSet) -> Result<(), Error> {
        let known = |rules: &RuleSet, name: &Spanned<String>| {
            let written = name.get_ref();
            rules
                .rules
                .iter()
                .position(|r| r.code.eq_ignore_ascii_case(written) || r.name == *written)
                .ok_or_else(|| {
                    self.error_at(
                        name,
                        format!("no rule with code or name `{written}` (see `crosscheck rules`)"),
                    )
                })
        };
        for (name, severity) in &self.severity {
            let i = known(rules, name)?;
            if let Some(rule) = rules.rules.get_mut(i) {
                rule.severity = *severity;
            }
        }
        for (name, tolerance) in &self.tolerance {
            let i = known(rules, name)?;
            let check = rules.rules.get_mut(i).and_then(|r| r.check.as_mut());
            match check {
                Some(check) if tolerance.is_finite() && *tolerance >= 0.0 => check.tolerance = *tolerance,
                Some(_) => {
                    return Err(self.error_at(
                        name,
                        format!(
                            "the tolerance of `{}` is {tolerance}: a relative gap is a number from 0 up",
                            name.get_ref()
                        ),
                    ))
                }
                None => {
                    return Err(self.error_at(
                        name,
                        format!("`{}` is not a check rule: it has no tolerance", name.get_ref()),
                    ))
                }
            }
        }
        let mut off = vec![false; rules.rules.len()];
        for name in &self.disable {
            if let Some(o) = off.get_mut(known(rules, name)?) {
                *o = true;
            }
        }
        if let Some(enabled) = &self.enable {
            let on: Vec<usize> = enabled.iter().map(|n| known(rules, n)).collect::<Result<_, _>>()?;
            for (i, (o, rule)) in off.iter_mut().zip(&rules.rules).enumerate() {
                *o |= rule.check.is_some() && !on.contains(&i);
            }
        }
        let mut flags = off.into_iter();
        rules.rules.retain(|_| !flags.next().unwrap_or(false));
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(text: &str) -> Result<Config, Error> {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(FILE_NAME);
        std::fs::write(&path, text).unwrap();
        Config::load(&path)
    }

    #[test]
    fn unknown_keys_and_rules_are_errors_at_their_line() {
        let err = config("fail-on = \"error\"\ncolour = \"red\"\n")
            .unwrap_err()
            .to_string();
        assert!(err.contains(":2:1") && err.contains("colour"), "{err}");
        let err = config("fail-on = \"loud\"\n").unwrap_err().to_string();
        assert!(err.contains(":1:11"), "{err}");
        let mut rules = RuleSet::defaults().unwrap();
        let c = config("\n[severity]\nCC999 = \"info\"\n").unwrap();
        let err = c.apply(&mut rules).unwrap_err().to_string();
        assert!(err.contains(":3:1") && err.contains("CC999"), "{err}");
        // The key itself is named, not an earlier mention of the same code.
        let c = config("# CC001 is a money rule\n[severity]\nCC001 = \"info\"\n\n[tolerance]\nCC001 = 0.1\n").unwrap();
        let err = c.apply(&mut rules).unwrap_err().to_string();
        assert!(err.contains(":6:1") && err.contains("not a check rule"), "{err}");
        let c = config("disable = [\"CC101\"]\n[severity]\nCC10 = \"info\"\n").unwrap();
        let err = c.apply(&mut rules).unwrap_err().to_string();
        assert!(err.contains(":3:1") && err.contains("`CC10`"), "{err}");
        let err = config("ignore = [\"a[\"]\n").unwrap_err().to_string();
        assert!(err.contains(":1:11") && err.contains("not a glob"), "{err}");
    }

    #[test]
    fn rules_are_switched_by_code_or_name_and_retuned() {
        let mut rules = RuleSet::defaults().unwrap();
        let c = config(
            "enable = [\"CC101\", \"date-mismatch\"]\ndisable = [\"cc102\"]\n[severity]\nquantity-mismatch = \"warning\"\n[tolerance]\nCC101 = 0.05\n",
        )
        .unwrap();
        c.apply(&mut rules).unwrap();
        let checks: Vec<&str> = rules
            .rules
            .iter()
            .filter(|r| r.check.is_some())
            .map(|r| r.code.as_str())
            .collect();
        assert_eq!(checks, ["CC101"]);
        let cc101 = rules.get("CC101").unwrap();
        assert_eq!(cc101.severity, Severity::Warning);
        assert_eq!(cc101.check.as_ref().unwrap().tolerance, 0.05);
        assert!(rules.get("CC001").is_some(), "extraction rules stay on");
    }

    #[test]
    fn ignore_globs_are_relative_to_the_file() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(FILE_NAME), "ignore = [\"drafts/**\", \"*.bak.md\"]\n").unwrap();
        std::fs::create_dir(dir.path().join("sub")).unwrap();
        let c = Config::discover(&dir.path().join("sub")).unwrap();
        let ignored = c.ignores().unwrap();
        assert!(ignored(&dir.path().join("drafts/a.md")));
        assert!(ignored(&dir.path().join("sub/x.bak.md")));
        assert!(!ignored(&dir.path().join("sub/drafts.md")));
    }
}
