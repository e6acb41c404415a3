import MASHCore
@testable import MASHLinkage
import Testing

@Suite struct ClusteringTests {
    private func person(_ forename: String, _ surname: String, _ birth: String?, postcode: String? = "NF1 2AB", nhs: String? = nil) -> PersonIdentity {
        PersonIdentity(
            names: [PersonName(forename: forename, surname: surname)], dateOfBirth: birth.flatMap { LocalDate(iso8601: $0) },
            addressLine: "3 Mill Lane", postcode: postcode, nhsNumber: nhs
        )
    }

    @Test func variantsOfOnePersonClusterAndTheirSiblingDoesNot() {
        let clusters = PersonClusters().clusters(of: [
            person("William", "Marsh", "2015-03-04"), person("Bill", "Marsh", "2015-04-03"),
            person("Wiliam", "Marsh", "2015-03-04"), person("Leah", "Marsh", "2017-09-30"), person("William", "Marsh", "2015-03-04"),
        ])
        #expect(clusters == [0, 0, 0, 1, 0])
    }

    @Test func groupsWithDifferentNHSNumbersAreNeverJoined() {
        // Twins: same surname, address and birth date, forenames one letter apart — strong enough to link
        // on their own, but their NHS numbers say they are two children.
        let clusters = PersonClusters().clusters(of: [
            person("Ava", "Marsh", "2016-05-12", nhs: "9434765919"), person("Eva", "Marsh", "2016-05-12", nhs: "9991000232"),
            person("Ava", "Marsh", "2016-05-12"),
        ])
        #expect(clusters[0] != clusters[1])
        #expect(clusters[2] == clusters[0] || clusters[2] == clusters[1])
    }

    @Test func pairwiseQualityCountsPairs() {
        let quality = PairwiseQuality(predicted: ["a", "a", "a", "b"], truth: [1, 1, 2, 2])
        #expect(quality.truePositives == 1)
        #expect(quality.falsePositives == 2)
        #expect(quality.falseNegatives == 1)
        #expect(abs(quality.precision - 1.0 / 3) < 1e-9)
        #expect(quality.recall == 0.5)
    }
}
