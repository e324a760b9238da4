package shop.media;

import java.awt.image.BufferedImage;

/** An accepted upload: its format by its bytes, and its pixels the right way up. */
record DecodedImage(ImageFormat format, BufferedImage pixels) {

    int width() {
        return pixels.getWidth();
    }

    int height() {
        return pixels.getHeight();
    }
}
