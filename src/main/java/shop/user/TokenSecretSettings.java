package shop.user;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The secret that signs mailed links and remember-me cookies ({@code SHOP_TOKEN_SECRET}). Every node of a
 * shop must have the same one. Without it, a random secret is created once and kept in the
 * {@code users.signing_key} table, which does the same job.
 */
@ConfigurationProperties("shop.security")
record TokenSecretSettings(String tokenSecret) {

    static final int MIN_LENGTH = 32;

    TokenSecretSettings {
        if (tokenSecret != null && !tokenSecret.isBlank() && tokenSecret.strip().length() < MIN_LENGTH) {
            throw new IllegalArgumentException("shop.security.token-secret (SHOP_TOKEN_SECRET) must have at least "
                    + MIN_LENGTH + " characters; leave it unset to have one generated and stored in the database");
        }
    }

    boolean configured() {
        return tokenSecret != null && !tokenSecret.isBlank();
    }
}
