package shop.catalog;

/**
 * One product of a checked import: new ({@code productId} null) or an existing one, its complete new
 * state, the status it should end in, and whether its content differs from what the catalog holds.
 */
public record ImportedProduct(Long productId, NewProduct product, ProductStatus status, boolean contentChanged) {
}
