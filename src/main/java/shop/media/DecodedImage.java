package shop.media;

import java.awt.image.BufferedImage;

/**
 * An accepted upload: its format by its bytes, its pixels the right way up, and the EXIF orientation (1 to
 * 8, 1 when there is none) that turned them, which the stored original keeps so that it shows the same way.
 */
record DecodedImage(ImageFormat format, BufferedImage pixels, int orientation) {

    DecodedImage(ImageFormat format, BufferedImage pixels) {
        this(format, pixels, 1);
    }

    int width() {
        return pixels.getWidth();
    }

    int height() {
        return pixels.getHeight();
    }
}
