package io.lbaas.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/** A real SMTP server (GreenMail) on a free loopback port, one per test JVM, that keeps every mail it receives. */
public final class TestSmtp {

    private static TestSmtp instance;

    private final GreenMail server;

    private TestSmtp(int port) {
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    public static synchronized TestSmtp get() {
        if (instance == null) {
            instance = new TestSmtp(Ports.free());
            Runtime.getRuntime().addShutdownHook(new Thread(instance.server::stop));
        }
        return instance;
    }

    public int port() {
        return server.getSmtp().getPort();
    }

    /** A mail as its reader sees it: its subject and its text and HTML bodies (null when it has none). */
    public record Mail(String subject, String text, String html) {
    }

    /** Every mail received for {@code address}. */
    public List<Mail> mailsTo(String address) {
        return Arrays.stream(server.getReceivedMessages()).filter(message -> sentTo(message, address))
                .map(TestSmtp::read).toList();
    }

    private static boolean sentTo(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getAllRecipients()).anyMatch(to -> to.toString().contains(address));
        } catch (MessagingException e) {
            return false;
        }
    }

    private static Mail read(MimeMessage message) {
        try {
            return new Mail(message.getSubject(), body(message, "text/plain"), body(message, "text/html"));
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("cannot read a received mail", e);
        }
    }

    private static String body(Part part, String type) throws MessagingException, IOException {
        if (part.isMimeType(type)) {
            return part.getContent().toString();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = body(multipart.getBodyPart(i), type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
