package shop.user.addresses;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Loose postcode checks: for countries whose format is well known the postcode is required and must look
 * like one (an example is given when it does not); elsewhere it may be empty (many countries have no
 * postcodes) and needs only letters, digits, spaces and dashes. Checked after the postcode was stripped
 * and upper-cased.
 */
final class Postcodes {

    /** A country's format and an example of it for the message. */
    private record Format(Pattern pattern, String example) {

        static Format of(String regex, String example) {
            return new Format(Pattern.compile(regex), example);
        }
    }

    private static final Pattern ANY = Pattern.compile("^[A-Z0-9](?:[A-Z0-9 -]{0,10}[A-Z0-9])?$");

    private static final Map<String, Format> FORMATS = Map.ofEntries(
            Map.entry("AT", Format.of("^[0-9]{4}$", "1010")),
            Map.entry("AU", Format.of("^[0-9]{4}$", "2000")),
            Map.entry("BE", Format.of("^[0-9]{4}$", "1000")),
            Map.entry("CA", Format.of("^[A-Z][0-9][A-Z] ?[0-9][A-Z][0-9]$", "K1A 0B1")),
            Map.entry("CH", Format.of("^[0-9]{4}$", "8001")),
            Map.entry("CZ", Format.of("^[0-9]{3} ?[0-9]{2}$", "110 00")),
            Map.entry("DE", Format.of("^[0-9]{5}$", "10115")),
            Map.entry("DK", Format.of("^[0-9]{4}$", "1050")),
            Map.entry("ES", Format.of("^[0-9]{5}$", "28001")),
            Map.entry("FI", Format.of("^[0-9]{5}$", "00100")),
            Map.entry("FR", Format.of("^[0-9]{5}$", "75001")),
            Map.entry("GB", Format.of("^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$", "SW1A 1AA")),
            Map.entry("IT", Format.of("^[0-9]{5}$", "00118")),
            Map.entry("JP", Format.of("^[0-9]{3}-?[0-9]{4}$", "100-0001")),
            Map.entry("LU", Format.of("^(?:L-)?[0-9]{4}$", "1009")),
            Map.entry("NL", Format.of("^[0-9]{4} ?[A-Z]{2}$", "1012 AB")),
            Map.entry("NO", Format.of("^[0-9]{4}$", "0150")),
            Map.entry("PL", Format.of("^[0-9]{2}-[0-9]{3}$", "00-001")),
            Map.entry("PT", Format.of("^[0-9]{4}-[0-9]{3}$", "1000-001")),
            Map.entry("SE", Format.of("^[0-9]{3} ?[0-9]{2}$", "111 22")),
            Map.entry("US", Format.of("^[0-9]{5}(?:-[0-9]{4})?$", "20500")));

    private Postcodes() {
    }

    /** The postcode as stored: stripped, upper case, inner runs of spaces as one. */
    public static String normalize(String postcode) {
        return postcode == null ? "" : postcode.strip().replaceAll(" +", " ").toUpperCase(java.util.Locale.ROOT);
    }

    /**
     * What is wrong with {@code postcode} (normalized) for {@code country} (a known code), as a message
     * template with the example as {@code {0}}, or empty when nothing is.
     */
    public static Optional<Problem> problem(String country, String postcode) {
        Format format = FORMATS.get(country);
        if (postcode.isEmpty()) {
            return format == null ? Optional.empty() : Optional.of(new Problem("user.address.postcode.required", null));
        }
        if (format == null) {
            return ANY.matcher(postcode).matches() ? Optional.empty()
                    : Optional.of(new Problem("user.address.postcode.characters", null));
        }
        return format.pattern().matcher(postcode).matches() ? Optional.empty()
                : Optional.of(new Problem("user.address.postcode.format", format.example()));
    }

    /** A message key and, for a format problem, an example postcode of the country. */
    public record Problem(String code, String example) {
    }
}
