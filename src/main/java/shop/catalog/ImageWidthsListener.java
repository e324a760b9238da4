package shop.catalog;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import shop.media.events.ImageStored;

/**
 * Keeps the true widths of each stored image's card and large variants ({@code catalog.image_width}), so
 * that a product page's {@code srcset} declares only widths the image has. Idempotent: hearing an image
 * twice writes the same row.
 */
@Component
class ImageWidthsListener {

    private final JdbcClient jdbc;

    ImageWidthsListener(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(ImageStored event) {
        var card = event.widthOf("card");
        var large = event.widthOf("large");
        if (card.isEmpty() || large.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        insert into catalog.image_width (image_key, card, large) values (?, ?, ?)
                        on conflict (image_key) do update set card = excluded.card, large = excluded.large
                        """)
                .params(event.key(), card.getAsInt(), large.getAsInt())
                .update();
    }
}
