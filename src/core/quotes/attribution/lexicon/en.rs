//! English word lists.

use super::{Builder, Class, Langs, english_regular};

/// Regular verbs of saying, writing, judging and demanding (base forms; `+` doubles the last
/// consonant in `-ed`/`-ing`).
#[rustfmt::skip]
const SAY_REGULAR: &[&str] = &[
    "add", "warn", "state", "declare", "explain", "insist", "note", "claim", "argue", "ask",
    "respond", "tweet", "post", "announce", "acknowledge", "remark", "recall", "suggest",
    "comment", "conclude", "promise", "vow", "stress", "emphasize", "emphasise", "observe",
    "answer", "shout", "whisper", "urge", "predict", "concede", "confirm", "assert", "maintain",
    "contend", "joke", "complain", "boast", "exclaim", "recount", "report", "repeat", "caution",
    "murmur", "mutter", "proclaim", "reiterate", "lament", "scoff", "retort", "agree", "wonder",
    "yell", "scream", "demand", "plead", "snap+", "muse", "quip+", "admit+", "posit", "reason",
    "concur+", "underline", "underscore", "mock", "describe", "deny", "reply", "testify", "cry",
    "allege", "accuse", "criticize", "criticise", "blast", "slam+", "praise", "hail", "welcome",
    "thank", "congratulate", "applaud", "decry", "denounce", "condemn", "dismiss", "reject",
    "rebut+", "refute", "dispute", "question", "challenge", "object", "protest", "disagree",
    "express", "voice", "signal", "indicate", "hint", "mention", "reveal", "disclose", "divulge",
    "confide", "advise", "recommend", "propose", "pledge", "guarantee", "assure", "reassure",
    "inform", "elaborate", "detail", "outline", "summarize", "summarise", "characterize",
    "characterise", "label", "dub+", "brand", "term", "deem", "call", "chant", "sing", "pray",
    "beg+", "implore", "appeal", "invite", "encourage", "exhort", "challenge", "rail", "fume",
    "vent", "gush", "rave", "grumble", "groan", "sigh", "laugh", "chuckle", "smile", "sneer",
    "taunt", "tease", "jab+", "needle", "scold", "chide", "lecture", "preach", "declaim", "intone",
    "recite", "relate", "narrate", "describe", "portray", "depict", "estimate", "reckon",
    "calculate", "forecast", "project", "predict", "warn", "fear", "worry", "hope", "wish",
    "believe", "figure", "guess", "suppose", "assume", "presume", "surmise", "speculate",
    "theorize", "question", "query", "probe", "press", "ask", "inquire", "enquire", "demand",
    "insist", "order", "instruct", "direct", "charge", "accuse", "blame", "credit", "praise",
    "lambaste", "excoriate", "berate", "assail", "attack", "defend", "justify", "explain",
    "clarify", "correct", "amend", "qualify", "stipulate", "specify", "emphasize", "highlight",
    "flag+", "caution", "alert", "notify", "announce", "proclaim", "trumpet", "tout", "boast",
    "brag+", "crow", "gloat", "exult", "rejoice", "celebrate", "cheer", "commend", "salute",
    "honor", "honour", "mourn", "regret", "apologize", "apologise", "concede", "confess",
    "admit+", "own", "recognize", "recognise", "allow", "grant", "counter", "respond", "rejoin",
    "riposte", "parry", "deflect", "sidestep", "dodge", "decline", "refuse", "vow", "swear",
    "attest", "certify", "affirm", "aver", "avow", "declare", "submit+", "plead", "pray",
    "text", "email", "message", "write", "blog+", "retweet", "reply", "stress", "unveil",
];

/// Words of that list that are far more often nouns or other verbs.
#[rustfmt::skip]
const NOT_SAYING: &[&str] = &[
    "point", "points", "pointed", "charge", "charges", "counter", "counters", "post", "posts",
    "state", "states", "note", "notes", "report", "reports", "call", "calls", "order", "orders",
    "project", "projects", "question", "questions", "press", "direct", "own", "owns", "allow",
    "allows", "grant", "grants", "figure", "figures", "text", "texts", "message", "messages",
    "email", "emails", "term", "terms", "label", "labels", "brand", "brands", "detail",
    "details", "outline", "outlines", "signal", "signals", "voice", "voices", "hope", "hopes",
    "fear", "fears", "wish", "wishes", "worry", "worries", "smile", "smiles", "laugh", "laughs",
    "cry", "cries", "vent", "credit", "credits", "alert", "alerts", "flag", "flags", "welcome",
    "attack", "attacks", "appeal", "appeals", "estimate", "estimates", "forecast", "forecasts",
    "object", "objects", "protest", "protests", "plead", "challenge", "challenges", "comment",
    "comments", "answer", "answers", "reply", "replies", "demand", "demands", "promise",
    "promises", "claim", "claims", "guess", "praise", "blame", "sing",
    "celebrate", "cheer", "honor", "honour", "mourn", "tout", "crow", "rail", "rave", "relate",
    "amend", "correct", "dodge", "parry", "invite", "invites", "order",
];

#[rustfmt::skip]
/// Past forms that say only with their particle ("fired back", "hit out", "weighed in"), not
/// alone ("the restrictions hit manufacturers", "the board fired him", "it sounded the alarm").
const PHRASAL_ONLY: &[&str] = &[
    "went", "shot", "fired", "pushed", "hit", "weighed", "chimed", "lashed", "sounded",
];

