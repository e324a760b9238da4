package shop.catalog;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import shop.media.events.DemoPicturesStored;

/**
 * Pictures for the demo catalog's products. The media module draws them and announces them with
 * {@link DemoPicturesStored}; catalog keeps that list ({@code catalog.demo_picture}) and gives every demo
 * product ({@code catalog.demo_product}) that has no images the pictures of its kind in its colour. It works
 * whichever comes first: products generated after the pictures were announced get them at once, products
 * generated before get them when the announcement arrives. Products made or edited by admins are never
 * touched. A few statements whatever the catalog's size; runs under the demo generator's lock.
 */
@Component
class DemoImages {

    private final JdbcClient jdbc;
    private final CacheManager caches;

    DemoImages(JdbcClient jdbc, CacheManager caches) {
        this.jdbc = jdbc;
        this.caches = caches;
    }

    /**
     * Keeps the announced pictures (a picture announced again replaces the one known under its subject,
     * colour and view) and gives demo products without images theirs. Safe to repeat. Says how many images
     * it added.
     */
    @Transactional
    public int remember(List<DemoPicturesStored.Picture> pictures) {
        lock();
        if (!pictures.isEmpty()) {
            jdbc.sql("""
                            insert into catalog.demo_picture (subject, colour, view, image_key)
                            select * from unnest(?::text[], ?::text[], ?::int[], ?::text[])
                            on conflict (subject, colour, view) do update set image_key = excluded.image_key
                            """)
                    .params(pictures.stream().map(DemoPicturesStored.Picture::subject).toArray(String[]::new),
                            pictures.stream().map(DemoPicturesStored.Picture::colour).toArray(String[]::new),
                            pictures.stream().map(DemoPicturesStored.Picture::view).toArray(Integer[]::new),
                            pictures.stream().map(DemoPicturesStored.Picture::key).toArray(String[]::new))
                    .update();
        }
        return assignMissing();
    }

    /**
     * Gives every demo product that has no images the known pictures of its subject in its colour (in
     * another colour of that subject, chosen by the product's id, when its own colour was not drawn),
     * half of them starting with the closer view so that a grid of one kind does not look like a copy.
     * Says how many images it added; the storefront's caches are cleared once the transaction commits.
     */
    @Transactional
    public int assignMissing() {
        lock();
        int added = jdbc.sql("""
                        with wanted as (
                          select d.product_id, d.subject,
                                 case when exists (select 1 from catalog.demo_picture x
                                                   where x.subject = d.subject and x.colour = d.colour)
                                      then d.colour
                                      else (select x.colour from catalog.demo_picture x
                                            where x.subject = d.subject and x.view = 1
                                            order by x.colour
                                            offset mod(d.product_id, greatest(1, (select count(*) from catalog.demo_picture y
                                                                                  where y.subject = d.subject and y.view = 1)))
                                            limit 1)
                                 end as colour
                          from catalog.demo_product d
                          where not exists (select 1 from catalog.product_image i where i.product_id = d.product_id)
                        )
                        insert into catalog.product_image (product_id, position, image_key, alt)
                        select w.product_id,
                               (row_number() over (partition by w.product_id
                                                   order by mod(pic.view + w.product_id, 2), pic.view) - 1)::int,
                               pic.image_key, p.name
                        from wanted w
                        join catalog.product p on p.id = w.product_id
                        join catalog.demo_picture pic on pic.subject = w.subject and pic.colour = w.colour
                        on conflict do nothing
                        """)
                .update();
        if (added > 0) {
            clearStorefrontCachesAfterCommit();
        }
        return added;
    }

    /** Marks products as the demo generator's, each with the subject and colour of the pictures it should show. */
    @Transactional
    public void markAsDemo(List<DemoProduct> products) {
        if (products.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        insert into catalog.demo_product (product_id, subject, colour)
                        select * from unnest(?::bigint[], ?::text[], ?::text[])
                        on conflict (product_id) do nothing
                        """)
                .params(products.stream().map(DemoProduct::productId).toArray(Long[]::new),
                        products.stream().map(DemoProduct::subject).toArray(String[]::new),
                        products.stream().map(DemoProduct::colour).toArray(String[]::new))
                .update();
    }

    /** A demo product and what its pictures show: {@code jacket} in {@code forest-green}. */
    record DemoProduct(long productId, String subject, String colour) {
    }

    /** The demo generator and this class take turns: pictures and products never miss each other. */
    private void lock() {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('shop.catalog.demo'))").query(Object.class).single();
    }

    private void clearStorefrontCachesAfterCommit() {
        Runnable clear = () -> Stream.of(CatalogCaches.NEW_ARRIVALS, CatalogCaches.BEST_SELLERS, CatalogCaches.LISTINGS,
                        CatalogCaches.PRODUCTS)
                .map(caches::getCache).filter(Objects::nonNull).forEach(Cache::clear);
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            clear.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                clear.run();
            }
        });
    }
}
