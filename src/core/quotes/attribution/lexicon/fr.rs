//! French word lists.

use super::{Builder, Class, Langs, french_er, french_ir};

/// `-er` verbs of saying, writing, judging, demanding, and of feelings voiced aloud (their
/// forms are generated). A reflexive verb is listed without its pronoun (`s'exclamer` →
/// `exclamer`): the pronoun is a clitic.
#[rustfmt::skip]
const SAY_ER: &[&str] = &[
    "déclarer", "affirmer", "ajouter", "estimer", "expliquer", "souligner", "préciser", "assurer",
    "indiquer", "annoncer", "lancer", "insister", "noter", "observer", "juger", "déplorer",
    "dénoncer", "regretter", "exclamer", "raconter", "résumer", "commenter", "confirmer",
    "demander", "interroger", "protester", "répéter", "relever", "ironiser", "tempêter", "plaider",
    "témoigner", "tweeter", "twitter", "fustiger", "inquiéter", "espérer", "penser", "considérer",
    "avancer", "argumenter", "détailler", "glisser", "lâcher", "marteler", "confier", "souhaiter",
    "railler", "trancher", "murmurer", "crier", "écrier", "hurler", "plaisanter", "rétorquer",
    "objecter", "concéder", "répliquer", "interpeller", "avouer", "clamer", "proclamer", "réfuter",
    "nier", "stigmatiser", "agacer", "étonner", "féliciter", "prôner", "exhorter", "analyser", "constater",
    "signaler", "rapporter", "relater", "raisonner", "nuancer", "tonner", "rassurer", "certifier",
     "jurer", "accuser", "menacer", "alerter", "rappeler", "enchaîner", 
    "renchérir", "souffler", "décréter", "proposer", "saluer", "qualifier", "réclamer", "exiger",
    "lister", "énumérer", "justifier", "illustrer", "jubiler", "exulter", "indigner", "offusquer",
    "insurger",  "désoler", "lamenter", "alarmer", "interpréter", "évoquer", "mentionner",
    "suggérer", "recommander", "préconiser", "conseiller", "implorer", "supplier", "inviter",
    "encourager", "approuver", "critiquer", "condamner", "blâmer", "reprocher", "épingler",
    "tacler", "moquer", "taquiner", "remercier", "questionner", "riposter", "fulminer", "pester",
    "râler", "chuchoter", "scander", "chanter", "exprimer", "réitérer", "persister", "rectifier",
    "corriger", "relativiser", "minimiser", "tempérer", "contester", "récuser", "rejeter",
    "révéler", "dévoiler", "informer", "prévoir", "pronostiquer", "parier", "évaluer", "décrypter",
    "déclamer", "entonner", "revendiquer", "assumer", "arguer", "claironner", "crâner",
    "soupirer", "sangloter", "bafouiller", "balbutier", "bredouiller", "grommeler", "maugréer",
    "ronchonner", "grogner", "ricaner", "rigoler", "amuser", "marrer", "exaspérer", "énerver",
    "interloquer",      
     "qualifier", "baptiser", "surnommer", "traiter", "ponctuer", 
    "appeler",  "alléguer",    "adjurer", "enjoindre",
    "notifier", "spécifier", "stipuler", "postuler",   "plaider", "narrer",
    "retracer", "évoquer", "développer", "supputer", "pointer", "présenter", "remarquer",
    "abonder", "confesser", "attester", "esclaffer", "enthousiasmer",
];

/// Forms of those verbs that are far more often something else (`lâche` the adjective).
#[rustfmt::skip]
const NOT_SAYING: &[&str] = &[
    "rappel", "souhait", "notes", "avances", "demandes", "glisse", "lâche", "remarques",
];

/// Irregular verbs of saying, every form we look for, with their classes.
#[rustfmt::skip]
const SAY_IRREGULAR: &[(&[&str], u64)] = &[
    (&["dit", "disent", "disait", "disaient", "dira", "dirait", "diront", "dirent", "dis",
       "redit", "redisait", "prédit", "prédisait", "contredit", "écrit", "écrivait", "écrivaient",
       "écrivent", "écrivit", "décrit", "décrivait", "poursuit", "poursuivait", "poursuivit",
       "poursuivent", "conclut", "concluait", "concluent", "promet", "promettait", "promit",
       "promettent", "admet", "admettait", "admit", "reconnaît", "reconnait", "reconnaissait",
       "reconnut", "reconnaissent", "prévient", "prévenait", "soutient", "soutenait", "soutint",
       "maintient", "maintenait", "croit", "croyait", "répond", "répondait", "répondit",
       "répondent", "avertit", "avertissait", "réagit", "réagissait", "renchérit",
       "renchérissait", "réjouit", "réjouissait", "convient", "convenait", "défend", "défendait",
       "dément", "démentait", "démentit", "sourit", "souriait", "rit", "riait", "plaint",
       "plaignait", "craint", "craignait", "interroge", "s'interroge", "se", "lit", "lisait",
       "assène", "assénait", "martèle", "cite", "citait", "tranche", "dénonce", "exige",
       // Plurals of the same verbs ("préviennent-ils", "soutenaient les syndicats").
       "redisent", "prédisent", "contredisent", "décrivent", "poursuivaient", "concluaient",
       "promettaient", "admettent", "admettaient", "reconnaissaient", "préviennent",
       "prévenaient", "soutiennent", "soutenaient", "maintiennent", "maintenaient", "croient",
       "croyaient", "répondaient", "avertissent", "avertissaient", "réagissent", "réagissaient",
       "renchérissent", "renchérissaient", "conviennent", "défendent", "défendaient", "démentent",
       "démentaient", "sourient", "souriaient", "rient", "plaignent", "craignent", "craignaient",
       "lisent"], Class::FINITE),
    (&["dit", "dite", "dits", "dites", "redit", "prédit", "contredit", "écrit", "écrite",
       "écrits", "décrit", "poursuivi", "conclu", "promis", "promise", "admis", "reconnu",
       "reconnue", "prévenu", "soutenu", "maintenu", "cru", "répondu", "averti", "réagi",
       "renchéri", "réjoui", "réjouie", "convenu", "défendu", "démenti", "souri", "plaint", "craint",
       "cité", "citée", "asséné", "interrogé", "interrogée", "interrogés"], Class::PARTICIPLE),
    (&["disant", "écrivant", "décrivant", "poursuivant", "concluant", "promettant", "admettant",
       "reconnaissant", "prévenant", "soutenant", "maintenant", "croyant", "répondant",
       "avertissant", "réagissant", "renchérissant", "défendant", "démentant", "souriant",
       "citant", "assénant"], Class::GERUND),
    (&["dire", "redire", "prédire", "écrire", "décrire", "poursuivre", "conclure", "promettre",
       "admettre", "reconnaître", "reconnaitre", "prévenir", "soutenir", "maintenir", "croire",
       "répondre", "avertir", "réagir", "renchérir", "défendre", "démentir", "citer"], Class::INFINITIVE),
];

