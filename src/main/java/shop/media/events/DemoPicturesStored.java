package shop.media.events;

import java.util.List;

/**
 * Pictures drawn for the demo catalog are stored, each with its resized variants, and shown through
 * {@code /media/<key>/<size>} like any uploaded image. Announced one subject at a time as they are stored,
 * and again on every later start: the same picture keeps its key, so hearing it twice changes nothing, and a
 * consumer keeps the latest key of each subject, colour and view.
 * Each picture shows one {@code subject} ({@code shirt}, {@code sleeping-bag}) in one {@code colour}
 * ({@code navy}, {@code forest-green}) from one {@code view} (1: the whole product; 2: a closer look).
 */
public record DemoPicturesStored(List<Picture> pictures) {

    public DemoPicturesStored {
        pictures = List.copyOf(pictures);
    }

    public record Picture(String subject, String colour, int view, String key) {

        /** {@code shirt/navy/1}. */
        public String label() {
            return subject + "/" + colour + "/" + view;
        }
    }
}
