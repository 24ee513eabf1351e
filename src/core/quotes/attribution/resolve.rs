//! Resolution: from what an attribution says to who the speaker is, by explicit rules, tried
//! in order and pooled over both articles of the pair.
//!
//! - A name is its entity (every spelling of it, in either article).
//! - A description (`le secrétaire d'Etat aux Sports`, `the senator`) is the person the
//!   articles describe so — in apposition or before the name, anywhere in either article —;
//!   else the person of that nationality (`le Belge`); else, for a role, the compatible
//!   subject of this sentence or of the previous ones, or the previous speaker; else the
//!   description itself (an unnamed speaker). A relation (`l'entourage de la ministre`, `son
//!   avocat`) is never the person of its complement.
//! - A pronoun agrees in gender and number with the subject of this sentence, of the previous
//!   sentences, the previous speaker, or the latest person named nearby, in that order.
//! - A text (`le communiqué`, `the statement`) is its author: its complement, its possessor,
//!   or the author of the text mentioned before.
//! - An organisation noun alone (`l'inspection`, `the alliance`) is the organisation named
//!   before with that noun.
//! - A quotation with no attribution of its own continues the previous speaker in its
//!   sentence, in the next paragraph, or further while the voice does not change (a first
//!   person inside the quotation is a sign it does not); a fragment with none takes its
//!   sentence's subject.

use std::cell::RefCell;
use std::collections::HashMap;
use std::ops::Range;

use super::entities::{self, Description, Entities, EntityKind};
use super::grammar::Position;
use super::lexicon::{Class, Gender, Lang, Lexicon, nations_agree};
use super::mention::{Desc, Mention, Subject, generic_organisation};
use super::reading::{DocReading, Reading, Said};
use crate::core::text::words::tokenize;

/// What kind of speaker it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SpeakerType {
    Person,
    Organisation,
    Group,
    Unnamed,
}

impl SpeakerType {
    pub fn label(self) -> &'static str {
        match self {
            SpeakerType::Person => "person",
            SpeakerType::Organisation => "organisation",
            SpeakerType::Group => "group",
            SpeakerType::Unnamed => "unnamed",
        }
    }
}

/// How the speaker was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Via {
    /// Named after a verb of saying: `« … », a déclaré X`, `"…," X said`.
    AfterVerb,
    /// Named before the verb or a colon: `X a déclaré : « … »`, `X called it "…"`.
    BeforeVerb,
    /// Inside the marks: `« …, a promis la maire. … »`.
    Incise,
    /// `selon X`, `d'après X`, `pour X`, `according to X`.
    Selon,
    /// A title or subheading: `X : « … »`, or the body quotation it abridges.
    Headline,
    /// A description resolved to the person described so in apposition or before a name.
    Apposition,
    /// A pronoun resolved to its antecedent.
    Pronoun,
    /// A description resolved by nationality, role or salience; a text to its author; an
    /// organisation noun to the organisation.
    Description,
    /// No attribution of its own: the speaker of the quotations before it, or of the
    /// quotation whose words it repeats.
    Continuation,
    /// Taken from the counterpart in the other article.
    OtherArticle,
}

impl Via {
    pub fn label(self) -> &'static str {
        match self {
            Via::AfterVerb => "after-verb",
            Via::BeforeVerb => "before-verb",
            Via::Incise => "incise",
            Via::Selon => "selon",
            Via::Headline => "headline",
            Via::Apposition => "apposition",
            Via::Pronoun => "pronoun",
            Via::Description => "description",
            Via::Continuation => "continuation",
            Via::OtherArticle => "other-article",
        }
    }
}

/// Who a speaker is, to compare speakers across quotations and articles.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Ident {
    Entity(usize),
    /// An unnamed speaker, by the folded words of its phrase.
    Words(Vec<u64>),
}

/// A speaker.
#[derive(Debug, Clone, PartialEq)]
pub struct Speaker {
    pub name: String,
    pub kind: SpeakerType,
    pub ident: Ident,
    pub gender: Option<Gender>,
    pub plural: bool,
    /// For an unnamed speaker designated by a role (`le ministre`), the role's kind.
    pub role: Option<u64>,
    /// A text whose author is unknown (`the indictment`), or a noun of no person (`a cut`,
    /// English `the hearing`): no description or pronoun designates it.
    pub impersonal: bool,
    /// Not an indefinite phrase (`a senior official`, `one lawyer`): a later definite
    /// description (`the senator`) may be the same speaker.
    pub definite: bool,
    /// A noun phrase of unknown kind (`un grand feu d'artifice`, `le dalaï lama`): it may
    /// speak, but a pronoun stands for a person first.
    pub vague: bool,
}

/// What resolution gives a quotation.
#[derive(Debug, Clone, Default)]
pub struct Resolved {
    pub speaker: Option<Speaker>,
    pub via: Option<Via>,
    /// The words designating the speaker at the attribution, and their byte range.
    pub mention: Option<(String, Range<usize>)>,
    /// How, for people: the rule that applied.
    pub rule: &'static str,
    /// It continues the speaker of this quotation (an index in the document).
    pub continues: Option<usize>,
    /// It had an attribution of its own (even one that names no one).
    pub attributed: bool,
}

/// What resolution needs of a quotation besides its reading.
#[derive(Debug, Clone)]
pub struct Facts {
    pub nested: bool,
    pub heading: bool,
    pub fragment: bool,
    /// `je`, `nous`, `I`, `we` in its words: someone speaking for themselves.
    pub first_person: bool,
    pub block: usize,
    pub last_block: usize,
    pub start: usize,
}

/// How far back (in paragraphs) a pronoun, a role or a continuation looks.
const NEAR_BLOCKS: usize = 2;
/// How many sentences back a pronoun or a role looks for a subject.
const SUBJECT_SENTENCES: usize = 3;
/// Mentions looked back at to tell which of two candidates was named last: far enough for any
/// article, and bounded on a book.
const LOOKBACK: usize = 400;
/// Nouns of people: roles, members, relations, nationalities.
const PEOPLE: u64 = Class::ROLE | Class::MEMBER | Class::RELATION | Class::NATIONALITY;
/// How many sentences back a plural pronoun with no antecedent nearby looks for a group.
const GROUP_SENTENCES: usize = 8;
/// How many sentences back a generic organisation noun ("the company") finds a lone name
/// that was a subject.
const LONE_SENTENCES: usize = 6;
/// Paragraphs a first-person quotation may continue a speaker across.
const RUN_BLOCKS: usize = 4;

struct Ctx<'a> {
    entities: &'a Entities,
    doc: &'a DocReading,
    d: usize,
    /// Genders the text gave persons it named without one: "Reyes-Whitaker said …. « … »,
    /// she said" makes Reyes-Whitaker a woman, whom a later "he" is not.
    learned: RefCell<HashMap<usize, Gender>>,
}

/// The previous speaker of a run of quotations.
#[derive(Debug, Clone)]
struct Prev {
    index: usize,
    speaker: Speaker,
    block: usize,
    sentence: usize,
    /// Its speaker was found in its own sentence (not continued from a quotation before).
    own: bool,
}

