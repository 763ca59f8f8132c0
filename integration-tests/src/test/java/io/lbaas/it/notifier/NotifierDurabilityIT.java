package io.lbaas.it.notifier;

import io.lbaas.it.support.ServiceProcess;
import io.lbaas.it.support.SystemUnderTest;
import io.lbaas.testsupport.EventLogWriter;
import io.lbaas.testsupport.WebhookReceiver;
import io.lbaas.testsupport.WebhookReceiver.Received;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.MemberToRemove;
import org.apache.kafka.clients.admin.RemoveMembersFromConsumerGroupOptions;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Deliveries survive what happens to notifiers: a crash, a second replica, a log read again from its start. The
 * receiver counts requests per webhook-id: each must come exactly once.
 */
class NotifierDurabilityIT {

    private static final String GROUP = "notifier-service";

    private static SystemUnderTest system;

    private final WebhookReceiver receiver = WebhookReceiver.start();

    @BeforeAll
    static void start() {
        system = SystemUnderTest.get();
    }

    @AfterEach
    void cleanUp() {
        receiver.close();
        system.notifier().ensureRunning();
    }

    @Test
    void aReceiverDownWhileTheNotifierIsKilledAndRestartedStillGetsEveryDeliveryOnce() {
        AlertedLbs alerted = AlertedLbs.toWebhook(system, receiver.url());
        List<String> lbs = List.of(alerted.lb("a"), alerted.lb("b"), alerted.lb("c"));
        receiver.stop();

        lbs.forEach(lb -> alerted.status(lb, "creating"));
        system.notifier().kill();
        lbs.forEach(lb -> alerted.status(lb, "ready"));
        receiver.restart();
        system.notifier().restart();

        alerted.awaitDeliveries("?status=delivered", 6, Duration.ofSeconds(60));
        Map<String, Long> perId = perWebhookId(lbs);
        assertThat(perId).hasSize(6);
        assertThat(perId.values()).containsOnly(1L);
    }

    @Test
    void twoNotifiersOnTheSameDatabaseSendEachDeliveryOnce() {
        ServiceProcess second = system.newNotifier("notifier-2");
        second.start();
        try {
            second.awaitReady();
            AlertedLbs alerted = AlertedLbs.toWebhook(system, receiver.url());
            List<String> lbs = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                lbs.add(alerted.lb("lb-" + i));
            }

            for (String status : List.of("creating", "ready", "error")) {
                lbs.forEach(lb -> alerted.status(lb, status));
            }

            alerted.awaitDeliveries("?status=delivered", 36, Duration.ofSeconds(60));
            Map<String, Long> perId = perWebhookId(lbs);
            assertThat(perId).hasSize(36);
            assertThat(perId.values()).containsOnly(1L);
        } finally {
            second.kill();
            removeFromGroup("notifier-2");
        }
    }

    @Test
    void aReplayOfTheLogFromItsStartSendsNothingAgain() throws Exception {
        AlertedLbs alerted = AlertedLbs.toWebhook(system, receiver.url());
        String lb = alerted.lb("web");
        alerted.status(lb, "ready");
        await().atMost(Duration.ofSeconds(30)).until(() -> receiver.receivedAbout(lb).size() == 1);

        system.notifier().kill();
        rewindNotifierToTheStartOfTheLog();
        system.notifier().restart();
        String marker = alerted.lb("marker");
        alerted.status(marker, "ready");

        await().atMost(Duration.ofSeconds(60)).until(() -> receiver.receivedAbout(marker).size() == 1);
        assertThat(receiver.receivedAbout(lb)).as("the first alert, read again with the whole log").hasSize(1);
        assertThat(receiver.received()).hasSize(2);
    }

    private Map<String, Long> perWebhookId(List<String> lbs) {
        return receiver.received().stream().filter(request -> lbs.stream().anyMatch(request.body()::contains))
                .collect(Collectors.groupingBy(Received::webhookId, Collectors.counting()));
    }

    /**
     * A killed notifier stays in its group until its session times out (static membership); the group moves its
     * partitions at once when it is removed.
     */
    private static void removeFromGroup(String instanceId) {
        try (Admin admin = admin()) {
            admin.removeMembersFromConsumerGroup(GROUP, new RemoveMembersFromConsumerGroupOptions(
                    Set.of(new MemberToRemove(instanceId)))).all().get();
        } catch (Exception e) {
            throw new IllegalStateException("cannot remove " + instanceId + " from " + GROUP, e);
        }
    }

    /** What an operator does to replay: drop the stopped notifier from its group and move it to offset 0. */
    private static void rewindNotifierToTheStartOfTheLog() throws Exception {
        removeFromGroup("notifier-1");
        try (Admin admin = admin()) {
            Map<TopicPartition, OffsetAndMetadata> start = new HashMap<>();
            for (int partition = 0; partition < EventLogWriter.PARTITIONS; partition++) {
                start.put(new TopicPartition(EventLogWriter.TOPIC, partition), new OffsetAndMetadata(0));
            }
            admin.alterConsumerGroupOffsets(GROUP, start).all().get();
        }
    }

    private static Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                system.stack().kafkaBootstrapServers()));
    }
}
