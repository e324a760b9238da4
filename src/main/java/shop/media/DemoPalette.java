package shop.media;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/**
 * What the demo pictures show: a simple, recognisable subject for each kind of product the demo catalog
 * sells, in each colour it sells them in, from two views (the whole thing, then a closer look). The names
 * are what other modules see in {@code DemoPicturesStored}; change the drawing and {@link #VERSION} goes up.
 */
final class DemoPalette {

    /**
     * Which drawing the stored pictures came from. Raise it whenever {@link DemoArtist} or this palette
     * changes what is drawn: the next start then draws (and announces) the new pictures.
     */
    static final int VERSION = 1;

    /** The views of each subject: 1 the whole product, 2 a closer, tilted look. */
    static final int VIEWS = 2;

    private DemoPalette() {
    }

    enum Subject {
        JACKET, SHIRT, TROUSERS, SWEATER, BOOT, SNEAKER, BACKPACK, TENT, SLEEPING_BAG, POT, LAMP, BLANKET;

        /** The subject's name in events and labels: {@code sleeping-bag}. */
        String label() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /** A colour by its name in labels ({@code forest-green}) and how it is painted. */
    record Paint(String name, Color color) {
    }

    static final List<Paint> PAINTS = List.of(
            new Paint("black", new Color(0x2c2d30)),
            new Paint("navy", new Color(0x1f3057)),
            new Paint("olive", new Color(0x6b6a31)),
            new Paint("sand", new Color(0xcdb68a)),
            new Paint("rust", new Color(0xb0522a)),
            new Paint("forest-green", new Color(0x2e5b3d)),
            new Paint("charcoal", new Color(0x4a4d53)),
            new Paint("cream", new Color(0xeee3c8)),
            new Paint("slate-blue", new Color(0x5c7393)),
            new Paint("burgundy", new Color(0x6f1f30)));

    /** One picture of the palette. */
    record Picture(Subject subject, Paint paint, int view) {

        /** {@code shirt/navy/1}: what logs and tests call it. */
        String label() {
            return subject.label() + "/" + paint.name() + "/" + view;
        }
    }

    /** Every picture, in a fixed order. */
    static List<Picture> pictures() {
        List<Picture> pictures = new ArrayList<>();
        for (Subject subject : Subject.values()) {
            for (Paint paint : PAINTS) {
                for (int view = 1; view <= VIEWS; view++) {
                    pictures.add(new Picture(subject, paint, view));
                }
            }
        }
        return List.copyOf(pictures);
    }
}