/// Auxiliaries, copulas and modals (every form that may stand before a participle or an
/// infinitive of saying): `a déclaré`, `s'est dit`, `doit annoncer`.
#[rustfmt::skip]
const AUX: &[&str] = &[
    "a", "ont", "avait", "avaient", "aura", "aurait", "auraient", "auront", "eut", "eu", "ai",
    "as", "avons", "avez", "est", "sont", "était", "étaient", "sera", "serait", "seraient",
    "fut", "été", "être", "avoir", "doit", "devait", "devrait", "pourrait", "peut", "pouvait",
    "va", "vont", "allait", "vient", "venait", "veut", "voulait", "voudrait", "tient", "tenait",
    "tenu", "semble", "semblait", "paraît", "sait", "savait", "aime", "tente", "ose", "osait",
    "préfère", "entend", "compte", "souhaite", "espère", "refuse", "accepte",
];

/// Other frequent verb forms: they end a noun phrase (`le ministre reste ferme`).
#[rustfmt::skip]
const VERBS: &[&str] = &[
    "fait", "font", "faisait", "reste", "restait", "devient", "devenu", "demeure", "porte",
    "portait", "prend", "prenait", "pris", "met", "mettait", "mis", "voit", "voyait", "vu",
    "reçoit", "reçu", "donne", "donnait", "donné", "laisse", "laissait", "passe", "passait",
    "travaille", "vit", "vivait", "arrive", "arrivé", "part", "parti", "partie", "sort", "sorti",
    "entre", "entré", "trouve", "connaît", "connait", "attend", "attendait", "perd", "perdu",
    "gagne", "gagné", "mène", "menait", "dirige", "dirigeait", "veut", "manifestent",
    "manifeste", "défilent", "prient", "chantent", "participe", "participent", "assiste",
    "assistent", "soutiennent", "parle", "parlait", "parlé", "quitte", "quitté", "rejoint",
    "rencontre", "rencontré", "reçoivent", "multiplient", "appelle", "appellent", "demeurent",
    "restent", "deviennent", "décide", "décidé", "juge", "jugent", "vise", "visent", "pèse",
    "compte", "comptent", "mobilise", "mobilisent",
];

#[rustfmt::skip]
const LIGHT_VERBS: &[&str] = &[
    "fait", "faisait", "font", "faisaient", "fera", "ferait", "faire", "faisant", "mis", "met",
    "mettait", "mettant", "mettre", "pris", "prend", "prenait", "prendre", "prenant", "tenu",
    "tient", "tenait", "tenir", "tenant", "lancé", "lance", "poussé", "pousse", "élevé", "élève",
    "eu", "a", "laisse", "laissait", "laissé", "laissant", "laisser", "laissent",
];

/// The nouns that make a light verb a verb of saying: `fait état`, `fait savoir`, `mis en
/// garde`, `pris acte`, `poussé un cri`, `eu ces mots`.
#[rustfmt::skip]
const PERIPHRASES: &[&str] = &[
    "état", "savoir", "valoir", "part", "remarquer", "observer", "garde", "acte", "cri", "coup",
    "gueule", "mots", "propos", "paroles", "appel", "voix", "écho", "allusion", "référence",
    "mention", "comprendre", "entendre", "preuve", "parvenir",
];

#[rustfmt::skip]
const DET_DEF_M: &[&str] = &["le", "ce", "cet"];
#[rustfmt::skip]
const DET_DEF_F: &[&str] = &["la", "cette"];
#[rustfmt::skip]
const DET_DEF_P: &[&str] = &["les", "ces", "aux"];
#[rustfmt::skip]
const DET_POSS_M: &[&str] = &["son", "mon", "ton", "notre", "votre", "leur"];
#[rustfmt::skip]
const DET_POSS_F: &[&str] = &["sa", "ma", "ta"];
#[rustfmt::skip]
const DET_POSS_P: &[&str] = &["ses", "mes", "tes", "nos", "vos", "leurs"];

#[rustfmt::skip]
const PREPOSITIONS: &[&str] = &[
    "à", "au", "aux", "en", "dans", "sur", "sous", "par", "pour", "avec", "sans", "chez", "vers",
    "contre", "entre", "depuis", "pendant", "lors", "avant", "après", "devant", "derrière",
    "selon", "malgré", "durant", "auprès", "via", "parmi", "outre", "face", "hors", "dès",
    "jusqu", "jusque", "concernant", "envers", "quant", "sauf", "près", "autour", "loin", "lieu",
];

#[rustfmt::skip]
const ADVERBS: &[&str] = &[
    "aussi", "également", "encore", "ensuite", "alors", "déjà", "toujours", "notamment",
    "simplement", "seulement", "enfin", "pourtant", "cependant", "ainsi", "ailleurs", "plus",
    "tard", "aussitôt", "immédiatement", "surtout", "bien", "très", "trop", "peu", "beaucoup",
    "souvent", "parfois", "désormais", "dorénavant", "puis", "toutefois", "néanmoins", "donc",
    "certes", "évidemment", "naturellement", "visiblement", "clairement", "publiquement",
    "volontiers", "plutôt", "tant", "tellement", "finalement", "franchement", "sobrement",
    "récemment", "longuement", "vivement", "fermement", "vertement", "sèchement", "haut", "fort",
    "net", "moins", "mieux", "ici", "soudain", "presque", "environ", "quasi", "guère",
    "hier", "demain", "aujourd", "hui", "jadis", "naguère", "bientôt", "longtemps", "tôt",
];

#[rustfmt::skip]
const TIME: &[&str] = &[
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "janvier",
    "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
    "novembre", "décembre", "hier", "aujourd", "demain", "matin", "matinée", "soir", "soirée",
    "journée", "aube", "midi",
    "après-midi", "nuit", "veille", "lendemain", "semaine", "mois", "année", "an", "ans",
    "heure", "heures", "h", "jour", "jours", "fin", "début", "mi", "dernier", "dernière",
    "prochain", "prochaine", "précédent", "week", "end", "weekend", "printemps", "été", "automne",
    "hiver", "minute", "minutes", "instant", "moment", "actuellement", "récemment",
];

