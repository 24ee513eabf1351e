//! The words attribution knows, as classes of folded word keys (`text::words::word_key`), one set
//! per language: verbs of saying in every form we look for (generated from their infinitives),
//! auxiliaries, determiners and pronouns with gender and number, prepositions, roles and titles,
//! organisation and text nouns, nationalities and places, first names with their gender.
//! One lookup per word gives all of a word's classes (`Lexicon::entry`).

mod en;
mod fr;
mod names;

use std::sync::OnceLock;

use crate::core::text::words::word_key;

/// The language of an article: the grammar of attribution reads French and English.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    Fr,
    En,
}

impl Lang {
    fn index(self) -> usize {
        match self {
            Lang::Fr => 0,
            Lang::En => 1,
        }
    }
}

/// What a word can be, as bits (a word may be several things: `juge` is a role and a verb).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Class(pub u64);

macro_rules! classes {
    ($($(#[$doc:meta])* $name:ident = $bit:expr;)*) => {
        impl Class {
            $($(#[$doc])* pub const $name: u64 = 1 << $bit;)*
        }
    };
}

classes! {
    /// A verb of saying, writing, judging or demanding, in one of the forms below.
    SAY = 0;
    /// Finite form: `déclare`, `a` (with `AUX`), `said`.
    FINITE = 1;
    /// Past participle: `déclaré`, `said`.
    PARTICIPLE = 2;
    /// Present participle: `déclarant`, `saying`.
    GERUND = 3;
    INFINITIVE = 4;
    /// Auxiliaries, copulas and modals: `a`, `ont`, `est`, `has`, `was`, `will`.
    AUX = 5;
    /// Other common verb forms: they end a noun phrase.
    VERB = 6;
    DET = 7;
    /// `le`, `la`, `the`, `ce`, `this`.
    DEFINITE = 8;
    /// `un`, `une`, `des`, `a`, `an`.
    INDEFINITE = 9;
    /// `son`, `sa`, `leur`, `his`, `her`, `their`.
    POSSESSIVE = 10;
    /// Third-person subject pronouns: `il`, `elle`, `ils`, `on`, `he`, `she`, `they`.
    PRONOUN = 11;
    /// `je`, `nous`, `moi`, `notre`, `I`, `we`, `my`: a voice speaking for itself.
    FIRST_PERSON = 12;
    /// Object pronouns before a verb: `se`, `lui`, `l'`, `y`, `en`.
    CLITIC = 13;
    /// `ne`, `pas`, `jamais`, `not`, `never`.
    NEG = 14;
    /// `qui`, `que`, `dont`, `who`, `which`.
    REL = 15;
    /// Prepositions other than those of noun complements.
    PREP = 16;
    /// `de`, `du`, `des`, `d'`, `of`: a noun's complement.
    COMPL = 17;
    /// `et`, `ou`, `mais`, `and`, `or`, `but`.
    CONJ = 18;
    /// `si`, `quand`, `comme`, `if`, `when`, `while`, `because`.
    SUBORD = 19;
    /// Adverbs and connectors that sit between a verb and its subject or open a clause.
    ADV = 20;
    /// Days, months, parts of the day: `hier`, `mardi`, `Monday`.
    TIME = 21;
    /// `M.`, `Mme`, `Mr`, `Sen.`: before a name.
    TITLE = 22;
    /// A noun for a person: a role, a function, a relation (`ministre`, `porte-parole`,
    /// `avocat`, `mayor`, `spokeswoman`).
    ROLE = 23;
    /// Nationality adjectives and nouns (`russe`, `Belge`, `American`).
    NATIONALITY = 24;
    /// Countries, capitals and seats of power (`Russie`, `Moscou`, `Kremlin`, `Washington`).
    PLACE = 25;
    /// Organisation head nouns (`parti`, `parquet`, `syndicat`, `committee`, `agency`).
    ORG = 26;
    /// Texts that speak for their author (`communiqué`, `rapport`, `statement`, `letter`).
    TEXT = 27;
    /// Nouns of spoken words (`propos`, `termes`, `cris`, `words`, `remarks`).
    SPEECH = 28;
    /// Quantity nouns whose complement is the head (`un millier d'exilés`, `dozens of`).
    QUANT = 29;
    /// `selon`, `d'après`, `according to`, `pour`.
    INTRO = 30;
    /// Verbs that make a text: `publier`, `signer`, `release`, `issue`.
    PUBLISH = 31;
    /// `dernier`, `latter`: the person named last.
    LATTER = 32;
    /// `celui`, `celle`, `ceux`: a pronoun that a clause completes.
    DEMONSTRATIVE = 33;
    /// Particles inside names: `de`, `van`, `bin`, `al`.
    PARTICLE = 34;
    /// A first name of a man.
    MALE_NAME = 35;
    /// A first name of a woman.
    FEMALE_NAME = 36;
    /// Capitalised words that make a run of capitals not a person (`Maison`, `République`).
    NOT_PERSON = 37;
    MASC = 38;
    FEM = 39;
    PLURAL = 40;
    /// `presse`, `journalistes`, `reporters`: the audience of a verb of saying.
    AUDIENCE = 41;
    /// Forms of `faire`, `mettre`, `tenir`, `prendre`: the verb of a periphrase of saying.
    LIGHT_VERB = 42;
    /// What completes a light verb into saying: `état` (faire état), `savoir`, `valoir`,
    /// `part`, `garde` (mettre en garde), `acte` (prendre acte).
    PERIPHRASE = 43;
    /// `même`, `himself`: `lui-même`.
    SELF = 44;
    /// Words that only ever start a sentence or connect one: never a name.
    FUNCTION = 45;
    /// A relation noun whose complement is a person: `un proche de`, `l'entourage de`.
    RELATION = 46;
    /// `autre`, `another`: "une autre" repeats the previous head noun.
    OTHER = 47;
    /// Words that name a person who is a member of a group: `Democrat`, `socialiste`.
    MEMBER = 48;
    /// Particles of English phrasal verbs of saying: `pushed back`, `pointed out`.
    PHRASAL = 49;
    /// Verbs that take a phrasal particle to mean saying (`push`, `point`, `fire`).
    PHRASAL_VERB = 50;
    /// `quoted` in "was quoted as saying".
    QUOTED = 51;
    /// Adjectives that take a complement inside a noun phrase: `familiar with`, `close to`,
    /// `opposé à`, `briefed on`.
    ADJ_COMPLEMENT = 52;
    /// `tu`, `vous`, `you`: the person spoken to.
    ADDRESSEE = 53;
    /// Common nouns of places and sites (`cité`, `temple`, `rue`, `village`, `prison`,
    /// `town`): a name they introduce is a place (`la cité Garbelle`, `le temple de
    /// Wat Khanom`).
    PLACE_NOUN = 54;
    /// Adverbs of degree before an adjective inside a noun phrase: `très` (un élu très proche
    /// de), `very`, `closely`; they do not end the phrase as other adverbs do.
    INTENSIFIER = 55;
    /// Participles of asking someone (`interrogé`, `questionnée`, `interviewed`): whoever
    /// asks, their agent, is not who answers.
    ASKED = 56;
    /// Adjectives written before the noun they qualify (`longue`, `nouveau`, `new`, `brief`):
    /// a text noun after one is a noun (`une longue note`), not the verb it may also be.
    PRENOMINAL = 57;
    /// Kinship nouns (`épouse`, `fils`, `wife`, `nephew`): a relative of a named person may
    /// share their surname.
    KIN = 58;
    /// Verbs of asking someone to act (`demander à X de`, `charger X de`, `urge X to`): the
    /// words of an infinitive of saying they govern are the asker's, not the one asked's.
    DIRECTIVE = 59;
    /// Verbs that name what they qualify (`qualifier de`, `décrire comme`, `call`, `describe
    /// as`, `label`): the name in quotation marks is their subject's word.
    NAMING = 60;
    /// French verbs of saying whose reflexive is a passive or a change, not saying
    /// (`s'ajouter`, `se confirmer`, `s'annoncer`, `se répéter`): "A ce chiffre s'ajoutent
    /// « … »" is a sum, not anyone adding words.
    MEDIOPASSIVE = 61;
    /// Texts their author issues to say something (`communiqué`, `statement`, `letter`,
    /// `lawsuit`), not those others make of them (`enquête`, `ruling`, `report`): "précise le
    /// communiqué" after "X a annoncé" is X's.
    ANNOUNCEMENT = 62;
}

impl Class {
    #[inline]
    pub fn has(self, bits: u64) -> bool {
        self.0 & bits != 0
    }
    #[inline]
    pub fn all(self, bits: u64) -> bool {
        self.0 & bits == bits
    }
}

/// The key of two tokens joined by a hyphen (`porte-parole`, `vice-président`), under which
/// the lexicon knows compounds: the tokeniser splits them.
pub fn compound_key(first: u64, second: u64) -> u64 {
    (first.rotate_left(23) ^ second).wrapping_mul(0x9e37_79b9_7f4a_7c15)
}

/// French words that folding would confuse with another (`à` with the verb `a`, `où` with
/// `ou`, `là` with `la`, `dès` with `des`): the lexicon keeps them apart under a key of their
/// own, which the tokens layer gives them.
const ACCENTED: &[&str] = &["à", "où", "là", "dès", "dû", "sûr", "çà"];

/// The key of one of the `ACCENTED` words (in either case), if `word` is one.
pub fn accented_key(word: &str) -> Option<u64> {
    if word.is_ascii() || word.len() > 4 {
        return None;
    }
    // PERF: this runs for every short accented word (`à` alone is one French word in forty):
    // a word of ASCII and Latin-1 letters is lower-cased byte by byte and compared as bytes;
    // only other words go through Unicode's lower case, character by character.
    let mut lower = [0u8; 4];
    let found = match latin1_lower(word, &mut lower) {
        Some(lower) => ACCENTED.iter().find(|a| a.as_bytes() == lower),
        None => ACCENTED
            .iter()
            .find(|a| word.chars().flat_map(char::to_lowercase).eq(a.chars())),
    };
    found.map(|a| word_key(a) ^ 0x5a5a_5a5a_5a5a_5a5a)
}

/// `word` (at most four bytes) in lower case, written into `buf`, when it is made of ASCII
/// and Latin-1 letters (`C3 xx`), whose lower case is the letter of the same length: A-Z to
/// a-z, À..Þ (`C3 80..=9E` but ×, `C3 97`) to à..þ (`C3 A0..=BE`). `None` for other words.
fn latin1_lower<'a>(word: &str, buf: &'a mut [u8; 4]) -> Option<&'a [u8]> {
    let bytes = word.as_bytes();
    let out = buf.get_mut(..bytes.len())?;
    let mut k = 0;
    while k < bytes.len() {
        match bytes[k] {
            b if b.is_ascii() => {
                out[k] = b.to_ascii_lowercase();
                k += 1;
            }
            0xC3 => {
                let x = *bytes.get(k + 1)?;
                out[k] = 0xC3;
                out[k + 1] = if (0x80..=0x9E).contains(&x) && x != 0x97 {
                    x + 0x20
                } else {
                    x
                };
                k += 2;
            }
            _ => return None,
        }
    }
    Some(out)
}

/// Grammatical gender, when a word says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Masc,
    Fem,
}

/// Word keys are already well-mixed hashes: the house hasher, not SipHash.
pub type KeyHash = crate::core::text::hash::FxBuild;
pub type KeyMap<V> = crate::core::text::hash::FxHashMap<u64, V>;

/// Everything known of one word key.
#[derive(Debug, Clone, Copy, Default)]
pub struct Entry {
    /// Classes in French and in English.
    class: [Class; 2],
    /// For nationalities and places: the country (0 when none).
    pub nation: u16,
    /// For roles: the kind of position, so that "le chef du gouvernement" can find the person
    /// introduced as "Premier ministre" (0: the role is its own kind).
    pub group: u16,
}

impl Entry {
    #[inline]
    pub fn class(&self, lang: Lang) -> Class {
        self.class[lang.index()]
    }
}

/// Every list, as one map from word key to what the word is.
pub struct Lexicon {
    entries: KeyMap<Entry>,
    /// Function words used to tell French from English.
    french_marks: KeyMap<()>,
    english_marks: KeyMap<()>,
}

/// Which languages a list is for.
#[derive(Clone, Copy)]
pub(super) enum Langs {
    Fr,
    En,
    Both,
}

/// The builder the word-list modules fill.
pub(super) struct Builder {
    entries: KeyMap<Entry>,
}

impl Builder {
    /// Adds `bits` to every word of `words`. A hyphenated word (`porte-parole`) is a
    /// compound of two tokens (see `compound_key`).
    pub(super) fn add(&mut self, langs: Langs, words: &[&str], bits: u64) {
        for w in words {
            let key = match w.split_once('-') {
                Some((a, b)) if !b.contains('-') => compound_key(word_key(a), word_key(b)),
                _ => accented_key(w).unwrap_or_else(|| word_key(w)),
            };
            self.add_key(langs, key, bits);
        }
    }

    pub(super) fn add_key(&mut self, langs: Langs, key: u64, bits: u64) {
        let e = self.entries.entry(key).or_default();
        match langs {
            Langs::Fr => e.class[0].0 |= bits,
            Langs::En => e.class[1].0 |= bits,
            Langs::Both => {
                e.class[0].0 |= bits;
                e.class[1].0 |= bits;
            }
        }
    }

    /// Removes `bits` from `words` (forms the generators make that are far more often something
    /// else: `point`, `charge`).
    pub(super) fn remove(&mut self, langs: Langs, words: &[&str], bits: u64) {
        for w in words {
            if let Some(e) = self.entries.get_mut(&word_key(w)) {
                match langs {
                    Langs::Fr => e.class[0].0 &= !bits,
                    Langs::En => e.class[1].0 &= !bits,
                    Langs::Both => {
                        e.class[0].0 &= !bits;
                        e.class[1].0 &= !bits;
                    }
                }
            }
        }
    }

    pub(super) fn set_nation(&mut self, words: &[&str], nation: u16, bits: u64) {
        for w in words {
            let e = self.entries.entry(word_key(w)).or_default();
            e.nation = nation;
            e.class[0].0 |= bits;
            e.class[1].0 |= bits;
        }
    }

    pub(super) fn set_group(&mut self, words: &[&str], group: u16) {
        for w in words {
            let e = self.entries.entry(word_key(w)).or_default();
            e.group = group;
        }
    }

    /// A noun with its plural: roles, organisation nouns, text nouns (`-al` → `-aux`, `-eau` →
    /// `-eaux`, English `-man` → `-men`, `-y` → `-ies`).
    pub(super) fn nouns(&mut self, langs: Langs, words: &[&str], bits: u64) {
        for w in words {
            self.add(langs, &[w], bits);
            for p in plurals(w, langs) {
                self.add_key(langs, word_key(&p), bits | Class::PLURAL);
            }
        }
    }
}

/// Plural forms of a noun.
fn plurals(w: &str, langs: Langs) -> Vec<String> {
    let mut out = Vec::new();
    if w.ends_with(['s', 'x', 'z']) {
        return out;
    }
    let french = matches!(langs, Langs::Fr | Langs::Both);
    let english = matches!(langs, Langs::En | Langs::Both);
    if french {
        if let Some(stem) = w.strip_suffix("al") {
            out.push(format!("{stem}aux"));
        } else if w.ends_with("eau") || w.ends_with("eu") {
            out.push(format!("{w}x"));
        }
    }
    if english {
        if let Some(stem) = w.strip_suffix("man") {
            out.push(format!("{stem}men"));
        } else if let Some(stem) = w
            .strip_suffix('y')
            .filter(|s| !s.ends_with(['a', 'e', 'o', 'u']))
        {
            out.push(format!("{stem}ies"));
        } else if w.ends_with("ch") || w.ends_with("sh") {
            out.push(format!("{w}es"));
        }
    }
    out.push(format!("{w}s"));
    out
}

/// French `-er` verbs: `déclarer` → déclare, déclarent, déclara, déclarèrent, déclarait,
/// déclaraient, déclarera, déclarerait, déclareront (finite); déclaré, déclarée(s) (participle);
/// déclarant; déclarer. Spelling follows the stem: `lancer` → lança, `juger` → jugea, `répéter`
/// → répète, `rappeler` → rappelle, `relever` → relève, `envoyer` → envoie.
pub(super) fn french_er(b: &mut Builder, infinitive: &str, bits: u64) {
    let Some(stem) = infinitive.strip_suffix("er") else {
        return;
    };
    // Before a or o, c and g keep their sound.
    let soft = if let Some(s) = stem.strip_suffix('c') {
        format!("{s}ç")
    } else if stem.ends_with('g') {
        format!("{stem}e")
    } else {
        stem.to_string()
    };
    // Before a mute e: é → è (répète), e → è (relève), -el/-et double (rappelle), -oy/-uy → -oi/-ui.
    let mute = mute_stem(stem);
    let fin = Class::FINITE | bits;
    for (s, endings) in [
        (
            mute.as_str(),
            &["e", "es", "ent", "era", "erait", "eront", "eraient"][..],
        ),
        (stem, &["èrent", "ons", "ez", "ait", "aient"][..]),
        (soft.as_str(), &["a", "ait", "aient", "ant"][..]),
    ] {
        for e in endings {
            let form = format!("{s}{e}");
            let class = if *e == "ant" {
                Class::GERUND | bits
            } else {
                fin
            };
            b.add(Langs::Fr, &[&form], class);
        }
    }
    // The future also keeps the plain stem (répétera, rappellera both occur).
    for e in ["era", "erait", "eront"] {
        b.add(Langs::Fr, &[&format!("{stem}{e}")], fin);
    }
    for e in ["é", "ée", "és", "ées"] {
        b.add(
            Langs::Fr,
            &[&format!("{stem}{e}")],
            Class::PARTICIPLE | bits,
        );
    }
    b.add(Langs::Fr, &[infinitive], Class::INFINITIVE | bits);
}

/// The stem of an `-er` verb before a mute e.
fn mute_stem(stem: &str) -> String {
    const DOUBLING: &[&str] = &["appel", "rappel", "interpel", "renouvel", "jet", "rejet"];
    if DOUBLING.contains(&stem) || stem.ends_with("appel") {
        let last = stem.chars().last().unwrap_or('l');
        return format!("{stem}{last}");
    }
    if let Some(s) = stem.strip_suffix('y') {
        return format!("{s}i");
    }
    // The last vowel, if followed only by consonants: é or mute e becomes è.
    let chars: Vec<char> = stem.chars().collect();
    let mut i = chars.len();
    while i > 0 && !"aeiouyéèêâîôû".contains(chars[i - 1]) {
        i -= 1;
    }
    let consonants = chars.len() - i;
    if i > 0 && (1..=2).contains(&consonants) && matches!(chars[i - 1], 'é' | 'e') {
        // "e" only when it is mute: a vowel or nothing before it is no mute e (créer, agréer).
        let before_vowel = i >= 2 && "aeiouéè".contains(chars[i - 2]);
        if !(before_vowel || chars[i - 1] == 'e' && consonants == 2) {
            let mut out: String = chars[..i - 1].iter().collect();
            out.push('è');
            out.extend(&chars[i..]);
            return out;
        }
    }
    stem.to_string()
}

/// French `-ir` verbs of the second group: `réagir` → réagit, réagissent, réagissait, réagira,
/// réagi(e)(s), réagissant, réagir.
pub(super) fn french_ir(b: &mut Builder, infinitive: &str, bits: u64) {
    let Some(stem) = infinitive.strip_suffix("ir") else {
        return;
    };
    for e in [
        "it", "issent", "issait", "issaient", "ira", "irait", "iront", "irent",
    ] {
        b.add(Langs::Fr, &[&format!("{stem}{e}")], Class::FINITE | bits);
    }
    for e in ["i", "ie", "is", "ies"] {
        b.add(
            Langs::Fr,
            &[&format!("{stem}{e}")],
            Class::PARTICIPLE | bits,
        );
    }
    b.add(Langs::Fr, &[&format!("{stem}issant")], Class::GERUND | bits);
    b.add(Langs::Fr, &[infinitive], Class::INFINITIVE | bits);
}

/// English regular verbs: `warn` → warns, warned, warning; `note` → noted, noting; `deny` →
/// denies, denied; a trailing `+` doubles the last consonant (`quip+` → quipped).
pub(super) fn english_regular(b: &mut Builder, base: &str, bits: u64) {
    let (base, double) = match base.strip_suffix('+') {
        Some(b) => (b, true),
        None => (base, false),
    };
    b.add(Langs::En, &[base], Class::FINITE | Class::INFINITIVE | bits);
    let (s, ed, ing) = if double {
        let last = base.chars().last().unwrap_or('p');
        (
            format!("{base}s"),
            format!("{base}{last}ed"),
            format!("{base}{last}ing"),
        )
    } else if let Some(stem) = base
        .strip_suffix('y')
        .filter(|s| !s.ends_with(['a', 'e', 'o', 'u']))
    {
        (
            format!("{stem}ies"),
            format!("{stem}ied"),
            format!("{base}ing"),
        )
    } else if let Some(stem) = base.strip_suffix("ee") {
        (
            format!("{base}s"),
            format!("{base}d"),
            format!("{stem}eeing"),
        )
    } else if let Some(stem) = base.strip_suffix('e') {
        (format!("{base}s"), format!("{base}d"), format!("{stem}ing"))
    } else if base.ends_with("sh")
        || base.ends_with("ch")
        || base.ends_with('s')
        || base.ends_with('x')
    {
        (
            format!("{base}es"),
            format!("{base}ed"),
            format!("{base}ing"),
        )
    } else {
        (
            format!("{base}s"),
            format!("{base}ed"),
            format!("{base}ing"),
        )
    };
    b.add(Langs::En, &[&s], Class::FINITE | bits);
    b.add(Langs::En, &[&ed], Class::FINITE | Class::PARTICIPLE | bits);
    b.add(Langs::En, &[&ing], Class::GERUND | bits);
}

/// Roles that name the same kind of position in either language, so that "le chef du
/// gouvernement" can point to the person introduced as "le Premier ministre", "the leader" to
/// "President X". A role not listed here is its own kind.
#[rustfmt::skip]
const ROLE_GROUPS: &[&[&str]] = &[
    &["président", "présidente", "présidents", "dirigeant", "dirigeante", "dirigeants", "chef",
      "cheffe", "chefs", "leader", "leaders", "patron", "patronne", "émir", "roi", "reine",
      "monarque", "dictateur", "prince", "princesse", "president", "presidents", "chief", "head",
      "ceo", "pdg", "premier", "king", "queen", "monarch", "dictator", "emir", "princess", "tsar",
      "sultan", "chancelier", "chancelière", "chancellor", "pres"],
    &["ministre", "ministres", "minister", "ministers", "secretary", "secrétaire"],
    &["porte-parole", "spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen"],
    &["maire", "maires", "mayor", "mayors", "bourgmestre", "édile"],
    &["ambassadeur", "ambassadrice", "ambassador", "envoy", "émissaire", "envoyé", "envoyée", "amb"],
    &["avocat", "avocate", "lawyer", "attorney", "counsel", "atty"],
    &["procureur", "procureure", "prosecutor"],
    &["entraîneur", "sélectionneur", "coach", "manager"],
    &["chair", "chairman", "chairwoman", "chairperson", "speaker"],
    &["député", "députée", "representative", "congressman", "congresswoman", "lawmaker", "parlementaire", "eurodéputé", "rep"],
    &["sénateur", "sénatrice", "senator", "sen"],
    &["governor", "gov", "gouverneur"],
    &["general", "gen", "général"],
    &["colonel", "col"],
    &["captain", "capt", "capitaine"],
    &["admiral", "adm", "amiral"],
    &["detective", "det"],
    &["inspector", "insp"],
    &["superintendent", "supt"],
    &["commander", "cmdr", "commandant"],
    &["lieutenant", "lt"],
    &["sergeant", "sgt", "sergent"],
];

/// A description head that is a role group (`Description::head` holds either a group's number
/// or a head noun's key): a title of office, not a common noun like "mother".
pub fn role_group(head: u64) -> bool {
    (1..=ROLE_GROUPS.len() as u64).contains(&head)
}

/// Prepositions after which a bare name is a place: `à`, `en`, `depuis`, `vers`, `in`, `at`,
/// `from`.
pub fn place_preposition(key: u64) -> bool {
    let a_grave = accented_key("à").unwrap_or_default();
    key == a_grave
        || ["en", "depuis", "vers", "in", "at", "from"]
            .iter()
            .any(|w| word_key(w) == key)
}

/// A saint's title (`St.`, `Saint`, `Sainte`), which names towns as often as saints.
pub fn saint_title(key: u64) -> bool {
    ["st", "saint", "ste", "sainte"]
        .iter()
        .any(|w| word_key(w) == key)
}

/// The key of the role a title abbreviates (`Sen.` → senator), else `key` itself: a
/// description's words compare as the role's.
pub fn title_role(key: u64) -> u64 {
    static MAP: OnceLock<Vec<(u64, u64)>> = OnceLock::new();
    let map = MAP.get_or_init(|| {
        en::TITLE_ROLES
            .iter()
            .map(|(t, r)| (word_key(t), word_key(r)))
            .collect()
    });
    map.iter().find(|m| m.0 == key).map_or(key, |m| m.1)
}

/// The US state a party tag's state part abbreviates (its letters, lower-case: `calif`,
/// `ny`, `texas`), as the words of its name.
pub fn us_state(letters: &str) -> Option<&'static str> {
    en::US_STATES
        .iter()
        .find(|(a, _)| *a == letters)
        .map(|(_, name)| *name)
}

