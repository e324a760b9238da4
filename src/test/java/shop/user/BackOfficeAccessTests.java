package shop.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import testsupport.Forms;
import testsupport.ShopIntegrationTest;

/** Customers can sign in, but the back office is for admins only. */
@ShopIntegrationTest
class BackOfficeAccessTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    AccountRegistration registration;

    @Test
    void aSignedInCustomerIsRefusedTheBackOffice() {
        String email = "shopper-" + UUID.randomUUID() + "@example.com";
        registration.register(email, "Sam Shopper", "a long enough passphrase", false);

        var session = Forms.signIn(mvc, email, "a long enough passphrase");

        assertThat(mvc.get().uri("/admin").cookie(session).accept(MediaType.TEXT_HTML)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/").cookie(session)).bodyText()
                .contains(email).doesNotContain("href=\"/admin\"");
    }
}
