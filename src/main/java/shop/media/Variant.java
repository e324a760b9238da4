package shop.media;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The sizes an image is served in: three widths made once at upload (JPEG, never wider than the original)
 * and the original as uploaded. Their names are part of the URL, {@code /media/<key>/<variant>}.
 */
public enum Variant {

    THUMBNAIL(160),
    CARD(480),
    LARGE(1200),
    ORIGINAL(0);

    private final int maxWidth;

    Variant(int maxWidth) {
        this.maxWidth = maxWidth;
    }

    public String pathName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Variant> named(String pathName) {
        return Arrays.stream(values()).filter(variant -> variant.pathName().equals(pathName)).findFirst();
    }

    public boolean resized() {
        return this != ORIGINAL;
    }

    /** Width of this variant of an image {@code width} pixels wide: at most {@link #maxWidth}, never upscaled. */
    public int widthFor(int width) {
        return resized() ? Math.min(maxWidth, width) : width;
    }

    /** Height of this variant of a {@code width} × {@code height} image, keeping its proportions. */
    public int heightFor(int width, int height) {
        return Math.max(1, (int) Math.round((double) height * widthFor(width) / width));
    }
}
