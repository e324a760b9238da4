package shop.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import shop.user.PasswordPolicy.Problem;

/** The password rules on their own: length, the common list, nothing personal, and nothing else. */
class PasswordPolicyTests {

    static final CommonPasswords common = new CommonPasswords();
    final PasswordPolicy policy = new PasswordPolicy(common);

    @Test
    void theCommonListHasOnlyLongEntriesAndIsCaseInsensitive() {
        assertThat(common.size()).isBetween(40_000, 50_000);
        assertThat(common.contains("password1234")).isTrue();
        assertThat(common.contains("PASSWORD1234")).isTrue();
        assertThat(common.contains("password")).as("shorter ones are left out").isFalse();
        assertThat(common.contains("violet kettle under moonlight")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"violet kettle under moonlight", "correcthorsebatterystaple!", "twelve chars", "ÄÖÜäöüßéèêëì",
            "🦊🦊🦊🦊🦊🦊🦊🦊🦊🦊🦊🦊", "                  x"})
    void anyLongEnoughUncommonPasswordIsAcceptedWithoutCompositionRules(String password) {
        assertThat(policy.check(password, "ada@example.com", "Ada Lovelace")).isEmpty();
    }

    @Test
    void eachRuleHasItsProblem() {
        assertThat(policy.check(null, "a@example.com", "A")).contains(Problem.MISSING);
        assertThat(policy.check("", "a@example.com", "A")).contains(Problem.MISSING);
        assertThat(policy.check("elevenchars", "a@example.com", "A")).contains(Problem.TOO_SHORT);
        assertThat(policy.check("x".repeat(65), "a@example.com", "A")).contains(Problem.TOO_LONG);
        assertThat(policy.check("é".repeat(37), "a@example.com", "A")).as("74 bytes").contains(Problem.TOO_LONG);
        assertThat(policy.check("x".repeat(64), "a@example.com", "A")).isEmpty();
        assertThat(policy.check("Iloveyou1234", "a@example.com", "A")).contains(Problem.COMMON);
        assertThat(policy.check("iloveyou 1234", "a@example.com", "A")).as("spaces do not hide it").contains(Problem.COMMON);
        assertThat(policy.check("ADA.LOVELACE@EXAMPLE.COM", "ada.lovelace@example.com", "A")).contains(Problem.PERSONAL);
        assertThat(policy.check("my ada.lovelace@example.com", "ada.lovelace@example.com", "A")).contains(Problem.PERSONAL);
        assertThat(policy.check("augustaadaking", "augustaadaking@example.com", "A")).contains(Problem.PERSONAL);
        assertThat(policy.check("Augusta Ada King", "a@example.com", "augusta ada  king")).contains(Problem.PERSONAL);
    }

    @Test
    void passwordsAreComparedInOneNormalForm() {
        String composed = "caf\u00e9 au lait matin";
        String decomposed = "cafe\u0301 au lait matin";
        assertThat(PasswordPolicy.normalize(composed)).isEqualTo(PasswordPolicy.normalize(decomposed));
        assertThat(PasswordPolicy.normalize("ｆｕｌｌｗｉｄｔｈ")).isEqualTo("fullwidth");
        assertThat(Optional.ofNullable(PasswordPolicy.normalize(null))).contains("");
    }
}
