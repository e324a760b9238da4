package shop.user;

import jakarta.servlet.http.Cookie;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import testsupport.Forms;
import testsupport.TestCustomers;

/**
 * A verified customer signed in through the login form, sending the session cookie and a valid CSRF token
 * (token and cookie from the sign-in page, as a browser holds them) with every request.
 */
public record SignedInCustomer(MockMvcTester mvc, TestCustomers.Customer account, Cookie session, Forms.Csrf csrf) {

    public static SignedInCustomer signUp(MockMvcTester mvc, JdbcClient jdbc, PasswordEncoder passwords, String name) {
        TestCustomers.Customer account = TestCustomers.create(jdbc, passwords, name);
        return signIn(mvc, account);
    }

    public static SignedInCustomer signIn(MockMvcTester mvc, TestCustomers.Customer account) {
        Cookie session = Forms.signIn(mvc, account.email(), TestCustomers.PASSWORD);
        return new SignedInCustomer(mvc, account, session, Forms.csrfFrom(mvc, "/login"));
    }

    public long id() {
        return account.id();
    }

    public String email() {
        return account.email();
    }

    public MockMvcRequestBuilder get(String uri, Object... variables) {
        return mvc.get().uri(uri, variables).cookie(session);
    }

    /** A form post with the CSRF token; {@code fields} are name, value, name, value, ... */
    public MockMvcRequestBuilder post(String uri, String... fields) {
        MockMvcRequestBuilder post = mvc.post().uri(uri).cookie(session, csrf.cookie()).param("_csrf", csrf.token());
        for (int i = 0; i + 1 < fields.length; i += 2) {
            post = post.param(fields[i], fields[i + 1]);
        }
        return post;
    }

    public MvcTestResult send(MockMvcRequestBuilder request) {
        return request.exchange();
    }
}
