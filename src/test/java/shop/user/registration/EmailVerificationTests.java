package shop.user.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.ApplicationContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import shop.user.Account;
import shop.user.Accounts;
import shop.user.LinkTokens;
import shop.user.Visitor;
import shop.user.events.CustomerEmailVerified;
import testsupport.Forms;
import testsupport.ShopIntegrationTest;

/** Confirming an address with the mailed link: once, unaltered, in time; and "send me a new link". */
@ShopIntegrationTest
@RecordApplicationEvents
class EmailVerificationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    @Autowired
    ApplicationContext context;

    @Autowired
    LinkTokens tokens;

    @Autowired
    ApplicationEvents events;

    Visitor visitor;

    @BeforeEach
    void newVisitor() {
        visitor = new Visitor(mvc, jdbc);
    }

    @Test
    void theLinkConfirmsTheAddressOnceAndThenTheCustomerCanSignIn() {
        String email = Customers.uniqueEmail("verify");
        visitor.register("Ada Lovelace", email, Customers.PASSWORD);
        String link = visitor.linkIn(email, "verify-email", 1);
        assertThat(visitor.mails(email, "verify-email", 1).getFirst())
                .contains("Hello Ada Lovelace,", "Please confirm that " + email, "The link works until");

        assertThat(mvc.get().uri(link)).hasStatusOk().bodyText()
                .contains("Your email address is confirmed", email).doesNotContain("does not work");

        Account account = accounts.findByEmail(email).orElseThrow();
        assertThat(account.emailVerified()).isTrue();
        assertThat(events.stream(CustomerEmailVerified.class)).singleElement().satisfies(verified -> {
            assertThat(verified.accountId()).isEqualTo(account.id());
            assertThat(verified.email()).isEqualTo(email);
        });
        assertThat(mvc.get().uri(link)).hasStatusOk().bodyText().contains("Already confirmed");
        assertThat(events.stream(CustomerEmailVerified.class)).hasSize(1);
        assertThat(Forms.signIn(mvc, email, Customers.PASSWORD)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "x", "not.a-token", "' OR 1=1 --", "<script>alert(1)</script>",
            "dnwxfDF8MTcwMDAwMDAwMHxhQGIuYw.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"})
    void anythingButAGenuineLinkChangesNothing(String token) {
        assertThat(mvc.get().uri("/account/verify").param("token", token)).hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText().contains("This link does not work", "Nothing was changed").doesNotContain("<script>alert");
        assertThat(mvc.get().uri("/account/verify")).hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void anOverlongTokenIsRefusedWithoutBeingRead() {
        assertThat(mvc.get().uri("/account/verify").param("token", "A".repeat(100_000) + ".x"))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyText().contains("This link does not work");
    }

    @Test
    void alteredLinksChangeNothing() {
        String email = Customers.uniqueEmail("tamper");
        Account account = Customers.unconfirmed(context, email, "Mallory");
        Account other = Customers.unconfirmed(context, Customers.uniqueEmail("victim"), "Victim");
        String token = tokens.issue(LinkTokens.Purpose.VERIFY_EMAIL, account, email, Instant.now().plusSeconds(3600));
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);

        String otherAccount = encode(payload.replace("|" + account.id() + "|", "|" + other.id() + "|")) + "." + parts[1];
        String laterExpiry = encode(payload.replaceFirst("\\|\\d{13}\\|", "|4102444800000|")) + "." + parts[1];
        String flippedSignature = parts[0] + "." + (parts[1].charAt(0) == 'A' ? 'B' : 'A') + parts[1].substring(1);
        String resetPurpose = tokens.issue(LinkTokens.Purpose.RESET_PASSWORD, account, email, Instant.now().plusSeconds(3600));

        for (String altered : new String[] {otherAccount, laterExpiry, flippedSignature, resetPurpose, token + "x"}) {
            assertThat(mvc.get().uri("/account/verify").param("token", altered)).as(altered)
                    .hasStatus(HttpStatus.BAD_REQUEST).bodyText().contains("This link does not work");
        }
        assertThat(accounts.findById(account.id()).orElseThrow().emailVerified()).isFalse();
        assertThat(accounts.findById(other.id()).orElseThrow().emailVerified()).isFalse();
        assertThat(events.stream(CustomerEmailVerified.class)).isEmpty();

        assertThat(mvc.get().uri("/account/verify").param("token", token)).hasStatusOk();
        assertThat(accounts.findById(account.id()).orElseThrow().emailVerified()).isTrue();
    }

    @Test
    void anExpiredLinkSaysSoAndChangesNothing() {
        String email = Customers.uniqueEmail("expired");
        Account account = Customers.unconfirmed(context, email, "Late");
        String token = tokens.issue(LinkTokens.Purpose.VERIFY_EMAIL, account, email, Instant.now().minusSeconds(1));

        assertThat(mvc.get().uri("/account/verify").param("token", token)).hasStatus(HttpStatus.GONE).bodyText()
                .contains("This link has expired", "Nothing was changed", "Send me a new link");
        assertThat(accounts.findById(account.id()).orElseThrow().emailVerified()).isFalse();
        assertThat(mvc.get().uri("/account/verify").param("token", token))
                .headers().hasValue("Referrer-Policy", "no-referrer");
    }

    @Test
    void signingInBeforeConfirmingExplainsItAndOffersANewLink() {
        String email = Customers.uniqueEmail("early");
        visitor.register("Early", email, Customers.PASSWORD);

        var failed = visitor.signIn(email, Customers.PASSWORD);

        assertThat(failed).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/login?error");
        assertThat(visitor.follow(failed)).bodyText()
                .contains("Please confirm your email address first", "Send me a new link",
                        "action=\"/account/verify/resend\"", "value=\"" + email + "\"");
        assertThat(visitor.post("/account/verify/resend", "email", email))
                .hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/account/verify/sent");
        assertThat(visitor.mails(email, "verify-email", 2)).hasSize(2);
    }

    @Test
    void aNewLinkIsOnlyForAccountsWaitingForConfirmationAndTheAnswerIsAlwaysTheSame() {
        String waiting = Customers.uniqueEmail("waiting");
        Customers.unconfirmed(context, waiting, "Waiting");
        String confirmed = Customers.uniqueEmail("confirmed");
        Customers.confirmed(context, confirmed, "Confirmed");
        String unknown = Customers.uniqueEmail("unknown");

        String answer = null;
        for (String email : new String[] {waiting, confirmed, unknown}) {
            var result = visitor.post("/account/verify/resend", "email", email);
            assertThat(result).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/account/verify/sent");
            String page = Visitor.body(visitor.follow(result)).replace(email, "EMAIL").replaceAll("(value|content)=\"[^\"]*\"", "");
            assertThat(answer == null || answer.equals(page)).as("same page for %s", email).isTrue();
            answer = page;
        }
        assertThat(visitor.mails(waiting, "verify-email", 1)).hasSize(1);
        assertThat(visitor.mailsOnceHandled(confirmed, "verify-email")).isEmpty();
        assertThat(visitor.mailsOnceHandled(unknown, "verify-email")).isEmpty();
    }

    @Test
    void askingForANewLinkChecksTheAddressAndTheCsrfToken() {
        assertThat(visitor.post("/account/verify/resend", "email", "<script>@x"))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyText().contains("id=\"email-error\"");
        assertThat(mvc.post().uri("/account/verify/resend").param("email", "ada@example.com"))
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    private static String encode(String payload) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8));
    }
}
