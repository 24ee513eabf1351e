//! The grammar of saying: in a sentence, the predicates that attribute words to someone — verbs
//! of saying and writing in every tense and form (`a déclaré`, `a-t-il dit`, `estime-t-elle`,
//! `s'est déclarée`, `said`, `told reporters`, `en plaidant`, `avant d'ajouter`), periphrases
//! (`a fait état de`, `a tenu à souligner`, `pointed out`), `selon X`, `d'après X`, `pour X`,
//! `according to X`, `a-t-on appris auprès de X`, `X was quoted as saying`, a colon after a
//! clause or a name (`X : « … »`), a dash after the quotation — and their subjects, before the
//! verb (skipping appositions and incidental clauses: `Claude Bartolone, l'un des lieutenants
//! de Laurent Fabius, jubilait`), after it (inversions, past an audience or a time: `a déclaré
//! mardi à la presse son interprète, Matthieu Ricard`), through a relative (`le Parti
//! socialiste qui l'a qualifiée de`), or, for a verb with no subject of its own, the sentence's
//! main subject. Then, for each quotation of the sentence, the predicate that governs it.

use std::ops::Range;

use super::lexicon::{Class, Lang};
use super::phrase::{self, Kind, Phrase};
use super::tokens::{Gap, Shape, Word, words};

/// How many words before its verb a subject may start (past its appositions).
const SUBJECT_REACH: usize = 40;

/// Where the attribution is written, relative to the quotation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Position {
    /// `« … », a déclaré X` · `"…," X said` · `« … » — X`
    After,
    /// `X a déclaré : « … »` · `X a dénoncé une « … »` · `X said it was "…"`
    Before,
    /// `« …, a promis la maire. … »`
    Incise,
    /// `selon X`, `d'après X`, `pour X`, `according to X`, `auprès de X`
    Selon,
    /// `X : « … »` in a title or subheading, or a name right before the quotation there.
    Headline,
}

/// Who a predicate's subject is, as the sentence writes it.
#[derive(Debug, Clone)]
pub enum Who {
    /// A noun phrase (a name, a pronoun, a description…), as word indices.
    Phrase(Phrase),
    /// A verb with no subject in its sentence (`Et de conclure : « … »`): the previous speaker.
    Previous,
    /// An indefinite `on` or a plural `they` with nothing to point to: said by several, or by
    /// no one in particular — an attribution all the same.
    Nobody,
}

/// A predicate of saying and its subject.
#[derive(Debug, Clone)]
pub struct Found {
    pub position: Position,
    pub who: Who,
    /// The words of the attribution, for `how` (word indices).
    pub clause: Range<usize>,
    /// The quotation is introduced as speech (colon, `que`, adjacent verb, `selon`), not only
    /// mentioned inside a sentence.
    pub introduces: bool,
}

/// The words a sentence offers: its words (quoted ones marked), and the block's other words
/// for looking around.
pub struct Sentence<'a> {
    pub words: &'a [Word],
    /// Word indices of the sentence in `words`.
    pub range: Range<usize>,
    pub lang: Lang,
    /// The sentence is a title or subheading (or the article's first line).
    pub heading: bool,
}

/// The predicates of saying of a sentence, in order.
pub struct Predicates(Vec<Predicate>);

impl Predicates {
    /// The subject of the sentence's first predicate of saying that has one: who reports in
    /// it, with or without a quotation ("Obama said in televised remarks that …").
    pub fn reporter(&self) -> Option<&Phrase> {
        self.0.iter().find_map(|p| match &p.who {
            Who::Phrase(ph) if p.position_hint != Hint::Adjective => Some(ph),
            _ => None,
        })
    }
}

/// A predicate found in a sentence.
#[derive(Debug, Clone)]
struct Predicate {
    /// Its first word (the verb, `selon`, the colon's following word…).
    at: usize,
    /// One past its last word (verb and inverted subject).
    end: usize,
    who: Who,
    position_hint: Hint,
}

