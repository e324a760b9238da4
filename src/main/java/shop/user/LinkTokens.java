package shop.user;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * The tokens in mailed links: {@code payload.signature}, both base64url. The payload says what the link is
 * for, the account, the address it concerns and when it expires; the signature (HMAC-SHA256, see
 * {@link SigningKeys}) covers the payload and the account's current email address and
 * {@code credentialsChangedAt}. So a link stops working once the password changes (a reset link works
 * once) or the address changes (an address-change link works once), and nobody can forge or alter one.
 */
@Component
public class LinkTokens {

    /** What a link lets its holder do. */
    public enum Purpose {
        VERIFY_EMAIL("v"), RESET_PASSWORD("r");

        private final String code;

        Purpose(String code) {
            this.code = code;
        }

        static Optional<Purpose> of(String code) {
            for (Purpose purpose : values()) {
                if (purpose.code.equals(code)) {
                    return Optional.of(purpose);
                }
            }
            return Optional.empty();
        }
    }

    /** What a token claims, before its signature is checked against the account. */
    public record Claim(Purpose purpose, long accountId, String email, Instant expiresAt, byte[] signature, String payload) {

        public boolean expiredAt(Instant now) {
            return !now.isBefore(expiresAt);
        }
    }

    static final int MAX_LENGTH = 1000;
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{43}");
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SigningKeys keys;

    LinkTokens(SigningKeys keys) {
        this.keys = keys;
    }

    /** A token for {@code account} about {@code email} (its own or the one it is changing to). */
    public String issue(Purpose purpose, Account account, String email, Instant expiresAt) {
        String payload = purpose.code + "|" + account.id() + "|" + expiresAt.toEpochMilli() + "|" + email;
        return ENCODER.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "."
                + ENCODER.encodeToString(keys.sign("link", signed(payload, account)));
    }

    /** What the token claims, if it has the shape of one; says nothing about whether it is genuine. */
    public Optional<Claim> read(String token) {
        if (token == null || token.length() > MAX_LENGTH || !SHAPE.matcher(token).matches()) {
            return Optional.empty();
        }
        try {
            String[] parts = token.split("\\.");
            String payload = new String(DECODER.decode(parts[0]), StandardCharsets.UTF_8);
            String[] fields = payload.split("\\|", 4);
            if (fields.length != 4) {
                return Optional.empty();
            }
            return Purpose.of(fields[0]).map(purpose -> new Claim(purpose, Long.parseLong(fields[1]), fields[3],
                    Instant.ofEpochMilli(Long.parseLong(fields[2])), DECODER.decode(parts[1]), payload));
        } catch (IllegalArgumentException | java.time.DateTimeException malformed) {
            return Optional.empty();
        }
    }

    /** Whether the claim was signed by this shop for the account as it is now. */
    public boolean genuineFor(Claim claim, Account account) {
        return claim.accountId() == account.id() && keys.verify("link", signed(claim.payload(), account), claim.signature());
    }

    private static String signed(String payload, Account account) {
        return payload + "|" + account.email() + "|" + account.credentialsChangedAt().toEpochMilli();
    }
}
