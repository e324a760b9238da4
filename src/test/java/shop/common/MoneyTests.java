package shop.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.Currency;

import org.junit.jupiter.api.Test;

class MoneyTests {

    static final Currency EUR = Currency.getInstance("EUR");

    @Test
    void keepsTheCurrencysScale() {
        assertThat(Money.of("12.5", "EUR").amount()).isEqualByComparingTo("12.50").hasToString("12.50");
        assertThat(Money.of("1200", "JPY").amount()).hasToString("1200");
    }

    @Test
    void refusesMoreDecimalsThanTheCurrencyHas() {
        assertThatIllegalArgumentException().isThrownBy(() -> Money.of("0.001", "EUR"));
        assertThatIllegalArgumentException().isThrownBy(() -> Money.of("10.5", "JPY"));
    }

    @Test
    void addsSubtractsAndMultiplies() {
        Money price = Money.of("19.99", "EUR");
        assertThat(price.times(3)).isEqualTo(Money.of("59.97", "EUR"));
        assertThat(price.plus(Money.of("0.01", "EUR"))).isEqualTo(Money.of("20.00", "EUR"));
        assertThat(price.minus(Money.of("20", "EUR")).isNegative()).isTrue();
    }

    @Test
    void refusesToMixCurrencies() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Money.of("1", "EUR").plus(Money.of("1", "USD")))
                .withMessageContaining("EUR").withMessageContaining("USD");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Money.of("1", "EUR").compareTo(Money.of("1", "USD")));
    }

    @Test
    void convertsToAndFromMinorUnits() {
        assertThat(Money.ofMinor(1999, EUR)).isEqualTo(Money.of(new BigDecimal("19.99"), EUR));
        assertThat(Money.of("19.99", "EUR").minorUnits()).isEqualTo(1999);
    }

    @Test
    void equalAmountsAreEqualWhateverTheirWrittenScale() {
        assertThat(Money.of("5", "EUR")).isEqualTo(Money.of("5.00", "EUR"));
        assertThat(Money.zero(EUR).isZero()).isTrue();
    }
}
