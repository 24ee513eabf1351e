//! Cutting a text to a number of terminal cells (an ellipsis when it is cut, padding when it
//! is short): the one helper every panel's columns use, in `view` so that the model can lay a
//! panel's rows out ahead of the frames.

use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

/// `text` cut to `width` cells with an ellipsis, or padded to it; line breaks show as spaces.
/// Only what can show is looked at: a quotation or a passage may be a book's chapter.
pub fn fit(text: &str, width: usize) -> String {
    let mut out = String::new();
    let mut used = 0;
    // (byte length, cells) of each grapheme written, to take some back for the ellipsis.
    let mut written: Vec<(usize, usize)> = Vec::new();
    for g in text.graphemes(true) {
        let g = if g == "\n" || g == "\r\n" { " " } else { g };
        let w = g.width();
        if used + w > width {
            while used + 1 > width {
                let Some((len, cells)) = written.pop() else {
                    break;
                };
                out.truncate(out.len() - len);
                used -= cells;
            }
            if used < width {
                out.push('…');
                used += 1;
            }
            break;
        }
        out.push_str(g);
        written.push((g.len(), w));
        used += w;
    }
    out.push_str(&" ".repeat(width.saturating_sub(used)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fit_cuts_with_an_ellipsis_or_pads_and_never_overflows() {
        assert_eq!(fit("abc", 5), "abc  ");
        assert_eq!(fit("abcdef", 5), "abcd…");
        assert_eq!(fit("abcde", 5), "abcde");
        assert_eq!(fit("a\nb", 3), "a b");
        assert_eq!(fit("北京北京", 5), "北京…");
        assert_eq!(fit("北京北京", 4), "北… ", "no half of a wide character");
        assert_eq!(fit("abc", 0), "");
        for width in 0..12 {
            assert_eq!(fit("Je suis sûr que 北京 e\u{301}", width).width(), width);
        }
    }
}
