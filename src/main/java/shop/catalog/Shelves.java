package shop.catalog;

import java.util.List;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import shop.catalog.Views.ProductCard;

/**
 * The home page's shelves: what arrived lately and what sells best. Each walks an index from its top
 * (newest published, most units sold) and stops after a shelf's worth: never a scan of the catalog.
 */
@Service
public class Shelves {

    private final JdbcClient jdbc;

    Shelves(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The most recently published products, newest first. */
    @Cacheable(CatalogCaches.NEW_ARRIVALS)
    public List<ProductCard> newArrivals(int limit) {
        return jdbc.sql("select " + ProductCards.COLUMNS + """
                        from (select * from catalog.product where status = 'PUBLISHED'
                              order by published_at desc, id desc limit ?) p
                        """ + ProductCards.JOINS + " order by p.published_at desc, p.id desc")
                .param(limit).query(ProductCards::card).list();
    }

    /** The published products that sold the most units, most first; products that never sold are not among them. */
    @Cacheable(CatalogCaches.BEST_SELLERS)
    public List<ProductCard> bestSellers(int limit) {
        return jdbc.sql("select " + ProductCards.COLUMNS + " from catalog.product p " + ProductCards.JOINS + """
                        join catalog.product_sales s on s.product_id = p.id
                        where p.status = 'PUBLISHED' and s.units_sold > 0
                        order by s.units_sold desc, p.id
                        limit ?
                        """)
                .param(limit).query(ProductCards::card).list();
    }
}
