package io.lbaas.dataplane.certificate;

import org.shredzone.acme4j.connector.HttpConnector;
import org.shredzone.acme4j.connector.NetworkSettings;
import org.shredzone.acme4j.provider.GenericAcmeProvider;

import javax.net.ssl.SSLContext;
import java.net.http.HttpClient;

/**
 * Any http(s) ACME directory, reached with the given TLS trust rather than the JVM's default one: tests trust a
 * pebble started for them without changing what the rest of their JVM trusts.
 */
final class TrustingAcmeProvider extends GenericAcmeProvider {

    private final SSLContext tls;

    TrustingAcmeProvider(SSLContext tls) {
        this.tls = tls;
    }

    @Override
    protected HttpConnector createHttpConnector(NetworkSettings settings) {
        return new HttpConnector(settings) {
            @Override
            public HttpClient.Builder createClientBuilder() {
                return super.createClientBuilder().sslContext(tls);
            }
        };
    }
}
