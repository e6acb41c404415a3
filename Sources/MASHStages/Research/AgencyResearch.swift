import MASHCore

/// The research stage: asks every agency's store about every subject of a screened case, and attaches
/// what they hold — the records, the person matches behind them, and the household around them.
///
/// Consumes `mash.research`; produces the case file on `mash.risk-assessment`. An agency whose store
/// fails is recorded as "no response" and the case goes on with what the others returned.
public struct AgencyResearch: PipelineStage {
    /// The agencies' stores, queried in this order.
    public let stores: [any AgencyRecordStore]

    /// A research stage over these stores.
    public init(stores: [any AgencyRecordStore]) {
        self.stores = stores
    }

    public var inputTopic: PipelineTopic { .research }

    /// A case file: the referral now, agencies' records (some hub-only) from here on; its dead letters keep no bytes.
    public var inputCarriesHubRecords: Bool { true }

    public func process(_ input: StageInput) throws -> [StageRecord] { try research(input) }

    /// The researched case file for one screened case.
    public func research(_ input: StageInput) throws -> [StageRecord] {
        var caseFile = try CaseFileDecoding.decode(input.value, topic: .research, schema: MessageSchema.research)
        let subjects = caseFile.referral.subjects

        var queried: [Agency] = [], noResponse: [Agency] = [], notSearched: [Agency] = []
        var items: [IntelligenceItem] = [], links: [SubjectLink] = []
        for store in stores {
            // Consent limits what is searched (the screening says which agencies, and why).
            if let allowed = caseFile.screening.searchOnly, !allowed.contains(store.agency) {
                if !notSearched.contains(store.agency) { notSearched.append(store.agency) }
                continue
            }
            if !queried.contains(store.agency) { queried.append(store.agency) }
            do {
                let answer = try StoreSearch(store: store, subjects: subjects, receivedDate: caseFile.referral.receivedAt.utcDate).run()
                items += answer.items
                links += answer.links
            } catch {
                // A partial answer could read as "holds nothing more": count the whole store as silent.
                if !noResponse.contains(store.agency) { noResponse.append(store.agency) }
            }
        }

        let order = ResearchOrder(subjects: subjects)
        caseFile.research = ResearchResult(
            agenciesQueried: queried, noResponseFrom: noResponse,
            items: order.items(items), links: order.links(links), notSearched: notSearched
        )
        caseFile.schema = MessageSchema.riskAssessment
        caseFile.timestamps.research = input.now
        return [try StageRecord(topic: .riskAssessment, key: caseFile.subjectKey, message: caseFile)]
    }
}
