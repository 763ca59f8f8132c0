-- Which Kafka cluster the read models were projected from. Positions only mean something on that log: read
-- models restored next to another cluster (or a new one) must be rebuilt, not continued.
CREATE TABLE projection_meta (
    singleton        boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    kafka_cluster_id text    NOT NULL
);
