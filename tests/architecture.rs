//! The dependency rule, checked on the source: layers import in one direction
//! (`core` ← `view` ← `app` ← `ui` ← `term`; `cmd` on `core` and `view`), the terminal-free layers
//! use no terminal crate, and no two modules of one parent import each other, directly or round
//! a cycle. A failure names the file and the import that breaks the rule.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Which top-level modules each layer may name.
const LAYERS: &[(&str, &[&str])] = &[
    ("core", &["core"]),
    ("view", &["core", "view"]),
    ("app", &["core", "view", "app"]),
    ("ui", &["core", "view", "app", "ui"]),
    ("term", &["core", "view", "app", "ui", "term"]),
    ("cmd", &["core", "view", "cmd"]),
];

/// External crates a layer must not use: the model and everything below it know no terminal.
const NO_TERMINAL: &[(&str, &[&str])] = &[
    ("core", &["ratatui", "crossterm"]),
    ("view", &["ratatui", "crossterm"]),
    ("ui", &["crossterm"]),
    ("cmd", &["ratatui", "crossterm"]),
];

/// Leaf modules: the basic pieces everyone uses import nothing of the crate but themselves, so
/// that they can be read, tested and reused alone.
const LEAVES: &[&[&str]] = &[&["core", "text"], &["core", "lcs"]];

/// Imports between the children of one module: child → (child it names, where it does).
type Graph = BTreeMap<String, BTreeSet<(String, String)>>;

/// One source file: its module path (`["core", "quotes", "scan"]`) and its code without comments.
struct Source {
    file: PathBuf,
    module: Vec<String>,
    code: String,
}

fn src_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// Every `.rs` file under `src/`, with its module path. `#[path = "…"] mod m;` is followed, so a
/// file's module is the one the compiler gives it.
fn sources() -> Vec<Source> {
    let root = src_dir();
    let mut files = Vec::new();
    collect(&root, &mut files);
    let mut by_path: BTreeMap<PathBuf, Vec<String>> = BTreeMap::new();
    for file in &files {
        let rel = file.strip_prefix(&root).expect("under src");
        let mut parts: Vec<String> = rel
            .iter()
            .map(|p| p.to_string_lossy().trim_end_matches(".rs").to_string())
            .collect();
        if matches!(
            parts.last().map(String::as_str),
            Some("mod" | "lib" | "main")
        ) {
            parts.pop();
        }
        by_path.insert(file.clone(), parts);
    }
    // `#[path]` attributes move a file to the module that declares it.
    for file in &files {
        let text = std::fs::read_to_string(file).expect("readable source");
        follow_path_attributes(file, &text, &mut by_path);
    }
    files
        .into_iter()
        .map(|file| {
            let text = std::fs::read_to_string(&file).expect("readable source");
            Source {
                module: by_path[&file].clone(),
                code: strip_comments(&text),
                file,
            }
        })
        .collect()
}

