package shop.media;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.springframework.stereotype.Component;

/**
 * Bounds how many images are decoded and scaled at the same time, so that a burst of large uploads cannot
 * run the shop out of heap. An upload waits briefly for a permit; if none comes it is refused with
 * {@link DecodersBusy} before anything is stored, and the uploader tries again a little later.
 */
@Component
class DecodePermits {

    private final DecodeSettings settings;
    private final Semaphore permits;

    DecodePermits(DecodeSettings settings) {
        this.settings = settings;
        this.permits = new Semaphore(settings.maxConcurrent(), true);
    }

    /** A permit to decode one image, to be closed when its pixels are no longer needed; or {@link DecodersBusy}. */
    Permit acquire() {
        boolean acquired;
        try {
            acquired = permits.tryAcquire(settings.queueWait().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            throw new DecodersBusy(settings.maxConcurrent(), settings.retryAfter());
        }
        return new Permit();
    }

    /** One decode's turn; closing it more than once gives back one permit only. */
    final class Permit implements AutoCloseable {

        private boolean closed;

        @Override
        public synchronized void close() {
            if (!closed) {
                closed = true;
                permits.release();
            }
        }
    }
}
