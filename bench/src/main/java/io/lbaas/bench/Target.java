package io.lbaas.bench;

/** Where the running system is; defaults are those of deploy/local/up. */
record Target(String api, String keycloak, String kafka, String jdbcUrl, String projection) {

    static Target fromSystemProperties() {
        return new Target(
                System.getProperty("api", "http://127.0.0.1:8080"),
                System.getProperty("keycloak", "http://127.0.0.1:8180"),
                System.getProperty("kafka", "127.0.0.1:9092"),
                System.getProperty("jdbc", "jdbc:postgresql://127.0.0.1:5432/lbaas"),
                System.getProperty("projection", "http://127.0.0.1:8081"));
    }
}