/// The words (keys) are a US state's full name: `Ohio`, `New York`.
pub fn us_state_name(keys: impl Iterator<Item = u64>) -> bool {
    // Hashed once: appositions are many on long texts (a book's genealogies).
    static NAMES: OnceLock<Vec<Vec<u64>>> = OnceLock::new();
    let names = NAMES.get_or_init(|| {
        let mut names: Vec<Vec<u64>> = en::US_STATES
            .iter()
            .map(|(_, name)| name.split(' ').map(word_key).collect())
            .collect();
        names.sort_unstable();
        names.dedup();
        names
    });
    let keys: Vec<u64> = keys.take(4).collect();
    names.contains(&keys)
}

/// The party member noun a party tag's initial stands for (`d` → democrat).
pub fn party_of_initial(initial: &str) -> Option<&'static str> {
    en::PARTY_INITIALS
        .iter()
        .find(|(i, _)| *i == initial)
        .map(|(_, noun)| *noun)
}

impl Lexicon {
    fn build() -> Lexicon {
        let mut b = Builder {
            entries: KeyMap::default(),
        };
        fr::fill(&mut b);
        en::fill(&mut b);
        names::fill(&mut b);
        for (i, group) in ROLE_GROUPS.iter().enumerate() {
            b.set_group(group, i as u16 + 1);
        }
        let marks = |words: &[&str]| words.iter().map(|w| (word_key(w), ())).collect();
        Lexicon {
            entries: b.entries,
            french_marks: marks(&[
                "le", "la", "les", "des", "du", "et", "est", "une", "dans", "qui", "que", "pour",
                "pas", "sur", "avec", "sont", "au", "aux", "ont", "cette", "il", "elle",
            ]),
            english_marks: marks(&[
                "the", "of", "and", "to", "is", "was", "that", "for", "with", "he", "she", "said",
                "his", "her", "they", "are", "were", "has", "have", "this", "from", "by",
            ]),
        }
    }

