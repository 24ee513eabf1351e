//! What a phrase designating a speaker says, kept once its words are gone: a name (by its
//! key), a description with its role, complements, nationality, gender and number, an
//! organisation, a text and its author, a pronoun, a group, an unnamed source — and the
//! phrase's words as written, with their byte range.

use std::ops::Range;

use super::entities::{Description, description_of, organisation_name, placed_member};
use super::lexicon::{Class, Gender};
use super::phrase::{self, Kind, Phrase};
use super::tokens::{Gap, Shape, Word};

/// What a mention designates, before resolution.
#[derive(Debug, Clone, PartialEq)]
pub enum Subject {
    /// A proper name (its folded words), with what the phrase says around it.
    Name {
        key: Vec<u64>,
        /// Headed by an organisation noun or an acronym: `le groupe Danone`, `le PCF`.
        organisation: bool,
        description: Option<Description>,
        gender: Option<Gender>,
    },
    /// A definite person noun phrase: `le président russe`, `la maire de Lille`, `le Belge`.
    Description(Desc),
    /// An organisation written with a common noun and a complement: `le parquet de Paris`.
    Organisation { key: Vec<u64> },
    /// An organisation noun alone, standing for one named before: `l'inspection`, `the
    /// alliance`, `le parti`.
    Alias {
        head: u64,
        gender: Option<Gender>,
        plural: bool,
    },
    /// A text: its author is its complement (`un communiqué de la Caisse d'Épargne`), the
    /// possessor (`son communiqué`), or the author of the text mentioned before.
    Text {
        head: u64,
        author: Option<Box<Mention>>,
        possessive: bool,
        /// Designated with a definite or demonstrative determiner ("le communiqué", "the
        /// statement", "ce texte"): one already known, unlike "un communiqué".
        definite: bool,
        /// The text noun's own gender (`ce rapport`): what a pronoun standing for the text
        /// agrees with, whatever its author's.
        gender: Option<Gender>,
    },
    Pronoun {
        gender: Option<Gender>,
        plural: bool,
    },
    /// `l'un d'entre eux`, `l'une d'elles`, `one of them`: one person of the group a plural
    /// pronoun stands for.
    OneOf { gender: Option<Gender> },
    /// `ce dernier`, `the latter`.
    Latter {
        gender: Option<Gender>,
        /// `the former`, `le premier`: the earlier of the two named last.
        former: bool,
    },
    /// Several people: `les syndicats`, `des militants`, `Democrats`. `vague`: a plural of no
    /// known person, organisation or text noun (`les mots`, `les interlocuteurs`), which may be
    /// people, or things.
    Group { vague: bool },
    /// A person no name resolves: `une source proche du dossier`, `a senior official`; or a
    /// noun phrase of unknown kind (`le dalaï lama`). `other`: `une autre` repeats the head of
    /// the previous one.
    Unnamed {
        gender: Option<Gender>,
        other: bool,
        definite: bool,
        /// Headed by a person noun (`a senior official`), not any other noun (`a cut`).
        person: bool,
        /// The kind of that person noun (as `Description::head`), which a later definite
        /// description of the same kind repeats (`the official`).
        role: Option<u64>,
    },
}

/// A definite description.
#[derive(Debug, Clone, PartialEq)]
pub struct Desc {
    pub description: Description,
    /// The country of a nationality in it (`le président russe`, `le Belge`), 0 when none.
    pub nation: u16,
    pub gender: Option<Gender>,
    pub plural: bool,
    /// Its head is a relation (`l'entourage de`, `son avocat`): someone else than the person in
    /// its complement, found by a matching description only.
    pub relation: bool,
    /// `son porte-parole`, `its chair`: the possessor is someone else.
    pub possessive: bool,
    /// Its head names a party member (`the Ohio Democrat`), which places do not contradict.
    pub member: bool,
    /// After a demonstrative (`cette habitante du quartier`): it points back, to an unnamed
    /// person introduced with an indefinite (`une voisine`) too.
    pub demonstrative: bool,
    /// Its head is a kinship noun (`l'épouse de Paul Martin`, `Kimbrough's wife`).
    pub kin: bool,
}

/// A mention: what it designates, the words as written and where they are.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    pub subject: Subject,
    /// The words designating the speaker, as written (shortened to the phrase's core).
    pub text: String,
    /// Their byte range.
    pub range: Range<usize>,
}

