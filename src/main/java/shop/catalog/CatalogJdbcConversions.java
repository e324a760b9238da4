package shop.catalog;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import org.postgresql.util.PGobject;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;
import org.springframework.data.jdbc.core.convert.JdbcCustomConversions;
import org.springframework.data.jdbc.core.dialect.JdbcDialect;
import org.springframework.data.jdbc.repository.config.JdbcConfiguration;
import tools.jackson.databind.json.JsonMapper;

/**
 * How Spring Data JDBC maps the catalog's {@code jsonb} attribute columns onto {@link Attributes}. It is
 * the application's only set of custom JDBC conversions (the dialect's own are kept); a second module
 * needing converters should move this bean to a shared home rather than define another one.
 */
@Configuration(proxyBeanMethods = false)
class CatalogJdbcConversions {

    @Bean
    JdbcCustomConversions jdbcCustomConversions(JdbcDialect dialect, JsonMapper json) {
        return JdbcConfiguration.createCustomConversions(dialect,
                List.of(new AttributesToJsonb(json), new JsonbToAttributes(json)));
    }

    @WritingConverter
    record AttributesToJsonb(JsonMapper json) implements Converter<Attributes, PGobject> {

        @Override
        public PGobject convert(Attributes attributes) {
            PGobject value = new PGobject();
            value.setType("jsonb");
            try {
                value.setValue(json.writeValueAsString(attributes.values()));
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return value;
        }
    }

    @ReadingConverter
    record JsonbToAttributes(JsonMapper json) implements Converter<PGobject, Attributes> {

        @Override
        @SuppressWarnings("unchecked")
        public Attributes convert(PGobject value) {
            return value.getValue() == null ? Attributes.NONE : new Attributes(json.readValue(value.getValue(), Map.class));
        }
    }
}