impl Predicate {
    /// No predicate after all at verb `v` (an adjective, a verb of a relative or of an
    /// unread subject): it attributes nothing and reports no one.
    fn none_at(v: usize) -> Self {
        Predicate {
            at: v,
            end: v + 1,
            who: Who::Nobody,
            position_hint: Hint::Adjective,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Hint {
    /// A verb whose subject follows it (`a déclaré X`, `said X`, `dit-il`).
    Inverted,
    /// A verb whose subject precedes it.
    Subject,
    /// `selon X`.
    Selon,
    /// A verb with no subject of its own (participle, gerund, infinitive).
    Dependent,
    /// `— X` after a quotation.
    Dash,
    /// Not a predicate after all (a participle used as an adjective).
    Adjective,
}

/// Word `i` follows a prenominal adjective after a determiner (`une longue note`): a noun.
fn after_prenominal(words: &[Word], i: usize) -> bool {
    words[i - 1].has(Class::PRENOMINAL)
        && words[i].gap.plain()
        && words[i - 1].gap.plain()
        && words[i - 2].has(Class::DET)
        && !words[i - 2].quoted()
}

/// A verb of saying at `i` (not a noun after a determiner: "la déclaration", "le dit"), or the
/// light verb of a periphrase (`fait état`, `mis en garde`), or an English phrasal verb
/// (`pushed back`).
fn saying_at(words: &[Word], i: usize, end: usize) -> bool {
    let w = &words[i];
    if w.quoted() {
        return false;
    }
    // `les`, `la`, `le` are determiners or object clitics; the clitic stands after its
    // subject or a negation ("le maire les critique", "il ne la dit pas"), the determiner
    // at a sentence start or after a verb or a preposition ("Evoquant les critiques", "sur
    // la déclaration").
    // After `que` or a subordinating word a subject follows, so `la` there is its determiner
    // ("alors que la tempête financière contraint", not "qui la tempête").
    let determiner = |j: usize| {
        !words[j].has(Class::CLITIC)
            || words[j].gap.has(Gap::START)
            || j > 0
                && (words[j - 1]
                    .has(Class::PREP | Class::COMPL | Class::VERB | Class::SAY | Class::AUX)
                    || is_que(&words[j - 1])
                    || words[j - 1].has(Class::SUBORD) && !words[j - 1].has(Class::REL))
                && !words[j - 1].has(Class::PRONOUN | Class::NEG | Class::CLITIC)
    };
    let after_det = i > 0
        && !words[i - 1].quoted()
        && w.gap.plain()
        && words[i - 1].has(Class::DET)
        && determiner(i - 1)
        && !w.gap.has(Gap::HYPHEN);
    if w.has(Class::SAY) && !after_det && (w.shape == Shape::Lower || w.gap.has(Gap::START)) {
        // A text noun after an adjective that stands before nouns ("une longue note interne",
        // "a new report"): a noun too, not the verb it may also be.
        if w.has(Class::TEXT) && i > 1 && after_prenominal(words, i) && determiner(i - 2) {
            return false;
        }
        // "dit" as an adjective ("le dit accord") is after a determiner; a capitalised
        // sentence-opening participle ("Interrogé sur…,") opens a participial clause.
        if w.capitalised() && w.has(Class::PARTICIPLE) && !w.has(Class::FINITE) {
            return false;
        }
        // A reflexive verb with "par" is a passive: "la perte s'expliquerait par « … »", "se
        // traduit par", not anyone explaining.
        let key = crate::core::text::words::word_key;
        let reflexive = i > 0 && (words[i - 1].key == key("se") || words[i - 1].key == key("s"));
        if reflexive
            && (w.has(Class::MEDIOPASSIVE)
                || words
                    .get(i + 1)
                    .is_some_and(|n| i + 1 < end && n.key == key("par")))
        {
            return false;
        }
        return true;
    }
    if w.has(Class::LIGHT_VERB) && !after_det {
        let next =
            (i + 1..end.min(i + 4)).find(|&j| !words[j].has(Class::PREP | Class::DET | Class::ADV));
        if let Some(j) = next
            && words[j].has(Class::PERIPHRASE)
            && !words[j].quoted()
        {
            return true;
        }
    }
    if w.has(Class::PHRASAL_VERB)
        && words
            .get(i + 1)
            .is_some_and(|n| i + 1 < end && n.has(Class::PHRASAL) && n.gap.plain())
    {
        return true;
    }
    false
}

/// A finite form (or the auxiliary chain before a participle) that has a subject.
fn finite_chain(words: &[Word], v: usize, from: usize) -> (usize, bool) {
    // Walk back over auxiliaries, clitics, negations and adverbs: "n'a pas encore dit",
    // "s'est déclarée", "l'a qualifiée", "has repeatedly said".
    let mut c = v;
    let mut aux = false;
    while c > from {
        let p = &words[c - 1];
        if p.quoted() {
            break;
        }
        // Punctuation before a word of the chain ends it (a hyphen does not: "a-t-il").
        let joins_next = !words[c].gap.has(Gap::PUNCT)
            || words[c].gap.has(Gap::HYPHEN) && !words[c].gap.has(Gap::SPACE);
        if !joins_next {
            // An aside between commas after the auxiliary: "a, lui, jugé", "a, de son côté,
            // estimé", "has, however, said".
            match aside_after_aux(words, c, from) {
                Some(j) => {
                    // The auxiliary before the aside.
                    c = j - 1;
                    aux = true;
                    continue;
                }
                None => break,
            }
        }
        if p.has(Class::AUX) {
            aux = true;
            c -= 1;
        } else if (p.has(Class::PRONOUN) && p.gap.has(Gap::HYPHEN) && !p.gap.has(Gap::SPACE))
            || (p.key == crate::core::text::words::word_key("t") && p.gap.has(Gap::HYPHEN))
            || (p.has(Class::CLITIC | Class::NEG)
                && !p.has(Class::PRONOUN)
                // A pronoun after a preposition is its object, never the verb's clitic: "one
                // of them said", "plusieurs d'entre eux ont dit".
                && !(p.has(Class::CLITIC)
                    && c >= from + 2
                    && words[c - 2].has(Class::PREP | Class::COMPL)
                    && !words[c - 2].quoted()))
            || (p.has(Class::ADV) && p.shape == Shape::Lower)
        {
            // Clitics, negations, adverbs; and the inverted pronoun of "a-t-elle ajouté",
            // "s'est-il interrogé", which is part of the chain.
            c -= 1;
        } else if c >= from + 3
            && p.key == crate::core::text::words::word_key("et")
            && words[c - 2].key == crate::core::text::words::word_key("ores")
            && words[c - 3].key == crate::core::text::words::word_key("d")
        {
            // The adverbial locution "a d'ores et déjà assuré".
            c -= 3;
        } else if p.has(Class::LIGHT_VERB) && words[v].has(Class::INFINITIVE) {
            c -= 1;
        } else if p.has(Class::PREP)
            && words[v].has(Class::INFINITIVE)
            && c - 1 > from
            && words[c - 2].has(Class::AUX | Class::LIGHT_VERB)
        {
            // "a tenu à souligner"
            c -= 1;
        } else if c == v
            && p.has(Class::PREP | Class::COMPL)
            && !p.has(Class::DET)
            && words[v].has(Class::INFINITIVE)
            && c >= from + 3
            && words[c - 2].shape == Shape::Lower
            && !words[c - 2].quoted()
            && words[c - 2].gap.plain()
            && !words[c - 2].has(
                Class::DET
                    | Class::PREP
                    | Class::COMPL
                    | Class::PRONOUN
                    | Class::ADV
                    | Class::LIGHT_VERB,
            )
            && words[c - 3].has(Class::AUX)
            && !words[c - 3].quoted()
        {
            // "s'est borné à dire", "a refusé de commenter", "s'est contenté de répondre": a
            // participle after its auxiliary, then the infinitive of saying.
            c -= 2;
        } else {
            break;
        }
    }
    let w = &words[v];
    // "wrote separately to say the ruling « … »": an English infinitive after `to` has no
    // tense, so no subject of its own after it; it is its controller's.
    let to_infinitive = c > from
        && words[c - 1].key == crate::core::text::words::word_key("to")
        && !words[c - 1].quoted()
        && words[c].gap.plain();
    let finite = !to_infinitive
        && (aux
            || w.has(Class::FINITE)
            || w.has(Class::LIGHT_VERB)
                && !w.has(Class::PARTICIPLE | Class::INFINITIVE | Class::GERUND));
    (c, finite)
}

/// The phrase of a reporting predicate after what it reports (`…, a déclaré X`, `selon X`,
/// `— X`): who the sentence is about. A pronoun there ("…, s'est-il interrogé") stands for the
/// main subject, which says more ("Le député Daniel Cohn-Bendit a déploré …").
fn reporting_phrase(p: &Predicate) -> Option<&Phrase> {
    match (&p.who, p.position_hint) {
        (Who::Phrase(ph), Hint::Inverted | Hint::Selon | Hint::Dash)
            if !matches!(ph.kind, Kind::Pronoun | Kind::Latter | Kind::Demonstrative) =>
        {
            Some(ph)
        }
        _ => None,
    }
}

/// The start of a short aside between commas that ends before word `c` and follows an
/// auxiliary ("a, lui, jugé", "a, pour sa part, estimé", "has, however, said"): an emphatic
/// pronoun, an adverb, a time or a short prepositional phrase of no name nor verb.
fn aside_after_aux(words: &[Word], c: usize, from: usize) -> Option<usize> {
    if !words[c].gap.has(Gap::COMMA) || words[c].gap.has(Gap::QUOTE) {
        return None;
    }
    let low = c.saturating_sub(4).max(from + 1);
    let j = (low..c).rev().find(|&j| words[j].gap.has(Gap::PUNCT))?;
    let aside = &words[j..c];
    let ok = words[j].gap.has(Gap::COMMA)
        && !words[j].gap.has(Gap::QUOTE)
        && words[j - 1].has(Class::AUX)
        && !words[j - 1].quoted()
        && aside.iter().all(|w| {
            !w.quoted()
                && !w.has(Class::SAY | Class::VERB | Class::AUX)
                && (w.shape == Shape::Lower || w.has(Class::TIME))
                && (j + 1..c).all(|k| !words[k].gap.has(Gap::PUNCT))
        });
    ok.then_some(j)
}

/// The end of a fixed adverbial starting at `k` that contrasts a speaker with another ("pour
/// sa part", "pour leur part", "quant à lui", "à son tour", "de son côté", "for his part"), if
/// one starts there.
fn contrastive_adverbial(words: &[Word], k: usize, end: usize) -> Option<usize> {
    use crate::core::text::words::word_key as key;
    if k + 2 >= end || words[k].quoted() || words[k].shape != Shape::Lower {
        return None;
    }
    let (a, b, c) = (&words[k], &words[k + 1], &words[k + 2]);
    let joined = [b, c]
        .iter()
        .all(|w| !w.quoted() && !w.gap.has(Gap::PUNCT & !Gap::APOSTROPHE));
    if !joined {
        return None;
    }
    let possessive = b.has(Class::POSSESSIVE);
    let a_grave = super::lexicon::accented_key("à").unwrap_or_default();
    let emphatic = [key("lui"), key("elle"), key("eux"), key("elles")].contains(&c.key);
    let fits = (a.key == key("pour") || a.key == key("for")) && possessive && c.key == key("part")
        || a.key == key("de") && possessive && c.key == key("côté")
        || a.key == key("quant") && b.key == a_grave && emphatic
        || a.key == a_grave && possessive && c.key == key("tour");
    fits.then_some(k + 3)
}

/// True for words that may stand between a subject and its verb: adverbs, negations, clitics,
/// auxiliaries, `lui aussi`.
fn skippable(w: &Word) -> bool {
    w.has(Class::ADV | Class::NEG | Class::CLITIC | Class::AUX | Class::TIME | Class::SELF)
        && !(w.capitalised() && !w.gap.has(Gap::START) && !w.has(Class::TIME))
}

/// Leading connectors of a clause: "Et", "Mais", "Toutefois", "Pourtant", "Or", "si".
fn connector(w: &Word) -> bool {
    w.has(Class::CONJ | Class::SUBORD)
        || (w.has(Class::ADV) && !w.has(Class::TIME)) && !w.has(Class::DET | Class::PRONOUN)
}

impl Sentence<'_> {
    fn first(&self) -> usize {
        self.range.start
    }

    /// Where the clause holding word `v` starts: after the previous colon, semicolon,
    /// quotation, or `que`/`that`, or the sentence start.
    fn clause_start(&self, v: usize) -> usize {
        let ws = self.words;
        let mut k = v;
        while k > self.first() {
            let w = &ws[k];
            if w.gap.has(Gap::COLON | Gap::SEMICOLON)
                || (w.gap.has(Gap::QUOTE) && k > self.first() && ws[k - 1].quoted())
            {
                return k;
            }
            let p = &ws[k - 1];
            if p.quoted() {
                return k;
            }
            // "que" opens a clause after a verb or a conjunction ("a déclaré que", "alors
            // que"), not after a noun ("la même motion que la présidente").
            let opens_clause = k < 2 || {
                let b = &ws[k - 2];
                b.has(
                    Class::AUX
                        | Class::VERB
                        | Class::SAY
                        | Class::SUBORD
                        | Class::CONJ
                        | Class::ADV
                        | Class::PREP,
                ) || b.quoted()
            };
            if p.has(Class::REL) && !p.has(Class::DET) && k - 1 != v && is_que(p) && opens_clause {
                return k;
            }
            k -= 1;
        }
        self.first()
    }

    /// The subject written before the verb chain starting at `c`.
    fn subject_before(&self, c: usize, clause: usize) -> Option<Phrase> {
        self.subject_in(c, clause).or_else(|| {
            // A "que" inside an apposition ("signataire de la même motion que la présidente")
            // is no clause boundary after all: try from the sentence start.
            let first = self.first();
            let ws = self.words;
            let quoted = (first..clause).find(|&k| ws[k].quoted());
            // A quotation inside an aside between commas before the verb ("Paul Vidal, en
            // évoquant la « légitimité » de la maire, a jugé") leaves the subject before it.
            let in_aside = quoted.is_some_and(|q| {
                ws[c].gap.has(Gap::COMMA)
                    && (first + 1..=q).any(|k| ws[k].gap.has(Gap::COMMA) && !ws[k].quoted())
            });
            (clause > first && (quoted.is_none() || in_aside))
                .then(|| self.subject_in(c, first))
                .flatten()
        })
    }

    fn subject_in(&self, c: usize, clause: usize) -> Option<Phrase> {
        let ws = self.words;
        if c <= clause {
            return None;
        }
        // A parenthesis right before the verb, however long, is an aside: "la ministre de la
        // Culture (celle qui présentera la réforme, elle qui négociait pour Radio France),
        // assure". The subject ends before it.
        if ws[c].gap.has(Gap::CLOSE_PAREN)
            && let Some(open) = (clause + 1..c)
                .rev()
                .take_while(|&k| !ws[k].quoted() && !ws[k].gap.has(Gap::CLOSE_PAREN))
                .find(|&k| ws[k].gap.has(Gap::OPEN_PAREN))
            && let Some(p) = self.subject_in(open, clause)
        {
            return Some(p);
        }
        // "qui l'a qualifiée", "who has urged": the phrase before the relative.
        let p = &ws[c - 1];
        if p.has(Class::REL) && !is_que(p) && !p.has(Class::DET) {
            // Else "ceux qui appellent", "celle qui a dit": the demonstrative the relative
            // completes.
            let last = self.phrase_ending_at(c - 1, clause).or_else(|| {
                (is_subject_relative(p)
                    && c >= clause + 2
                    && ws[c - 2].has(Class::DEMONSTRATIVE)
                    && !ws[c - 2].quoted())
                .then(|| phrase::parse(ws, c - 2, c - 1))
                .flatten()
            });
            // "Sen. Ruth Adebayo, D-Minn., who…", "Paul Vidal, de Lyon, qui…": a short tag or
            // place between commas after a name leaves the relative the name's.
            // So does a description in apposition: "Sen. Tom Kettering, a Republican from Ohio
            // who has opposed two nominees, asked".
            let apposition = |l: &Phrase| {
                l.det.is_some() && l.name.is_none() && matches!(l.kind, Kind::Description)
            };
            // A lone surname is enough before a description ("Zhao, a career diplomat who
            // served…"); before a short tag only a full name is sure to be a person's.
            if let Some(l) = &last
                && ws[l.words.start].gap.has(Gap::COMMA)
                && (p.gap.has(Gap::COMMA)
                    && l.name.as_ref().is_none_or(|n| n.len() == 1)
                    && l.det.is_none()
                    || apposition(l))
                && let Some(q) = self.phrase_ending_at(l.words.start, clause)
                && q.kind == Kind::Name
                && q.name.as_ref().is_some_and(|n| {
                    n.len() >= 2 || apposition(l) && ws[n.start].shape == Shape::Capital
                })
            {
                return Some(q);
            }
            // A complement's phrase before the relative leaves it the person's the complement
            // belongs to: "A first officer at one regional carrier, who spoke on condition of
            // anonymity, said", "un proche de Martine Aubry, qui".
            if let Some(l) = &last
                && l.words.start > clause + 1
                && ws[l.words.start - 1].has(Class::PREP | Class::COMPL)
                && !ws[l.words.start - 1].has(Class::DET | Class::CLITIC)
                && !ws[l.words.start - 1].quoted()
                && let Some(q) = self.phrase_ending_at(l.words.start - 1, clause)
                && matches!(q.kind, Kind::Description)
            {
                return Some(q);
            }
            // "Frédéric Oudéa, patron de la Société générale qui affirmait", "John Smith,
            // head of Acme Corp who said": a bare role between a comma and its complement
            // is in apposition to the person's full name before it, whose the relative is.
            if let Some(l) = &last
                && l.words.start >= clause + 3
                && ws[l.words.start - 1].has(Class::COMPL | Class::PREP)
                && !ws[l.words.start - 1].quoted()
                && {
                    let role = &ws[l.words.start - 2];
                    role.has(Class::ROLE)
                        && role.shape == Shape::Lower
                        && role.gap.has(Gap::COMMA)
                        && !role.quoted()
                }
                && let Some(q) = self.phrase_ending_at(l.words.start - 2, clause)
                && q.kind == Kind::Name
                && q.name.as_ref().is_some_and(|n| n.len() >= 2)
            {
                return Some(q);
            }
            return last;
        }
        // A pronoun after a preposition is its object ("un élu très proche d'elle a
        // assuré", "a friend of his said"), not the subject; a nominative pronoun stays the
        // subject after a word that is also a subordinator ("even as he called", "after they
        // said").
        let nominative = {
            let key = crate::core::text::words::word_key;
            [
                key("he"),
                key("she"),
                key("they"),
                key("we"),
                key("il"),
                key("ils"),
            ]
            .contains(&p.key)
        };
        let after_prep = c >= clause + 2
            && !nominative
            && ws[c - 2].has(Class::PREP | Class::COMPL)
            && !ws[c - 2].has(Class::DET | Class::CLITIC);
        if !after_prep
            && (p.has(Class::PRONOUN) && !p.capitalised()
                || p.has(Class::PRONOUN) && p.gap.has(Gap::START | Gap::COMMA | Gap::QUOTE)
                || p.has(Class::PRONOUN) && c - 1 == clause)
        {
            return phrase::parse(ws, c - 1, c);
        }
        // Candidate starts: the clause start and each word after a comma, a connector, or a
        // subordinating word; the first phrase that reaches the verb (past appositions and
        // comma-delimited adverbials) is the subject.
        let mut starts = vec![clause];
        // "Près d'un millier de…", "Plus de cent…": after an opening quantity adverb.
        if clause + 2 < c
            && ws[clause].has(Class::PREP | Class::ADV)
            && ws[clause + 1].has(Class::COMPL)
        {
            starts.push(clause + 2);
        }
        // A subject with its appositions stands within SUBJECT_REACH words of its verb: on
        // long sentences (a book's verses) the starts further back are not tried, which
        // keeps the work linear.
        for k in (clause + 1).max(c.saturating_sub(SUBJECT_REACH))..c {
            let w = &ws[k];
            if w.quoted() {
                continue;
            }
            if w.gap.has(Gap::COMMA | Gap::OPEN_PAREN | Gap::DASH)
                || (k > clause
                    // Not inside a compound ("Loir-et-Cher").
                    && !ws[k].gap.has(Gap::HYPHEN)
                    && (ws[k - 1].has(Class::CONJ | Class::SUBORD)
                        // The reported clause of a verb of saying, without "that": "The
                        // indictment says Albrecht assured…".
                        // Not a noun after its determiner ("les critiques des riverains").
                        || ws[k - 1].has(Class::SAY) && ws[k - 1].has(Class::FINITE) && ws[k - 1].shape == Shape::Lower && saying_at(ws, k - 1, c)
                        || ws[k - 1].has(Class::REL) && !ws[k - 1].has(Class::DET)
                        || ws[k - 1].has(Class::PREP) && ws[k - 1].has(Class::INTRO)))
            {
                starts.push(k);
                // "A Brest, près d'un millier de pêcheurs…": after a quantity adverb there too.
                if k + 2 < c
                    && ws[k].has(Class::PREP | Class::ADV)
                    && !ws[k].has(Class::DET)
                    && ws[k + 1].has(Class::COMPL)
                    && !ws[k + 1].quoted()
                {
                    starts.push(k + 2);
                }
            }
        }
        // Last, "Dans sa déclaration Paul Martin, écrit :": after an opening preposition;
        // not when a subject follows the verb ("Avec la crise, suppute l'Afub, « … »": the
        // crisis is the preposition's object).
        // A time word may stand between ("…, a annoncé mardi l'Elysée").
        let inverted_after = (c..self.range.end)
            .find(|&k| {
                ws[k].quoted() || !ws[k].has(Class::SAY | Class::AUX | Class::NEG | Class::TIME)
            })
            .is_some_and(|k| {
                let w = &ws[k];
                !w.quoted() && !w.gap.has(Gap::PUNCT) && (w.has(Class::DET) || w.capitalised())
            });
        let after_opening_prep = clause + 1 < c
            && ws[clause].has(Class::PREP)
            && !ws[clause].has(Class::DET)
            && !inverted_after;
        if after_opening_prep {
            starts.push(clause + 1);
            // With no comma after the opening phrase: "By midmorning hundreds of strikers
            // were chanting", "At dawn the protesters shouted": the phrase starting on a
            // determiner or a quantity that is no preposition's object.
            for k in clause + 2..c.min(clause + 8) {
                let w = &ws[k];
                if w.quoted() || w.gap.has(Gap::PUNCT) || w.has(Class::VERB | Class::AUX) {
                    break;
                }
                if (w.has(Class::DET | Class::QUANT) || w.shape == Shape::Digit)
                    && !ws[k - 1].has(Class::PREP | Class::COMPL | Class::DET)
                {
                    starts.push(k);
                }
            }
        }
        for s in starts {
            let mut s = s;
            let opening_object = after_opening_prep && s == clause + 1;
            while s < c
                && connector(&ws[s])
                && !ws[s].has(Class::PRONOUN)
                && (!ws[s].capitalised() || ws[s].has(Class::FUNCTION))
            {
                s += 1;
            }
            // An approximator before a number belongs to the quantity: "about two dozen
            // patients held a rally", "nearly 200 workers", "environ 300 manifestants".
            {
                let key = crate::core::text::words::word_key;
                let approximator = [
                    key("about"),
                    key("around"),
                    key("nearly"),
                    key("almost"),
                    key("roughly"),
                    key("approximately"),
                    key("some"),
                    key("environ"),
                ];
                if s + 1 < c
                    && approximator.contains(&ws[s].key)
                    && !ws[s].quoted()
                    && (ws[s + 1].shape == Shape::Digit || ws[s + 1].has(Class::QUANT))
                    && !ws[s + 1].quoted()
                {
                    s += 1;
                }
            }
            if s >= c
                || ws[s].quoted()
                || ws[s].has(Class::PREP | Class::COMPL) && !ws[s].has(Class::DET)
            {
                continue;
            }
            // A preposition's object before an inverted subject is an aside: "une « motion »
            // à Rachida Dati, pour l'affaire de Metz, révèle Le Figaro".
            if inverted_after
                && s > self.first()
                && !ws[s].gap.has(Gap::PUNCT)
                && ws[s - 1].has(Class::PREP)
                && !ws[s - 1].has(Class::DET)
                && !ws[s - 1].quoted()
            {
                continue;
            }
            let Some(p) = phrase::parse(ws, s, c) else {
                continue;
            };
            // English has no name after its noun ("the Dupont report" is "the report
            // Dupont"): "a decision Lundgren called …", "the bill Smith signed" hold a relative
            // clause without "that" whose subject is the name.
            if self.lang == Lang::En
                && matches!(p.kind, Kind::Noun | Kind::Text)
                && p.det.is_some()
                && let Some(h) = p.head
                && ws[h].shape == Shape::Lower
                && h + 1 < c
                && ws[h + 1].shape == Shape::Capital
                && ws[h + 1].gap.plain()
                && let Some(name) = phrase::parse(ws, h + 1, c)
                && name.kind == Kind::Name
                && name.core.start == h + 1
                && self.reaches(name.words.end, c)
            {
                return Some(name);
            }
            // A subject designates: a determiner, a name, a pronoun, a person or organisation
            // noun, or a capitalised plural ("Democrats"); not a bare adjective ("discret").
            let designates = p.det.is_some()
                || p.name.is_some()
                || p.coordination.is_some()
                || matches!(p.kind, Kind::Pronoun | Kind::Demonstrative | Kind::Latter)
                || p.head.is_some_and(|h| {
                    ws[h].has(
                        Class::ROLE | Class::ORG | Class::RELATION | Class::MEMBER | Class::TEXT,
                    ) || ws[h].capitalised() && !ws[h].has(Class::FUNCTION)
                });
            // "In a post after the vote, the union wrote", "Après le vote, le syndicat a écrit":
            // the phrase after a subordinating or opening preposition ends its clause at the
            // comma; what follows the comma is no apposition of it but the main clause's
            // subject, tried next.
            let closes_clause = s > clause
                && (ws[s - 1].has(Class::SUBORD) || s - 1 == clause && ws[clause].has(Class::PREP))
                && p.appositions.first().is_some_and(|a| {
                    let w = &ws[a.words.start];
                    // "In a statement after the hearing, Veridan said": a name after the
                    // comma, running to the verb with no comma of its own, is the subject.
                    let name_to_verb = a.kind == Kind::Name
                        && a.words.end == c
                        && !ws[c].gap.has(Gap::PUNCT)
                        && p.name.is_none();
                    w.gap.has(Gap::COMMA)
                        && (w.has(Class::DET | Class::QUANT)
                            || w.shape == Shape::Digit
                            || name_to_verb)
                });
            // The opening preposition's object is the subject only when nothing but the
            // verb follows it ("Dans sa déclaration Paul Martin, écrit"); "Before the debate,
            // dozens of protesters rallied" has its subject after the comma.
            let chunk_after = opening_object
                && (p.words.end..c).any(|k| ws[k].gap.has(Gap::COMMA) && !ws[k].quoted());
            // A preposition's object closed by the comma before the verb is no subject: in
            // "… concernant les banques, a annoncé l'Elysée" the Elysée announces.
            let key = crate::core::text::words::word_key;
            let object_before_comma = !opening_object
                && s > self.first()
                && (ws[s - 1].has(Class::PREP | Class::GERUND) && !ws[s - 1].has(Class::DET)
                    || ws[s - 1].quoted()
                    || ws[s].key == key("au")
                    || ws[s].key == key("aux"))
                && ws[c].gap.has(Gap::COMMA)
                && p.appositions.is_empty()
                && !(s..c).any(|k| ws[k].gap.has(Gap::COMMA));
            if designates
                && !closes_clause
                && !chunk_after
                && !object_before_comma
                && self.reaches(p.words.end, c)
            {
                return Some(p);
            }
        }
        None
    }

    /// The person or organisation a verbless sentence opens with, before a colon at `b`: "Ainsi
    /// la productrice Paule Vidal, porte-parole de l'appel, interrogée par « Le Temps » : « … »".
    /// Only with no verb before the colon: the phrase, then comma-delimited chunks.
    fn opening_person(&self, b: usize) -> Option<Phrase> {
        let ws = self.words;
        let key = crate::core::text::words::word_key;
        let mut s0 = self.first();
        // "Ainsi", "Mais", "Tel Jacques Camus, de la République du Centre."
        let tel =
            |w: &Word| [key("tel"), key("telle"), key("tels"), key("telles")].contains(&w.key);
        while s0 < b && (connector(&ws[s0]) || tel(&ws[s0])) && !ws[s0].has(Class::PRONOUN) {
            s0 += 1;
        }
        if s0 >= b || ws[s0].quoted() {
            return None;
        }
        let verb = (s0..b).any(|k| {
            // Not a compound's part ("porte-parole").
            let compound =
                ws[k].gap.has(Gap::HYPHEN) || ws.get(k + 1).is_some_and(|n| n.gap.has(Gap::HYPHEN));
            !ws[k].quoted()
                && !compound
                && ws[k].has(Class::AUX | Class::VERB | Class::FINITE)
                && !ws[k].has(Class::DET)
        });
        if verb {
            return None;
        }
        let p = phrase::parse(ws, s0, b)?;
        let person = matches!(p.kind, Kind::Name | Kind::Description | Kind::Organisation)
            || p.kind == Kind::Noun && p.name.is_some();
        let then_comma = p.words.end == b || ws[p.words.end].gap.has(Gap::COMMA);
        (person && then_comma).then_some(p)
    }

    /// The subject that opens the sentence and reaches the verb chain at `c` past an
    /// incidental clause holding a quotation.
    fn subject_spanning(&self, c: usize) -> Option<Phrase> {
        let ws = self.words;
        let first = self.first();
        let p = phrase::parse(ws, first, c)?;
        if !matches!(p.kind, Kind::Name | Kind::Description | Kind::Organisation) {
            return None;
        }
        // The incidental clause runs from a comma after the phrase to the comma before the
        // verb; quotations may stand inside it.
        let start = p.words.end;
        // A relative, or a description in apposition holding one: "State Sen. Curtis Vander,
        // a Redmond Republican who sponsored the \"Readiness Act,\" accused…".
        let opens = ws.get(start).is_some_and(|w| {
            w.gap.has(Gap::COMMA)
                && (w.has(Class::REL)
                    || w.has(Class::DET)
                        && !w.quoted()
                        && (start + 1..c).any(|k| ws[k].has(Class::REL) && !ws[k].quoted()))
        });
        let closes = ws[c].gap.has(Gap::COMMA);
        (opens && closes).then_some(p)
    }

    /// True when only adverbials and comma-delimited chunks (`, quant à elle,`, `, lui aussi,`)
    /// stand between `from` and the verb chain at `c`.
    fn reaches(&self, from: usize, c: usize) -> bool {
        let ws = self.words;
        let mut k = from;
        let mut chunks = 0;
        while k < c {
            // A parenthesis after the subject: "l'USM et le SM (à gauche) ont qualifié".
            if ws[k].gap.has(Gap::OPEN_PAREN)
                && let Some(j) = (k + 1..=c.min(k + 8)).find(|&j| ws[j].gap.has(Gap::CLOSE_PAREN))
                && (k..j).all(|m| !ws[m].quoted())
            {
                chunks += 1;
                k = j;
                if !ws[j].gap.has(Gap::COMMA) {
                    continue;
                }
            }
            if ws[k].gap.has(Gap::COMMA) {
                // A comma-delimited chunk: skip to the next comma before the verb.
                // An apposition the phrase reader left ("Julien Dray, signataire de la même
                // motion que la présidente…, a déclaré") ends at the comma before the verb.
                let next = (k + 1..=c).find(|&j| ws[j].gap.has(Gap::COMMA));
                match next {
                    Some(n) => {
                        chunks += 1;
                        k = n;
                        continue;
                    }
                    None => {
                        // A medium whose closing comma was left out: "François Martin, dans le
                        // Midi-Libre considère".
                        let medium = ws[k].has(Class::PREP)
                            && !ws[k].has(Class::DET)
                            && c - k <= 6
                            && (k + 1..c).any(|j| ws[j].capitalised())
                            && (k..c).all(|j| {
                                !ws[j].quoted()
                                    && !ws[j].has(
                                        Class::VERB
                                            | Class::AUX
                                            | Class::SAY
                                            | Class::REL
                                            | Class::PRONOUN
                                            | Class::CONJ
                                            | Class::SUBORD,
                                    )
                            });
                        // The verb itself follows a comma: ", a déclaré".
                        return (medium || (k..c).all(|j| skippable(&ws[j]))) && chunks <= 3;
                    }
                }
            }
            if k == from
                && let Some(n) = self.place_complement(k, c)
            {
                k = n;
                continue;
            }
            // A time between the subject and its verb: "Gov. Tom Hale on Tuesday signed".
            if ws[k].has(Class::PREP)
                && !ws[k].has(Class::DET)
                && k + 1 < c
                && ws[k + 1].has(Class::TIME)
                && !ws[k + 1].gap.has(Gap::PUNCT)
            {
                k += 2;
                continue;
            }
            if !skippable(&ws[k]) {
                return false;
            }
            k += 1;
        }
        chunks <= 3
    }

    /// The end of a short prepositional phrase of common nouns right after a subject, before
    /// its verb at `c`: "a protester in the back of the room stood", "voters in rural
    /// counties say". Only lower-case nouns, determiners and prepositions, no punctuation.
    fn place_complement(&self, k: usize, c: usize) -> Option<usize> {
        let ws = self.words;
        let w = &ws[k];
        if !w.has(Class::PREP) || w.has(Class::INTRO) || w.shape != Shape::Lower || !w.gap.plain() {
            return None;
        }
        let mut j = k + 1;
        let mut nouns = 0;
        let mut named = false;
        while j < c && j - k <= 8 {
            let x = &ws[j];
            // The period of an abbreviated title ("in St. Paul").
            let title_dot = j > k + 1
                && ws[j - 1].has(Class::TITLE)
                && x.gap.0 & !(Gap::SPACE | Gap::STOP) == 0;
            if x.quoted() || !(x.gap.plain() || title_dot) {
                return None;
            }
            let function = x.has(Class::DET | Class::COMPL | Class::PREP) && !x.has(Class::INTRO);
            // A place's name after the preposition: "on the picket line in St. Paul", "in
            // Des Moines"; not a person's ("with Paul Martin").
            let saint = |w: &Word| super::lexicon::saint_title(w.key);
            let place_name = x.capitalised()
                && (saint(x) && super::lexicon::place_preposition(ws[j - 1].key)
                    || j > k + 1 && saint(&ws[j - 1])
                    || !x.has(Class::MALE_NAME | Class::FEMALE_NAME | Class::ORG | Class::ROLE)
                        && (super::lexicon::place_preposition(ws[j - 1].key)
                            || j > k + 1 && ws[j - 1].capitalised()));
            let noun = place_name
                || x.shape == Shape::Lower
                    && !x.has(
                        Class::VERB
                            | Class::AUX
                            | Class::SAY
                            | Class::REL
                            | Class::CONJ
                            | Class::SUBORD
                            | Class::PRONOUN
                            | Class::NEG
                            | Class::CLITIC
                            | Class::FIRST_PERSON,
                    );
            if !(function || noun) {
                break;
            }
            nouns += usize::from(noun && !function);
            named |= place_name;
            j += 1;
        }
        // Nothing but adverbs, negations or auxiliaries between it and the verb chain; after
        // a place's name, the verb chain itself ("Stopgap bill fails in Senate as Whitcomb
        // warns": the bill is no subject of "warns").
        let between = |m: usize| {
            if named {
                ws[m].has(Class::AUX | Class::NEG) && !ws[m].has(Class::CONJ | Class::SUBORD)
            } else {
                skippable(&ws[m])
            }
        };
        (nouns > 0 && (j..c).all(between)).then_some(j)
    }

    /// The group an impersonal French "on" at `on` speaks for, named by the place it speaks
    /// from: after it ("explique-t-on à la gauche du PS", "dit-on dans son équipe") or
    /// opening the sentence before it ("Dans l'entourage de François Hollande, on pestait").
    /// A text, an audience or a time is where or when one speaks, not who ("dit-on dans un
    /// communiqué", "a-t-on dit à la presse"); a name after "à" is a medium ("a-t-on indiqué
    /// à l'AFP") unless it is a seat of power ("à l'Elysée", "à Bercy").
    fn on_group(&self, on: usize) -> Option<Phrase> {
        let key = crate::core::text::words::word_key;
        let ws = self.words;
        let a = super::lexicon::accented_key;
        let opening = |k: usize| {
            let w = &ws[k];
            if w.quoted() {
                return None;
            }
            if w.key == key("dans") || w.key == key("chez") || Some(w.key) == a("à") {
                return Some(k + 1);
            }
            // "au sein de X", "du côté de X"
            let next = ws.get(k + 1)?;
            let cote = next.key == key("côté") || Some(next.key) == a("côté");
            let pair =
                (w.key == key("au") && next.key == key("sein")) || (w.key == key("du") && cote);
            let de = ws.get(k + 2);
            if pair && de.is_some_and(|de| de.key == key("de") || de.key == key("d")) {
                return Some(k + 3);
            }
            // "Au groupe UMP, on pronostique", "assure-t-on au ministère".
            (w.key == key("au") || w.key == key("aux")).then_some(k + 1)
        };
        let group = |start: usize, end: usize| {
            let to = start > 0 && Some(ws[start - 1].key) == a("à");
            // After "au" only an organisation or a person noun: "Au groupe UMP", not "Au
            // total".
            let au =
                start > 0 && (ws[start - 1].key == key("au") || ws[start - 1].key == key("aux"));
            phrase::parse(ws, start, end).filter(|p| {
                let head = p.head.map(|h| &ws[h]);
                let seat = || {
                    ws[p.core.clone()]
                        .iter()
                        .any(|w| w.has(Class::ORG | Class::PLACE))
                };
                let kind_ok = match p.kind {
                    Kind::Name => !to || seat(),
                    Kind::Description | Kind::Organisation => true,
                    Kind::Noun => !au,
                    _ => false,
                };
                kind_ok
                    && !head.is_some_and(|h| h.has(Class::AUDIENCE | Class::TIME))
                    && !ws[p.words.clone()].iter().any(|w| w.quoted())
            })
        };
        if self.lang != Lang::Fr || ws[on].key != key("on") {
            return None;
        }
        if on + 1 < self.range.end
            && !ws[on + 1].gap.has(Gap::PUNCT)
            && let Some(start) = opening(on + 1)
        {
            return group(start, self.range.end);
        }
        let first = self.first();
        let start = opening(first)?;
        (on > first && ws[on].gap.has(Gap::COMMA))
            .then(|| group(start, on))
            .flatten()
            .filter(|p| p.words.end == on)
    }

    /// The longest phrase that ends right before `end` (for relatives and `par X`).
    fn phrase_ending_at(&self, end: usize, clause: usize) -> Option<Phrase> {
        let ws = self.words;
        let low = end.saturating_sub(10).max(clause);
        for s in low..end {
            if ws[s].quoted() || (s > low && !ws[s].has(Class::DET) && !ws[s].capitalised()) {
                continue;
            }
            if let Some(p) = phrase::parse(ws, s, end)
                && p.core.end == end
                && matches!(
                    p.kind,
                    Kind::Name | Kind::Description | Kind::Organisation | Kind::Noun | Kind::Text
                )
            {
                return Some(p);
            }
        }
        None
    }

    /// The subject after an inverted verb at `v`: `-t-il`, then past adverbs, times, an
    /// audience (`à la presse`, `to reporters`, `au JDD.fr`) and a place or text (`dans un
    /// communiqué`, `in a statement`), the noun phrase.
    fn subject_after(&self, v: usize) -> Option<Phrase> {
        let ws = self.words;
        let end = self.range.end;
        let mut k = v + 1;
        // dit-il, a-t-elle, estime-t-il, s'est-il interrogé
        while k < end && ws[k].gap.has(Gap::HYPHEN) && !ws[k].gap.has(Gap::SPACE) {
            if ws[k].has(Class::PRONOUN) {
                return phrase::parse(ws, k, k + 1);
            }
            k += 1;
        }
        // EN phrasal particle: "pushed back", "pointed out".
        if k < end && ws[k].has(Class::PHRASAL) && ws[v].has(Class::PHRASAL_VERB) {
            k += 1;
        }
        // After a periphrase's noun: "a fait savoir", "a mis en garde".
        if ws[v].has(Class::LIGHT_VERB) {
            while k < end
                && k < v + 4
                && (ws[k].has(Class::PERIPHRASE | Class::PREP) && !ws[k].has(Class::DET))
            {
                k += 1;
            }
        }
        let mut skipped_pp = 0;
        while k < end && !ws[k].quoted() {
            let w = &ws[k];
            // An English object pronoun is whom the verb addresses ("told him flatly that"),
            // never its subject.
            if self.lang == Lang::En
                && w.has(Class::CLITIC)
                && !w.has(Class::PRONOUN | Class::DET | Class::POSSESSIVE)
                && !w.gap.has(Gap::PUNCT)
            {
                k += 1;
                continue;
            }
            // "a indiqué pour sa part X", "quant à lui", "à son tour": a fixed adverbial
            // that sets the speaker against another, before the inverted subject.
            if let Some(n) = contrastive_adverbial(ws, k, end) {
                k = n;
                continue;
            }
            if k > v + 1 && w.gap.has(Gap::PUNCT) && !w.gap.has(Gap::COMMA) {
                return None;
            }
            if w.has(Class::ADV | Class::TIME | Class::NEG) && w.shape != Shape::Capital
                || w.shape == Shape::Digit
                || (w.has(Class::TIME) && w.capitalised() && !w.has(Class::DET))
            {
                k += 1;
                continue;
            }
            // A time with its determiner: "a lancé, la semaine dernière, son patron",
            // "said this week its chairman"; not "ce dernier", the person named last.
            if w.has(Class::DET)
                && !w.has(Class::POSSESSIVE)
                && k + 1 < end
                && ws[k + 1].has(Class::TIME)
                && !ws[k + 1].has(Class::LATTER)
                && !ws[k + 1].capitalised()
                && !ws[k + 1].quoted()
            {
                k += 2;
                while k < end && ws[k].has(Class::TIME) && !ws[k].quoted() {
                    k += 1;
                }
                continue;
            }
            // A preposition phrase: an audience, a place, a medium, a time.
            // A time after a preposition: "dans la soirée", "en début de matinée".
            if w.has(Class::PREP) && !w.has(Class::DET) && skipped_pp < 2 {
                let mut n = k + 1;
                while n < end && ws[n].has(Class::DET) {
                    n += 1;
                }
                if n < end && ws[n].has(Class::TIME) && !ws[n].capitalised() {
                    k = n + 1;
                    skipped_pp += 1;
                    continue;
                }
            }
            if w.has(Class::PREP | Class::COMPL)
                && !w.has(Class::DET)
                && skipped_pp < 2
                && (w.has(Class::PREP) || !w.has(Class::INTRO))
                && w.key != crate::core::text::words::word_key("selon")
            {
                let mut n = k + 1;
                while n < end && ws[n].has(Class::DET) {
                    n += 1;
                }
                if let Some(pp) = phrase::parse(ws, n.min(end), end) {
                    // "au JDD.fr Philippe Martin": a name after the medium is the subject.
                    if let Some(name) = &pp.name
                        && name.start > pp.core.start
                        && ws[name.start].has(Class::MALE_NAME | Class::FEMALE_NAME)
                    {
                        return phrase::parse(ws, name.start, end);
                    }
                    // "à l'AFP Hélène Caradec", "sur France Inter Julie Morand": the medium's
                    // name runs into the speaker's, which starts at a first name.
                    if let Some(name) = &pp.name
                        && let Some(j) = (name.start + 1..name.end).find(|&j| {
                            ws[j].has(Class::MALE_NAME | Class::FEMALE_NAME)
                                && ws[j].shape == Shape::Capital
                                && ws[j].gap.plain()
                        })
                    {
                        return phrase::parse(ws, j, end);
                    }
                    k = pp.core.end;
                    skipped_pp += 1;
                    continue;
                }
                return None;
            }
            break;
        }
        if k >= end || ws[k].quoted() {
            return None;
        }
        // "a assuré mardi, lui aussi, que…": an emphatic pronoun repeats the subject written
        // before the verb; it is not an inverted subject.
        let key = crate::core::text::words::word_key;
        if [key("lui"), key("elle"), key("eux"), key("elles")].contains(&ws[k].key)
            && ws
                .get(k + 1)
                .is_some_and(|n| n.key == key("aussi") || n.key == key("même"))
        {
            return None;
        }
        let p = phrase::parse(ws, k, end)?;
        // The audience is not the speaker ("a déclaré la presse" does not happen; "told
        // reporters" is skipped above).
        if p.head.is_some_and(|h| ws[h].has(Class::AUDIENCE)) && p.name.is_none() {
            return None;
        }
        Some(p)
    }

    /// Who the sentence is about: the subject of a reporting verb after what it reports
    /// ("Armstrong a une chance sur deux, a déclaré Johan Bruyneel", "selon X"), else the
    /// subject of its main clause, else that of its first verb of saying.
    ///
    /// PERF: the predicates are read only up to the first reporting one, which decides; a
    /// book's paragraph far from quotations is one long sentence with a predicate of saying in
    /// most verses, and reading all of them to keep the first was most of `subject`'s work.
    pub fn subject(&self) -> Option<Phrase> {
        let mut first = None;
        let mut reporting = None;
        self.each_predicate(|p| {
            if let Some(ph) = reporting_phrase(&p) {
                reporting = Some(ph.clone());
                return false;
            }
            if first.is_none()
                && let Who::Phrase(ph) = p.who
            {
                first = Some(ph);
            }
            true
        });
        reporting
            .or_else(|| self.main_subject())
            .or(first)
            .or_else(|| self.verbless_subject())
    }

    /// `subject`, then the main clause's subject when it is another phrase: the author of a
    /// text the sentence names stands before it ("Natixis a démenti dans un communiqué …
    /// comme l'a affirmé le quotidien La Tribune": the communiqué is Natixis's).
    /// A text that speaks in the sentence ("…, souligne le document") is not the author of
    /// another text it names: it gets no second subject.
    pub fn subjects(&self) -> Vec<Phrase> {
        let mut out: Vec<Phrase> = self.subject().into_iter().collect();
        if out.iter().all(|p| p.kind != Kind::Text)
            && let Some(main) = self.main_subject()
            && out.iter().all(|p| p.core != main.core)
        {
            out.push(main);
        }
        out
    }

    /// The sentence's predicates of saying, read once for `subject_given` and
    /// `attribute_given`.
    pub fn saying(&self) -> Predicates {
        Predicates(self.predicates())
    }

    /// `subject`, from the predicates `saying` read.
    pub fn subject_given(&self, preds: &Predicates) -> Option<Phrase> {
        let preds = &preds.0;
        let reporting = preds.iter().find_map(reporting_phrase).cloned();
        reporting
            .or_else(|| self.main_subject())
            .or_else(|| {
                preds.iter().find_map(|p| match &p.who {
                    Who::Phrase(ph) => Some(ph.clone()),
                    _ => None,
                })
            })
            .or_else(|| self.verbless_subject())
    }

    /// The subject of the main clause when a reporting verb after it names another: "Plus de
    /// 500 magistrats ont transmis une motion, révèle Le Figaro" is about the magistrates as
    /// much as Le Figaro speaks in it.
    pub fn actor_given(&self, preds: &Predicates) -> Option<Phrase> {
        let reporting = preds
            .0
            .iter()
            .find_map(|p| match (&p.who, p.position_hint) {
                (Who::Phrase(ph), Hint::Inverted) => Some(ph),
                _ => None,
            })?;
        self.main_subject()
            .filter(|p| p.words.end < reporting.words.start && p.kind != Kind::Pronoun)
    }

    /// A sentence with no verb and no quotation that names someone is about them: "Tel
    /// Jacques Camus, de la République du Centre." before "Pour lui, « … »".
    fn verbless_subject(&self) -> Option<Phrase> {
        let ws = self.words;
        // PERF: a word test first (this is tried for every sentence near a quotation that has
        // no subject): a first name, no verb, no quotation.
        let words = &ws[self.range.clone()];
        if self.heading
            || !words
                .iter()
                .any(|w| w.has(Class::MALE_NAME | Class::FEMALE_NAME))
            || words
                .iter()
                .any(|w| w.quoted() || w.has(Class::AUX | Class::VERB | Class::FINITE))
        {
            return None;
        }
        // A person's full name, from a first name: not a lone capitalised word
        // ("Conciliabule.", a rubric) nor a capitalised verb before names ("Suivent BNP
        // Paribas, Société Générale…").
        self.opening_person(self.range.end).filter(|p| {
            p.kind == Kind::Name
                && p.name.as_ref().is_some_and(|n| {
                    n.len() >= 2 && ws[n.start].has(Class::MALE_NAME | Class::FEMALE_NAME)
                })
        })
    }

    /// Where the main clause starts: after an opening participial clause ("Asked whether the
    /// minority leader was angry, she laughed", "Interrogé sur ce que le ministre a dit, il a
    /// répondu") or subordinate clause ("When Council President Marisol Tate announced the
    /// result, the crowd rose and chanted", "Quand la présidente a annoncé le résultat, la foule
    /// a scandé"), whose verbs and subjects are not the sentence's; else its first word.
    fn main_clause_start(&self) -> usize {
        let ws = self.words;
        let first = self.first();
        // "Ayant appris que…", "Étant donné…": an auxiliary's present participle too.
        let w = &ws[first];
        ((w.has(Class::PARTICIPLE | Class::GERUND)
            && !w.has(Class::DET | Class::PRONOUN)
            && (!w.has(Class::AUX) || w.has(Class::GERUND))
            || w.has(Class::SUBORD))
            && w.capitalised()
            && !w.quoted())
        .then(|| {
            (first + 1..self.range.end).find(|&k| ws[k].gap.has(Gap::COMMA) && !ws[k].quoted())
        })
        .flatten()
        .unwrap_or(first)
    }

    /// The subject of the sentence's main clause: that of its first finite verb.
    fn main_subject(&self) -> Option<Phrase> {
        let ws = self.words;
        let main_from = self.main_clause_start();
        // Past an appositive relative opened by "whose"/"dont" after a comma: its verbs, and
        // those of any clause inside it, are not the main clause's ("Raman, whose book argued
        // that AI companies should welcome oversight, later told reporters").
        let mut skip_to = main_from;
        let mut relative_subject: Option<Option<Phrase>> = None;
        for v in main_from..self.range.end {
            if v < skip_to {
                continue;
            }
            let w = &ws[v];
            // A quoted verb of saying may be the main verb ("Les trois patrons
            // « s'interrogent » sur…"): its subject stands before the marks.
            let quoted_saying = w.quoted()
                && w.has(Class::SAY)
                && w.has(Class::FINITE)
                && w.shape == Shape::Lower
                && !(v > self.first() && ws[v - 1].has(Class::DET) && ws[v - 1].gap.plain());
            if quoted_saying {
                let mut c = v;
                while c > self.first() && ws[c - 1].quote == w.quote {
                    c -= 1;
                }
                if c < v.saturating_sub(2) || c == self.first() {
                    continue;
                }
                let clause = self.clause_start(c);
                if let Some(p) = self.subject_before(c, clause) {
                    return Some(p);
                }
                continue;
            }
            if w.quoted() {
                continue;
            }
            // A verb that makes a text is the main verb too ("The coalition filed a lawsuit"),
            // unless it is a passive participle ("a statement released by the White House").
            let publishes = w.has(Class::PUBLISH)
                && w.shape == Shape::Lower
                && !(v > self.first() && ws[v - 1].has(Class::DET))
                && ws.get(v + 1).is_none_or(|n| {
                    n.key != crate::core::text::words::word_key("by")
                        && n.key != crate::core::text::words::word_key("par")
                });
            // A text's participle qualifies it: "a statement released early Sunday", "a
            // letter signed by 50 senators", "the memo obtained by the AP".
            let qualifies_text = w.has(Class::PUBLISH)
                && v > self.first()
                && ws[v - 1].has(Class::TEXT)
                && !ws[v - 1].quoted()
                && ws[v].gap.plain();
            if qualifies_text {
                continue;
            }
            let verbal = w.has(Class::AUX | Class::VERB)
                || publishes
                || w.has(Class::SAY) && w.has(Class::FINITE) && saying_at(ws, v, self.range.end);
            if !verbal || w.capitalised() && !w.gap.has(Gap::START) {
                continue;
            }
            // A noun after its determiner; not a verb after a name written like one ("le
            // patron de la Une a plaisanté").
            if v > self.first()
                && ws[v - 1].has(Class::DET)
                && !ws[v - 1].has(Class::CLITIC)
                && (!ws[v - 1].capitalised() || ws[v - 1].gap.has(Gap::START))
            {
                continue;
            }
            let (c, _) = finite_chain(ws, v, self.first());
            if let Some(r) = self.appositive_whose(c) {
                skip_to = self.next_comma(r + 1).unwrap_or(v + 1);
                continue;
            }
            // The verb of a relative that names its antecedent ("A younger fan, who gave her
            // name only as Jess, was less forgiving") is not the main clause's.
            if c > self.first() + 1
                && is_subject_relative(&ws[c - 1])
                && phrase::naming_relative(ws, c - 1, self.range.end, 0).is_some()
            {
                continue;
            }
            // Nor is that of a relative on an apposition (its antecedent after a comma):
            // "Ruth Okonkwo, one of the two members who voted no, has served" is about Ruth
            // Okonkwo, whom the main verb's subject reaches past the relative. The antecedent
            // stays the subject of a sentence whose only verb it is. A relative on the
            // subject itself ("A first officer, who spoke…, said") changes nothing.
            if c > self.first() + 1 && is_subject_relative(&ws[c - 1]) {
                let clause = self.clause_start(c);
                let antecedent = self.subject_before(c, clause);
                let apposed = antecedent.as_ref().is_some_and(|a| {
                    a.words.start > self.first() && ws[a.words.start].gap.has(Gap::COMMA)
                });
                if apposed {
                    relative_subject.get_or_insert(antecedent);
                    // Its clause, and any clause inside it, runs to the next comma.
                    skip_to = self.next_comma(c).unwrap_or(v + 1);
                    continue;
                }
            }
            let clause = self.clause_start(c);
            if let Some(p) = self.cleft(v) {
                return Some(p);
            }
            if let Some(p) = self.subject_before(c, clause) {
                // "Mary Rowe, the driver whose testimony drew an ovation, said": the subject
                // of a relative clause ("whose testimony", "dont le témoignage") is not the
                // sentence's; its main verb comes later.
                let key = crate::core::text::words::word_key;
                let relative = p.words.start > self.first() && {
                    let r = &ws[p.words.start - 1];
                    (r.key == key("whose") || r.key == key("dont")) && !r.quoted()
                };
                if relative {
                    continue;
                }
                return Some(p);
            }
            // A clause without a subject (an imperative, a participle): try the next verb.
        }
        relative_subject.flatten()
    }

    /// The first word from `from` on that a comma outside quotation marks precedes: where an
    /// incidental clause opened before `from` ends.
    fn next_comma(&self, from: usize) -> Option<usize> {
        let ws = self.words;
        (from..self.range.end).find(|&k| ws[k].gap.has(Gap::COMMA) && !ws[k].quoted())
    }

    /// The "whose"/"dont" opening, after a comma, the appositive relative clause that holds
    /// the verb chain starting at `c`, if any.
    fn appositive_whose(&self, c: usize) -> Option<usize> {
        let ws = self.words;
        let key = crate::core::text::words::word_key;
        // A comma before the chain closed the relative ("…, whose department has urged…,
        // said").
        let boundary = Gap::COMMA | Gap::SEMICOLON | Gap::COLON | Gap::DASH;
        if ws[c].gap.has(boundary) {
            return None;
        }
        // Within a subject's reach, which keeps the scan linear on long sentences.
        let low = c.saturating_sub(SUBJECT_REACH).max(self.first() + 1);
        for k in (low..c).rev() {
            let w = &ws[k];
            if w.quoted() {
                continue;
            }
            if (w.key == key("whose") || w.key == key("dont")) && w.gap.has(Gap::COMMA) {
                return Some(k);
            }
            if w.gap.has(boundary) {
                return None;
            }
        }
        None
    }

    /// The focus of a cleft opening the sentence: "C'est le réalisateur Zhang Yimou, connu
    /// pour…, qui a supervisé la cérémonie", "It was director Zhang Yimou who…" is about
    /// Zhang Yimou, not "ce" or "it" (`v` the copula).
    fn cleft(&self, v: usize) -> Option<Phrase> {
        let ws = self.words;
        let key = crate::core::text::words::word_key;
        let first = self.first();
        let (pronouns, relative) = match self.lang {
            Lang::Fr => ([key("c"), key("ce")], key("qui")),
            Lang::En => ([key("it"), key("it")], key("who")),
        };
        if v != first + 1 || !pronouns.contains(&ws[first].key) || !ws[v].has(Class::AUX) {
            return None;
        }
        let p = phrase::parse(ws, v + 1, self.range.end)?;
        let focus = matches!(p.kind, Kind::Name | Kind::Description | Kind::Organisation);
        let qui = (p.words.end..self.range.end.min(p.words.end + SUBJECT_REACH))
            .find(|&k| !ws[k].quoted() && ws[k].has(Class::REL))
            .is_some_and(|k| ws[k].key == relative);
        (focus && qui).then_some(p)
    }

    /// Every predicate of the sentence, in order.
    fn predicates(&self) -> Vec<Predicate> {
        let mut out = Vec::new();
        self.each_predicate(|p| {
            out.push(p);
            true
        });
        out
    }

    /// Gives the sentence's predicates to `take` in order, while it returns true.
    fn each_predicate(&self, mut take: impl FnMut(Predicate) -> bool) {
        let ws = self.words;
        let end = self.range.end;
        let mut v = self.first();
        while v < end {
            let w = &ws[v];
            if w.quoted() {
                v += 1;
                continue;
            }
            // selon X · d'après X · according to X · pour X, … · auprès de X
            if let Some(p) = self.selon_at(v) {
                v = p.end.max(v + 1);
                if !take(p) {
                    return;
                }
                continue;
            }
            // — X after a quotation
            if w.gap.has(Gap::DASH) && v > self.first() && ws[v - 1].quoted() {
                if let Some(p) = phrase::parse(ws, v, end).filter(|p| p.kind == Kind::Name) {
                    let dash = Predicate {
                        at: v,
                        end: p.words.end,
                        who: Who::Phrase(p),
                        position_hint: Hint::Dash,
                    };
                    if !take(dash) {
                        return;
                    }
                }
                v += 1;
                continue;
            }
            if saying_at(ws, v, end) {
                let p = self.verb_predicate(v);
                v = p.end.max(v + 1);
                if p.position_hint != Hint::Adjective && !take(p) {
                    return;
                }
                continue;
            }
            // PERF: a test in the loop first; the call is for words that a quotation, or an
            // auxiliary chain right after one, precedes.
            let chain = Class::AUX | Class::CLITIC;
            let after_quote = v > self.first()
                && (ws[v - 1].quoted()
                    || ws[v - 1].has(chain)
                        && v >= self.first() + 2
                        && (ws[v - 2].quoted()
                            || ws[v - 2].has(chain)
                                && v >= self.first() + 3
                                && ws[v - 3].quoted()));
            if let Some(c) = after_quote.then(|| self.incise_verb_at(v)).flatten() {
                let subject = self.subject_after(v);
                let p = Predicate {
                    at: c,
                    end: subject.as_ref().map_or(v + 1, |p| p.words.end),
                    who: subject.map_or(Who::Nobody, Who::Phrase),
                    position_hint: Hint::Inverted,
                };
                v = p.end.max(v + 1);
                if !take(p) {
                    return;
                }
                continue;
            }
            // "X was quoted as saying": the verb is "saying" (a gerund), the subject X.
            v += 1;
        }
    }

    /// A French verb the lexicon does not give as one of saying, in the place of an incise:
    /// right after a quotation that a comma or its own final mark closes, with its subject
    /// inverted after it ("« … », a tenté son premier lieutenant, Harlem Désir", "« … ! » s'est
    /// époumoné un homme"). French inverts a noun subject after a quotation only there. A
    /// quoted term in the sentence ("le mot « crise » hante les esprits") has no such mark, and
    /// a quotation inside the subject's aside ("Charles Milhaud, privé de « parachute doré »,
    /// a conservé la présidence") opens no clause. Gives where the verb chain starts.
    fn incise_verb_at(&self, v: usize) -> Option<usize> {
        let ws = self.words;
        let w = &ws[v];
        if self.lang != Lang::Fr
            || w.shape != Shape::Lower
            || v <= self.first()
            || w.has(
                Class::DET
                    | Class::PREP
                    | Class::COMPL
                    | Class::PRONOUN
                    | Class::CONJ
                    | Class::SUBORD
                    | Class::ADV
                    | Class::REL
                    | Class::NEG,
            )
            || !(w.class.0 == 0
                || w.has(Class::VERB | Class::FINITE | Class::PARTICIPLE | Class::AUX))
        {
            return None;
        }
        // Back over the auxiliary and its clitic ("a", "s'est") to the quotation; a form
        // that may be an auxiliary itself ("tente", which folds with "tenté") only after one.
        let mut c = v;
        while c > self.first() && v - c < 2 && ws[c - 1].has(Class::AUX | Class::CLITIC) {
            c -= 1;
        }
        if w.has(Class::AUX) && c == v {
            return None;
        }
        let closed = c > self.first()
            && ws[c - 1].quoted()
            && ws[c].gap.has(Gap::QUOTE)
            && ws[c].gap.has(Gap::COMMA | Gap::STOP)
            && (c..=v).all(|k| !ws[k].quoted());
        if !closed {
            return None;
        }
        // The quotation opens the sentence or follows a colon.
        let q = ws[c - 1].quote;
        let opens = (self.first()..c)
            .find(|&k| ws[k].quote == q)
            .is_some_and(|k| k == self.first() || ws[k].gap.has(Gap::COLON));
        // After it, the subject: a determiner or a name, not a preposition's object.
        let subject_next = ws.get(v + 1).is_some_and(|n| {
            v + 1 < self.range.end
                && !n.quoted()
                && n.gap.plain()
                && (n.has(Class::DET) && !n.has(Class::PREP | Class::COMPL) || n.capitalised())
        });
        (opens && subject_next).then_some(c)
    }

    /// `selon X`, `d'après X`, `according to X`, `pour X,` (a clause opening), `auprès de X`
    /// after `appris`, `in the words of X`.
    fn selon_at(&self, v: usize) -> Option<Predicate> {
        let ws = self.words;
        let end = self.range.end;
        let w = &ws[v];
        let skip;
        let lang = self.lang;
        let key = |s: &str| crate::core::text::words::word_key(s);
        let mut pour = false;
        if w.has(Class::INTRO) {
            match lang {
                Lang::Fr if w.key == key("selon") => skip = 1,
                Lang::Fr
                    if w.key == key("après")
                        && v > self.first()
                        && ws[v - 1].key == key("d")
                        && w.gap.has(Gap::APOSTROPHE) =>
                {
                    skip = 1
                }
                Lang::Fr if w.key == key("pour") => {
                    // "Pour X, …": only opening a clause, with a comma after the phrase.
                    let opens =
                        v == self.first() || w.gap.has(Gap::COMMA) || ws[v - 1].has(Class::CONJ);
                    if !opens {
                        return None;
                    }
                    pour = true;
                    skip = 1;
                }
                Lang::En
                    if w.key == key("according")
                        && ws.get(v + 1).is_some_and(|n| n.key == key("to")) =>
                {
                    skip = 2
                }
                _ => return None,
            }
        } else if lang == Lang::Fr
            // PERF: the next word is tested before the keys are worked out (this runs for
            // every word of a sentence near a quotation).
            && ws.get(v + 1).is_some_and(|n| n.has(Class::COMPL))
            && w.key == key("auprès")
            // A source after "a-t-on appris", "indique-t-on", "apprend-on"; elsewhere "auprès
            // de X" is whom one speaks to ("dénonce la répression auprès de Kouchner").
            && (v.saturating_sub(4).max(self.first())..v)
                .any(|k| !ws[k].quoted() && (ws[k].key == key("on") || ws[k].key == key("appris")))
        {
            skip = 2;
        } else if lang == Lang::Fr
            && v > self.first()
            && ws
                .get(v + 1)
                .is_some_and(|n| n.has(Class::COMPL) && !n.quoted())
            && w.key == key("côté")
            && ws[v - 1].key == key("du")
        {
            // "Même constat du côté de Paul Vidal, directeur du festival : « … »"
            skip = 2;
        } else if lang == Lang::Fr
            && ws.get(v + 1).is_some_and(|n| n.has(Class::COMPL))
            && w.key == key("appris")
        {
            // "a-t-on appris de sources concordantes"
            skip = 2;
        } else if lang == Lang::Fr
            && w.key == key("croire")
            && v >= self.first() + 2
            && ws[v - 1].key == key("en")
            && Some(ws[v - 2].key) == super::lexicon::accented_key("à")
            && !ws[v - 2].quoted()
        {
            // "à en croire les commentaires du vice-champion Nicolas Lopez : « … »"
            skip = 1;
        } else {
            return None;
        }
        let start = v + skip;
        if start >= end || ws[start].quoted() {
            return None;
        }
        // "selon les termes du maire", "selon une information du Figaro": the complement.
        let mut p = phrase::parse(ws, start, end)?;
        if p.head
            .is_some_and(|h| ws[h].has(Class::SPEECH | Class::TEXT))
            && let Some(c) = &p.complement
            && let Some(inner) = phrase::parse(ws, c.start, end)
        {
            p = inner;
        }
        // "pour un jeune coureur comme Guillaume Blot", "according to residents like Tom Rudd":
        // the person given as the example is who speaks.
        if let Some(n) = ws.get(p.words.end)
            && p.words.end + 1 < end
            && !n.quoted()
            && (n.key == key("comme") || n.key == key("like"))
            && let Some(example) = phrase::parse(ws, p.words.end + 1, end)
            && example.kind == Kind::Name
            && example.name.as_ref().is_some_and(|r| r.len() >= 2)
        {
            p = example;
        }
        if pour {
            // "Pour la Russie, …" is no attribution; "pour Paul Martin", "pour lui" are.
            let comma_after = ws
                .get(p.words.end)
                .is_some_and(|n| n.gap.has(Gap::COMMA | Gap::OPEN_PAREN));
            let person = match p.kind {
                Kind::Name => p.name.as_ref().is_some_and(|n| {
                    n.len() >= 2
                        || ws[n.start].has(Class::MALE_NAME | Class::FEMALE_NAME)
                        || n.start > 0 && ws[n.start - 1].has(Class::TITLE)
                }),
                Kind::Pronoun | Kind::Latter | Kind::Demonstrative => true,
                Kind::Description => p.definite,
                _ => false,
            };
            if !comma_after || !person {
                return None;
            }
        }
        Some(Predicate {
            at: v,
            end: p.words.end,
            who: Who::Phrase(p),
            position_hint: Hint::Selon,
        })
    }

    /// A passive: a form of "be" as the auxiliary of the participle at `v` (its chain
    /// starting at `c`): "was called", "has been described", "were dubbed"; French "être"
    /// with no reflexive pronoun ("le temple est considéré comme", "a été qualifié de", not
    /// "s'est dit", whose auxiliary is "être" too).
    fn passive(&self, c: usize, v: usize) -> bool {
        if !self.words[v].has(Class::PARTICIPLE) {
            return false;
        }
        let key = crate::core::text::words::word_key;
        let reflexive = [key("se"), key("s")];
        (c..v).any(|k| form_of_be(&self.words[k], self.lang))
            && !(self.lang == Lang::Fr && (c..v).any(|k| reflexive.contains(&self.words[k].key)))
    }

    /// The `by` or `par` of a passive agent after the participle at `v`: right after it, or
    /// after what is said (`as`, the quotation, adverbs).
    fn agent(&self, v: usize) -> Option<usize> {
        let ws = self.words;
        let end = self.range.end.min(v + 40);
        let key = crate::core::text::words::word_key;
        let (by, par, as_) = (key("by"), key("par"), key("as"));
        let mut k = v + 1;
        while k < end && (ws[k].quoted() || ws[k].key == as_ || ws[k].has(Class::ADV)) {
            k += 1;
        }
        // A duration between them: "scandés pendant de longues minutes par ses partisans",
        // "chanted for hours by the crowd".
        let during = [key("pendant"), key("durant"), key("depuis"), key("for")];
        let mut timed = false;
        if k < end && k == v + 1 && during.contains(&ws[k].key) && !ws[k].quoted() {
            let stop = (k + 1..end.min(k + 6)).find(|&j| ws[j].key == by || ws[j].key == par);
            if let Some(j) = stop
                && (k + 1..j).all(|m| !ws[m].quoted() && !ws[m].gap.has(Gap::PUNCT))
            {
                k = j;
                timed = true;
            }
        }
        let w = ws.get(k).filter(|_| k < end)?;
        let quoted_between = (v + 1..k).any(|j| ws[j].quoted());
        let adjacent = (k == v + 1 || timed) && w.gap.plain();
        // After the quotation the mark (and its punctuation) stands before "by"; no other
        // punctuation does.
        let after_quote =
            quoted_between && !w.gap.has(Gap::PUNCT & !(Gap::QUOTE | Gap::COMMA)) && !w.quoted();
        ((w.key == by || w.key == par) && (adjacent || after_quote)).then_some(k)
    }

    /// The predicate of the verb of saying at `v`, with its subject.
    fn verb_predicate(&self, v: usize) -> Predicate {
        let key = crate::core::text::words::word_key;
        let ws = self.words;
        let w = &ws[v];
        let (c, finite) = finite_chain(ws, v, self.first());
        let clause = self.clause_start(c);
        let hyphen_pronoun = ws.get(v + 1).is_some_and(|n| n.gap.has(Gap::HYPHEN))
            || ws.get(v + 1).is_some_and(|n| {
                n.gap.has(Gap::HYPHEN) && n.key == crate::core::text::words::word_key("t")
            });
        let inverted_pronoun = (v + 1..(v + 3).min(self.range.end))
            .find(|&k| ws[k].has(Class::PRONOUN) && ws[k].gap.has(Gap::HYPHEN))
            .or_else(|| {
                (c..v).find(|&k| {
                    ws[k].has(Class::PRONOUN)
                        && ws[k].gap.has(Gap::HYPHEN)
                        && !ws[k].gap.has(Gap::SPACE)
                })
            });
        let after_quote = c == clause
            && (c == self.first()
                || ws[c].gap.has(Gap::COMMA | Gap::QUOTE | Gap::DASH)
                || ws[c.saturating_sub(1)].quoted());
        // Passive agent: "critiquée par le Parti socialiste", "prônés par Royal", "cited by X",
        // also after what is said: "described as « … » by the budget office", "called « … »
        // by X".
        let passive = self.passive(c, v);
        // "interrogée par La Croix : « … »": whoever asks is not who answers; the person
        // asked is the phrase the participle qualifies, which the colon rule reads.
        if w.class.all(Class::PARTICIPLE | Class::ASKED) && !finite {
            return Predicate::none_at(v);
        }
        if w.has(Class::PARTICIPLE)
            && let Some(by) = self.agent(v)
            && let Some(p) = phrase::parse(ws, by + 1, self.range.end)
        {
            // An agent after the quotation leaves the predicate before it, so that the
            // quotation it introduces is after it.
            let end = if by == v + 1 { p.words.end } else { v + 1 };
            return Predicate {
                at: v,
                end,
                who: Who::Phrase(p),
                position_hint: Hint::Subject,
            };
        }
        if w.has(Class::PARTICIPLE) && (!w.has(Class::FINITE) || passive) {
            // "The plan was called « reckless »": its subject is what is spoken of; nobody
            // is said to have said it.
            if passive {
                return Predicate {
                    at: c,
                    end: v + 1,
                    who: Who::Nobody,
                    position_hint: Hint::Subject,
                };
            }
        }
        if let Some(k) = inverted_pronoun.filter(|&k| k < v) {
            return Predicate {
                at: c,
                end: v + 1,
                who: self
                    .on_group(k)
                    .or_else(|| phrase::parse(ws, k, k + 1))
                    .map_or(Who::Nobody, Who::Phrase),
                position_hint: Hint::Inverted,
            };
        }
        if inverted_pronoun.is_some() || hyphen_pronoun && inverted_pronoun.is_some() {
            let p = self
                .subject_after(v)
                .map(|p| self.on_group(p.core.start).unwrap_or(p));
            let end = p.as_ref().map_or(v + 1, |p| p.words.end);
            return Predicate {
                at: c,
                end,
                who: p.map_or(Who::Nobody, Who::Phrase),
                position_hint: Hint::Inverted,
            };
        }
        // "X was quoted as saying" (X), "a memo quoted X as saying" (X).
        if w.has(Class::GERUND)
            && v >= 2
            && ws[v - 1].key == crate::core::text::words::word_key("as")
        {
            let quoted = (v.saturating_sub(8).max(self.first())..v - 1)
                .rev()
                .find(|&k| ws[k].has(Class::QUOTED));
            if let Some(q) = quoted {
                // "X was quoted by Reuters as saying": the agent quotes, X says.
                let key = crate::core::text::words::word_key;
                let agent = ws[q + 1].key == key("by") || ws[q + 1].key == key("par");
                let object = (q + 1 < v - 1 && !agent)
                    .then(|| phrase::parse(ws, q + 1, v - 1))
                    .flatten()
                    .filter(|p| p.words.end == v - 1);
                let who = match object {
                    Some(p) => Who::Phrase(p),
                    None => {
                        let (c2, _) = finite_chain(ws, q, self.first());
                        let clause2 = self.clause_start(c2);
                        self.subject_before(c2, clause2)
                            .map_or(Who::Nobody, Who::Phrase)
                    }
                };
                return Predicate {
                    at: q,
                    end: v + 1,
                    who,
                    position_hint: Hint::Subject,
                };
            }
        }
        // A verb coordinated with the one before shares its subject: "the congressman
        // recruited the donors and described the plan as « … »", "Les deux pays veulent … et
        // saluent une « avancée »".
        if finite && c > self.first() && ws[c - 1].has(Class::CONJ) && !ws[c - 1].quoted() {
            // A verb of saying coordinates with the verb of saying before, not with a verb of
            // its reported clause: "La commission rappelle que l'ordre avait été donné… et
            // souligne que…".
            // Not back into an opening subordinate clause ("Quand la présidente a annoncé le
            // résultat, la foule s'est levée et a scandé").
            let main_from = self.main_clause_start().min(c - 1);
            let say_before = (main_from..c - 1).rev().find(|&k| {
                ws[v].has(Class::SAY)
                    && !ws[k].quoted()
                    && ws[k].shape == Shape::Lower
                    && saying_at(ws, k, self.range.end)
                    && finite_chain(ws, k, self.first()).1
            });
            let earlier = say_before.or_else(|| {
                (main_from..c - 1).rev().find(|&k| {
                    let w = &ws[k];
                    !w.quoted()
                        && w.has(Class::AUX | Class::VERB | Class::SAY)
                        && w.shape == Shape::Lower
                        && !(k > 0 && ws[k - 1].has(Class::DET) && !ws[k - 1].has(Class::CLITIC))
                })
            });
            let subject = earlier
                .and_then(|e| {
                    let (c2, _) = finite_chain(ws, e, self.first());
                    self.subject_before(c2, self.clause_start(c2))
                })
                .or_else(|| self.main_subject().filter(|p| p.words.end < c));
            if let Some(p) = subject {
                return Predicate {
                    at: c,
                    end: v + 1,
                    who: Who::Phrase(p),
                    position_hint: Hint::Subject,
                };
            }
        }
        if finite {
            let before = self.subject_before(c, clause);
            match before {
                Some(p) if !after_quote || c > clause => {
                    let plural_pronoun = p.kind == Kind::Pronoun
                        && p.plural
                        && ws[p.core.start].has(Class::PRONOUN)
                        && self.lang == Lang::Fr
                        && ws[p.core.start].key == crate::core::text::words::word_key("on");
                    let who = if plural_pronoun {
                        self.on_group(p.core.start).map_or(Who::Nobody, Who::Phrase)
                    } else {
                        Who::Phrase(p.clone())
                    };
                    return Predicate {
                        at: p.words.start,
                        end: v + 1,
                        who,
                        position_hint: Hint::Subject,
                    };
                }
                _ => {}
            }
            // Right after a subject relative ("ceux qui appellent à une journée d'action le
            // 23 contre la « reprise en main »", "the senator who called it « … »") the
            // subject is the relative's antecedent, which `subject_before` reads; with none
            // found there, never a phrase after the verb (French inverts after `que`, `dont`,
            // `où`, not after `qui`).
            if c > self.first() && is_subject_relative(&ws[c - 1]) {
                return Predicate::none_at(v);
            }
            // A verb glued to words of its clause that are no subject ("Des banquiers reçus
            // mardi par le président ont jugé le système « solide »": a subject the phrase
            // reader could not read) inverts nothing: what follows it is its object. Inversion
            // follows a mark, a comma, the clause start or a connector ("comme le souligne X",
            // "que rapporte X", "ainsi parle X").
            let glued = c > clause
                && !ws[c].quoted()
                && !ws[c].gap.has(Gap::PUNCT)
                && !ws[c - 1].quoted()
                && !ws[c - 1].has(
                    Class::ADV
                        | Class::CONJ
                        | Class::SUBORD
                        | Class::REL
                        | Class::PREP
                        | Class::COMPL
                        | Class::CLITIC
                        | Class::NEG
                        | Class::INTRO
                        | Class::FUNCTION,
                );
            if glued {
                return Predicate::none_at(v);
            }
            // Inverted: nothing before the verb in its clause ("…, a déclaré X", "…," said X).
            // With nothing after it either, right after a quotation ("« Non », a répondu."),
            // the previous speaker; elsewhere no predicate.
            let p = self.subject_after(v).filter(|p| {
                // After a negated verb a possessive phrase is its object unless it names a
                // person or a body ("…, n'a pas annoncé sa candidature"); an incise is not
                // negated ("…, a déclaré son avocat", "…, said her husband").
                let negated = (c..v).any(|k| ws[k].has(Class::NEG) && !ws[k].quoted());
                let object = negated
                    && p.possessive
                    && p.name.is_none()
                    && p.head.is_none_or(|h| {
                        !ws[h].has(
                            Class::ROLE
                                | Class::RELATION
                                | Class::ORG
                                | Class::MEMBER
                                | Class::TEXT
                                | Class::NATIONALITY,
                        )
                    });
                if object {
                    return false;
                }
                // "…," said she expected: a phrase followed by its own verb is the start of the
                // reported clause, not an inverted subject.
                let next = ws.get(p.words.end).filter(|_| p.words.end < self.range.end);
                !next.is_some_and(|n| {
                    !n.quoted()
                        && (n.has(Class::AUX | Class::VERB)
                            || n.has(Class::SAY) && n.has(Class::FINITE) && n.shape == Shape::Lower)
                })
            });
            // A subject before a quotation inside its own incidental clause: "Sen. X, who
            // called her « … », said she…"; it comes before any phrase after the verb, its
            // object ("…, accused Marquardt's administration of…").
            let spanning = (clause > self.first())
                .then(|| self.subject_spanning(c))
                .flatten();
            let p = spanning.or(p);
            let end = p.as_ref().map_or(v + 1, |p| p.words.end);
            let who = match p {
                Some(p) => Who::Phrase(p),
                None if after_quote => Who::Previous,
                None => {
                    return Predicate::none_at(v);
                }
            };
            return Predicate {
                at: c,
                end,
                who,
                position_hint: Hint::Inverted,
            };
        }
        // A participle coordinated at a sentence's start, its subject and auxiliary those of
        // the sentence before ("X a jugé que… Et demandé que « … »", "And added: « … »"):
        // the previous speaker.
        if w.has(Class::PARTICIPLE)
            && c > self.first()
            && (self.first()..c).all(|k| ws[k].has(Class::CONJ | Class::ADV) && !ws[k].quoted())
            && ws[self.first()].has(Class::CONJ)
            && ws.get(v + 1).is_some_and(|n| {
                v + 1 < self.range.end
                    && (n.gap.has(Gap::COLON) || is_que(n) || n.quoted() && n.gap.has(Gap::QUOTE))
            })
        {
            return Predicate {
                at: c,
                end: v + 1,
                who: Who::Previous,
                position_hint: Hint::Dependent,
            };
        }
        // A past participle with neither auxiliary nor agent is an adjective ("un brin
        // amusé", "la décision annoncée"): no predicate.
        if w.has(Class::PARTICIPLE)
            && !w.has(Class::GERUND | Class::INFINITIVE)
            && !w.has(Class::LIGHT_VERB)
        {
            return Predicate::none_at(v);
        }
        // A present participle right after a person, a body or a group, with no comma
        // between, qualifies it like a relative clause: "les signatures de 534 magistrats
        // exigeant des « excuses publiques »". After a text ("a statement saying") it stays
        // the main subject's, the text's author.
        if w.has(Class::GERUND)
            && c == v
            && c > self.first()
            && !ws[c].gap.has(Gap::PUNCT)
            && !ws[c - 1].quoted()
            // Cheap first: a noun or a name ends right before it ("en disant" is a gerund).
            && !ws[c - 1].has(
                Class::PREP
                    | Class::COMPL
                    | Class::CONJ
                    | Class::PRONOUN
                    | Class::CLITIC
                    | Class::VERB
                    | Class::AUX
                    | Class::ADV,
            )
            && let Some(p) = (c.saturating_sub(8).max(self.clause_start(c))..c)
                .filter(|&k| !ws[k].quoted() && !ws[k].has(Class::COMPL | Class::PREP))
                .find_map(|k| {
                    // Not the object of a preposition other than "de"/"of" ("a flyer on
                    // Facebook calling members": the flyer calls).
                    phrase::parse(ws, k, c).filter(|p| {
                        p.words.end == c
                            && (k == 0
                                || !ws[k - 1].has(Class::PREP)
                                || ws[k - 1].has(Class::COMPL))
                            && matches!(p.kind, Kind::Name | Kind::Description | Kind::Organisation)
                    })
                })
        {
            return Predicate {
                at: c,
                end: v + 1,
                who: Who::Phrase(p),
                position_hint: Hint::Dependent,
            };
        }
        // Participles, gerunds, infinitives: the sentence's main subject ("en plaidant",
        // "avant d'ajouter", "adding that"); at the very start ("Et de conclure :"), the
        // previous speaker.
        // "selon son représentant, Jampal Tenzin, ajoutant que…": a participle right after a
        // `selon X` is X's.
        if w.has(Class::GERUND) && ws[c].gap.has(Gap::COMMA) {
            let low = c.saturating_sub(SUBJECT_REACH).max(self.first());
            let selon = (low..c)
                .filter_map(|k| self.selon_at(k))
                .find(|p| p.end == c);
            if let Some(p) = selon {
                return Predicate {
                    at: c,
                    end: v + 1,
                    who: p.who,
                    position_hint: Hint::Dependent,
                };
            }
            // "The cuts will come from salaried roles, Calloway said, adding that…": right
            // after a reporting clause, the participle is its subject's, not the main clause's.
            let said = c.saturating_sub(1);
            if c > self.first() + 1
                && !ws[said].quoted()
                && ws[said].has(Class::SAY)
                && ws[said].has(Class::FINITE)
                && ws[said].shape == Shape::Lower
            {
                let (c2, _) = finite_chain(ws, said, self.first());
                if let Some(p) = self
                    .subject_before(c2, self.clause_start(c2))
                    .filter(|p| p.words.end == c2 && ws[p.words.start].gap.has(Gap::COMMA))
                {
                    return Predicate {
                        at: c,
                        end: v + 1,
                        who: Who::Phrase(p),
                        position_hint: Hint::Dependent,
                    };
                }
            }
            // "…, a dit Paul Martin, ajoutant que…", "…, said Ann Smith, adding": the inverted
            // subject right before.
            // A time or an audience may stand before it ("a reconnu mardi la ministre de
            // l'Economie, Christine Lagarde, précisant").
            let inverted = (c.saturating_sub(12).max(self.first())..c.saturating_sub(1))
                .rev()
                .find(|&k| {
                    !ws[k].quoted()
                        && ws[k].has(Class::SAY)
                        && ws[k].has(Class::FINITE | Class::PARTICIPLE)
                        && ws[k].shape == Shape::Lower
                        // The reporting clause opens after a comma or the quotation.
                        && ws[finite_chain(ws, k, self.first()).0]
                            .gap
                            .has(Gap::COMMA | Gap::QUOTE)
                })
                .and_then(|k| {
                    phrase::parse(ws, k + 1, c)
                        .filter(|p| p.words.end == c)
                        .or_else(|| self.subject_after(k))
                })
                .filter(|p| p.words.end == c && matches!(p.kind, Kind::Name | Kind::Description));
            if let Some(p) = inverted {
                return Predicate {
                    at: c,
                    end: v + 1,
                    who: Who::Phrase(p),
                    position_hint: Hint::Dependent,
                };
            }
        }
        // The narrative infinitive: "Et son homologue de rétorquer : « … »", "Et le maire
        // d'ajouter", "Et Paul Vidal, du SNJ, d'ajouter" — the phrase before "de" (and its
        // asides) is its subject.
        if w.has(Class::INFINITIVE)
            && c > self.first() + 1
            && c == v
            && (ws[c - 1].key == key("de") || ws[c - 1].key == key("d"))
            && !ws[c - 1].quoted()
            && self.lang == Lang::Fr
        {
            let mut s0 = self.first();
            while s0 < c - 1 && ws[s0].has(Class::CONJ | Class::ADV) && !ws[s0].quoted() {
                s0 += 1;
            }
            let subject = (s0 > self.first() && s0 < c - 1)
                .then(|| phrase::parse(ws, s0, c - 1))
                .flatten()
                .filter(|p| {
                    (p.words.end == c - 1 || self.reaches(p.words.end, c - 1))
                        && (matches!(p.kind, Kind::Name | Kind::Description | Kind::Organisation)
                            || p.det.is_some() && p.kind == Kind::Noun)
                });
            if let Some(p) = subject {
                return Predicate {
                    at: p.words.start,
                    end: v + 1,
                    who: Who::Phrase(p),
                    position_hint: Hint::Subject,
                };
            }
        }
        let opening = (self.first()..c).all(|k| {
            ws[k].has(Class::CONJ | Class::COMPL | Class::PREP | Class::ADV) || ws[k].quoted()
        });
        // A present participle opening the sentence before its main clause ("Qualifiant de
        // « mouvement d'humeur » les manifestations, la ministre a…") has that clause's subject.
        let opening_participle = opening
            .then(|| {
                (w.has(Class::GERUND) && !(c > self.first() && ws[c - 1].key == key("en")))
                    .then(|| self.main_subject())
                    .flatten()
            })
            .flatten()
            .filter(|p| p.words.start > v && ws[p.words.start].gap.has(Gap::COMMA));
        let who = if let Some(p) = opening_participle {
            Who::Phrase(p)
        } else if opening {
            Who::Previous
        } else if let Some(p) = self.controller(c, v) {
            Who::Phrase(p)
        } else {
            match self.main_subject() {
                Some(p) if p.words.start < v => Who::Phrase(p),
                _ => Who::Previous,
            }
        };
        Predicate {
            at: c,
            end: v + 1,
            who,
            position_hint: Hint::Dependent,
        }
    }
}

impl Sentence<'_> {
    /// The object that is the subject of an infinitive after `de` (`c` its chain start, `v`
    /// the infinitive): "n'a pas empêché Jacques Rogge, président du CIO, de juger…", "a
    /// permis au préfet, Paul Martin, de saluer…". The object follows a verb, or `à` after
    /// one, and is a name or a person noun.
    fn controller(&self, c: usize, v: usize) -> Option<Phrase> {
        let ws = self.words;
        if !ws[v].has(Class::INFINITIVE) || c == self.first() || !ws[c - 1].has(Class::COMPL) {
            return None;
        }
        let de = c - 1;
        let low = de.saturating_sub(SUBJECT_REACH).max(self.first() + 1);
        (low..de)
            .find_map(|s| {
                // A verb: a known form, or a participle the lexicon does not list after an
                // auxiliary or a negation ("n'a pas empêché").
                let verb_at = |k: usize| {
                    let w = &ws[k];
                    !w.quoted()
                        && !w.has(Class::DET | Class::PREP)
                        && (w.has(Class::VERB | Class::SAY | Class::AUX | Class::DIRECTIVE)
                            || w.shape == Shape::Lower
                                && k > self.first()
                                && ws[k - 1].has(Class::AUX | Class::NEG))
                };
                let governor = if verb_at(s - 1) {
                    s - 1
                } else if ws[s - 1].has(Class::PREP | Class::COMPL) && s >= 2 && verb_at(s - 2) {
                    s - 2
                } else {
                    return None;
                };
                // The object starts after the verb chain, not on its participle ("a chargé
                // M. Wauquiez de", where "chargé M. Wauquiez" would read as a titled name).
                if ws[s].quoted() || ws[s].has(Class::PREP | Class::COMPL) || verb_at(s) {
                    return None;
                }
                let p = phrase::parse(ws, s, de)?;
                let person = matches!(p.kind, Kind::Name | Kind::Description);
                (person && p.words.end == de).then_some((p, ws[governor].has(Class::DIRECTIVE)))
            })
            // Asked to say it, the object says what the asker words: the sentence's subject
            // speaks ("ils demandent à Rachida Dati d'exprimer des « regrets »").
            .and_then(|(p, directive)| (!directive).then_some(p))
    }
}

/// `qui`, `who`, `which`: a relative that is its clause's subject.
fn is_subject_relative(w: &Word) -> bool {
    let key = crate::core::text::words::word_key;
    !w.quoted() && w.has(Class::REL) && [key("qui"), key("who"), key("which")].contains(&w.key)
}

fn is_que(w: &Word) -> bool {
    let k = w.key;
    let key = crate::core::text::words::word_key;
    k == key("que") || k == key("qu") || k == key("that")
}

/// The attribution of each top-level quotation in `sentence`, as (quotation index, found).
/// `quotes` are the quotation indices whose opening mark lies in the sentence, in order.
#[cfg(test)]
pub fn attribute(s: &Sentence, quotes: &[u32]) -> Vec<(u32, Option<Found>)> {
    attribute_given(s, quotes, &s.saying())
}

/// `attribute`, from the predicates `Sentence::saying` read.
pub fn attribute_given(
    s: &Sentence,
    quotes: &[u32],
    preds: &Predicates,
) -> Vec<(u32, Option<Found>)> {
    let ws = s.words;
    let preds = &preds.0;
    // Each quotation's first and last word positions in the sentence (the words around it),
    // found in one pass: looking each up over the whole sentence made a sentence with many
    // quotations quadratic. Top-level quotations come in text order, so the list is sorted.
    let mut spans: Vec<(u32, usize, usize)> = Vec::new();
    for k in s.range.clone() {
        let q = ws[k].quote;
        if q == super::tokens::NO_QUOTE {
            continue;
        }
        match spans.last_mut() {
            Some(span) if span.0 == q => span.2 = k,
            _ => spans.push((q, k, k)),
        }
    }
    // A quotation met again after another one (never in well-formed text) keeps its first
    // and last words.
    spans.sort_unstable();
    spans.dedup_by(|later, kept| {
        let same = later.0 == kept.0;
        if same {
            kept.2 = kept.2.max(later.2);
        }
        same
    });
    let span = |q: u32| match spans.binary_search_by_key(&q, |&(id, _, _)| id) {
        Ok(i) => (Some(spans[i].1), Some(spans[i].2)),
        Err(_) => (None, None),
    };
    let mut out = Vec::with_capacity(quotes.len());
    let mut taken: Vec<Option<usize>> = Vec::with_capacity(quotes.len());
    for &q in quotes {
        let (first, last) = span(q);
        // Word index just after the quotation, and just before.
        let after = last.map(|l| l + 1);
        let before = first;
        // "« … », comme se lamente un ministre", "\"…,\" as one aide put it": `comme`/`as`
        // before the reporting verb.
        let as_word = |k: usize| {
            let key = crate::core::text::words::word_key;
            ws[k].key == key("comme") || ws[k].key == key("as")
        };
        let adjacent_after = after.and_then(|a| {
            preds.iter().position(|p| {
                p.at == a
                    || (p.at > a
                        && (a..p.at).all(|k| {
                            !ws[k].quoted()
                                && (ws[k].has(Class::ADV) || k == a && as_word(k))
                                && ws[k].shape == Shape::Lower
                        }))
            })
        });
        let adjacent_after = adjacent_after.filter(|&i| {
            let p = &preds[i];
            matches!(
                p.position_hint,
                Hint::Inverted | Hint::Subject | Hint::Selon | Hint::Dash
            ) && !(p.position_hint == Hint::Subject
                && matches!(&p.who, Who::Phrase(ph) if ph.words.start < after.unwrap_or(0)))
        });
        let b = before.unwrap_or(s.range.end);
        // The nearest predicate before the quotation in the sentence.
        let prior = preds
            .iter()
            .rposition(|p| p.at < b && p.end <= b.max(p.at + 1));
        let prior = prior.map(|i| {
            last.and_then(|l| reported_under(s, preds, i, b, l))
                .unwrap_or(i)
        });
        // A reporting verb inverted after a comma at the sentence's end reports the whole
        // clause before it: in "Le gouvernement annoncera de nouvelles « dispositions » …, a
        // annoncé l'Elysée", the inner verb does not introduce the words (no colon, no "que",
        // not right after it); the Elysée says them.
        let prior = prior.map(|i| {
            let inner = &preds[i];
            let introduces = inner.end == b
                || ws.get(b).is_some_and(|w| w.gap.has(Gap::COLON))
                || b > s.first() && is_que(&ws[b - 1]);
            // A clause of its own between the verb and the quotation ("The captain told
            // investigators he had been « running on fumes », the report said") is what the
            // inner speaker said, which the outer one relays.
            let clause_between = (inner.end..b).any(|k| {
                let w = &ws[k];
                !w.quoted()
                    && (is_que(w)
                        || w.has(Class::SUBORD | Class::PRONOUN | Class::AUX | Class::VERB)
                        || w.key == crate::core::text::words::word_key("that"))
            });
            if introduces || clause_between || inner.position_hint != Hint::Subject {
                return i;
            }
            let Some(l) = last else { return i };
            // "…, a annoncé l'Elysée", "…, the White House said".
            let closing = preds.iter().position(|p| {
                p.at > l + 1
                    && match &p.who {
                        Who::Phrase(ph) => {
                            p.position_hint == Hint::Inverted && ws[p.at].gap.has(Gap::COMMA)
                                || p.position_hint == Hint::Subject
                                    && ph.words.start > l + 1
                                    && ws[ph.words.start].gap.has(Gap::COMMA)
                        }
                        _ => false,
                    }
            });
            // The sentence's last predicate, with none between the quotation and it, and no
            // other quotation after this one.
            closing
                .filter(|&j| {
                    j + 1 == preds.len()
                        && preds[..j].iter().all(|q| q.at < b)
                        && (l + 1..s.range.end).all(|k| !ws[k].quoted())
                })
                .unwrap_or(i)
        });
        // A verb inside an opening subordinate clause closed before the quotation ("S'il se
        // poursuit, le ralentissement aura « … », a reconnu la ministre") governs nothing in
        // the main clause.
        let prior = prior.filter(|&i| !subordinate_before(s, &preds[i], b));
        // A colon, "que" or "qu'il" ("a affirmé qu'il « regrettait vivement »") make the
        // quotation the speech of the predicate before it.
        let speech_mark = |i: usize| {
            let p = &preds[i];
            ws.get(b).is_some_and(|w| w.gap.has(Gap::COLON))
                || b > s.first() && is_que(&ws[b - 1])
                || b > s.first() + 1
                    && p.end < b
                    && is_que(&ws[b - 2])
                    && !ws[b - 2].quoted()
                    && ws[b - 1].has(Class::PRONOUN)
                    && !ws[b - 1].quoted()
        };
        // It introduces the quotation: a speech mark, or the verb right before it.
        let introduced_by = |i: usize| preds[i].end == b || speech_mark(i);
        let speaks = |i: usize| {
            matches!(preds[i].who, Who::Phrase(_))
                && matches!(preds[i].position_hint, Hint::Subject | Hint::Inverted)
        };
        // A verb with its subject and a speech mark keeps the quotation from a `selon X`
        // after it: "Le directeur a affirmé : « … », selon Le Monde" is the director's words,
        // which Le Monde relays; a verb whose object the quotation is ("ils ont évoqué « des
        // sujets personnels », selon X") leaves it X's account. And a verb after the quotation
        // with no subject of its own ("si elle a fait état de sa « détermination », n'a pas
        // annoncé sa candidature") gives way to any verb before it that has one.
        let introducing = prior.filter(|&i| speaks(i) && speech_mark(i));
        let spoken = prior.filter(|&i| speaks(i));
        // A verb with its subject whose clause runs to the quotation with no punctuation
        // keeps it from the subject and verb of the next clause: "Quand le Premier ministre
        // menaçait de transformer la région en « zone de mort », les forces armées se
        // déclaraient…" is the minister's ("\"A,\" Hale said, \"B,\" Lee added" is not such).
        let running = spoken.filter(|&i| {
            (preds[i].end..b)
                .all(|k| !ws[k].quoted() && !ws[k].gap.has(Gap::PUNCT & !Gap::APOSTROPHE))
        });
        let adjacent_after = adjacent_after.filter(|&i| {
            let subjectless = matches!(preds[i].who, Who::Previous | Who::Nobody);
            let selon = preds[i].position_hint == Hint::Selon;
            let next_clause = preds[i].position_hint == Hint::Subject;
            !(introducing.is_some() && selon
                || spoken.is_some() && subjectless
                || running.is_some() && next_clause)
        });
        let choice = if let Some(i) = adjacent_after {
            Some((i, Position::After))
        } else {
            // The nearest predicate before the quotation in the sentence; else a later one
            // whose subject follows its verb ("…, note le rapport interne"), or a later selon.
            // A verb before that does not introduce the quotation ("disent mener les
            // pourparlers « sur le fond »") gives way to a `selon X` later in the sentence.
            let later_selon = preds
                .iter()
                .position(|p| p.at > b && p.position_hint == Hint::Selon);
            let prior = match (prior, later_selon) {
                (Some(i), Some(j))
                    if !introduced_by(i) && preds[i].position_hint != Hint::Selon =>
                {
                    Some(j)
                }
                (p, _) => p,
            };
            match prior {
                Some(i) => Some((
                    i,
                    if preds[i].position_hint == Hint::Selon {
                        Position::Selon
                    } else {
                        Position::Before
                    },
                )),
                // A quotation inside an opening subordinate clause with a subject of its own
                // ("Si Ségolène Royal a « envie »…, ses adversaires n'ont pas dit…") is not
                // what the main clause's subject says.
                None if in_opening_subordinate(s, b) => None,
                None => preds
                    .iter()
                    .position(|p| {
                        p.at > b
                            && matches!(
                                p.position_hint,
                                Hint::Inverted | Hint::Selon | Hint::Dependent
                            )
                            || p.at > b
                                && p.position_hint == Hint::Subject
                                && matches!(&p.who, Who::Phrase(ph) if ph.words.start > b)
                    })
                    .map(|i| {
                        (
                            i,
                            if preds[i].position_hint == Hint::Selon {
                                Position::Selon
                            } else {
                                Position::After
                            },
                        )
                    }),
            }
        };
        let found = choice.map(|(i, position)| {
            let p = &preds[i];
            let position = if p.position_hint == Hint::Selon {
                Position::Selon
            } else {
                position
            };
            // Introduced as speech: an adjacent attribution, a colon, "que", or the verb right
            // before the quotation.
            let introduces = match position {
                Position::After | Position::Selon | Position::Incise | Position::Headline => true,
                Position::Before => {
                    let b = before.unwrap_or(s.range.end);
                    let gap = ws.get(b).map(|w| w.gap);
                    let colon = gap.is_some_and(|g| g.has(Gap::COLON));
                    let que = b > s.first() && is_que(&ws[b - 1]);
                    let right_after_verb = p.end == b;
                    colon || que || right_after_verb
                }
            };
            Found {
                position,
                who: p.who.clone(),
                clause: p.at..p.end.max(p.at + 1),
                introduces,
            }
        });
        let found = match before.and_then(|b| asker(s, b)) {
            Some(who) => Some(Found {
                position: Position::Before,
                who,
                clause: s.first()..s.first() + 1,
                introduces: false,
            }),
            None => found,
        };
        taken.push(choice.map(|c| c.0));
        out.push((q, found));
    }
    // "Selon Jacques Mérieux, elle avait confié son enfant à une personne qu'elle présente
    // comme une amie, « une personne… »": a `selon X` opening the sentence frames it, so a
    // quotation a verb inside it only mentions (no colon, `que` or adjacent verb) is X's.
    // So does a reporting verb inverted between commas after an opening adverbial: "Sur le
    // fond, résume un responsable syndical, la ministre est accusée de mener « … »".
    let framing = preds.iter().find(|p| {
        let closed = ws
            .get(p.end)
            .is_some_and(|w| p.end < s.range.end && w.gap.has(Gap::COMMA));
        let selon = p.position_hint == Hint::Selon
            && (s.first()..p.at).all(|k| !ws[k].quoted() && ws[k].has(Class::CONJ | Class::ADV));
        let parenthetical = p.position_hint == Hint::Inverted
            && matches!(p.who, Who::Phrase(_))
            && p.at > s.first()
            && ws[p.at].gap.has(Gap::COMMA)
            && (s.first()..p.at).all(|k| {
                !ws[k].quoted()
                    && !ws[k].has(Class::VERB | Class::FINITE | Class::AUX | Class::SAY)
                    && !ws[k].gap.has(Gap::COLON)
            });
        (selon || parenthetical) && closed
    });
    if let Some(f) = framing {
        for (n, &q) in quotes.iter().enumerate() {
            let (first, _) = span(q);
            // Not words in the reported clause of the verb ("According to an aide, the White
            // House signaled that it would drop the money « for now »": the White House's).
            let mentioned = out[n].1.as_ref().is_some_and(|found| {
                found.position == Position::Before
                    && !found.introduces
                    && first.is_some_and(|b| {
                        !(found.clause.end..b).any(|k| !ws[k].quoted() && is_que(&ws[k]))
                    })
            });
            if mentioned && first.is_some_and(|b| b >= f.end) {
                out[n].1 = Some(Found {
                    position: if f.position_hint == Hint::Selon {
                        Position::Selon
                    } else {
                        Position::Incise
                    },
                    who: f.who.clone(),
                    clause: f.at..f.end.max(f.at + 1),
                    introduces: true,
                });
            }
        }
    }
    // A quotation after a colon whose clause holds no verb of saying: the clause's subject
    // ("X jubilait : « … »", "aux cris de : « … »"), or the phrase before the colon in a title
    // ("Christine Lagarde : « … »"); a name right before a quotation in a title ("Eddy Merckx
    // « certain » que…").
    for (n, &q) in quotes.iter().enumerate() {
        if out[n].1.is_some() {
            continue;
        }
        let (first, _) = span(q);
        let Some(b) = first else { continue };
        let colon = ws[b].gap.has(Gap::COLON);
        let clause_start = s.clause_start(b.saturating_sub(1).max(s.first()));
        let clause_start = if b > s.first() {
            clause_start.min(b)
        } else {
            b
        };
        // Not from inside a quoted title ("interrogée par « La Croix » : « … »").
        let head_phrase = (clause_start < b && !ws[clause_start].quoted())
            .then(|| phrase::parse(ws, clause_start, b))
            .flatten()
            .filter(|p| p.words.end == b)
            .or_else(|| {
                // A rubric before a dash: "Cyclisme - Contador : « … »".
                let dash = (clause_start + 1..b)
                    .rev()
                    .find(|&k| ws[k].gap.has(Gap::DASH) && !ws[k].quoted())?;
                phrase::parse(ws, dash, b).filter(|p| p.words.end == b)
            });
        let np_only = head_phrase.as_ref().is_some_and(|p| {
            p.words.end == b
                && matches!(
                    p.kind,
                    Kind::Name | Kind::Description | Kind::Organisation | Kind::Noun
                )
        });
        if s.heading && np_only {
            let p = head_phrase.clone().unwrap_or_else(|| unreachable_phrase(b));
            out[n].1 = Some(Found {
                position: Position::Headline,
                who: Who::Phrase(p),
                clause: clause_start..b,
                introduces: true,
            });
            continue;
        }
        // "Un avis partagé par Patrick Fluckiger, dans L'Alsace : « … »", "Le communiqué
        // de l'Elysée : « … »": a text before the colon, whose author speaks.
        // A place or medium may follow it between commas ("…, dans les colonnes de L'Alsace").
        let text_phrase = (colon && !np_only && clause_start < b && !ws[clause_start].quoted())
            .then(|| phrase::parse(ws, clause_start, b))
            .flatten()
            .filter(|p| {
                p.kind == Kind::Text
                    && p.complement.is_some()
                    && (p.words.end == b
                        || ws[p.words.end].gap.has(Gap::COMMA)
                            && ws[p.words.end].has(Class::PREP)
                            && (p.words.end..b).all(|k| {
                                !ws[k].quoted()
                                    && !ws[k]
                                        .has(Class::VERB | Class::AUX | Class::SAY | Class::REL)
                            }))
            });
        if colon {
            if let Some(p) = text_phrase {
                out[n].1 = Some(Found {
                    position: Position::Before,
                    who: Who::Phrase(p),
                    clause: clause_start..b,
                    introduces: true,
                });
            } else if np_only {
                let p = head_phrase.clone().unwrap_or_else(|| unreachable_phrase(b));
                out[n].1 = Some(Found {
                    position: Position::Before,
                    who: Who::Phrase(p),
                    clause: clause_start..b,
                    introduces: true,
                });
            } else if let Some(p) = s
                .main_subject()
                .filter(|p| p.words.end <= b)
                .or_else(|| s.opening_person(b))
            {
                let at = p.words.start;
                out[n].1 = Some(Found {
                    position: Position::Before,
                    who: Who::Phrase(p),
                    clause: at..b,
                    introduces: true,
                });
            } else if (s.first()..b).all(|k| {
                ws[k].has(Class::CONJ | Class::COMPL | Class::PREP | Class::ADV | Class::INFINITIVE)
                    || ws[k].quoted()
            }) && b > s.first()
            {
                out[n].1 = Some(Found {
                    position: Position::Before,
                    who: Who::Previous,
                    clause: s.first()..b,
                    introduces: true,
                });
            }
            continue;
        }
        // "Julien Dray « demande qu'on arrête… »": a name right before the quotation, which
        // holds the rest of its sentence.
        if np_only
            && head_phrase.as_ref().is_some_and(|p| p.kind == Kind::Name)
            && clause_start == s.first()
        {
            let p = head_phrase.clone().unwrap_or_else(|| unreachable_phrase(b));
            out[n].1 = Some(Found {
                position: Position::Before,
                who: Who::Phrase(p),
                clause: clause_start..b,
                introduces: true,
            });
            continue;
        }
        // Words built into a sentence with no verb of saying are its subject's when they are
        // a clause of their own, with a verb ("Les banques se sont engagées à « adopter sans
        // délai » ce code"), not a term or a scare quote ("pour « abus de confiance »").
        // A term with no verb is the subject's too when that subject is a named person or
        // organisation acting in the active voice ("Martine Aubry veut le « renouveau »",
        // "Royal a « envie »"): the writer borrows the subject's word for what it wants or
        // does. Not after a copula or a passive ("est « parti »", "a été mis en examen pour
        // « abus de confiance »"), where the word describes the subject.
        let clause = clause_like(ws, b, s.range.end);
        let term = !clause && ws[b].shape == Shape::Lower && preds.iter().all(|p| p.at > b);
        // In an opening subordinate clause ("Si Ségolène Royal a « envie » d'être premier
        // secrétaire, ses adversaires…") the term is the clause's own subject's.
        let own_subject = (term && in_opening_subordinate(s, b))
            .then(|| phrase::parse(ws, s.first() + 1, b))
            .flatten();
        if (preds.is_empty() || term)
            && let Some(p) = own_subject.or_else(|| s.main_subject()).filter(|p| {
                p.words.end <= b
                    && match p.kind {
                        Kind::Name | Kind::Organisation | Kind::Description | Kind::Pronoun
                            if term =>
                        {
                            active_between(ws, p.words.end, b)
                        }
                        Kind::Name | Kind::Description | Kind::Organisation => clause,
                        Kind::Noun => clause && p.plural && p.det.is_some(),
                        _ => false,
                    }
            })
        {
            let at = p.words.start;
            out[n].1 = Some(Found {
                position: Position::Before,
                who: Who::Phrase(p),
                clause: at..b,
                introduces: false,
            });
        }
    }
    // Quotations in the same sentence with none of their own share the nearest one's: "« A »,
    // « B » et « C », a-t-il dit".
    out
}

/// Words between a reporting verb and the subject of the clause it reports: `that`, `que`, a
/// time, an audience, a medium ("said Thursday", "told reporters", "said in a statement that");
/// no more than this many.
const REPORTED_GAP: usize = 5;

/// The predicate whose reported clause holds predicate `i`, when the quotation at `b` is not
/// `i`'s own speech: in "Birch said the Senate would add « some » money", "an official said
/// the two sides had agreed to keep talking but had « not narrowed the gap »", the words are
/// the reporter's, and the clause's verb (`add`, `agreed`) only narrates. `last` is the
/// quotation's last word in the sentence. The inner verb keeps
/// the quotation when it introduces it as speech: a colon or `que` before the marks, or the
/// marks right after the verb holding a clause or ending the sentence's clause ("Aides said
/// Hale told them « we are done »").
fn reported_under(
    s: &Sentence,
    preds: &[Predicate],
    i: usize,
    b: usize,
    last: usize,
) -> Option<usize> {
    let ws = s.words;
    let p = &preds[i];
    // A quotation with no word in the sentence has nothing to be reported in it.
    if b >= s.range.end || b >= ws.len() {
        return None;
    }
    let Who::Phrase(subject) = &p.who else {
        return None;
    };
    // Its subject opens it (a coordinated verb shares an earlier subject: not this case).
    if p.position_hint != Hint::Subject || subject.words.start != p.at {
        return None;
    }
    let speech_mark =
        ws[b].gap.has(Gap::COLON) || b > s.first() && is_que(&ws[b - 1]) && !ws[b - 1].quoted();
    let ends_clause = ws.get(last + 1).is_none_or(|n| {
        last + 1 >= s.range.end
            || n.gap
                .has(Gap::COMMA | Gap::STOP | Gap::COLON | Gap::SEMICOLON | Gap::DASH)
    });
    // Who it is told to may stand between: "told them « we are done »".
    let told = (p.end..b).len() <= 3
        && (p.end..b).all(|k| {
            !ws[k].quoted()
                && !ws[k].gap.has(Gap::PUNCT & !Gap::APOSTROPHE)
                && !ws[k].has(
                    Class::VERB
                        | Class::SAY
                        | Class::AUX
                        | Class::CONJ
                        | Class::REL
                        | Class::SUBORD
                        | Class::INFINITIVE,
                )
        });
    // A verb that names keeps its name: "Prosecutors said the senator described the scheme
    // as « the family plan »" is the senator's phrase.
    let naming = ws[p.end - 1].has(Class::NAMING);
    let clause = clause_like(ws, b, s.range.end);
    let own_speech = speech_mark || naming || clause && told || p.end == b && ends_clause;
    if own_speech {
        return None;
    }
    let start = subject.words.start;
    let (j, outer) = preds[..i].iter().enumerate().rev().find(|(_, q)| {
        matches!(&q.who, Who::Phrase(r) if r.kind != Kind::Noun)
            && matches!(q.position_hint, Hint::Subject | Hint::Inverted)
            && q.end <= start
    })?;
    let between = outer.end..start;
    let plain = between.len() <= REPORTED_GAP
        && (between.start..=start)
            .all(|k| !ws[k].quoted() && !ws[k].gap.has(Gap::PUNCT & !Gap::APOSTROPHE))
        && between.clone().all(|k| {
            let w = &ws[k];
            is_que(w)
                || w.has(Class::TIME | Class::AUDIENCE | Class::TEXT | Class::DET | Class::PREP)
                    && !w.has(Class::SUBORD | Class::CONJ | Class::REL)
                || w.has(Class::CLITIC) && w.shape == Shape::Lower
                || w.shape == Shape::Capital && !w.has(Class::FUNCTION | Class::SUBORD)
        });
    plain.then_some(j)
}

/// A quotation inside a sentence's opening "Asked whether he would "run again," X said" is the
/// question put to X, not X's words: the asker's when the clause names them ("Asked by
/// reporters…"), else no one's. `b` is the quotation's first word.
fn asker(s: &Sentence, b: usize) -> Option<Who> {
    use crate::core::text::words::word_key as k;
    let ws = s.words;
    let first = s.first();
    if s.lang != Lang::En
        || ws[first].key != k("asked")
        || ws[first].quoted()
        || b <= first
        || (first + 1..b).any(|j| !ws[j].quoted() && ws[j].gap.has(Gap::COMMA | Gap::COLON))
    {
        return None;
    }
    if ws.get(first + 1).is_some_and(|w| w.key == k("by")) && first + 2 < b {
        if let Some(ph) = phrase::parse(ws, first + 2, b) {
            return Some(Who::Phrase(ph));
        }
    }
    Some(Who::Nobody)
}

/// Word `b` (a quotation's first) lies in a subordinate clause that opens the sentence ("Si",
/// "Quand", "If", "When") and has a name or a description for subject before `b`; a comma
/// ends the clause after `b`.
/// Predicate `p` lies in a subordinate clause opening the sentence (`si`, `s'il`, `quand`,
/// `if`, `when`), which a comma closes before the word at `b`.
fn subordinate_before(s: &Sentence, p: &Predicate, b: usize) -> bool {
    let ws = s.words;
    let first = s.first();
    let key = crate::core::text::words::word_key;
    let si = ws[first].key == key("s")
        && ws
            .get(first + 1)
            .is_some_and(|n| n.has(Class::PRONOUN) && n.gap.has(Gap::APOSTROPHE));
    // So does an opening participle of asking: "Asked whether residents would be allowed
    // back, she was blunt: « … »" (`asked` is the predicate itself).
    let asked =
        (ws[first].has(Class::ASKED) || ws[first].key == key("asked")) && ws[first].capitalised();
    (ws[first].has(Class::SUBORD) || si || asked)
        && !ws[first].quoted()
        && (p.at > first || asked)
        && p.end <= b
        && (first + 1..=p.at.min(ws.len() - 1)).all(|k| !ws[k].gap.has(Gap::COMMA))
        && (p.end..b).any(|k| !ws[k].quoted() && ws[k].gap.has(Gap::COMMA))
}

fn in_opening_subordinate(s: &Sentence, b: usize) -> bool {
    let ws = s.words;
    let first = s.first();
    if b <= first + 1 || !ws[first].has(Class::SUBORD) || ws[first].quoted() {
        return false;
    }
    let subject = phrase::parse(ws, first + 1, b)
        .is_some_and(|p| matches!(p.kind, Kind::Name | Kind::Description) && p.words.end < b);
    let closes = (b..s.range.end).any(|k| !ws[k].quoted() && ws[k].gap.has(Gap::COMMA));
    subject && closes && (first + 1..b).all(|k| !ws[k].gap.has(Gap::COMMA))
}

/// The quotation whose first word is `first` holds a clause: three words or more, with a
/// verb form, a pronoun or a negation, or opening on an infinitive after `pour`, `à`, `de`,
/// `to`, inside or right before the marks ("s'engagent à « adopter sans délai »", "« pour
/// engager le processus »").
fn clause_like(ws: &[Word], first: usize, end: usize) -> bool {
    let q = ws[first].quote;
    let last = (first..end)
        .take_while(|&k| ws[k].quote == q)
        .last()
        .unwrap_or(first);
    // A quoted verb of saying is the clause's own predicate however short ("Les trois patrons
    // « s'interrogent » sur…", "the unions \"deplore\" it").
    let says = (first..=last).any(|k| {
        let w = &ws[k];
        w.has(Class::SAY) && w.has(Class::FINITE) && w.shape == Shape::Lower
    });
    // An infinitive after "pour", "de", "à" (and its object clitic: "pour « l'alerter »",
    // "afin de « les rassurer »") is a clause however short.
    let key = crate::core::text::words::word_key;
    let purpose = [key("pour"), key("afin"), key("to")];
    let a = super::lexicon::accented_key("à").unwrap_or_default();
    let before_infinitive = [a, key("de"), key("d"), key("to")];
    let opens_infinitive = |k: usize, next: usize| {
        ws[next].has(Class::INFINITIVE)
            && (purpose.contains(&ws[k].key) || before_infinitive.contains(&ws[k].key))
    };
    let mut verb_at = first;
    while verb_at < last
        && ws[verb_at].has(Class::CLITIC)
        && !ws[verb_at + 1].gap.has(Gap::PUNCT & !Gap::APOSTROPHE)
    {
        verb_at += 1;
    }
    let infinitive = first > 0 && !ws[first - 1].quoted() && opens_infinitive(first - 1, verb_at);
    if last < first + 2 && !says && !infinitive {
        return false;
    }
    let verbal = (first..=last).any(|k| {
        let w = &ws[k];
        w.has(
            Class::AUX
                | Class::VERB
                | Class::SAY
                | Class::FIRST_PERSON
                | Class::PRONOUN
                | Class::NEG,
        ) && !w.has(Class::DET)
    });
    infinitive || verbal || first + 1 < ws.len() && opens_infinitive(first, first + 1)
}

/// True when the words from `from` to the quotation at `b` hold a verb and no form of `être` /
/// `be`, and no quotation before it: the subject acts on the quoted term rather than being
/// described by it (`veut le`, `a`, `wants a`, not `est`, `a été mis en examen pour`).
fn active_between(ws: &[Word], from: usize, b: usize) -> bool {
    if b <= from || b - from > ACTIVE_REACH {
        return false;
    }
    let mut verb = false;
    for w in &ws[from..b] {
        if w.quoted() || form_of_be(w, Lang::Fr) || form_of_be(w, Lang::En) {
            return false;
        }
        verb |= w.has(Class::AUX | Class::VERB | Class::FINITE);
    }
    verb
}

/// A form of `être` (French) or `be` (English): the copula, and the auxiliary of a passive.
fn form_of_be(w: &Word, lang: Lang) -> bool {
    use crate::core::text::words::word_key as k;
    match lang {
        Lang::Fr => [
            k("est"),
            k("sont"),
            k("était"),
            k("étaient"),
            k("été"),
            k("sera"),
            k("seront"),
            k("serait"),
            k("seraient"),
            k("être"),
            k("fut"),
            k("soit"),
        ]
        .contains(&w.key),
        Lang::En => [
            k("is"),
            k("are"),
            k("was"),
            k("were"),
            k("be"),
            k("been"),
            k("being"),
        ]
        .contains(&w.key),
    }
}

/// How many words a term may stand after the subject that acts on it.
const ACTIVE_REACH: usize = 6;

fn unreachable_phrase(at: usize) -> Phrase {
    Phrase::blank(at..at, Kind::Noun)
}

/// Incises inside the marks of a quotation piece: `« Nous irons jusqu'au bout, a promis la
/// maire. Rien… »`, `"Difficile, illustre-t-il, de…"`, `"We will fight, he said, until the
/// end"`. Returns the byte ranges to cut (from the comma to the punctuation that ends the
/// incise, inclusive) with the words of each incise and its attribution.
pub fn incises(
    text: &str,
    piece: Range<usize>,
    lang: Lang,
) -> Vec<(Range<usize>, Vec<Word>, Found)> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    // Cheap first test: a comma in the piece.
    if !bytes[piece.clone()].contains(&b',') {
        return out;
    }
    let ws = words(text, piece.clone(), lang);
    let n = ws.len();
    let mut k = 1;
    while k < n {
        if !ws[k].gap.has(Gap::COMMA) {
            k += 1;
            continue;
        }
        // The incise: from this word to the next punctuation, at most 10 words.
        let stop = (k + 1..n).find(|&j| ws[j].gap.has(Gap::PUNCT)).unwrap_or(n);
        if stop - k > 10 || stop - k < 1 {
            k += 1;
            continue;
        }
        let first = &ws[k];
        let opens = match lang {
            Lang::Fr => {
                first.shape == Shape::Lower
                    && (first.has(Class::SAY | Class::AUX | Class::CLITIC)
                        || first.has(Class::PRONOUN))
            }
            Lang::En => {
                first.has(Class::PRONOUN) && first.shape == Shape::Lower
                    || first.capitalised() && !first.has(Class::FUNCTION)
            }
        };
        if !opens {
            k += 1;
            continue;
        }
        let sentence = Sentence {
            words: &ws,
            range: k..stop,
            lang,
            heading: false,
        };
        let preds = sentence.predicates();
        // The subject may be followed by an audience or a medium: ", explique Pierre Martin à
        // Libération."
        let medium = |from: usize| {
            from < stop
                && ws[from].has(Class::PREP)
                && !ws[from].has(Class::COMPL)
                && (from..stop)
                    .all(|j| !ws[j].has(Class::VERB | Class::SAY | Class::AUX | Class::REL))
        };
        let Some(p) = preds.first().filter(|p| {
            p.at == k
                && (p.end == stop || medium(p.end))
                // A French incise inverts its verb (`illustre-t-il`, `a promis la maire`);
                // `, elle va dire :` inside the marks is the quoted speaker's own sentence.
                && (p.position_hint == Hint::Inverted
                    || p.position_hint == Hint::Subject && lang == Lang::En)
                && !matches!(p.who, Who::Nobody)
        }) else {
            k += 1;
            continue;
        };
        // Nothing after the incise but punctuation and more quoted words.
        let comma = text[..ws[k].start].rfind(',').unwrap_or(ws[k].start);
        let last = ws[stop - 1].end;
        let rest = &text[last..piece.end];
        let punct = rest.trim_start();
        let cut_end = if punct.is_empty() {
            piece.end
        } else if punct.starts_with(':') {
            // What a colon opens is said, not resumed: `", elle va dire : 'Puisque…'"`
            // reports a speech inside the quotation, it does not attribute the quotation.
            k += 1;
            continue;
        } else if punct.starts_with([',', '.', ';']) {
            last + (rest.len() - punct.len()) + 1
        } else if punct.starts_with(['!', '?', '…']) {
            last + (rest.len() - punct.len()) + punct.chars().next().map_or(1, char::len_utf8)
        } else {
            k += 1;
            continue;
        };
        let found = Found {
            position: Position::Incise,
            who: p.who.clone(),
            clause: k..stop,
            introduces: true,
        };
        out.push((comma.max(piece.start)..cut_end, ws.clone(), found));
        k = stop;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::tokens::{NO_QUOTE, mark_quotes};
    use super::*;

    /// The attribution of the first quotation of `s` (one sentence), as the text of the
    /// subject phrase (or "previous"/"nobody") and its position.
    fn who(s: &str, lang: Lang) -> Option<(String, Position)> {
        let mut ws = words(s, 0..s.len(), lang);
        let marks = ['«', '"', '“'];
        let open = s.find(marks)?;
        let close_mark = match s[open..].chars().next()? {
            '«' => '»',
            '“' => '”',
            _ => '"',
        };
        let inner = open + s[open..].chars().next()?.len_utf8();
        let close = inner + s[inner..].find(close_mark)? + close_mark.len_utf8();
        mark_quotes(&mut ws, &[(0, open..close)]);
        let sentence = Sentence {
            words: &ws,
            range: 0..ws.len(),
            lang,
            heading: false,
        };
        let found = attribute(&sentence, &[0]).pop()?.1?;
        let text = match &found.who {
            Who::Phrase(p) => s[ws[p.core.start].start..ws[p.core.end - 1].end].to_string(),
            Who::Previous => "previous".into(),
            Who::Nobody => "nobody".into(),
        };
        let _ = NO_QUOTE;
        Some((text, found.position))
    }

    /// The sentence subject of `s` (no quotations marked), as written, read both ways:
    /// `subject` (stopping at the first reporting predicate) and `subject_given` over every
    /// predicate.
    fn sentence_subject(s: &str, lang: Lang) -> Option<String> {
        let ws = words(s, 0..s.len(), lang);
        let sentence = Sentence {
            words: &ws,
            range: 0..ws.len(),
            lang,
            heading: false,
        };
        let early = sentence.subject();
        let full = sentence.subject_given(&sentence.saying());
        let text = |p: &Phrase| s[ws[p.core.start].start..ws[p.core.end - 1].end].to_string();
        assert_eq!(early.as_ref().map(text), full.as_ref().map(text), "{s}");
        early.as_ref().map(text)
    }

    #[test]
    fn the_first_reporting_predicate_decides_the_sentence_subject() {
        let fr = |t| sentence_subject(t, Lang::Fr);
        let en = |t| sentence_subject(t, Lang::En);
        // A reporting verb after what it reports gives the subject, the first one of several.
        assert_eq!(
            fr("Tu viendras, dit l'Éternel, et Moïse répondit : je viendrai, dit Aaron.")
                .as_deref(),
            Some("l'Éternel")
        );
        assert_eq!(
            fr("Il viendra demain, a déclaré Paul Martin, et il partira, a dit Luc Petit.")
                .as_deref(),
            Some("Paul Martin")
        );
        assert_eq!(
            en("The mayor will come, said Ann Smith, and the council agreed, said John Brown.")
                .as_deref(),
            Some("Ann Smith")
        );
        assert_eq!(
            en("According to Ann Smith, nothing new.").as_deref(),
            Some("Ann Smith")
        );
        // An inverted pronoun is not reporting: the main clause's subject is the sentence's.
        assert_eq!(
            fr("Le ministre a publié un communiqué, a-t-il précisé.").as_deref(),
            Some("Le ministre")
        );
        assert_eq!(
            en("The committee released a statement on Monday.").as_deref(),
            Some("The committee")
        );
        // Neither: the first predicate's phrase, once every predicate is read.
        assert_eq!(fr("Selon elle, rien de neuf.").as_deref(), Some("elle"));
        // Past a relative on an apposition, and the clauses inside it.
        assert_eq!(
            en("Ruth Okonkwo, one of the two board members who voted no, has served for nine years.").as_deref(),
            Some("Ruth Okonkwo")
        );
        assert_eq!(
            en("One juror, a retired teacher who asked that her name not be used, said it was hard.").as_deref(),
            Some("One juror")
        );
        assert_eq!(
            fr("Paul Vidal, l'un des élus qui ont voté contre, siège depuis neuf ans.").as_deref(),
            Some("Paul Vidal")
        );
        // Not on the subject itself: "A first officer, who spoke…, said" is the officer.
        assert_eq!(
            en("A first officer at one carrier, who spoke on condition of anonymity, said pilots were tired.").as_deref(),
            Some("A first officer at one carrier")
        );
        // Past an appositive relative opened by "whose"/"dont" and the clauses inside it.
        assert_eq!(
            en("Raman, whose book argued that AI companies should welcome oversight, later told reporters that she still believed in it.").as_deref(),
            Some("Raman")
        );
        assert_eq!(
            fr("Le ministre, dont le projet prévoit que les juges seront formés, a ensuite affirmé que rien ne changerait.").as_deref(),
            Some("Le ministre")
        );
    }

    fn fr(s: &str) -> Option<(String, Position)> {
        who(s, Lang::Fr)
    }

    fn en(s: &str) -> Option<(String, Position)> {
        who(s, Lang::En)
    }

    fn subject(s: &str, lang: Lang) -> Option<String> {
        who(s, lang).map(|w| w.0)
    }

    #[test]
    fn after_the_quotation_french() {
        assert_eq!(
            fr("« Nous gagnerons », a déclaré Paul Martin."),
            Some(("Paul Martin".into(), Position::After))
        );
        assert_eq!(
            subject(
                "« Nous gagnerons », a précisé le parquet de Paris.",
                Lang::Fr
            )
            .as_deref(),
            Some("le parquet de Paris")
        );
        assert_eq!(
            subject("« Nous gagnerons », estime-t-il.", Lang::Fr).as_deref(),
            Some("il")
        );
        assert_eq!(
            subject("« Nous gagnerons », a-t-elle ajouté.", Lang::Fr).as_deref(),
            Some("elle")
        );
        assert_eq!(
            subject("« Non », s'est-il interrogé.", Lang::Fr).as_deref(),
            Some("il")
        );
        assert_eq!(subject("« Le calendrier sera tenu », a affirmé jeudi à la presse son conseiller en Espagne, Luis Ortega, qui suit le dossier.", Lang::Fr).as_deref(), Some("son conseiller en Espagne"));
        assert_eq!(
            subject(
                "« La grève continue », a confié au Parisien.fr Sophie Marchal, déléguée du Rhône.",
                Lang::Fr
            )
            .as_deref(),
            Some("Sophie Marchal")
        );
        assert_eq!(
            subject(
                "« Les comptes sont sains », a assuré lundi la ministre du Budget Claire Fontaine.",
                Lang::Fr
            )
            .as_deref(),
            Some("la ministre du Budget Claire Fontaine")
        );
        assert_eq!(
            subject("« Rien ne change », ajoute le texte.", Lang::Fr).as_deref(),
            Some("le texte")
        );
        assert_eq!(
            subject(
                "« Rien ne change », écrit le PCF dans un communiqué.",
                Lang::Fr
            )
            .as_deref(),
            Some("le PCF")
        );
        assert_eq!(
            fr("« Tout est possible », selon une source proche du dossier."),
            Some(("une source proche du dossier".into(), Position::Selon))
        );
        assert_eq!(
            subject("« Tout est possible » — Paul Martin", Lang::Fr).as_deref(),
            Some("Paul Martin")
        );
        assert_eq!(
            subject(
                "« Nous continuerons », a fait savoir le syndicat.",
                Lang::Fr
            )
            .as_deref(),
            Some("le syndicat")
        );
    }

    #[test]
    fn an_aside_after_the_auxiliary_english() {
        assert_eq!(
            subject(
                "John Smith has, however, called the delay \"not acceptable\".",
                Lang::En
            )
            .as_deref(),
            Some("John Smith")
        );
    }

    #[test]
    fn an_infinitive_after_to_and_a_pronoun_after_as_english() {
        let en = |t| subject(t, Lang::En);
        // The infinitive's subject is its controller's, not the clause after it.
        assert_eq!(
            en("Justice Ann Ochoa, who joined the majority, wrote separately to say the ruling \"should not be read\" that way.").as_deref(),
            Some("Justice Ann Ochoa")
        );
        // "as he called the decision « … »": the pronoun is the subject, not an object of "as".
        assert_eq!(
            en("Gov. Ray Coyle said the state would comply, even as he called the decision \"a surrender\" and left.").as_deref(),
            Some("he")
        );
        // A name after the comma that closes an opening adverbial runs to the verb: the subject.
        assert_eq!(
            en("In a written statement after the hearing, Veridan said that \"no patient should go without it.\"").as_deref(),
            Some("Veridan")
        );
        assert_eq!(
            en("After the vote on Tuesday, Senator Hale said the bill was \"dead\".").as_deref(),
            Some("Senator Hale")
        );
        // French: "il" after a preposition-like word is still the subject.
        assert_eq!(
            subject(
                "Le maire a cédé, comme il a qualifié la décision de « reddition ».",
                Lang::Fr
            )
            .as_deref(),
            Some("il")
        );
    }

    #[test]
    fn the_object_of_an_opening_preposition_english() {
        assert_eq!(
            subject(
                "With the crisis, argues the association, \"banks will close ranks\".",
                Lang::En
            )
            .as_deref(),
            Some("the association")
        );
    }

    #[test]
    fn a_clause_built_into_a_sentence_with_no_verb_of_saying_english() {
        assert_eq!(
            subject(
                "The unions walked out on Monday because \"we are not paid enough\".",
                Lang::En
            )
            .as_deref(),
            Some("The unions")
        );
        assert_eq!(
            subject("Paul Vidal was jailed for \"breach of trust\".", Lang::En),
            None
        );
    }

    #[test]
    fn a_time_with_its_determiner_after_the_verb_english() {
        assert_eq!(
            subject("\"Come to us!\" said this week Paul Vidal.", Lang::En).as_deref(),
            Some("Paul Vidal")
        );
    }

    #[test]
    fn a_rubric_before_a_dash_english() {
        assert_eq!(
            subject("Cycling - Paul Vidal: \"Good luck to Lance!\"", Lang::En).as_deref(),
            Some("Paul Vidal")
        );
    }

    #[test]
    fn a_quotation_in_an_opening_subordinate_english() {
        assert_ne!(
            subject(
                "If Claire Fontaine is \"keen\" to run, her rivals have not said their last word.",
                Lang::En
            )
            .as_deref(),
            Some("her rivals")
        );
    }

    #[test]
    fn after_the_quotation_english() {
        assert_eq!(
            en("\"We will win,\" said John Smith."),
            Some(("John Smith".into(), Position::After))
        );
        assert_eq!(
            subject("\"We will win,\" John Smith said.", Lang::En).as_deref(),
            Some("John Smith")
        );
        assert_eq!(
            subject("\"We will win,\" she told reporters.", Lang::En).as_deref(),
            Some("she")
        );
        assert_eq!(
            subject(
                "\"We will win,\" said Jane Doe, the mayor of the town.",
                Lang::En
            )
            .as_deref(),
            Some("Jane Doe")
        );
        assert_eq!(
            subject("\"It's over,\" the alliance said in a statement.", Lang::En).as_deref(),
            Some("the alliance")
        );
        assert_eq!(subject("\"It's over,\" said one person familiar with the talks, who was not authorized to speak.", Lang::En).as_deref(), Some("one person familiar with the talks"));
        assert_eq!(
            subject("\"It's over,\" according to a senior official.", Lang::En).as_deref(),
            Some("a senior official")
        );
    }

    #[test]
    fn english_subject_before_told_and_coordinated_verbs() {
        // "told X": X is the audience; the subject stands before the verb, even after an
        // adjective that looks like a verb ("retired").
        assert_eq!(
            subject(
                "\"I will not do it,\" retired Army General Mark Stone told the committee.",
                Lang::En
            )
            .as_deref(),
            Some("retired Army General Mark Stone")
        );
        assert_eq!(
            subject(
                "\"I will not do it,\" former Gov. Ann Reyes told the panel.",
                Lang::En
            )
            .as_deref(),
            Some("former Gov. Ann Reyes")
        );
        // "stood and shouted": the coordinated verb shares the subject of the first one.
        assert_eq!(
            subject("Minutes into the hearing, a protester in the back of the room stood and shouted \"No more wars!\" before being escorted out.", Lang::En).as_deref(),
            Some("a protester")
        );
        // A relative clause without "that": the name after the noun is its subject.
        assert_eq!(
            subject(
                "That ruling was overturned, a decision Lundgren called \"a disgrace.\"",
                Lang::En
            )
            .as_deref(),
            Some("Lundgren")
        );
        // French names do follow their noun: "le rapport Dupont" is a report.
        assert_eq!(
            subject(
                "Le rapport Dupont a qualifié la réforme de « désastre ».",
                Lang::Fr
            )
            .as_deref(),
            Some("Le rapport Dupont")
        );
        assert_eq!(
            subject("Un manifestant au fond de la salle s'est levé et a crié « Honte à vous ! » avant d'être expulsé.", Lang::Fr).as_deref(),
            Some("Un manifestant")
        );
    }

    #[test]
    fn before_the_quotation() {
        assert_eq!(
            fr("Paul Martin a déclaré : « Nous gagnerons. »"),
            Some(("Paul Martin".into(), Position::Before))
        );
        assert_eq!(subject("Marc Delorme, l'un des adjoints de Julie Vasseur, exultait : « Nous avons gagné la partie. »", Lang::Fr).as_deref(), Some("Marc Delorme"));
        assert_eq!(subject("Le trésorier, Henri Castel, a présenté les comptes, tout en rappelant qu'il restait « à la disposition du club ».", Lang::Fr).as_deref(), Some("Le trésorier"));
        assert_eq!(
            subject(
                "La directrice s'est dite « confiante » après le vote.",
                Lang::Fr
            )
            .as_deref(),
            Some("La directrice")
        );
        assert_eq!(
            subject(
                "L'audit fait état d'un « désordre » dans les comptes.",
                Lang::Fr
            )
            .as_deref(),
            Some("L'audit")
        );
        assert_eq!(
            subject(
                "Le projet a été rejeté par le syndicat Sud qui l'a qualifié de « provocation ».",
                Lang::Fr
            )
            .as_deref(),
            Some("le syndicat Sud")
        );
        assert_eq!(
            subject(
                "Devant la mairie, les grévistes ont scandé « Retrait, retrait ».",
                Lang::Fr
            )
            .as_deref(),
            Some("les grévistes")
        );
        let strikers = subject(
            "Près d'un millier de salariés défilent en criant « Non aux licenciements ».",
            Lang::Fr,
        );
        assert!(
            strikers
                .as_deref()
                .is_some_and(|s| s.ends_with("millier de salariés")),
            "{strikers:?}"
        );
        assert_eq!(
            subject(
                "Pour Paul Martin, le patron du syndicat, « le mouvement va durer ».",
                Lang::Fr
            )
            .as_deref(),
            Some("Paul Martin")
        );
        assert_eq!(subject("Selon un cadre proche du ministre, qui a requis l'anonymat, le texte « sera retiré ».", Lang::Fr).as_deref(), Some("un cadre proche du ministre"));
        assert_eq!(
            subject(
                "Les négociations avancent dans « un bon esprit », selon M. Delmas.",
                Lang::Fr
            )
            .as_deref(),
            Some("M. Delmas")
        );
        assert_eq!(
            subject("Et d'ajouter, un brin amusé : « On verra bien. »", Lang::Fr).as_deref(),
            Some("previous")
        );
        assert_eq!(subject("Sen. Mary Ortiz, D-Ariz., who leads the panel, wrote on X that the plan was \"dead on arrival.\"", Lang::En).as_deref(), Some("Sen. Mary Ortiz"));
        assert_eq!(
            subject(
                "Outside the stadium, he called the decision \"a disgrace\" and left.",
                Lang::En
            )
            .as_deref(),
            Some("he")
        );
        assert_eq!(
            subject(
                "A campaign memo quoted Senator Mills as saying, \"We need more time.\"",
                Lang::En
            )
            .as_deref(),
            Some("Senator Mills")
        );
        assert_eq!(
            subject(
                "The governor was quoted as saying \"never again\".",
                Lang::En
            )
            .as_deref(),
            Some("The governor")
        );
        assert_eq!(
            subject("Asked about the vote, she said: \"Not yet.\"", Lang::En).as_deref(),
            Some("she")
        );
    }

    #[test]
    fn a_participle_clause_has_the_main_subject_past_a_time_before_its_verb() {
        let s = "Gov. Tom Hale on Tuesday signed a bill that bans drop boxes, calling it a \"common-sense\" step.";
        assert_eq!(
            who(s, Lang::En),
            Some(("Gov. Tom Hale".into(), Position::Before))
        );
        let s = "The senator on Monday released a statement calling the plan \"reckless.\"";
        assert_eq!(
            who(s, Lang::En),
            Some(("The senator".into(), Position::Before))
        );
        // French puts the time after the verb: the subject as before.
        let s = "Le maire de Lyon a signé mardi le texte, en le qualifiant de « pas décisif ».";
        assert_eq!(
            who(s, Lang::Fr),
            Some(("Le maire de Lyon".into(), Position::Before))
        );
    }

    #[test]
    fn a_question_put_to_the_speaker_is_the_asker_s() {
        let s = "Asked whether he would \"run again,\" Tom Hale said he had not decided.";
        assert_eq!(who(s, Lang::En), Some(("nobody".into(), Position::Before)));
        let s = "Asked by reporters if the plan was \"dead,\" Tom Hale shook his head.";
        assert_eq!(
            who(s, Lang::En),
            Some(("reporters".into(), Position::Before))
        );
        // The answer is the speaker's.
        let s = "Asked about the plan, Tom Hale said: \"It is dead.\"";
        assert_eq!(
            who(s, Lang::En),
            Some(("Tom Hale".into(), Position::Before))
        );
        // French reports the question without quoting it; a quotation after the comma is the
        // speaker's as before.
        let s = "Interrogé sur le projet, Paul Martin a répondu : « Il est mort. »";
        assert_eq!(
            who(s, Lang::Fr),
            Some(("Paul Martin".into(), Position::Before))
        );
    }

    #[test]
    fn a_name_inside_the_quotation_or_an_incidental_clause_is_not_the_subject() {
        assert_eq!(
            subject(
                "M. Durand « a toujours défendu ce projet », a souligné Marc Lenoir.",
                Lang::Fr
            )
            .as_deref(),
            Some("Marc Lenoir")
        );
        assert_eq!(
            subject(
                "« Il est juste que Paul Martin parte », a dit la présidente.",
                Lang::Fr
            )
            .as_deref(),
            Some("la présidente")
        );
    }

    #[test]
    fn incises_are_found_in_both_kinds_of_marks() {
        let s = "Difficile, illustre-t-il, de faire mieux.";
        let found = incises(s, 0..s.len(), Lang::Fr);
        assert_eq!(found.len(), 1);
        assert_eq!(&s[found[0].0.clone()], ", illustre-t-il,");
        let s = "Nous irons jusqu'au bout, a promis la maire. Rien ne sera laissé au hasard.";
        let found = incises(s, 0..s.len(), Lang::Fr);
        assert_eq!(&s[found[0].0.clone()], ", a promis la maire.");
        let s = "We will fight, he said, until the end";
        assert_eq!(incises(s, 0..s.len(), Lang::En).len(), 1);
        let s = "We will fight, Smith said, until the end";
        assert_eq!(incises(s, 0..s.len(), Lang::En).len(), 1);
        let s = "Sur le plan bilatéral, nous avons beaucoup à faire";
        assert!(incises(s, 0..s.len(), Lang::Fr).is_empty());
        let s = "Je pense, enfin, que les dirigeants du Tour n'auraient pas vu d'un bon oeil son retour";
        assert!(incises(s, 0..s.len(), Lang::Fr).is_empty());
    }
}

/// Subjects in French news sentences of shapes the development articles did not have.
#[cfg(test)]
mod french_subjects {
    use super::super::tokens::mark_quotes;
    use super::*;

