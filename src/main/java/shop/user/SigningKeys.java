package shop.user;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * HMAC-SHA256 with the shop's secret: from {@link TokenSecretSettings} when configured, else created once
 * in {@code users.signing_key} by whichever node needs it first. Each use gets its own key derived from
 * the secret, so a signature made for one purpose never passes for another. Read on first use, not at
 * start, and kept in memory from then on.
 */
@Component
public class SigningKeys {

    private static final String ALGORITHM = "HmacSHA256";
    private static final String STORED_NAME = "links-and-cookies";

    private final JdbcClient jdbc;
    private final TokenSecretSettings settings;
    private volatile byte[] secret;

    SigningKeys(JdbcClient jdbc, TokenSecretSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    /** The signature of {@code data} for {@code purpose}, as bytes. */
    public byte[] sign(String purpose, String data) {
        return hmac(derivedKey(purpose), data);
    }

    /** Whether {@code signature} is {@code data}'s for {@code purpose}, compared in constant time. */
    public boolean verify(String purpose, String data, byte[] signature) {
        return MessageDigest.isEqual(sign(purpose, data), signature);
    }

    private byte[] derivedKey(String purpose) {
        return hmac(secret(), "shop/" + purpose);
    }

    private byte[] secret() {
        byte[] known = secret;
        if (known == null) {
            known = settings.configured() ? settings.tokenSecret().strip().getBytes(StandardCharsets.UTF_8) : stored();
            secret = known;
        }
        return known;
    }

    /** The stored secret; the first node to get here creates it, any other reads the same one. */
    private byte[] stored() {
        byte[] candidate = new byte[32];
        new SecureRandom().nextBytes(candidate);
        jdbc.sql("insert into users.signing_key (name, secret) values (?, ?) on conflict (name) do nothing")
                .params(STORED_NAME, candidate).update();
        return jdbc.sql("select secret from users.signing_key where name = ?").param(STORED_NAME)
                .query(byte[].class).single();
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
