#ifndef MASH_CRDKAFKA_SHIM_H
#define MASH_CRDKAFKA_SHIM_H

#include <librdkafka/rdkafka.h>
#include <librdkafka/rdkafka_mock.h>

/* rd_kafka_producev is variadic and so not callable from Swift; this wraps it
 * for the one shape of produce call MASHKafka makes. The payload and key are
 * copied. On success librdkafka owns `headers`; on failure the caller still does. */
static inline rd_kafka_resp_err_t mash_produce(rd_kafka_t *rk,
                                               const char *topic,
                                               int32_t partition,
                                               const void *key,
                                               size_t key_len,
                                               const void *value,
                                               size_t value_len,
                                               rd_kafka_headers_t *headers,
                                               void *opaque) {
        return rd_kafka_producev(rk,
                                 RD_KAFKA_V_TOPIC(topic),
                                 RD_KAFKA_V_PARTITION(partition),
                                 RD_KAFKA_V_KEY(key, key_len),
                                 RD_KAFKA_V_VALUE((void *)value, value_len),
                                 RD_KAFKA_V_HEADERS(headers),
                                 RD_KAFKA_V_OPAQUE(opaque),
                                 RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY),
                                 RD_KAFKA_V_END);
}

/* The same for a topic handle the caller keeps, so the topic is not looked up
 * by name for every message. */
static inline rd_kafka_resp_err_t mash_produce_rkt(rd_kafka_t *rk,
                                                   rd_kafka_topic_t *rkt,
                                                   int32_t partition,
                                                   const void *key,
                                                   size_t key_len,
                                                   const void *value,
                                                   size_t value_len,
                                                   rd_kafka_headers_t *headers,
                                                   void *opaque) {
        return rd_kafka_producev(rk,
                                 RD_KAFKA_V_RKT(rkt),
                                 RD_KAFKA_V_PARTITION(partition),
                                 RD_KAFKA_V_KEY(key, key_len),
                                 RD_KAFKA_V_VALUE((void *)value, value_len),
                                 RD_KAFKA_V_HEADERS(headers),
                                 RD_KAFKA_V_OPAQUE(opaque),
                                 RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY),
                                 RD_KAFKA_V_END);
}

#endif
