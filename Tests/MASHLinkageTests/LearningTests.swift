import Foundation
import MASHCore
@testable import MASHLinkage
import Testing

/// Weights learned from the data: u from random pairs, m by expectation-maximisation, λ from the sessions.
@Suite struct LearningTests {
    static let population = LinkagePopulation(people: 4_000)

    private func level(_ model: LinkageModel, _ field: String, _ level: String) -> AgreementProbabilities {
        let found = ComparisonLevels.fields.first { $0.name == field }!.levels.first { $0.name == level }!
        return model.weights[keyPath: found.path]
    }

    @Test func expectationMaximisationRecoversTheRatesTheDuplicatesWereMadeWith() {
        let population = Self.population
        let model = WeightLearner().learn(identities: population.identities)
        // m of agreeing: 1 minus the rate a duplicate's value was replaced (a replacement can draw the same
        // value again, rarely).
        #expect(abs(level(model, "forename", "exact").m - (1 - LinkagePopulation.replaced.forename)) < 0.04)
        #expect(abs(level(model, "surname", "exact").m - (1 - LinkagePopulation.replaced.surname)) < 0.04)
        #expect(abs(level(model, "dob", "exact").m - (1 - LinkagePopulation.replaced.dob)) < 0.04)
        #expect(abs(level(model, "address", "same-postcode").m - (1 - LinkagePopulation.replaced.postcode)) < 0.05)
        // u of agreeing: the chance two people share a value, 1 in 400 forenames, 1 in 600 postcodes.
        #expect(abs(level(model, "forename", "exact").u - 1.0 / 400) < 0.001)
        #expect(abs(level(model, "address", "same-postcode").u - 1.0 / 600) < 0.001)
        // λ: the true share of random pairs that are one person.
        var sizes: [Int: Int] = [:]
        for person in population.truth { sizes[person, default: 0] += 1 }
        let matches = sizes.values.reduce(0) { $0 + $1 * ($1 - 1) / 2 }
        let n = Double(population.identities.count)
        let truth = Double(matches) / (n * (n - 1) / 2)
        let learned = try! #require(model.learned)
        #expect(learned.matchShare > truth / 1.5 && learned.matchShare < truth * 1.5, "λ \(learned.matchShare), truly \(truth)")
        #expect(learned.fields.contains("forename") && learned.fields.contains("dob") && !learned.fields.contains("nhs_number"))
    }

    @Test func theLearnedModelLinksTheMadeUpPopulationWell() {
        let population = Self.population
        let result = PersonClusters().link(population.identities, model: PersonFileLinker.learnedModel)
        let quality = PairwiseQuality(predicted: result.clusters.map(String.init), truth: population.truth)
        #expect(quality.precision >= 0.98, "precision \(quality.precision)")
        #expect(quality.recall >= 0.85, "recall \(quality.recall)")
        #expect(result.model.learned != nil)
        // The shipped weights, made for another population, find fewer of its people.
        let shipped = PersonClusters().link(population.identities, model: .fixed(PersonMatcher()))
        let before = PairwiseQuality(predicted: shipped.clusters.map(String.init), truth: population.truth)
        #expect(quality.f1 > before.f1, "learned F1 \(quality.f1), shipped \(before.f1)")
    }

    @Test func aSavedModelReloadedGivesTheSameClusters() throws {
        let population = Self.population
        let learned = PersonClusters().link(population.identities, model: PersonFileLinker.learnedModel)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("mash-model-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: file) }
        try learned.model.save(to: file)
        let reloaded = try LinkageModel(contentsOf: file)
        #expect(reloaded == learned.model)
        let again = PersonClusters().link(population.identities, model: .reused(reloaded, minimumRecords: PersonFileLinker.minimumRecordsToLearn))
        #expect(again.clusters == learned.clusters)
    }

    @Test func aBrokenModelFileIsRefusedSayingWhy() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("mash-model-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: file) }
        var model = LinkageModel.defaults
        model.weights.birthExact.m = 0
        try model.save(to: file)
        #expect(throws: PersonFileError.self) { try LinkageModel(contentsOf: file) }
        do { _ = try LinkageModel(contentsOf: file) } catch { #expect("\(error)".contains("dob exact: m and u must be in (0, 1]")) }
        try Data("{}".utf8).write(to: file)
        do { _ = try LinkageModel(contentsOf: file) } catch { #expect("\(error)".contains("is not a linkage model")) }
    }

    @Test func learningIsReproducible() {
        let identities = Array(Self.population.identities.prefix(2_000))
        #expect(WeightLearner().learn(identities: identities) == WeightLearner().learn(identities: identities))
    }
}
