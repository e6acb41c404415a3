/*
 * mash-crelay: the reference relay, in C straight over librdkafka.
 *
 * It copies every message of --input to --output with the same key, value and headers, under the guarantee
 * mash's stage runner gives (at-least-once): an input's offset is committed only once its output has a
 * delivery report. It is the yardstick `mash bench relay` holds `mash relay` against: what librdkafka
 * itself can do with this broker on this machine.
 *
 * Pipelined (the default): consume, produce without waiting, and commit asynchronously, for each partition,
 * the prefix of inputs whose outputs are all delivered. --stop-and-wait: after each batch, wait for every
 * delivery and commit synchronously (the shape of mash's stage runner before issue 15).
 *
 * One thread does everything (consume, serve delivery reports and commit callbacks), so nothing is locked.
 * A delivery that fails for good stops the relay with exit status 1 before anything past it is committed:
 * fail-stop is the guarantee a reference needs; mash's stage runner dead-letters instead.
 */
#include <getopt.h>
#include <inttypes.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <librdkafka/rdkafka.h>

/* Inputs in flight per partition, a power of two. A partition whose window is full waits for deliveries:
 * the producer's own queue (100,000 messages by default) is the usual bound, this one rarely bites. */
#define WINDOW_SLOTS 16384
#define MAX_PROPERTIES 64

/* One consumed input, in consumption order; its output's delivery report points back here. */
struct slot {
        int64_t offset;
        int delivered;
};

/* A partition's inputs not yet passed by its commit point: slots [head, tail), reused modulo the size. */
struct window {
        struct slot slots[WINDOW_SLOTS];
        uint64_t head, tail;
        int64_t committable; /* next offset to read once every input before it is delivered; -1: none yet */
        int64_t committed;   /* the committable offset last handed to a commit */
};

static struct {
        const char *bootstrap, *input, *output, *group, *ready_file;
        const char *properties[MAX_PROPERTIES];
        int property_count, stop_and_wait, batch_size;
} options = {.group = "mash-crelay", .batch_size = 500};

static rd_kafka_t *consumer, *producer;
static rd_kafka_topic_t *output_topic;
static struct window **windows; /* by input partition, made on first assignment */
static int32_t window_count;
static long in_flight;         /* outputs produced and still without a delivery report */
static int commit_in_flight;   /* an asynchronous commit awaits its answer: one at a time paces commits */
static int delivery_failed;
static uint64_t relayed;
static volatile sig_atomic_t stopping;

static void fail(const char *format, ...) {
        va_list args;
        va_start(args, format);
        fprintf(stderr, "mash-crelay: ");
        vfprintf(stderr, format, args);
        fputc('\n', stderr);
        va_end(args);
        exit(1);
}

static void on_signal(int signal_number) {
        (void)signal_number;
        stopping = 1;
}

static struct window *window_for(int32_t partition) {
        if (partition >= window_count) {
                windows = realloc(windows, sizeof(*windows) * (size_t)(partition + 1));
                if (!windows) fail("out of memory");
                memset(windows + window_count, 0, sizeof(*windows) * (size_t)(partition + 1 - window_count));
                window_count = partition + 1;
        }
        if (!windows[partition]) {
                if (!(windows[partition] = calloc(1, sizeof(struct window)))) fail("out of memory");
                windows[partition]->committable = windows[partition]->committed = -1;
        }
        return windows[partition];
}

/* Moves a partition's commit point past every delivered input at the front of its window. */
static void advance(struct window *window) {
        while (window->head < window->tail && window->slots[window->head % WINDOW_SLOTS].delivered) {
                window->committable = window->slots[window->head % WINDOW_SLOTS].offset + 1;
                window->head++;
        }
}

/* Served by rd_kafka_poll/flush on the producer, so on this thread. */
static void on_delivery(rd_kafka_t *rk, const rd_kafka_message_t *message, void *opaque) {
        (void)rk, (void)opaque;
        struct slot *slot = message->_private;
        in_flight--;
        if (message->err) {
                /* librdkafka has retried already (message.timeout.ms): this output is lost for good. */
                fprintf(stderr, "mash-crelay: delivery of the input at offset %" PRId64 " failed: %s\n", slot->offset,
                        rd_kafka_err2str(message->err));
                delivery_failed = 1;
                return;
        }
        slot->delivered = 1;
}

