package shop.user.addresses;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The countries an address may be in: the ISO 3166-1 alpha-2 codes the JDK knows, named in English and
 * sorted by name for the address form's select.
 */
final class Countries {

    /** One choice of the select: the code stored with the address and the name shown. */
    public record Country(String code, String name) {
    }

    private static final List<Country> ALL = Arrays.stream(Locale.getISOCountries())
            .map(code -> new Country(code, Locale.of("", code).getDisplayCountry(Locale.ENGLISH)))
            .sorted(Comparator.comparing(Country::name, Collator.getInstance(Locale.ENGLISH)))
            .toList();

    private static final Map<String, Country> BY_CODE = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(Country::code, Function.identity()));

    private Countries() {
    }

    public static List<Country> all() {
        return ALL;
    }

    /** Whether {@code code} is exactly one of the codes (upper case, two letters). */
    public static boolean isKnown(String code) {
        return code != null && BY_CODE.containsKey(code);
    }

    /** The English name of a known code; the code itself otherwise. */
    public static String nameOf(String code) {
        Country country = code == null ? null : BY_CODE.get(code);
        return country == null ? String.valueOf(code) : country.name();
    }
}
