package shop.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import net.coobird.thumbnailator.Thumbnails;
import org.springframework.stereotype.Component;

/**
 * Makes the resized variants of an image, once, at upload. Each is a JPEG: the format every browser and
 * mail client shows, and the smallest for photos, which product images are. Transparent areas (a PNG or
 * WebP logo) are flattened onto white, the colour of the cards and pages they appear on. Scaling is
 * Thumbnailator's (progressive bilinear, sharp at small sizes); each variant is scaled from the next
 * larger one, which is faster than from the original and looks the same.
 */
@Component
class Renditions {

    static final float JPEG_QUALITY = 0.85f;

    /** The JPEG bytes of every resized variant of {@code image}. */
    Map<Variant, byte[]> of(DecodedImage image) {
        return of(image, null);
    }

    /**
     * The same, reusing {@code jpegOfPixels}, the image's own (opaque) pixels encoded by
     * {@link #jpeg(BufferedImage, float)} at {@link #JPEG_QUALITY}, for a variant that keeps the image's size:
     * encoding those pixels again would give the same bytes.
     */
    Map<Variant, byte[]> of(DecodedImage image, byte[] jpegOfPixels) {
        Map<Variant, byte[]> variants = new EnumMap<>(Variant.class);
        int width = image.width();
        int height = image.height();
        BufferedImage source = image.pixels();
        for (Variant variant : new Variant[] {Variant.LARGE, Variant.CARD, Variant.THUMBNAIL}) {
            BufferedImage scaled = scale(source, variant.widthFor(width), variant.heightFor(width, height));
            boolean sameSize = scaled == image.pixels();
            variants.put(variant, sameSize && jpegOfPixels != null ? jpegOfPixels : jpeg(onWhite(scaled)));
            source = scaled;
        }
        return variants;
    }

    private static BufferedImage scale(BufferedImage image, int width, int height) {
        if (image.getWidth() == width && image.getHeight() == height) {
            return image;
        }
        try {
            return Thumbnails.of(image).size(width, height).keepAspectRatio(false).asBufferedImage();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not scale an image in memory", e);
        }
    }

    private static BufferedImage onWhite(BufferedImage image) {
        var flat = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = flat.createGraphics();
        try {
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, flat.getWidth(), flat.getHeight());
            graphics.drawImage(image, 0, 0, null);
        } finally {
            graphics.dispose();
        }
        return flat;
    }

    private static byte[] jpeg(BufferedImage image) {
        return jpeg(image, JPEG_QUALITY);
    }

    /** {@code image} (opaque) as a progressive JPEG of the given quality (0 to 1). */
    static byte[] jpeg(BufferedImage image, float quality) {
        ImageWriter writer = ImageIO.getImageWritersByMIMEType("image/jpeg").next();
        var bytes = new ByteArrayOutputStream();
        try (var output = new MemoryCacheImageOutputStream(bytes)) {
            ImageWriteParam parameters = writer.getDefaultWriteParam();
            parameters.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            parameters.setCompressionQuality(quality);
            parameters.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            writer.setOutput(output);
            writer.write(null, new IIOImage(image, null, null), parameters);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not encode a JPEG in memory", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
