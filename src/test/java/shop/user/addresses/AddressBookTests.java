package shop.user.addresses;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import shop.user.SignedInCustomer;
import shop.user.addresses.Address.Use;
import shop.user.events.CustomerAddressChanged;
import shop.user.events.CustomerAddressChanged.Change;
import shop.user.events.CustomerAddressChanged.PostalAddress;
import testsupport.ShopIntegrationTest;

/**
 * The address book at /account/addresses: adding, editing, removing and choosing defaults, each announced
 * with CustomerAddressChanged; hostile input refused with a message; other customers' ids not found.
 */
@ShopIntegrationTest
@EnableScenarios
class AddressBookTests {

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
    void theFirstAddressBecomesTheDefaultForShippingAndBilling() {
        assertThat(ada.post("/account/addresses", address())).hasStatus3xxRedirection()
                .redirectedUrl().isEqualTo("/account/addresses");

        Address saved = book.of(ada.id()).getFirst();
        assertThat(saved.details()).isEqualTo(new AddressDetails("Ada Lovelace", "12 Example Street", "10115", "Berlin", "DE",
                "+49 30 1234567"));
        assertThat(saved.defaultShipping()).isTrue();
        assertThat(saved.defaultBilling()).isTrue();
        assertThat(ada.get("/account/addresses")).hasStatusOk().bodyText()
                .contains("<h1>Your addresses</h1>", "12 Example Street", "10115 Berlin", "Germany", "Default shipping",
                        "Default billing")
                .doesNotContain("Use for shipping");
    }

    @Test
    void aCustomerEditsAnAddress() {
        long id = add(ada, "Ada Lovelace", "10115");

        assertThat(ada.get("/account/addresses/{id}", id)).hasStatusOk().bodyText()
                .contains("<h1>Edit address</h1>", "value=\"12 Example Street\"", "<option value=\"DE\" selected=\"selected\">Germany</option>");
        assertThat(ada.post("/account/addresses/" + id, address("street", "1 New Road", "postcode", "1012 ab", "country", "NL",
                "phone", ""))).hasStatus3xxRedirection();

        AddressDetails details = book.find(ada.id(), id).details();
        assertThat(details.street()).isEqualTo("1 New Road");
        assertThat(details.postcode()).isEqualTo("1012 AB");
        assertThat(details.country()).isEqualTo("NL");
        assertThat(details.phone()).isNull();
    }

    @Test
    void choosingADefaultTakesItFromThePreviousDefault() {
        long first = add(ada, "Ada Lovelace", "10115");
        long second = add(ada, "Charles Babbage", "10117");
        assertThat(flags(second)).containsExactly(false, false);

        assertThat(ada.post("/account/addresses/" + second + "/default", "use", "shipping")).hasStatus3xxRedirection();
        assertThat(ada.get("/account/addresses")).bodyText()
                .contains("Charles Babbage, 12 Example Street, 10117 Berlin, Germany is now your default shipping address.");
        assertThat(flags(first)).containsExactly(false, true);
        assertThat(flags(second)).containsExactly(true, false);

        assertThat(ada.post("/account/addresses/" + second + "/default", "use", "billing")).hasStatus3xxRedirection();
        assertThat(flags(first)).containsExactly(false, false);
        assertThat(flags(second)).containsExactly(true, true);
        assertThat(ada.get("/account/addresses")).bodyText()
                .contains("Charles Babbage, 12 Example Street, 10117 Berlin, Germany is now your default billing address.");
    }

    @Test
    void removingTheDefaultPassesItToTheOldestRemainingAddress() {
        long first = add(ada, "Ada Lovelace", "10115");
        long second = add(ada, "Charles Babbage", "10117");
        long third = add(ada, "Mary Somerville", "10119");

        assertThat(ada.get("/account/addresses/" + first + "/remove")).hasStatusOk().bodyText()
                .contains("Remove this address?", "Ada Lovelace", "It is one of your defaults");
        assertThat(book.of(ada.id())).hasSize(3);

        assertThat(ada.post("/account/addresses/" + first + "/remove")).hasStatus3xxRedirection();
        assertThat(book.of(ada.id())).extracting(Address::id).containsExactly(second, third);
        assertThat(flags(second)).containsExactly(true, true);
        assertThat(flags(third)).containsExactly(false, false);
    }

