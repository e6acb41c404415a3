import CRdKafka

/// Owns an `rd_kafka_topic_partition_list_t`.
final class TopicPartitionList {
    let pointer: UnsafeMutablePointer<rd_kafka_topic_partition_list_t>

    init(capacity: Int = 0) {
        pointer = rd_kafka_topic_partition_list_new(Int32(capacity))
    }

    /// A list of partitions with the given offsets.
    convenience init(_ offsets: [TopicPartition: Int64]) {
        self.init(capacity: offsets.count)
        for (partition, offset) in offsets.sorted(by: { $0.key < $1.key }) {
            add(partition, offset: offset)
        }
    }

    /// A list of partitions with no offsets set.
    convenience init(_ partitions: [TopicPartition]) {
        self.init(capacity: partitions.count)
        for partition in partitions { add(partition, offset: Int64(RD_KAFKA_OFFSET_INVALID)) }
    }

    deinit {
        rd_kafka_topic_partition_list_destroy(pointer)
    }

    func add(_ partition: TopicPartition, offset: Int64) {
        let element = rd_kafka_topic_partition_list_add(pointer, partition.topic, partition.partition)!
        element.pointee.offset = offset
    }

    /// Every entry as partition, offset and per-partition error.
    var entries: [(partition: TopicPartition, offset: Int64, error: rd_kafka_resp_err_t)] {
        (0..<Int(pointer.pointee.cnt)).map { index in
            let element = pointer.pointee.elems[index]
            return (
                TopicPartition(topic: String(cString: element.topic), partition: element.partition),
                element.offset, element.err
            )
        }
    }
}