/// Files that `file` (whose `text` is given) declares with `#[path = "…"] mod m;` belong to
/// module `m` of `file`'s module, wherever they are.
fn follow_path_attributes(file: &Path, text: &str, by_path: &mut BTreeMap<PathBuf, Vec<String>>) {
    let mut rest = text;
    while let Some(at) = rest.find("#[path = \"") {
        rest = &rest[at + 10..];
        let Some(end) = rest.find('"') else { break };
        let target = rest[..end].to_string();
        let after = &rest[end..];
        let Some(m) = after.find("mod ") else { break };
        let name: String = after[m + 4..]
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        let mut module = by_path[file].clone();
        module.push(name);
        let dir = file.parent().expect("in a folder");
        by_path.insert(dir.join(target), module);
    }
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .expect("readable folder")
        .map(|e| e.expect("entry").path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            collect(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The code with `//` comments and string literals blanked, so a path in a comment or a
/// message is not an import.
fn strip_comments(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '/' if chars.peek() == Some(&'/') => {
                for c in chars.by_ref() {
                    if c == '\n' {
                        out.push('\n');
                        break;
                    }
                }
            }
            '"' => {
                out.push(' ');
                let mut escaped = false;
                for c in chars.by_ref() {
                    if escaped {
                        escaped = false;
                    } else if c == '\\' {
                        escaped = true;
                    } else if c == '"' {
                        break;
                    }
                }
            }
            '\'' => {
                // A char literal ('"', '\'') or a lifetime ('a): skip a literal whole.
                let rest: String = chars.clone().take(4).collect();
                let literal_len = if let Some(escaped) = rest.strip_prefix('\\') {
                    escaped.find('\'').map(|i| i + 2)
                } else {
                    rest.chars()
                        .nth(1)
                        .filter(|&c| c == '\'')
                        .map(|_| rest.chars().next().map_or(1, char::len_utf8) + 1)
                };
                match literal_len {
                    Some(n) => {
                        let mut taken = 0;
                        while taken < n {
                            match chars.next() {
                                Some(c) => taken += c.len_utf8(),
                                None => break,
                            }
                        }
                        out.push(' ');
                    }
                    None => out.push(c),
                }
            }
            _ => out.push(c),
        }
    }
    out
}

/// Every module path the code names through `crate::` or `super::`, resolved to an absolute
/// path from the crate root (use-trees with braces expanded).
fn references(source: &Source) -> Vec<Vec<String>> {
    let code = source.code.as_bytes();
    let inline = inline_modules(code);
    let mut found = Vec::new();
    let mut i = 0;
    while i < code.len() {
        let boundary = i == 0 || !(code[i - 1].is_ascii_alphanumeric() || code[i - 1] == b'_');
        let (base, len) = if boundary && code[i..].starts_with(b"crate::") {
            (Vec::new(), 7)
        } else if boundary && code[i..].starts_with(b"super::") {
            // `super` is relative to the innermost module around it, inline ones included.
            let mut module = source.module.clone();
            module.extend(
                inline
                    .iter()
                    .filter(|(body, _)| body.contains(&i))
                    .map(|(_, name)| name.clone()),
            );
            let mut j = i;
            while code[j..].starts_with(b"super::") {
                module.pop();
                j += 7;
            }
            (module, j - i)
        } else {
            i += 1;
            continue;
        };
        let mut at = i + len;
        let mut paths = Vec::new();
        parse_tree(code, &mut at, base, &mut paths);
        found.extend(paths);
        i = at.max(i + 1);
    }
    found
}

/// The inline modules of the code (`mod tests { … }`): the byte span of each body and its name,
/// outer ones first.
fn inline_modules(code: &[u8]) -> Vec<(std::ops::Range<usize>, String)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i + 4 <= code.len() {
        let boundary = i == 0 || !(code[i - 1].is_ascii_alphanumeric() || code[i - 1] == b'_');
        if !(boundary && code[i..].starts_with(b"mod ")) {
            i += 1;
            continue;
        }
        let mut at = i + 4;
        skip_space(code, &mut at);
        let start = at;
        while at < code.len() && (code[at].is_ascii_alphanumeric() || code[at] == b'_') {
            at += 1;
        }
        let name = String::from_utf8_lossy(&code[start..at]).into_owned();
        skip_space(code, &mut at);
        i = at.max(i + 1);
        if name.is_empty() || code.get(at) != Some(&b'{') {
            continue;
        }
        // Strings, chars and comments are blanked, so braces balance.
        let mut depth = 0usize;
        let end = (at..code.len())
            .find(|&k| {
                match code[k] {
                    b'{' => depth += 1,
                    b'}' => depth -= 1,
                    _ => {}
                }
                depth == 0
            })
            .unwrap_or(code.len());
        out.push((at + 1..end, name));
    }
    out
}

/// Parses a use-tree at `*at` (after a `::`), pushing each full path.
fn parse_tree(code: &[u8], at: &mut usize, prefix: Vec<String>, out: &mut Vec<Vec<String>>) {
    skip_space(code, at);
    if *at < code.len() && code[*at] == b'{' {
        *at += 1;
        loop {
            skip_space(code, at);
            if *at >= code.len() {
                return;
            }
            if code[*at] == b'}' {
                *at += 1;
                return;
            }
            if code[*at] == b',' {
                *at += 1;
                continue;
            }
            let before = *at;
            parse_tree(code, at, prefix.clone(), out);
            if *at == before {
                *at += 1;
            }
        }
    }
    let start = *at;
    while *at < code.len() && (code[*at].is_ascii_alphanumeric() || code[*at] == b'_') {
        *at += 1;
    }
    if *at == start {
        if !prefix.is_empty() {
            out.push(prefix);
        }
        return;
    }
    let mut path = prefix;
    path.push(String::from_utf8_lossy(&code[start..*at]).into_owned());
    if code[*at..].starts_with(b"::") {
        *at += 2;
        parse_tree(code, at, path, out);
    } else {
        out.push(path);
    }
}

