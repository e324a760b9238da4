package shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import testsupport.TcpProxy;
import testsupport.TcpProxy.Outage;
import testsupport.TestAccounts;
import testsupport.TestDatabase;

/**
 * The database really goes away: the shop reaches the test PostgreSQL through a {@link TcpProxy} that the
 * test cuts, once refusing new connections (a stopped server) and once leaving them unanswered (a host that
 * stopped answering). Over real HTTP, pages that need the database answer their module's notice within two
 * seconds, health says DOWN as fast, the circuit breaker opens and then answers without trying the database,
 * and once the proxy relays again everything recovers without a restart. The figures are printed.
 * <p>
 * Its own Spring context (the datasource URL differs), on the same database as every other test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"shop.admin.password=" + TestAccounts.ADMIN_PASSWORD,
                "shop.notification.dispatch-enabled=false",
                "shop.catalog.demo.products=150",
                "shop.media.dir=target/test-media",
                "shop.media.demo-pictures.enabled=false",
                // the shared context retries failed events; this one must not do it for it
                "shop.events.resubmit-every=1h"})
class DatabaseOutageTests {

    /** The longest a page, a fragment or health may take to answer its degraded form with the database gone. */
    private static final Duration DEGRADED_WITHIN = Duration.ofSeconds(2);
    private static final String CATALOG_NOTICE = "This part of the shop is taking a short break";
    private static final String ACCOUNTS_NOTICE = "Accounts are temporarily unavailable";

    static final TcpProxy proxy = TcpProxy.inFrontOf(TestDatabase.shared().url());

    @DynamicPropertySource
    static void databaseThroughTheProxy(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> proxy.proxied(TestDatabase.shared().url()));
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DatabaseCircuitBreaker breaker;

    @Autowired
    DataSource dataSource;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    /** Pages this context has served, so that each outage asks for pages no cache holds. */
    private static final Set<String> requested = new HashSet<>();

    @Test
    void theApplicationsConnectionsPassTheBreakerAndThePoolFailsFast() throws Exception {
        assertThat(dataSource).isInstanceOf(BreakerGuardedDataSource.class);
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        assertThat(pool.getConnectionTimeout()).isEqualTo(1000);
        assertThat(pool.getValidationTimeout()).isEqualTo(500);
        assertThat(pool.getDataSourceProperties()).containsEntry("connectTimeout", "1")
                .containsEntry("loginTimeout", "2").containsEntry("socketTimeout", "300");
    }

    @ParameterizedTest
    @EnumSource(Outage.class)
    void withTheDatabaseGonePagesDegradeFastTheBreakerStopsTryingAndEverythingRecovers(Outage outage) {
        assertThat(proxy.attempts()).as("the shop reaches its database through the proxy").isPositive();
        String product = unrequested(jdbc.sql("select slug from catalog.product where status = 'PUBLISHED' order by id")
                .query(String.class).list(), "/p/");
        String listing = unrequested(jdbc.sql("select slug from catalog.category order by id")
                .query(String.class).list(), "/c/");
        List<String> moreProducts = jdbc.sql("select slug from catalog.product where status = 'PUBLISHED' order by id desc limit 60")
                .query(String.class).list().stream().map(slug -> "/p/" + slug).filter(path -> !requested.contains(path))
                .limit(20).toList();
        assertThat(get("/")).extracting(Answer::status).isEqualTo(200); // the chrome every page shares, as in a running shop
        assertThat(get("/actuator/health").body()).contains("\"UP\"");
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.CLOSED);

        long cutAt = System.nanoTime();
        proxy.cut(outage);

        Answer productPage = get(product);
        Answer listingPage = get(listing);
        Answer register = get("/register");
        Answer health = get("/actuator/health");
        assertThat(productPage.status()).as(product).isEqualTo(503);
        assertThat(productPage.body()).contains(CATALOG_NOTICE, "Skip to content");
        assertThat(listingPage.status()).as(listing).isEqualTo(503);
        assertThat(listingPage.body()).contains(CATALOG_NOTICE, "Skip to content");
        assertThat(register.status()).as("/register").isEqualTo(503);
        assertThat(register.body()).contains(ACCOUNTS_NOTICE, "Skip to content");
        assertThat(health.status()).isEqualTo(503);
        assertThat(health.body()).contains("\"DOWN\"");
        for (Answer answer : List.of(productPage, listingPage, register, health)) {
            assertThat(answer.took()).as(answer.path()).isLessThan(DEGRADED_WITHIN);
        }
        // an orchestrator keeps the node: cached pages still serve (README "Operating it")
        assertThat(get("/actuator/health/readiness").status()).isEqualTo(200);
        assertThat(get("/actuator/health/liveness").status()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(50))
                .until(() -> get(product).status() == 503 && breaker.state() == CircuitBreaker.State.OPEN);
        Duration toOpen = since(cutAt);

        int attemptsBefore = proxy.attempts();
        long refusedBefore = breaker.refusedWithoutTrying();
        List<Answer> whileOpen = new ArrayList<>();
        for (String path : moreProducts) {
            whileOpen.add(get(path));
        }
        whileOpen.add(get("/register"));
        whileOpen.add(get("/actuator/health"));
        int attemptsWhileOpen = proxy.attempts() - attemptsBefore;
        long refusedWhileOpen = breaker.refusedWithoutTrying() - refusedBefore;
        assertThat(whileOpen).allSatisfy(answer -> assertThat(answer.status()).as(answer.path()).isEqualTo(503));
        Duration slowestWhileOpen = whileOpen.stream().map(Answer::took).max(Duration::compareTo).orElseThrow();
        // none of them waited for a connection (that alone takes the pool's connection timeout, 1 s)
        assertThat(slowestWhileOpen).isLessThan(Duration.ofMillis(1000));
        assertThat(refusedWhileOpen).as("connection requests refused without trying").isGreaterThanOrEqualTo(whileOpen.size());
        // the only attempts are the pool's own background refills (HikariCP backs off), not one per request
        assertThat(attemptsWhileOpen).as("connection attempts reaching the proxy").isLessThan(whileOpen.size() / 4);

        long restoredAt = System.nanoTime();
        proxy.restore();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> get("/actuator/health").status() == 200);
        Duration toHealthy = since(restoredAt);
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                .until(() -> get(product).status() == 200 && get(listing).status() == 200 && get("/register").status() == 200);
        Duration toPages = since(restoredAt);
        assertThat(get(product).body()).contains("Add to cart");
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.CLOSED);

        System.out.printf("""
                Database outage (%s):
                  degraded answers: product %d ms, listing %d ms, /register %d ms, health DOWN %d ms
                  breaker open %d ms after the cut (after the requests above, sent one after another); %d answers while open: slowest %d ms, %d refused without trying, %d connection attempts (pool refills)
                  after restoring: health UP in %d ms, pages in %d ms
                """, outage, productPage.took().toMillis(), listingPage.took().toMillis(), register.took().toMillis(),
                health.took().toMillis(), toOpen.toMillis(), whileOpen.size(), slowestWhileOpen.toMillis(),
                refusedWhileOpen, attemptsWhileOpen, toHealthy.toMillis(), toPages.toMillis());
    }

    @AfterEach
    void restore() {
        proxy.restore();
    }

    private static String unrequested(List<String> slugs, String prefix) {
        String path = slugs.stream().map(slug -> prefix + slug).filter(candidate -> !requested.contains(candidate))
                .findFirst().orElseThrow();
        requested.add(path);
        return path;
    }

    private static Duration since(long nanos) {
        return Duration.ofNanos(System.nanoTime() - nanos);
    }

    private Answer get(String path) {
        requested.add(path);
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html,application/json").timeout(Duration.ofSeconds(40)).GET().build();
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(path, response.statusCode(), response.body(), since(start));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private record Answer(String path, int status, String body, Duration took) {
    }
}