/// The name `a` in apposition to phrase `p` as the speaker, with what `p` says of them (its
/// description and gender); `organisation` when `p` shows the name to be an organisation's.
/// `None` when the apposition reads as no name.
fn apposed_name(
    text: &str,
    words: &[Word],
    p: &Phrase,
    a: &Phrase,
    organisation: bool,
) -> Option<Mention> {
    let named = of_phrase(text, words, a);
    let Subject::Name {
        key,
        organisation: named_organisation,
        ..
    } = named.subject
    else {
        return None;
    };
    Some(Mention {
        subject: Subject::Name {
            key,
            organisation: named_organisation || organisation,
            description: description_of(words, p),
            gender: p.gender,
        },
        text: named.text,
        range: named.range,
    })
}

/// The text of `words[range]`.
fn span_text(text: &str, words: &[Word], range: &Range<usize>) -> (String, Range<usize>) {
    if range.is_empty() {
        return (String::new(), 0..0);
    }
    let r = words[range.start].start..words[range.end - 1].end;
    (text[r.clone()].to_string(), r)
}

/// The display of a noun phrase speaker: its core as written, a determiner opening a sentence
/// in lower case ("Les syndicats" → "les syndicats").
fn display(text: &str, words: &[Word], p: &Phrase) -> (String, Range<usize>) {
    let (mut s, r) = span_text(text, words, &p.core);
    if let Some(d) = p.det
        && d == p.core.start
        // "A senior official": the article is a one-letter capital.
        && matches!(words[d].shape, Shape::Capital | Shape::Initial)
    {
        let mut chars = s.chars();
        if let Some(first) = chars.next() {
            s = first.to_lowercase().chain(chars).collect();
        }
    }
    (s, r)
}

/// The singular of a plural noun as written (`partisans` → `partisan`, `généraux` →
/// `général`, `officials` → `official`, `spokeswomen` → `spokeswoman`, `deputies` →
/// `deputy`); a word that is not plural stays as it is.
fn singular(word: &str) -> String {
    let lower = word.to_lowercase();
    if lower == "people" {
        return "person".to_string();
    }
    if let Some(stem) = word.strip_suffix("aux").filter(|s| s.chars().count() >= 3) {
        return format!("{stem}al");
    }
    if let Some(stem) = word.strip_suffix("men").filter(|s| !s.is_empty()) {
        return format!("{stem}man");
    }
    if let Some(stem) = word.strip_suffix("ies").filter(|s| s.chars().count() >= 2) {
        return format!("{stem}y");
    }
    if let Some(stem) = word.strip_suffix("eaux") {
        return format!("{stem}eau");
    }
    match word.strip_suffix('s') {
        Some(stem) if !stem.ends_with('s') && stem.chars().count() >= 2 => stem.to_string(),
        _ => word.to_string(),
    }
}

/// One member of a group named by a plural noun phrase: "les membres de l'intersyndicale"
/// → "membre de l'intersyndicale", "the protesters" → "protester". `None` for a name.
pub fn member_of(group: &str) -> Option<String> {
    const DETERMINERS: &[&str] = &[
        "les", "des", "ces", "leurs", "ses", "nos", "vos", "the", "these", "those", "their",
    ];
    let group = group.trim();
    let rest = match group.split_once(' ') {
        Some((first, rest)) if DETERMINERS.contains(&first.to_lowercase().as_str()) => rest,
        _ => group,
    };
    let (head, tail) = rest.split_once(' ').map_or((rest, ""), |(h, t)| (h, t));
    if !head.chars().next().is_some_and(char::is_lowercase) {
        return None;
    }
    let one = singular(head);
    (one != head).then(|| {
        if tail.is_empty() {
            one
        } else {
            format!("{one} {tail}")
        }
    })
}

/// One of a group (`un de ses soutiens`, `l'un des responsables du parti`, `one of the
/// aides`): the head in the singular with what follows it (`soutien`, `responsable du
/// parti`, `aide`).
fn one_of(text: &str, words: &[Word], p: &Phrase) -> Option<(String, Range<usize>)> {
    let h = p.head?;
    if !p.partitive || h >= p.core.end {
        return None;
    }
    let head = &text[words[h].start..words[h].end];
    let end = words[p.core.end - 1].end;
    let rest = &text[words[h].end..end];
    Some((format!("{}{rest}", singular(head)), words[h].start..end))
}

