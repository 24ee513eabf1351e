//! Names: common first names of French and English news with their gender (to make pronouns
//! agree), and countries with their adjectives, capitals and seats of power (nationalities of
//! persons, places that speak for a government).

use super::{Builder, Class, Langs};

#[rustfmt::skip]
const MALE: &[&str] = &[
    // French
    "jean", "pierre", "michel", "andré", "philippe", "rené", "louis", "alain", "jacques",
    "bernard", "marcel", "daniel", "roger", "robert", "paul", "claude", "christian", "henri",
    "georges", "nicolas", "françois", "patrick", "gérard", "christophe", "joseph", "julien",
    "maurice", "laurent", "frédéric", "éric", "eric", "david", "stéphane", "pascal", "sébastien",
    "alexandre", "thierry", "olivier", "thomas", "antoine", "raymond", "guy", "dominique",
    "didier", "vincent", "jérôme", "bruno", "serge", "marc", "yves", "franck", "fabrice",
    "gilles", "romain", "mathieu", "matthieu", "benoît", "benoit", "arnaud", "maxime", "hervé",
    "emmanuel", "xavier", "guillaume", "cédric", "lucas", "hugo", "léo", "gabriel", "raphaël",
    "arthur", "jules", "adam", "nathan", "ethan", "noah", "mohamed", "mohammed", "ahmed", "ali",
    "karim", "rachid", "mehdi", "yannick", "jean-marc", "jean-luc", "jean-pierre", "jean-claude",
    "jean-louis", "jean-paul", "jean-françois", "jean-michel", "jean-yves", "jean-jacques",
    "manuel", "édouard", "edouard", "lionel", "gilbert", "hubert",
    "gaston", "fernand", "lucien", "émile", "emile", "victor", "hector", "félix", "baptiste",
    "bertrand", "grégoire", "gregory", "grégory", "jérémy", "jeremy", "kevin", "kévin", "ludovic",
    "sylvain", "florian", "quentin", "valentin", "damien", "adrien", "aurélien", "benjamin",
    "clément", "loïc", "marius", "régis", "rémi", "rémy", "sacha", "tristan", "yann", "zinedine",
    "noël", "gaspard", "octave", "anatole", "hippolyte", "jordan", "anthony",
    "carlos", "juan", "josé", "luis", "miguel", "pedro",
    "antonio", "giuseppe", "giovanni", "marco", "luca", "matteo", "franco", "silvio", "mario",
    "hans", "karl", "klaus", "wolfgang", "helmut", "gerhard", "olaf", "friedrich", "heinrich",
    "vladimir", "dmitri", "dmitry", "sergueï", "sergei", "sergey", "igor", "ivan", "alexeï",
    "alexei", "mikhaïl", "mikhail", "boris", "viktor", "volodymyr", "xi", "hu", "wen", "li",
    "kim", "moon", "shinzo", "fumio", "narendra", "recep", "benjamin", "ehud", "ariel", "yitzhak",
    "mahmoud", "yasser", "bachar", "bashar", "hassan", "hosni", "abdel", "abdelaziz", "omar",
    "nelson", "kofi", "barack", "george", "georges", "bill", "donald", "joe", "ronald",
    "jimmy", "gerald", "richard", "lyndon", "dwight", "harry", "franklin", "theodore", "abraham",
    // English
    "james", "john", "william", "charles", "michael", "joseph", "mark", "steven", "stephen",
    "kevin", "brian", "edward", "ronald", "anthony", "timothy", "jason", "jeffrey", "ryan",
    "jacob", "gary", "nicholas", "eric", "jonathan", "larry", "justin", "scott", "brandon", "lance",
    "frank", "raymond", "gregory", "samuel", "patrick", "alexander", "jack", "dennis", "jerry",
    "tyler", "aaron", "henry", "douglas", "peter", "adam", "zachary", "walter", "kyle", "harold",
    "carl", "arthur", "lawrence", "roger", "albert", "joe", "juan", "willie", "wayne", "ralph",
    "roy", "eugene", "randy", "vincent", "russell", "louis", "bobby", "philip", "johnny",
    "howard", "fred", "ted", "tom", "tim", "mike", "matt", "matthew", "andrew", "andy", "chris",
    "christopher", "dan", "danny", "dave", "steve", "rick", "ricky", "rich", "bob", "jim",
    "jimmy", "ben", "sam", "nick", "tony", "greg", "jeff", "josh", "joshua", "jon", "kenneth",
    "ken", "keith", "kent", "kurt", "lee", "leon", "marcus", "martin", "mitch", "mitchell",
    "nathan", "neil", "noah", "oliver", "oscar", "owen", "paul", "ray", "rob", "robert", "ross",
    "sean", "seth", "shane", "spencer", "stanley", "stuart", "theo", "todd", "travis", "trevor",
    "troy", "victor", "wade", "warren", "wesley", "chuck", "hakeem", "rand", "mitt", "newt",
    "lindsey", "marco", "ted", "mike", "rudy", "rahm", "pete", "beto", "cory", "bernie", "chad",
    "brett", "brent", "dale", "dean", "derek", "don", "earl", "elliot", "elliott", "ernest",
    "floyd", "glenn", "gordon", "grant", "hank", "herbert", "ian", "isaac", "jesse", "joel",
    "jordan", "julian", "kirk", "lloyd", "lyle", "malcolm", "mason", "max", "miles", "morgan",
    "nate", "norman", "perry", "phil", "quinn", "reid", "rex", "roland", "rod", "rodney",
    "ron", "russ", "simon", "sidney", "tucker", "vernon", "wallace", "wendell", "wyatt",
    "jamal", "darnell", "tyrone", "deshawn", "andre", "darius", "malik", "xavier", "samuel",
    "tunde",
];

