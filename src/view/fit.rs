//! Cutting a text to a number of terminal cells: at its end with an ellipsis and padded (`fit`,
//! every panel's columns), or in its middle (`cut_middle`: titles, status messages). In `view` so
//! that the model can lay a panel's rows out ahead of the frames.

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

/// `text` in at most `width` cells, its middle replaced by `…` when it is longer; the end keeps
/// the extra cell. Below eight cells there is no middle worth keeping: the end is cut.
pub fn cut_middle(text: &str, width: usize) -> String {
    if text.width() <= width {
        return text.to_string();
    }
    if width < 8 {
        return fit(text, width).trim_end().to_string();
    }
    let keep = width - 1;
    let (head_room, tail_room) = (keep / 2, keep - keep / 2);
    let mut head = String::new();
    let mut used = 0;
    for g in text.graphemes(true) {
        if used + g.width() > head_room {
            break;
        }
        used += g.width();
        head.push_str(g);
    }
    let mut tail: Vec<&str> = Vec::new();
    let mut used = 0;
    for g in text.graphemes(true).rev() {
        if used + g.width() > tail_room {
            break;
        }
        used += g.width();
        tail.push(g);
    }
    tail.reverse();
    format!("{head}…{}", tail.concat())
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