    /// The subject phrase of the first « … » of `s`, as written.
    fn subject(s: &str) -> Option<String> {
        let mut ws = words(s, 0..s.len(), Lang::Fr);
        let open = s.find('«')?;
        let close = open + s[open..].find('»')? + '»'.len_utf8();
        mark_quotes(&mut ws, &[(0, open..close)]);
        let sentence = Sentence {
            words: &ws,
            range: 0..ws.len(),
            lang: Lang::Fr,
            heading: false,
        };
        let found = attribute(&sentence, &[0]).pop()?.1?;
        match &found.who {
            Who::Phrase(p) => Some(s[ws[p.core.start].start..ws[p.core.end - 1].end].to_string()),
            Who::Previous => Some("previous".into()),
            Who::Nobody => Some("nobody".into()),
        }
    }

    #[test]
    fn a_medium_before_the_name_is_not_the_speaker() {
        assert_eq!(
            subject("« Ce projet est le nôtre », a déclaré lundi sur France Inter Julie Morand, forte du soutien de sa majorité.").as_deref(),
            Some("Julie Morand")
        );
        assert_eq!(
            subject(
                "« Nous étions prêts », a déclaré à l'AFP Hélène Caradec, adjointe aux finances."
            )
            .as_deref(),
            Some("Hélène Caradec")
        );
    }