fn keys_of(text: &str) -> Vec<u64> {
    tokenize(text, 0..text.len())
        .iter()
        .map(|t| t.key)
        .collect()
}

impl Ctx<'_> {
    fn entity_speaker(&self, e: usize) -> Speaker {
        let e = self.entities.resolve(e);
        let entity = self.entities.get(e);
        // "Federal Aviation Administration (FAA)": the full name, and the acronym the
        // articles also use.
        let name = match (&entity.acronym, entity.kind) {
            (Some(a), EntityKind::Organisation) => format!("{} ({a})", entity.display),
            _ => entity.display.clone(),
        };
        Speaker {
            name,
            kind: match entity.kind {
                EntityKind::Person => SpeakerType::Person,
                EntityKind::Organisation | EntityKind::Place => SpeakerType::Organisation,
            },
            ident: Ident::Entity(e),
            gender: entity.gender.or_else(|| self.learned_gender(e)),
            plural: entity.plural,
            role: None,
            impersonal: false,
            definite: true,
            vague: false,
        }
    }

    fn phrase_speaker(
        text: &str,
        kind: SpeakerType,
        gender: Option<Gender>,
        plural: bool,
    ) -> Speaker {
        Speaker {
            name: text.to_string(),
            kind,
            ident: Ident::Words(keys_of(text)),
            gender,
            plural,
            role: None,
            impersonal: false,
            definite: true,
            vague: false,
        }
    }

    /// The entity mentions of document `d` before `at`, latest first.
    fn mentions_before(&self, at: usize) -> impl Iterator<Item = &entities::Mention> + '_ {
        let mentions = &self.entities.mentions[self.d];
        let hi = mentions.partition_point(|m| m.at < at);
        mentions[..hi].iter().rev()
    }

    /// Mentions of document `d` before `at`, latest first, within `NEAR_BLOCKS` of `block`.
    fn latest_entities(&self, at: usize, block: usize) -> impl Iterator<Item = usize> + '_ {
        self.mentions_before(at)
            .take_while(move |m| block.saturating_sub(m.block) <= NEAR_BLOCKS)
            .map(|m| self.entities.resolve(m.entity))
    }

    /// Of the entities mentioned in document `d` before `at` (the latest `LOOKBACK` mentions)
    /// that `keep` accepts, the one mentioned most, the latest of equals.
    fn most_mentioned(&self, at: usize, keep: impl Fn(usize) -> bool) -> Option<usize> {
        // (entity, count), in order of latest mention; few entities per article.
        let mut counts: Vec<(usize, usize)> = Vec::new();
        for m in self.mentions_before(at).take(LOOKBACK) {
            let e = self.entities.resolve(m.entity);
            match counts.iter_mut().find(|c| c.0 == e) {
                Some(c) => c.1 += 1,
                None => counts.push((e, 1)),
            }
        }
        let mut best: Option<(usize, usize)> = None;
        for &(e, n) in &counts {
            if best.is_none_or(|b| n > b.1) && keep(e) {
                best = Some((e, n));
            }
        }
        best.map(|b| b.0)
    }

    /// The organisation named with the noun `head` and more (`le Comité du patrimoine
    /// mondial` for `le Comité`, `l'inspection`): the latest mentioned before `at`, else the
    /// first of the pair.
    fn organisation_named_with(&self, head: u64, at: usize, block: usize) -> Option<usize> {
        // A proper name ("Federal Aviation Agency"), not a description in apposition that
        // was read as one ("the agency responsible for safety").
        let named = |e: &entities::Entity| {
            e.kind == EntityKind::Organisation
                && e.key.len() > 1
                && e.key.contains(&head)
                && e.display.chars().any(char::is_uppercase)
        };
        self.latest_entities(at, block + 100)
            .find(|&e| named(self.entities.get(e)))
            .or_else(|| {
                (0..self.entities.list.len())
                    .find(|&i| self.entities.resolve(i) == i && named(&self.entities.list[i]))
            })
    }

    /// An organisation entity named by its noun alone ("le Comité") as the organisation
    /// named with that noun and more; any other entity as it is.
    fn full_organisation(&self, e: usize, at: usize, block: usize) -> usize {
        let entity = self.entities.get(e);
        if entity.kind == EntityKind::Organisation
            && entity.key.len() == 1
            && Lexicon::get()
                .class(entity.key[0], self.doc.lang)
                .has(Class::ORG)
        {
            return self
                .organisation_named_with(entity.key[0], at, block)
                .unwrap_or(e);
        }
        e
    }

    /// Entity `entity` is mentioned anywhere in this document.
    fn named_here(&self, entity: usize) -> bool {
        self.entities.mentions[self.d]
            .iter()
            .any(|m| self.entities.resolve(m.entity) == entity)
    }

    /// The latest mention of `entity` before `at` (for ties between candidates).
    fn last_seen(&self, entity: usize, at: usize) -> Option<usize> {
        self.mentions_before(at)
            .take(LOOKBACK)
            .find(|m| self.entities.resolve(m.entity) == entity)
            .map(|m| m.at)
    }

    /// The person the articles describe as `desc`: heads of the same kind, and one set of
    /// content words within the other (`le ministre` fits `ministre de l'Économie`; `maire
    /// de Paris` does not fit `maire d'Evry`); the best fit, then the latest mentioned.
    /// Returns the entity with the number of content words its description shares.
    fn described_scored(
        &self,
        desc: &Description,
        nation: u16,
        at: usize,
    ) -> Option<(usize, usize)> {
        let mut best: Option<(usize, usize, usize)> = None; // (score, last seen, entity)
        for (i, e) in self.entities.list.iter().enumerate() {
            if self.entities.resolve(i) != i || e.kind != EntityKind::Person {
                continue;
            }
            if other_nation(e, nation) {
                continue;
            }
            if other_party(e, desc) {
                continue;
            }
            let score = e
                .descriptions
                .iter()
                .filter_map(|d| {
                    if d.head == desc.head && former_agrees(d, desc) {
                        let common = d.words.iter().filter(|w| desc.words.contains(w)).count();
                        let fits = common == d.words.len() || common == desc.words.len();
                        return fits.then_some(common);
                    }
                    // "the Missouri Republican" is "Republican Sen. Josh Hawley of Missouri",
                    // and, of no known party, "Ohio Sen. JD Vance": the place in a description
                    // of another kind, with the party if it says one.
                    // A person of no office from that state ("a mother of two in Columbus,
                    // Ohio") is no party's member.
                    let placed = party(desc.head)
                        && super::lexicon::role_group(d.head)
                        && !desc.words.is_empty()
                        && desc.words.iter().all(|w| d.words.contains(w));
                    placed.then(|| desc.words.len() + usize::from(d.words.contains(&desc.head)))
                })
                .max();
            let Some(score) = score else { continue };
            let seen = self.last_seen(i, at).map_or(0, |p| p + 1);
            let candidate = (score, seen, i);
            if best.is_none_or(|b| (candidate.0, candidate.1) > (b.0, b.1)) {
                best = Some(candidate);
            }
        }
        best.map(|b| (b.2, b.0))
    }

    /// A person of that nationality, the latest mentioned first.
    fn of_nation(&self, nation: u16, at: usize) -> Option<usize> {
        let mut best: Option<(usize, usize)> = None;
        for (i, e) in self.entities.list.iter().enumerate() {
            if self.entities.resolve(i) != i || e.kind != EntityKind::Person {
                continue;
            }
            if e.nations.iter().any(|&n| nations_agree(n, nation)) {
                let seen = self.last_seen(i, at).map_or(0, |p| p + 1);
                if best.is_none_or(|b| seen > b.0) {
                    best = Some((seen, i));
                }
            }
        }
        best.map(|b| b.1)
    }

    /// The one person, other than the relative's own, whose surname is among the description's
    /// words and whose gender is the description's.
    fn relative_named(&self, desc: &Desc) -> Option<usize> {
        let gender = desc.gender?;
        let words = &desc.description.words;
        let mut found = None;
        for (i, e) in self.entities.list.iter().enumerate() {
            if self.entities.resolve(i) != i
                || e.kind != EntityKind::Person
                || e.gender != Some(gender)
                || e.key.len() < 2
                || !e.key.last().is_some_and(|k| words.contains(k))
                || e.key.iter().all(|k| words.contains(k))
            {
                continue;
            }
            if found.is_some() {
                return None;
            }
            found = Some(i);
        }
        found
    }

    /// A person the description could be, by what is known of them: no other description of
    /// the same kind that contradicts it, no other nationality, the same gender.
    fn fits(&self, speaker: &Speaker, desc: &Desc) -> bool {
        let gender_ok = match (speaker.gender, desc.gender) {
            (Some(a), Some(b)) => a == b,
            _ => true,
        };
        let Ident::Entity(e) = speaker.ident else {
            // "une voisine…", then "cette habitante du quartier": a demonstrative points back
            // to an unnamed person however introduced, a role included.
            if desc.demonstrative {
                return speaker.kind == SpeakerType::Unnamed
                    && !speaker.impersonal
                    && !speaker.vague
                    && !speaker.plural
                    && gender_ok;
            }
            // A definite noun phrase that is no role ("le dalaï lama") may be described so.
            return speaker.kind == SpeakerType::Unnamed
                && speaker.role.is_none()
                && !speaker.impersonal
                && speaker.definite
                && !speaker.plural
                && gender_ok;
        };
        let entity = self.entities.get(e);
        if entity.kind != EntityKind::Person || other_party(entity, &desc.description) {
            return false;
        }
        if let (Some(a), Some(b)) = (entity.gender, desc.gender)
            && a != b
        {
            return false;
        }
        if other_nation(entity, desc.nation) || in_complement(entity, &desc.description) {
            return false;
        }
        // Party labels go with any place ("the Long Island Republican", "a New York
        // Republican"): they contradict nothing.
        let same_kind: Vec<&Description> = entity
            .descriptions
            .iter()
            .filter(|d| d.head == desc.description.head)
            .collect();
        if !same_kind.is_empty() && !desc.member {
            let any_fit = same_kind.iter().any(|d| {
                if !former_agrees(d, &desc.description) {
                    return false;
                }
                let common = d
                    .words
                    .iter()
                    .filter(|w| desc.description.words.contains(w))
                    .count();
                common == d.words.len() || common == desc.description.words.len()
            });
            if !any_fit {
                return false;
            }
        }
        true
    }

    /// The gender a pronoun gave entity `e`, if the text said it so.
    fn learned_gender(&self, e: usize) -> Option<Gender> {
        self.learned.borrow().get(&e).copied()
    }

    /// An entity's speaker with the entity's own gender and number again (a candidate may
    /// carry those of the text it wrote).
    fn own_gender(&self, mut s: Speaker) -> Speaker {
        if let Ident::Entity(e) = s.ident {
            let e = self.entities.resolve(e);
            let entity = self.entities.get(e);
            s.gender = entity.gender.or_else(|| self.learned_gender(e));
            s.plural = entity.plural;
        }
        s
    }

    /// Candidates for a pronoun or a role, in order: the subject of this sentence before
    /// `at`, of the previous sentences, the previous speaker.
    fn salient(
        &self,
        at: usize,
        sentence: usize,
        block: usize,
        prev: Option<&Prev>,
        depth: usize,
    ) -> Vec<Speaker> {
        let mut out = Vec::new();
        let prev = prev.filter(|p| block.saturating_sub(p.block) <= NEAR_BLOCKS);
        let mut prev_pushed = false;
        let low = sentence.saturating_sub(SUBJECT_SENTENCES);
        for s in (low..=sentence.min(self.doc.sentences.len().saturating_sub(1))).rev() {
            let info = &self.doc.sentences[s];
            if block.saturating_sub(info.block) > NEAR_BLOCKS {
                break;
            }
            // The previous speaker is the subject of the sentence that quotes them. One only
            // continued there (a title, "Raman, whose book « Building Minds » argued…, told
            // reporters") comes after that sentence's own subject.
            if let Some(p) = prev
                && !prev_pushed
                && (p.sentence > s || p.own && p.sentence == s)
                && p.sentence < sentence
            {
                prev_pushed = true;
                if !out.contains(&p.speaker) {
                    out.push(p.speaker.clone());
                }
            }
            // The main clause's own subject follows whoever reports it.
            for m in info.subject.iter().chain(&info.actor) {
                if m.range.start >= at || m.range.end > at && s == sentence {
                    continue;
                }
                let Some((mut speaker, _)) =
                    self.resolve(m, m.range.start, s, info.block, None, depth + 1)
                else {
                    continue;
                };
                // "« … », conclut ce rapport [de la Commission]. « … », ajoute-t-il": the
                // pronoun stands for the text, so agrees with the text noun; the text's author
                // is the speaker.
                if let Subject::Text {
                    gender: Some(g), ..
                } = m.subject
                    && !speaker.impersonal
                {
                    speaker.gender = Some(g);
                    speaker.plural = false;
                }
                // "La diatribe de Nonce Paolini a failli provoquer un incident": a thing
                // whose complement names a person makes that person the topic, after it.
                let thing = speaker.vague && speaker.kind != SpeakerType::Person;
                let range = m.range.clone();
                if !out.contains(&speaker) {
                    out.push(speaker);
                }
                if thing {
                    let inside: Vec<usize> = self
                        .mentions_before(range.end)
                        .take_while(|e| e.at >= range.start)
                        .map(|e| self.entities.resolve(e.entity))
                        // Named in full: a lone capitalised word there ("le prix Nobel", "les
                        // services de Bercy") is too often no person.
                        .filter(|&e| {
                            let e = self.entities.get(e);
                            e.kind == EntityKind::Person && e.key.len() >= 2
                        })
                        .collect();
                    for e in inside.into_iter().rev() {
                        let person = self.entity_speaker(e);
                        if !out.contains(&person) {
                            out.push(person);
                        }
                    }
                }
            }
        }
        if let Some(p) = prev
            && !out.contains(&p.speaker)
        {
            out.push(p.speaker.clone());
        }
        out
    }

    /// The one-word name that reported or was the subject of the sentence before `sentence`,
    /// in the same block, when nothing shows it to be a person (no first name, gender,
    /// description or nationality): "Walmart said it had pulled the heaters". Its entity, if
    /// it has one, its words and where they start.
    fn lone_name_before(&self, sentence: usize) -> Option<(Option<usize>, String, usize)> {
        let before = self.doc.sentences.get(sentence.checked_sub(1)?)?;
        if before.block != self.doc.sentences.get(sentence)?.block {
            return None;
        }
        let m = before.reporter.as_ref().or(before.subject.as_ref())?;
        let Subject::Name { key, gender, .. } = &m.subject else {
            return None;
        };
        if key.len() != 1 || gender.is_some() {
            return None;
        }
        let Some(e) = self.name_subject_entity(key) else {
            return Some((None, m.text.clone(), m.range.start));
        };
        let entity = self.entities.get(e);
        (entity.kind == EntityKind::Organisation || self.unknown_name(e))
            .then(|| (Some(e), m.text.clone(), m.range.start))
    }

    /// The entity a name subject designates: by its words, or a surname alone by the person
    /// who bears it ("Whitlock said").
    fn name_subject_entity(&self, key: &[u64]) -> Option<usize> {
        self.entities.by_key(key).or_else(|| {
            (key.len() == 1)
                .then(|| self.entities.by_last_name(key[0]))
                .flatten()
        })
    }

    /// The latest of the sentences before `sentence` (a few, nearby) whose subject is an
    /// organisation or a name of one word the article says nothing more of: "Loopline said it
    /// was « disappointed »" before "« … », the company said" (a name spoken of as an object,
    /// "told Reuters", "wrote on Facebook", is no such subject). Its entity if it has one (a
    /// lone word may wait for a full name and have none), its words and where they start.
    fn lone_subject_since(&self, sentence: usize) -> Option<(Option<usize>, String, usize)> {
        let block = self.doc.sentences.get(sentence)?.block;
        (sentence.saturating_sub(LONE_SENTENCES)..sentence)
            .rev()
            .map(|k| &self.doc.sentences[k])
            .take_while(|s| block.saturating_sub(s.block) <= NEAR_BLOCKS)
            .find_map(|s| {
                let m = s.reporter.as_ref().or(s.subject.as_ref())?;
                let Subject::Name {
                    key,
                    organisation,
                    gender,
                    ..
                } = &m.subject
                else {
                    return None;
                };
                let found = |e| Some((e, m.text.clone(), m.range.start));
                match self.name_subject_entity(key) {
                    None => (key.len() == 1 && gender.is_none()).then(|| found(None))?,
                    Some(e) => (*organisation
                        || self.entities.get(e).kind == EntityKind::Organisation
                        || key.len() == 1 && self.unknown_name(e))
                    .then(|| found(Some(e)))?,
                }
            })
    }

    /// The offset of entity `e`'s latest mention before `at`.
    fn latest_mention(&self, e: usize, at: usize) -> usize {
        self.mentions_before(at)
            .take(LOOKBACK)
            .find(|m| self.entities.resolve(m.entity) == e)
            .map_or(0, |m| m.at)
    }

    /// The named person or organisation who reported in the sentence before `sentence`, in
    /// its paragraph or the one before.
    fn reporter_before(&self, sentence: usize, block: usize, depth: usize) -> Option<Speaker> {
        let info = self.doc.sentences.get(sentence.checked_sub(1)?)?;
        if block.saturating_sub(info.block) > 1 {
            return None;
        }
        let m = info.reporter.as_ref()?;
        if !matches!(
            m.subject,
            Subject::Name { .. } | Subject::Organisation { .. }
        ) {
            return None;
        }
        let (speaker, _) =
            self.resolve(m, m.range.start, sentence - 1, info.block, None, depth + 1)?;
        (matches!(speaker.ident, Ident::Entity(_))
            && matches!(
                speaker.kind,
                SpeakerType::Person | SpeakerType::Organisation
            ))
        .then_some(speaker)
    }

    /// A name of one word the article says nothing more of (no first name, gender,
    /// description or nation): a company or a body as much as a person ("Loopline said").
    fn unknown_name(&self, e: usize) -> bool {
        let entity = self.entities.get(e);
        entity.kind == EntityKind::Person
            && entity.single
            && entity.gender.is_none()
            && entity.descriptions.is_empty()
            && entity.nations.is_empty()
    }

    /// Resolves a mention at byte `at` of sentence `sentence`; `depth` bounds the recursion
    /// (a subject that is itself a pronoun or a description).
    fn resolve(
        &self,
        m: &Mention,
        at: usize,
        sentence: usize,
        block: usize,
        prev: Option<&Prev>,
        depth: usize,
    ) -> Option<(Speaker, &'static str)> {
        let lang = self.doc.lang;
        match &m.subject {
            Subject::Name {
                key, organisation, ..
            } => {
                // "précise le Comité" after "le Comité du patrimoine mondial": a capitalised
                // organisation noun alone stands for the organisation named with it.
                let org_noun = *organisation
                    && key.len() == 1
                    && Lexicon::get().class(key[0], lang).has(Class::ORG);
                if org_noun && let Some(e) = self.organisation_named_with(key[0], at, block) {
                    return Some((self.entity_speaker(e), "organisation named before"));
                }
                let entity = self.entities.by_key(key).or_else(|| {
                    (key.len() == 1)
                        .then(|| self.entities.by_last_name(key[0]))
                        .flatten()
                });
                Some(match entity {
                    Some(e) => (self.entity_speaker(e), "name"),
                    None => (
                        Self::phrase_speaker(
                            &m.text,
                            if *organisation {
                                SpeakerType::Organisation
                            } else {
                                SpeakerType::Person
                            },
                            None,
                            false,
                        ),
                        "name",
                    ),
                })
            }
            Subject::Organisation { key } => Some(match self.entities.by_key(key) {
                Some(e) => (self.entity_speaker(e), "organisation"),
                None => (
                    Self::phrase_speaker(&m.text, SpeakerType::Organisation, None, false),
                    "organisation",
                ),
            }),
            Subject::Alias {
                head,
                gender,
                plural,
            } => {
                let lone = self.lone_name_before(sentence);
                // A lone name the article keeps no entity for speaks for the noun unless an
                // organisation with that noun was mentioned since.
                if generic_organisation(*head)
                    && let Some((None, text, lone_at)) = &lone
                    && self
                        .organisation_named_with(*head, at, block)
                        .is_none_or(|e| self.latest_mention(e, at) < *lone_at)
                {
                    return Some((
                        Self::phrase_speaker(text, SpeakerType::Organisation, None, false),
                        "organisation named before",
                    ));
                }
                // The organisation that spoke or acted in the sentence before, when the
                // article gave it no noun ("Natixis a démenti… La banque évalue"); else the
                // organisation named before with that noun. Only for a generic noun: "the
                // ministry" after "Boeing said" is no company.
                let spoke_before = lone
                    .as_ref()
                    .and_then(|l| l.0)
                    .filter(|_| generic_organisation(*head));
                // A generic noun with no organisation of that noun before: the lone name that
                // was a subject a few sentences before, unless an organisation was mentioned
                // since ("Loopline said… ¶ « … », the company said").
                if spoke_before.is_none()
                    && generic_organisation(*head)
                    && self.organisation_named_with(*head, at, block).is_none()
                    && let Some((e, text, lone_at)) = self.lone_subject_since(sentence)
                    && self
                        .latest_entities(at, block)
                        .find(|&e| self.entities.get(e).kind == EntityKind::Organisation)
                        .is_none_or(|o| self.latest_mention(o, at) < lone_at)
                {
                    return Some((
                        match e {
                            Some(e) => self.entity_speaker(e),
                            None => {
                                Self::phrase_speaker(&text, SpeakerType::Organisation, None, false)
                            }
                        },
                        "organisation named before",
                    ));
                }
                let named = spoke_before
                    .or_else(|| self.organisation_named_with(*head, at, block))
                    .or_else(|| {
                        // A generic noun ("the group", "the company", "le groupe") stands for
                        // the organisation named last nearby, whatever its name, or for the lone
                        // name that spoke in the sentence before ("Walmart said… the retailer
                        // said").
                        generic_organisation(*head)
                            .then(|| {
                                self.latest_entities(at, block)
                                    .find(|&e| {
                                        self.entities.get(e).kind == EntityKind::Organisation
                                    })
                                    // Further back: the organisation the article names most
                                    // ("Calloway Appliance Corp." … "the company said").
                                    .or_else(|| {
                                        self.most_mentioned(at, |e| {
                                            self.entities.get(e).kind == EntityKind::Organisation
                                        })
                                    })
                            })
                            .flatten()
                    });
                Some(match named {
                    Some(e) => (self.entity_speaker(e), "organisation named before"),
                    None => (
                        Self::phrase_speaker(
                            &m.text,
                            if *plural {
                                SpeakerType::Group
                            } else {
                                SpeakerType::Organisation
                            },
                            *gender,
                            *plural,
                        ),
                        "organisation",
                    ),
                })
            }
            Subject::Text {
                head,
                author,
                possessive,
                definite,
                ..
            } => {
                if let Some(a) = author {
                    if let Some(r) = self.resolve(a, at, sentence, block, prev, depth + 1) {
                        return Some((r.0, "author of the text"));
                    }
                }
                if *possessive && depth < 3 {
                    let pronoun = Mention {
                        subject: Subject::Pronoun {
                            gender: None,
                            plural: false,
                        },
                        text: m.text.clone(),
                        range: m.range.clone(),
                    };
                    if let Some(r) = self.resolve(&pronoun, at, sentence, block, prev, depth + 1) {
                        return Some((r.0, "author of the text"));
                    }
                }
                // The latest text mentioned with its author: the same noun first.
                let before: Vec<_> = self.doc.texts.iter().filter(|t| t.at < at).collect();
                let t = before
                    .iter()
                    .rev()
                    .find(|t| t.head == *head)
                    .or_else(|| before.last());
                if let Some(t) = t
                    && depth < 3
                {
                    let inner = Mention {
                        subject: t.author.clone(),
                        text: if t.author_text.is_empty() {
                            m.text.clone()
                        } else {
                            t.author_text.clone()
                        },
                        range: m.range.clone(),
                    };
                    if let Some(r) = self.resolve(&inner, t.at, sentence, block, None, depth + 1) {
                        return Some((r.0, "author of the text"));
                    }
                }
                // "Le Crédit Foncier a annoncé jeudi qu'il prorogerait… « … », précise le
                // communiqué": a definite text no author was given for is the announcement
                // of whoever reported in the sentence before, a named person or body.
                if depth < 3
                    && *definite
                    && Lexicon::get().class(*head, lang).has(Class::ANNOUNCEMENT)
                    && let Some(r) = self.reporter_before(sentence, block, depth)
                {
                    return Some((r, "author of the text, who reported before"));
                }
                let mut speaker = Self::phrase_speaker(&m.text, SpeakerType::Unnamed, None, false);
                speaker.impersonal = true;
                Some((speaker, "text of unknown author"))
            }
            Subject::Description(desc) => {
                // "Kimbrough's wife", "l'épouse de Paul Martin": a relative of a named person,
                // of a said gender, is the one other person of that surname the articles name
                // with that gender ("Sharon Kimbrough").
                if desc.kin
                    && let Some(e) = self.relative_named(desc)
                {
                    return Some((self.entity_speaker(e), "relative of the same name"));
                }
                // A fit on the head alone, with a person this article never names ("le député
                // de l'Essonne" here, "le député Bruno Le Roux" in the other article), says
                // only the kind of role: the salient person of the paragraph comes first.
                let described = self.described_scored(&desc.description, desc.nation, at);
                let unseen = |e: usize| self.last_seen(e, at).is_none();
                let weak = described.filter(|&(e, score)| {
                    score == 0 && !desc.description.words.is_empty() && unseen(e)
                });
                // A bare role ("the captain", "le pilote") stands for someone named before it;
                // one named only later with that title ("Capt. Darius Webb") is someone else.
                // One the other article alone names ("le procureur" here, "le procureur de la
                // République Jacques Dallest" there) is the same person.
                // Not when the previous speaker here may be that role: "« … », a également
                // proposé le président" after Nicolas Sarkozy's quotations is Sarkozy, not the
                // other article's "président du directoire" André Yché.
                let prev_fits = prev.is_some_and(|p| {
                    p.speaker.kind == SpeakerType::Person
                        && matches!(p.speaker.ident, Ident::Entity(_))
                        && self.fits(&p.speaker, desc)
                });
                let later_bare = described.filter(|&(e, _)| {
                    let gender = self.entities.get(e).gender;
                    let other_gender =
                        gender.is_some() && desc.gender.is_some() && gender != desc.gender;
                    desc.description.words.is_empty()
                        && desc.nation == 0
                        && unseen(e)
                        && (self.named_here(e) || other_gender || prev_fits)
                });
                if let Some((e, _)) = described
                    && weak.is_none()
                    && later_bare.is_none()
                {
                    return Some((self.entity_speaker(e), "described so in the articles"));
                }
                if desc.nation != 0
                    && desc.description.words.len() <= 2
                    && let Some(e) = self.of_nation(desc.nation, at)
                {
                    return Some((self.entity_speaker(e), "nationality"));
                }
                if !desc.relation && !desc.possessive && !desc.plural && depth <= 1 {
                    let candidates = self.salient(at, sentence, block, prev, depth);
                    // The same role named just before without a name ("Le ministre a reçu
                    // Paul Martin. « … », a dit le ministre.", "a senior official said … the
                    // official said"): that unnamed person, before any other candidate.
                    if let Some(c) = candidates
                        .iter()
                        .find(|c| c.role == Some(desc.description.head))
                    {
                        return Some((c.clone(), "the same role as before"));
                    }
                    for candidate in candidates {
                        // A phrase of unknown kind that only was a sentence's subject ("le
                        // mineur en question s'était suicidé", "l'investissement des
                        // entreprises") is a topic, not a person the role describes; it may be
                        // one when it spoke before ("le dalaï lama").
                        let spoke = prev.is_some_and(|p| p.speaker == candidate);
                        if candidate.vague && !spoke {
                            continue;
                        }
                        if self.fits(&candidate, desc) {
                            return Some((candidate, "role, salient person"));
                        }
                    }
                }
                if let Some((e, _)) = weak {
                    return Some((self.entity_speaker(e), "described so in the articles"));
                }
                // Past the recursion bound (a pronoun whose antecedent is this description)
                // the fallbacks below still apply: they read the entities, not other subjects.
                if !desc.relation && !desc.possessive && !desc.plural {
                    // The latest person named nearby whose gender the description says; past
                    // the bound, the description is a pronoun's antecedent, so it is a person
                    // even when it says no gender (English "the governor").
                    // So is a party member ("the Democrat told reporters"), whom a person
                    // of another party is not.
                    if (desc.gender.is_some() || depth > 1 || desc.member)
                        && let Some(e) = self.latest_entities(at, block).find(|&e| {
                            let s = self.entity_speaker(e);
                            s.kind == SpeakerType::Person
                                && (desc.gender.is_none() || s.gender == desc.gender)
                                && self.fits(&s, desc)
                        })
                    {
                        return Some((
                            self.entity_speaker(e),
                            "role, latest person of that gender",
                        ));
                    }
                    // Further back in the article: the most mentioned person of that gender
                    // the description fits ("selon les termes du maire de Paris" in an
                    // article about "M. Delanoë"), the latest of equals.
                    if desc.gender.is_some()
                        && let Some(e) = self.most_mentioned(at, |e| {
                            let s = self.entity_speaker(e);
                            s.kind == SpeakerType::Person
                                && s.gender == desc.gender
                                && self.fits(&s, desc)
                        })
                    {
                        return Some((
                            self.entity_speaker(e),
                            "role, salient person of that gender",
                        ));
                    }
                }
                let mut speaker =
                    Self::phrase_speaker(&m.text, SpeakerType::Unnamed, desc.gender, desc.plural);
                speaker.role = Some(desc.description.head);
                Some((speaker, "description"))
            }
            Subject::OneOf { gender } => {
                // The group, then one of it: "raconte l'un d'entre eux" after "les membres de
                // l'intersyndicale" is a member of the intersyndicale.
                let group = Mention {
                    subject: Subject::Pronoun {
                        gender: *gender,
                        plural: true,
                    },
                    text: m.text.clone(),
                    range: m.range.clone(),
                };
                let (speaker, rule) = self.resolve(&group, at, sentence, block, prev, depth)?;
                let one = (speaker.kind == SpeakerType::Group)
                    .then(|| super::mention::member_of(&speaker.name))
                    .flatten();
                Some(match one {
                    Some(name) => (
                        Self::phrase_speaker(&name, SpeakerType::Unnamed, *gender, false),
                        "one of the group",
                    ),
                    None => (speaker, rule),
                })
            }
            Subject::Pronoun { gender, plural } => {
                if depth > 1 {
                    return None;
                }
                let person_only = lang == Lang::En && !plural;
                let agrees = |s: &Speaker| {
                    // English "they" may stand for an organisation ("the company said they");
                    // French "ils" stands for persons or a group, an organisation being "il"/"elle".
                    let number = s.plural == *plural
                        || (*plural
                            && (s.kind == SpeakerType::Group
                                || s.kind == SpeakerType::Organisation && lang == Lang::En));
                    let gender_ok = match (gender, s.gender) {
                        (Some(a), Some(b)) => *a == b,
                        _ => true,
                    };
                    let kind_ok = match s.kind {
                        SpeakerType::Person => !plural,
                        SpeakerType::Organisation => !person_only,
                        SpeakerType::Group => *plural,
                        SpeakerType::Unnamed => true,
                    };
                    // A text of unknown author ("une décision", "the report") is not who
                    // "il" or "she" speaks of; nor the unnamed reporter who asked ("A reporter
                    // asked Okafor … « No », he said"), whom the answer is to.
                    number && gender_ok && kind_ok && !s.impersonal && !questioner(s)
                };
                // French il/elle may stand for a country or an organisation, but a person first;
                // a subject of unknown kind ("un grand feu d'artifice", "une conversation")
                // only when no person named nearby agrees.
                let candidates = self.salient(at, sentence, block, prev, depth);
                let person = |s: &Speaker| s.kind != SpeakerType::Organisation;
                if let Some(s) = candidates
                    .iter()
                    .find(|s| agrees(s) && person(s) && !s.vague)
                    .or_else(|| candidates.iter().find(|s| agrees(s) && !s.vague))
                {
                    return Some((self.own_gender(s.clone()), "pronoun"));
                }
                // The latest person named nearby, else the latest entity: "le chef de
                // l'Etat" names a state, but "il" after it is the person.
                let nearby: Vec<Speaker> = self
                    .latest_entities(at, block)
                    .take(LOOKBACK)
                    .map(|e| self.entity_speaker(e))
                    .filter(|s| agrees(s))
                    .collect();
                // "he"/"she", "il"/"elle" stand for a person whose gender is known, or with a
                // full name, before a lone capitalised word of unknown gender, which is mostly
                // no person at all ("on Twitter", "in Ohio", "l'affaire de Vierzon").
                let gendered = |s: &Speaker| {
                    gender.is_none()
                        || s.gender.is_some()
                        || matches!(s.ident, Ident::Entity(e) if !self.entities.get(e).single)
                };
                // A person whose gender is known to agree before one of unknown gender ("la
                // ministre, Christine Lagarde, suit le groupe Lehman Brothers… elle").
                if let Some(s) = nearby
                    .iter()
                    .find(|s| {
                        s.kind == SpeakerType::Person && (gender.is_none() || s.gender.is_some())
                    })
                    .or_else(|| {
                        nearby
                            .iter()
                            .find(|s| s.kind == SpeakerType::Person && gendered(s))
                    })
                {
                    return Some((s.clone(), "pronoun, latest named"));
                }
                // Before a thing of unknown kind ("le fonds est alimenté par…") or nobody, the
                // latest person named further back in the article: "« … », dit-il"
                // paragraphs after the speaker was introduced, with only things in between.
                let further = |keep: &dyn Fn(&Speaker) -> bool| {
                    self.mentions_before(at)
                        .take(LOOKBACK)
                        .map(|m| self.entity_speaker(m.entity))
                        .find(|s| s.kind == SpeakerType::Person && agrees(s) && keep(s))
                };
                if let Some(s) = further(&gendered) {
                    return Some((s, "pronoun, latest person named"));
                }
                if let Some(s) = nearby.iter().find(|s| s.kind == SpeakerType::Person) {
                    return Some((s.clone(), "pronoun, latest named"));
                }
                if let Some(s) = further(&|_| true) {
                    return Some((s, "pronoun, latest person named"));
                }
                if let Some(s) = candidates.iter().find(|s| agrees(s)) {
                    return Some((self.own_gender(s.clone()), "pronoun"));
                }
                if let Some(s) = nearby.iter().find(|s| person(s)).or_else(|| nearby.first()) {
                    return Some((s.clone(), "pronoun, latest named"));
                }
                // "ils" with no one plural nearby: the group an earlier sentence was about
                // ("534 magistrats signent une pétition… Selon le quotidien, il s'agit de…
                // Parmi eux figurent… Dans leur pétition, ils dénoncent").
                // Not "on" ("a-t-on indiqué"), whoever it is.
                let personal = ["ils", "elles", "they"]
                    .iter()
                    .any(|p| m.text.eq_ignore_ascii_case(p));
                if *plural && personal {
                    let low = sentence.saturating_sub(GROUP_SENTENCES);
                    for s in (low..sentence).rev() {
                        let info = &self.doc.sentences[s];
                        let Some(m) = &info.subject else { continue };
                        // People, by a person noun in its first words ("534 magistrats"),
                        // not things listed together ("les émissions … et des radios").
                        let person_noun = |w: &str| {
                            Lexicon::get()
                                .class(crate::core::text::words::word_key(w), lang)
                                .has(PEOPLE)
                        };
                        let people = m
                            .text
                            .split(|c: char| !c.is_alphanumeric())
                            .take(4)
                            .any(person_noun);
                        if !matches!(m.subject, Subject::Group { vague: false })
                            || !people
                            || m.range.start >= at
                        {
                            continue;
                        }
                        if let Some((speaker, _)) =
                            self.resolve(m, m.range.start, s, info.block, None, depth + 1)
                            && agrees(&speaker)
                        {
                            return Some((speaker, "pronoun, earlier group"));
                        }
                    }
                }
                None
            }
            // "ce dernier" is the person or the organisation named last ("précise le Comité.
            // « … », ajoute ce dernier"), never a place.
            Subject::Latter { gender, former } => {
                let mut named = self
                    .latest_entities(at, block)
                    .filter(|&e| self.entities.get(e).kind != EntityKind::Place)
                    .map(|e| self.entity_speaker(self.full_organisation(e, at, block)))
                    .filter(|s| gender.is_none_or(|g| s.gender.is_none_or(|h| h == g)));
                if !*former {
                    return named.next().map(|s| (s, "the latter"));
                }
                // "Hor Namhong avait reçu M. Sompong mais le premier a affirmé…": of the two
                // named last, the earlier one.
                let latest = named.next()?;
                named
                    .find(|s| s.ident != latest.ident)
                    .map(|s| (s, "the former"))
            }
            Subject::Group { vague } => {
                let mut speaker = Self::phrase_speaker(&m.text, SpeakerType::Group, None, true);
                speaker.vague = *vague;
                Some((speaker, "group"))
            }
            Subject::Unnamed {
                gender,
                other,
                definite,
                person,
                role,
            } => {
                // "s'écrie une autre": the head noun of the previous unnamed speaker.
                if *other
                    && m.text.split_whitespace().count() <= 2
                    && let Some(p) = prev.filter(|p| p.speaker.kind == SpeakerType::Unnamed)
                {
                    return Some((p.speaker.clone(), "another of the same"));
                }
                let mut speaker =
                    Self::phrase_speaker(&m.text, SpeakerType::Unnamed, *gender, false);
                // A noun of no known person noun is a thing ("a cut", "the hearing") unless a
                // French definite phrase names someone the lexicon does not know ("le dalaï
                // lama"); English writes such persons with capitals, as names.
                speaker.impersonal = !*person && (!*definite || lang == Lang::En);
                speaker.definite = *definite;
                speaker.role = *role;
                speaker.vague = !*person;
                Some((speaker, "unnamed"))
            }
        }
    }
}

