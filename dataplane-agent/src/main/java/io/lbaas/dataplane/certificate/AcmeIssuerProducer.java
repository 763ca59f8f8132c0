package io.lbaas.dataplane.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import javax.net.ssl.SSLContext;
import java.security.NoSuchAlgorithmException;

@ApplicationScoped
class AcmeIssuerProducer {

    /**
     * Trusts what the JVM trusts: the public CAs in production, and in tests the CA of pebble's TLS certificate,
     * given with {@code -Djavax.net.ssl.trustStore}.
     */
    @Produces
    @Singleton
    AcmeIssuer acmeIssuer(AcmeConfig config) throws NoSuchAlgorithmException {
        return new AcmeIssuer(config, SSLContext.getDefault());
    }
}
