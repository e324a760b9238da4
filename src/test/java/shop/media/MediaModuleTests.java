package shop.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;

import shop.media.DemoPalette.Picture;
import shop.media.events.DemoPicturesStored;
import shop.media.events.ImageStored;

/**
 * The media module on its own: a new image is announced with ImageStored, once, whatever happens after; demo
 * pictures are drawn once, stored like uploads and announced with DemoPicturesStored on every run. (The
 * start-up drawing is off here: these tests draw a few pictures themselves.)
 */
@ApplicationModuleTest
@TestPropertySource(properties = {"shop.media.dir=target/test-media", "shop.media.demo-pictures.enabled=false"})
class MediaModuleTests {

    private final MediaLibrary library;
    private final DemoPictures demoPictures;
    private final ObjectStore store;
    private final JdbcClient jdbc;

    MediaModuleTests(MediaLibrary library, DemoPictures demoPictures, ObjectStore store, JdbcClient jdbc) {
        this.library = library;
        this.demoPictures = demoPictures;
        this.store = store;
        this.jdbc = jdbc;
    }

    @Test
    void storingANewImagePublishesImageStored(Scenario scenario) {
        byte[] png = TestImages.png(640, 480);
        String key = ImageKey.of(png).value();

        scenario.stimulate(() -> library.store(png))
                .andWaitForEventOfType(ImageStored.class)
                .matching(event -> event.key().equals(key))
                .toArriveAndVerify(event -> {
                    assertThat(event.width()).isEqualTo(640);
                    assertThat(event.height()).isEqualTo(480);
                    assertThat(event.contentType()).isEqualTo("image/png");
                });
    }

    @Test
    void storingTheSameBytesAgainPublishesNothingNew(AssertablePublishedEvents events) {
        byte[] jpeg = TestImages.jpeg(320, 200);
        String key = ImageKey.of(jpeg).value();

        assertThat(library.store(jpeg).created()).isTrue();
        assertThat(library.store(jpeg).created()).isFalse();

        assertThat(events.ofType(ImageStored.class).matching(event -> event.key().equals(key))).hasSize(1);
    }

    @Test
    void aRefusedUploadPublishesNothing(AssertablePublishedEvents events) {
        assertThatThrownBy(() -> library.store(TestImages.gif()))
                .isInstanceOfSatisfying(ImageRejected.class,
                        rejected -> assertThat(rejected.reason()).isEqualTo(ImageRejected.Reason.UNSUPPORTED_TYPE));

        assertThat(events.ofType(ImageStored.class)).isEmpty();
    }

    @Test
    void demoPicturesAreStoredWithTheirVariantsAndAnnounced(Scenario scenario) {
        List<Picture> palette = palette("backpack", "burgundy");

        scenario.stimulate(() -> demoPictures.store(palette))
                .andWaitForEventOfType(DemoPicturesStored.class)
                .matching(event -> event.pictures().stream().anyMatch(p -> p.label().equals("backpack/burgundy/2")))
                .toArriveAndVerify(event -> {
                    assertThat(event.pictures()).extracting(DemoPicturesStored.Picture::label)
                            .containsExactly("backpack/burgundy/1", "backpack/burgundy/2");
                    for (var picture : event.pictures()) {
                        ImageKey key = new ImageKey(picture.key());
                        assertThat(library.read(key, Variant.CARD)).get()
                                .satisfies(jpeg -> assertThat(TestImages.read(jpeg).getWidth()).isEqualTo(480));
                        assertThat(library.read(key, Variant.LARGE)).isPresent();
                        assertThat(library.read(key, Variant.THUMBNAIL)).isPresent();
                        assertThat(jdbc.sql("select content_type from media.image where key = ?").param(picture.key())
                                .query(String.class).single()).isEqualTo("image/jpeg");
                    }
                });
    }

    @Test
    void aLaterRunDrawsNothingAndAnnouncesTheSameKeys(AssertablePublishedEvents events) {
        List<Picture> palette = palette("lamp", "slate-blue");
        var first = demoPictures.store(palette);

        var second = demoPictures.store(palette);

        assertThat(second.drawn()).isZero();
        assertThat(second.pictures()).isEqualTo(first.pictures());
        assertThat(events.ofType(DemoPicturesStored.class).matching(event -> event.pictures().equals(first.pictures())))
                .hasSize(2);
    }

    @Test
    void aPictureWhoseFilesWentMissingIsDrawnAgainUnderTheSameKey() {
        List<Picture> palette = palette("pot", "cream");
        var first = demoPictures.store(palette);
        String lost = first.pictures().getFirst().key();
        store.delete(lost + "/card");

        var second = demoPictures.store(palette);

        assertThat(second.drawn()).isEqualTo(1);
        assertThat(second.pictures()).isEqualTo(first.pictures());
        assertThat(library.read(new ImageKey(lost), Variant.CARD)).isPresent();
    }

    /** Both views of one subject in one colour. */
    private static List<Picture> palette(String subject, String colour) {
        return DemoPalette.pictures().stream()
                .filter(picture -> picture.subject().label().equals(subject) && picture.paint().name().equals(colour))
                .toList();
    }
}