#[rustfmt::skip]
const SAY_IRREGULAR: &[(&[&str], u64)] = &[
    (&["say", "says", "said", "tell", "tells", "told", "write", "writes", "wrote", "speak",
       "speaks", "spoke", "think", "thinks", "thought", "feel", "feels", "felt", "swore", "swear",
       "swears", "bet", "bets", "pled", "forecast", "read", "reads", "cried", "replied", "denied",
       "testified", "quipped", "snapped", "admitted", "spoke", "opined"], Class::FINITE),
    (&["said", "told", "written", "spoken", "thought", "felt", "sworn", "quoted", "cited",
       "asked", "pressed", "questioned", "interviewed"], Class::PARTICIPLE),
    (&["saying", "telling", "writing", "speaking", "thinking", "swearing", "adding", "noting",
       "arguing", "calling", "describing"], Class::GERUND),
    (&["say", "tell", "write", "speak", "think", "swear", "comment", "elaborate", "discuss"], Class::INFINITIVE),
];

/// Auxiliaries, copulas and modals.
#[rustfmt::skip]
const AUX: &[&str] = &[
    "has", "had", "have", "having", "was", "were", "is", "are", "am", "be", "been", "being",
    "will", "would", "shall", "should", "can", "could", "may", "might", "must", "did", "does",
    "do", "ll", "d", "s", "ve", "re", "m", "going", "got", "gets", "get", "used", "ought",
    "tried", "tries", "wanted", "wants", "seemed", "seems", "appeared", "appears",
];

#[rustfmt::skip]
const VERBS: &[&str] = &[
    "made", "makes", "make", "took", "takes", "take", "gave", "gives", "give", "left", "leaves",
    "came", "comes", "come", "went", "goes", "go", "saw", "sees", "see", "met", "meets", "held",
    "holds", "kept", "keeps", "became", "becomes", "remained", "remains", "stayed", "stays",
    "voted", "votes", "won", "wins", "lost", "loses", "led", "leads", "ran", "runs", "began",
    "begins", "served", "serves", "works", "worked", "lives", "lived", "visited", "visits",
    "arrived", "arrives", "attended", "attends", "joined", "joins", "signed", "signs",
    "pleaded", "pleads", "faces", "faced", "walked", "stepped", "sat", "stood", "knows", "knew",
    "wants", "needs", "needed", "heard", "hears", "showed", "shows", "expects", "expected",
    "dissented", "resigned", "declined", "refused", "agreed", "decided", "released", "issued",
    "chairs", "chaired", "heads", "headed", "oversees", "represents", "represented",
    // Past and third-person forms of news narration (never the base form, mostly a noun:
    // "cut", "rule", "block").
    "found", "finds", "ruled", "blocked", "blocks", "struck", "strikes",
    "filed", "sued", "sues", "passed", "approved", "approves", "backed", "opposed", "opposes",
    "sent", "sends", "spent", "spends", "paid", "pays", "bought", "buys", "sold", "sells", "built",
    "builds", "moved", "lifted", "killed", "kills", "died", "dies", "hired", "launched",
    "launches", "sought", "seeks", "brought", "brings", "received", "receives", "raised", "raises",
    "helped", "helps", "drew", "fell", "rose", "grew", "grows", "ended", "started", "reached",
    "introduced", "introduces", "vetoed", "vetoes", "endorsed", "endorses", "nominated",
    "appointed", "elected", "defeated", "withdrew", "returned", "returns", "traveled", "travelled",
    "toured", "flew", "waited", "watched", "suspected", "suspects", "hosted", "hosts", "controls",
    "controlled", "threatened", "threatens",
];

#[rustfmt::skip]
const PREPOSITIONS: &[&str] = &[
    "in", "on", "at", "to", "for", "with", "by", "from", "into", "onto", "during", "after",
    "before", "since", "about", "over", "under", "against", "through", "without", "within",
    "outside", "inside", "near", "via", "amid", "amidst", "despite", "per", "among", "between",
    "across", "along", "around", "behind", "beside", "beyond", "toward", "towards", "upon",
    "until", "till", "throughout", "following", "regarding", "concerning", "like", "unlike",
    "off", "out", "up", "down", "than", "as",
];

#[rustfmt::skip]
const ADVERBS: &[&str] = &[
    "also", "later", "then", "again", "repeatedly", "immediately", "quickly", "simply", "just",
    "recently", "previously", "earlier", "once", "often", "publicly", "privately", "separately",
    "twice", "bluntly", "flatly", "firmly", "angrily", "still", "already", "finally", "even",
    "only", "never", "always", "now", "then", "however", "meanwhile", "instead", "indeed",
    "further", "furthermore", "moreover", "nonetheless", "nevertheless", "though", "too", "so",
    "very", "really", "quite", "rather", "soon", "yet", "ever", "here", "there", "once",
    "subsequently", "initially", "ultimately", "eventually", "reportedly", "allegedly",
    "apparently", "clearly", "openly", "frankly", "candidly", "curtly", "tersely", "sharply",
    "loudly", "quietly", "softly", "calmly", "forcefully", "emphatically", "defiantly",
    "cheerfully", "wryly", "drily", "dryly", "jokingly", "ruefully", "sternly", "emotionally",
    "tearfully", "sarcastically", "confidently", "cautiously", "optimistically", "bitterly",
];

