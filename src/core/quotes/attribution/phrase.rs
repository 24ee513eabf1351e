//! Noun phrases: the words that designate someone, read forward from where they start —
//! determiner, quantity (`un millier d'`, `one of`), modifiers, head noun, a name
//! (`la ministre de l'Économie Christine Lagarde`), complements (`du XV de France`, `of the
//! union`, `aux Sports`, `at Harbor Point`), then appositions between commas (`, député du
//! Gers,`) and incidental clauses (`, qui n'a pas voulu être cité,`, `, who…,`) — with what the
//! phrase says of its referent: a name, a pronoun, a description, an organisation, a text;
//! definite or not; gender and number.

use std::ops::Range;

use super::lexicon::{Class, Gender, Lang, Lexicon, gender_of};
use super::tokens::{Gap, Shape, Word};

/// What a phrase designates, by its form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A proper name at its top level (`Paul Martin`, `le président russe Vladimir Poutine`,
    /// `PCF`, `la Commission européenne`).
    Name,
    /// `il`, `elle`, `ils`, `he`, `she`, `they`, `lui`.
    Pronoun,
    /// `ce dernier`, `the latter`.
    Latter,
    /// `celui qui…`, `celle-ci`.
    Demonstrative,
    /// A noun phrase whose head is a person noun: `le secrétaire d'Etat aux Sports`,
    /// `une source proche du dossier`, `the senator`.
    Description,
    /// Headed by an organisation noun: `le parquet de Paris`, `the committee`.
    Organisation,
    /// Headed by a text noun: `le communiqué`, `un rapport de l'inspection`, `the statement`.
    Text,
    /// Any other noun phrase (`les interlocuteurs`, `le dalaï lama`).
    Noun,
}

/// A noun phrase, as word indices into the words it was read from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phrase {
    /// Everything it covers, appositions and incidental clauses included.
    pub words: Range<usize>,
    /// Determiner to head and its modifiers and complements, without appositions.
    pub core: Range<usize>,
    pub kind: Kind,
    pub det: Option<usize>,
    /// The head noun (for a quantity, the noun it counts: `exilés` in `un millier d'exilés`).
    pub head: Option<usize>,
    /// The proper name at the top level, if any.
    pub name: Option<Range<usize>>,
    /// The words after the head's complement preposition (`la Caisse d'Épargne` in `un
    /// communiqué de la Caisse d'Épargne`).
    pub complement: Option<Range<usize>>,
    /// Noun phrases in apposition, between commas.
    pub appositions: Vec<Phrase>,
    pub definite: bool,
    pub indefinite: bool,
    pub possessive: bool,
    pub gender: Option<Gender>,
    pub plural: bool,
    /// `un de ses partisans`, `one of them`: one of a group.
    pub partitive: bool,
    /// `un autre`, `another`: repeats the head of an earlier phrase.
    pub other: bool,
    /// Where `et`/`and` joins a second phrase to the first (`Des moines et nonnes`, `Paul et
    /// Marie`): the phrase designates several.
    pub coordination: Option<usize>,
}

impl Phrase {
    /// A phrase of `kind` over `words` with nothing read in it yet (no determiner, head,
    /// name or agreement): what the reader fills in.
    pub fn blank(words: Range<usize>, kind: Kind) -> Phrase {
        Phrase {
            core: words.clone(),
            words,
            kind,
            det: None,
            head: None,
            name: None,
            complement: None,
            appositions: Vec::new(),
            definite: false,
            indefinite: false,
            possessive: false,
            gender: None,
            plural: false,
            partitive: false,
            other: false,
            coordination: None,
        }
    }
}

/// Phrases longer than this are not read further: attribution needs the head, its name, a
/// complement or two.
const MAX_WORDS: usize = 16;

/// Words that may stand inside a noun phrase after its determiner: anything but verbs,
/// pronouns, conjunctions, relatives, negations and (lower-case) adverbs.
fn ends_phrase(w: &Word) -> bool {
    if w.capitalised() && !w.has(Class::FUNCTION | Class::AUX) {
        return false;
    }
    w.has(
        Class::AUX
            | Class::VERB
            | Class::REL
            | Class::CONJ
            | Class::SUBORD
            | Class::NEG
            | Class::PRONOUN
            | Class::INTRO,
    ) || (w.has(Class::SAY) && !w.has(Class::ROLE | Class::TEXT | Class::ORG))
        || (w.has(Class::ADV) && !w.has(Class::ROLE | Class::ORG | Class::TEXT))
        || (w.has(Class::TIME) && !w.has(Class::ROLE))
}

/// A punctuation gap that ends a phrase (a period after a title or an initial does not).
fn breaks(words: &[Word], k: usize) -> bool {
    let w = &words[k];
    if !w.gap.has(Gap::PUNCT) {
        return false;
    }
    // "M. Dupont", "J. K. Rowling", "Sen. Ralph", "U.S. attorney", "JDD.fr".
    if w.gap.0 & Gap::PUNCT == Gap::STOP
        && k > 0
        && (words[k - 1].has(Class::TITLE)
            || words[k - 1].shape == Shape::Initial
            || !w.gap.has(Gap::SPACE))
    {
        return false;
    }
    true
}

/// Starts a proper name: a capitalised word that is no function word, role, title, or
/// nationality adjective.
fn starts_name(w: &Word) -> bool {
    (matches!(w.shape, Shape::Capital | Shape::Upper)
        || (w.shape == Shape::Initial && w.has(Class::PARTICLE)))
        && !w.has(Class::FUNCTION | Class::TITLE | Class::DET | Class::PRONOUN)
        // Days and months: "Jeudi, Paul Martin…", "on Monday".
        && !w.has(Class::TIME)
        // "le Belge", "l'Américain" describe a person; "la Chine" is a name.
        && (!w.has(Class::NATIONALITY) || w.has(Class::PLACE))
        // A capitalised verb form opens a participial clause ("Asked about it, she…").
        && (!w.has(Class::SAY | Class::VERB | Class::AUX) || w.has(Class::ROLE | Class::ORG | Class::MALE_NAME | Class::FEMALE_NAME | Class::PLACE))
        && !(w.has(Class::ROLE)
            && w.shape == Shape::Capital
            && !w.has(Class::MALE_NAME | Class::FEMALE_NAME))
}

/// A lower-case word that may belong to an organisation's name: no verb, pronoun, function
/// word or adverb.
fn organisation_word(w: &Word) -> bool {
    !w.has(
        Class::AUX
            | Class::VERB
            | Class::SAY
            | Class::FUNCTION
            | Class::ADV
            | Class::TIME
            | Class::PREP
            | Class::COMPL
            | Class::DET
            | Class::CLITIC
            | Class::PRONOUN
            | Class::REL
            | Class::CONJ
            | Class::NEG,
    ) && !w.gap.has(Gap::PUNCT)
}

