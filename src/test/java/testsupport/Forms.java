package testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Fills in forms the way a browser does: with the CSRF token the page rendered and the cookie that holds
 * it. (Spring Security's test post-processors would swap the shared context's token and security
 * context repositories for the rest of the run, so the tests do without them.)
 */
public final class Forms {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private Forms() {
    }

    /** The token and cookie a visitor holds after opening {@code page}. */
    public static Csrf csrfFrom(MockMvcTester mvc, String page) {
        MvcTestResult result = mvc.get().uri(page).accept(MediaType.TEXT_HTML).exchange();
        Matcher field = CSRF_FIELD.matcher(bodyOf(result));
        assertThat(field.find()).as("%s renders a form with a CSRF token", page).isTrue();
        Cookie cookie = result.getResponse().getCookie("XSRF-TOKEN");
        assertThat(cookie).as("%s sets the CSRF cookie", page).isNotNull();
        return new Csrf(field.group(1), cookie);
    }

    /** Signs in through the login form and returns the session cookie. */
    public static Cookie signIn(MockMvcTester mvc, String email, String password) {
        Csrf csrf = csrfFrom(mvc, "/login");
        MvcTestResult result = mvc.post().uri("/login").cookie(csrf.cookie())
                .param("_csrf", csrf.token()).param("username", email).param("password", password)
                .exchange();
        assertThat(result).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/");
        Cookie session = result.getResponse().getCookie("SESSION");
        assertThat(session).as("signing in starts a session").isNotNull();
        return session;
    }

    private static String bodyOf(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString();
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    public record Csrf(String token, Cookie cookie) {
    }
}
