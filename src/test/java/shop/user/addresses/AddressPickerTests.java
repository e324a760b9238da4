package shop.user.addresses;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import shop.user.Accounts;
import shop.user.SignedInCustomer;
import shop.user.addresses.Address.Use;
import testsupport.ShopIntegrationTest;

/**
 * The address picker fragment other modules embed: the customer's addresses as radio inputs under the name
 * the embedding form asks for (checked strictly), the default preselected; a short message for guests and
 * empty books, and a quiet fallback when the user storage is down. Never a whole page.
 */
@ShopIntegrationTest
class AddressPickerTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    AddressBook book;

    SignedInCustomer ada;

    @BeforeEach
    void signIn() {
        ada = SignedInCustomer.signUp(mvc, jdbc, passwords, "Ada Lovelace");
    }

    @Test
    void showsTheCustomersAddressesWithTheDefaultShippingAddressChosen() {
        long home = book.add(ada.id(), details("Ada Lovelace", "12 Example Street")).id();
        long office = book.add(ada.id(), details("Ada at work", "1 Office Park")).id();
        book.makeDefault(ada.id(), office, Use.SHIPPING);
        SignedInCustomer eve = SignedInCustomer.signUp(mvc, jdbc, passwords, "Eve");
        book.add(eve.id(), details("Eve Elsewhere", "666 Other Road"));

        assertThat(ada.get("/account/addresses/picker?name=shippingAddressId").header("HX-Request", "true"))
                .hasStatusOk().bodyText()
                .contains("<legend>Shipping address</legend>",
                        "type=\"radio\" id=\"shippingAddressId-" + office + "\" name=\"shippingAddressId\" value=\"" + office + "\" checked=\"checked\"",
                        "type=\"radio\" id=\"shippingAddressId-" + home + "\" name=\"shippingAddressId\" value=\"" + home + "\">",
                        "Ada at work, 1 Office Park, 10115 Berlin, Germany", "href=\"/account/addresses/new\"", "Add a new address")
                .doesNotContain("Eve Elsewhere", "Skip to content", "<h1", "<html");
    }

    @Test
    void preselectsTheDefaultBillingAddressWhenAskedTo() {
        long home = book.add(ada.id(), details("Ada Lovelace", "12 Example Street")).id();
        long office = book.add(ada.id(), details("Ada at work", "1 Office Park")).id();
        book.makeDefault(ada.id(), office, Use.SHIPPING);

        assertThat(ada.get("/account/addresses/picker?name=billingAddressId&preselect=billing")).hasStatusOk().bodyText()
                .contains("<legend>Billing address</legend>",
                        "value=\"" + home + "\" checked=\"checked\"")
                .doesNotContain("value=\"" + office + "\" checked");
    }

    @Test
    void withoutAddressesItSaysSoAndOffersToAddOne() {
        assertThat(ada.get("/account/addresses/picker?name=shippingAddressId")).hasStatusOk().bodyText()
                .contains("You have no saved addresses yet.", "href=\"/account/addresses/new\"")
                .doesNotContain("type=\"radio\"", "<html");
    }

    @Test
    void guestsAreAskedToSignInWithoutASessionBeingCreated() {
        var result = mvc.get().uri("/account/addresses/picker?name=shippingAddressId").header("HX-Request", "true").exchange();

        assertThat(result).hasStatusOk().bodyText()
                .contains("href=\"/login\"", "to use the addresses saved in your account").doesNotContain("type=\"radio\"", "<html");
        assertThat(result.getResponse().getCookie("SESSION")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"><script>alert(1)</script>", "shipping address", "1abc", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "name[0]", "x'y",
            "ship\u200bping", "é"})
    void refusesFieldNamesThatAreNotPlainIdentifiers(String name) {
        book.add(ada.id(), details("Ada Lovelace", "12 Example Street"));

        assertThat(ada.get("/account/addresses/picker").param("name", name)).hasStatus(HttpStatus.BAD_REQUEST).bodyText()
                .contains("does not understand").doesNotContain("<script>alert", "type=\"radio\"");
        assertThat(mvc.get().uri("/account/addresses/picker").param("name", name)).hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void refusesUnknownPreselections() {
        assertThat(ada.get("/account/addresses/picker?name=a&preselect=<b>")).hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void acceptsTheUsualFieldNameShapes() {
        book.add(ada.id(), details("Ada Lovelace", "12 Example Street"));
        for (String name : new String[] {"shippingAddressId", "billing_address", "order.shippingAddress", "addr-1"}) {
            assertThat(ada.get("/account/addresses/picker").param("name", name)).hasStatusOk().bodyText()
                    .contains("name=\"" + name + "\"");
        }
        assertThat(ada.get("/account/addresses/picker")).bodyText().contains("name=\"addressId\"");
    }

    @Test
    void whenTheUserStorageIsDownItShowsAQuietFallback() {
        book.add(ada.id(), details("Ada Lovelace", "12 Example Street"));
        jdbc.sql("alter schema users rename to users_unavailable").update();
        try {
            assertThat(ada.get("/account/addresses/picker?name=shippingAddressId").header("HX-Request", "true"))
                    .hasStatusOk().bodyText()
                    .contains("addresses are unavailable right now").doesNotContain("type=\"radio\"", "<html");
            assertThat(ada.get("/account/addresses")).hasStatus(HttpStatus.SERVICE_UNAVAILABLE).bodyText()
                    .contains("Accounts are temporarily unavailable", "Skip to content");
        } finally {
            jdbc.sql("alter schema users_unavailable rename to users").update();
        }
        assertThat(ada.get("/account/addresses/picker?name=shippingAddressId")).bodyText().contains("type=\"radio\"");
    }

    private static AddressDetails details(String name, String street) {
        return new AddressDetails(name, street, "10115", "Berlin", "DE", null);
    }
}