/// The proper-name run starting at `i` (before `end`): capitalised words, hyphenated
/// lower-case parts (`Jong-un`), particles before a capitalised word (`de Gaulle`, `d'Arvor`).
/// A period after an initial stays inside (`George W. Bush`).
pub fn name_run(words: &[Word], i: usize, end: usize) -> Option<Range<usize>> {
    let w = words.get(i)?;
    // After a title any capitalised word is a name: "Mrs. May", "M. Le Pen".
    // So is a capitalised role word right after a lower-case role ("spokeswoman Fan Yiling",
    // "le porte-parole Fan Yiling"): a role does not follow a role, a name does.
    let titled = i > 0
        && w.shape == Shape::Capital
        && (words[i - 1].has(Class::TITLE)
            || !w.gap.has(Gap::PUNCT)
                && words[i - 1].has(Class::ROLE)
                && words[i - 1].shape == Shape::Lower
                && w.has(Class::ROLE)
                && words.get(i + 1).is_some_and(|n| {
                    i + 1 < end && n.shape == Shape::Capital && !breaks(words, i + 1)
                }));
    // A nationality adjective opens an organisation's name ("American Employers Council"),
    // not a person's ("l'Américain Lance Armstrong").
    let national = w.shape == Shape::Capital
        && w.has(Class::NATIONALITY)
        && words.get(i + 1).is_some_and(|n| {
            i + 1 < end
                && n.shape == Shape::Capital
                && !n.has(Class::MALE_NAME | Class::FEMALE_NAME)
                && !breaks(words, i + 1)
        });
    // A capitalised role word before a capitalised organisation noun names an institution,
    // not a person: "the Justice Department", "the Treasury Department".
    // So does a party word before a capitalised run holding an organisation noun: "the
    // Republican National Committee", "the Democratic Party".
    let institution = w.shape == Shape::Capital
        && w.has(Class::ROLE | Class::MEMBER)
        && !w.has(Class::MALE_NAME | Class::FEMALE_NAME)
        && (i + 1..end.min(i + 4))
            .take_while(|&j| words[j].shape == Shape::Capital && !breaks(words, j))
            .any(|j| words[j].has(Class::ORG) && (j == i + 1 || w.has(Class::MEMBER)));
    if i >= end || !(starts_name(w) || titled || national || institution) {
        return None;
    }
    // A capitalised adjective opening a sentence before a lower-case noun is no name: "Local
    // media described", "Senior officials said".
    if w.has(Class::PRENOMINAL)
        && w.gap.has(Gap::START | Gap::STOP)
        && words
            .get(i + 1)
            .is_some_and(|n| i + 1 < end && n.shape == Shape::Lower && n.gap.plain())
    {
        return None;
    }
    // "pro-Delanoë", "anti-Trump": a name joined to a lower-case prefix is an adjective; "R-Ind.",
    // "D-Nev." are party tags.
    if w.gap.has(Gap::HYPHEN)
        && w.gap.joins()
        && i > 0
        && matches!(words[i - 1].shape, Shape::Lower | Shape::Initial)
    {
        return None;
    }
    // An organisation's name goes on with its lower-case adjectives and a complement noun:
    // "Parti socialiste", "Inspection générale", "Commission européenne", "Syndicat de la
    // magistrature", "Société des journalistes".
    let organisation = w.shape == Shape::Capital && w.has(Class::ORG) || institution;
    let mut k = i + 1;
    while k < end {
        let n = &words[k];
        let stop_gap = breaks(words, k) || n.gap.has(Gap::COMMA);
        // A genitive ends the name: "the Socialist Party's leader" is not the party.
        let genitive = n.key == crate::core::text::words::word_key("s")
            && n.gap.has(Gap::APOSTROPHE)
            && n.shape == Shape::Lower;
        if stop_gap || genitive {
            break;
        }
        // A role before a first name is the title of the person named after it, not part of
        // the name before: "Army General Mark Stone", "Pentagon Press Secretary John Kirby".
        if n.capitalised()
            && n.has(Class::ROLE)
            && !n.has(Class::MALE_NAME | Class::FEMALE_NAME)
            && words.get(k + 1).is_some_and(|m| {
                k + 1 < end
                    && m.shape == Shape::Capital
                    && m.has(Class::MALE_NAME | Class::FEMALE_NAME)
                    && !breaks(words, k + 1)
            })
        {
            break;
        }
        // Inside a name, a capitalised word that is also a function word still belongs to it
        // ("Kim Jong Un", "Theresa May") once the run has two words or starts with a first
        // name.
        let established =
            k - i >= 2 || words[i].has(Class::MALE_NAME | Class::FEMALE_NAME) || titled;
        if n.capitalised()
            && (!n.has(Class::FUNCTION)
                || established && n.shape == Shape::Capital && !n.has(Class::DET)
                || established
                    && n.has(Class::DET)
                    && n.shape == Shape::Capital
                    && words
                        .get(k + 1)
                        .is_none_or(|m| !m.capitalised() || breaks(words, k + 1)))
            && !(n.has(Class::ROLE)
                && !n.has(Class::NOT_PERSON)
                && n.shape == Shape::Capital
                && !n.has(Class::MALE_NAME | Class::FEMALE_NAME)
                && !n.gap.joins()
                // Before an organisation noun it belongs to the body's name: "the Allied
                // Pilots Association", "the Air Line Pilots Association".
                && !words.get(k + 1).is_some_and(|m| {
                    k + 1 < end
                        && m.shape == Shape::Capital
                        && m.has(Class::ORG)
                        && !breaks(words, k + 1)
                })
                // A role word right after a first name, ending the run, is a surname: "Serge
                // Maître, le président de l'Afub".
                && !(k == i + 1
                    && w.has(Class::MALE_NAME | Class::FEMALE_NAME)
                    && words.get(k + 1).is_none_or(|m| {
                        k + 1 >= end || !m.capitalised() || breaks(words, k + 1)
                    })))
        {
            k += 1;
        } else if n.gap.has(Gap::HYPHEN)
            && (n.shape == Shape::Lower || n.capitalised() && n.gap.joins())
            && !n.has(Class::PRONOUN | Class::CLITIC)
        {
            // Jong-un, Jae-in, "UFC-Que Choisir"; not "dit-il".
            k += 1;
        } else if n.has(Class::PARTICLE)
            && words
                .get(k + 1)
                .is_some_and(|m| k + 1 < end && m.shape == Shape::Capital && !breaks(words, k + 1))
        {
            k += 2;
        } else if organisation
            && k - i <= 3
            && n.shape == Shape::Lower
            && organisation_word(n)
            // Before a determiner it is a verb the lexicon does not know: "the Justice
            // Department sued the state".
            && !words
                .get(k + 1)
                .is_some_and(|m| m.has(Class::DET) && !breaks(words, k + 1))
            // An English person noun ends the organisation's name: "the Pentagon spokesman",
            // "Pentagon press secretary John Kirby" speak for it, they are not it. French
            // names go on with adjectives that are also person nouns ("Inspection générale",
            // "Parti socialiste").
            && (!n.has(Class::ROLE)
                || Lexicon::get()
                    .class(n.key, Lang::Fr)
                    .has(Class::ROLE | Class::MEMBER))
        {
            k += 1;
        } else if let Some(next) = organisation_of(words, i, k, end) {
            // "Center for Fiscal Policy", "Department of Justice", "Council on Foreign
            // Relations", "Committee to Protect Journalists".
            k = next;
        } else if organisation && k - i <= 2 && n.has(Class::COMPL) {
            // "de la magistrature", "des journalistes", "du travail": one lower-case noun.
            let mut j = k + 1;
            while j < end && words[j].has(Class::DET) && !breaks(words, j) {
                j += 1;
            }
            if j < end
                && j - k <= 2
                && words[j].shape == Shape::Lower
                && organisation_word(&words[j])
                && !breaks(words, j)
            {
                k = j + 1;
            } else {
                break;
            }
        } else {
            break;
        }
    }
    Some(i..k)
}

/// An English organisation's name goes on past a lower-case `of`, `for`, `on`, `to` or
/// `and` before capitalised words ("Center for Fiscal Policy", "Department of Health and Human
/// Services", "Chamber of Commerce of the United States") once the name so far (`i..k`) holds
/// a capitalised organisation noun: the end of the longer name, if it goes on.
fn organisation_of(words: &[Word], i: usize, k: usize, end: usize) -> Option<usize> {
    let key = crate::core::text::words::word_key;
    let n = words.get(k).filter(|_| k < end)?;
    let linking = [key("of"), key("for"), key("on"), key("to"), key("and")];
    if n.shape != Shape::Lower || !linking.contains(&n.key) || breaks(words, k) {
        return None;
    }
    // Or its complement is one, after a name with no person noun: "the Fraternal Order of
    // Police" (not "Secretary of State").
    let org_after = words.get(k + 1).is_some_and(|m| {
        k + 1 < end && m.shape == Shape::Capital && m.has(Class::ORG) && !breaks(words, k + 1)
    }) && (i..k).all(|j| !words[j].has(Class::ROLE | Class::TITLE));
    if !org_after && !(i..k).any(|j| words[j].shape == Shape::Capital && words[j].has(Class::ORG)) {
        return None;
    }
    // A person's name in the run makes it a person of a place, not a body: "Senate Minority
    // Leader Denise Okafor of Nevada".
    if (i..k).any(|j| words[j].has(Class::MALE_NAME | Class::FEMALE_NAME) && words[j].capitalised())
    {
        return None;
    }
    let mut j = k + 1;
    // "of the United States", "Office for the Coordination of Humanitarian Affairs"
    if j < end
        && words[j].shape == Shape::Lower
        && words[j].has(Class::DEFINITE)
        && n.key != key("and")
    {
        j += 1;
    }
    let capitals = |mut j: usize| {
        while j < end
            && !breaks(words, j)
            && words[j].shape == Shape::Capital
            && !words[j].has(Class::FUNCTION | Class::TITLE | Class::MALE_NAME | Class::FEMALE_NAME)
        {
            j += 1;
        }
        j
    };
    let start = j;
    j = capitals(j);
    if j == start {
        return None;
    }
    // An enumeration inside the name, ended by "and": "Department for Science, Innovation and
    // Technology".
    let mut e = j;
    while e < end && words[e].gap.has(Gap::COMMA) && words[e].shape == Shape::Capital {
        let after = capitals_after_comma(words, e, end);
        if after == e {
            break;
        }
        e = after;
    }
    if e > j
        && e < end
        && words[e].key == key("and")
        && words[e].shape == Shape::Lower
        && !breaks(words, e)
    {
        let last = capitals(e + 1);
        if last > e + 1 {
            return Some(organisation_of(words, i, last, end).unwrap_or(last));
        }
    }
    // And on: "Office for the Coordination of Humanitarian Affairs".
    Some(organisation_of(words, i, j, end).unwrap_or(j))
}