#[rustfmt::skip]
const TIME: &[&str] = &[
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "yesterday", "today", "tonight", "tomorrow", "morning", "evening",
    "afternoon", "night", "week", "weekend", "month", "year", "years", "day", "days", "hour",
    "hours", "minute", "minutes", "last", "next", "earlier", "later", "ago", "recently", "noon",
    "midnight", "overnight", "spring", "summer", "fall", "autumn", "winter", "moment", "time",
];

#[rustfmt::skip]
const TITLES: &[&str] = &[
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "lord", "lady", "sen", "rep",
    "gov", "gen", "lt", "col", "capt", "sgt", "adm", "maj", "cpl", "rev", "fr", "msgr", "hon",
    "pres", "supt", "insp", "det", "atty", "amb", "cmdr", "st",
];

/// Titles that abbreviate a role, with the role: "Sen. Lindsey Graham" is a senator, so that
/// "the senator" designates him as "Senator Graham" would.
#[rustfmt::skip]
pub(in super::super) const TITLE_ROLES: &[(&str, &str)] = &[
    ("sen", "senator"), ("rep", "representative"), ("gov", "governor"), ("gen", "general"),
    ("col", "colonel"), ("capt", "captain"), ("adm", "admiral"), ("atty", "attorney"),
    ("amb", "ambassador"), ("pres", "president"), ("supt", "superintendent"),
    ("insp", "inspector"), ("det", "detective"), ("cmdr", "commander"), ("lt", "lieutenant"),
    ("sgt", "sergeant"),
];

/// US states as party tags write them (`R-Texas`, `D-Calif.`, `D-N.Y.`, `(R-KY)`): the
/// abbreviation's letters, lower-case, and the state's name, so that "the Kentucky Republican"
/// is the senator tagged `R-Ky.`. AP abbreviations, then postal codes.
#[rustfmt::skip]
pub(in super::super) const US_STATES: &[(&str, &str)] = &[
    ("ala", "alabama"), ("alaska", "alaska"), ("ariz", "arizona"), ("ark", "arkansas"),
    ("calif", "california"), ("colo", "colorado"), ("conn", "connecticut"), ("del", "delaware"),
    ("fla", "florida"), ("ga", "georgia"), ("hawaii", "hawaii"), ("idaho", "idaho"),
    ("ill", "illinois"), ("ind", "indiana"), ("iowa", "iowa"), ("kan", "kansas"),
    ("ky", "kentucky"), ("la", "louisiana"), ("maine", "maine"), ("md", "maryland"),
    ("mass", "massachusetts"), ("mich", "michigan"), ("minn", "minnesota"),
    ("miss", "mississippi"), ("mo", "missouri"), ("mont", "montana"), ("neb", "nebraska"),
    ("nev", "nevada"), ("nh", "new hampshire"), ("nj", "new jersey"), ("nm", "new mexico"),
    ("ny", "new york"), ("nc", "north carolina"), ("nd", "north dakota"), ("ohio", "ohio"),
    ("okla", "oklahoma"), ("ore", "oregon"), ("pa", "pennsylvania"), ("ri", "rhode island"),
    ("sc", "south carolina"), ("sd", "south dakota"), ("tenn", "tennessee"), ("texas", "texas"),
    ("utah", "utah"), ("vt", "vermont"), ("va", "virginia"), ("wash", "washington"),
    ("wva", "west virginia"), ("wis", "wisconsin"), ("wyo", "wyoming"),
    ("al", "alabama"), ("ak", "alaska"), ("az", "arizona"), ("ar", "arkansas"),
    ("ca", "california"), ("co", "colorado"), ("ct", "connecticut"), ("de", "delaware"),
    ("fl", "florida"), ("hi", "hawaii"), ("id", "idaho"), ("il", "illinois"), ("in", "indiana"),
    ("ia", "iowa"), ("ks", "kansas"), ("me", "maine"), ("mi", "michigan"), ("mn", "minnesota"),
    ("ms", "mississippi"), ("mt", "montana"), ("ne", "nebraska"), ("nv", "nevada"),
    ("oh", "ohio"), ("ok", "oklahoma"), ("or", "oregon"), ("tn", "tennessee"), ("tx", "texas"),
    ("ut", "utah"), ("wa", "washington"), ("wv", "west virginia"), ("wi", "wisconsin"),
    ("wy", "wyoming"), ("dc", "district of columbia"), ("pr", "puerto rico"),
];

/// Party tags' initials (`R-Texas`, `(D)`) and the party member noun each stands for.
pub(in super::super) const PARTY_INITIALS: &[(&str, &str)] =
    &[("d", "democrat"), ("r", "republican"), ("i", "independent")];

