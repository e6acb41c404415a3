/// The fictional town's districts and the parts street names are made from.
enum StreetCatalogue {
    static let town = "Northfield"

    /// One locality per postcode district: NF1 is `localities[0]`.
    static let localities = [
        "Northfield Central", "Eastfield", "Westbrook", "Southgate", "Millbrook",
        "Ashby Vale", "Riverside", "Oakhurst", "Hollins Green",
    ]

    static let roots = [
        "Orchard", "Meadow", "Church", "Mill", "Station", "Victoria", "Albert", "Park", "Oak", "Elm",
        "Willow", "Beech", "Chestnut", "Holly", "Ash", "Maple", "Cedar", "Birch", "Rowan", "Hawthorn",
        "Primrose", "Bluebell", "Foxglove", "Heather", "Kingfisher", "Heron", "Swallow", "Lark", "Falcon",
        "Badger", "Hill", "Valley", "Brook", "River", "Canal", "Bridge", "Market", "High", "King",
        "Queen", "Prince", "Windsor", "Grange", "Manor", "Abbey", "Priory", "Chapel", "School", "Forge",
        "Cooper", "Fletcher", "Tanner", "Weaver", "Carter", "Saxon", "Tudor", "Nelson", "Wellington",
        "Jubilee", "Coronation", "Harvest", "Spring", "Summer", "Sunny", "Fair", "Green", "Rose", "Ivy",
        "Laurel", "Poplar", "Sycamore", "Larch", "Alder", "Hazel", "Juniper", "Clover", "Thistle",
        "Sorrel", "Bramble", "Furze", "Linden", "Quarry", "Tannery", "Ropewalk", "Foundry",
    ]

    static let suffixes = [
        "Road", "Street", "Close", "Avenue", "Lane", "Way", "Drive", "Gardens", "Court", "Crescent",
        "Grove", "Place", "Terrace", "Walk", "Rise", "View", "Mews",
    ]

    /// The 20 letters the last two characters of a UK postcode may be (no C, I, K, M, O or V).
    static let inwardLetters: [Character] = Array("ABDEFGHJLNPQRSTUWXYZ")
}