#[rustfmt::skip]
const TITLES: &[&str] = &[
    "m", "mm", "mme", "mmes", "mlle", "mlles", "me", "mgr", "dr", "pr", "monsieur", "madame",
    "mademoiselle", "maître", "docteur", "professeur", "sœur", "frère", "père", "abbé", "saint",
    "sainte", "sir", "lord", "lady", "dame", "don", "cheikh", "général", "colonel", "capitaine",
    "commandant", "maréchal", "amiral", "lieutenant", "sergent", "cardinal", "monseigneur",
];

/// Person nouns: (masculine, feminine) forms; one word for both when it does not change.
#[rustfmt::skip]
const ROLES: &[(&str, &str)] = &[
    ("président", "présidente"), ("vice-président", "vice-présidente"), ("ministre", ""),
    ("secrétaire", ""), ("porte-parole", ""), ("maire", ""), ("député", "députée"),
    ("sénateur", "sénatrice"), ("conseiller", "conseillère"), ("chef", "cheffe"),
    ("dirigeant", "dirigeante"), ("directeur", "directrice"), ("patron", "patronne"),
    ("boss", ""),
    ("pdg", ""), ("responsable", ""), ("leader", ""), ("délégué", "déléguée"),
    ("représentant", "représentante"), ("ambassadeur", "ambassadrice"), ("consul", ""),
    ("commissaire", ""), ("procureur", "procureure"), ("juge", ""), ("avocat", "avocate"),
    ("magistrat", "magistrate"), ("préfet", "préfète"), ("gouverneur", "gouverneure"),
    ("général", "générale"), ("colonel", ""), ("commandant", "commandante"), ("capitaine", ""),
    ("officier", "officière"), ("policier", "policière"), ("gendarme", ""),
    ("enquêteur", "enquêtrice"), ("expert", "experte"), ("économiste", ""), ("analyste", ""),
    ("chercheur", "chercheuse"), ("professeur", "professeure"), ("médecin", ""),
    ("docteur", "docteure"), ("chirurgien", "chirurgienne"), ("infirmier", "infirmière"),
    ("syndicaliste", ""), ("militant", "militante"), ("manifestant", "manifestante"),
    ("témoin", ""), ("habitant", "habitante"), ("riverain", "riveraine"), ("voisin", "voisine"),
    ("boulanger", "boulangère"), ("routier", ""), ("pharmacien", "pharmacienne"),
    ("collégien", "collégienne"), ("locataire", ""), ("propriétaire", ""),
    ("gardien", "gardienne"), ("artisan", ""), ("restaurateur", "restauratrice"),
    ("hôtelier", "hôtelière"), ("vigneron", "vigneronne"), ("paysan", "paysanne"),
    ("cheminot", ""), ("douanier", "douanière"), ("surveillant", "surveillante"),
    ("éducateur", "éducatrice"), ("sage-femme", ""), ("kinésithérapeute", ""), ("dentiste", ""),
    ("urgentiste", ""), ("vétérinaire", ""), ("informaticien", "informaticienne"),
    ("proviseur", ""), ("recteur", "rectrice"), ("doyen", "doyenne"), ("immigré", "immigrée"),
    ("sans-papiers", ""), ("curé", ""), ("abbé", ""),
    ("gréviste", ""), ("passant", "passante"), ("automobiliste", ""), ("sinistré", "sinistrée"),
    ("rescapé", "rescapée"), ("juré", "jurée"), ("soignant", "soignante"),
    ("élu", "élue"), ("candidat", "candidate"), ("opposant", "opposante"), ("adversaire", ""),
    ("rival", "rivale"), ("allié", "alliée"), ("partisan", "partisane"), ("soutien", ""),
    ("proche", ""), ("ami", "amie"), ("collaborateur", "collaboratrice"),
    ("assistant", "assistante"), ("adjoint", "adjointe"), ("trésorier", "trésorière"),
    ("fondateur", "fondatrice"), ("créateur", "créatrice"), ("auteur", "autrice"),
    ("écrivain", "écrivaine"), ("journaliste", ""), ("présentateur", "présentatrice"),
    ("animateur", "animatrice"), ("chroniqueur", "chroniqueuse"), ("rédacteur", "rédactrice"),
    ("éditorialiste", ""), ("réalisateur", "réalisatrice"), ("acteur", "actrice"),
    ("comédien", "comédienne"), ("chanteur", "chanteuse"), ("artiste", ""),
    ("musicien", "musicienne"), ("sportif", "sportive"), ("joueur", "joueuse"),
    ("entraîneur", "entraîneuse"), ("sélectionneur", "sélectionneuse"), ("coureur", "coureuse"),
    ("champion", "championne"), ("coach", ""), ("manager", ""), ("arbitre", ""), ("pilote", ""),
    ("athlète", ""), ("roi", "reine"), ("prince", "princesse"), ("pape", ""), ("cardinal", ""),
    ("évêque", ""), ("archevêque", ""), ("prêtre", "prêtresse"), ("imam", ""), ("rabbin", ""),
    ("pasteur", "pasteure"), ("moine", "nonne"), ("émir", ""), ("sultan", "sultane"),
    ("cheikh", ""), ("monarque", ""), ("dictateur", "dictatrice"), ("homologue", ""),
    ("diplomate", ""), ("émissaire", ""), ("envoyé", "envoyée"), ("médiateur", "médiatrice"),
    ("négociateur", "négociatrice"), ("interprète", ""), ("traducteur", "traductrice"),
    ("étudiant", "étudiante"), ("élève", ""), ("lycéen", "lycéenne"), ("enseignant", "enseignante"),
    ("instituteur", "institutrice"), ("parent", ""), ("père", "mère"), ("fils", "fille"),
    ("frère", "sœur"), ("époux", "épouse"), ("mari", "femme"), ("veuf", "veuve"), ("victime", ""),
    ("cousin", "cousine"), ("oncle", "tante"), ("neveu", "nièce"), ("grand-père", "grand-mère"),
    ("petit-fils", "petite-fille"), ("beau-père", "belle-mère"), ("beau-frère", "belle-sœur"),
    ("gendre", "belle-fille"), ("demi-frère", "demi-sœur"), ("compagnon", "compagne"),
    ("conjoint", "conjointe"), ("concubin", "concubine"), ("fiancé", "fiancée"), ("papa", "maman"),
    ("parrain", "marraine"), ("enfant", ""), ("orphelin", "orpheline"), ("héritier", "héritière"),
    ("survivant", "survivante"), ("otage", ""), ("détenu", "détenue"),
    ("prisonnier", "prisonnière"), ("suspect", "suspecte"), ("accusé", "accusée"),
    ("prévenu", "prévenue"), ("plaignant", "plaignante"), ("agriculteur", "agricultrice"),
    ("ouvrier", "ouvrière"), ("salarié", "salariée"), ("employé", "employée"),
    ("travailleur", "travailleuse"), ("commerçant", "commerçante"), ("entrepreneur", "entrepreneuse"),
    ("banquier", "banquière"), ("trader", ""), ("investisseur", "investisseuse"),
    ("producteur", "productrice"), ("cinéaste", ""), ("scénariste", ""),
    ("compositeur", "compositrice"), ("photographe", ""), ("dessinateur", "dessinatrice"),
    ("éditeur", "éditrice"), ("libraire", ""), ("financier", "financière"),
    ("industriel", "industrielle"), ("éleveur", "éleveuse"), ("pêcheur", "pêcheuse"),
    ("viticulteur", "viticultrice"), ("chômeur", "chômeuse"), ("retraité", "retraitée"),
    ("biologiste", ""), ("physicien", "physicienne"), ("urbaniste", ""),
    ("consultant", "consultante"), ("lobbyiste", ""),
    ("actionnaire", ""), ("numéro", ""), ("spécialiste", ""), ("observateur", "observatrice"),
    ("connaisseur", "connaisseuse"), ("familier", "familière"), ("interlocuteur", "interlocutrice"),
    ("source", ""), ("cadre", ""), ("fonctionnaire", ""), ("militaire", ""), ("soldat", "soldate"),
    ("vedette", ""), ("star", ""), ("personnalité", ""), ("vainqueur", ""), ("lauréat", "lauréate"),
    ("intéressé", "intéressée"), ("numéro", ""),
    ("lieutenant", ""), ("signataire", ""), 
    ("chancelier", "chancelière"), ("gouvernant", "gouvernante"), 
    ("inspecteur", "inspectrice"), ("contrôleur", "contrôleuse"), ("auditeur", "auditrice"),
    ("administrateur", "administratrice"), ("gérant", "gérante"), 
    ("coiffeur", "coiffeuse"), ("boucher", "bouchère"), ("serveur", "serveuse"),
    ("cuisinier", "cuisinière"), ("maçon", ""), ("menuisier", "menuisière"), ("plombier", "plombière"),
    ("électricien", "électricienne"), ("mécanicien", "mécanicienne"), ("facteur", "factrice"),
    ("caissier", "caissière"), ("vendeur", "vendeuse"), ("livreur", "livreuse"),
    ("aide-soignant", "aide-soignante"), ("épicier", "épicière"), ("comptable", ""),
    ("jardinier", "jardinière"), ("concierge", ""), 
    ("associé", "associée"), ("élève", ""), ("citoyen", "citoyenne"), ("électeur", "électrice"),
    ("supporter", "supportrice"), ("fan", ""), ("spectateur", "spectatrice"), ("garde", ""),
    ("utilisateur", "utilisatrice"), ("client", "cliente"), ("patient", "patiente"),
    ("usager", "usagère"), ("riverain", "riveraine"), ("réfugié", "réfugiée"),
    ("migrant", "migrante"), ("exilé", "exilée"), ("congressiste", ""), 
    ("historien", "historienne"), ("scientifique", ""), ("sociologue", ""), ("politologue", ""),
    ("philosophe", ""), ("juriste", ""), ("constitutionnaliste", ""), ("démographe", ""),
    ("climatologue", ""), ("épidémiologiste", ""), ("virologue", ""), ("psychiatre", ""),
    ("psychologue", ""), ("architecte", ""), ("ingénieur", "ingénieure"), ("technicien", "technicienne"),
    ("pompier", ""), ("sauveteur", "sauveteuse"), ("secouriste", ""), ("guide", ""),
    ("chauffeur", "chauffeuse"), ("conducteur", "conductrice"), ("passager", "passagère"),
    ("voyageur", "voyageuse"), ("touriste", ""), ("pèlerin", "pèlerine"), ("fidèle", ""),
    ("croyant", "croyante"), ("religieux", "religieuse"), ("gourou", ""), ("maître", "maîtresse"), ("héritier", "héritière"),
    ("successeur", ""), ("prédécesseur", ""), ("titulaire", ""), ("ministre-président", ""),
    ("eurodéputé", "eurodéputée"), ("parlementaire", ""), 
    ("édile", ""), ("bourgmestre", ""), ("échevin", "échevine"), ("chef-adjoint", ""),
    ("procureure", ""), ("bâtonnier", "bâtonnière"), ("notaire", ""), ("huissier", "huissière"),
    ("pénaliste", ""), ("fiscaliste", ""), ("criminologue", ""), ("greffier", "greffière"),
    ("vice-amiral", ""),
    ("patriarche", ""), ("généralissime", ""), ("tsar", "tsarine"), ("shah", ""),
    ("président-directeur", ""),  ("présidentiable", ""),
    ("sympathisant", "sympathisante"), ("adhérent", "adhérente"), ("membre", ""),
    ("ténor", ""), ("baron", "baronne"), ("lieutenant", ""), ("dauphin", "dauphine"),
];