/// Person nouns: (masculine, feminine) forms, one word when it does not change.
#[rustfmt::skip]
const ROLES: &[(&str, &str)] = &[
    ("president", ""), ("criminologist", ""), ("notary", ""), ("secretary", ""), ("minister", ""), ("chancellor", ""), ("senator", ""),
    ("representative", ""), ("congressman", "congresswoman"), ("congressperson", ""),
    ("lawmaker", ""), ("legislator", ""), ("governor", ""), ("mayor", ""), ("speaker", ""),
    ("leader", ""), ("chair", ""), ("chairman", "chairwoman"), ("chairperson", ""),
    ("director", ""), ("chief", ""), ("head", ""), ("ceo", ""), ("cfo", ""), ("coo", ""),
    ("executive", ""), ("official", ""), ("officer", ""), ("spokesman", "spokeswoman"),
    ("spokesperson", ""), ("aide", ""), ("adviser", ""), ("advisor", ""), ("strategist", ""),
    ("analyst", ""), ("economist", ""), ("expert", ""), ("professor", ""), ("researcher", ""),
    ("scientist", ""), ("doctor", ""), ("physician", ""), ("lawyer", ""), ("attorney", ""),
    ("prosecutor", ""), ("judge", ""), ("justice", ""), ("counsel", ""), ("investigator", ""),
    ("detective", ""), ("agent", ""), ("sheriff", ""), ("commissioner", ""), ("general", ""),
    ("colonel", ""), ("commander", ""), ("captain", ""), ("coach", ""), ("player", ""),
    ("manager", ""), ("owner", ""), ("founder", ""), ("ambassador", ""), ("envoy", ""),
    ("diplomat", ""), ("negotiator", ""), ("candidate", ""), ("nominee", ""), ("challenger", ""),
    ("incumbent", ""), ("opponent", ""), ("rival", ""), ("ally", ""), ("supporter", ""),
    ("critic", ""), ("activist", ""), ("protester", ""), ("protestor", ""), ("demonstrator", ""),
    ("resident", ""), ("witness", ""), ("victim", ""), ("survivor", ""), ("parent", ""),
    ("father", "mother"), ("son", "daughter"), ("husband", "wife"), ("brother", "sister"),
    ("friend", ""), ("neighbor", ""), ("neighbour", ""), ("colleague", ""), ("student", ""),
    ("teacher", ""), ("worker", ""), ("employee", ""), ("firefighter", ""), ("pharmacist", ""),
    ("nurse", ""), ("farmer", ""), ("treasurer", ""), ("dissenter", ""), ("king", "queen"),
    ("prince", "princess"), ("pope", ""), ("cardinal", ""), ("bishop", ""), ("priest", ""),
    ("rabbi", ""), ("imam", ""), ("pastor", ""), ("monk", "nun"), ("emir", ""), ("sultan", ""),
    ("monarch", ""), ("dictator", ""), ("counterpart", ""), ("premier", ""), ("deputy", ""),
    ("delegate", ""), ("commissioner", ""), ("regulator", ""), ("auditor", ""), ("inspector", ""),
    ("trustee", ""), ("member", ""), ("staffer", ""), ("organizer", ""), ("organiser", ""),
    ("volunteer", ""), ("voter", ""), ("constituent", ""), ("citizen", ""), ("immigrant", ""),
    ("refugee", ""), ("migrant", ""), ("veteran", ""), ("soldier", ""), ("trooper", ""),
    ("patient", ""), ("customer", ""), ("client", ""), ("consumer", ""), ("shopper", ""),
    ("passenger", ""), ("driver", ""), ("pilot", ""), ("engineer", ""), ("architect", ""),
    ("developer", ""), ("builder", ""), ("homebuilder", ""), ("banker", ""), ("trader", ""),
    ("investor", ""), ("shareholder", ""), ("entrepreneur", ""), ("businessman", "businesswoman"),
    ("author", ""), ("writer", ""), ("historian", ""), ("journalist", ""), ("reporter", ""),
    ("editor", ""), ("columnist", ""), ("commentator", ""), ("anchor", ""), ("host", ""),
    ("actor", "actress"), ("singer", ""), ("artist", ""), ("musician", ""), ("athlete", ""),
    ("fan", ""), ("source", ""), ("person", ""), ("people", ""), ("man", "woman"), ("guy", ""),
    ("boy", "girl"), ("child", ""), ("children", ""), ("advocate", ""), ("campaigner", ""),
    ("lobbyist", ""), ("pollster", ""), ("consultant", ""), ("operative", ""), ("insider", ""),
    ("confidant", ""), ("associate", ""), ("partner", ""), ("successor", ""), ("predecessor", ""),
    ("winner", ""), ("loser", ""), ("champion", ""), ("veteran", ""),
    ("administrator", ""), ("superintendent", ""), ("principal", ""), ("dean", ""),
    ("provost", ""), ("chancellor", ""), ("clerk", ""), ("marshal", ""), ("ranger", ""),
    ("firefighter", ""), ("paramedic", ""), ("surgeon", ""), ("dentist", ""), ("psychologist", ""),
    ("psychiatrist", ""), ("epidemiologist", ""), ("virologist", ""), ("sociologist", ""),
    ("demographer", ""), ("geologist", ""), ("meteorologist", ""), ("forecaster", ""),
    ("retiree", ""), ("homeowner", ""), ("tenant", ""), ("landlord", ""), ("dad", "mom"),
    ("grandfather", "grandmother"), ("uncle", "aunt"), ("nephew", "niece"), ("cousin", ""),
    ("widower", "widow"), ("fiancé", "fiancée"), ("boyfriend", "girlfriend"),
    ("stepfather", "stepmother"), ("stepson", "stepdaughter"), ("grandson", "granddaughter"),
    ("father-in-law", "mother-in-law"), ("brother-in-law", "sister-in-law"),
    ("son-in-law", "daughter-in-law"), ("councilman", "councilwoman"), ("assemblyman", "assemblywoman"),
    ("alderman", "alderwoman"), ("selectman", "selectwoman"), ("councilor", ""),
    ("councillor", ""), ("trustee", ""), ("comptroller", ""), ("controller", ""),
    ("juror", ""), ("defendant", ""), ("plaintiff", ""), ("inmate", ""), ("prisoner", ""),
    ("detainee", ""), ("suspect", ""), ("medic", ""), ("caregiver", ""), ("evacuee", ""),
    ("striker", ""), ("picketer", ""), ("marcher", ""), ("mourner", ""), ("bystander", ""),
    ("onlooker", ""), ("attendee", ""), ("participant", ""), ("spectator", ""),
    ("commuter", ""), ("motorist", ""), ("rancher", ""), ("grower", ""),
    ("fisherman", "fisherwoman"), ("lineman", ""), ("electrician", ""), ("mechanic", ""),
    ("miner", ""), ("contractor", ""), ("educator", ""), ("pediatrician", ""),
    ("schoolteacher", ""), ("shopkeeper", ""),
    ("storekeeper", ""), ("policymaker", ""), ("plumber", ""), ("welder", ""), ("cashier", ""),
    ("waiter", "waitress"), ("bartender", ""), ("chef", ""), ("baker", ""), ("carpenter", ""),
    ("janitor", ""), ("custodian", ""), ("librarian", ""), ("counselor", ""),
    ("counsellor", ""), ("therapist", ""), ("caretaker", ""), ("nanny", ""), ("grocer", ""),
    ("merchant", ""), ("landowner", ""), ("homemaker", ""), ("technician", ""),
    ("scholar", ""), ("lecturer", ""), ("tutor", ""), ("referee", ""), ("goalkeeper", ""),
    ("midfielder", ""), ("defender", ""), ("quarterback", ""), ("lifeguard", ""),
    ("coroner", ""), ("mortician", ""), ("chaplain", ""), ("missionary", ""), ("mediator", ""),
    ("arbitrator", ""), ("planner", ""), ("accountant", ""), ("statistician", ""),
    ("programmer", ""), ("hacker", ""), ("whistleblower", ""), ("informant", ""),
    ("barber", ""), ("hairdresser", ""), ("cook", ""), ("butcher", ""), ("tailor", ""),
    ("guard", ""), ("bricklayer", ""), ("gardener", ""), ("dockworker", ""), ("longshoreman", ""),
    ("bookkeeper", ""), ("machinist", ""), ("supervisor", ""), ("coordinator", ""),
    ("dispatcher", ""), ("crewman", ""), ("sailor", ""), ("logger", ""), ("trucker", ""),
    ("courier", ""), ("postman", ""), ("mailman", ""), ("grandparent", ""),
    ("grandpa", "grandma"), ("toddler", ""), ("teenager", ""), ("teen", ""), ("pupil", ""),
    ("graduate", ""), ("pensioner", ""), ("jobseeker", ""), ("rider", ""), ("tourist", ""),
    ("visitor", ""), ("traveler", ""), ("traveller", ""), ("moderator", ""), ("panelist", ""),
    ("panellist", ""),
];

