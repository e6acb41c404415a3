import CRdKafka

// Kafka transactions: outputs and the input offsets they answer commit or abort together.
extension KafkaProducer {
    /// Registers the transactional id with the cluster, fencing any older copy that used it.
    func initTransactions(timeout: Duration) throws(KafkaError) {
        try check(rd_kafka_init_transactions(client.handle, Int32(timeout.milliseconds)), "init transactions")
    }

    func beginTransaction() throws(KafkaError) {
        try check(rd_kafka_begin_transaction(client.handle), "begin transaction")
    }

    /// Adds the consumer's input offsets to the open transaction.
    func sendOffsetsToTransaction(
        _ offsets: [TopicPartition: Int64],
        consumer: KafkaConsumer,
        timeout: Duration
    ) throws(KafkaError) {
        let list = TopicPartitionList(offsets)
        guard let metadata = rd_kafka_consumer_group_metadata(consumer.client.handle) else {
            throw KafkaError(operation: "send offsets to transaction", message: "consumer has no group metadata")
        }
        defer { rd_kafka_consumer_group_metadata_destroy(metadata) }
        try check(
            rd_kafka_send_offsets_to_transaction(client.handle, list.pointer, metadata, Int32(timeout.milliseconds)),
            "send offsets to transaction"
        )
    }

    /// Flushes the transaction's messages and commits it.
    func commitTransaction(timeout: Duration) throws(KafkaError) {
        try check(rd_kafka_commit_transaction(client.handle, Int32(timeout.milliseconds)), "commit transaction")
    }

    func abortTransaction(timeout: Duration) throws(KafkaError) {
        try check(rd_kafka_abort_transaction(client.handle, Int32(timeout.milliseconds)), "abort transaction")
    }
}
