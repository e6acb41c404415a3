/// Everyday short forms of formal forenames, as agencies and referrers often record them.
public enum NicknameCatalogue {
    /// Formal forename to the short forms people use for it.
    public static let shortForms: [String: [String]] = [
        "William": ["Bill", "Will", "Billy", "Liam"], "Robert": ["Bob", "Rob", "Bobby", "Robbie"],
        "James": ["Jim", "Jimmy", "Jamie"], "Richard": ["Rich", "Rick", "Dick"],
        "Michael": ["Mike", "Mick", "Mikey"], "Christopher": ["Chris", "Kit"], "Daniel": ["Dan", "Danny"],
        "Anthony": ["Tony", "Ant"], "Edward": ["Ed", "Eddie", "Ted"], "Alexander": ["Alex", "Sandy", "Xander"],
        "Samuel": ["Sam", "Sammy"], "Benjamin": ["Ben", "Benji"], "Joseph": ["Joe", "Joey"],
        "Jonathan": ["Jon", "Jonny"], "Nicholas": ["Nick", "Nicky"], "Matthew": ["Matt", "Matty"],
        "Patrick": ["Pat", "Paddy"], "Stephen": ["Steve", "Stevie"], "Andrew": ["Andy", "Drew"],
        "David": ["Dave", "Davy"], "Charles": ["Charlie", "Chas"], "Frederick": ["Fred", "Freddie"],
        "Theodore": ["Theo", "Ted", "Teddy"], "Zachary": ["Zach", "Zack"], "Timothy": ["Tim", "Timmy"],
        "Gregory": ["Greg"], "Thomas": ["Tom", "Tommy"], "Henry": ["Harry", "Hal"], "Jacob": ["Jake"],
        "Oliver": ["Ollie"], "Mohammed": ["Mo"], "Muhammad": ["Mo"], "Krzysztof": ["Krzys"], "Piotr": ["Piotrek"],
        "Katherine": ["Kate", "Kath", "Katie", "Kathy"], "Elizabeth": ["Liz", "Beth", "Lizzie", "Betty"],
        "Margaret": ["Maggie", "Meg", "Peggy", "Maggi"], "Jennifer": ["Jenny", "Jen"],
        "Rebecca": ["Becky", "Becca"], "Victoria": ["Vicky", "Tori"], "Samantha": ["Sam", "Sammy"],
        "Alexandra": ["Alex", "Lexi", "Sasha"], "Abigail": ["Abbie", "Abby"], "Deborah": ["Debbie", "Deb"],
        "Susan": ["Sue", "Susie"], "Patricia": ["Pat", "Trish", "Tricia"], "Christine": ["Chris", "Chrissie"],
        "Catherine": ["Cathy", "Kate", "Cath"], "Josephine": ["Jo", "Josie"], "Joanne": ["Jo"],
        "Amanda": ["Mandy"], "Nicola": ["Nicky", "Nic"], "Stephanie": ["Steph"],
        "Charlotte": ["Lottie", "Charlie"], "Eleanor": ["Ellie", "Nell"], "Isabella": ["Bella", "Izzy"],
        "Olivia": ["Liv", "Livvy"], "Gabriella": ["Gabby"], "Natasha": ["Tash", "Tasha"],
        "Kimberley": ["Kim"], "Jacqueline": ["Jackie"], "Jessica": ["Jess"], "Florence": ["Flo"],
        "Matilda": ["Tilly"], "Amelia": ["Millie"], "Katarzyna": ["Kasia"], "Małgorzata": ["Gosia"],
        "Aleksandra": ["Ola"], "Agnieszka": ["Aga"], "Magdalena": ["Magda"], "Joanna": ["Asia"],
    ]

    /// The short forms for `forename`, empty when it has none.
    public static func shortForms(of forename: String) -> [String] {
        shortForms[forename] ?? []
    }
}