#[rustfmt::skip]
const RELATIONS: &[&str] = &[
    "friend", "friends", "ally", "allies", "aide", "aides", "adviser", "advisers", "advisor",
    "advisors", "lawyer", "lawyers", "attorney", "attorneys", "spokesman", "spokeswoman",
    "spokesperson", "associate", "associates", "confidant", "colleague", "colleagues",
    "supporter", "supporters", "critic", "critics", "wife", "husband", "son", "daughter",
    "father", "mother", "brother", "sister", "family", "camp", "team", "office", "staff",
    "campaign", "counsel", "representative", "representatives", "counterpart", "wives",
    "husbands", "sons", "daughters", "fathers", "mothers", "brothers", "sisters", "parents",
    "parent", "child", "children", "families", "cousin", "cousins", "uncle", "aunt", "nephew",
    "niece", "grandmother", "grandfather", "grandson", "granddaughter", "grandparents",
    "grandchildren", "stepfather", "stepmother", "stepson", "stepdaughter", "father-in-law",
    "mother-in-law", "brother-in-law", "sister-in-law", "son-in-law", "daughter-in-law", "widow",
    "widower", "fiancé", "fiancée", "fiance", "fiancee", "girlfriend", "boyfriend", "partner",
    "mom", "dad", "relatives", "relative", "heir", "heirs",
];

/// Kinship nouns, singular (their roles carry the gender).
#[rustfmt::skip]
const KIN: &[&str] = &[
    "wife", "husband", "widow", "widower", "son", "daughter", "father", "mother", "brother",
    "sister", "cousin", "uncle", "aunt", "nephew", "niece", "grandmother", "grandfather",
    "grandson", "granddaughter", "stepfather", "stepmother", "stepson", "stepdaughter", "fiancé",
    "fiancée", "girlfriend", "boyfriend", "mom", "dad",
];

