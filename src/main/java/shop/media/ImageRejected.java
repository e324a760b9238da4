package shop.media;

/** An upload the shop does not store, with a reason and a sentence for the person who sent it. */
public class ImageRejected extends RuntimeException {

    /** Why an upload was refused. */
    public enum Reason {
        /** The file has no bytes. */
        EMPTY,
        /** The file has more bytes than {@code shop.media.max-upload-size}. */
        TOO_LARGE,
        /** The image has more pixels than {@code shop.media.max-pixels}, by its header. */
        TOO_MANY_PIXELS,
        /** Not a JPEG, PNG or WebP image, by its first bytes. */
        UNSUPPORTED_TYPE,
        /** Looks like an accepted format but cannot be decoded: damaged, truncated or not really an image. */
        UNREADABLE
    }

    private final Reason reason;

    ImageRejected(Reason reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** What to tell the person who uploaded the file. */
    public String detail() {
        return getMessage();
    }
}