/// `ce`, `cet`, `cette`, `ces`, `this`, `these`.
fn demonstrative_det(w: &Word) -> bool {
    use crate::core::text::words::word_key as k;
    w.has(Class::DET)
        && [
            k("ce"),
            k("cet"),
            k("cette"),
            k("ces"),
            k("this"),
            k("these"),
        ]
        .contains(&w.key)
}

/// For a plural group of people headed by a lower-case organisation noun (`department
/// lawyers`, `campaign officials`, `committee aides`), that noun's key.
fn speaking_for(words: &[Word], p: &Phrase) -> Option<u64> {
    let h = p.head?;
    let head = &words[h];
    if !p.plural
        || p.partitive
        || p.possessive
        || p.complement.is_some()
        || h == 0
        || h <= p.core.start
        || !matches!(p.kind, Kind::Description | Kind::Organisation)
        || !head.has(Class::ROLE | Class::ORG)
    {
        return None;
    }
    let m = &words[h - 1];
    (m.shape == Shape::Lower && m.has(Class::ORG) && !m.has(Class::ROLE)).then_some(m.key)
}

/// The phrase's incidental clause says its referent is not named: "who spoke on condition of
/// anonymity", "who requested anonymity", "who asked not to be named/identified", "qui a
/// requis l'anonymat".
fn anonymous(words: &[Word], p: &Phrase) -> bool {
    use crate::core::text::words::word_key as k;
    let aside = &words[p.core.end.min(p.words.end)..p.words.end];
    aside.iter().enumerate().any(|(i, w)| {
        w.key == k("anonymity")
            || w.key == k("anonymously")
            || w.key == k("anonymat")
            || (w.key == k("named") || w.key == k("identified"))
                && aside[i.saturating_sub(3)..i]
                    .iter()
                    .any(|n| n.key == k("not"))
    })
}

/// A person's name closing a title the phrase reader did not know ("l'ancienne garde des
/// Sceaux socialiste Elisabeth Guigou", "le ministre cambodgien des Affaires étrangères Hor
/// Namhong"): the words of that name.
pub fn closing_name(words: &[Word], p: &Phrase) -> Option<Range<usize>> {
    // Not the second of coordinated phrases: "Le maire de Paris et Martine Aubry".
    if !matches!(p.kind, Kind::Noun | Kind::Description)
        || p.appositions.iter().any(|a| a.kind == Kind::Name)
        || p.coordination.is_some()
    {
        return None;
    }
    let j = (p.core.start + 1..p.core.end).find(|&j| {
        // A first name the lexicon knows, or capitals right after a lower-case word of the
        // title ("le ministre thaïlandais des Affaires étrangères Chai Somboon").
        (words[j].has(Class::MALE_NAME | Class::FEMALE_NAME)
            || words[j - 1].shape == Shape::Lower
                && !words[j].has(Class::NOT_PERSON | Class::ORG | Class::PLACE | Class::TITLE))
            && words[j].shape == Shape::Capital
            && j + 1 < p.core.end
            // Not a complement's name: "un proche de Martine Aubry", "a spokesperson for Sen.
            // John Thune" are someone else.
            && !words[j - 1].has(Class::COMPL | Class::PREP | Class::DET | Class::CONJ)
            && !(words[j - 1].has(Class::TITLE)
                && j >= 2
                && words[j - 2].has(Class::COMPL | Class::PREP))
            && super::phrase::name_run(words, j, p.core.end).is_some_and(|r| r.end == p.core.end)
    })?;
    Some(j..p.core.end)
}