#[rustfmt::skip]
const ORGS: &[&str] = &[
    "party", "union", "commission", "committee", "council", "court", "department", "ministry",
    "agency", "office", "institute", "association", "federation", "alliance", "company",
    "corporation", "bank", "group", "board", "administration", "government", "police", "army",
    "navy", "team", "campaign", "coalition", "foundation", "organization", "organisation",
    "center", "centre", "service", "bureau", "authority", "house", "senate", "congress",
    "parliament", "assembly", "legislature", "cabinet", "caucus", "majority", "minority",
    "firm", "bureau", "network", "channel", "newspaper", "paper", "magazine", "station",
    "university", "college", "school", "hospital", "clinic", "lab", "laboratory", "museum",
    "club", "league", "conference", "network", "reserve", "fed", "pentagon", "kremlin",
    "prosecutors", "regulators", "officials", "authorities", "administration", "white",
    "chamber", "council", "tribunal", "panel", "subcommittee", "directorate", "secretariat",
    "mission", "embassy", "consulate", "delegation", "force", "guard", "corps", "command",
    "capital", "partners", "holdings", "inc", "corp", "llc", "ltd", "co", "plc", "group",
    "trust", "fund", "exchange", "market", "institution", "nonprofit", "charity", "society",
    "brotherhood", "movement", "front", "caucus", "bloc", "watchdog", "regulator", "agency",
    "fbi", "cia", "nsa", "doj", "epa", "irs", "nasa", "nato", "imf", "wto", "retailer",
    "automaker", "airline", "insurer", "carrier", "manufacturer", "lender", "body",
    "utility", "startup", "conglomerate", "supplier", "distributor", "drugmaker", "guild",
    "cooperative", "consortium", "syndicate", "chain", "system", "confederation",
];

/// Texts their author issues (a subset of `TEXTS`).
#[rustfmt::skip]
const ANNOUNCEMENTS: &[&str] = &[
    "statement", "release", "declaration", "letter", "note", "message", "email", "mail", "post",
    "tweet", "text", "memo", "communiqué", "communique", "lawsuit", "complaint", "petition",
];

#[rustfmt::skip]
const TEXTS: &[&str] = &[
    "statement", "report", "letter", "memo", "memorandum", "document", "filing", "complaint",
    "indictment", "lawsuit", "suit", "motion", "brief", "ruling", "opinion", "decision", "order",
    "study", "survey", "poll", "analysis", "review", "audit", "note", "email", "message", "post",
    "tweet", "text", "release", "announcement", "notice", "advisory", "bulletin", "proposal",
    "plan", "bill", "resolution", "petition", "op-ed", "editorial", "column", "article", "book",
    "memoir", "essay", "blog", "video", "recording", "transcript", "testimony", "affidavit",
    "declaration", "manifesto", "platform", "pamphlet", "flyer", "sign", "placard", "banner",
    "communiqué", "communique", "readout", "summary", "speech", "interview", "podcast",
];

#[rustfmt::skip]
const SPEECH: &[&str] = &[
    "words", "remarks", "comments", "statements", "testimony", "speech", "address", "chants",
    "chant", "cries", "slogan", "slogans", "phrase", "quote", "quotes", "version", "account",
    "response", "reply", "answer",
];

#[rustfmt::skip]
const QUANTITIES: &[&str] = &[
    "hundreds", "thousands", "dozens", "scores", "millions", "majority", "minority", "number",
    "group", "handful", "crowd", "couple", "pair", "trio", "half", "third", "quarter", "rest",
    "all", "most", "many", "some", "several", "few", "none", "each", "both", "one", "two",
    "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozen", "hundred",
    "thousand", "million", "others", "either", "neither", "any",
];

#[rustfmt::skip]
const PUBLISH: &[&str] = &[
    "published", "publishes", "released", "releases", "issued", "issues", "signed", "signs",
    "sent", "sends", "wrote", "writes", "filed", "files", "posted", "posts", "drafted",
    "circulated", "distributed", "submitted", "unsealed", "obtained", "reviewed", "read",
];

#[rustfmt::skip]
const FUNCTION_WORDS: &[&str] = &[
    "because", "since", "although", "though", "once", "not", "no", "yes", "now", "thus", "what",
    "who", "why", "how", "where", "which", "whose", "whom", "the", "a", "an", "he", "she", "it",
    "they", "we", "you", "i", "but", "and", "or", "so", "for", "in", "on", "at", "to", "of",
    "from", "by", "with", "without", "after", "before", "according", "as", "if", "when",
    "while", "his", "her", "their", "its", "our", "my", "your", "this", "that", "these",
    "those", "there", "here", "yet", "also", "then", "still", "however", "meanwhile", "even",
    "only", "just", "other", "others", "another", "some", "many", "most", "all", "both",
    "each", "every", "any", "none", "one", "two", "three", "such", "than", "then", "about",
    "over", "under", "into", "during", "until", "unless", "whether", "nor", "instead",
    "despite", "asked", "outside", "inside", "last", "next", "first", "second", "few",
    "several", "among", "between", "like", "amid", "earlier", "later", "today", "yesterday",
    "tomorrow", "tonight", "has", "had", "have", "is", "are", "was", "were", "will", "would",
    "can", "could", "should", "may", "might", "must", "did", "does", "do", "him", "them", "me",
    "us", "mine", "ours", "theirs", "hers", "himself", "herself", "themselves", "itself",
];

/// Common nouns of places and sites, whose name is a place.
#[rustfmt::skip]
const PLACE_NOUNS: &[&str] = &[
    "town", "village", "city", "temple", "site", "ruins", "street", "avenue", "square",
    "neighborhood", "neighbourhood", "prison", "province", "region", "county", "district",
    "island", "valley", "mountain", "castle", "cathedral", "church", "mosque", "stadium",
    "airport", "station", "factory", "bridge", "lake", "river",
    "forest", "park", "suburb",
];