/// The end of the capitalised words at `e`, the first of them after a comma (`breaks` stops at
/// the comma): one member of an enumeration inside a name.
fn capitals_after_comma(words: &[Word], e: usize, end: usize) -> usize {
    let mut j = e + 1;
    while j < end
        && !breaks(words, j)
        && !words[j].gap.has(Gap::COMMA)
        && words[j].shape == Shape::Capital
        && !words[j].has(Class::FUNCTION | Class::TITLE)
    {
        j += 1;
    }
    let first = &words[e];
    if first.has(Class::FUNCTION | Class::TITLE | Class::MALE_NAME | Class::FEMALE_NAME)
        || !first.gap.has(Gap::COMMA)
        || first.gap.has(Gap::PUNCT & !Gap::COMMA)
    {
        return e;
    }
    j
}

/// Reads the noun phrase starting at word `i`, not past `end`.
pub fn parse(words: &[Word], i: usize, end: usize) -> Option<Phrase> {
    let mut p = parse_depth(words, i, end, 0)?;
    // Read from inside a contracted article ("les termes du maire de Paris", "au ministre"):
    // the article says the gender.
    if p.det.is_none() && p.gender.is_none() && i > 0 && words[i - 1].has(Class::COMPL) {
        let key = crate::core::text::words::word_key;
        let before = words[i - 1].key;
        if before == key("du") || before == key("au") {
            p.gender = Some(Gender::Masc);
        }
    }
    Some(p)
}

fn blank(i: usize, kind: Kind) -> Phrase {
    Phrase::blank(i..i + 1, kind)
}

