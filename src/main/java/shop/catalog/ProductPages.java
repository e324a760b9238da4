package shop.catalog;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

import shop.catalog.Views.Image;
import shop.catalog.Views.ProductPage;
import shop.catalog.Views.Variant;
import shop.common.Money;

/** A published product as its page shows it: details, variants, pictures and where it sits in the tree. */
@Service
public class ProductPages {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final CategoryTree tree;

    ProductPages(JdbcClient jdbc, JsonMapper json, CategoryTree tree) {
        this.jdbc = jdbc;
        this.json = json;
        this.tree = tree;
    }

    /** The page of a published product; empty for a slug that names none (or a draft, or a retired one). */
    @Cacheable(CatalogCaches.PRODUCTS)
    public Optional<ProductPage> product(String slug) {
        return jdbc.sql("""
                        select p.id, p.slug, p.name, p.brand, p.description, p.attributes::text, p.seo_title,
                               p.seo_description, c.path
                        from catalog.product p join catalog.category c on c.id = p.category_id
                        where p.slug = ? and p.status = 'PUBLISHED'
                        """)
                .param(slug)
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), attributes(rs.getString(6)), rs.getString(7), rs.getString(8), rs.getString(9)))
                .optional()
                .map(head -> new ProductPage(head.id(), head.slug(), head.name(), head.brand(), head.description(),
                        head.attributes(), variants(head.id()), images(head.id()), tree.breadcrumbs(head.categoryPath()),
                        head.seoTitle(), head.seoDescription()));
    }

    private record Head(long id, String slug, String name, String brand, String description,
            Map<String, String> attributes, String seoTitle, String seoDescription, String categoryPath) {
    }

    /** The slug of a published product, by its id. */
    public Optional<String> slugOf(long id) {
        return jdbc.sql("select slug from catalog.product where id = ? and status = 'PUBLISHED'").param(id)
                .query(String.class).optional();
    }

    private List<Variant> variants(long productId) {
        return jdbc.sql("""
                        select sku, attributes::text, price, compare_at_price, currency, in_stock
                        from catalog.variant where product_id = ? order by position
                        """)
                .param(productId)
                .query((rs, n) -> {
                    Currency currency = Currency.getInstance(rs.getString(5));
                    BigDecimal compareAt = rs.getBigDecimal(4);
                    return new Variant(rs.getString(1), attributes(rs.getString(2)),
                            Money.of(rs.getBigDecimal(3), currency),
                            compareAt == null ? null : Money.of(compareAt, currency), rs.getBoolean(6));
                })
                .list();
    }

    private List<Image> images(long productId) {
        return jdbc.sql("""
                        select i.image_key, i.alt, w.card, w.large from catalog.product_image i
                        left join catalog.image_width w on w.image_key = i.image_key
                        where i.product_id = ? order by i.position""")
                .param(productId)
                .query((rs, n) -> new Image(rs.getString(1), rs.getString(2), rs.getObject(3, Integer.class),
                        rs.getObject(4, Integer.class)))
                .list();
    }

    @SuppressWarnings("unchecked")
    private Map<String, String> attributes(String text) {
        return text == null ? Map.of() : new LinkedHashMap<>(json.readValue(text, Map.class));
    }
}
