package io.lbaas.notifier.email;

import io.lbaas.events.lb.BackendServerStateChanged;
import io.lbaas.notifier.delivery.SubscribedLb;
import io.lbaas.testsupport.SmtpResource;
import io.lbaas.testsupport.StackResource;
import io.lbaas.testsupport.TestSmtp;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuarkusTest
@WithTestResource(StackResource.class)
@WithTestResource(SmtpResource.class)
class EmailDeliveryTest {

    @Test
    void anEmailSubscriberGetsAMailNamingTheLbAndItsNewStatusWithTheReason() throws Exception {
        String address = "ops-" + UUID.randomUUID() + "@example.com";
        SubscribedLb lb = SubscribedLb.withEmail(address);

        lb.status("error", "haproxy -c: unknown keyword 'frobnicate'");

        List<TestSmtp.Mail> mails = await().atMost(Duration.ofSeconds(20))
                .until(() -> TestSmtp.get().mailsTo(address), received -> !received.isEmpty());
        assertThat(mails).hasSize(1);
        TestSmtp.Mail mail = mails.get(0);
        assertThat(mail.subject()).isEqualTo("[LBaaS] Load balancer web is now error");
        assertThat(mail.text()).contains("Its status is now error (it was to_create).")
                .contains("Reason: haproxy -c: unknown keyword 'frobnicate'").contains(lb.lb.toString());
        assertThat(mail.html()).contains("<strong>error</strong>");
    }

    @Test
    void aServerThatFailedItsCheckIsNamedInTheMail() {
        String address = "ops-" + UUID.randomUUID() + "@example.com";
        SubscribedLb lb = SubscribedLb.withEmail(address);

        lb.onLb(new BackendServerStateChanged(UUID.randomUUID(), "10.0.0.7", "agent-1", "stopped", "failed",
                "Layer4 connection problem"));

        TestSmtp.Mail mail = await().atMost(Duration.ofSeconds(20))
                .until(() -> TestSmtp.get().mailsTo(address), received -> !received.isEmpty()).get(0);
        assertThat(mail.subject()).isEqualTo("[LBaaS] Load balancer web server 10.0.0.7 is now stopped");
        assertThat(mail.text()).contains("Its backend server 10.0.0.7 is now stopped.")
                .contains("Last health check: failed.").contains("Reason: Layer4 connection problem");
        assertThat(mail.html()).contains("<strong>10.0.0.7</strong>");
    }
}