    pub fn get() -> &'static Lexicon {
        static LEXICON: OnceLock<Lexicon> = OnceLock::new();
        LEXICON.get_or_init(Lexicon::build)
    }

    #[inline]
    pub fn entry(&self, key: u64) -> Option<&Entry> {
        self.entries.get(&key)
    }

    #[inline]
    pub fn class(&self, key: u64, lang: Lang) -> Class {
        self.entries.get(&key).map_or(Class(0), |e| e.class(lang))
    }

    /// The language of a text from its first words' keys: the one whose function words are
    /// more frequent (French when it is a tie: the house's first language).
    pub fn language(&self, keys: impl Iterator<Item = u64>, accented: usize) -> Lang {
        // Frequent function words of each language, and every word the lexicon knows in one
        // language only ("déclaré", "called").
        let (mut fr, mut en) = (accented, 0usize);
        for k in keys {
            fr += usize::from(self.french_marks.contains_key(&k));
            en += usize::from(self.english_marks.contains_key(&k));
            if let Some(e) = self.entries.get(&k) {
                let (f, n) = (e.class[0].0 != 0, e.class[1].0 != 0);
                fr += usize::from(f && !n);
                en += usize::from(n && !f);
            }
        }
        if en > fr { Lang::En } else { Lang::Fr }
    }
}

