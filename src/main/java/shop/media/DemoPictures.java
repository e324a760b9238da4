package shop.media;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.PreDestroy;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

import shop.media.DemoPalette.Picture;
import shop.media.events.DemoPicturesStored;

/**
 * Draws the demo catalog's product pictures ({@link DemoPalette}, {@link DemoArtist}) and stores them as
 * any upload is stored, with their resized variants, announcing them with {@link DemoPicturesStored}.
 * Runs once the shop is up, on a background thread of its own, so that start-up does not wait for it; a
 * later start finds the pictures in {@code media.demo_picture} and their files in the store, draws nothing
 * and only announces them again. Of several nodes starting together, the one holding the lock draws.
 */
@Component
class DemoPictures {

    private static final Logger log = LoggerFactory.getLogger(DemoPictures.class);
    private static final String LOCK = "media-demo-pictures";

    private final DemoPictureSettings settings;
    private final MediaLibrary library;
    private final JdbcClient jdbc;
    private final TransactionOperations transactions;
    private final ApplicationEventPublisher events;
    private final ObjectProvider<LockProvider> locks;
    private final DemoArtist artist = new DemoArtist();
    private volatile boolean stopping;
    private volatile Thread worker;

    DemoPictures(DemoPictureSettings settings, MediaLibrary library, JdbcClient jdbc, TransactionOperations transactions,
            ApplicationEventPublisher events, ObjectProvider<LockProvider> locks) {
        this.settings = settings;
        this.library = library;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.events = events;
        this.locks = locks;
    }

    @EventListener(ApplicationReadyEvent.class)
    void startDrawing() {
        if (!settings.enabled()) {
            return;
        }
        // A platform thread: drawing keeps a core busy, which a virtual thread would take from the web's carriers
        worker = Thread.ofPlatform().name("demo-pictures").daemon().start(() -> {
            try {
                storeLocked();
            } catch (RuntimeException e) {
                if (!stopping) {
                    log.warn("Could not store the demo pictures; the next start tries again", e);
                }
            }
        });
    }

    @PreDestroy
    void stop() throws InterruptedException {
        stopping = true;
        Thread running = worker;
        if (running != null) {
            running.join(Duration.ofSeconds(10));
        }
    }

    private void storeLocked() {
        LockProvider provider = locks.getIfAvailable();
        Optional<SimpleLock> lock = provider == null ? Optional.empty()
                : provider.lock(new LockConfiguration(Instant.now(), LOCK, Duration.ofMinutes(5), Duration.ZERO));
        if (provider != null && lock.isEmpty()) {
            log.info("Another node is drawing the demo pictures");
            return;
        }
        try {
            store(DemoPalette.pictures());
        } finally {
            lock.ifPresent(SimpleLock::unlock);
        }
    }

    /**
     * Makes sure every picture of {@code palette} is stored, drawing only those that are not, and announces
     * them subject by subject, so that the first products show pictures while the rest are being drawn.
     * Says how many it drew and what it announced.
     */
    Outcome store(List<Picture> palette) {
        long started = System.nanoTime();
        Map<String, String> recorded = recorded();
        Map<DemoPalette.Subject, List<Picture>> bySubject = new LinkedHashMap<>();
        palette.forEach(picture -> bySubject.computeIfAbsent(picture.subject(), s -> new ArrayList<>()).add(picture));
        List<DemoPicturesStored.Picture> announced = new ArrayList<>();
        int drawn = 0;
        for (List<Picture> pictures : bySubject.values()) {
            List<DemoPicturesStored.Picture> batch = new ArrayList<>();
            for (Picture picture : pictures) {
                if (stopping) {
                    return new Outcome(drawn, announced);
                }
                String key = recorded.get(picture.label());
                if (key == null || !library.has(new ImageKey(key))) {
                    key = draw(picture);
                    drawn++;
                }
                batch.add(new DemoPicturesStored.Picture(picture.subject().label(), picture.paint().name(), picture.view(), key));
            }
            var stored = new DemoPicturesStored(batch);
            transactions.executeWithoutResult(status -> events.publishEvent(stored));
            announced.addAll(stored.pictures());
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        if (drawn > 0) {
            log.info("Drew and stored {} of {} demo pictures in {} ms", drawn, palette.size(), millis);
        } else {
            log.info("Found all {} demo pictures stored already ({} ms)", palette.size(), millis);
        }
        return new Outcome(drawn, List.copyOf(announced));
    }

    /** What {@link #store} did: how many pictures it drew, and every picture it announced. */
    record Outcome(int drawn, List<DemoPicturesStored.Picture> pictures) {
    }

    private String draw(Picture picture) {
        var pixels = artist.draw(picture);
        String key = library.storeDrawn(pixels, Renditions.jpeg(pixels, Renditions.JPEG_QUALITY)).image().key().value();
        jdbc.sql("""
                        insert into media.demo_picture (subject, colour, view, image_key, version) values (?, ?, ?, ?, ?)
                        on conflict (subject, colour, view) do update set image_key = excluded.image_key, version = excluded.version
                        """)
                .params(picture.subject().label(), picture.paint().name(), picture.view(), key, DemoPalette.VERSION)
                .update();
        return key;
    }

    /** The pictures of this version of the drawing that were stored before, by label. */
    private Map<String, String> recorded() {
        Map<String, String> keys = new HashMap<>();
        jdbc.sql("select subject, colour, view, image_key from media.demo_picture where version = ?")
                .param(DemoPalette.VERSION)
                .query(rs -> {
                    keys.put(rs.getString(1) + "/" + rs.getString(2) + "/" + rs.getInt(3), rs.getString(4));
                });
        return keys;
    }
}
