package shop.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.UnsupportedEncodingException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import testsupport.Forms;

/**
 * Fills in the user module's forms as a browser would (CSRF token and cookie from the page), each test from
 * its own client address so that the per-address limits of one test never touch another, and reads the
 * mails the notification module recorded.
 */
public final class Visitor {

    private static final AtomicInteger clients = new AtomicInteger();
    private static final Pattern LINK = Pattern.compile("(/account/verify|/password/reset)\\?token=[A-Za-z0-9_.-]+");

    private final MockMvcTester mvc;
    private final JdbcClient jdbc;
    final String client;

    public Visitor(MockMvcTester mvc, JdbcClient jdbc) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.client = "2001:db8::" + Integer.toHexString(clients.incrementAndGet());
    }

    /** POSTs {@code fields} (name, value, name, value …) to {@code path} with a valid CSRF token. */
    public MvcTestResult post(String path, String... fields) {
        return post(path, List.of(), fields);
    }

    public MvcTestResult post(String path, List<Cookie> cookies, String... fields) {
        var csrf = Forms.csrfFrom(mvc, "/login");
        List<Cookie> all = new ArrayList<>(cookies);
        all.add(csrf.cookie());
        var request = mvc.post().uri(path).cookie(all.toArray(Cookie[]::new)).param("_csrf", csrf.token())
                .with(r -> {
                    r.setRemoteAddr(client);
                    return r;
                });
        for (int i = 0; i < fields.length; i += 2) {
            request.param(fields[i], fields[i + 1]);
        }
        return request.exchange();
    }

    public MvcTestResult register(String name, String email, String password) {
        return post("/register", "name", name, "email", email, "password", password, "passwordConfirmation", password);
    }

    public MvcTestResult signIn(String email, String password, String... more) {
        String[] fields = new String[4 + more.length];
        fields[0] = "username";
        fields[1] = email;
        fields[2] = "password";
        fields[3] = password;
        System.arraycopy(more, 0, fields, 4, more.length);
        return post("/login", fields);
    }

    /** The page a redirect leads to, with the session cookie the redirect set (flash attributes live there). */
    public MvcTestResult follow(MvcTestResult redirect) {
        String location = redirect.getResponse().getRedirectedUrl();
        assertThat(location).as("a redirect").isNotNull();
        Cookie session = redirect.getResponse().getCookie("SESSION");
        var request = mvc.get().uri(location);
        if (session != null) {
            request.cookie(session);
        }
        return request.exchange();
    }

    /** The bodies of the mails of {@code template} recorded for {@code recipient}, oldest first, once there are {@code count}. */
    public List<String> mails(String recipient, String template, int count) {
        return await().atMost(Duration.ofSeconds(15)).until(() -> mailsNow(recipient, template),
                mails -> mails.size() >= count);
    }

    /**
     * The mails of {@code template} recorded for {@code recipient} once every event that names the address has
     * been handled (the registry deletes completed publications), so that a mail that is absent stays absent:
     * an asynchronous listener cannot still be about to send it.
     */
    public List<String> mailsOnceHandled(String recipient, String template) {
        await().atMost(Duration.ofSeconds(15)).until(() -> unhandledEventsNaming(recipient) == 0);
        return mailsNow(recipient, template);
    }

    private long unhandledEventsNaming(String address) {
        return jdbc.sql("select count(*) from event_publication where lower(serialized_event) like lower(?)")
                .param("%" + address + "%").query(Long.class).single();
    }

    public List<String> mailsNow(String recipient, String template) {
        return jdbc.sql("select body_text from notification.message where recipient = ? and template = ? order by id")
                .params(recipient, template).query(String.class).list();
    }

    /** The path and query of the link in the latest mail of {@code template} to {@code recipient}. */
    public String linkIn(String recipient, String template, int mailsExpected) {
        List<String> mails = mails(recipient, template, mailsExpected);
        Matcher link = LINK.matcher(mails.getLast());
        assertThat(link.find()).as("a link in %s", mails.getLast()).isTrue();
        return link.group();
    }

    public static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString();
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