/// Relation nouns: `un proche de X` is not X.
#[rustfmt::skip]
const RELATIONS: &[&str] = &[
    "proche", "proches", "entourage", "ami", "amie", "amis", "soutien", "soutiens", "partisan",
    "partisans", "familier", "familiers", "lieutenant", "lieutenants", "conseiller", "conseillers",
    "avocat", "avocate", "avocats", "porte-parole", "collaborateur", "collaborateurs", "équipe",
    "camp", "interlocuteurs", "interlocuteur", "fidèle", "fidèles", "adversaire", "adversaires",
    "homologue", "épouse", "mari", "femme", "fils", "fille", "père", "mère", "frère", "sœur",
    "entourages", "cabinet", "services", "staff", "pères", "mères", "frères", "sœurs", "filles",
    "épouses", "maris", "femmes", "parents", "enfant", "enfants", "famille", "familles", "cousin",
    "cousine", "cousins", "cousines", "oncle", "oncles", "tante", "tantes", "neveu", "neveux",
    "nièce", "nièces", "grand-père", "grand-mère", "grands-parents", "petit-fils", "petite-fille",
    "petits-enfants", "beau-père", "belle-mère", "beaux-parents", "beau-frère", "belle-sœur",
    "gendre", "belle-fille", "demi-frère", "demi-sœur", "compagnon", "compagne", "conjoint",
    "conjointe", "concubin", "concubine", "fiancé", "fiancée", "papa", "maman", "veuve", "veuf",
    "époux", "parrain", "marraine", "héritier", "héritière", "héritiers",
];

