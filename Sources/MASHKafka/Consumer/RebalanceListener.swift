import CRdKafka

/// Hears a consumer's partitions being assigned and revoked, before librdkafka moves them.
///
/// The hooks run on the thread polling the consumer, inside its poll (or its close), so they may touch what
/// that thread owns without locks. On revoke the stage runner drains what it has in flight and commits
/// synchronously, so the partitions' next owner starts where this copy finished.
public final class RebalanceListener: @unchecked Sendable {
    /// Called with the partitions about to be revoked, while they are still assigned.
    public var onRevoke: ([TopicPartition]) -> Void = { _ in }
    /// Called with the partitions just assigned.
    public var onAssign: ([TopicPartition]) -> Void = { _ in }

    public init() {}
}

/// Assigns and revokes as librdkafka would on its own, calling the listener around it; eager and cooperative
/// protocols alike.
let rebalanceCallback: @convention(c) (
    OpaquePointer?, rd_kafka_resp_err_t, UnsafeMutablePointer<rd_kafka_topic_partition_list_t>?, UnsafeMutableRawPointer?
) -> Void = { handle, code, partitions, _ in
    guard let handle else { return }
    let listener = ClientCallbacks.from(handle)?.rebalance
    let cooperative = rd_kafka_rebalance_protocol(handle).map { String(cString: $0) } == "COOPERATIVE"
    let named = partitions.map(partitionNames) ?? []
    switch code {
    case RD_KAFKA_RESP_ERR__ASSIGN_PARTITIONS:
        if cooperative {
            if let error = rd_kafka_incremental_assign(handle, partitions) { rd_kafka_error_destroy(error) }
        } else {
            rd_kafka_assign(handle, partitions)
        }
        listener?.onAssign(named)
    case RD_KAFKA_RESP_ERR__REVOKE_PARTITIONS:
        listener?.onRevoke(named)
        if cooperative {
            if let error = rd_kafka_incremental_unassign(handle, partitions) { rd_kafka_error_destroy(error) }
        } else {
            rd_kafka_assign(handle, nil)
        }
    default:
        // A failed rebalance: let go of everything, as librdkafka does without a callback.
        listener?.onRevoke(named)
        rd_kafka_assign(handle, nil)
    }
}

private func partitionNames(_ list: UnsafeMutablePointer<rd_kafka_topic_partition_list_t>) -> [TopicPartition] {
    (0..<Int(list.pointee.cnt)).map { index in
        TopicPartition(topic: String(cString: list.pointee.elems[index].topic), partition: list.pointee.elems[index].partition)
    }
}
