package shop.catalog.admin;

import java.io.UnsupportedEncodingException;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import testsupport.Forms;
import testsupport.TestAccounts;

/** A signed-in admin sending forms as the browser would: session cookie, CSRF token and cookie. */
final class AdminSession {

    private final MockMvcTester mvc;
    private final Cookie session;
    private final Forms.Csrf csrf;

    private AdminSession(MockMvcTester mvc) {
        this.mvc = mvc;
        this.session = Forms.signIn(mvc, TestAccounts.ADMIN_EMAIL, TestAccounts.ADMIN_PASSWORD);
        this.csrf = Forms.csrfFrom(mvc, "/login");
    }

    static AdminSession signIn(MockMvcTester mvc) {
        return new AdminSession(mvc);
    }

    Cookie session() {
        return session;
    }

    Forms.Csrf csrf() {
        return csrf;
    }

    MvcTestResult get(String uri, Object... variables) {
        return mvc.get().uri(uri, variables).accept(MediaType.TEXT_HTML).cookie(session).exchange();
    }

    /** Gets {@code path} with query parameters given as name, value, name, value... */
    MvcTestResult query(String path, String... parameters) {
        var request = mvc.get().uri(path).accept(MediaType.TEXT_HTML).cookie(session);
        for (int i = 0; i + 1 < parameters.length; i += 2) {
            request.param(parameters[i], parameters[i + 1]);
        }
        return request.exchange();
    }

    /** Posts {@code fields} (null values are left out) as a form with the CSRF token. */
    MvcTestResult post(String uri, Map<String, String> fields) {
        var request = mvc.post().uri(uri).accept(MediaType.TEXT_HTML).cookie(session, csrf.cookie()).param("_csrf", csrf.token());
        fields.forEach((name, value) -> {
            if (value != null) {
                request.param(name, value);
            }
        });
        return request.exchange();
    }

    MvcTestResult upload(String uri, byte[] file) {
        return upload(uri, file, Map.of());
    }

    /** Uploads {@code file} with other form fields. */
    MvcTestResult upload(String uri, byte[] file, Map<String, String> fields) {
        var request = mvc.post().uri(uri).multipart().file("file", file).accept(MediaType.TEXT_HTML)
                .cookie(session, csrf.cookie()).param("_csrf", csrf.token());
        fields.forEach(request::param);
        return request.exchange();
    }

    static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString();
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