/// A US party noun (`democrat`, `republican`, `independent`), as a description's head or word.
fn party(key: u64) -> bool {
    use crate::core::text::words::word_key as k;
    key == k("democrat") || key == k("republican") || key == k("independent")
}

/// The description names a party and the articles give the person another: "the Missouri
/// Republican" is not the senator introduced as "a Democrat from Minnesota" or tagged `D-Minn.`.
fn other_party(e: &entities::Entity, desc: &Description) -> bool {
    party(desc.head)
        && e.descriptions.iter().any(|d| {
            party(d.head) && d.head != desc.head
                || d.words.iter().any(|&w| party(w) && w != desc.head)
        })
}

/// The entity is known to be of other nations than `nation` (0: none said).
fn other_nation(entity: &entities::Entity, nation: u16) -> bool {
    nation != 0
        && !entity.nations.is_empty()
        && !entity.nations.iter().any(|&n| nations_agree(n, nation))
}

/// The entity is the one the description's complement describes, by a role of another kind:
/// "le directeur de cabinet du premier secrétaire" is not the "premier secrétaire du PS",
/// nor "the chief of staff to the mayor" the mayor.
fn in_complement(entity: &entities::Entity, desc: &Description) -> bool {
    !party(desc.head)
        && entity.descriptions.iter().any(|d| {
            d.head != desc.head
                && desc.complement_roles.contains(&d.head)
                && (d.words.is_empty() || d.words.iter().any(|w| desc.words.contains(w)))
        })
}