    #[test]
    fn adverbs_in_ment_and_a_medium_after_the_name() {
        assert_eq!(
            subject("« Les travaux reprendront lundi », a affirmé prudemment Lucas Fernand dans Le Progrès.").as_deref(),
            Some("Lucas Fernand")
        );
    }

    #[test]
    fn a_time_after_a_preposition_before_the_subject() {
        assert_eq!(
            subject("Il y a eu « fraude », a répété dans la soirée Marc Berthier, l'un des principaux adjoints de la maire.").as_deref(),
            Some("Marc Berthier")
        );
        // Every part of the day is a time: the apposition after the name is not the subject.
        for time in ["dans la matinée", "dans la journée", "à l'aube"] {
            assert_eq!(
                subject(&format!("Il y a eu « fraude », a répété {time} Marc Berthier, l'un des principaux adjoints de la maire.")).as_deref(),
                Some("Marc Berthier"),
                "{time}"
            );
        }
    }

    #[test]
    fn a_participial_clause_is_not_the_subject() {
        // "critiques" after "les" is a noun here, not "il les critique".
        assert_eq!(
            subject("Evoquant les critiques des riverains, le préfet a estimé que la ville ne pouvait « tout régler seule ».").as_deref(),
            Some("le préfet")
        );
        assert_eq!(
            subject("Soulignant que les délais sont tenus, la directrice a jugé le chantier « exemplaire ».").as_deref(),
            Some("la directrice")
        );
    }

