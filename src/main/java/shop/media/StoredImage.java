package shop.media;

import java.time.Instant;

/** An image the shop keeps: its key, the original's format and size, and where each variant is served. */
public record StoredImage(ImageKey key, ImageFormat format, int width, int height, long byteSize, Instant createdAt) {

    /** The address pages use to show {@code variant} of this image. */
    public String url(Variant variant) {
        return "/media/" + key.value() + "/" + variant.pathName();
    }
}