#[rustfmt::skip]
const FEMALE: &[&str] = &[
    // French
    "marie", "jeanne", "françoise", "monique", "catherine", "nathalie", "isabelle", "jacqueline",
    "anne", "sylvie", "martine", "christine", "nicole", "sophie", "valérie", "sandrine",
    "stéphanie", "céline", "véronique", "chantal", "christiane", "brigitte", "patricia",
    "michèle", "michelle", "hélène", "julie", "laurence", "aurélie", "caroline", "émilie",
    "emilie", "camille", "claire", "claudine", "danielle", "denise", "dominique-marie",
    "élisabeth", "elisabeth", "élise", "émilie", "florence", "geneviève", "ginette", "irène",
    "josiane", "juliette", "karine", "laetitia", "léa", "louise", "lucie", "madeleine",
    "manon", "marguerite", "marion", "mathilde", "mireille", "muriel", "nadine", "noémie",
    "odile", "pascale", "pauline", "rachida", "renée", "sabine", "simone", "solange",
    "suzanne", "sylviane", "thérèse", "virginie", "yvette", "yvonne", "zoé", "agnès", "alice",
    "amélie", "anaïs", "anne-marie", "arlette", "audrey", "béatrice", "bernadette", "carole",
    "cécile", "charlotte", "chloé", "colette", "corinne", "delphine", "édith", "edith",
    "éliane", "emma", "estelle", "eva", "évelyne", "fabienne", "fanny", "gisèle", "inès",
    "jade", "jessica", "josette", "lina", "lisa", "lola", "marine", "marina", "marisol",
    "maryse", "mélanie", "morgane", "najat", "nadia", "fatima", "fatiha", "leïla", "leila",
    "ségolène", "roselyne", "rachel", "ruth", "sarah", "sara", "frédérique",
    "hortense", "agathe", "clémence", "constance", "diane", "éléonore", "gabrielle",
    "héloïse", "ingrid", "laure", "margaux", "maud", "nina", "océane", "rose", "véra", "vera",
    "angela", "ursula", "carla", "theresa", "hillary", "condoleezza", "nancy", "golda",
    "indira", "benazir", "aung", "cristina", "dilma", "michelle", "melania", "jill", "kamala",
    "giorgia", "jacinda", "sanna", "mette", "liz", "kemi", "yulia", "svetlana", "natalia",
    "tatiana", "olga", "irina", "elena", "maria", "ana", "lucia", "carmen", "isabel", "pilar",
    "teresa", "giulia", "francesca", "chiara", "ingrid", "astrid",
    // English
    "mary", "patricia", "jennifer", "linda", "elizabeth", "barbara", "susan", "jessica",
    "karen", "nancy", "lisa", "betty", "margaret", "sandra", "ashley", "kimberly", "emily",
    "donna", "michelle", "dorothy", "carol", "amanda", "melissa", "deborah", "stephanie",
    "rebecca", "sharon", "laura", "cynthia", "kathleen", "amy", "angela", "shirley", "anna",
    "brenda", "pamela", "emma", "nicole", "helen", "samantha", "katherine", "christine",
    "debra", "rachel", "carolyn", "janet", "catherine", "heather", "diane", "ruth", "julie",
    "olivia", "joyce", "virginia", "victoria", "kelly", "lauren", "christina", "joan",
    "evelyn", "judith", "megan", "andrea", "cheryl", "hannah", "jacqueline", "martha",
    "gloria", "teresa", "ann", "sara", "madison", "frances", "kathryn", "janice", "jean",
    "abigail", "alice", "judy", "sophia", "grace", "denise", "amber", "doris", "marilyn",
    "danielle", "beverly", "isabella", "theresa", "diana", "natalie", "brittany", "charlotte",
    "marie", "kayla", "alexis", "lori", "dana", "gretchen", "maxine", "kirsten",
    "tammy", "elise", "elaine", "ellen", "erin", "gina", "jane", "janice", "jill", "joanne",
    "katie", "kate", "kathy", "kristen", "kristin", "leslie", "liz", "lorraine", "lucy",
    "lynn", "marcia", "mia", "molly", "monica", "nora", "paula", "peggy", "penny", "rita",
    "rosa", "roxanne", "sally", "sue", "suzanne", "tara", "tina", "tracy", "valerie", "vanessa",
    "wendy", "yvonne", "zoe", "ayanna", "ilhan", "rashida", "alexandria", "tulsi", "stacey",
    "kyrsten", "tammy", "mazie", "tina", "marsha", "joni", "cindy", "shelley", "lisa", "nikki",
    "sarah", "kristi", "gwen", "janet", "loretta", "maxine", "nydia", "val", "debbie",
    "camille", "maria", "rosalind", "harriet", "eleanor", "abby", "becky", "beth",
    "carrie", "chelsea", "claudia", "colleen", "courtney", "crystal", "dolores", "ella",
    "erica", "esther", "faith", "gail", "hope", "irene", "iris", "jenna", "jo", "joy",
    "june", "kara", "kay", "lena", "lily", "linda", "mallory", "margo", "maya", "naomi",
    "paige", "pearl", "rhonda", "robin", "shannon", "sheila", "sonia", "stella", "sylvia",
    "tanya", "vera", "vicki", "whitney", "yolanda",
];