/// Both descriptions say the role is past, or neither does: "the former president" is not
/// the person introduced as "President Joe Biden", nor "the president" the one introduced as
/// "former President Donald Trump", nor "le président russe" "l'ex-président Dmitri Medvedev".
fn former_agrees(a: &Description, b: &Description) -> bool {
    use crate::core::text::words::word_key as k;
    let past = |d: &Description| {
        d.words
            .iter()
            .any(|&w| w == k("former") || w == k("ancien") || w == k("ancienne") || w == k("ex"))
    };
    past(a) == past(b)
}

/// An unnamed reporter or journalist: at a press conference they ask, others answer.
fn questioner(s: &Speaker) -> bool {
    // One person only: "les journalistes de TF1" who sign a letter speak as a body.
    const ASKERS: &[&str] = &["reporter", "journalist", "journaliste", "interviewer"];
    s.kind == SpeakerType::Unnamed
        && !s.plural
        && s.name
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| ASKERS.iter().any(|a| w.eq_ignore_ascii_case(a)))
}

/// The `via` of a speaker found through an attribution at `position` by `rule`.
fn via_of(position: Position, subject: &Subject, rule: &str) -> Via {
    match subject {
        Subject::Pronoun { .. } | Subject::OneOf { .. } | Subject::Latter { .. } => Via::Pronoun,
        Subject::Description(_) if rule == "described so in the articles" => Via::Apposition,
        Subject::Description(_) if rule != "description" => Via::Description,
        Subject::Text { .. } | Subject::Alias { .. }
            if rule != "organisation" && rule != "text of unknown author" =>
        {
            Via::Description
        }
        _ => match position {
            Position::After => Via::AfterVerb,
            Position::Before => Via::BeforeVerb,
            Position::Incise => Via::Incise,
            Position::Selon => Via::Selon,
            Position::Headline => Via::Headline,
        },
    }
}