fn parse_depth(words: &[Word], i: usize, end: usize, depth: usize) -> Option<Phrase> {
    let end = end.min(words.len());
    if i >= end {
        return None;
    }
    let w = &words[i];
    // "je", "nous", "tu", "you": the speaker speaking or spoken to, no third person.
    if w.has(Class::FIRST_PERSON | Class::ADDRESSEE) && !w.has(Class::DET | Class::TITLE) {
        return None;
    }
    // A present participle opens a participial clause, not a noun phrase ("Evoquant les
    // critiques, le ministre…").
    if w.has(Class::GERUND)
        && !w.has(Class::ROLE | Class::ORG | Class::MALE_NAME | Class::FEMALE_NAME | Class::PLACE)
    {
        return None;
    }
    // Pronouns, with "lui-même", "himself" after.
    if w.has(Class::PRONOUN) && !(w.capitalised() && w.has(Class::MALE_NAME | Class::FEMALE_NAME)) {
        let mut p = blank(i, Kind::Pronoun);
        p.gender = gender_of(w.class);
        p.plural = w.has(Class::PLURAL);
        p.definite = true;
        if words
            .get(i + 1)
            .is_some_and(|n| n.has(Class::SELF) && n.gap.has(Gap::HYPHEN))
        {
            p.words.end += 1;
            p.core.end += 1;
        }
        return Some(p);
    }
    // "lui", "eux" as a subject ("Pour lui, …", "lui-même").
    if w.has(Class::CLITIC) && !w.has(Class::DET) && w.shape == Shape::Lower && depth == 0 {
        let lone = words
            .get(i + 1)
            .is_none_or(|n| n.gap.has(Gap::PUNCT) || n.has(Class::SELF));
        if lone && !w.has(Class::FIRST_PERSON) {
            let mut p = blank(i, Kind::Pronoun);
            p.gender = gender_of(w.class);
            p.plural = w.has(Class::PLURAL);
            p.definite = true;
            return Some(p);
        }
    }
    // A preposition opens no noun phrase, even capitalised at a sentence's start ("At board
    // meetings this spring she read…" is no organisation).
    if w.has(Class::PREP)
        && !w.has(
            Class::DET
                | Class::COMPL
                | Class::PARTICLE
                | Class::ORG
                | Class::PLACE
                | Class::MALE_NAME
                | Class::FEMALE_NAME,
        )
        && !w.quoted()
    {
        return None;
    }
    if w.has(Class::DEMONSTRATIVE) {
        let mut p = blank(i, Kind::Demonstrative);
        p.gender = gender_of(w.class);
        p.plural = w.has(Class::PLURAL);
        p.definite = true;
        return Some(p);
    }
    let mut k = i;
    let mut p = blank(i, Kind::Noun);
    let counted = |k: usize| {
        k < end
            && (words[k].has(Class::QUANT) || words[k].shape == Shape::Digit)
            && words
                .get(k + 1)
                .is_some_and(|n| n.has(Class::COMPL) && k + 1 < end && !breaks(words, k + 1))
            && (!words[k].has(Class::ROLE | Class::ORG) || words[k].has(Class::QUANT))
    };
    // Determiners ("tous les", "l'un des"), and the partitive "un de ses", "one of the".
    while k < end && words[k].has(Class::DET) && !(k > i && breaks(words, k)) && !counted(k) {
        let d = &words[k];
        // A capitalised determiner after a determiner is a name: "la Une" (a channel).
        if k > i
            && d.capitalised()
            && !d.gap.has(Gap::START)
            && words
                .get(k + 1)
                .is_none_or(|n| k + 1 >= end || !n.capitalised())
        {
            break;
        }
        // A capitalised determiner inside a name ("La Gazzetta") is still a determiner.
        p.det = Some(k);
        p.definite |= d.has(Class::DEFINITE);
        p.indefinite |= d.has(Class::INDEFINITE);
        p.possessive |= d.has(Class::POSSESSIVE);
        if !d.has(Class::POSSESSIVE) {
            p.gender = gender_of(d.class).or(p.gender);
            p.plural |= d.has(Class::PLURAL);
        }
        k += 1;
    }
    // "the former" stands for someone; "the former president", "l'ancien ministre" describe
    // a person: before a person noun or a name it is an adjective.
    let adjective = words.get(k + 1).is_some_and(|n| {
        k + 1 < end
            && !breaks(words, k + 1)
            && (n.has(
                Class::ROLE | Class::RELATION | Class::MEMBER | Class::ORG | Class::NATIONALITY,
            ) || n.capitalised())
    });
    if k < end && words[k].has(Class::LATTER) && p.det.is_some() && !adjective {
        p.kind = Kind::Latter;
        p.gender = gender_of(words[k].class).or(p.gender);
        p.words = i..k + 1;
        p.core = i..k + 1;
        return Some(p);
    }
    if k < end && words[k].has(Class::OTHER) && p.det.is_some() {
        p.other = true;
        k += 1;
    }
    // A number joined by hyphens to what it measures is an adjective: "the 54-year-old
    // mother of two", "a 30-year veteran", "the 12-member panel", and without a determiner
    // before a person's noun and name ("34-year-old barber Andre Lucero"); not a score
    // ("6-3"), all numbers.
    if k + 1 < end
        && words[k].shape == Shape::Digit
        && words[k + 1].gap.has(Gap::HYPHEN)
        && words[k + 1].gap.joins()
    {
        let mut j = k + 1;
        while j < end && words[j].gap.has(Gap::HYPHEN) && words[j].gap.joins() {
            j += 1;
        }
        let measured = (k + 1..j).any(|m| words[m].shape != Shape::Digit);
        if j < end && !breaks(words, j) && (p.det.is_some() || measured) {
            k = j;
        }
    }
    // Quantities: the counted noun is the head ("un millier d'exilés", "des dizaines de
    // militants", "hundreds of protesters", "one of them", "l'un des lieutenants").
    let mut quantity = None;
    if counted(k) {
        quantity = Some(k);
        // "un de ses partisans", "l'un des", "one of": one of a group.
        p.partitive = words[k].has(Class::INDEFINITE) && !words[k].has(Class::PLURAL);
        k += 2;
        // "l'un d'eux", "l'une d'elles": the emphatic pronoun is the group too.
        let emphatic = |w: &Word| {
            let key = crate::core::text::words::word_key;
            w.key == key("eux") || w.key == key("elles")
        };
        if k < end
            && (words[k].has(Class::PRONOUN | Class::CLITIC) || emphatic(&words[k]))
            && !words[k].has(Class::DET)
        {
            // "one of them", "plusieurs d'entre eux": the group is a pronoun.
            let mut inner = blank(k, Kind::Pronoun);
            inner.plural = true;
            let mut out = inner;
            out.words = i..k + 1;
            out.core = i..k + 1;
            out.partitive = p.partitive;
            out.det = p.det;
            out.indefinite = true;
            attach_appositions(words, &mut out, end, depth);
            return Some(out);
        }
        // "d'entre eux"
        if k < end
            && words[k].has(Class::PREP)
            && words
                .get(k + 1)
                .is_some_and(|n| n.has(Class::PRONOUN | Class::CLITIC) || emphatic(n))
        {
            k += 1;
            let mut out = blank(k, Kind::Pronoun);
            out.words = i..k + 1;
            out.core = i..k + 1;
            out.plural = true;
            out.indefinite = true;
            out.partitive = p.partitive;
            attach_appositions(words, &mut out, end, depth);
            return Some(out);
        }
        while k < end && words[k].has(Class::DET) {
            p.definite |= words[k].has(Class::DEFINITE) && !p.indefinite;
            if !p.partitive {
                p.plural |= words[k].has(Class::PLURAL);
            }
            k += 1;
        }
        if !p.partitive {
            p.plural = true;
        }
    }
    // A past form used as an adjective before a title or a role: "retired Army General Mark
    // Stone", "the embattled mayor", "indicted Rep. Dan Cole". It ends no phrase there. Only
    // after a determiner or where a phrase may start (not "who met Obama").
    if k + 1 < end
        && (p.det.is_some() || words[k].gap.has(Gap::START | Gap::PUNCT))
        && words[k].shape == Shape::Lower
        && words[k].has(Class::VERB)
        && !words[k].has(Class::AUX | Class::SAY | Class::PRONOUN | Class::CLITIC | Class::DET)
        && !breaks(words, k + 1)
        && (words[k + 1].has(Class::ROLE | Class::TITLE | Class::MEMBER | Class::NATIONALITY)
            || words[k + 1].capitalised() && !words[k + 1].has(Class::FUNCTION | Class::TIME))
    {
        k += 1;
    }
    let body_start = k;
    let mut complement: Option<Range<usize>> = None;
    // The possessor before an English `'s` ("Albrecht's attorney", "the company's statement").
    let mut genitive: Option<Range<usize>> = None;
    let mut coordination = None;
    while k < end && k - i < MAX_WORDS {
        let w = &words[k];
        if k > i && breaks(words, k) {
            break;
        }
        // Coordination: "Des moines et nonnes", "Paul Martin et Marie Curie". Not before a
        // pronoun or a verb (a new clause).
        if depth == 0
            && coordination.is_none()
            && k > body_start
            && w.has(Class::CONJ)
            && !w.capitalised()
            && !w.gap.has(Gap::HYPHEN)
            && words.get(k + 1).is_some_and(|n| {
                k + 1 < end
                    && !breaks(words, k + 1)
                    // "et le SM": a determiner, not the object clitic it may also be.
                    && (n.has(Class::DET) || !n.has(Class::CLITIC))
                    && !n.has(
                        Class::PRONOUN
                            | Class::AUX
                            | Class::VERB
                            | Class::NEG
                            | Class::ADV,
                    )
                    && (!n.has(Class::SAY) || n.shape != Shape::Lower)
            })
            && let Some(second) = parse_depth(words, k + 1, end, depth + 1)
            && matches!(
                second.kind,
                Kind::Name | Kind::Description | Kind::Noun | Kind::Organisation
            )
        {
            coordination = Some(k);
            k = second.core.end;
            continue;
        }
        // A capitalised word right after a name word goes on with the name ("Kim Jong Il").
        let in_name = k > body_start
            && words[k - 1].capitalised()
            && !breaks(words, k)
            && (w.capitalised()
                || w.gap.has(Gap::HYPHEN) && w.gap.joins() && !w.has(Class::PRONOUN));
        // An adverb of degree before the phrase's adjective stays in it: "un élu très proche
        // d'elle", "an aide closely involved in the talks".
        let degree = k > body_start
            && w.has(Class::INTENSIFIER)
            && w.shape == Shape::Lower
            && words.get(k + 1).is_some_and(|n| {
                k + 1 < end
                    && n.gap.plain()
                    && n.shape == Shape::Lower
                    && !n.quoted()
                    && !ends_phrase(n)
                    && !n.has(Class::DET | Class::PREP | Class::COMPL)
            });
        if degree {
            k += 1;
            continue;
        }
        if k > body_start && ends_phrase(w) && !in_name {
            break;
        }
        if k == body_start && ends_phrase(w) && !w.capitalised() {
            break;
        }
        // "Jeudi, …", "Monday": a time opening a clause is no phrase.
        if k == body_start && w.has(Class::TIME) && p.det.is_none() && quantity.is_none() {
            return None;
        }
        // A determiner starts another phrase ("à la presse son interprète").
        if k > body_start
            && w.has(Class::DET)
            && !w.has(Class::PREP | Class::COMPL)
            && !w.capitalised()
            && !in_name
        {
            break;
        }
        // A particle inside a name: "Caisse d'Épargne", "Poivre d'Arvor", "Charles de Gaulle".
        if w.has(Class::PARTICLE)
            && !w.has(Class::DET)
            && k > body_start
            && words[k - 1].capitalised()
            && words
                .get(k + 1)
                .is_some_and(|n| k + 1 < end && n.shape == Shape::Capital && !breaks(words, k + 1))
            && !breaks(words, k)
        {
            k += 2;
            continue;
        }
        // An organisation's name with its own preposition: "the Center for Fiscal Policy".
        if k > body_start && w.has(Class::COMPL | Class::PREP | Class::CONJ) {
            let mut run = k;
            while run > body_start && words[run - 1].capitalised() && !breaks(words, run) {
                run -= 1;
            }
            if run < k
                && let Some(next) = organisation_of(words, run, k, end)
            {
                k = next;
                continue;
            }
        }
        // A noun complement: "de l'Économie", "du XV de France", "of the union".
        if w.has(Class::COMPL) && k > body_start {
            if depth >= 3 {
                break;
            }
            match parse_depth(words, k + 1, end, depth + 1) {
                Some(c) => {
                    // A name starting after the complement's own noun is the phrase's name:
                    // "la ministre de l'Économie Christine Lagarde".
                    let after_role = words[k - 1].has(Class::ROLE);
                    let (mut c_end, next) = split_trailing_name(words, &c, after_role);
                    // An enumeration of names is one complement: "les patrons de TF1, M6 et
                    // Canal+", "the heads of Ford, GM and Chrysler".
                    if next.is_none()
                        && c.kind == Kind::Name
                        && let Some(e) = enumeration_end(words, c_end, end)
                    {
                        c_end = e;
                    }
                    if complement.is_none() {
                        complement = Some(k + 1..c_end);
                    }
                    k = next.unwrap_or(c_end);
                    continue;
                }
                None => break,
            }
        }
        // Other prepositions link a complement only to a capitalised name after a noun:
        // "secrétaire d'Etat aux Sports", "interprète en France", "economist at Harbor Point
        // Capital", "the U.S. attorney for the Southern District".
        if w.has(Class::PREP) && k > body_start {
            // An adjective's complement: "familiar with the talks", "opposé à la réforme".
            if words[k - 1].has(Class::ADJ_COMPLEMENT) && depth < 3 {
                if let Some(c) = parse_depth(words, k + 1, end, depth + 1) {
                    k = c.core.end;
                    continue;
                }
            }
            let mut n = k + 1;
            while n < end && words[n].has(Class::DET) {
                n += 1;
            }
            // Whom a relation speaks or works for: "a spokesman for the agency, John Doe".
            let relation_for = words[k - 1].has(Class::RELATION)
                && words[k].key == crate::core::text::words::word_key("for")
                && n > k + 1
                && n < end;
            // A bare proper name takes no such complement: "a affirmé Paul Martin dans Le
            // Progrès", "Marie Dubois sur France Inter" (the medium is no part of the name).
            let bare_name = depth == 0
                && p.det.is_none()
                && quantity.is_none()
                && (body_start..k).all(|j| words[j].capitalised() || words[j].has(Class::PARTICLE));
            // Where a person works: "une conseillère à la chambre de l'instruction", "a
            // lawyer at the firm".
            let works_at = words[k - 1].has(Class::ROLE)
                && n > k
                && n < end
                && words[n].has(Class::ORG)
                && words[n].shape == Shape::Lower;
            let named = !bare_name
                && n < end
                && n - k <= 2
                && (words[n].capitalised() || relation_for || works_at)
                && !words[n].has(Class::FUNCTION | Class::TIME | Class::AUDIENCE)
                && !breaks(words, n);
            if named && depth < 3 && !words[k].has(Class::INTRO) {
                if let Some(c) = parse_depth(words, k + 1, end, depth + 1) {
                    let (c_end, _) = split_trailing_name(words, &c, false);
                    if complement.is_none() {
                        complement = Some(k + 1..c_end);
                    }
                    k = c_end;
                    continue;
                }
            }
            break;
        }
        k += 1;
        // The possessive 's belongs to the name before it: "the Fed's policy committee".
        if k < end
            && words[k].gap.has(Gap::APOSTROPHE)
            && words[k].key == possessive_s()
            && !words[k - 1].has(Class::PRONOUN)
        {
            if genitive.is_none() && complement.is_none() {
                genitive = Some(body_start..k);
            }
            k += 1;
        }
    }
    if k == body_start && quantity.is_none() {
        return None;
    }
    p.core = i..k;
    p.words = i..k;
    p.complement = complement.clone();
    p.coordination = coordination;
    if coordination.is_some() {
        p.plural = true;
    }
    // The top-level name: the last capitalised run outside the complement, after any role
    // ("Treasury Secretary Douglas Hale", "Cleveland Fed President Maria Estevez").
    // Only the first of coordinated phrases names its referent's words.
    let first_end = coordination.unwrap_or(k);
    let top = |j: usize| {
        j < first_end
            && complement
                .as_ref()
                .is_none_or(|c| j < c.start || j >= c.end)
    };
    let mut j = body_start;
    let mut best: Option<Range<usize>> = None;
    while j < k {
        if !top(j) {
            j += 1;
            continue;
        }
        if let Some(run) = name_run(
            words,
            j,
            complement
                .as_ref()
                .map_or(k, |c| if j < c.start { c.start - 1 } else { k }),
        ) {
            let run = run.start..run.end.min(k);
            j = run.end.max(j + 1);
            best = Some(run);
        } else {
            j += 1;
        }
    }
    // Head: the first person, organisation or text noun at the top level; else the noun after
    // the determiner (French) or the last word before a complement or a name (English).
    let head_range = body_start
        ..complement
            .as_ref()
            .map_or(k, |c| c.start.saturating_sub(1))
            .max(body_start);
    let candidates: Vec<usize> = head_range
        .clone()
        .filter(|&j| top(j))
        .filter(|&j| {
            let w = &words[j];
            !best.as_ref().is_some_and(|b| b.contains(&j)) || w.has(Class::ROLE)
        })
        .collect();
    // In "the government's involvement", "the coalition's executive director" the head comes
    // after the possessive: the possessor is only its complement.
    let candidates: Vec<usize> = match &genitive {
        Some(g) if candidates.iter().any(|&j| j > g.end) => {
            candidates.into_iter().filter(|&j| j > g.end).collect()
        }
        _ => candidates,
    };
    // A person noun heads the phrase (the last of a compound: "a senior administration
    // official"), else an organisation noun, a text noun, a capitalised nationality ("le
    // Belge"), else the first free word.
    let last_with = |bits: u64| {
        candidates.iter().rev().copied().find(|&j| {
            words[j].has(bits)
                && (words[j].shape == Shape::Lower
                    || !best.as_ref().is_some_and(|b| b.contains(&j))
                    || words[j].has(Class::ROLE))
        })
    };
    let head = last_with(Class::ROLE | Class::RELATION | Class::MEMBER)
        .or_else(|| last_with(Class::ORG))
        .or_else(|| {
            candidates
                .iter()
                .copied()
                .find(|&j| words[j].has(Class::TEXT))
        })
        .or_else(|| {
            candidates.iter().copied().find(|&j| {
                words[j].has(Class::NATIONALITY)
                    && words[j].shape == Shape::Capital
                    && p.det.is_some()
            })
        })
        .or_else(|| candidates.first().copied());
    p.head = head;
    if let Some(q) = quantity {
        // The counted noun is the head.
        p.head = head.or(Some(q));
    }
    if let Some(h) = p.head {
        let hw = &words[h];
        p.gender = p.gender.or(gender_of(hw.class));
        if quantity.is_none() && !p.partitive {
            p.plural |= hw.has(Class::PLURAL);
        }
    }
    p.name = best.clone();
    // A name after a common noun that is no person noun modifies it: "le prix Nobel",
    // "l'affaire Kerviel", "le rapport Dupont".
    let modified = match (&best, p.head) {
        (Some(b), Some(h)) if h + 1 == b.start && words[h].shape == Shape::Lower => {
            let hw = &words[h];
            !hw.has(
                Class::ROLE
                    | Class::MEMBER
                    | Class::NATIONALITY
                    | Class::RELATION
                    | Class::ORG
                    | Class::TITLE,
            )
        }
        // A name before the person noun that heads the phrase is a modifier too: "the Wyoming
        // senator", "the Long Island Republican", "the White House spokesman".
        (Some(b), Some(h)) if h >= b.end && top(h) => {
            words[h].has(Class::ROLE | Class::MEMBER | Class::RELATION | Class::ORG | Class::TEXT)
        }
        _ => false,
    };
    if modified {
        p.name = None;
    }
    let best = if modified { None } else { best };
    p.kind = match (&best, p.head.map(|h| &words[h])) {
        (Some(_), _) => Kind::Name,
        (None, Some(h)) if h.has(Class::ROLE | Class::RELATION | Class::MEMBER) => {
            Kind::Description
        }
        (None, Some(h)) if h.has(Class::NATIONALITY) && h.shape == Shape::Capital => {
            Kind::Description
        }
        (None, Some(h)) if h.has(Class::ORG) => Kind::Organisation,
        (None, Some(h)) if h.has(Class::TEXT) => Kind::Text,
        _ => Kind::Noun,
    };
    // A possessor names someone else than a person noun after it ("Albrecht's attorney" is
    // not Albrecht), and the author of a text ("Smith's statement" is Smith's).
    if let Some(g) = genitive
        && p.head.is_some_and(|h| h >= g.end)
    {
        match p.kind {
            Kind::Description => p.possessive = true,
            Kind::Text if p.complement.is_none() => p.complement = Some(g),
            _ => {}
        }
    }
    if depth == 0 {
        attach_appositions(words, &mut p, end, depth);
        if let Some(a) = fronted_word(words, &p) {
            return parse_depth(words, a, end, depth);
        }
    }
    Some(p)
}