    #[test]
    fn the_object_is_the_subject_of_an_infinitive_after_de() {
        assert_eq!(
            subject("La fête n'a pas empêché Paul Dufresne, préfet de la région, de juger ces travaux « remarquables ».").as_deref(),
            Some("Paul Dufresne")
        );
        assert_eq!(
            subject("Un grand banquet a permis au préfet de la région, Paul Dufresne, de saluer ces travaux « remarquables ».").as_deref(),
            Some("préfet de la région")
        );
    }

    #[test]
    fn a_coordinated_verb_of_saying_shares_the_subject_of_the_verb_of_saying() {
        assert_eq!(
            subject("La commission rappelle que l'ordre avait été donné de tout arrêter et souligne que le directeur « a outrepassé ses droits ».").as_deref(),
            Some("La commission")
        );
    }

    #[test]
    fn an_aside_between_commas_after_the_auxiliary_keeps_the_subject() {
        for aside in ["lui", "elle aussi", "de son côté", "mardi", "pour sa part"] {
            assert_eq!(
                subject(&format!(
                    "De Lyon, Paul Vidal a, {aside}, jugé que ce retard n'était « pas acceptable »."
                ))
                .as_deref(),
                Some("Paul Vidal"),
                "{aside}"
            );
        }
    }

    #[test]
    fn a_sentence_opening_with_a_coordinated_participle_continues_the_speaker() {
        let s = "Et demandé que « les responsables en tirent les conséquences ».";
        let open = s.find('«').unwrap();
        let close = s.find('»').unwrap() + '»'.len_utf8();
        let mut ws = words(s, 0..s.len(), Lang::Fr);
        mark_quotes(&mut ws, &[(0, open..close)]);
        let sentence = Sentence {
            words: &ws,
            range: 0..ws.len(),
            lang: Lang::Fr,
            heading: false,
        };
        let found = attribute(&sentence, &[0]).pop().unwrap().1.unwrap();
        assert!(matches!(found.who, Who::Previous));
        // A participle inside the sentence stays an adjective.
        assert_eq!(
            subject("Et la décision annoncée « sans délai » tombe."),
            None
        );
    }