/// Gender from a word's class bits.
pub fn gender_of(c: Class) -> Option<Gender> {
    match (c.has(Class::MASC), c.has(Class::FEM)) {
        (true, false) => Some(Gender::Masc),
        (false, true) => Some(Gender::Fem),
        _ => None,
    }
}

/// Two nationality ids agree (Korea without saying which agrees with either Korea).
pub fn nations_agree(a: u16, b: u16) -> bool {
    a == b || names::same_country(a, b)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn class(w: &str, lang: Lang) -> Class {
        Lexicon::get().class(word_key(w), lang)
    }

    #[test]
    fn verbs_of_saying_are_recognised_in_their_forms() {
        // Verbs of saying of news prose: "développe X", "suppute l'Afub", "a pointé une dérive".
        for w in ["développe", "suppute", "pointé", "pointée", "pointait"] {
            assert!(class(w, Lang::Fr).has(Class::SAY), "{w}");
        }
        for w in [
            "déclaré",
            "déclare",
            "déclarait",
            "déclarant",
            "dit",
            "estime",
            "ajouté",
            "ajoutant",
            "promis",
            "rappelle",
            "répète",
            "relève",
            "lança",
            "jugea",
            "réagit",
            "ironise",
            "illustre",
            "jubilait",
            "confié",
            "écrie",
            "poursuit",
            "conclut",
            "démenti",
            "réjouissait",
            "interrogé",
        ] {
            assert!(class(w, Lang::Fr).has(Class::SAY), "{w}");
        }
        for w in [
            "said",
            "says",
            "told",
            "added",
            "warned",
            "noted",
            "insisted",
            "replied",
            "denied",
            "quipped",
            "argued",
            "arguing",
            "wrote",
            "tweeted",
            "testified",
            "predicted",
        ] {
            assert!(class(w, Lang::En).has(Class::SAY), "{w}");
        }
        assert!(!class("maison", Lang::Fr).has(Class::SAY));
        assert!(!class("avons", Lang::Fr).has(Class::SAY));
        assert!(!class("point", Lang::En).has(Class::SAY));
        assert!(class("déclaré", Lang::Fr).has(Class::PARTICIPLE));
        assert!(class("déclarant", Lang::Fr).has(Class::GERUND));
        assert!(class("déclarer", Lang::Fr).has(Class::INFINITIVE));
        assert!(class("saying", Lang::En).has(Class::GERUND));
    }

    #[test]
    fn accents_that_tell_words_apart_are_kept() {
        let lx = Lexicon::get();
        let a = lx.class(word_key("a"), Lang::Fr);
        let to = lx.class(accented_key("à").unwrap(), Lang::Fr);
        assert!(a.has(Class::AUX) && !a.has(Class::PREP));
        assert!(to.has(Class::PREP) && !to.has(Class::AUX));
        assert!(!lx.class(word_key("la"), Lang::Fr).has(Class::ADV));
        assert!(!lx.class(word_key("des"), Lang::Fr).has(Class::PREP));
        assert_eq!(accented_key("À"), accented_key("à"));
        // Lower-cased byte by byte as by Unicode: every case of the accented words, and words
        // that only look like them.
        for word in [
            "à", "À", "où", "OÙ", "Où", "là", "LÀ", "dès", "DÈS", "dû", "DÛ", "sûr", "SÛR", "Sûr",
            "çà", "ÇÀ", "a", "ou", "la", "des", "été", "ÉTÉ", "ça", "Ça", "×à", "ŒÀ", "æ", "Æ",
        ] {
            let by_chars = ACCENTED
                .iter()
                .find(|a| word.chars().flat_map(char::to_lowercase).eq(a.chars()))
                .map(|a| word_key(a) ^ 0x5a5a_5a5a_5a5a_5a5a);
            let by_chars = by_chars.filter(|_| !word.is_ascii() && word.len() <= 4);
            assert_eq!(accented_key(word), by_chars, "{word:?}");
        }
        assert!(accented_key("Là").is_some() && accented_key("la").is_none());
    }

    #[test]
    fn the_same_word_differs_by_language() {
        assert!(class("a", Lang::Fr).has(Class::AUX));
        assert!(class("a", Lang::En).has(Class::INDEFINITE));
        assert!(class("on", Lang::Fr).has(Class::PRONOUN));
        assert!(class("on", Lang::En).has(Class::PREP));
    }

    #[test]
    fn roles_carry_gender_and_number() {
        let c = class("présidente", Lang::Fr);
        assert!(c.has(Class::ROLE) && gender_of(c) == Some(Gender::Fem));
        let c = class("ministres", Lang::Fr);
        assert!(c.has(Class::ROLE) && c.has(Class::PLURAL));
        let c = class("spokeswoman", Lang::En);
        assert!(c.has(Class::ROLE) && gender_of(c) == Some(Gender::Fem));
        assert!(class("spokesmen", Lang::En).has(Class::PLURAL));
        assert!(class("secretaries", Lang::En).has(Class::ROLE));
        assert!(class("généraux", Lang::Fr).has(Class::ROLE));
    }

    #[test]
    fn first_names_have_a_gender() {
        assert!(class("Martine", Lang::Fr).has(Class::FEMALE_NAME));
        assert!(class("Benoît", Lang::Fr).has(Class::MALE_NAME));
        assert!(class("Margaret", Lang::En).has(Class::FEMALE_NAME));
        assert!(class("Douglas", Lang::En).has(Class::MALE_NAME));
    }

    #[test]
    fn nationalities_and_places_share_a_country() {
        let lx = Lexicon::get();
        let n = |w: &str| lx.entry(word_key(w)).map_or(0, |e| e.nation);
        assert_ne!(n("russe"), 0);
        assert_eq!(n("russe"), n("Moscou"));
        assert_eq!(n("Kremlin"), n("Russia"));
        assert_eq!(n("Belge"), n("belgian"));
        assert_ne!(n("Belge"), n("français"));
    }

    #[test]
    fn language_is_told_by_function_words() {
        let lx = Lexicon::get();
        let keys = |s: &str| s.split(' ').map(word_key).collect::<Vec<_>>();
        assert_eq!(
            lx.language(
                keys("le ministre a dit que la loi est prête").into_iter(),
                1
            ),
            Lang::Fr
        );
        assert_eq!(
            lx.language(
                keys("the minister said that the law was ready").into_iter(),
                0
            ),
            Lang::En
        );
    }

    #[test]
    fn stems_before_a_mute_e() {
        assert_eq!(mute_stem("répét"), "répèt");
        assert_eq!(mute_stem("rappel"), "rappell");
        assert_eq!(mute_stem("relev"), "relèv");
        assert_eq!(mute_stem("envoy"), "envoi");
        assert_eq!(mute_stem("déclar"), "déclar");
        assert_eq!(mute_stem("cré"), "cré");
    }
}