    @Test
    void everyChangeIsAnnouncedWithTheWholeAddress(Scenario scenario) {
        var details = new AddressDetails("Ada Lovelace", "12 Example Street", "10115", "Berlin", "DE", null);
        var postal = new PostalAddress("Ada Lovelace", "12 Example Street", "10115", "Berlin", "DE", null);

        scenario.stimulate(() -> book.add(ada.id(), details))
                .andWaitForEventOfType(CustomerAddressChanged.class)
                .matching(event -> event.accountId() == ada.id())
                .toArriveAndVerify(event -> {
                    assertThat(event.change()).isEqualTo(Change.ADDED);
                    assertThat(event.address()).isEqualTo(postal);
                    assertThat(event.defaultShipping()).isTrue();
                    assertThat(event.defaultBilling()).isTrue();
                    assertThat(event.changedAt()).isNotNull();
                });
        long first = book.of(ada.id()).getFirst().id();
        long second = book.add(ada.id(), details).id();

        scenario.stimulate(() -> book.update(ada.id(), second, new AddressDetails("Ada King", "1 Ockham Park", "KT24 6QZ",
                        "Ockham", "GB", "+44 20 7946 0000")))
                .andWaitForEventOfType(CustomerAddressChanged.class)
                .matching(event -> event.addressId() == second && event.change() == Change.UPDATED)
                .toArriveAndVerify(event -> {
                    assertThat(event.change()).isEqualTo(Change.UPDATED);
                    assertThat(event.address()).isEqualTo(new PostalAddress("Ada King", "1 Ockham Park", "KT24 6QZ", "Ockham",
                            "GB", "+44 20 7946 0000"));
                    assertThat(event.defaultShipping()).isFalse();
                });

        scenario.stimulate(() -> book.makeDefault(ada.id(), second, Use.SHIPPING))
                .andWaitForEventOfType(CustomerAddressChanged.class)
                .matching(event -> event.addressId() == first && event.change() == Change.UPDATED && !event.defaultShipping())
                .toArriveAndVerify(event -> {
                    assertThat(event.change()).isEqualTo(Change.UPDATED);
                    assertThat(event.defaultBilling()).isTrue();
                });

        scenario.stimulate(() -> book.remove(ada.id(), first))
                .andWaitForEventOfType(CustomerAddressChanged.class)
                .matching(event -> event.addressId() == first && event.change() == Change.REMOVED)
                .toArriveAndVerify(event -> {
                    assertThat(event.change()).isEqualTo(Change.REMOVED);
                    assertThat(event.address()).isEqualTo(postal);
                });
        assertThat(flags(second)).containsExactly(true, true);
    }

