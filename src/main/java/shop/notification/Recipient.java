package shop.notification;

import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/**
 * Who a message goes to. Names come from customers, so they lose control characters (no header
 * injection through CR/LF) and are kept short; addresses are checked, not repaired.
 */
record Recipient(String address, String name) {

    private static final Pattern CONTROL_CHARACTERS = Pattern.compile("[\\p{Cntrl}\\u2028\\u2029]+");
    private static final Pattern PHONE = Pattern.compile("\\+[1-9][0-9]{6,14}");
    private static final int MAX_NAME = 100;

    Recipient {
        address = address == null ? "" : address.strip();
        name = cleanName(name);
    }

    private static String cleanName(String name) {
        if (name == null) {
            return "";
        }
        String clean = CONTROL_CHARACTERS.matcher(name).replaceAll(" ").strip();
        return clean.length() > MAX_NAME ? clean.substring(0, MAX_NAME) : clean;
    }

    /** Why this address cannot be used on {@code channel}, if it cannot. */
    Optional<String> problemFor(Channel channel) {
        return switch (channel) {
            case MAIL -> emailProblem();
            case SMS -> PHONE.matcher(address).matches()
                    ? Optional.empty()
                    : Optional.of("Invalid phone number (expected international format such as +4915112345678)");
        };
    }

    private Optional<String> emailProblem() {
        if (address.isEmpty() || address.length() > 254 || CONTROL_CHARACTERS.matcher(address).find()) {
            return Optional.of("Invalid email address");
        }
        try {
            var parsed = new InternetAddress(address, true);
            parsed.validate();
            return parsed.getAddress().equals(address) && address.contains("@")
                    ? Optional.empty()
                    : Optional.of("Invalid email address");
        } catch (AddressException e) {
            return Optional.of("Invalid email address");
        }
    }
}