#[rustfmt::skip]
const NOT_PERSON: &[&str] = &[
    "house", "white", "north", "south", "east", "west", "korea", "united", "states", "kingdom",
    "court", "supreme", "street", "avenue", "road", "university", "party", "council", "ministry",
    "department", "republic", "new", "york", "los", "angeles", "san", "news", "times", "post",
    "journal", "company", "inc", "corp", "group", "association", "federation", "commission",
    "committee", "congress", "parliament", "senate", "army", "navy", "church", "god", "lord",
    "christ", "jesus", "bank", "reserve", "federal", "national", "international", "american",
    "capitol", "hill", "district", "county", "city", "state", "department", "office", "agency",
    "board", "center", "centre", "institute", "foundation", "alliance", "union", "fund",
    "capital", "partners", "holdings", "street", "square", "park", "hall", "tower", "bridge",
    "river", "lake", "mountain", "island", "islands", "bay", "coast", "valley", "county",
    "administration", "service", "services", "security", "defense", "defence", "justice",
    "treasury", "labor", "labour", "energy", "health", "education", "commerce", "interior",
    "homeland", "affairs", "ethics", "finance", "financial", "budget", "appropriations",
    "judiciary", "intelligence", "armed", "forces", "banking", "housing", "rules", "means",
    "ways", "oversight", "act", "bill", "law", "amendment", "constitution", "treaty", "accord",
    "summit", "conference", "convention", "olympics", "games", "cup", "championship", "league",
    "series", "award", "awards", "prize", "festival", "week", "day", "month", "year", "fed",
    "market", "exchange", "index", "dow", "nasdaq", "stock", "stocks", "election", "elections",
    "campaign", "democratic", "republican", "democrats", "republicans", "gop", "caucus",
    "council", "council", "police", "fire", "school", "college", "academy", "hospital",
    "medical", "museum", "gallery", "theater", "theatre", "stadium", "arena", "airport",
    "station", "harbor", "harbour", "port", "point", "heights", "springs", "falls", "beach",
    "global", "world", "worldwide", "general", "chief", "mission", "project", "program",
    "programme", "initiative", "network", "channel", "radio", "television", "magazine",
];

#[rustfmt::skip]
const PARTICLES: &[&str] = &[
    "de", "da", "di", "du", "del", "della", "van", "von", "der", "den", "ter", "bin", "ben",
    "al", "el", "ibn", "abu", "le", "la", "st", "mac", "mc", "dos", "das", "y",
];