    @ParameterizedTest(name = "{0} = \"{1}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            fullName | ""                                   | Enter the name of the person who receives the parcel.
            fullName | <script>alert(1)</script>            | Use letters, digits, spaces and . ,
            fullName | Ada\u200bLovelace                    | Remove the invisible characters
            fullName | Ada \u202eecalevoL                   | Remove the invisible characters
            fullName | Robert'); DROP TABLE users.address;-- | Use letters, digits, spaces and . ,
            street   | ""                                   | Enter the street and house number.
            street   | 1 Main Street' OR '1'='1             | Use letters, digits, spaces and . ,
            street   | 1 Main\u0000Street                  | Remove the invisible characters
            street   | 12 Example Street\u2028Bcc: x        | Remove the invisible characters
            city     | Berlin<img src=x onerror=alert(1)>   | Use letters, digits, spaces and . ,
            city     | "   "                                | Enter the town or city.
            postcode | ABCDE                                | Enter a postcode as written in Germany, like 10115.
            postcode | ""                                   | Enter the postcode; addresses in Germany have one.
            postcode | 1234567890123                        | Use at most 12 characters.
            postcode | 10115\u200d                          | Remove the invisible characters
            country  | XX                                   | Choose a country from the list.
            country  | de                                   | Choose a country from the list.
            country  | DE' OR '1'='1                        | Choose a country from the list.
            country  | ""                                   | Choose a country.
            phone    | call me maybe                        | Enter a phone number of 5 to 15 digits
            phone    | 1234                                 | Enter a phone number of 5 to 15 digits
            phone    | +1234567890123456                    | Enter a phone number of 5 to 15 digits
            phone    | +49 30 1234567<script>               | Enter a phone number of 5 to 15 digits
            """)
    void hostileOrWrongValuesAreRefusedWithAClearMessageAndNothingIsSaved(String field, String value, String message) {
        var result = ada.send(ada.post("/account/addresses", address(field, value)));

        assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyText()
                .contains(message.replace("'", "&#39;"), "There is 1 problem to correct", "href=\"#" + field + "\"",
                        "id=\"" + field + "-error\"", "aria-invalid=\"true\"")
                .doesNotContain("<script>", "<img src=x");
        assertThat(book.of(ada.id())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"fullName", "street", "city"})
    void overlongTextIsRefused(String field) {
        assertThat(ada.post("/account/addresses", address(field, "x".repeat(10_000))))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyText().contains("Use at most");
        assertThat(book.of(ada.id())).isEmpty();
    }

    @Test
    void namesInAnyScriptAreKeptAsTypedInComposedForm() {
        assertThat(ada.post("/account/addresses", address("fullName", "Zoe\u0308 O’Brien-Łukasiewicz", "street",
                "Rue de l'Église 5/2", "city", "São Paulo", "country", "BR", "postcode", "01310-100"))).hasStatus3xxRedirection();

        AddressDetails details = book.of(ada.id()).getFirst().details();
        assertThat(details.fullName()).isEqualTo("Zoë O’Brien-Łukasiewicz");
        assertThat(details.street()).isEqualTo("Rue de l'Église 5/2");
        assertThat(details.city()).isEqualTo("São Paulo");
    }

    @Test
    void anotherCustomersAddressIsNotFoundAndNothingChanges() {
        long theirs = add(ada, "Ada Lovelace", "10115");
        SignedInCustomer eve = SignedInCustomer.signUp(mvc, jdbc, passwords, "Eve");
        add(eve, "Eve", "10117");
        Address before = book.find(ada.id(), theirs);

        assertThat(eve.get("/account/addresses/{id}", theirs)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(eve.get("/account/addresses/{id}/remove", theirs)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(eve.post("/account/addresses/" + theirs, address("fullName", "Eve Was Here"))).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(eve.post("/account/addresses/" + theirs + "/remove")).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(eve.post("/account/addresses/" + theirs + "/default", "use", "shipping")).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(eve.post("/account/addresses/" + theirs + "/default", "use", "billing")).hasStatus(HttpStatus.NOT_FOUND);

        assertThat(book.find(ada.id(), theirs)).isEqualTo(before);
        assertThat(eve.get("/account/addresses")).bodyText().doesNotContain("Ada Lovelace");
    }

    @Test
    void unknownOrMalformedIdsAndUsesAreNotFoundOrBadRequests() {
        long id = add(ada, "Ada Lovelace", "10115");

        assertThat(ada.get("/account/addresses/999999999999")).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(ada.get("/account/addresses/-1")).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(ada.get("/account/addresses/abc")).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(ada.get("/account/addresses/99999999999999999999999")).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(ada.post("/account/addresses/" + id + "/default", "use", "both")).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(ada.post("/account/addresses/" + id + "/default")).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(flags(id)).containsExactly(true, true);
    }

    @Test
    void aForgedAccountIdInTheFormIsIgnored() {
        SignedInCustomer eve = SignedInCustomer.signUp(mvc, jdbc, passwords, "Eve");
        String[] fields = address("fullName", "Eve");
        String[] forged = java.util.Arrays.copyOf(fields, fields.length + 4);
        forged[fields.length] = "accountId";
        forged[fields.length + 1] = String.valueOf(ada.id());
        forged[fields.length + 2] = "id";
        forged[fields.length + 3] = "1";

        assertThat(eve.post("/account/addresses", forged)).hasStatus3xxRedirection();

        assertThat(book.of(ada.id())).isEmpty();
        assertThat(book.of(eve.id())).singleElement().extracting(a -> a.details().fullName()).isEqualTo("Eve");
    }

    @Test
    void postsWithoutOrWithAForgedCsrfTokenAreRefused() {
        assertThat(mvc.post().uri("/account/addresses").cookie(ada.session()).params(toParams(address())))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/account/addresses").cookie(ada.session(), ada.csrf().cookie())
                .param("_csrf", "forged-" + ada.csrf().token()).params(toParams(address())))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(book.of(ada.id())).isEmpty();
    }

    @Test
    void theBookHoldsAtMostTwentyAddresses() {
        for (int i = 0; i < 20; i++) {
            book.add(ada.id(), new AddressDetails("Ada " + i, "12 Example Street", "10115", "Berlin", "DE", null));
        }

        assertThat(ada.post("/account/addresses", address())).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyText()
                .contains("Your address book holds 20 addresses, the most it can.");
        assertThat(ada.get("/account/addresses/new")).hasStatusOk().bodyText()
                .contains("Your address book holds 20 addresses, the most it can.");
        assertThat(ada.get("/account/addresses")).bodyText()
                .contains("Your address book holds 20 addresses").doesNotContain("href=\"/account/addresses/new\"");
        assertThat(book.of(ada.id())).hasSize(20);
    }

    @Test
    void theFormStartsWithTheDefaultCountryAndListsEveryIsoCountry() {
        assertThat(ada.get("/account/addresses/new")).hasStatusOk().bodyText()
                .contains("<h1>Add an address</h1>", "<option value=\"DE\" selected=\"selected\">Germany</option>",
                        "<option value=\"JP\">Japan</option>", "<option value=\"CI\">Côte d’Ivoire</option>");
        assertThat(Countries.all()).hasSizeGreaterThan(240);
    }

    // helpers

    private long add(SignedInCustomer customer, String name, String postcode) {
        assertThat(customer.post("/account/addresses", address("fullName", name, "postcode", postcode)))
                .hasStatus3xxRedirection();
        assertThat(customer.get("/account/addresses")).bodyText().contains("Added the address for " + name);
        return book.of(customer.id()).stream().filter(a -> a.details().fullName().equals(name))
                .mapToLong(Address::id).max().orElseThrow();
    }

    private List<Boolean> flags(long id) {
        return jdbc.sql("select default_shipping, default_billing from users.address where id = ?").param(id)
                .query((rs, n) -> List.of(rs.getBoolean(1), rs.getBoolean(2))).single();
    }

    /** A valid address, with {@code overrides} (name, value, ...) replacing fields. */
    static String[] address(String... overrides) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("fullName", "Ada Lovelace");
        fields.put("street", "12 Example Street");
        fields.put("postcode", "10115");
        fields.put("city", "Berlin");
        fields.put("country", "DE");
        fields.put("phone", "+49 30 1234567");
        for (int i = 0; i + 1 < overrides.length; i += 2) {
            fields.put(overrides[i], overrides[i + 1]);
        }
        return fields.entrySet().stream().flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue()))
                .toArray(String[]::new);
    }

    private static org.springframework.util.MultiValueMap<String, String> toParams(String[] fields) {
        var params = new org.springframework.util.LinkedMultiValueMap<String, String>();
        for (int i = 0; i + 1 < fields.length; i += 2) {
            params.add(fields[i], fields[i + 1]);
        }
        return params;
    }
}