    #[test]
    fn the_object_of_an_opening_preposition_is_not_the_subject_of_an_inverted_verb() {
        assert_eq!(
            subject("Avec la crise, suppute l'association, « les banques vont renforcer leurs ententes ».").as_deref(),
            Some("l'association")
        );
        // Nothing after the verb: the phrase after the preposition is still read.
        assert!(
            subject("Dans sa déclaration Paul Martin, écrit : « Nous partons. »")
                .is_some_and(|s| s.ends_with("Paul Martin"))
        );
    }

    #[test]
    fn a_clause_built_into_a_sentence_with_no_verb_of_saying_is_its_subject_s() {
        assert_eq!(
            subject("Les banques françaises se sont engagées dans la soirée à « adopter sans délai » ce code.").as_deref(),
            Some("Les banques françaises")
        );
        assert_eq!(
            subject("Paul Vidal est parti « pour engager le processus qui lui revient ».")
                .as_deref(),
            Some("Paul Vidal")
        );
        // A term or a scare quote is nobody's.
        assert_eq!(
            subject("Paul Vidal a été mis en examen pour « abus de confiance ».").as_deref(),
            None
        );
        assert_eq!(subject("Paul Vidal est « parti ».").as_deref(), None);
    }

    #[test]
    fn the_focus_of_a_cleft_is_the_subject() {
        let s = "C'est le réalisateur Paul Vidal, connu pour son film « Le secret », qui a supervisé la cérémonie.";
        let ws = words(s, 0..s.len(), Lang::Fr);
        let sentence = Sentence {
            words: &ws,
            range: 0..ws.len(),
            lang: Lang::Fr,
            heading: false,
        };
        let p = sentence.subject().expect("a subject");
        assert_eq!(
            &s[ws[p.core.start].start..ws[p.core.end - 1].end],
            "le réalisateur Paul Vidal"
        );
        // "C'est" before no relative is no cleft.
        let s = "C'est le réalisateur Paul Vidal.";
        let ws = words(s, 0..s.len(), Lang::Fr);
        let sentence = Sentence {
            words: &ws,
            range: 0..ws.len(),
            lang: Lang::Fr,
            heading: false,
        };
        assert!(
            sentence
                .subject()
                .is_none_or(|p| p.kind != Kind::Description && p.kind != Kind::Name)
        );
        let s = "It was the director Paul Vidal, known for his films, who oversaw the ceremony.";
        let ws = words(s, 0..s.len(), Lang::En);
        let sentence = Sentence {
            words: &ws,
            range: 0..ws.len(),
            lang: Lang::En,
            heading: false,
        };
        let p = sentence.subject().expect("a subject");
        assert!(s[ws[p.core.start].start..ws[p.core.end - 1].end].ends_with("Paul Vidal"));
    }

