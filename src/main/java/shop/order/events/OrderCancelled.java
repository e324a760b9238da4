package shop.order.events;

import java.time.Instant;
import java.util.UUID;

/** The order will not be fulfilled (payment failed or expired, the shopper or an admin cancelled it). */
public record OrderCancelled(UUID orderId, String reason, Instant cancelledAt) {
}
