//! Counts in words, singular or plural: "1 word", "3 words", "1 shared passage". The one place
//! the reader and the text commands choose between the two forms.

/// `one` for a count of 1, `many` otherwise (0 included: "0 words").
pub fn plural<'a>(n: usize, one: &'a str, many: &'a str) -> &'a str {
    if n == 1 { one } else { many }
}

/// "1 word", "3 words".
pub fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", plural(n, one, many))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_is_singular_and_every_other_count_plural() {
        assert_eq!(count(1, "word", "words"), "1 word");
        assert_eq!(count(0, "word", "words"), "0 words");
        assert_eq!(
            count(2, "shared passage", "shared passages"),
            "2 shared passages"
        );
    }
}
