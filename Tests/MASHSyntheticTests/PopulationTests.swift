import MASHCore
import MASHSynthetic
import Testing

@Suite struct PopulationTests {
    let population = SyntheticFixtures.midSize.population

    @Test func aboutTheRequestedNumberOfPeopleInHouseholds() {
        #expect((10_000...10_010).contains(population.people.count))
        #expect(population.households.allSatisfy { !$0.members.isEmpty })
        let members = population.households.flatMap { Array($0.members) }
        #expect(members == Array(population.people.indices))
        #expect(population.people.allSatisfy { population.households[$0.householdIndex].members.contains($0.index) })
    }

    @Test func aboutAQuarterAreChildrenAgedUnder18() {
        let children = population.people.filter(\.isChild)
        let share = Double(children.count) / Double(population.people.count)
        #expect((0.18...0.32).contains(share), "children share \(share)")
        #expect(children.allSatisfy { (0...17).contains($0.dateOfBirth.age(on: population.referenceDate)) })
        #expect(population.people.filter { !$0.isChild }.allSatisfy { $0.dateOfBirth.age(on: population.referenceDate) >= 16 })
    }

    @Test func everyNHSNumberIsValidUniqueAndInTheTestRange() {
        let numbers = population.people.map(\.nhsNumber)
        #expect(numbers.allSatisfy { NHSNumber($0) != nil && $0.hasPrefix("999") && $0.count == 10 })
        #expect(Set(numbers).count == numbers.count)
    }

    @Test func schoolAgeChildrenHaveValidUniqueUPNsAndNobodyElseDoes() {
        for person in population.people {
            let schoolAge = person.isChild && person.dateOfBirth.age(on: population.referenceDate) >= 4
            #expect((person.upn != nil) == schoolAge, "\(person.id) upn \(person.upn ?? "none")")
        }
        let upns = population.people.compactMap(\.upn)
        #expect(upns.allSatisfy { UPN($0) != nil && $0.dropFirst().hasPrefix("999") })
        #expect(Set(upns).count == upns.count)
    }

    @Test func addressesAreFictionalWellFormedAndDistinct() {
        let postcodes = population.households.map(\.address.postcode)
        #expect(postcodes.allSatisfy { PostcodeNormaliser.normalise($0) == $0 })
        #expect(postcodes.allSatisfy { $0.hasPrefix("NF") && ("1"..."9").contains(String($0.dropFirst(2).prefix(1))) && $0.split(separator: " ")[0].count == 3 })
        let addresses = population.households.map { $0.address.line1 + "|" + $0.address.postcode }
        #expect(Set(addresses).count == addresses.count)
        let moved = population.households.filter { $0.previousAddress != nil }
        #expect(!moved.isEmpty && moved.allSatisfy { $0.movedOn != nil && $0.previousAddress != $0.address })
    }

    @Test func namesComeFromVariedListsWithNicknameableForenames() {
        #expect(ForenameCatalogue.female.count + ForenameCatalogue.male.count >= 300)
        #expect(SurnameCatalogue.all.count >= 300)
        for (formal, short) in [("William", "Bill"), ("Katherine", "Kate"), ("Robert", "Bob"), ("Elizabeth", "Liz"), ("Margaret", "Maggie"), ("James", "Jim")] {
            #expect(NicknameCatalogue.shortForms(of: formal).contains(short))
        }
        let nicknameable = population.people.filter { !NicknameCatalogue.shortForms(of: $0.forename).isEmpty }
        #expect(nicknameable.count > 100)
    }

    @Test func aMinorityOfHouseholdsIsTroubled() {
        let withChildren = population.households.filter(\.kind.hasChildren)
        let troubled = withChildren.filter { $0.adversity > 0 }
        let share = Double(troubled.count) / Double(withChildren.count)
        #expect((0.12...0.32).contains(share), "troubled share \(share)")
        let abusive = population.households.compactMap(\.domesticAbuse)
        #expect(!abusive.isEmpty)
        #expect(abusive.allSatisfy { $0.victim != $0.perpetrator })
        #expect(abusive.contains { $0.perpetratorLivesElsewhere })
    }

    @Test func theSameSeedGivesTheSamePopulation() {
        let again = SyntheticPopulation.generate(people: 300, seed: 11, referenceDate: SyntheticHubConfiguration.defaultReferenceDate)
        let once = SyntheticPopulation.generate(people: 300, seed: 11, referenceDate: SyntheticHubConfiguration.defaultReferenceDate)
        let other = SyntheticPopulation.generate(people: 300, seed: 12, referenceDate: SyntheticHubConfiguration.defaultReferenceDate)
        #expect(again.people == once.people)
        #expect(again.people.map(\.forename) != other.people.map(\.forename))
    }
}