/// Kinship nouns, singular (their roles carry the gender).
#[rustfmt::skip]
const KIN: &[&str] = &[
    "épouse", "époux", "mari", "femme", "veuve", "veuf", "compagne", "compagnon", "conjoint",
    "conjointe", "fiancé", "fiancée", "concubin", "concubine", "fils", "fille", "père", "mère",
    "frère", "sœur", "cousin", "cousine", "oncle", "tante", "neveu", "nièce", "grand-père",
    "grand-mère", "petit-fils", "petite-fille", "beau-père", "belle-mère", "beau-frère",
    "belle-sœur", "gendre", "belle-fille", "demi-frère", "demi-sœur", "papa", "maman",
];

/// Organisation head nouns.
#[rustfmt::skip]
const ORGS: &[&str] = &[
    "parti", "syndicat", "commission", "parquet", "ministère", "gouvernement", "conseil", "cour",
    "tribunal", "société", "banque", "groupe", "entreprise", "association", "fédération", "union",
    "comité", "agence", "office", "institut", "inspection", "direction", "rédaction", "mairie",
    "préfecture", "police", "gendarmerie", "armée", "équipe", "club", "collectif", "coalition",
    "mouvement", "organisation", "ong", "fondation", "observatoire", "haute autorité", "autorité",
    "assemblée", "sénat", "parlement", "cabinet", "département", "service", "services",
    "administration", "régie", "caisse", "mutuelle", "compagnie", "firme", "constructeur",
    "chaîne", "journal", "quotidien", "hebdomadaire", "magazine", "radio", "télévision",
    "agence", "fédération", "ligue", "confédération", "centrale", "intersyndicale", "majorité",
    "opposition", "droite", "gauche", "exécutif", "élysée", "matignon", "présidence", "état-major",
    "brigade", "juridiction", "cour d", "conseil d", "chambre", "université", "école", "académie",
    "hôpital", "clinique", "laboratoire", "musée", "théâtre", "orchestre", "festival", "mairie",
    "municipalité", "région", "département", "collectivité", "communauté", "délégation",
    "ambassade", "consulat", "secrétariat", "bureau", "directoire", "camp", "staff",
    "diplomatie", "justice", "défense", "instance", "instances", "cellule",
    "ordre", "chambre", "syndic", "holding", "filiale", "maison", "régime", "junte",
    "organisme", "autorités", "direction", "assureur", "distributeur", "fabricant",
    "opérateur", "transporteur", "enseigne", "diffuseur",
];

/// Texts that speak for their authors.
/// Texts their author issues (a subset of `TEXTS`).
#[rustfmt::skip]
const ANNOUNCEMENTS: &[&str] = &[
    "communiqué", "déclaration", "lettre", "courrier", "note", "message", "mail", "courriel",
    "tweet", "post", "texte", "mémo", "plainte", "pétition",
];

#[rustfmt::skip]
const TEXTS: &[&str] = &[
    "communiqué", "texte", "rapport", "document", "déclaration", "lettre", "courrier", "tribune",
    "note", "étude", "enquête", "mémo", "message", "tweet", "post", "billet", "éditorial",
    "article", "livre", "ouvrage", "mémoire", "pétition", "motion", "résolution", "décision",
    "jugement", "avis", "ordonnance", "plainte", "réquisitoire", "projet", "programme",
    "manifeste", "appel", "circulaire", "dépêche", "compte-rendu", "procès-verbal", "pré-rapport",
    "synthèse", "bilan", "audit", "analyse", "notes", "mail", "courriel", "sms", "interview",
    "entretien", "discours", "allocution", "préface", "chronique", "blog", "site", "vidéo",
    "affiche", "banderole", "pancarte", "slogan", "tract", "brochure", "réponse",
];

/// Nouns of spoken words: `selon les termes de`, `aux cris de`, `dans ses propos`.
#[rustfmt::skip]
const SPEECH: &[&str] = &[
    "propos", "termes", "mots", "paroles", "cris", "cri", "déclarations", "expression", "formule",
    "voix", "slogans", "slogan", "commentaire", "commentaires", "confidences", "aveux",
    "explications", "version",
];

/// Quantity nouns: `un millier d'exilés` speaks as the exiles.
#[rustfmt::skip]
const QUANTITIES: &[&str] = &[
    "millier", "milliers", "centaine", "centaines", "dizaine", "dizaines", "vingtaine",
    "trentaine", "quarantaine", "cinquantaine", "soixantaine", "douzaine", "quinzaine", "majorité",
    "plupart", "partie", "nombre", "poignée", "foule", "groupe", "délégation", "cortège",
    "million", "millions", "moitié", "tiers", "quart", "ensemble", "totalité", "reste", "un", "une",
    "plusieurs", "certains", "certaines", "beaucoup", "nombreux", "nombreuses", "tous", "toutes",
    "aucun", "aucune", "chacun", "chacune", "deux", "trois", "quatre", "cinq", "six", "sept",
    "huit", "neuf", "dix", "cent", "mille",
];

#[rustfmt::skip]
const PUBLISH: &[&str] = &[
    "publié", "publiée", "publie", "publient", "publiait", "diffusé", "diffusée", "diffuse",
    "rédigé", "rédigée", "rédige", "signé", "signée", "signe", "signent", "élaboré", "élaborée",
    "élabore", "adopté", "adoptée", "adopte", "envoyé", "envoyée", "envoie", "adressé",
    "adressée", "adresse", "transmis", "transmise", "transmet", "rendu", "rendue", "remis",
    "remise", "remet", "présenté", "présentée", "déposé", "déposée", "dépose", "lu", "lue",
    "lit", "écrit", "écrite", "posté", "postée", "poste", "mis", "dévoilé", "dévoilée",
    "réalisé", "réalisée", "commandé", "commandée", "consulté", "consultée", "obtenu", "obtenue",
];

