package testsupport;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.util.TestSocketUtils;

/**
 * A real SMTP server (GreenMail) in the test JVM for the shared application context, and the shop's
 * {@link JavaMailSender} pointed at it, as {@code spring.mail.host} would. The shared context dispatches
 * nothing by itself; a test that wants a mail delivered asks for it ({@code shop.notification.MailRoom}).
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestMailServer {

    @Bean(initMethod = "start", destroyMethod = "stop")
    GreenMail testSmtpServer() {
        return new GreenMail(new ServerSetup(TestSocketUtils.findAvailableTcpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }

    @Bean
    JavaMailSender mailSender(GreenMail testSmtpServer) {
        var sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(testSmtpServer.getSmtp().getPort());
        return sender;
    }
}
