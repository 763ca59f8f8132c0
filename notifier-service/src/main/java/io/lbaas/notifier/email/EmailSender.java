package io.lbaas.notifier.email;

import io.lbaas.notifier.delivery.Alert;
import io.lbaas.notifier.delivery.Attempt;
import io.lbaas.notifier.delivery.Channel;
import io.lbaas.notifier.delivery.Delivery;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Mails an alert through the configured SMTP server ({@code quarkus.mailer.*}), in text and HTML from the Qute
 * templates {@code alert.txt} and {@code alert.html}. The Message-ID is made from the delivery's id, so that a mail
 * sent again after a crash can be recognised as the same one.
 */
@ApplicationScoped
public class EmailSender implements Channel {

    private final ReactiveMailer mailer;
    private final Template text;
    private final Template html;

    EmailSender(ReactiveMailer mailer, @Location("alert.txt") Template text, @Location("alert.html") Template html) {
        this.mailer = mailer;
        this.text = text;
        this.html = html;
    }

    @Override
    public String name() {
        return Delivery.EMAIL;
    }

    @Override
    public Uni<Attempt> attempt(Delivery delivery) {
        Alert alert = delivery.alert();
        Mail mail = Mail.withText(delivery.recipient().email(), "[LBaaS] " + alert.summary(),
                        text.data("alert", alert.data()).render())
                .setHtml(html.data("alert", alert.data()).render())
                .addHeader("Message-ID", "<" + delivery.id() + "@lbaas-notifier>");
        return mailer.send(mail).replaceWith(Attempt.delivered(null))
                .onFailure().recoverWithItem(e -> Attempt.failed("SMTP: " + e.getMessage()));
    }
}
