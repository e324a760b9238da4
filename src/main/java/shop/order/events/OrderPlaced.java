package shop.order.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A shopper placed an order: it waits for stock to be held and then for payment. Carries what inventory
 * needs to hold the lines near the delivery address, so that no one has to call back.
 */
public record OrderPlaced(UUID orderId, List<Line> lines, Destination destination, Instant placedAt) {

    public OrderPlaced {
        lines = List.copyOf(lines);
    }

    /** One line of the order: so many units of one SKU. */
    public record Line(String sku, int quantity) {
    }

    /** Where the order goes, as far as stock and delivery care: an ISO 3166 country code and a postcode. */
    public record Destination(String country, String postcode) {
    }
}