/// Countries: an id, then every word that points to it (adjectives in all genders and numbers,
/// nouns for its people, its names, its capital, its seats of power).
#[rustfmt::skip]
const NATIONS: &[(u16, &[&str])] = &[
    (1, &["russe", "russes", "russie", "russia", "russian", "russians", "moscou", "moscow", "kremlin"]),
    (2, &["pyongyang"]),
    (3, &["séoul", "seoul"]),
    (4, &["coréen", "coréenne", "coréens", "coréennes", "corée", "korea", "korean", "koreans"]),
    (5, &["américain", "américaine", "américains", "américaines", "amérique", "american", "americans", "america", "washington", "unis", "usa"]),
    (6, &["chinois", "chinoise", "chinoises", "chine", "china", "chinese", "pékin", "beijing"]),
    (7, &["français", "française", "françaises", "france", "french", "paris", "élysée", "elysée", "elysee", "matignon"]),
    (8, &["japonais", "japonaise", "japon", "japan", "japanese", "tokyo"]),
    (9, &["britannique", "britanniques", "british", "britain", "londres", "london", "anglais", "anglaise", "english", "downing", "royaume-uni", "uk"]),
    (10, &["allemand", "allemande", "allemands", "allemandes", "allemagne", "germany", "german", "germans", "berlin"]),
    (11, &["ukrainien", "ukrainienne", "ukrainiens", "ukraine", "ukrainian", "ukrainians", "kiev", "kyiv", "kiyv"]),
    (12, &["italien", "italienne", "italiens", "italie", "italy", "italian", "italians", "rome"]),
    (13, &["espagnol", "espagnole", "espagnols", "espagne", "spain", "spanish", "spaniard", "madrid"]),
    (14, &["iranien", "iranienne", "iraniens", "iran", "iranian", "iranians", "téhéran", "tehran"]),
    (15, &["israélien", "israélienne", "israéliens", "israël", "israel", "israeli", "israelis", "jérusalem", "jerusalem"]),
    (16, &["turc", "turque", "turcs", "turquie", "turkey", "turkish", "ankara"]),
    (17, &["canadien", "canadienne", "canadiens", "canada", "canadian", "canadians", "ottawa"]),
    (18, &["indien", "indienne", "indiens", "inde", "india", "indian", "indians", "delhi"]),
    (19, &["belge", "belges", "belgique", "belgium", "belgian", "belgians", "bruxelles", "brussels"]),
    (20, &["syrien", "syrienne", "syriens", "syrie", "syria", "syrian", "syrians", "damas", "damascus"]),
    (21, &["tibétain", "tibétaine", "tibétains", "tibet", "tibetan", "tibetans", "lhassa", "lhasa"]),
    (22, &["suisse", "suisses", "switzerland", "swiss", "berne", "bern", "genève", "geneva"]),
    (23, &["néerlandais", "néerlandaise", "pays-bas", "netherlands", "dutch", "amsterdam", "hague"]),
    (24, &["portugais", "portugaise", "portugal", "portuguese", "lisbonne", "lisbon"]),
    (25, &["grec", "grecque", "grecs", "grèce", "greece", "greek", "greeks", "athènes", "athens"]),
    (26, &["polonais", "polonaise", "pologne", "poland", "polish", "varsovie", "warsaw"]),
    (27, &["suédois", "suédoise", "suède", "sweden", "swedish", "stockholm"]),
    (28, &["norvégien", "norvégienne", "norvège", "norway", "norwegian", "oslo"]),
    (29, &["danois", "danoise", "danemark", "denmark", "danish", "copenhague", "copenhagen"]),
    (30, &["autrichien", "autrichienne", "autriche", "austria", "austrian", "vienne", "vienna"]),
    (31, &["mexicain", "mexicaine", "mexique", "mexico", "mexican", "mexicans"]),
    (32, &["brésilien", "brésilienne", "brésil", "brazil", "brazilian", "brasilia"]),
    (33, &["argentin", "argentine", "argentins", "argentina", "argentinian"]),
    (34, &["égyptien", "égyptienne", "égypte", "egypt", "egyptian", "caire", "cairo"]),
    (35, &["saoudien", "saoudienne", "saoudite", "saudi", "saudis", "riyad", "riyadh"]),
    (36, &["irakien", "irakienne", "irak", "iraq", "iraqi", "iraqis", "bagdad", "baghdad"]),
    (37, &["afghan", "afghane", "afghans", "afghanistan", "kaboul", "kabul"]),
    (38, &["pakistanais", "pakistanaise", "pakistan", "pakistani", "islamabad"]),
    (39, &["palestinien", "palestinienne", "palestiniens", "palestine", "palestinian", "palestinians", "gaza", "ramallah"]),
    (40, &["libanais", "libanaise", "liban", "lebanon", "lebanese", "beyrouth", "beirut"]),
    (41, &["algérien", "algérienne", "algérie", "algeria", "algerian", "alger", "algiers"]),
    (42, &["marocain", "marocaine", "maroc", "morocco", "moroccan", "rabat"]),
    (43, &["tunisien", "tunisienne", "tunisie", "tunisia", "tunisian", "tunis"]),
    (44, &["népalais", "népalaise", "népal", "nepal", "nepalese", "katmandou", "kathmandu"]),
    (45, &["vietnamien", "vietnamienne", "vietnam", "vietnamese", "hanoï", "hanoi"]),
    (46, &["australien", "australienne", "australie", "australia", "australian", "canberra"]),
    (47, &["irlandais", "irlandaise", "irlande", "ireland", "irish", "dublin"]),
    (48, &["cubain", "cubaine", "cuba", "cuban", "havane", "havana"]),
    (49, &["vénézuélien", "vénézuélienne", "venezuela", "venezuelan", "caracas"]),
    (50, &["européen", "européenne", "européens", "europe", "european", "europeans", "bruxelles"]),
    (51, &["africain", "africaine", "africains", "afrique", "africa", "african", "africans"]),
    (52, &["taïwanais", "taïwan", "taiwan", "taiwanese", "taipei"]),
    (53, &["nigérian", "nigériane", "nigeria", "nigerian", "abuja"]),
    (54, &["sud-africain", "sud-africaine", "sud-africains"]),
    (55, &["qatari", "qatarie", "qatar", "doha"]),
    (56, &["émirati", "émiratie", "emirati", "émirats", "emirates", "dubaï", "dubai"]),
    (57, &["hongrois", "hongroise", "hongrie", "hungary", "hungarian", "budapest"]),
    (58, &["roumain", "roumaine", "roumanie", "romania", "romanian", "bucarest", "bucharest"]),
    (59, &["serbe", "serbes", "serbie", "serbia", "serbian", "belgrade"]),
    (60, &["luxembourgeois", "luxembourgeoise", "luxembourg"]),
];