#[rustfmt::skip]
const FUNCTION_WORDS: &[&str] = &[
    "que", "qui", "quoi", "où", "comment", "pourquoi", "quel", "quelle", "quels", "quelles",
    "ne", "parce", "puisque", "lorsqu", "puisqu", "quoiqu", "afin", "tandis", "comme", "car",
    "ainsi", "voilà", "voici", "ici", "là", "non", "oui", "certes", "enfin", "pourtant", "toutefois",
    "dont", "lequel", "laquelle", "le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "ce",
    "cet", "cette", "ces", "il", "elle", "ils", "elles", "on", "nous", "vous", "je", "j", "tu",
    "mais", "et", "ou", "or", "donc", "ni", "en", "pour", "selon", "après", "avant", "malgré",
    "dans", "sur", "sous", "par", "avec", "sans", "si", "quand", "lorsque", "alors", "puis", "c",
    "qu", "s", "n", "m", "t", "aux", "au", "à", "a", "depuis", "pendant", "chez", "contre",
    "entre", "vers", "son", "sa", "ses", "leur", "leurs", "notre", "votre", "mon", "ma", "mes",
    "ton", "ta", "tout", "tous", "toute", "toutes", "aucun", "aucune", "chaque", "plusieurs",
    "certains", "hier", "aujourd", "demain", "mieux", "outre", "quant", "face", "lors", "ensuite",
    "aussi", "même", "très", "plus", "moins", "déjà", "encore", "toujours", "jamais", "bien",
    "seul", "seule", "autre", "autres", "près", "loin", "dès", "via", "parmi", "suite", "faute",
    "grâce", "ça", "cela", "ceci", "celui", "celle", "ceux", "celles", "lui", "moi", "toi", "eux",
    "dernier", "dernière", "prochain", "prochaine", "premier", "première", "cependant",
    "néanmoins", "surtout", "notamment", "désormais", "finalement", "effectivement", "peut",
    "être", "est", "sont", "était", "fut", "reste", "voire", "soit", "y", "là-bas", "partout",
    "ailleurs", "tant", "autant", "combien", "tel", "telle", "tels", "telles", "quelque",
    "quelques", "nul", "nulle", "rien", "personne", "chacun", "chacune", "quiconque",
];

/// Common nouns of places and sites, whose name is a place.
#[rustfmt::skip]
const PLACE_NOUNS: &[&str] = &[
    "cité", "temple", "site", "ruines", "village", "ville", "commune", "rue", "avenue",
    "boulevard", "quartier", "prison", "province", "région", "département",
    "arrondissement", "canton", "bourg", "hameau", "faubourg", "banlieue", "île", "vallée",
    "plaine", "montagne", "colline", "promontoire", "château", "cathédrale", "église",
    "basilique", "monastère", "abbaye", "mosquée", "stade", "aéroport", "gare",
    "usine", "pont", "lac", "fleuve", "rivière", "forêt", "parc",
];

/// Capitalised words that make a run of capitals not a person: places, institutions, dates.
#[rustfmt::skip]
const NOT_PERSON: &[&str] = &[
    "fils", "fille", "filles", "enfants", "famille", "corée", "nord", "sud", "est", "ouest",
    "états", "etats", "unis", "unies", "guerre", "république", "union", "nations", "maison",
    "blanche", "extrême", "orient", "moyen", "proche", "asie", "europe", "afrique", "amérique",
    "mer", "golfe", "océan", "île", "iles", "îles", "royaume", "uni", "assemblée", "sénat",
    "conseil", "parti", "ministère", "cour", "palais", "rue", "avenue", "place", "pont", "gare",
    "université", "lycée", "banque", "fonds", "agence", "presse", "commission", "comité",
    "congrès", "parlement", "armée", "église", "dieu", "seigneur", "éternel", "christ", "jésus",
    "fédération", "association", "société", "caisse", "caisses", "épargne", "prévoyance",
    "inspection", "générale", "général", "nationale", "national", "institut", "syndicat",
    "groupe", "tour", "jeux", "olympiques", "coupe", "championnat", "ligue", "festival",
    "prix", "journal", "radio", "télévision", "chaîne", "quotidien", "magazine", "monde",
    "figaro", "libération", "elysée", "élysée", "matignon", "quai", "bourse", "marché",
    "marchés", "euro", "euros", "dollar", "dollars", "tribunal", "parquet", "police",
    "gendarmerie", "préfecture", "mairie", "région", "département", "ville", "capitale",
    "mont", "lac", "fleuve", "vallée", "côte", "saint", "sainte", "notre", "dame", "bois",
    "château", "musée", "théâtre", "opéra", "stade", "parc", "square", "boulevard", "quartier",
    "mouvement", "front", "rassemblement", "alliance", "ordre", "centre", "hôpital", "école",
    "collège", "académie", "institution", "direction", "office", "autorité", "haute", "conférence",
    "sommet", "traité", "accord", "pacte", "plan", "loi", "code", "constitution", "charte",
    "affaire", "dossier", "salon", "foire", "exposition", "semaine", "journée", "année",
    "fête", "noël", "pâques", "toussaint", "ramadan", "révolution", "empire", "royaume",
];

/// Frequent `-er` verbs of news narration, whose finite forms end a subject phrase: without
/// them "les sportifs de la Semaine olympique soupçonnent Armstrong" reads as one noun phrase.
#[rustfmt::skip]
const NEWS_ER: &[&str] = &[
    "soupçonner", "quitter", "rencontrer", "gagner", "adopter", "voter", "signer", "refuser",
    "continuer", "commencer", "terminer", "retrouver", "trouver", "rester", "passer", "montrer",
    "garder", "tomber", "jouer", "travailler", "chercher", "lutter", "organiser", "préparer",
    "envisager", "renoncer", "attaquer", "bloquer", "occuper", "toucher", "frapper", "tuer",
    "blesser", "arrêter", "libérer", "saisir", "porter", "entraîner", "provoquer", "supprimer",
    "augmenter", "baisser", "financer", "imposer", "utiliser", "accepter", "nommer", "désigner",
    "remplacer", "installer", "visiter", "obtenir", "céder", "négocier", "réunir", "manifester",
    "défiler", "protéger", "sauver",
];