/// Resolves the speakers of document `d`'s quotations, in reading order.
pub fn resolve(reading: &Reading, d: usize, facts: &[Facts]) -> Vec<Resolved> {
    let doc = &reading.docs[d];
    let ctx = Ctx {
        entities: &reading.entities,
        doc,
        d,
        learned: RefCell::new(HashMap::new()),
    };
    let mut out: Vec<Resolved> = vec![Resolved::default(); facts.len()];
    let mut prev: Option<Prev> = None;
    for (i, f) in facts.iter().enumerate() {
        if f.nested {
            continue;
        }
        let q = &doc.quotes[i];
        let sentence = q.sentence;
        if let Some(att) = &q.own {
            out[i].attributed = true;
            let (resolved, mention) = match &att.said {
                Said::Mention(m) => {
                    let at = m.range.start.min(f.start);
                    (
                        ctx.resolve(
                            m,
                            at.max(att.clause.start),
                            sentence,
                            f.block,
                            prev.as_ref(),
                            0,
                        )
                        .map(|(s, r)| (s, r, via_of(att.position, &m.subject, r))),
                        Some((m.text.clone(), m.range.clone())),
                    )
                }
                Said::Previous => (
                    prev.as_ref()
                        .map(|p| (p.speaker.clone(), "previous speaker", Via::Continuation)),
                    None,
                ),
                Said::Nobody => (None, None),
            };
            // A gendered pronoun resolved to a person named without a gender gives it one.
            let mut resolved = resolved;
            if let (Said::Mention(m), Some((speaker, _, _))) = (&att.said, &mut resolved)
                && let Subject::Pronoun {
                    gender: Some(g),
                    plural: false,
                } = m.subject
                && let Ident::Entity(e) = speaker.ident
                && speaker.kind == SpeakerType::Person
                && speaker.gender.is_none()
            {
                ctx.learned.borrow_mut().insert(e, g);
                speaker.gender = Some(g);
            }
            out[i].mention = mention;
            match resolved {
                Some((speaker, rule, via)) => {
                    if via == Via::Continuation {
                        out[i].continues = prev.as_ref().map(|p| p.index);
                    }
                    out[i].rule = rule;
                    out[i].via = Some(via);
                    out[i].speaker = Some(speaker.clone());
                    prev = Some(Prev {
                        index: i,
                        speaker,
                        block: f.last_block,
                        sentence,
                        own: via != Via::Continuation,
                    });
                }
                None => {
                    out[i].rule = "attribution names no one speaker";
                    prev = None;
                }
            }
            continue;
        }
        if f.heading {
            continue;
        }
        // No attribution of its own. A quotation opening its sentence after a paragraph that
        // reports someone's words without quoting them ("Obama said in televised remarks
        // that …", then the quotation) gives that speaker, unless a quotation came after it.
        // A statement opening a paragraph of its own after a paragraph that quotes no one and
        // names one person ("Certains anciens, à l'image de Stéphane Augé, restent admiratifs
        // du champion.", then « Je n'ai rien contre lui. »): the person it introduced speaks,
        // not a speaker further back.
        let opens_block = sentence == 0 || doc.sentences[sentence - 1].block != f.block;
        let introduced = || {
            let after_quotes = prev.as_ref().is_some_and(|p| p.block + 1 >= f.block);
            (opens_block && f.block > 0 && !after_quotes)
                .then(|| ctx.introduced_in(f.block - 1, f.start))
                .flatten()
                .filter(|s| prev.as_ref().is_none_or(|p| p.speaker.ident != s.ident))
                .map(|s| (s, "introduced in the paragraph before"))
        };
        let from_before = (!f.fragment && (q.opens_sentence || q.presented))
            .then(|| {
                ctx.reported_before(sentence, f.block, prev.as_ref())
                    .or_else(introduced)
            })
            .flatten();
        if let Some((speaker, rule)) = from_before {
            out[i].speaker = Some(speaker.clone());
            out[i].via = Some(Via::Continuation);
            out[i].rule = rule;
            prev = Some(Prev {
                index: i,
                speaker,
                block: f.last_block,
                sentence,
                own: false,
            });
            continue;
        }
        let continues = prev.as_ref().filter(|p| {
            let same_sentence = p.sentence == sentence;
            let gap = f.block.saturating_sub(p.block);
            same_sentence
                || (!f.fragment && gap <= 1)
                || (f.first_person && gap <= RUN_BLOCKS && !voice_changes(&ctx, p, sentence))
        });
        if let Some(p) = continues.cloned() {
            out[i].speaker = Some(p.speaker.clone());
            out[i].via = Some(Via::Continuation);
            out[i].rule = "continues the previous speaker";
            out[i].continues = Some(p.index);
            if !f.fragment {
                prev = Some(Prev {
                    index: i,
                    speaker: p.speaker,
                    block: f.last_block,
                    sentence,
                    own: false,
                });
            }
            continue;
        }
        if !f.fragment {
            prev = None;
        }
    }
    out
}

