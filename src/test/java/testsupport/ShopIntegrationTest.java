package testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The whole shop on a random port against the shared test database. Every full-application test uses
 * exactly this configuration, so they share one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"shop.admin.password=" + TestAccounts.ADMIN_PASSWORD,
                // messages stay as recorded unless a test sends them (shop.notification.MailRoom, TestMailServer)
                "shop.notification.dispatch-enabled=false",
                "shop.catalog.demo.products=150",
                // images go to the build's directory, not the developer's ./data/media
                "shop.media.dir=target/test-media"})
@AutoConfigureMockMvc
@AutoConfigureRestTestClient
@Import({QueryCounting.class, TestMailServer.class})
public @interface ShopIntegrationTest {
}
