package shop;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.client.RestTestClient;

import testsupport.Forms;
import testsupport.ShopIntegrationTest;
import testsupport.TestAccounts;

/** Signing in to the back office, and what operators can reach on the actuator. */
@ShopIntegrationTest
class SignInAndOperationsTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    RestTestClient http;

    @Test
    void adminSignsInAndOpensTheBackOffice() {
        Cookie session = Forms.signIn(mvc, TestAccounts.ADMIN_EMAIL, TestAccounts.ADMIN_PASSWORD);

        assertThat(mvc.get().uri("/admin").cookie(session))
                .hasStatusOk()
                .bodyText()
                .contains("<h1>Back office</h1>", "waiting to be processed", "Sign out", TestAccounts.ADMIN_EMAIL);
    }

    @Test
    void emailIsMatchedWhateverItsCaseAndSurroundingSpaces() {
        assertThat(Forms.signIn(mvc, "  ADMIN@Shop.Local ", TestAccounts.ADMIN_PASSWORD)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"wrong-password", " ", "' or '1'='1", "<script>alert(1)</script>"})
    void wrongPasswordsAreRefusedWithTheSameAnswer(String password) {
        assertThat(attemptSignIn(TestAccounts.ADMIN_EMAIL, password))
                .hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/login?error");
    }

    @ParameterizedTest
    @ValueSource(strings = {"nobody@example.com", "admin@shop.local' --", "<script>alert(1)</script>",
            "ä\u202Eadmin@shop.local", " "})
    void unknownOrHostileEmailsAreRefusedLikeWrongPasswords(String email) {
        assertThat(attemptSignIn(email, "whatever"))
                .hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/login?error");
    }

    @Test
    void overlongEmailIsRefusedLikeAnyWrongEmail() {
        assertThat(attemptSignIn("a".repeat(10_000) + "@example.com", "x"))
                .hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/login?error");
    }

    @Test
    void signInPageExplainsAFailedAttempt() {
        assertThat(mvc.get().uri("/login").param("error", ""))
                .hasStatusOk()
                .bodyText()
                .contains("<h1>Sign in</h1>", "That email and password do not match an account",
                        "aria-describedby=\"login-error\"", "name=\"username\"", "name=\"password\"", "name=\"_csrf\"");
    }

    @Test
    void signInWithoutCsrfTokenIsForbidden() {
        assertThat(mvc.post().uri("/login")
                .param("username", TestAccounts.ADMIN_EMAIL).param("password", TestAccounts.ADMIN_PASSWORD))
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void signInWithForgedCsrfTokenIsForbidden() {
        var csrf = Forms.csrfFrom(mvc, "/login");

        assertThat(mvc.post().uri("/login").cookie(csrf.cookie()).param("_csrf", "forged-" + csrf.token())
                .param("username", TestAccounts.ADMIN_EMAIL).param("password", TestAccounts.ADMIN_PASSWORD))
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void healthIsPublicWithLivenessAndReadiness() {
        for (String path : new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
            http.get().uri(path).exchange()
                    .expectStatus().isOk()
                    .expectBody().jsonPath("$.status").isEqualTo("UP");
        }
    }

    @Test
    void metricsAndModuleStructureAreForAdminsOnly() {
        for (String path : new String[] {"/actuator/prometheus", "/actuator/modulith"}) {
            http.get().uri(path).exchange().expectStatus().isUnauthorized();
            http.get().uri(path).headers(h -> h.setBasicAuth("nobody@example.com", "nope")).exchange()
                    .expectStatus().isUnauthorized();
            http.get().uri(path).headers(h -> h.setBasicAuth(TestAccounts.ADMIN_EMAIL, TestAccounts.ADMIN_PASSWORD))
                    .exchange().expectStatus().isOk();
        }
    }

    @Test
    void prometheusExposesApplicationMetrics() {
        String metrics = http.get().uri("/actuator/prometheus")
                .headers(h -> h.setBasicAuth(TestAccounts.ADMIN_EMAIL, TestAccounts.ADMIN_PASSWORD))
                .accept(MediaType.TEXT_PLAIN)
                .exchange().returnResult(String.class).getResponseBody();

        assertThat(metrics).contains("jvm_threads_live_threads", "hikaricp_connections");
    }

    private org.springframework.test.web.servlet.assertj.MvcTestResult attemptSignIn(String email, String password) {
        var csrf = Forms.csrfFrom(mvc, "/login");
        return mvc.post().uri("/login").cookie(csrf.cookie()).param("_csrf", csrf.token())
                .param("username", email).param("password", password).exchange();
    }
}
