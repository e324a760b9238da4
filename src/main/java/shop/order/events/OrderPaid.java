package shop.order.events;

import java.time.Instant;
import java.util.UUID;

/** The order's payment was authorized: the stock held for it is now sold to it. */
public record OrderPaid(UUID orderId, Instant paidAt) {
}
