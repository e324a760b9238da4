package shop.user.events;

import java.time.Instant;

/**
 * A customer signed in. {@code guestCartReference} is the cart the browser held as a guest (null when it
 * had none), so the cart module can merge it into the customer's cart.
 */
public record CustomerSignedIn(long accountId, String email, String guestCartReference, Instant signedInAt) {
}