    #[test]
    fn a_quotation_in_an_aside_before_the_verb_leaves_the_subject() {
        let s =
            "Paul Vidal, en évoquant la « légitimité » de la maire, a jugé le projet « utile ».";
        let mut ws = words(s, 0..s.len(), Lang::Fr);
        let (o1, c1) = (s.find('«').unwrap(), s.find('»').unwrap() + '»'.len_utf8());
        let (o2, c2) = (
            s.rfind('«').unwrap(),
            s.rfind('»').unwrap() + '»'.len_utf8(),
        );
        mark_quotes(&mut ws, &[(0, o1..c1), (1, o2..c2)]);
        let sentence = Sentence {
            words: &ws,
            range: 0..ws.len(),
            lang: Lang::Fr,
            heading: false,
        };
        let found = attribute(&sentence, &[0, 1]);
        for (q, f) in found {
            let Some(Found {
                who: Who::Phrase(p),
                ..
            }) = f
            else {
                panic!("quotation {q} has no subject");
            };
            assert_eq!(
                &s[ws[p.core.start].start..ws[p.core.end - 1].end],
                "Paul Vidal",
                "{q}"
            );
        }
    }

    #[test]
    fn a_time_with_its_determiner_after_the_verb_is_not_the_subject() {
        assert_eq!(
            // The phrase whose apposition names him.
            subject("« Venez chez nous ! » a lancé, la semaine dernière, son patron, Paul Vidal.")
                .as_deref(),
            Some("son patron")
        );
        assert_eq!(
            subject("« Venez chez nous ! » a lancé cette semaine Paul Vidal.").as_deref(),
            Some("Paul Vidal")
        );
    }

