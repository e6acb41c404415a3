/// Hands out distinct addresses in the fictional town: every slot is a different house.
///
/// Slots are spread over the streets by an affine permutation, so neighbouring households are not
/// neighbours on the map. Houses on a street share a postcode in runs of about twenty numbers.
struct AddressBook {
    private struct Street {
        let name: String
        let district: Int
        let sector: Int
        let unitBase: Int
    }

    private static let housesPerStreet = 150
    private let streets: [Street]
    private let slotCount: Int
    private let multiplier: Int
    private let offset: Int

    /// Room for at least `capacity` distinct addresses.
    init(capacity: Int, random: inout SeededRandom) {
        let streetCount = max(30, (capacity + Self.housesPerStreet - 1) / Self.housesPerStreet + 1)
        let nameCount = StreetCatalogue.roots.count * StreetCatalogue.suffixes.count
        var streets: [Street] = []
        streets.reserveCapacity(streetCount)
        let nameStride = Self.coprime(to: nameCount, random: &random)
        let nameOffset = random.below(nameCount)
        for index in 0..<streetCount {
            let nameIndex = (index * nameStride + nameOffset) % nameCount
            let root = StreetCatalogue.roots[nameIndex / StreetCatalogue.suffixes.count]
            let suffix = StreetCatalogue.suffixes[nameIndex % StreetCatalogue.suffixes.count]
            streets.append(Street(
                name: root + " " + suffix,
                district: index % StreetCatalogue.localities.count + 1,
                sector: random.below(10),
                unitBase: random.below(400)
            ))
        }
        self.streets = streets
        self.slotCount = streetCount * Self.housesPerStreet
        self.multiplier = Self.coprime(to: slotCount, random: &random)
        self.offset = random.below(slotCount)
    }

    /// How many distinct addresses the book holds.
    var capacity: Int { slotCount }

    /// The address in slot `slot` (0 ..< capacity); distinct slots give distinct addresses.
    func address(slot: Int) -> SyntheticAddress {
        let position = (slot % slotCount * multiplier + offset) % slotCount
        let street = streets[position % streets.count]
        let houseNumber = position / streets.count + 1
        let unit = (street.unitBase + houseNumber / 20) % 400
        let letters = StreetCatalogue.inwardLetters
        let postcode = "NF\(street.district) \(street.sector)\(letters[unit / 20])\(letters[unit % 20])"
        return SyntheticAddress(
            line1: "\(houseNumber) \(street.name)",
            locality: StreetCatalogue.localities[street.district - 1],
            town: StreetCatalogue.town,
            postcode: postcode
        )
    }

    private static func coprime(to modulus: Int, random: inout SeededRandom) -> Int {
        guard modulus > 2 else { return 1 }
        while true {
            let candidate = 1 + random.below(modulus - 1)
            if greatestCommonDivisor(candidate, modulus) == 1 { return candidate }
        }
    }

    private static func greatestCommonDivisor(_ first: Int, _ second: Int) -> Int {
        var (a, b) = (first, second)
        while b != 0 { (a, b) = (b, a % b) }
        return a
    }
}
