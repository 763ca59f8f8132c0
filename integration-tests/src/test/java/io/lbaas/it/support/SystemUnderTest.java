package io.lbaas.it.support;

import io.lbaas.testsupport.KeycloakAdmin;
import io.lbaas.testsupport.TestSmtp;
import io.lbaas.testsupport.TestStack;
import io.lbaas.testsupport.Tenants;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * The whole system for black-box tests, started once per test JVM: the real dependencies and the three
 * services, each as its own process. Tests reach it only through HTTP, as users do, except where a rule is
 * about stored state (aggregate versions) and reading the database is the honest check.
 */
public final class SystemUnderTest {

    /** Short, so that tests of the 503 answer stay quick. */
    static final String READ_MODEL_WAIT = "3s";
    public static final int LBS_PER_PROJECT = 110;
    public static final int SUBSCRIBERS_PER_PROJECT = 40;
    public static final String SILENCE_DEADLINE = "5s";
    /** A zone where a data plane should take LBs but none does. */
    public static final String UNSERVED_ZONE = "pl-waw-2";
    /** Eight attempts over about 12 s: long enough to outlast a notifier restart, short enough to dead-letter. */
    public static final String RETRY_SCHEDULE = "500ms,1s,1s,2s,2s,3s,3s";

    /** Base64 of 32 bytes, for the tests' api-service processes only. */
    static final String OVH_SECRET_KEY = "aXQtb25seS1vdmgtc2VjcmV0LWtleS0zMi1ieXRlcyE=";

    private static SystemUnderTest instance;

    private final TestStack stack;
    private final ServiceProcess projection;
    private final ServiceProcess api;
    private final ServiceProcess notifier;
    private final Map<String, String> notifierConfig;
    private final DataPlaneAgent dataPlane;
    private final Map<String, String> config;
    /** The API's own settings beside the shared ones: the key that encrypts OVH application secrets. */
    private final Map<String, String> apiConfig;
    private ServiceProcess secondApi;
    private ServiceProcess loopbackWebhooksApi;

    private SystemUnderTest(TestStack stack) {
        this.stack = stack;
        config = new HashMap<>(stack.serviceConfig());
        config.put("lbaas.commands.read-model-wait", READ_MODEL_WAIT);
        // Above the 100 LBs one test makes in one project, each with its IP; low enough to reach in QuotaIT.
        config.put("lbaas.quotas.lbs-per-project", Integer.toString(LBS_PER_PROJECT));
        config.put("lbaas.quotas.ips-per-project", Integer.toString(LBS_PER_PROJECT + 10));
        config.put("lbaas.quotas.subscribers-per-project", Integer.toString(SUBSCRIBERS_PER_PROJECT));
        // Short, so that a test sees a silent data plane noticed; the agent beats every second (DataPlaneAgent).
        config.put("lbaas.dataplane.silence-deadline", SILENCE_DEADLINE);
        config.put("lbaas.dataplane.silence-sweep", "1s");
        // The agent serves pl-waw-1; pl-waw-2 has none, to show LBs there do not wait for ever. Other zones' LBs
        // keep the statuses their tests set.
        config.put("lbaas.dataplane.placed-zones", DataPlaneAgent.ZONE + "," + UNSERVED_ZONE);
        config.put("lbaas.dataplane.placement-deadline", "10s");
        config.put("lbaas.dataplane.removal-deadline", "10s");
        config.put("lbaas.dataplane.task-deadline", "10s");
        // Up to three API replicas, two notifiers, the projection and the tests themselves share PostgreSQL's 100
        // connections (its default): pools give back what they no longer use, and an API replica holds 16 at most.
        config.put("quarkus.datasource.reactive.idle-timeout", "PT20S");
        apiConfig = new HashMap<>(config);
        apiConfig.put("quarkus.datasource.reactive.max-size", "16");
        apiConfig.put("lbaas.ovh.secret-key", OVH_SECRET_KEY);
        projection = new ServiceProcess("projection-service", config);
        api = new ServiceProcess("api-service", apiConfig);
        notifierConfig = notifierConfig(config, "notifier-1");
        notifier = new ServiceProcess("notifier-service", notifierConfig);
        dataPlane = new DataPlaneAgent(config, api.url(), config.get("quarkus.oidc.auth-server-url"));
    }

    public static synchronized SystemUnderTest get() {
        if (instance == null) {
            SystemUnderTest system = new SystemUnderTest(TestStack.get());
            system.projection.start();
            system.api.start();
            system.notifier.start();
            system.dataPlane.process().start();
            system.projection.awaitReady();
            system.api.awaitReady();
            system.notifier.awaitReady();
            system.dataPlane.process().awaitReady();
            instance = system;
        }
        return instance;
    }

    public Api api() {
        return new Api(api.url());
    }

    /** A second api-service replica on the same log and database, started on first use. */
    public synchronized Api secondApi() {
        if (secondApi == null) {
            secondApi = new ServiceProcess("api-service", apiConfig);
            secondApi.start();
            secondApi.awaitReady();
        }
        return new Api(secondApi.url());
    }

    /**
     * An api-service replica that accepts webhooks on loopback, where the tests' receivers listen, started on first
     * use. The others refuse them, as production does.
     */
    public synchronized Api loopbackWebhooksApi() {
        if (loopbackWebhooksApi == null) {
            loopbackWebhooksApi = new ServiceProcess("api-service", withLoopbackWebhooks(apiConfig));
            loopbackWebhooksApi.start();
            loopbackWebhooksApi.awaitReady();
        }
        return new Api(loopbackWebhooksApi.url());
    }

    public ServiceProcess notifier() {
        return notifier;
    }

    /** Another notifier replica on the same log and database, not started: the caller starts and stops it. */
    public ServiceProcess newNotifier(String instanceId) {
        return new ServiceProcess("notifier-service", notifierConfig(config, instanceId));
    }

    private static Map<String, String> withLoopbackWebhooks(Map<String, String> config) {
        Map<String, String> allowing = new HashMap<>(config);
        allowing.put("lbaas.subscribers.allow-private-webhook-targets", "true");
        return allowing;
    }

    /** The notifier's own settings: receivers on loopback, short retries, quick timeouts, the tests' SMTP server. */
    private static Map<String, String> notifierConfig(Map<String, String> config, String instanceId) {
        Map<String, String> notifier = withLoopbackWebhooks(config);
        notifier.put("lbaas.instance-id", instanceId);
        notifier.put("lbaas.notifier.retry-schedule", RETRY_SCHEDULE);
        notifier.put("lbaas.notifier.poll-interval", "200ms");
        notifier.put("lbaas.notifier.webhook.connect-timeout", "1s");
        notifier.put("lbaas.notifier.webhook.response-timeout", "2s");
        notifier.put("quarkus.mailer.port", Integer.toString(TestSmtp.get().port()));
        return notifier;
    }

    public ServiceProcess apiProcess() {
        return api;
    }

    public DataPlaneAgent dataPlane() {
        return dataPlane;
    }

    public ServiceProcess projection() {
        return projection;
    }

    public String projectionUrl() {
        return projection.url();
    }

    public Tenants tenants() {
        return stack.tenants();
    }

    public KeycloakAdmin keycloak() {
        return stack.keycloakAdmin();
    }

    public TestStack stack() {
        return stack;
    }

    public Connection readModels() throws SQLException {
        return DriverManager.getConnection(stack.jdbcUrl(), "postgres", "");
    }
}