    #[test]
    fn a_rubric_before_a_dash_is_not_the_speaker() {
        assert_eq!(
            subject("Cyclisme - Paul Vidal : « Bonne chance à Lance ! »").as_deref(),
            Some("Paul Vidal")
        );
    }

    #[test]
    fn a_quotation_in_an_opening_subordinate_is_not_the_main_subject_s() {
        assert_ne!(
            subject("Si Claire Fontaine a « envie » d'être candidate, ses adversaires n'ont pas dit leur dernier mot.").as_deref(),
            Some("ses adversaires")
        );
        // The main clause's own quotation is still its subject's.
        assert_eq!(
            subject("Si la réunion est reportée, Claire Fontaine a dénoncé « une manœuvre ».")
                .as_deref(),
            Some("Claire Fontaine")
        );
    }

    #[test]
    fn the_demonstrative_ce_says_nothing() {
        assert_eq!(
            subject("C'est une fin de non-recevoir : « Nous refusons. »"),
            None
        );
    }

    #[test]
    fn an_incise_may_end_with_its_medium() {
        let s = "« Le club est prêt, explique Paul Vidal à Ouest-France. Nous attendons. »";
        let (cut, _, found) = incises(s, 0..s.len(), Lang::Fr).pop().expect("an incise");
        assert!(s[cut].contains("Ouest-France"));
        assert_eq!(found.position, Position::Incise);
    }
}