fn skip_space(code: &[u8], at: &mut usize) {
    while *at < code.len() && code[*at].is_ascii_whitespace() {
        *at += 1;
    }
}

#[test]
fn layers_import_in_one_direction() {
    let mut broken = Vec::new();
    for source in sources() {
        let Some(layer) = source.module.first() else {
            continue;
        };
        let Some((_, allowed)) = LAYERS.iter().find(|(l, _)| l == layer) else {
            continue;
        };
        for path in references(&source) {
            let Some(target) = path.first() else { continue };
            let is_layer = LAYERS.iter().any(|(l, _)| l == target);
            if is_layer && !allowed.contains(&target.as_str()) {
                broken.push(format!(
                    "{}: `{layer}` imports `{}`",
                    source.file.display(),
                    path.join("::")
                ));
            }
        }
    }
    assert!(
        broken.is_empty(),
        "imports against the layers:\n{}",
        broken.join("\n")
    );
}

#[test]
fn terminal_free_layers_use_no_terminal_crate() {
    let mut broken = Vec::new();
    for source in sources() {
        let Some(layer) = source.module.first() else {
            continue;
        };
        let Some((_, banned)) = NO_TERMINAL.iter().find(|(l, _)| l == layer) else {
            continue;
        };
        for name in *banned {
            let uses = source
                .code
                .match_indices(name)
                .any(|(i, _)| source.code[i + name.len()..].starts_with("::"));
            if uses {
                broken.push(format!(
                    "{}: `{layer}` uses `{name}`",
                    source.file.display()
                ));
            }
        }
    }
    assert!(
        broken.is_empty(),
        "terminal crates below `app`:\n{}",
        broken.join("\n")
    );
}

#[test]
fn leaf_modules_import_nothing_of_the_crate() {
    let sources = sources();
    let mut broken = Vec::new();
    for leaf in LEAVES {
        assert!(
            sources.iter().any(|s| s.module.starts_with(&to_path(leaf))),
            "no module `{}`",
            leaf.join("::")
        );
        for source in sources
            .iter()
            .filter(|s| s.module.starts_with(&to_path(leaf)))
        {
            for path in references(source) {
                if !path.starts_with(&to_path(leaf)) {
                    broken.push(format!(
                        "{}: the leaf `{}` imports `{}`",
                        source.file.display(),
                        leaf.join("::"),
                        path.join("::")
                    ));
                }
            }
        }
    }
    assert!(
        broken.is_empty(),
        "leaves that import the crate:\n{}",
        broken.join("\n")
    );
}

fn to_path(parts: &[&str]) -> Vec<String> {
    parts.iter().map(|p| p.to_string()).collect()
}

#[test]
fn no_two_modules_of_one_parent_depend_on_each_other() {
    // Edges between siblings: a reference from module S to T counts, at their lowest common
    // ancestor, as an edge between the ancestor's children on the way to S and to T. Modules of
    // the crate root are the layers, whose direction the first test checks.
    let mut edges: BTreeMap<Vec<String>, Graph> = BTreeMap::new();
    let known: BTreeSet<Vec<String>> = sources().iter().map(|s| s.module.clone()).collect();
    for source in sources() {
        for path in references(&source) {
            // The longest prefix of the path that is a module of the crate.
            let target: Vec<String> = (1..=path.len())
                .rev()
                .map(|n| path[..n].to_vec())
                .find(|p| known.contains(p) || known.iter().any(|k| k.starts_with(p)))
                .unwrap_or_default();
            let common = source
                .module
                .iter()
                .zip(&target)
                .take_while(|(a, b)| a == b)
                .count();
            if common == 0 || common >= source.module.len() || common >= target.len() {
                continue;
            }
            let parent = source.module[..common].to_vec();
            let from = source.module[common].clone();
            let to = target[common].clone();
            if from == "tests" || to == "tests" {
                continue;
            }
            edges
                .entry(parent)
                .or_default()
                .entry(from)
                .or_default()
                .insert((
                    to,
                    format!("{}: {}", source.file.display(), path.join("::")),
                ));
        }
    }
    let mut cycles = Vec::new();
    for (parent, graph) in &edges {
        if let Some(cycle) = find_cycle(graph) {
            cycles.push(format!(
                "in `{}`: {}",
                parent.join("::"),
                cycle.join("\n    ")
            ));
        }
    }
    assert!(
        cycles.is_empty(),
        "modules that import each other:\n{}",
        cycles.join("\n")
    );
}