/// A lone capitalised word opening the sentence before a comma, followed by appositions that
/// name a person, is a fronted adverb or adjective, not a name: "Afterward, Holloway's campaign
/// manager, Tessa Quinlan, said", "Prudent, le maire de Londres, Boris Johnson, espère". A name
/// is never in apposition to another name; the phrase starts at the first apposition.
fn fronted_word(words: &[Word], p: &Phrase) -> Option<usize> {
    let i = p.core.start;
    let w = &words[i];
    let lone = p.kind == Kind::Name
        && p.det.is_none()
        && p.core.len() == 1
        && w.shape == Shape::Capital
        && w.gap.has(Gap::START | Gap::STOP)
        && !w.has(Class::MALE_NAME | Class::FEMALE_NAME | Class::ORG | Class::PLACE);
    if !lone {
        return None;
    }
    let person_name = |a: &Phrase| {
        a.name.as_ref().is_some_and(|n| {
            n.len() >= 2 || words[n.start].has(Class::MALE_NAME | Class::FEMALE_NAME)
        }) && matches!(a.kind, Kind::Name)
            && !a.name.as_ref().is_some_and(|n| {
                (n.start..n.end).any(|j| words[j].has(Class::ORG | Class::NOT_PERSON))
            })
    };
    p.appositions
        .iter()
        .any(person_name)
        .then(|| p.appositions[0].words.start)
}

