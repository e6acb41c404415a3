/// Everyday short forms of English (and a few other) forenames, so that "Bill" can agree with "William"
/// and "Kate" with "Katherine". Names are in `NameNormaliser` form (lower case, no accents).
///
/// A short form may belong to several formal names ("Sam": Samuel, Samantha); two names agree as
/// nicknames when they share a formal name.
public enum Nicknames {
    /// The formal names `name` may stand for, itself included when it is formal; empty when unknown.
    public static func formalNames(of name: String) -> [String] {
        formalByName[name] ?? []
    }

    /// Whether the two names can be the same person's forename through a short form.
    public static func related(_ lhs: String, _ rhs: String) -> Bool {
        guard lhs != rhs, let left = formalByName[lhs], let right = formalByName[rhs] else { return false }
        return left.contains { right.contains($0) }
    }

    /// The names to key a forename under when blocking: itself and every formal name it may stand for.
    public static func blockingForms(of name: String) -> [String] {
        var forms = [name]
        for formal in formalNames(of: name) where !forms.contains(formal) { forms.append(formal) }
        return forms
    }

    /// Formal name → short forms.
    static let groups: [String: [String]] = [
        "william": ["bill", "billy", "will", "willie", "liam"], "robert": ["bob", "bobby", "rob", "robbie", "bert"],
        "james": ["jim", "jimmy", "jamie"], "richard": ["rich", "richie", "rick", "ricky", "dick"],
        "michael": ["mike", "mikey", "mick", "micky"], "christopher": ["chris", "kit", "topher"],
        "daniel": ["dan", "danny"], "anthony": ["tony", "ant"], "edward": ["ed", "eddie", "ted", "ned"],
        "alexander": ["alex", "sandy", "xander", "sasha"], "samuel": ["sam", "sammy"], "benjamin": ["ben", "benji", "benny"],
        "joseph": ["joe", "joey"], "jonathan": ["jon", "jonny", "john"], "john": ["jack", "johnny", "jon"],
        "nicholas": ["nick", "nicky"], "matthew": ["matt", "matty"], "patrick": ["pat", "paddy"],
        "stephen": ["steve", "stevie"], "steven": ["steve", "stevie"], "andrew": ["andy", "drew"],
        "david": ["dave", "davy", "davie"], "charles": ["charlie", "chas", "chuck"], "frederick": ["fred", "freddie", "freddy"],
        "theodore": ["theo", "ted", "teddy"], "zachary": ["zach", "zack", "zak"], "timothy": ["tim", "timmy"],
        "gregory": ["greg"], "thomas": ["tom", "tommy"], "henry": ["harry", "hal", "hank"], "jacob": ["jake"],
        "oliver": ["ollie", "olly"], "mohammed": ["mo"], "muhammad": ["mo"], "mohammad": ["mo"],
        "krzysztof": ["krzys"], "piotr": ["piotrek"], "kenneth": ["ken", "kenny"], "ronald": ["ron", "ronnie"],
        "donald": ["don", "donny"], "gerald": ["gerry", "jerry"], "lawrence": ["larry", "laurie"],
        "leonard": ["len", "lenny", "leo"], "peter": ["pete"], "philip": ["phil"], "raymond": ["ray"],
        "terence": ["terry"], "vincent": ["vince", "vinny"], "nathan": ["nate", "nat"], "nathaniel": ["nate", "nat"],
        "joshua": ["josh"], "harrison": ["harry"], "archibald": ["archie"], "alfred": ["alf", "alfie"],
        "albert": ["bert", "albie"], "francis": ["frank", "frankie"], "gabriel": ["gabe"], "isaac": ["ike"],
        "katherine": ["kate", "kath", "katie", "kathy", "kat", "kitty"], "catherine": ["cathy", "kate", "cath", "katie", "cat"],
        "kathryn": ["kate", "kathy", "katie"], "elizabeth": ["liz", "lizzie", "lizzy", "beth", "betty", "bess", "eliza", "libby"],
        "margaret": ["maggie", "meg", "peggy", "maggi", "marge", "madge"], "jennifer": ["jenny", "jen", "jenni"],
        "rebecca": ["becky", "becca", "bex"], "victoria": ["vicky", "vicki", "tori"], "samantha": ["sam", "sammy"],
        "alexandra": ["alex", "lexi", "sasha", "sandra"], "abigail": ["abbie", "abby", "abi"], "deborah": ["debbie", "deb", "debs"],
        "susan": ["sue", "susie", "suzy"], "patricia": ["pat", "trish", "tricia", "patsy"], "christine": ["chris", "chrissie", "tina"],
        "christina": ["chris", "tina", "chrissie"], "josephine": ["jo", "josie"], "joanne": ["jo"], "joanna": ["jo", "asia"],
        "amanda": ["mandy"], "nicola": ["nicky", "nic", "nikki"], "stephanie": ["steph", "stevie"],
        "charlotte": ["lottie", "charlie", "lotte"], "eleanor": ["ellie", "nell", "nellie", "elle"],
        "isabella": ["bella", "izzy", "issy"], "isabelle": ["bella", "izzy", "issy"], "olivia": ["liv", "livvy", "livvie"],
        "gabriella": ["gabby", "gabi"], "gabrielle": ["gabby", "gabi"], "natasha": ["tash", "tasha"],
        "kimberley": ["kim"], "kimberly": ["kim"], "jacqueline": ["jackie", "jacqui"], "jessica": ["jess", "jessie"],
        "florence": ["flo", "florrie"], "matilda": ["tilly", "tilda"], "amelia": ["millie", "milly"],
        "emily": ["em", "emmy"], "katarzyna": ["kasia"], "malgorzata": ["gosia"], "aleksandra": ["ola"],
        "agnieszka": ["aga"], "magdalena": ["magda"], "mary": ["molly", "polly", "mae"], "sarah": ["sally", "sadie"],
        "helen": ["nell"], "dorothy": ["dot", "dottie"], "frances": ["fran", "frankie"], "louise": ["lou"],
        "louisa": ["lou"], "caroline": ["caz", "carrie"], "danielle": ["dani"], "georgina": ["georgie", "gina"],
        "georgia": ["georgie"], "harriet": ["hattie"], "penelope": ["penny"], "philippa": ["pippa"],
        "rosemary": ["rosie"], "rosalind": ["ros", "rosie"], "theresa": ["tess", "terri"], "teresa": ["tess", "terri"],
        "valerie": ["val"], "veronica": ["ronnie"], "wilhelmina": ["mina"], "annabel": ["annie", "bel"],
        "anne": ["annie"], "ann": ["annie"], "hannah": ["annie"], "madeleine": ["maddie", "maddy"],
        "madison": ["maddie", "maddy"], "genevieve": ["gen", "evie"], "evelyn": ["evie"], "lillian": ["lily", "lil"],
    ]

    /// Every known name → the formal names it may stand for.
    private static let formalByName: [String: [String]] = {
        var table: [String: [String]] = [:]
        for formal in groups.keys.sorted() {
            table[formal, default: []].append(formal)
            for short in groups[formal] ?? [] where !(table[short]?.contains(formal) ?? false) {
                table[short, default: []].append(formal)
            }
        }
        return table
    }()
}