/// Third-person finite forms of an `-er` verb (présent plural, imparfait, passé simple):
/// `soupçonnent`, `soupçonnait`, `soupçonnaient`, `soupçonna`.
fn news_finite(b: &mut Builder, infinitive: &str) {
    let Some(stem) = infinitive.strip_suffix("er") else {
        return;
    };
    let mute = super::mute_stem(stem);
    // Not the singular present, so often a noun ("la garde des Sceaux", "le vote", "la
    // rencontre").
    let mut forms = vec![
        format!("{mute}ent"),
        format!("{stem}ait"),
        format!("{stem}aient"),
    ];
    if !stem.ends_with(['c', 'g']) {
        forms.push(format!("{stem}a"));
    }
    for f in &forms {
        b.add(Langs::Fr, &[f.as_str()], Class::VERB | Class::FINITE);
    }
}

/// Verbs of asking someone to act, whose object does the infinitive after `de`: `demandent à
/// Rachida Dati d'exprimer des « regrets »`, `a chargé M. Wauquiez d'indiquer « … »`.
#[rustfmt::skip]
const DIRECTIVE_ER: &[&str] = &[
    "demander", "charger", "exhorter", "prier", "sommer", "ordonner", "conseiller",
    "recommander", "presser", "enjoindre", "intimer", "supplier", "implorer", "mandater",
];

#[rustfmt::skip]
const PARTICLES: &[&str] = &[
    "de", "du", "des", "d", "von", "van", "der", "den", "bin", "ben", "al", "el", "da", "di",
    "dos", "del", "della", "la", "le", "ibn", "ter", "zu", "ould", "abou", "abu", "y", "e",
    "mac", "st", "saint", "sainte",
];

