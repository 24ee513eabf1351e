//! Case and accent folding of characters, shared by search and by matching (`Pékin` ≈ `pekin`).

use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// Calls `emit` with the folded form of `c`: lower case, diacritics removed, ligatures spelled out.
/// Combining marks fold to nothing, so a decomposed `e` + U+0301 folds like a precomposed `é`.
#[inline]
pub fn fold_char(c: char, mut emit: impl FnMut(char)) {
    if c.is_ascii() {
        emit(c.to_ascii_lowercase());
        return;
    }
    match c {
        'œ' | 'Œ' => {
            emit('o');
            emit('e');
            return;
        }
        'æ' | 'Æ' => {
            emit('a');
            emit('e');
            return;
        }
        'ß' => {
            emit('s');
            emit('s');
            return;
        }
        'ø' | 'Ø' => {
            emit('o');
            return;
        }
        'ł' | 'Ł' => {
            emit('l');
            return;
        }
        'đ' | 'Đ' => {
            emit('d');
            return;
        }
        _ => {}
    }
    if is_combining_mark(c) {
        return;
    }
    for lower in c.to_lowercase() {
        decompose_canonical(lower, |d| {
            if !is_combining_mark(d) {
                emit(d);
            }
        });
    }
}

/// Folds a whole string (allocates; for queries and tests, not for hot loops).
pub fn fold_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        fold_char(c, |f| out.push(f));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_french_accents_and_case() {
        assert_eq!(fold_str("Pékin"), "pekin");
        assert_eq!(fold_str("ÉTATS"), "etats");
        assert_eq!(fold_str("Noël à l'île"), "noel a l'ile");
        assert_eq!(fold_str("cœur Æther"), "coeur aether");
    }

    #[test]
    fn decomposed_and_precomposed_fold_alike() {
        assert_eq!(fold_str("e\u{301}te\u{301}"), fold_str("été"));
    }

    #[test]
    fn leaves_cjk_alone() {
        assert_eq!(fold_str("北京"), "北京");
    }
}
