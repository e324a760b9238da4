package shop.inventory.events;

/** How a SKU stands for a shopper: plenty, only a few left (at or below its low-stock threshold), or none. */
public enum StockStatus {
    IN_STOCK, LOW, OUT
}