impl Ctx<'_> {
    /// The one person named in paragraph `block` (the mentions before `at`), if it names
    /// exactly one.
    fn introduced_in(&self, block: usize, at: usize) -> Option<Speaker> {
        let mut person = None;
        for m in self.mentions_before(at) {
            if m.block > block {
                continue;
            }
            if m.block < block {
                break;
            }
            let e = self.entities.resolve(m.entity);
            if self.entities.get(e).kind != EntityKind::Person {
                continue;
            }
            match person {
                None => person = Some(e),
                Some(p) if p == e => {}
                Some(_) => return None,
            }
        }
        person.map(|e| self.entity_speaker(e))
    }

    /// The speaker reported in the sentences before `sentence` (in its paragraph or the one
    /// before), the latest first, after the previous speaker's quotation: a person, an
    /// organisation or an unnamed source that speaks, not a thing.
    fn reported_before(
        &self,
        sentence: usize,
        block: usize,
        prev: Option<&Prev>,
    ) -> Option<(Speaker, &'static str)> {
        let low = sentence
            .saturating_sub(SUBJECT_SENTENCES)
            .max(prev.map_or(0, |p| p.sentence + 1));
        for s in (low..sentence).rev() {
            let info = &self.doc.sentences[s];
            if block.saturating_sub(info.block) > 1 {
                break;
            }
            let Some(m) = &info.reporter else { continue };
            if matches!(m.subject, Subject::Text { .. }) {
                continue;
            }
            let (speaker, _) = self.resolve(m, m.range.start, s, info.block, prev, 0)?;
            if speaker.impersonal || speaker.kind == SpeakerType::Group {
                return None;
            }
            return Some((speaker, "reported in the sentence before"));
        }
        None
    }
}

/// Between the previous speaker's quotation and sentence `to`, another person is the subject
/// of a sentence: the account has moved on.
fn voice_changes(ctx: &Ctx, p: &Prev, to: usize) -> bool {
    (p.sentence + 1..to).any(|s| {
        let Some(info) = ctx.doc.sentences.get(s) else {
            return false;
        };
        let Some(m) = &info.subject else { return false };
        match &m.subject {
            Subject::Name { .. } | Subject::Description(_) | Subject::Organisation { .. } => ctx
                .resolve(m, m.range.start, s, info.block, None, 1)
                .is_some_and(|(speaker, _)| speaker.ident != p.speaker.ident),
            _ => false,
        }
    })
}
