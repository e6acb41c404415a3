import MASHCore
@testable import MASHLinkage
import Testing

/// The fields `mash link` reads beyond names and dates: contact details, other identifiers, and dates
/// written in a declared form.
@Suite struct LinkFieldTests {
    @Test func datesAreReadInTheFormTheFileDeclares() {
        #expect(FieldParsing.date("04/03/2015", format: .british) == LocalDate(iso8601: "2015-03-04"))
        #expect(FieldParsing.date("04/03/2015", format: .american) == LocalDate(iso8601: "2015-04-03"))
        #expect(FieldParsing.date("20150304", format: .compact) == LocalDate(iso8601: "2015-03-04"))
        #expect(FieldParsing.date("2015-03-04", format: .iso) == LocalDate(iso8601: "2015-03-04"))
        // A declared form reads nothing else, and never an impossible date.
        #expect(FieldParsing.date("2015-03-04", format: .british) == nil)
        #expect(FieldParsing.date("13/13/2015", format: .american) == nil)
        #expect(FieldParsing.date("19560490", format: .compact) == nil)
        #expect(FieldParsing.date("19560409", format: .auto) == LocalDate(iso8601: "1956-04-09"))
    }

    @Test func contactDetailsAndIdentifiersAreNormalisedAndWeighed() {
        let a = PersonIdentity(names: [PersonName(forename: "Kerry", surname: "Marsh")])
            .with(email: " Kerry.Marsh@Example.org ", phone: "+44 7700 900123", identifier: "DL-MARSH-123")
        let b = PersonIdentity(names: [PersonName(forename: "K", surname: "Marsh")])
            .with(email: "kerry.marsh@example.org", phone: "07700 900123", identifier: "DL-MARSH-123")
        #expect(a.email == "kerry.marsh@example.org" && a.phone == "7700900123")
        let comparison = PersonMatcher().compare(a, b)
        #expect(comparison.email == .agrees && comparison.phone == .agrees && comparison.identifier == .agrees)
        #expect(comparison.evidence.contains("email address agrees") && comparison.evidence.contains("telephone number agrees"))
        let without = PersonMatcher().compare(
            PersonIdentity(names: [PersonName(forename: "Kerry", surname: "Marsh")]), PersonIdentity(names: [PersonName(forename: "K", surname: "Marsh")])
        )
        #expect(comparison.weight > without.weight + 20)
        // Not an email address, too short a number: ignored rather than compared.
        let junk = a.with(email: "none", phone: "123", identifier: " ")
        #expect(junk.email == nil && junk.phone == nil && junk.identifier == nil)
        #expect(!Set(BlockingKeys.clusteringKeys(for: a)).isDisjoint(with: BlockingKeys.clusteringKeys(for: b)))
    }

    @Test func theLinkerReadsEveryMappedColumn() throws {
        let csv = """
            ref,given,family,born,mail,tel,licence,city,zip
            1,Kerry,Marsh,03/04/1994,k@example.org,07700 900123,DL1,Norford,2119
            2,Kerry,Marsh,1994-03-04,,,,,

            """
        let columns = try PersonColumns(parsing: "id=ref,first_name=given,surname=family,dob=born,email=mail,phone=tel,identifier=licence,town=city,postcode=zip")
        var reader = CSVReader(text: csv)
        let header = reader.next()
        let indexes = try columns.indexes(in: try #require(header).fields)
        let row = reader.next()
        let first = try #require(row)
        let identity = PersonFileLinker.identity(of: first.fields, indexes: indexes, dateFormat: .american)
        #expect(identity.dateOfBirth == LocalDate(iso8601: "1994-03-04"))
        #expect(identity.email == "k@example.org" && identity.phone == "7700900123" && identity.identifier == "DL1")
        #expect(identity.town == "norford" && identity.postcode == "2119")
    }
}