/// The mention a phrase makes.
pub fn of_phrase(text: &str, words: &[Word], p: &Phrase) -> Mention {
    let (display_text, range) = one_of(text, words, p).unwrap_or_else(|| display(text, words, p));
    let head = p.head.map(|h| &words[h]);
    let mention = |subject: Subject| Mention {
        subject,
        text: display_text.clone(),
        range: range.clone(),
    };
    if p.coordination.is_some() {
        return mention(Subject::Group { vague: false });
    }
    // The name a relative clause gives: "a ransomware group that calls itself Black Harvest",
    // "a younger fan, who gave her name only as Jess".
    if let Some(a) = p.appositions.iter().find(|a| {
        a.kind == Kind::Name
            && (p.core.end..a.words.start).any(|r| {
                words[r].has(Class::REL)
                    && phrase::naming_relative(words, r, a.words.end, 1)
                        .is_some_and(|(n, _)| n.core == a.core)
            })
    }) {
        if let Some(m) = apposed_name(text, words, p, a, p.kind == Kind::Organisation) {
            return m;
        }
    }
    // "department lawyers", "campaign officials": people speaking for the organisation their
    // modifier names, the one named before with that noun ("the Justice Department").
    if let Some(org) = speaking_for(words, p) {
        return mention(Subject::Alias {
            head: org,
            gender: None,
            plural: true,
        });
    }
    // A person's name closing a title the phrase reader did not know: the name designates.
    if let Some(name) = closing_name(words, p) {
        let (t, r) = span_text(text, words, &name);
        return Mention {
            subject: Subject::Name {
                key: words[name].iter().map(|w| w.key).collect(),
                organisation: false,
                description: description_of(words, p),
                gender: p.gender,
            },
            text: t,
            range: r,
        };
    }
    if let Some(description) = placed_member(words, p) {
        return mention(Subject::Description(Desc {
            description,
            nation: 0,
            gender: p.gender,
            plural: false,
            relation: false,
            possessive: false,
            member: true,
            demonstrative: false,
            kin: false,
        }));
    }
    match p.kind {
        // "One of them, Shawna Pitre, a nurse, said", "l'un d'eux, Paul Martin, a dit": the
        // one named in apposition.
        Kind::Pronoun if p.partitive || p.indefinite => {
            if let Some(a) = p.appositions.iter().find(|a| a.kind == Kind::Name) {
                let named = of_phrase(text, words, a);
                if matches!(named.subject, Subject::Name { .. }) {
                    return named;
                }
            }
            // "one of them", "l'un d'entre eux": one of the group the pronoun stands for;
            // "plusieurs d'entre eux": the group.
            if p.partitive {
                mention(Subject::OneOf { gender: p.gender })
            } else {
                mention(Subject::Pronoun {
                    gender: p.gender,
                    plural: true,
                })
            }
        }
        Kind::Pronoun | Kind::Demonstrative => {
            // "celui qui est un ami de": the person the text is about.
            mention(Subject::Pronoun {
                gender: p.gender,
                plural: p.plural,
            })
        }
        // "ces derniers", "the latter two" stand for several: like "ils", the latest plural
        // subject ("les représentants de l'intersyndicale"), not the one name given last.
        Kind::Latter if p.plural => mention(Subject::Pronoun {
            gender: p.gender,
            plural: true,
        }),
        Kind::Latter => {
            use crate::core::text::words::word_key as k;
            let last = words[p.core.end - 1].key;
            mention(Subject::Latter {
                gender: p.gender,
                former: [k("former"), k("premier"), k("première")].contains(&last),
            })
        }
        Kind::Name => {
            // A role whose complement holds a name, then the person's name in apposition:
            // "le réalisateur du Grand Charles, Bernard Stora", "the director of Blue Harbor,
            // Ann Lee" are the apposition's person, not the work or the place.
            let role_of_name = p.head.is_some_and(|h| {
                words[h].has(Class::ROLE) && p.complement.as_ref().is_some_and(|c| h < c.start)
            }) && p.name.as_ref().is_some_and(|n| {
                // Inside the complement, or split from its end by a first name.
                p.complement.as_ref().is_some_and(|c| n.start >= c.start)
            }) || p.head.is_some_and(|h| {
                // Read as the name itself after its role and "de": "Partisan de Martine
                // Aubry, le député Jean-Christophe Cambadélis", "A friend of John Ames, Ruth
                // Cole".
                words[h].has(Class::ROLE | Class::RELATION)
                    && p.name.as_ref().is_some_and(|n| {
                        n.start == h + 2 && words[h + 1].has(Class::COMPL) && !words[h + 1].quoted()
                    })
            });
            if role_of_name
                && let Some(a) = p.appositions.iter().find(|a| {
                    a.kind == Kind::Name
                        && a.name.as_ref().is_some_and(|n| {
                            words[n.start].has(Class::MALE_NAME | Class::FEMALE_NAME)
                        })
                })
            {
                return of_phrase(text, words, a);
            }
            let name = organisation_name(text, words, p, p.name.clone().unwrap_or(p.core.clone()));
            let ws = &words[name.clone()];
            // "l'équipe Royal", "le groupe Danone", "le syndicat Sud": the organisation is
            // the head noun with its name.
            let org_head = head.is_some_and(|h| h.has(Class::ORG) && h.shape == Shape::Lower)
                && p.head.is_some_and(|h| h < name.start);
            if org_head {
                let start = p.head.unwrap_or(name.start);
                let (t, r) = span_text(text, words, &(start..name.end));
                return Mention {
                    subject: Subject::Organisation {
                        key: words[start..name.end].iter().map(|w| w.key).collect(),
                    },
                    text: t,
                    range: r,
                };
            }
            let (t, r) = span_text(text, words, &name);
            let organisation = ws.len() == 1 && ws[0].shape == Shape::Upper
                || ws.iter().any(|w| w.capitalised() && w.has(Class::ORG));
            let gender = if p.head.is_some_and(|h| h < name.start) {
                p.gender
            } else {
                None
            };
            Mention {
                subject: Subject::Name {
                    key: ws.iter().map(|w| w.key).collect(),
                    organisation,
                    description: description_of(words, p),
                    gender,
                },
                text: t,
                range: r,
            }
        }
        Kind::Description => {
            // A name in apposition is the speaker: "le porte-parole du gouvernement, Paul
            // Martin".
            if let Some(a) = p.appositions.iter().find(|a| a.kind == Kind::Name)
                && let Some(m) = apposed_name(text, words, p, a, false)
            {
                return m;
            }
            let relation = head.is_some_and(|h| {
                h.has(Class::RELATION) && !h.has(Class::ROLE)
                    || h.has(Class::RELATION) && p.complement.is_some()
            });
            if p.plural && !p.partitive {
                return mention(Subject::Group { vague: false });
            }
            // "ce vice-procureur parisien qui, après six années d'exercice, veut…": a
            // demonstrative with a restrictive relative introduces the person it describes,
            // as an indefinite does; it points back to no one.
            let introduced = p.det.is_some_and(|d| demonstrative_det(&words[d]))
                && words.get(p.core.end).is_some_and(|w| {
                    w.has(Class::REL) && !w.has(Class::DET) && !w.gap.has(Gap::PUNCT)
                });
            // "the official, who spoke on condition of anonymity, said": whoever the
            // description could be, the article says it is not naming them.
            let indefinite = p.indefinite || p.partitive || p.other || introduced;
            if indefinite || anonymous(words, p) {
                return mention(Subject::Unnamed {
                    gender: p.gender,
                    other: p.other,
                    definite: !indefinite,
                    person: true,
                    role: description_of(words, p).map(|d| d.head),
                });
            }
            match description_of(words, p) {
                Some(description) => mention(Subject::Description(Desc {
                    description,
                    nation: words[p.core.clone()]
                        .iter()
                        .find(|w| w.has(Class::NATIONALITY) && w.nation != 0)
                        .map_or(0, |w| w.nation),
                    gender: p.gender,
                    plural: p.plural,
                    relation,
                    possessive: p.possessive,
                    member: head.is_some_and(|h| h.has(Class::MEMBER)),
                    demonstrative: p.det.is_some_and(|d| demonstrative_det(&words[d])),
                    kin: head.is_some_and(|h| h.has(Class::KIN)),
                })),
                None => mention(Subject::Unnamed {
                    gender: p.gender,
                    other: false,
                    definite: true,
                    person: true,
                    role: None,
                }),
            }
        }
        Kind::Organisation if p.plural && !p.partitive => mention(Subject::Group { vague: false }),
        Kind::Organisation => {
            let start = p.det.map_or(p.core.start, |d| d + 1);
            // A phrase that points back to an organisation named before is not one named so:
            // "cette autorité suprême de la profession" (a demonstrative), "ajoute la
            // présidence française" after "a déclaré l'Elysée" (a generic noun with nationality
            // adjectives only: other words may tell another body apart, and "le groupe
            // mutualiste" is not the latest organisation named).
            let lower_generic = head.is_some_and(|h| {
                generic_organisation(h.key)
                    && words[start..p.core.end].iter().all(|w| {
                        w.shape == Shape::Lower && (w.key == h.key || w.has(Class::NATIONALITY))
                    })
            });
            let anaphor = lower_generic
                || p.det.is_some_and(|d| demonstrative_det(&words[d]))
                    && head.is_some_and(|h| h.shape == Shape::Lower);
            if p.core.end > start + 1 && !p.possessive && !anaphor {
                let (t, r) = span_text(text, words, &(start..p.core.end));
                Mention {
                    subject: Subject::Organisation {
                        key: words[start..p.core.end].iter().map(|w| w.key).collect(),
                    },
                    text: t,
                    range: r,
                }
            } else {
                mention(Subject::Alias {
                    head: head.map_or(0, |h| h.key),
                    gender: p.gender,
                    plural: p.plural,
                })
            }
        }
        Kind::Text => {
            let author = p.complement.as_ref().and_then(|c| {
                use crate::core::text::words::word_key as k;
                // "un communiqué de la Caisse", "a report by the agency"; not the medium "a
                // flyer on Facebook", "un message sur Twitter".
                if let Some(by) = c.start.checked_sub(1).map(|k| &words[k])
                    && by.has(Class::PREP)
                    && !by.has(Class::COMPL)
                    && ![k("by"), k("par"), k("from")].contains(&by.key)
                {
                    return None;
                }
                let inner = super::phrase::parse(words, c.start, c.end)?;
                let m = of_phrase(text, words, &inner);
                (!matches!(m.subject, Subject::Text { .. } | Subject::Unnamed { .. }))
                    .then(|| Box::new(m))
            });
            mention(Subject::Text {
                head: head.map_or(0, |h| h.key),
                author,
                possessive: p.possessive,
                definite: !p.possessive
                    && (p.definite || p.det.is_some_and(|d| demonstrative_det(&words[d]))),
                gender: p.gender,
            })
        }
        Kind::Noun => {
            // "son bras droit, Stéphane Le Foll", "his longtime friend, John Ames": a person
            // noun the lexicon does not know, with the person's full name in apposition.
            if !p.plural
                && (p.possessive || p.definite)
                && let Some(a) = p.appositions.first().filter(|a| {
                    a.kind == Kind::Name
                        && a.words.start == p.core.end
                        && a.name.as_ref().is_some_and(|n| {
                            n.len() >= 2
                                && words[n.start].has(Class::MALE_NAME | Class::FEMALE_NAME)
                        })
                })
            {
                let named = of_phrase(text, words, a);
                if matches!(
                    named.subject,
                    Subject::Name {
                        organisation: false,
                        ..
                    }
                ) {
                    return named;
                }
            }
            if p.plural && !p.partitive {
                mention(Subject::Group { vague: true })
            } else {
                mention(Subject::Unnamed {
                    gender: p.gender,
                    other: p.other,
                    definite: p.definite && !p.indefinite,
                    person: false,
                    role: None,
                })
            }
        }
    }
}

