package shop.user;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import testsupport.Forms;
import testsupport.ShopIntegrationTest;
import testsupport.TestCustomers;

/** Customers can sign in, but the back office is for admins only. */
@ShopIntegrationTest
class BackOfficeAccessTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void aSignedInCustomerIsRefusedTheBackOffice() {
        // a confirmed customer: registering leaves the address unconfirmed, and such accounts cannot sign in
        var customer = TestCustomers.create(jdbc, encoder);
        String email = customer.email();

        var session = Forms.signIn(mvc, email, customer.password());

        assertThat(mvc.get().uri("/admin").cookie(session).accept(MediaType.TEXT_HTML)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/").cookie(session)).bodyText()
                .contains(email).doesNotContain("href=\"/admin\"");
    }
}
