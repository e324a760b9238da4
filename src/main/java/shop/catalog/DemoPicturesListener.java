package shop.catalog;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import shop.media.events.DemoPicturesStored;

/** Keeps the media module's demo pictures and hands them to demo products that still have none. Idempotent. */
@Component
class DemoPicturesListener {

    private static final Logger log = LoggerFactory.getLogger(DemoPicturesListener.class);

    private final DemoImages demoImages;

    DemoPicturesListener(DemoImages demoImages) {
        this.demoImages = demoImages;
    }

    @ApplicationModuleListener
    void on(DemoPicturesStored event) {
        long started = System.nanoTime();
        int added = demoImages.remember(event.pictures());
        if (added > 0) {
            log.info("Gave demo products {} images from {} demo pictures in {} ms", added, event.pictures().size(),
                    (System.nanoTime() - started) / 1_000_000);
        }
    }
}
