package shop.media.events;

import java.util.List;
import java.util.OptionalInt;

/**
 * A new image was stored under {@code key} with its resized variants; its pixels are {@code width} ×
 * {@code height} as displayed, {@code contentType} is that of the original. {@code variants} gives the true
 * size of every variant ({@code thumbnail}, {@code card}, {@code large}, {@code original}): a variant is never
 * wider than the original, so a small image's {@code large} is narrower than its name suggests, and a page
 * that declares widths ({@code srcset}) takes them from here. Pages show it through
 * {@code /media/<key>/<variant>}. Published once per image: uploading the same bytes again publishes nothing.
 */
public record ImageStored(String key, int width, int height, String contentType, List<VariantSize> variants) {

    public ImageStored {
        // null in an event recorded before variants were announced: no sizes known
        variants = variants == null ? List.of() : List.copyOf(variants);
    }

    /** The width in pixels of {@code variant}, if the image has such a variant. */
    public OptionalInt widthOf(String variant) {
        return variants.stream().filter(size -> size.variant().equals(variant)).mapToInt(VariantSize::width).findFirst();
    }

    /** One variant's name in the URL and its size in pixels. */
    public record VariantSize(String variant, int width, int height) {
    }
}
