//! The README's key list is generated from the keymap: this test fails when they differ, and
//! `UPDATE_README=1 cargo test --lib readme` rewrites the list.

use super::keymap::help_markdown;

const START: &str = "<!-- keys:start (generated from src/app/keymap.rs) -->";
const END: &str = "<!-- keys:end -->";

#[test]
fn readme_key_list_matches_the_keymap() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/README.md");
    let readme = std::fs::read_to_string(path).expect("README.md");
    let (Some(start), Some(end)) = (readme.find(START), readme.find(END)) else {
        panic!("README.md lacks the key list markers");
    };
    let generated = format!("{START}\n{}\n{END}", help_markdown().trim());
    let current = &readme[start..end + END.len()];
    if current != generated {
        if std::env::var_os("UPDATE_README").is_some() {
            let updated = format!(
                "{}{generated}{}",
                &readme[..start],
                &readme[end + END.len()..]
            );
            std::fs::write(path, updated).expect("write README.md");
        } else {
            panic!("README key list is stale: run UPDATE_README=1 cargo test --lib readme");
        }
    }
}