/// Korea without saying which agrees with either Korea.
pub(super) fn same_country(a: u16, b: u16) -> bool {
    const KOREA: u16 = 4;
    const NORTH: u16 = 2;
    const SOUTH: u16 = 3;
    (a == KOREA && (b == NORTH || b == SOUTH)) || (b == KOREA && (a == NORTH || a == SOUTH))
}

/// Capitals and seats of power (capitalised in a text, they may speak for a government:
/// "Moscou a dénoncé", "Washington said").
#[rustfmt::skip]
const SEATS: &[&str] = &[
    "moscou", "moscow", "kremlin", "pyongyang", "séoul", "seoul", "washington", "pékin",
    "beijing", "paris", "élysée", "elysée", "elysee", "matignon", "tokyo", "londres", "london",
    "downing", "berlin", "kiev", "kyiv", "rome", "madrid", "téhéran", "tehran", "jérusalem",
    "jerusalem", "ankara", "ottawa", "delhi", "bruxelles", "brussels", "damas", "damascus",
    "berne", "bern", "lisbonne", "lisbon", "athènes", "athens", "varsovie", "warsaw",
    "stockholm", "oslo", "copenhague", "copenhagen", "vienne", "vienna", "brasilia", "caire",
    "cairo", "riyad", "riyadh", "bagdad", "baghdad", "kaboul", "kabul", "islamabad",
    "beyrouth", "beirut", "alger", "algiers", "rabat", "tunis", "hanoï", "hanoi", "canberra",
    "dublin", "havane", "havana", "caracas", "taipei", "abuja", "doha", "budapest", "bucarest",
    "bucharest", "belgrade", "pentagone", "pentagon",
];