/// The key of the English possessive `'s`.
fn possessive_s() -> u64 {
    use std::sync::OnceLock;
    static KEY: OnceLock<u64> = OnceLock::new();
    *KEY.get_or_init(|| crate::core::text::words::word_key("s"))
}

/// Where an enumeration of names that goes on at word `from` after a comma ends: `, M6 et
/// Canal+` after "de TF1", `, GM and Chrysler` after "of Ford" (names of no first name,
/// separated by commas, the last after `et`/`and`); `None` when no such enumeration follows.
fn enumeration_end(words: &[Word], from: usize, end: usize) -> Option<usize> {
    let mut j = from;
    if j >= end || words[j].gap.0 & Gap::PUNCT != Gap::COMMA {
        return None;
    }
    for _ in 0..6 {
        let w = words.get(j).filter(|_| j < end)?;
        if w.has(Class::MALE_NAME | Class::FEMALE_NAME) || w.quoted() {
            return None;
        }
        let run = name_run(words, j, end)?;
        j = run.end;
        let next = words.get(j).filter(|_| j < end)?;
        if next.has(Class::CONJ) && !next.gap.has(Gap::PUNCT) && !next.capitalised() {
            let last = words.get(j + 1).filter(|_| j + 1 < end)?;
            if last.has(Class::MALE_NAME | Class::FEMALE_NAME) || last.quoted() {
                return None;
            }
            return name_run(words, j + 1, end).map(|r| r.end);
        }
        if next.gap.0 & Gap::PUNCT != Gap::COMMA {
            return None;
        }
    }
    None
}

/// In a complement phrase, a name that starts with a first name after the complement's own
/// words belongs to the enclosing phrase ("de l'Économie Christine Lagarde", "de l'UMP
/// Dominique Paillé"): where the complement really ends, and where that name starts.
fn split_trailing_name(words: &[Word], c: &Phrase, after_role: bool) -> (usize, Option<usize>) {
    if let Some(name) = &c.name {
        // After a role, a portfolio is written with institution words and the person's name
        // follows it: "Secretary of State Antony Blinken", "Secretary of Homeland Security
        // Alejandro Mayorkas". The name starts at the first word after them.
        if after_role && words[name.start].has(Class::NOT_PERSON) {
            let j = (name.start + 1..name.end).find(|&j| !words[j].has(Class::NOT_PERSON));
            // Only a person's name: capitalised words, no particle, place or institution
            // ("vainqueur du Tour de France" keeps its complement whole).
            if let Some(j) = j
                && words[j].shape == Shape::Capital
                && (j..name.end).all(|m| {
                    words[m].shape == Shape::Capital
                        && !words[m]
                            .has(Class::NOT_PERSON | Class::ORG | Class::PLACE | Class::PARTICLE)
                })
            {
                return (j, Some(j));
            }
        }
        // A name that opens on a first name is a person's whole name ("l'épouse de Paul
        // Martin": "Martin" is a first name too), not a portfolio before one.
        let person = words[name.start].has(Class::MALE_NAME | Class::FEMALE_NAME);
        let first_name = (name.start + 1..name.end).find(|&j| {
            !person
                && words[j].has(Class::MALE_NAME | Class::FEMALE_NAME)
                && words[j].shape == Shape::Capital
        });
        if let Some(j) = first_name {
            return (j, Some(j));
        }
    }
    (c.core.end, None)
}

/// When word `k` opens a short parenthesis holding a tag (a party and state, `R-Wyo.`, `D`;
/// an age), the index of the word after its closing parenthesis (not past `end`).
fn parenthetical_tag(words: &[Word], k: usize, end: usize) -> Option<usize> {
    let w = words.get(k)?;
    if k >= end || !w.gap.has(Gap::OPEN_PAREN) || w.gap.has(Gap::QUOTE) {
        return None;
    }
    // The closing parenthesis is in the gap before the word after it, which may be `end`.
    let close = (k + 1..=end.min(k + 4))
        .find(|&j| words.get(j).is_some_and(|n| n.gap.has(Gap::CLOSE_PAREN)))?;
    let tag = match w.shape {
        Shape::Digit => close == k + 1,
        // "R", "D-N.Y.", "R-Wyo.": an initial, then the state joined by a hyphen.
        Shape::Initial | Shape::Upper => {
            close == k + 1 || words[k + 1].gap.has(Gap::HYPHEN) && !words[k + 1].gap.has(Gap::SPACE)
        }
        _ => false,
    };
    tag.then_some(close)
}

/// When word `k` opens a parenthesis closed within a few words with no quotation inside, the
/// index of the word after its closing parenthesis (not past `end`).
fn parenthetical_aside(words: &[Word], k: usize, end: usize) -> Option<usize> {
    let w = words.get(k)?;
    if k >= end || !w.gap.has(Gap::OPEN_PAREN) || w.gap.has(Gap::QUOTE) {
        return None;
    }
    let close = (k + 1..=end.min(k + 12)).find(|&j| {
        words
            .get(j)
            .is_none_or(|n| n.gap.has(Gap::CLOSE_PAREN | Gap::QUOTE))
    })?;
    (words
        .get(close)
        .is_some_and(|n| n.gap.has(Gap::CLOSE_PAREN))
        && !n_quoted(words, k..close))
    .then_some(close)
}

fn n_quoted(words: &[Word], r: Range<usize>) -> bool {
    words[r].iter().any(|w| w.quoted())
}

