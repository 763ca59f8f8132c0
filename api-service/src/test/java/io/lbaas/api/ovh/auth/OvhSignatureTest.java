package io.lbaas.api.ovh.auth;

import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class OvhSignatureTest {

    private static final String TIMESTAMP = "1795422463";

    @Test
    void signsLikeOvhsClients() {
        assertThat(OvhSignature.sign("testAS", "testCK", "GET", "https://127.0.0.1/1.0/ipLoadbalancing", "",
                TIMESTAMP)).isEqualTo("$1$2fcf9aa9385dd8c3005e536a7f7714bf1b4a75af");
    }

    @Test
    void acceptsWhatTheNodeClientSignsOverPlainHttpOnAnotherPort() {
        Set<String> urls = OvhSignature.urls("http", "127.0.0.1:18080", "/1.0/ipLoadbalancing", Optional.empty());

        assertThat(OvhSignature.matches("$1$2fcf9aa9385dd8c3005e536a7f7714bf1b4a75af", "testAS", "testCK", "GET",
                urls, "", TIMESTAMP)).isTrue();
    }

    @Test
    void acceptsWhatGoAndPythonSignOnTheirConfiguredEndpoint() {
        String url = "http://127.0.0.1:8080/1.0/ipLoadbalancing/lb/task?action=refreshIplb&status=todo";
        String signature = OvhSignature.sign("AS", "CK", "GET", url, "", TIMESTAMP);

        Set<String> urls = OvhSignature.urls("http", "127.0.0.1:8080",
                "/1.0/ipLoadbalancing/lb/task?action=refreshIplb&status=todo", Optional.empty());

        assertThat(OvhSignature.matches(signature, "AS", "CK", "GET", urls, "", TIMESTAMP)).isTrue();
    }

    @Test
    void acceptsTheConfiguredPublicUrlBehindAProxy() {
        String signature = OvhSignature.sign("AS", "CK", "POST", "https://lb.example.com/1.0/ipLoadbalancing",
                "{\"a\":1}", TIMESTAMP);

        Set<String> urls = OvhSignature.urls("http", "10.0.0.5:8080", "/1.0/ipLoadbalancing",
                Optional.of("https://lb.example.com/1.0"));

        assertThat(OvhSignature.matches(signature, "AS", "CK", "POST", urls, "{\"a\":1}", TIMESTAMP)).isTrue();
        assertThat(urls).contains("https://lb.example.com/1.0/ipLoadbalancing");
    }

    @Test
    void anyChangeToWhatIsSignedBreaksTheSignature() {
        Set<String> urls = OvhSignature.urls("http", "127.0.0.1:18080", "/1.0/ipLoadbalancing", Optional.empty());
        String good = "$1$2fcf9aa9385dd8c3005e536a7f7714bf1b4a75af";

        assertThat(OvhSignature.matches(good, "otherAS", "testCK", "GET", urls, "", TIMESTAMP)).isFalse();
        assertThat(OvhSignature.matches(good, "testAS", "otherCK", "GET", urls, "", TIMESTAMP)).isFalse();
        assertThat(OvhSignature.matches(good, "testAS", "testCK", "POST", urls, "", TIMESTAMP)).isFalse();
        assertThat(OvhSignature.matches(good, "testAS", "testCK", "GET", urls, "{}", TIMESTAMP)).isFalse();
        assertThat(OvhSignature.matches(good, "testAS", "testCK", "GET", urls, "", "1795422464")).isFalse();
        assertThat(OvhSignature.matches(good, "testAS", "testCK", "GET", OvhSignature.urls("http",
                "127.0.0.1:18080", "/1.0/ipLoadbalancing?x=1", Optional.empty()), "", TIMESTAMP)).isFalse();
        assertThat(OvhSignature.matches(null, "testAS", "testCK", "GET", urls, "", TIMESTAMP)).isFalse();
    }

    @Test
    void theNodeFormDropsThePortOfEveryKindOfHost() {
        assertThat(OvhSignature.urls("http", "localhost:8080", "/1.0/x", Optional.empty()))
                .containsExactly("http://localhost:8080/1.0/x", "https://localhost/1.0/x");
        assertThat(OvhSignature.urls("https", "[::1]:8443", "/1.0/x", Optional.empty()))
                .containsExactly("https://[::1]:8443/1.0/x", "https://[::1]/1.0/x");
        assertThat(OvhSignature.urls("https", "api.example.com", "/1.0/x", Optional.empty()))
                .containsExactly("https://api.example.com/1.0/x");
    }
}
