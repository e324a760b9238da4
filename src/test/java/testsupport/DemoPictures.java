package testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The media module draws the demo catalog's pictures in the background after start-up and catalog hands them
 * to demo products kind by kind. A test that compares the catalog at two moments waits for that to end first,
 * or it sees a product gain its pictures in between.
 */
public final class DemoPictures {

    private DemoPictures() {
    }

    public static void awaitAllHanded(JdbcClient jdbc) {
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(jdbc.sql("""
                                select count(*) from catalog.demo_product d
                                where d.subject not like 'test-%'
                                  and (select count(*) from catalog.product_image i where i.product_id = d.product_id) <> 2""")
                        .query(Long.class).single())
                        .as("demo products still waiting for their pictures").isZero());
    }
}