pub(super) fn fill(b: &mut Builder) {
    let fr = Langs::Fr;
    for v in SAY_ER {
        french_er(b, v, Class::SAY);
    }
    for v in DIRECTIVE_ER {
        french_er(b, v, Class::DIRECTIVE);
    }
    for v in ["qualifier", "baptiser", "surnommer", "traiter", "appeler"] {
        french_er(b, v, Class::NAMING);
    }
    for v in [
        "ajouter",
        "confirmer",
        "annoncer",
        "répéter",
        "présenter",
        "développer",
    ] {
        french_er(b, v, Class::MEDIOPASSIVE);
    }
    b.add(
        fr,
        &[
            "décrit",
            "décrits",
            "décrite",
            "décrites",
            "décrivait",
            "décrivaient",
            "décrivent",
            "décrivant",
            "décrire",
        ],
        Class::NAMING,
    );
    for v in [
        "réagir",
        "avertir",
        "applaudir",
        "réjouir",
        "renchérir",
        "garantir",
        "rugir",
        "gémir",
        "affermir",
    ] {
        french_ir(b, v, Class::SAY);
    }
    for (words, form) in SAY_IRREGULAR {
        b.add(fr, words, Class::SAY | form);
    }
    b.remove(fr, &["se", "lit", "lisait"], Class::SAY | Class::FINITE);
    b.remove(fr, NOT_SAYING, Class::SAY);
    b.add(fr, AUX, Class::AUX);
    // "Ayant appris que…, X a décidé": the present participles of the auxiliaries.
    b.add(fr, &["ayant", "étant"], Class::AUX | Class::GERUND);
    b.add(fr, VERBS, Class::VERB);
    for v in NEWS_ER {
        news_finite(b, v);
    }
    b.add(fr, LIGHT_VERBS, Class::LIGHT_VERB);
    b.add(fr, PERIPHRASES, Class::PERIPHRASE);
    b.add(fr, DET_DEF_M, Class::DET | Class::DEFINITE | Class::MASC);
    b.add(fr, DET_DEF_F, Class::DET | Class::DEFINITE | Class::FEM);
    b.add(fr, DET_DEF_P, Class::DET | Class::DEFINITE | Class::PLURAL);
    b.add(fr, &["l"], Class::DET | Class::DEFINITE);
    b.add(fr, &["un"], Class::DET | Class::INDEFINITE | Class::MASC);
    b.add(fr, &["une"], Class::DET | Class::INDEFINITE | Class::FEM);
    b.add(
        fr,
        &["des"],
        Class::DET | Class::INDEFINITE | Class::PLURAL | Class::COMPL,
    );
    b.add(
        fr,
        &[
            "quelques",
            "plusieurs",
            "certains",
            "certaines",
            "nombreux",
            "nombreuses",
            "divers",
            "différents",
            "différentes",
            "deux",
            "trois",
            "quatre",
            "cinq",
        ],
        Class::DET | Class::INDEFINITE | Class::PLURAL,
    );
    b.add(
        fr,
        &["aucun", "chaque", "tout"],
        Class::DET | Class::INDEFINITE | Class::MASC,
    );
    b.add(
        fr,
        &["aucune", "toute"],
        Class::DET | Class::INDEFINITE | Class::FEM,
    );
    b.add(
        fr,
        DET_POSS_M,
        Class::DET | Class::DEFINITE | Class::POSSESSIVE | Class::MASC,
    );
    b.add(
        fr,
        DET_POSS_F,
        Class::DET | Class::DEFINITE | Class::POSSESSIVE | Class::FEM,
    );
    b.add(
        fr,
        DET_POSS_P,
        Class::DET | Class::DEFINITE | Class::POSSESSIVE | Class::PLURAL,
    );
    b.add(
        fr,
        &["ma", "mon", "mes", "notre", "nos"],
        Class::FIRST_PERSON,
    );
    b.add(fr, &["il"], Class::PRONOUN | Class::MASC);
    b.add(fr, &["elle"], Class::PRONOUN | Class::FEM);
    b.add(fr, &["ils"], Class::PRONOUN | Class::MASC | Class::PLURAL);
    b.add(fr, &["elles"], Class::PRONOUN | Class::FEM | Class::PLURAL);
    b.add(fr, &["on"], Class::PRONOUN | Class::PLURAL);
    b.add(
        fr,
        &["je", "j", "nous", "moi", "me", "m"],
        Class::FIRST_PERSON,
    );
    b.add(
        fr,
        &[
            "se", "s", "lui", "leur", "me", "m", "te", "t", "y", "en", "vous", "nous", "le", "la",
            "les", "l",
        ],
        Class::CLITIC,
    );
    b.add(
        fr,
        &[
            "ne",
            "n",
            "pas",
            "plus",
            "jamais",
            "guère",
            "point",
            "rien",
            "nullement",
        ],
        Class::NEG,
    );
    b.add(
        fr,
        &[
            "qui",
            "que",
            "qu",
            "dont",
            "lequel",
            "laquelle",
            "lesquels",
            "lesquelles",
            "où",
            "auquel",
            "duquel",
        ],
        Class::REL,
    );
    b.add(fr, PREPOSITIONS, Class::PREP);
    b.add(fr, &["de", "du", "d", "des"], Class::COMPL);
    b.add(
        fr,
        &["et", "ou", "mais", "ni", "car", "donc", "or", "puis"],
        Class::CONJ,
    );
    b.add(
        fr,
        &[
            "si", "s", "quand", "lorsque", "lorsqu", "comme", "puisque", "puisqu", "parce",
            "tandis", "quoique", "afin",
        ],
        Class::SUBORD,
    );
    b.add(fr, ADVERBS, Class::ADV);
    b.add(
        fr,
        &[
            "interrogé",
            "interrogée",
            "interrogés",
            "interrogées",
            "questionné",
            "questionnée",
            "interviewé",
            "interviewée",
        ],
        Class::ASKED,
    );
    b.add(
        fr,
        &[
            "long",
            "longue",
            "bref",
            "brève",
            "nouveau",
            "nouvel",
            "nouvelle",
            "premier",
            "première",
            "dernier",
            "dernière",
            "second",
            "seconde",
            "deuxième",
            "autre",
            "même",
            "simple",
            "court",
            "courte",
            "petit",
            "petite",
            "grand",
            "grande",
            "ancien",
            "ancienne",
            "seul",
            "seule",
            "véritable",
        ],
        Class::PRENOMINAL,
    );
    b.add(
        fr,
        &[
            "très",
            "particulièrement",
            "extrêmement",
            "fort",
            "assez",
            "si",
            "trop",
        ],
        Class::INTENSIFIER,
    );
    b.add(fr, TIME, Class::TIME);
    b.add(fr, TITLES, Class::TITLE);
    b.add(
        fr,
        &[
            "mme",
            "mmes",
            "mlle",
            "mlles",
            "madame",
            "mademoiselle",
            "sœur",
            "sainte",
            "dame",
            "lady",
        ],
        Class::FEM,
    );
    b.add(
        fr,
        &[
            "m", "mm", "monsieur", "frère", "père", "abbé", "saint", "sir", "lord", "don",
        ],
        Class::MASC,
    );
    b.add(fr, &["mm", "mmes", "mlles"], Class::PLURAL);
    for (m, f) in ROLES {
        if f.is_empty() {
            b.nouns(fr, &[m], Class::ROLE);
        } else {
            b.nouns(fr, &[m], Class::ROLE | Class::MASC);
            b.nouns(fr, &[f], Class::ROLE | Class::FEM);
        }
    }
    b.add(fr, RELATIONS, Class::RELATION);
    b.add(fr, KIN, Class::KIN);
    b.nouns(fr, ORGS, Class::ORG);
    b.nouns(fr, TEXTS, Class::TEXT);
    b.nouns(fr, ANNOUNCEMENTS, Class::ANNOUNCEMENT);
    b.add(fr, SPEECH, Class::SPEECH);
    b.add(fr, QUANTITIES, Class::QUANT);
    b.add(fr, &["selon", "après", "pour"], Class::INTRO);
    b.add(fr, PUBLISH, Class::PUBLISH);
    b.add(
        fr,
        // "Pourquoi pas Harlem Désir ? L'intéressé dément" : the one just spoken of.
        &[
            "dernier",
            "dernière",
            "derniers",
            "dernières",
            "intéressé",
            "intéressée",
            "intéressés",
            "intéressées",
            // "le premier a affirmé que le second…": of two just named.
            "premier",
            "première",
            "second",
            "seconde",
        ],
        Class::LATTER,
    );
    b.add(
        fr,
        &["celui", "celle", "ceux", "celles"],
        Class::DEMONSTRATIVE,
    );
    b.add(fr, &["celui", "ceux"], Class::MASC);
    b.add(fr, &["celle", "celles"], Class::FEM);
    b.add(fr, &["ceux", "celles"], Class::PLURAL);
    b.add(fr, PARTICLES, Class::PARTICLE);
    b.add(fr, FUNCTION_WORDS, Class::FUNCTION);
    b.add(fr, NOT_PERSON, Class::NOT_PERSON);
    b.add(fr, PLACE_NOUNS, Class::PLACE_NOUN);
    b.add(
        fr,
        &[
            "presse",
            "journalistes",
            "journaliste",
            "médias",
            "média",
            "caméras",
            "micros",
            "micro",
            "radio",
            "télévision",
            "chaîne",
            "quotidien",
            "journal",
            "hebdomadaire",
            "site",
            "agence",
            "afp",
            "reuters",
            "ap",
        ],
        Class::AUDIENCE,
    );
    b.add(fr, &["même", "mêmes"], Class::SELF);
    b.add(
        fr,
        &[
            "proche",
            "proches",
            "hostile",
            "hostiles",
            "favorable",
            "favorables",
            "opposé",
            "opposée",
            "opposés",
            "fidèle",
            "fidèles",
            "chargé",
            "chargée",
            "chargés",
            "lié",
            "liée",
            "liés",
            "associé",
            "associée",
            "attaché",
            "attachée",
        ],
        Class::ADJ_COMPLEMENT,
    );
    b.add(fr, &["autre", "autres"], Class::OTHER);
    b.nouns(
        fr,
        &[
            "socialiste",
            "communiste",
            "écologiste",
            "centriste",
            "libéral",
            "gaulliste",
            "républicain",
            "démocrate",
            "insoumis",
            "frontiste",
            "chiraquien",
            "sarkozyste",
            "royaliste",
            "fabiusien",
            "strauss-kahnien",
            "militant",
            "syndiqué",
            "cégétiste",
            "nationaliste",
            "indépendantiste",
            "séparatiste",
            "islamiste",
            "rebelle",
            "insurgé",
            "opposant",
            "dissident",
            "conservateur",
            "travailliste",
            "progressiste",
            "populiste",
            "souverainiste",
            "europhile",
            "eurosceptique",
        ],
        Class::MEMBER,
    );
    b.add(fr, &["tu", "toi", "vous", "te"], Class::ADDRESSEE);
}
