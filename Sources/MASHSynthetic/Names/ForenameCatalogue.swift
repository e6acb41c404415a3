import MASHCore

/// Built-in forenames of varied origins (English, Scottish, Irish, Welsh, South Asian, African,
/// Caribbean, Eastern European, Middle Eastern, East Asian), a few with diacritics. Invented
/// people are drawn from these; no list pairs them with a real person.
public enum ForenameCatalogue {
    /// Forenames for females.
    public static let female: [String] = [
        "Olivia", "Amelia", "Isla", "Ava", "Mia", "Ivy", "Lily", "Isabella", "Rosie", "Sophia",
        "Grace", "Freya", "Willow", "Florence", "Emily", "Ella", "Poppy", "Evie", "Elsie", "Charlotte",
        "Evelyn", "Sienna", "Sofia", "Daisy", "Phoebe", "Sophie", "Alice", "Harper", "Matilda", "Ruby",
        "Emilia", "Maya", "Millie", "Eva", "Lucy", "Jessica", "Chloe", "Holly", "Leah", "Megan",
        "Katherine", "Elizabeth", "Margaret", "Jennifer", "Rebecca", "Victoria", "Samantha", "Alexandra",
        "Abigail", "Deborah", "Susan", "Patricia", "Christine", "Catherine", "Josephine", "Joanne",
        "Amanda", "Nicola", "Stephanie", "Eleanor", "Natasha", "Kimberley", "Gabriella", "Jacqueline",
        "Sarah", "Emma", "Laura", "Hannah", "Rachel", "Claire", "Kerry", "Lisa", "Michelle", "Tracey",
        "Karen", "Julie", "Donna", "Kelly", "Gemma", "Stacey", "Danielle", "Jade", "Chantelle", "Shannon",
        "Bethany", "Courtney", "Kayleigh", "Leanne", "Nadia", "Zara", "Aisha", "Fatima", "Maryam", "Amira",
        "Ayesha", "Zainab", "Hafsa", "Khadija", "Sana", "Priya", "Anjali", "Deepa", "Kavita", "Simran",
        "Harpreet", "Nusrat", "Rukhsana", "Shabana", "Farzana", "Amina", "Hodan", "Ifrah", "Sahra", "Nimco",
        "Chidinma", "Ngozi", "Adaeze", "Folake", "Yetunde", "Abena", "Ama", "Esi", "Nia", "Shanice",
        "Tanisha", "Keisha", "Monique", "Agnieszka", "Katarzyna", "Aleksandra", "Małgorzata", "Joanna",
        "Magdalena", "Ioana", "Andreea", "Elena", "Daria", "Oksana", "Ewa", "Ruta", "Ieva", "Ana",
        "Mariana", "Beatriz", "Mei", "Xin", "Ying", "Hoa", "Linh", "Elif", "Zeynep", "Leyla",
        "Siobhan", "Niamh", "Aoife", "Roisin", "Ciara", "Eilidh", "Morag", "Catriona", "Rhiannon", "Cerys",
        "Siân", "Bronwen", "Zoë", "Chloé", "Renée", "Niamh-Rose", "Lacey-Mae", "Ellie-May",
    ]

    /// Forenames for males.
    public static let male: [String] = [
        "Oliver", "George", "Noah", "Arthur", "Leo", "Muhammad", "Oscar", "Harry", "Archie", "Jack",
        "Henry", "Theo", "Charlie", "Freddie", "Alfie", "Thomas", "Finley", "Lucas", "Jacob", "Isaac",
        "Arlo", "Teddy", "Max", "Ethan", "Joshua", "Reuben", "Louie", "Tommy", "Riley", "Mason",
        "William", "Robert", "James", "Richard", "Michael", "Christopher", "Daniel", "Anthony", "Edward",
        "Alexander", "Samuel", "Benjamin", "Joseph", "Jonathan", "Nicholas", "Matthew", "Patrick",
        "Stephen", "Andrew", "David", "Charles", "Frederick", "Theodore", "Zachary", "Timothy", "Gregory",
        "Paul", "Mark", "Gary", "Darren", "Wayne", "Dean", "Lee", "Craig", "Jason", "Carl",
        "Scott", "Shaun", "Kieran", "Ryan", "Liam", "Connor", "Callum", "Jordan", "Tyler", "Kyle",
        "Mohammed", "Mohammad", "Ahmed", "Ali", "Omar", "Yusuf", "Ibrahim", "Hassan", "Bilal", "Imran",
        "Tariq", "Zain", "Ayaan", "Rohan", "Arjun", "Vikram", "Rajesh", "Sanjay", "Gurpreet", "Harjit",
        "Abdul", "Shahid", "Faisal", "Abdirahman", "Mahad", "Liban", "Chinedu", "Emeka", "Oluwaseun",
        "Tunde", "Kwame", "Kofi", "Kojo", "Jermaine", "Marcus", "Tyrone", "Delroy", "Andre", "Kareem",
        "Piotr", "Krzysztof", "Tomasz", "Marcin", "Paweł", "Jakub", "Andrei", "Mihai", "Ionut", "Florin",
        "Dmitri", "Oleksandr", "Mantas", "Tomas", "João", "Rafael", "Tiago", "Wei", "Jun", "Minh",
        "Mehmet", "Emre", "Kerem", "Cian", "Oisin", "Padraig", "Eoin", "Ruairi", "Hamish", "Angus",
        "Fraser", "Rhys", "Gethin", "Dafydd", "Owain", "Aled", "Jamie-Lee", "Tommy-Jay", "Kai",
    ]

    /// The forename list for a sex (unknown draws from both).
    public static func names(for sex: Sex) -> [String] {
        switch sex {
        case .female: female
        case .male: male
        case .unknown: female + male
        }
    }
}