/// Appositions and incidental clauses after a phrase: `, député du Gers,`, `, the U.S.
/// attorney,`, `, 65 ans,`, `, R-Ky.,`, `, qui n'a pas voulu être cité,`, `, who…,`.
fn attach_appositions(words: &[Word], p: &mut Phrase, end: usize, depth: usize) {
    let mut k = p.words.end;
    let mut count = 0;
    // A party tag or an age between parentheses right after a name ("Rep. Liz Cheney
    // (R-Wyo.)", "Sen. Jon Tester (D)", "John Smith (45)"), or an aside after a description
    // ("a Vietnamese official (with the Rescue Center), who…"), belongs to the phrase, so
    // that the verb after it still has the phrase for subject.
    if let Some(close) = parenthetical_tag(words, k, end)
        .filter(|_| p.name.is_some())
        .or_else(|| parenthetical_aside(words, k, end).filter(|_| p.kind == Kind::Description))
    {
        p.words.end = close;
        k = close;
        // "le député du Nouveau centre (NC) Jean Dionis du Séjour": the person's full name
        // after the party's acronym names the one described.
        if p.kind == Kind::Description
            && words.get(k).is_some_and(|w| {
                k < end
                    && w.shape == Shape::Capital
                    && w.has(Class::MALE_NAME | Class::FEMALE_NAME)
                    && !w.gap.has(Gap::COMMA | Gap::QUOTE | Gap::STOP)
            })
            && let Some(run) = name_run(words, k, end).filter(|r| r.len() >= 2)
            && let Some(a) =
                parse_depth(words, k, run.end, depth + 1).filter(|a| a.kind == Kind::Name)
        {
            p.words.end = a.words.end;
            k = a.words.end;
            p.appositions.push(a);
        }
    }
    // "a ransomware group that calls itself Black Harvest", "a younger fan, who gave her name
    // only as Jess,": the name the relative gives is the one described.
    if let Some((a, after)) = naming_relative(words, k, end, depth)
        && words.get(after).is_none_or(|n| {
            after >= end || !words[k].gap.has(Gap::COMMA) || n.gap.has(Gap::COMMA | Gap::STOP)
        })
    {
        p.words.end = after;
        k = after;
        p.appositions.push(a);
    }
    while k < end && count < 3 && words[k].gap.has(Gap::COMMA) && !words[k].gap.has(Gap::QUOTE) {
        let w = &words[k];
        // The next comma (or the end) closes the chunk.
        let mut stop = k + 1;
        while stop < end
            && !words[stop]
                .gap
                .has(Gap::COMMA | Gap::COLON | Gap::SEMICOLON | Gap::QUOTE)
            && !breaks(words, stop)
        {
            stop += 1;
        }
        if w.has(Class::REL) {
            // An incidental relative clause is skipped whole; it only counts when closed by a
            // comma (", who has urged …, said") or by the end of the sentence ("said the
            // official, who spoke on condition of anonymity.").
            if words
                .get(stop)
                .is_none_or(|n| n.gap.has(Gap::COMMA | Gap::STOP))
            {
                p.words.end = stop;
                k = stop;
                count += 1;
                continue;
            }
            break;
        }
        // Ages, party tags and other short capitalised tags: "65 ans", "R-Ky.", "D-Ohio".
        let tag = w.shape == Shape::Digit
            || (w.shape == Shape::Initial
                && words.get(k + 1).is_some_and(|n| n.gap.has(Gap::HYPHEN)));
        if tag && stop - k <= 3 {
            p.words.end = stop;
            k = stop;
            count += 1;
            continue;
        }
        let Some(a) = parse_depth(words, k, stop, depth + 1) else {
            break;
        };
        // An apposition is a phrase of its own up to the next comma, not a clause.
        let phrase_like = matches!(
            a.kind,
            Kind::Name | Kind::Description | Kind::Organisation | Kind::Noun
        ) && a.core.end == stop
            && (a.det.is_some()
                || a.name.is_some()
                || a.head
                    .is_some_and(|h| words[h].has(Class::ROLE | Class::RELATION | Class::MEMBER))
                || a.partitive);
        // A description completed by its relative clause up to the comma: "Zhao, a career
        // diplomat who served as ambassador…, rejected", "Salinas, un ancien cadre qui a
        // rejoint…, a reconnu", "Ruth Okonkwo, one of the two members who voted no, has".
        let with_relative = !phrase_like
            && matches!(a.kind, Kind::Description | Kind::Noun)
            && (a.det.is_some() || a.partitive)
            && a.core.end < stop
            && a.words.end == a.core.end
            && words[a.core.end].has(Class::REL)
            && !words[a.core.end].has(Class::DET)
            && !n_quoted(words, a.core.end..stop)
            && words.get(stop).is_some_and(|n| n.gap.has(Gap::COMMA));
        if with_relative {
            let mut a = a;
            a.words.end = stop;
            p.words.end = stop;
            k = stop;
            p.appositions.push(a);
            count += 1;
            continue;
        }
        if !phrase_like {
            break;
        }
        p.words.end = a.words.end;
        k = a.words.end;
        p.appositions.push(a);
        count += 1;
    }
}