pub(super) fn fill(b: &mut Builder) {
    let en = Langs::En;
    // A state's one-word name is a place, no person: "she" after "a rally in Ohio" is not Ohio.
    for (_, state) in US_STATES {
        if !state.contains(' ') {
            b.add(en, &[state], Class::PLACE);
        }
    }
    for v in SAY_REGULAR {
        english_regular(b, v, Class::SAY);
    }
    for (words, form) in SAY_IRREGULAR {
        b.add(en, words, Class::SAY | form);
    }
    for v in [
        "call",
        "describe",
        "label",
        "dub+",
        "brand",
        "term",
        "characterize",
        "characterise",
        "nickname",
    ] {
        english_regular(b, v, Class::NAMING);
    }
    b.remove(en, PHRASAL_ONLY, Class::SAY);
    b.add(en, PHRASAL_ONLY, Class::VERB | Class::FINITE);
    b.remove(en, NOT_SAYING, Class::SAY);
    // Phrasal verbs of saying: "pushed back", "pointed out", "fired back", "weighed in".
    b.add(
        en,
        &[
            "push", "pushed", "pushes", "point", "pointed", "points", "fire", "fired", "fires",
            "shoot", "shot", "shoots", "hit", "hits", "weigh", "weighed", "weighs", "chime",
            "chimed", "chimes", "lash", "lashed", "lashes", "speak", "spoke", "speaks", "sound",
            "sounded", "went", "goes", "go", "spell", "spelled", "spelt", "lay", "laid", "open",
            "opened",
        ],
        Class::PHRASAL_VERB,
    );
    b.add(en, &["back", "out", "in", "on", "off"], Class::PHRASAL);
    b.add(en, &["quoted"], Class::QUOTED);
    b.add(en, &["interviewed", "questioned"], Class::ASKED);
    b.add(
        en,
        &[
            "new",
            "brief",
            "short",
            "long",
            "first",
            "second",
            "recent",
            "separate",
            "earlier",
            "latest",
            "previous",
            "joint",
            "written",
            "lengthy",
            "preliminary",
            "annual",
            "internal",
            "draft",
            "confidential",
            "scathing",
            "blistering",
            "local",
            "senior",
            "foreign",
            "regional",
            "angry",
        ],
        Class::PRENOMINAL,
    );
    b.add(
        en,
        &[
            "familiar",
            "close",
            "closest",
            "loyal",
            "opposed",
            "linked",
            "connected",
            "involved",
            "briefed",
            "knowledgeable",
            "responsible",
            "aligned",
            "allied",
            "sympathetic",
            "hostile",
            "friendly",
            "critical",
            "near",
        ],
        Class::ADJ_COMPLEMENT,
    );
    b.add(en, AUX, Class::AUX);
    b.add(en, VERBS, Class::VERB);
    b.add(
        en,
        &["the", "this", "that", "these", "those"],
        Class::DET | Class::DEFINITE,
    );
    b.add(en, &["these", "those"], Class::PLURAL);
    b.add(
        en,
        &[
            "a", "an", "one", "another", "some", "any", "each", "every", "no",
        ],
        Class::DET | Class::INDEFINITE,
    );
    b.add(
        en,
        &[
            "several", "many", "two", "three", "four", "five", "few", "numerous", "various",
            "other", "most", "all", "both",
        ],
        Class::DET | Class::INDEFINITE | Class::PLURAL,
    );
    b.add(
        en,
        &["his", "her", "their", "its", "our", "my", "your"],
        Class::DET | Class::DEFINITE | Class::POSSESSIVE,
    );
    b.add(en, &["his"], Class::MASC);
    b.add(en, &["her"], Class::FEM);
    b.add(en, &["their", "our"], Class::PLURAL);
    b.add(en, &["he"], Class::PRONOUN | Class::MASC);
    b.add(en, &["she"], Class::PRONOUN | Class::FEM);
    b.add(en, &["they"], Class::PRONOUN | Class::PLURAL);
    b.add(en, &["it"], Class::PRONOUN);
    b.add(
        en,
        &[
            "i",
            "me",
            "my",
            "mine",
            "myself",
            "we",
            "us",
            "our",
            "ours",
            "ourselves",
        ],
        Class::FIRST_PERSON,
    );
    b.add(
        en,
        &[
            "him",
            "her",
            "them",
            "it",
            "himself",
            "herself",
            "themselves",
        ],
        Class::CLITIC,
    );
    b.add(en, &["not", "never", "t", "no"], Class::NEG);
    b.add(
        en,
        // "what" as a free relative: "what one lawyer called « a circus »".
        &["who", "whom", "whose", "which", "that", "where", "what"],
        Class::REL,
    );
    b.add(en, PREPOSITIONS, Class::PREP);
    b.add(en, &["of"], Class::COMPL);
    b.add(
        en,
        &["and", "or", "but", "nor", "yet", "so", "then", "plus"],
        Class::CONJ,
    );
    b.add(
        en,
        &[
            "if", "when", "while", "because", "although", "though", "since", "once", "unless",
            "whether", "whereas", "as", "after", "before", "until",
        ],
        Class::SUBORD,
    );
    b.add(en, ADVERBS, Class::ADV);
    b.add(
        en,
        &[
            "very",
            "highly",
            "deeply",
            "particularly",
            "extremely",
            "closely",
            "so",
            "too",
        ],
        Class::INTENSIFIER,
    );
    b.add(en, TIME, Class::TIME);
    b.add(en, TITLES, Class::TITLE);
    for (title, _) in TITLE_ROLES {
        b.add(en, &[title], Class::ROLE);
    }
    b.add(en, &["mrs", "ms", "miss", "dame", "lady"], Class::FEM);
    b.add(en, &["mr", "sir", "lord", "fr"], Class::MASC);
    for (m, f) in ROLES {
        if f.is_empty() {
            b.nouns(en, &[m], Class::ROLE);
        } else {
            b.nouns(en, &[m], Class::ROLE | Class::MASC);
            b.nouns(en, &[f], Class::ROLE | Class::FEM);
        }
    }
    b.add(en, &["people", "children", "men", "women"], Class::PLURAL);
    b.add(en, RELATIONS, Class::RELATION);
    b.add(en, KIN, Class::KIN);
    b.nouns(en, ORGS, Class::ORG);
    b.nouns(en, TEXTS, Class::TEXT);
    b.nouns(en, ANNOUNCEMENTS, Class::ANNOUNCEMENT);
    b.add(en, SPEECH, Class::SPEECH);
    b.add(en, QUANTITIES, Class::QUANT);
    b.add(en, &["according"], Class::INTRO);
    b.add(en, PUBLISH, Class::PUBLISH);
    b.add(en, &["latter", "former"], Class::LATTER);
    b.add(en, PARTICLES, Class::PARTICLE);
    b.add(en, FUNCTION_WORDS, Class::FUNCTION);
    b.add(en, NOT_PERSON, Class::NOT_PERSON);
    b.add(en, PLACE_NOUNS, Class::PLACE_NOUN);
    b.add(
        en,
        &[
            "reporters",
            "journalists",
            "press",
            "media",
            "newsmen",
            "audience",
            "crowd",
            "supporters",
            "lawmakers",
            "senators",
            "viewers",
            "listeners",
            "cameras",
            "interviewer",
            "interviewers",
        ],
        Class::AUDIENCE,
    );
    b.add(
        en,
        &["himself", "herself", "itself", "themselves"],
        Class::SELF,
    );
    b.add(en, &["other", "another", "others"], Class::OTHER);
    b.nouns(
        en,
        &[
            "democrat",
            "republican",
            "independent",
            "liberal",
            "conservative",
            "progressive",
            "libertarian",
            "socialist",
            "communist",
            "tory",
            "labourite",
            "moderate",
            "centrist",
            "populist",
            "nationalist",
            "separatist",
            "rebel",
            "insurgent",
            "dissident",
            "loyalist",
            "unionist",
        ],
        Class::MEMBER | Class::ROLE,
    );
    b.add(en, &["you", "yourself", "yourselves"], Class::ADDRESSEE);
}
