package shop.user.events;

import java.time.Instant;

/**
 * The account's password was changed, by its holder ({@code throughResetLink} false) or through a reset
 * link. Links issued before and other signed-in sessions no longer work; the holder is told by mail.
 */
public record CustomerPasswordChanged(long accountId, String email, String displayName, boolean throughResetLink,
        Instant changedAt) {
}