pub(super) fn fill(b: &mut Builder) {
    b.add(Langs::Both, MALE, Class::MALE_NAME);
    b.add(Langs::Both, FEMALE, Class::FEMALE_NAME);
    for (id, words) in NATIONS {
        b.set_nation(words, *id, Class::NATIONALITY);
    }
    b.add(Langs::Both, SEATS, Class::PLACE);
    // Country names are places too.
    for (_, words) in NATIONS {
        for w in *words {
            let first = w.chars().next().unwrap_or('a');
            // Adjectives end in the usual suffixes; names and capitals are what remain.
            let adjective = [
                "ais", "aise", "ain", "aine", "ains", "ien", "ienne", "iens", "ois", "oise", "an",
                "ans", "ish", "ese", "ean", "eans", "i", "is", "e", "es", "que", "cs",
            ]
            .iter()
            .any(|s| w.ends_with(s));
            if !adjective && first.is_alphabetic() {
                b.add(Langs::Both, &[w], Class::PLACE);
            }
        }
    }
    b.add(
        Langs::Both,
        &[
            "france",
            "chine",
            "russie",
            "corée",
            "amérique",
            "europe",
            "afrique",
            "belgique",
            "suisse",
            "inde",
            "turquie",
            "syrie",
            "israël",
            "italie",
            "espagne",
            "allemagne",
            "ukraine",
            "grèce",
            "pologne",
            "suède",
            "norvège",
            "autriche",
            "égypte",
            "algérie",
            "tunisie",
            "libye",
            "irlande",
            "hongrie",
            "roumanie",
            "serbie",
            "australie",
            "argentine",
            "palestine",
            "iran",
            "irak",
            "japon",
            "canada",
            "brésil",
            "mexique",
            "liban",
            "maroc",
            "cuba",
            "qatar",
            "népal",
            "tibet",
            "vietnam",
            "taïwan",
            "pakistan",
            "afghanistan",
            "luxembourg",
            "portugal",
            "danemark",
            "nigeria",
        ],
        Class::PLACE,
    );
    // Names given to men and women alike.
    b.add(
        Langs::Both,
        &[
            "dominique",
            "claude",
            "camille",
            "sacha",
            "alex",
            "sam",
            "jordan",
            "morgan",
            "taylor",
            "jamie",
            "robin",
            "kim",
            "lee",
            "dana",
            "jean",
        ],
        Class::MALE_NAME | Class::FEMALE_NAME,
    );
}
