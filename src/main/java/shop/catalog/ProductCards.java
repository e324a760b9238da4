package shop.catalog;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import shop.catalog.Views.ProductCard;
import shop.common.Money;

/**
 * A product as a card on a shelf or in a listing (name, brand, lowest price, first picture), read for a
 * few products at a time: shelves and listings share one way of reading them, never one query per card.
 */
@Component
class ProductCards {

    /** A card's columns; the query names the product {@code p} and joins {@link #JOINS} after it. */
    static final String COLUMNS = """
            p.id, p.slug, p.name, p.brand, v.min_price, v.max_price, v.compare_at, v.currency, i.image_key, p.in_stock
            """;
    /** The prices and the first picture of product {@code p}: one row each, read through primary keys. */
    static final String JOINS = """
            join lateral (select min(price) as min_price, max(price) as max_price,
                                 (array_agg(compare_at_price order by price))[1] as compare_at, min(currency) as currency
                          from catalog.variant where product_id = p.id) v on true
            left join lateral (select image_key from catalog.product_image
                               where product_id = p.id order by position limit 1) i on true
            """;

    private final JdbcClient jdbc;

    ProductCards(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The cards of these products, in this order. */
    List<ProductCard> of(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, ProductCard> byId = new HashMap<>();
        jdbc.sql("select " + COLUMNS + " from catalog.product p " + JOINS + " where p.id in (:ids)").param("ids", ids)
                .query(ProductCards::card).list().forEach(card -> byId.put(card.id(), card));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    static ProductCard card(ResultSet rs, int row) throws SQLException {
        Currency currency = Currency.getInstance(rs.getString("currency"));
        BigDecimal compareAt = rs.getBigDecimal("compare_at");
        BigDecimal min = rs.getBigDecimal("min_price");
        return new ProductCard(rs.getLong("id"), rs.getString("slug"), rs.getString("name"), rs.getString("brand"),
                Money.of(min, currency), compareAt == null ? null : Money.of(compareAt, currency),
                min.compareTo(rs.getBigDecimal("max_price")) != 0, rs.getString("image_key"), rs.getBoolean("in_stock"));
    }
}