/* Commits, for each partition, the prefix of inputs whose outputs are all delivered (if it moved). */
static void commit_delivered(int async) {
        rd_kafka_topic_partition_list_t *offsets = rd_kafka_topic_partition_list_new(8);
        for (int32_t partition = 0; partition < window_count; partition++) {
                struct window *window = windows[partition];
                if (!window) continue;
                advance(window);
                if (window->committable > window->committed) {
                        rd_kafka_topic_partition_list_add(offsets, options.input, partition)->offset = window->committable;
                        window->committed = window->committable;
                }
        }
        if (offsets->cnt > 0) {
                rd_kafka_resp_err_t err = rd_kafka_commit(consumer, offsets, async);
                if (async && !err) commit_in_flight = 1;
                if (err) fprintf(stderr, "mash-crelay: commit failed: %s\n", rd_kafka_err2str(err));
        }
        rd_kafka_topic_partition_list_destroy(offsets);
}

/* Served by rd_kafka_consumer_poll. A commit that failed is made again by the next one. */
static void on_commit(rd_kafka_t *rk, rd_kafka_resp_err_t err, rd_kafka_topic_partition_list_t *offsets, void *opaque) {
        (void)rk, (void)opaque;
        commit_in_flight = 0;
        if (!err || err == RD_KAFKA_RESP_ERR__NO_OFFSET) return;
        fprintf(stderr, "mash-crelay: commit failed: %s\n", rd_kafka_err2str(err));
        for (int i = 0; offsets && i < offsets->cnt; i++) {
                int32_t partition = offsets->elems[i].partition;
                if (partition < window_count && windows[partition]) windows[partition]->committed = -1;
        }
}

/* Waits for every delivery report; a failure (or none within a minute) stops the relay, uncommitted. */
static void drain(void) {
        rd_kafka_resp_err_t err = rd_kafka_flush(producer, 60 * 1000);
        if (delivery_failed) fail("stopping: an output could not be delivered (its input is not committed)");
        if (err) fail("stopping: outputs still undelivered after 60 s: %s", rd_kafka_err2str(err));
}

static void reset_windows(const rd_kafka_topic_partition_list_t *partitions) {
        for (int i = 0; i < partitions->cnt; i++) {
                struct window *window = window_for(partitions->elems[i].partition);
                window->head = window->tail = 0;
                window->committable = window->committed = -1;
        }
}

/* Before partitions go: deliver and commit what was read from them, so their next owner replays nothing. */
static void on_rebalance(rd_kafka_t *rk, rd_kafka_resp_err_t err, rd_kafka_topic_partition_list_t *partitions, void *opaque) {
        (void)opaque;
        int cooperative = !strcmp(rd_kafka_rebalance_protocol(rk), "COOPERATIVE");
        if (err == RD_KAFKA_RESP_ERR__ASSIGN_PARTITIONS) {
                reset_windows(partitions);
                if (cooperative) rd_kafka_incremental_assign(rk, partitions);
                else rd_kafka_assign(rk, partitions);
                fprintf(stderr, "mash-crelay: assigned %d partitions of %s\n", partitions->cnt, options.input);
                if (options.ready_file && partitions->cnt > 0) {
                        FILE *ready = fopen(options.ready_file, "w");
                        if (ready) fclose(ready);
                }
                return;
        }
        drain();
        commit_delivered(0);
        reset_windows(partitions);
        if (cooperative) rd_kafka_incremental_unassign(rk, partitions);
        else rd_kafka_assign(rk, NULL);
}

static void on_error(rd_kafka_t *rk, int err, const char *reason, void *opaque) {
        (void)opaque;
        fprintf(stderr, "mash-crelay: %s: %s\n", rd_kafka_err2name(err), reason);
        if (err == RD_KAFKA_RESP_ERR__FATAL) {
                char detail[512];
                rd_kafka_fatal_error(rk, detail, sizeof(detail));
                fail("fatal error: %s", detail);
        }
}

/* Produces one input's copy, without waiting for its delivery. */
static void relay(const rd_kafka_message_t *message) {
        struct window *window = window_for(message->partition);
        while (window->tail - window->head == WINDOW_SLOTS) {
                rd_kafka_poll(producer, 1);
                advance(window);
                if (delivery_failed) return;
        }
        struct slot *slot = &window->slots[window->tail++ % WINDOW_SLOTS];
        slot->offset = message->offset;
        slot->delivered = 0;
        rd_kafka_headers_t *headers = NULL;
        if (rd_kafka_message_headers(message, &headers) == RD_KAFKA_RESP_ERR_NO_ERROR) headers = rd_kafka_headers_copy(headers);
        else headers = rd_kafka_headers_new(0);
        rd_kafka_resp_err_t err;
        /* A full local queue is back-pressure: serve delivery reports until there is room. */
        while ((err = rd_kafka_producev(producer, RD_KAFKA_V_RKT(output_topic), RD_KAFKA_V_KEY(message->key, message->key_len),
                                        RD_KAFKA_V_VALUE(message->payload, message->len), RD_KAFKA_V_HEADERS(headers),
                                        RD_KAFKA_V_OPAQUE(slot), RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY), RD_KAFKA_V_END)) ==
               RD_KAFKA_RESP_ERR__QUEUE_FULL)
                rd_kafka_poll(producer, 1);
        if (err) {
                rd_kafka_headers_destroy(headers);
                fail("cannot produce to %s: %s", options.output, rd_kafka_err2str(err));
        }
        in_flight++;
        relayed++;
}

