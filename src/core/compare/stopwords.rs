//! Function words of French and English: they carry no evidence that two sentences say the same
//! thing, so similarity counts only the other words (they still count for verbatim runs).

use super::fxhash::FxHashSet;
use crate::core::normalize::word_key;

/// Folded or not does not matter: `word_key` folds. Elided forms (`l`, `d`, `qu`) are here
/// because the tokenizer splits `l'objectif` into `l` + `objectif`.
const STOP_WORDS: &[&str] = &[
    // French
    "a", "à", "au", "aux", "avec", "ce", "ces", "c", "cet", "cette", "ceci", "cela", "celui",
    "celle", "ceux", "celles", "d", "dans", "de", "des", "du", "elle", "elles", "en", "et", "eux",
    "il", "ils", "j", "je", "l", "la", "le", "les", "leur", "leurs", "lui", "m", "ma", "mais",
    "me", "même", "mes", "moi", "mon", "n", "ne", "ni", "nos", "notre", "nous", "on", "ou", "où",
    "par", "pas", "pour", "qu", "que", "qui", "quoi", "s", "sa", "se", "ses", "si", "son", "sur",
    "t", "ta", "te", "tes", "toi", "ton", "tu", "un", "une", "vos", "votre", "vous", "y", "est",
    "sont", "été", "être", "avoir", "ai", "as", "avons", "avez", "ont", "avait", "avaient", "était",
    "étaient", "sera", "seront", "fut", "furent", "eut", "soit", "sont", "dont", "donc", "or",
    "car", "puis", "comme", "plus", "moins", "très", "tout", "tous", "toute", "toutes", "aussi",
    "bien", "encore", "alors", "ainsi", "lorsque", "quand", "entre", "vers", "chez", "sans",
    "sous", "après", "avant", "depuis", "pendant", "contre", "selon", "parce", "dès", "ça", "là",
    "ici", "non", "oui", "fait", "faire", "quelque", "quelques", "autre", "autres", "aucun",
    "aucune", "chaque", "lequel", "laquelle", "lesquels", "auquel", "duquel", "afin", "cependant",
    "toutefois", "déjà", "jusqu", "lors",
    // English
    "the", "of", "and", "to", "in", "is", "it", "that", "for", "on", "was", "with", "as", "at",
    "by", "an", "be", "this", "which", "or", "from", "but", "not", "are", "his", "her", "its",
    "their", "they", "he", "she", "we", "you", "i", "have", "has", "had", "were", "been", "will",
    "would", "can", "could", "should", "may", "might", "must", "do", "does", "did", "so", "if",
    "than", "then", "there", "these", "those", "them", "him", "our", "us", "my", "me", "your",
    "who", "whom", "whose", "what", "when", "where", "why", "how", "all", "any", "some", "no",
    "more", "most", "also", "into", "out", "up", "about", "over", "after", "before", "between",
    "such", "only", "other", "very", "said", "says", "s", "t", "just", "while", "because",
];

/// The keys of the stop words, for membership tests on token keys.
pub fn stop_word_keys() -> FxHashSet<u64> {
    STOP_WORDS.iter().map(|w| word_key(w)).collect()
}