/// A cycle of the graph, as the imports that make it, if there is one.
fn find_cycle(graph: &Graph) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        graph: &Graph,
        state: &mut BTreeMap<String, u8>,
        stack: &mut Vec<String>,
    ) -> Option<Vec<String>> {
        state.insert(node.to_string(), 1);
        for (next, why) in graph.get(node).into_iter().flatten() {
            stack.push(why.clone());
            match state.get(next.as_str()) {
                Some(1) => return Some(stack.clone()),
                Some(_) => {}
                None => {
                    if let Some(cycle) = visit(next, graph, state, stack) {
                        return Some(cycle);
                    }
                }
            }
            stack.pop();
        }
        state.insert(node.to_string(), 2);
        None
    }
    let mut state = BTreeMap::new();
    for node in graph.keys() {
        if !state.contains_key(node.as_str()) {
            let mut stack = Vec::new();
            if let Some(cycle) = visit(node, graph, &mut state, &mut stack) {
                return Some(cycle);
            }
        }
    }
    None
}

#[test]
fn the_checker_sees_imports_through_braces_supers_and_path_attributes() {
    // The rule is only as good as its parser: check it on a made-up file.
    let source = Source {
        file: PathBuf::from("src/core/quotes/scan.rs"),
        module: ["core", "quotes", "scan"].map(String::from).to_vec(),
        code: strip_comments(
            "use super::{lexicon::Lexicon, matching};\nuse super::super::diff::Mark;\n\
             // use crate::ui::x;\nlet s = \"crate::app::y\";\nfn f() { crate::view::wrap::Wrapped::new(); }\n\
             mod tests { use super::*; mod deeper { use super::super::Raw; } }\nuse super::Open;",
        ),
    };
    let refs: Vec<String> = references(&source).iter().map(|p| p.join("::")).collect();
    assert_eq!(
        refs,
        [
            "core::quotes::lexicon::Lexicon",
            "core::quotes::matching",
            "core::diff::Mark",
            "view::wrap::Wrapped::new",
            "core::quotes::scan",
            "core::quotes::scan::Raw",
            "core::quotes::Open",
        ]
    );
    let modules: BTreeMap<String, PathBuf> = sources()
        .into_iter()
        .map(|s| (s.module.join("::"), s.file))
        .collect();
    assert!(modules.contains_key("core::side"), "{modules:?}");
    assert!(modules.contains_key("core::compare::tests"), "{modules:?}");
    // No file uses `#[path]` today (tests are inline): check it on a made-up declaration.
    let encoder = PathBuf::from("src/term/encoder.rs");
    let moved = PathBuf::from("src/term/encoder_tests.rs");
    let mut by_path = BTreeMap::from([(encoder.clone(), vec!["term".into(), "encoder".into()])]);
    let declaring = "#[cfg(test)]\n#[path = \"encoder_tests.rs\"]\nmod tests;\n";
    follow_path_attributes(&encoder, declaring, &mut by_path);
    assert_eq!(by_path[&moved], ["term", "encoder", "tests"]);
    let mut graph = BTreeMap::new();
    graph.insert(
        "a".to_string(),
        BTreeSet::from([("b".to_string(), "a→b".to_string())]),
    );
    graph.insert(
        "b".to_string(),
        BTreeSet::from([("a".to_string(), "b→a".to_string())]),
    );
    assert_eq!(find_cycle(&graph), Some(vec!["a→b".into(), "b→a".into()]));
}
