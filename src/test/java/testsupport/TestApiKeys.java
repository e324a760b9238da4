package testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UnsupportedEncodingException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * API keys for tests, created the way a customer creates them: signed in, through the form on
 * {@code /account/api-keys}, read off the page that shows the new key once.
 */
public final class TestApiKeys {

    private static final Pattern NEW_KEY = Pattern.compile("id=\"new-key\"[^>]*value=\"(shop_[^\"]+)\"");

    private static String catalogReader;

    private TestApiKeys() {
    }

    /** One {@code catalog:read} key per test run, of an account made for it. */
    public static synchronized String catalogReader(MockMvcTester mvc, JdbcClient jdbc, PasswordEncoder encoder) {
        if (catalogReader == null) {
            var reader = TestCustomers.create(jdbc, encoder, "api-reader", false);
            catalogReader = issue(mvc, reader.email(), reader.password(), "catalog reader for tests", "catalog:read");
        }
        return catalogReader;
    }

    /** Signs in as {@code email} and creates a key; returns the key as shown once. */
    public static String issue(MockMvcTester mvc, String email, String password, String name, String scope) {
        Cookie session = Forms.signIn(mvc, email, password);
        return issue(mvc, session, name, scope);
    }

    /** Creates a key in the session {@code session}; returns the key as shown once. */
    public static String issue(MockMvcTester mvc, Cookie session, String name, String scope) {
        Forms.Csrf csrf = Forms.csrfFrom(mvc, "/login");
        MvcTestResult result = mvc.post().uri("/account/api-keys").accept(MediaType.TEXT_HTML)
                .cookie(session, csrf.cookie()).param("_csrf", csrf.token())
                .param("name", name).param("scope", scope).exchange();
        assertThat(result).as("creating a %s key", scope).hasStatusOk();
        Matcher key = NEW_KEY.matcher(body(result));
        assertThat(key.find()).as("the page shows the new key").isTrue();
        return key.group(1);
    }

    private static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString();
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