/// Organisation nouns that say nothing of the organisation's name: any organisation may be
/// "the group".
pub(super) fn generic_organisation(head: u64) -> bool {
    use crate::core::text::words::word_key as k;
    [
        k("group"),
        k("organization"),
        k("organisation"),
        k("company"),
        k("firm"),
        k("groupe"),
        k("société"),
        k("entreprise"),
        k("agency"),
        k("agence"),
        k("organisme"),
        k("institution"),
        // A body that rules or oversees: "le Conseil supérieur de la magistrature (CSM) …
        // cette autorité suprême de la profession", "the board … the body said".
        k("autorité"),
        k("authority"),
        k("instance"),
        k("organe"),
        k("body"),
        // "l'Elysée … a ajouté la présidence".
        k("présidence"),
        k("presidency"),
        // A medium, a bank, a union: what they are named as is rarely their kind ("révèle Le
        // Figaro. Selon le quotidien, …", "said the Port Ellison Police Officers Association.
        // … the union said").
        k("quotidien"),
        k("journal"),
        k("hebdomadaire"),
        k("newspaper"),
        k("magazine"),
        k("chaîne"),
        k("network"),
        k("banque"),
        k("bank"),
        k("union"),
        k("syndicat"),
        k("constructeur"),
        k("automaker"),
        k("airline"),
        k("retailer"),
        k("insurer"),
        k("assureur"),
        k("carrier"),
        k("transporteur"),
        k("manufacturer"),
        k("drugmaker"),
        k("fabricant"),
        k("laboratoire"),
        k("lender"),
        k("utility"),
        k("distributeur"),
        k("enseigne"),
        k("opérateur"),
        // Associations, charities and clubs go by names of their own ("l'UFC-Que Choisir …
        // explique l'association", "The Birdwatchers Society … the charity said").
        k("association"),
        k("fédération"),
        k("federation"),
        k("collectif"),
        k("ong"),
        k("ngo"),
        k("nonprofit"),
        k("charity"),
        k("fondation"),
        k("foundation"),
        k("club"),
    ]
    .contains(&head)
}