static void set(rd_kafka_conf_t *conf, const char *key, const char *value) {
        char reason[512];
        if (rd_kafka_conf_set(conf, key, value, reason, sizeof(reason)) != RD_KAFKA_CONF_OK) fail("%s=%s: %s", key, value, reason);
}

/* Common settings, then the -X pass-through (last, so it wins). librdkafka warns at start about a property
 * that only the other kind of client knows, and ignores it. */
static rd_kafka_conf_t *configuration(const char *client_id) {
        rd_kafka_conf_t *conf = rd_kafka_conf_new();
        set(conf, "bootstrap.servers", options.bootstrap);
        set(conf, "client.id", client_id);
        set(conf, "socket.nagle.disable", "true"); /* as mash's clients: no ~40 ms wait for delayed acks */
        return conf;
}

static void pass_through(rd_kafka_conf_t *conf) {
        for (int i = 0; i < options.property_count; i++) {
                char key[256];
                const char *equals = strchr(options.properties[i], '=');
                if (!equals || equals == options.properties[i] || (size_t)(equals - options.properties[i]) >= sizeof(key))
                        fail("-X %s: expected key=value", options.properties[i]);
                memcpy(key, options.properties[i], (size_t)(equals - options.properties[i]));
                key[equals - options.properties[i]] = 0;
                set(conf, key, equals + 1);
        }
}

static rd_kafka_t *client(rd_kafka_type_t type, rd_kafka_conf_t *conf) {
        char reason[512];
        pass_through(conf);
        rd_kafka_t *rk = rd_kafka_new(type, conf, reason, sizeof(reason));
        if (!rk) fail("cannot create the %s: %s", type == RD_KAFKA_CONSUMER ? "consumer" : "producer", reason);
        return rk;
}

static void usage(int status) {
        fprintf(status ? stderr : stdout,
                "usage: mash-crelay --input TOPIC --output TOPIC [--bootstrap-servers HOST:PORT] [--group-id GROUP]\n"
                "                   [-X key=value]... [--ready-file PATH] [--batch-size N] [--stop-and-wait]\n"
                "Copies every message of the input topic to the output topic (key, value and headers), committing an\n"
                "input only once its copy is delivered. Defaults: $MASH_BOOTSTRAP_SERVERS or 127.0.0.1:9092, group\n"
                "mash-crelay, ready file $MASH_READY_FILE, batch 500. Stops gracefully on SIGTERM or SIGINT, and when\n"
                "the process $MASH_STOP_WITH_PARENT names is no longer its parent.\n");
        exit(status);
}

static void parse(int argc, char **argv) {
        static const struct option longs[] = {
                {"bootstrap-servers", required_argument, 0, 'b'}, {"input", required_argument, 0, 'i'},
                {"output", required_argument, 0, 'o'},            {"group-id", required_argument, 0, 'g'},
                {"property", required_argument, 0, 'X'},          {"ready-file", required_argument, 0, 'r'},
                {"batch-size", required_argument, 0, 'n'},        {"stop-and-wait", no_argument, 0, 's'},
                {"help", no_argument, 0, 'h'},                    {0, 0, 0, 0},
        };
        options.bootstrap = getenv("MASH_BOOTSTRAP_SERVERS") ? getenv("MASH_BOOTSTRAP_SERVERS") : "127.0.0.1:9092";
        options.ready_file = getenv("MASH_READY_FILE") && *getenv("MASH_READY_FILE") ? getenv("MASH_READY_FILE") : NULL;
        int option;
        while ((option = getopt_long(argc, argv, "X:h", longs, NULL)) != -1) {
                switch (option) {
                case 'b': options.bootstrap = optarg; break;
                case 'i': options.input = optarg; break;
                case 'o': options.output = optarg; break;
                case 'g': options.group = optarg; break;
                case 'r': options.ready_file = optarg; break;
                case 's': options.stop_and_wait = 1; break;
                case 'n': options.batch_size = atoi(optarg); break;
                case 'X':
                        if (options.property_count == MAX_PROPERTIES) fail("at most %d -X properties", MAX_PROPERTIES);
                        options.properties[options.property_count++] = optarg;
                        break;
                case 'h': usage(0); break;
                default: usage(2);
                }
        }
        if (!options.input || !options.output || optind < argc) usage(2);
        if (options.batch_size < 1) fail("--batch-size must be at least 1");
}

