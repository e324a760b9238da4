package shop.media.events;

/**
 * A new image was stored under {@code key} (the SHA-256 of its bytes) with its resized variants; its
 * pixels are {@code width} × {@code height} as displayed, {@code contentType} is that of the original.
 * Pages show it through {@code /media/<key>/<size>}. Published once per image: uploading the same bytes
 * again publishes nothing.
 */
public record ImageStored(String key, int width, int height, String contentType) {
}