#[cfg(test)]
mod tests {
    use super::super::lexicon::Lang;
    use super::super::phrase::parse;
    use super::super::tokens::words;
    use super::*;

    fn mention(s: &str, lang: Lang) -> Mention {
        let w = words(s, 0..s.len(), lang);
        let p = parse(&w, 0, w.len()).expect("a phrase");
        of_phrase(s, &w, &p)
    }

    #[test]
    fn what_phrases_designate() {
        let m = mention("le porte-parole du gouvernement, Paul Martin", Lang::Fr);
        assert!(matches!(m.subject, Subject::Name { .. }));
        assert_eq!(m.text, "Paul Martin");
        let m = mention("Les syndicats de cheminots", Lang::Fr);
        assert_eq!(m.subject, Subject::Group { vague: false });
        assert_eq!(m.text, "les syndicats de cheminots");
        let m = mention("les chiffres du chômage", Lang::Fr);
        assert_eq!(m.subject, Subject::Group { vague: true });
        let m = mention("une source proche du dossier", Lang::Fr);
        assert!(matches!(m.subject, Subject::Unnamed { .. }));
        let m = mention("le secrétaire d'Etat aux Sports", Lang::Fr);
        assert!(matches!(m.subject, Subject::Description(_)));
        let m = mention("l'équipe Dumas", Lang::Fr);
        assert!(matches!(m.subject, Subject::Organisation { .. }));
        assert_eq!(m.text, "équipe Dumas");
        let m = mention("le parquet de Lyon", Lang::Fr);
        assert_eq!(m.text, "parquet de Lyon");
        let m = mention("l'inspection", Lang::Fr);
        assert!(matches!(m.subject, Subject::Alias { .. }));
        let m = mention("un communiqué du PCF", Lang::Fr);
        let Subject::Text {
            author: Some(a), ..
        } = m.subject
        else {
            panic!("{m:?}")
        };
        assert!(matches!(
            a.subject,
            Subject::Name {
                organisation: true,
                ..
            }
        ));
        assert_eq!(a.text, "PCF");
        let m = mention("the alliance", Lang::En);
        assert!(matches!(m.subject, Subject::Alias { .. }));
        let m = mention("l'entourage de la ministre", Lang::Fr);
        assert!(matches!(
            m.subject,
            Subject::Description(Desc { relation: true, .. })
        ));
        // An organisation's name runs through its complements.
        let m = mention("le Syndicat des artisans du bâtiment de la Loire", Lang::Fr);
        assert_eq!(m.text, "Syndicat des artisans du bâtiment de la Loire");
        let m = mention("le Club de la presse étrangère", Lang::Fr);
        assert!(
            matches!(
                m.subject,
                Subject::Name {
                    organisation: true,
                    ..
                }
            ),
            "{m:?}"
        );
        assert_eq!(m.text, "Club de la presse étrangère");
        // A first name closing a title the reader does not know is the person.
        let m = mention(
            "l'ancienne garde des Sceaux socialiste Elisabeth Guigou",
            Lang::Fr,
        );
        assert!(matches!(m.subject, Subject::Name { .. }));
        assert_eq!(m.text, "Elisabeth Guigou");
        // A complement's name is someone else.
        let m = mention("un proche de Martine Aubry", Lang::Fr);
        assert!(
            matches!(m.subject, Subject::Unnamed { person: true, .. }),
            "{m:?}"
        );
        // A noun phrase of unknown kind is no person noun.
        let m = mention("un grand feu d'artifice", Lang::Fr);
        assert!(matches!(m.subject, Subject::Unnamed { person: false, .. }));
        let m = mention("le Belge", Lang::Fr);
        assert!(matches!(m.subject, Subject::Description(Desc { nation, .. }) if nation != 0));
    }
}