/// A relative clause at `k` that names what it follows ("that calls itself Black Harvest",
/// "who gave her name only as Jess", "identified only as Jess", "known as El Chapo"): the name,
/// as a phrase, and where it ends.
pub fn naming_relative(
    words: &[Word],
    k: usize,
    end: usize,
    depth: usize,
) -> Option<(Phrase, usize)> {
    let key = crate::core::text::words::word_key;
    let w = words.get(k).filter(|_| k < end)?;
    if !w.has(Class::REL) || w.shape != Shape::Lower || w.gap.has(Gap::PUNCT & !Gap::COMMA) {
        return None;
    }
    let naming = [
        key("calls"),
        key("called"),
        key("gave"),
        key("gives"),
        key("identified"),
        key("known"),
        key("goes"),
        key("asked"),
    ];
    let before_name = [
        key("itself"),
        key("himself"),
        key("herself"),
        key("themselves"),
        key("as"),
        key("by"),
    ];
    let mut named = false;
    for j in k + 1..end.min(k + 8) {
        let v = &words[j];
        if breaks(words, j) || v.quoted() || v.gap.has(Gap::COMMA) {
            return None;
        }
        named |= naming.contains(&v.key);
        if named
            && before_name.contains(&v.key)
            && let Some(run) = name_run(words, j + 1, end)
            && !words[j + 1].gap.has(Gap::PUNCT)
            && let Some(a) =
                parse_depth(words, j + 1, run.end, depth + 1).filter(|a| a.kind == Kind::Name)
        {
            return Some((a, run.end));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::super::lexicon::Lang;
    use super::super::tokens::words;
    use super::*;

    fn phrase(s: &str, lang: Lang) -> (Vec<Word>, Phrase) {
        let w = words(s, 0..s.len(), lang);
        let p = parse(&w, 0, w.len()).expect("a phrase");
        (w, p)
    }

    fn text(s: &str, w: &[Word], r: &Range<usize>) -> String {
        s[w[r.start].start..w[r.end - 1].end].to_string()
    }

    #[test]
    fn a_relative_that_gives_a_name_names_the_one_described() {
        for (s, name) in [
            (
                "A younger fan, who gave her name only as Jess, was less forgiving",
                "Jess",
            ),
            (
                "A ransomware group that calls itself Black Harvest claimed it",
                "Black Harvest",
            ),
        ] {
            let (w, p) = phrase(s, Lang::En);
            let a = p.appositions.first().expect("the name");
            assert_eq!(a.kind, Kind::Name, "{s}");
            assert_eq!(text(s, &w, &a.core), name);
        }
        // A relative that gives no name adds none.
        let s = "A younger fan, who gave up in 2019, was less forgiving";
        assert!(phrase(s, Lang::En).1.appositions.is_empty());
    }

    #[test]
    fn a_past_form_before_a_title_is_an_adjective() {
        let s = "retired Army General Mark Stone told the committee";
        let w = words(s, 0..s.len(), Lang::En);
        let p = parse(&w, 0, w.len()).expect("a phrase");
        assert_eq!(p.kind, Kind::Name);
        assert!(text(s, &w, &p.core).starts_with("retired"));
        assert!(text(s, &w, p.name.as_ref().unwrap()).ends_with("Mark Stone"));
        let s = "the embattled mayor told reporters";
        let (w, p) = phrase(s, Lang::En);
        assert_eq!(p.kind, Kind::Description);
        assert_eq!(&s[w[p.head.unwrap()].range()], "mayor");
        // Not where no phrase starts: "who met Obama" is a clause.
        let s = "who met Obama said";
        let w = words(s, 0..s.len(), Lang::En);
        assert!(parse(&w, 1, w.len()).is_none());
    }

    #[test]
    fn english_organisation_names_and_possessives() {
        let s = "the Council on Foreign Relations said";
        let (w, p) = phrase(s, Lang::En);
        assert_eq!(
            text(s, &w, p.name.as_ref().unwrap()),
            "Council on Foreign Relations"
        );
        let s = "the Department of Health and Human Services said";
        let (w, p) = phrase(s, Lang::En);
        assert_eq!(
            text(s, &w, p.name.as_ref().unwrap()),
            "Department of Health and Human Services"
        );
        // No organisation noun in the name: a person's name stops before "of".
        let s = "John Smith of Ohio said";
        let (w, p) = phrase(s, Lang::En);
        assert_eq!(text(s, &w, p.name.as_ref().unwrap()), "John Smith");
        // The head comes after the possessive.
        let s = "the federal government's involvement";
        let (w, p) = phrase(s, Lang::En);
        assert_eq!(&s[w[p.head.unwrap()].range()], "involvement");
        assert_ne!(p.kind, Kind::Organisation);
        // A title before a first name belongs to that person, not to the name before it.
        let s = "Pentagon Press Secretary John Kirby said";
        let (w, p) = phrase(s, Lang::En);
        assert_eq!(text(s, &w, p.name.as_ref().unwrap()), "John Kirby");
        // French names take no English preposition: "le Centre for" does not happen, "le
        // Conseil en France" is the council, in France.
        let s = "le Conseil en France a dit";
        let (w, p) = phrase(s, Lang::Fr);
        assert_eq!(text(s, &w, p.name.as_ref().unwrap()), "Conseil");
    }

    #[test]
    fn an_enumeration_of_names_is_one_complement() {
        let s = "les patrons de TF1, M6 et Canal+ ont envoyé";
        let (w, p) = phrase(s, Lang::Fr);
        assert_eq!(
            text(s, &w, p.complement.as_ref().unwrap()),
            "TF1, M6 et Canal"
        );
        assert_eq!(&s[w[p.head.unwrap()].range()], "patrons");
        let s = "the bosses of Ford, Chrysler and Tesla wrote";
        let (w, p) = phrase(s, Lang::En);
        assert_eq!(
            text(s, &w, p.complement.as_ref().unwrap()),
            "Ford, Chrysler and Tesla"
        );
        // Persons after a comma are an apposition, not more of the complement.
        let s = "le porte-parole de l'UMP, Paul Martin et Marie Dubois ont dit";
        let (w, p) = phrase(s, Lang::Fr);
        assert_eq!(text(s, &w, p.complement.as_ref().unwrap()), "l'UMP");
    }

    #[test]
    fn a_capitalised_determiner_after_a_determiner_is_a_name() {
        let s = "le patron de la Une a plaisanté";
        let (w, p) = phrase(s, Lang::Fr);
        assert_eq!(text(s, &w, &p.core), "le patron de la Une");
        let s = "the boss of The One laughed";
        let (w, p) = phrase(s, Lang::En);
        assert_eq!(text(s, &w, &p.core), "the boss of The One");
    }

    #[test]
    fn where_a_person_works_is_a_complement() {
        let s = "une conseillère à la chambre de l'instruction, qui raconte";
        let (w, p) = phrase(s, Lang::Fr);
        assert_eq!(&s[w[p.head.unwrap()].range()], "conseillère");
        assert_eq!(
            text(s, &w, &p.core),
            "une conseillère à la chambre de l'instruction"
        );
        let s = "a lawyer at the firm, who said";
        let (w, p) = phrase(s, Lang::En);
        assert_eq!(text(s, &w, &p.core), "a lawyer at the firm");
    }

    #[test]
    fn name_with_role_before_it() {
        let s = "la ministre de l'Éducation Agnès Morel a dit";
        let (w, p) = phrase(s, Lang::Fr);
        assert_eq!(p.kind, Kind::Name);
        assert_eq!(text(s, &w, p.name.as_ref().unwrap()), "Agnès Morel");
        assert_eq!(&s[w[p.head.unwrap()].range()], "ministre");
        assert_eq!(text(s, &w, p.complement.as_ref().unwrap()), "l'Éducation");
        assert_eq!(p.gender, Some(Gender::Fem));
        let s = "Energy Secretary Paul Whitman said";
        let (w, p) = phrase(s, Lang::En);
        assert_eq!(text(s, &w, p.name.as_ref().unwrap()), "Paul Whitman");
        let s = "Boston Port Authority Director Helen Brady said";
        let (w, p) = phrase(s, Lang::En);
        assert_eq!(text(s, &w, p.name.as_ref().unwrap()), "Helen Brady");
        let s = "le président russe Vladimir Poutine a";
        let (w, p) = phrase(s, Lang::Fr);
        assert_eq!(text(s, &w, p.name.as_ref().unwrap()), "Vladimir Poutine");
    }

    #[test]
    fn descriptions_with_complements() {
        let s = "le secrétaire d'Etat aux Sports a déclaré";
        let (w, p) = phrase(s, Lang::Fr);
        assert_eq!(p.kind, Kind::Description);
        assert!(p.definite);
        assert_eq!(text(s, &w, &p.core), "le secrétaire d'Etat aux Sports");
        let s = "l'ex-sélectionneur du XV de France de rugby, a dit";
        let (w, p) = phrase(s, Lang::Fr);
        assert_eq!(p.kind, Kind::Description);
        assert_eq!(
            text(s, &w, &p.core),
            "l'ex-sélectionneur du XV de France de rugby"
        );
        assert_eq!(&s[w[p.head.unwrap()].range()], "sélectionneur");
        let s = "une source proche du dossier";
        let (w, p) = phrase(s, Lang::Fr);
        assert!(p.indefinite && p.kind == Kind::Description);
        assert_eq!(text(s, &w, &p.core), s);
        let s = "a senior administration official, who was not authorized to speak, said";
        let (w, p) = phrase(s, Lang::En);
        assert_eq!(p.kind, Kind::Description);
        assert_eq!(&s[w[p.head.unwrap()].range()], "official");
        assert_eq!(
            text(s, &w, &p.words),
            "a senior administration official, who was not authorized to speak"
        );
        let s = "le porte-parole de Vladimir Poutine";
        let (_, p) = phrase(s, Lang::Fr);
        assert_eq!(p.kind, Kind::Description, "the name is in the complement");
        assert!(p.name.is_none());
    }

    #[test]
    fn appositions() {
        let s = "Marc Delorme, l'un des adjoints de Julie Vasseur, exultait";
        let (w, p) = phrase(s, Lang::Fr);
        assert_eq!(p.kind, Kind::Name);
        assert_eq!(text(s, &w, p.name.as_ref().unwrap()), "Marc Delorme");
        assert_eq!(p.appositions.len(), 1);
        assert_eq!(
            text(s, &w, &p.words),
            "Marc Delorme, l'un des adjoints de Julie Vasseur"
        );
        let s = "son avocat en Belgique, Pierre Dubois, qui a plaidé";
        let (w, p) = phrase(s, Lang::Fr);
        assert_eq!(p.kind, Kind::Description);
        assert_eq!(p.appositions.len(), 1);
        assert_eq!(
            text(s, &w, p.appositions[0].name.as_ref().unwrap()),
            "Pierre Dubois"
        );
        let s = "Rep. Tom Keller, R-Ohio, who sits on the Rules Committee, wrote";
        let (w, p) = phrase(s, Lang::En);
        assert_eq!(text(s, &w, p.name.as_ref().unwrap()), "Tom Keller");
        assert_eq!(
            text(s, &w, &p.words),
            "Rep. Tom Keller, R-Ohio, who sits on the Rules Committee"
        );
    }

    #[test]
    fn quantities_and_partitives() {
        let s = "près d'un millier d'agriculteurs défilent";
        let w = words(s, 0..s.len(), Lang::Fr);
        let p = parse(&w, 2, w.len()).unwrap();
        assert_eq!(&s[w[p.head.unwrap()].range()], "agriculteurs");
        assert!(p.plural);
        let s = "un de ses électeurs devant le bureau";
        let (w, p) = phrase(s, Lang::Fr);
        assert!(p.partitive && !p.plural);
        assert_eq!(&s[w[p.head.unwrap()].range()], "électeurs");
        let s = "One of them, Councilwoman Rita Diaz, said";
        let (w, p) = phrase(s, Lang::En);
        assert_eq!(p.appositions.len(), 1);
        assert_eq!(
            text(s, &w, p.appositions[0].name.as_ref().unwrap()),
            "Rita Diaz"
        );
    }

    #[test]
    fn pronouns_and_the_latter() {
        let s = "elle a dit";
        let (_, p) = phrase(s, Lang::Fr);
        assert_eq!(
            (p.kind, p.gender, p.plural),
            (Kind::Pronoun, Some(Gender::Fem), false)
        );
        let s = "ils ont dit";
        let (_, p) = phrase(s, Lang::Fr);
        assert!(p.plural);
        let s = "cette dernière a dit";
        let (_, p) = phrase(s, Lang::Fr);
        assert_eq!((p.kind, p.gender), (Kind::Latter, Some(Gender::Fem)));
        let s = "celui qui est un ami";
        let (_, p) = phrase(s, Lang::Fr);
        assert_eq!(p.kind, Kind::Demonstrative);
    }

    #[test]
    fn organisations_and_texts() {
        let s = "le parquet de Lyon";
        let (w, p) = phrase(s, Lang::Fr);
        assert_eq!(p.kind, Kind::Organisation);
        assert_eq!(text(s, &w, p.complement.as_ref().unwrap()), "Lyon");
        let s = "un communiqué de la Banque de France pour expliquer";
        let (w, p) = phrase(s, Lang::Fr);
        assert_eq!(p.kind, Kind::Text);
        assert_eq!(
            text(s, &w, p.complement.as_ref().unwrap()),
            "la Banque de France"
        );
        let s = "the National Rifle Safety Council said";
        let (w, p) = phrase(s, Lang::En);
        assert_eq!(p.kind, Kind::Name);
        assert_eq!(
            text(s, &w, p.name.as_ref().unwrap()),
            "National Rifle Safety Council"
        );
    }
}
