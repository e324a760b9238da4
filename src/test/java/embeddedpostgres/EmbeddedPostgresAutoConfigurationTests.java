package embeddedpostgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;

/** With no datasource URL the shop brings its own PostgreSQL, and what it stored is there after a restart. */
class EmbeddedPostgresAutoConfigurationTests {

    private final ApplicationContextRunner shop = new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(
            EmbeddedPostgresAutoConfiguration.class, DataSourceAutoConfiguration.class, JdbcTemplateAutoConfiguration.class));

    @Test
    void keepsDataAcrossRestarts(@TempDir Path dataDir) {
        var withDataDir = shop.withPropertyValues("shop.embedded-db.dir=" + dataDir);

        withDataDir.run(first -> {
            assertThat(first).hasSingleBean(EmbeddedPostgresServer.class);
            var jdbc = first.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("select current_database()", String.class)).isEqualTo("shop");
            jdbc.execute("create table survivor (name text)");
            jdbc.update("insert into survivor values ('still here')");
        });

        withDataDir.run(second -> assertThat(second.getBean(JdbcTemplate.class)
                .queryForObject("select name from survivor", String.class)).isEqualTo("still here"));
    }

    @Test
    void aServerLeftRunningByAShopThatDiedIsStoppedAndItsDataKept(@TempDir Path dataDir) throws Exception {
        Process dyingShop = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), DyingShop.class.getName(), dataDir.toString())
                .redirectErrorStream(true).start();
        var output = new java.io.BufferedReader(new java.io.InputStreamReader(dyingShop.getInputStream()));
        String line;
        do {
            line = output.readLine();
        } while (line != null && !line.equals("READY"));
        assertThat(line).as("the dying shop started its database").isEqualTo("READY");
        dyingShop.destroyForcibly().waitFor();
        long orphan = Long.parseLong(java.nio.file.Files.readAllLines(dataDir.resolve("postmaster.pid")).getFirst().strip());
        assertThat(ProcessHandle.of(orphan)).as("PostgreSQL outlived its shop").hasValueSatisfying(p -> assertThat(p.isAlive()).isTrue());

        shop.withPropertyValues("shop.embedded-db.dir=" + dataDir, "shop.embedded-db.database=postgres")
                .run(restarted -> assertThat(restarted.getBean(JdbcTemplate.class)
                        .queryForObject("select name from survivor", String.class)).isEqualTo("written before the crash"));
        assertThat(ProcessHandle.of(orphan)).isEmpty();
    }

    @Test
    void startsNothingWhenADatabaseUrlIsConfigured() {
        shop.withPropertyValues("spring.datasource.url=jdbc:postgresql://db.example.com/shop")
                .run(context -> assertThat(context).doesNotHaveBean(EmbeddedPostgresServer.class));
    }
}
