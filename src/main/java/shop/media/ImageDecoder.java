package shop.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

import net.coobird.thumbnailator.util.exif.ExifFilterUtils;
import net.coobird.thumbnailator.util.exif.ExifUtils;
import net.coobird.thumbnailator.util.exif.Orientation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Turns uploaded bytes into pixels, or refuses them, in an order that never does expensive work for a bad
 * file: size first, then the format by the file's first bytes, then width and height from the image's
 * header, and only when those are within limits the pixels themselves (a small file can claim
 * 100000 × 100000 pixels and would need 40 GB to decode). A decoder that warns (a truncated JPEG decodes to
 * grey with a warning) counts as a failure: the shop stores no half images.
 */
@Component
class ImageDecoder {

    private static final Logger log = LoggerFactory.getLogger(ImageDecoder.class);

    private final MediaSettings settings;

    ImageDecoder(MediaSettings settings) {
        this.settings = settings;
        // Registers the TwelveMonkeys readers (WebP, JPEG) also when the jar's own class loader holds them
        ImageIO.scanForPlugins();
        for (ImageFormat format : ImageFormat.values()) {
            if (!ImageIO.getImageReadersByMIMEType(format.mediaType()).hasNext()) {
                throw new IllegalStateException("No ImageIO reader for " + format.mediaType() + " on the class path");
            }
        }
    }

    /** Refuses a file by its size alone, before anyone reads it. */
    void checkSize(long bytes) {
        if (bytes <= 0) {
            throw new ImageRejected(ImageRejected.Reason.EMPTY);
        }
        long limit = settings.maxUploadSize().toBytes();
        if (bytes > limit) {
            throw new ImageRejected(ImageRejected.Reason.TOO_LARGE, sizeOf(bytes), sizeOf(limit));
        }
    }

    DecodedImage decode(byte[] bytes) {
        checkSize(bytes.length);
        ImageFormat format = ImageFormat.sniff(bytes).orElseThrow(() -> new ImageRejected(
                ImageRejected.Reason.UNSUPPORTED_TYPE, ImageRejected.kind(ImageFormat.kindOf(bytes))));
        ImageReader reader = readerFor(format);
        try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            // Metadata only for JPEG (its orientation); PNG text chunks are compressed and could be bombs too
            reader.setInput(input, true, format != ImageFormat.JPEG);
            checkPixels(format, reader.getWidth(0), reader.getHeight(0));
            List<String> warnings = new ArrayList<>();
            reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
            BufferedImage pixels = reader.read(0);
            if (!warnings.isEmpty()) {
                throw new IOException("Decoder warnings: " + warnings);
            }
            Orientation orientation = orientationOf(format, reader);
            return new DecodedImage(format, upright(pixels, orientation), orientation == null ? 1 : orientation.ordinal() + 1);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ImageRejected rejected) {
                throw rejected;
            }
            log.debug("Unreadable {} upload", format.displayName(), e);
            throw unreadable(format);
        } finally {
            reader.dispose();
        }
    }

    private void checkPixels(ImageFormat format, int width, int height) throws IOException {
        if (width <= 0 || height <= 0) {
            throw new IOException(format.displayName() + " header gives no size: " + width + " × " + height);
        }
        long pixels = (long) width * height;
        if (pixels > settings.maxPixels()) {
            throw new ImageRejected(ImageRejected.Reason.TOO_MANY_PIXELS, String.valueOf(width), String.valueOf(height),
                    megapixels(pixels), megapixels(settings.maxPixels()));
        }
    }

    static ImageRejected unreadable(ImageFormat format) {
        return new ImageRejected(ImageRejected.Reason.UNREADABLE, format.displayName());
    }

    /**
     * Photos from phones are often stored sideways with an EXIF note on how to turn them (its values 1 to 8
     * are the enum's order); null when there is none or it cannot be read.
     */
    private static Orientation orientationOf(ImageFormat format, ImageReader reader) {
        if (format != ImageFormat.JPEG) {
            return null;
        }
        try {
            return ExifUtils.getExifOrientation(reader, 0);
        } catch (IOException | RuntimeException e) {
            log.debug("Unreadable EXIF orientation, keeping the image as stored", e);
            return null;
        }
    }

    private static BufferedImage upright(BufferedImage pixels, Orientation orientation) {
        return orientation == null || orientation == Orientation.TOP_LEFT
                ? pixels
                : ExifFilterUtils.getFilterForOrientation(orientation).apply(pixels);
    }

    private static ImageReader readerFor(ImageFormat format) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(format.mediaType());
        if (!readers.hasNext()) {
            throw new IllegalStateException("No ImageIO reader for " + format.mediaType());
        }
        return readers.next();
    }

    /** "512 KB", "10 MB", "10.1 MB": rounded up, so a file just over a limit never reads as the limit itself. */
    static String sizeOf(long bytes) {
        return bytes < 1024 * 1024 ? roundedUp(bytes / 1024.0) + " KB" : roundedUp(bytes / (1024.0 * 1024.0)) + " MB";
    }

    private static String megapixels(long pixels) {
        return roundedUp(pixels / 1_000_000.0);
    }

    private static String roundedUp(double value) {
        double tenths = Math.ceil(value * 10) / 10;
        return tenths == Math.rint(tenths) ? String.valueOf((long) tenths) : String.format(Locale.ROOT, "%.1f", tenths);
    }
}
