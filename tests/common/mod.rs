//! What the end-to-end tests share: running the binary, with or without standard input, and
//! a scratch folder.
// Each test crate uses only some of these helpers.
#![allow(dead_code)]

use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

/// Run the binary in the crate's folder, with no standard input and no NO_COLOR.
pub fn crosscheck(args: &[&str]) -> Output {
    crosscheck_in(std::path::Path::new(env!("CARGO_MANIFEST_DIR")), args)
}

/// Run the binary in `dir`, with no standard input and no NO_COLOR.
pub fn crosscheck_in(dir: &std::path::Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .args(args)
        .current_dir(dir)
        .env_remove("NO_COLOR")
        .stdin(Stdio::null())
        .output()
        .expect("the binary runs")
}

/// Run the binary with `input` piped to its standard input.
pub fn crosscheck_with_stdin(args: &[&str], input: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    use std::io::Write;
    child
        .stdin
        .take()
        .expect("piped")
        .write_all(input)
        .expect("stdin takes the input");
    child.wait_with_output().expect("the binary ends")
}

/// An empty scratch folder for one test, removed with everything in it when the test ends
/// (passed or panicked).
pub fn tempdir(name: &str) -> TempDir {
    let dir = std::env::temp_dir().join(format!("crosscheck-test-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("a scratch folder");
    TempDir(dir)
}

/// A scratch folder that is removed when dropped.
pub struct TempDir(PathBuf);

impl std::ops::Deref for TempDir {
    type Target = std::path::Path;
    fn deref(&self) -> &std::path::Path {
        &self.0
    }
}

impl AsRef<std::path::Path> for TempDir {
    fn as_ref(&self) -> &std::path::Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}
