package shop.media;

import java.time.Duration;

/**
 * Every decode permit is taken ({@link DecodePermits}): the upload was not looked at and nothing was stored;
 * the same upload succeeds once others are done, so the client is told when to try again.
 */
public class DecodersBusy extends RuntimeException {

    private final Duration retryAfter;

    DecodersBusy(int maxConcurrent, Duration retryAfter) {
        super("All " + maxConcurrent + " image decoders are busy");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
