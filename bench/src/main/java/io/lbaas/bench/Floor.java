package io.lbaas.bench;

import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

/**
 * (a) The floor of a command: one Kafka produce with acks=all (idempotent, linger 0) followed by one PostgreSQL
 * commit, on loopback, one after the other. A command cannot be faster than this.
 */
final class Floor {

    private Floor() {
    }

    static Histogram measure(Target target, int rounds) throws Exception {
        Histogram latency = new Histogram(3);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, target.kafka(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 0),
                new StringSerializer(), new ByteArraySerializer());
             Connection database = DriverManager.getConnection(target.jdbcUrl(), "postgres", "")) {
            try (Statement ddl = database.createStatement()) {
                ddl.execute("CREATE TABLE IF NOT EXISTS bench_floor (id uuid PRIMARY KEY, at timestamptz)");
            }
            database.setAutoCommit(false);
            byte[] payload = new byte[600];
            try (PreparedStatement insert = database.prepareStatement(
                    "INSERT INTO bench_floor (id, at) VALUES (?, now())")) {
                for (int i = 0; i < rounds; i++) {
                    long start = System.nanoTime();
                    producer.send(new ProducerRecord<>("bench.floor", 0, "k", payload)).get();
                    insert.setObject(1, UUID.randomUUID());
                    insert.executeUpdate();
                    database.commit();
                    if (i >= rounds / 10) {
                        latency.recordValue((System.nanoTime() - start) / 1000);
                    }
                }
            }
            try (Statement cleanup = database.createStatement()) {
                cleanup.execute("DROP TABLE bench_floor");
                database.commit();
            }
        }
        return latency;
    }
}