int main(int argc, char **argv) {
        parse(argc, argv);
        const char *parent_text = getenv("MASH_STOP_WITH_PARENT");
        pid_t parent = parent_text ? (pid_t)atoi(parent_text) : 0;
        struct sigaction action = {.sa_handler = on_signal};
        sigaction(SIGTERM, &action, NULL);
        sigaction(SIGINT, &action, NULL);
        /* A child inherits its parent's blocked signals: a Swift parent spawning from a dispatch thread has
         * them all blocked. Unblocked here, before librdkafka starts its threads (which block them anew). */
        sigset_t stop_signals;
        sigemptyset(&stop_signals);
        sigaddset(&stop_signals, SIGTERM);
        sigaddset(&stop_signals, SIGINT);
        sigprocmask(SIG_UNBLOCK, &stop_signals, NULL);

        rd_kafka_conf_t *conf = configuration("mash-crelay");
        set(conf, "enable.idempotence", "true");
        rd_kafka_conf_set_dr_msg_cb(conf, on_delivery);
        rd_kafka_conf_set_error_cb(conf, on_error);
        producer = client(RD_KAFKA_PRODUCER, conf);
        output_topic = rd_kafka_topic_new(producer, options.output, NULL);

        conf = configuration("mash-crelay");
        set(conf, "group.id", options.group);
        set(conf, "enable.auto.commit", "false");
        set(conf, "enable.auto.offset.store", "false");
        set(conf, "auto.offset.reset", "earliest");
        rd_kafka_conf_set_rebalance_cb(conf, on_rebalance);
        rd_kafka_conf_set_offset_commit_cb(conf, on_commit);
        rd_kafka_conf_set_error_cb(conf, on_error);
        consumer = client(RD_KAFKA_CONSUMER, conf);
        rd_kafka_poll_set_consumer(consumer); /* group events, commit answers and messages on one queue */
        rd_kafka_topic_partition_list_t *topics = rd_kafka_topic_partition_list_new(1);
        rd_kafka_topic_partition_list_add(topics, options.input, RD_KAFKA_PARTITION_UA);
        rd_kafka_resp_err_t err = rd_kafka_subscribe(consumer, topics);
        rd_kafka_topic_partition_list_destroy(topics);
        if (err) fail("cannot subscribe to %s: %s", options.input, rd_kafka_err2str(err));
        fprintf(stderr, "mash-crelay: relaying %s -> %s in group %s (%s)\n", options.input, options.output, options.group,
                options.stop_and_wait ? "stop-and-wait" : "pipelined");

        while (!stopping && !delivery_failed) {
                /* Consumer polls are one message each, so a rebalance callback falls between messages, never
                 * inside a batch already taken. The first may wait (briefly while reports or a commit are
                 * due); the rest of the batch is what is already fetched. */
                int busy = in_flight > 0 || commit_in_flight;
                int count = 0;
                rd_kafka_message_t *message;
                while (count < options.batch_size &&
                       (message = rd_kafka_consumer_poll(consumer, count == 0 ? (busy ? 1 : 100) : 0))) {
                        if (message->err) {
                                if (message->err != RD_KAFKA_RESP_ERR__PARTITION_EOF)
                                        fprintf(stderr, "mash-crelay: consume: %s\n", rd_kafka_message_errstr(message));
                        } else {
                                relay(message);
                                count++;
                        }
                        rd_kafka_message_destroy(message);
                }
                if (options.stop_and_wait) {
                        if (count > 0) {
                                drain();
                                commit_delivered(0);
                        }
                } else {
                        rd_kafka_poll(producer, 0); /* delivery reports */
                        if (!commit_in_flight) commit_delivered(1);
                }
                if (parent > 1 && getppid() != parent) {
                        fprintf(stderr, "mash-crelay: parent %d is gone; stopping\n", (int)parent);
                        stopping = 1;
                }
        }
        if (delivery_failed) fail("stopping: an output could not be delivered (its input is not committed)");
        drain();
        commit_delivered(0);
        rd_kafka_consumer_close(consumer); /* the revoke callback finds nothing left to commit */
        rd_kafka_destroy(consumer);
        rd_kafka_topic_destroy(output_topic);
        rd_kafka_destroy(producer);
        fprintf(stderr, "mash-crelay: stopped after relaying %" PRIu64 " messages\n", relayed);
        return 0;
}
