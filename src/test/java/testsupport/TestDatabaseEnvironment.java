package testsupport;

import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points every Spring context the tests start at the {@link TestDatabase#shared() shared test database},
 * so that all test contexts of a JVM, full or per module, use one PostgreSQL.
 */
public class TestDatabaseEnvironment implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        TestDatabase database = TestDatabase.shared();
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.datasource.url", database.url());
        properties.put("spring.datasource.username", database.username());
        if (database.password() != null) {
            properties.put("spring.datasource.password", database.password());
        }
        environment.getPropertySources().addFirst(new MapPropertySource("shopTestDatabase", properties));
    }
}
