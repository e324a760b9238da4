package shop.user;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link PersonName} and {@link EmailAddress} as Bean Validation applies them. */
class NamesAndAddressesTests {

    record Person(@PersonName String name, @EmailAddress String email) {
    }

    static final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    @ParameterizedTest
    @ValueSource(strings = {"Ada Lovelace", "Zoë O'Brien-Smith", "J. R. R. Tolkien", "Анна Каренина", "Σωκράτης",
            "山田 はなこ", "محمد", "Nguyễn Văn An", "Louis XIV", "Ada\u0301"})
    void namesFromEverywhereAreFine(String name) {
        assertThat(validator.validate(new Person(name, null))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"<b>Ada</b>", "Ada\u200B", "\u202Eadmin", "Ada\u2066x", "Ada\tLovelace\u0007", "ad@m", "12345",
            "Ada; drop table", "P\u0430ypal", "\u0391dmin", "Ada\uFEFF"})
    void markupInvisibleCharactersAndLookAlikeMixesAreNot(String name) {
        assertThat(validator.validate(new Person(name, null))).isNotEmpty();
    }

    @Test
    void aMixOfAlphabetsSaysSo() {
        assertThat(validator.validate(new Person("P\u0430ypal", null))).singleElement()
                .satisfies(violation -> assertThat(violation.getMessageTemplate()).isEqualTo("{user.name.mixed-scripts}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ada@example.com", " ada@example.com ", "ada.lovelace+shop@mail.example.co.uk", "o'brien@example.ie",
            "x@xn--bcher-kva.example"})
    void ordinaryAddressesAreFine(String email) {
        assertThat(validator.validate(new Person(null, email))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ada", "ada@", "@example.com", "ada@example", "ada@exämple.com", "äda@example.com",
            "ada@@example.com", "ada@example..com", "a..b@example.com", "ada @example.com", "ada@exam\nple.com",
            "ada@-example.com", "ada@example.c", "ada@example.com>"})
    void othersAreNot(String email) {
        assertThat(validator.validate(new Person(null, email))).isNotEmpty();
    }

    @Test
    void theLocalPartHasAtMost64Characters() {
        assertThat(validator.validate(new Person(null, "a".repeat(64) + "@example.com"))).isEmpty();
        assertThat(validator.validate(new Person(null, "a".repeat(65) + "@example.com"))).isNotEmpty();
    }
}
