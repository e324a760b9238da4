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

    @Autowired
    Accounts accounts;

    @Test
    void aSignedInCustomerIsRefusedTheBackOffice() {
        String email = "shopper-" + UUID.randomUUID() + "@example.com";
        Customers.confirmed(registration, accounts, email, "Sam Shopper");

        var session = Forms.signIn(mvc, email, Customers.PASSWORD);

        assertThat(mvc.get().uri("/admin").cookie(session).accept(MediaType.TEXT_HTML)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/").cookie(session)).bodyText()
                .contains(email).doesNotContain("href=\"/admin\"");
    }
}
