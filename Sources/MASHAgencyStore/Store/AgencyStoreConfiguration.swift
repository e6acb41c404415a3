import Foundation
import MASHLinkage

/// How a store is read.
public struct AgencyStoreConfiguration: Sendable {
    /// How people are matched to subjects. Default `LinkageConfiguration()`.
    public var linkage = LinkageConfiguration()
    /// Seconds between checks of the file for a new load (a rename over it). Default 1.
    public var refreshCheckSeconds = 1.0
    /// Read connections, so that concurrent queries do not wait for one another (without a search index; with
    /// one, records are read on one connection, by row). Default the number of active processors.
    public var readers = max(1, ProcessInfo.processInfo.activeProcessorCount)
    /// Most candidate identities compared per query: a block bigger than that is too common to tell anyone apart. Default 500.
    public var maximumCandidates = 500

    /// Whether identities are searched in memory, in an index built from each load when it is opened, rather
    /// than in SQLite: the same answers, several times faster, for memory (about 200 MB a million identities).
    /// Default true.
    public var searchIndex = true

    /// Most bytes of the file SQLite maps into memory to read records with a search index: reads without a
    /// system call, for resident memory of up to this much per store. Default 256 MiB.
    public var mappedBytes = 256 << 20

    /// The default configuration.
    public init() {}
}
