package shop.media;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;

import shop.media.events.ImageStored;

/** The media module on its own: a new image is announced with ImageStored, once, whatever happens after. */
@ApplicationModuleTest
@TestPropertySource(properties = "shop.media.dir=target/test-media")
class MediaModuleTests {

    private final MediaLibrary library;

    MediaModuleTests(MediaLibrary library) {
        this.library = library;
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
        try {
            library.store(TestImages.gif());
        } catch (ImageRejected expected) {
            assertThat(expected.reason()).isEqualTo(ImageRejected.Reason.UNSUPPORTED_TYPE);
        }

        assertThat(events.ofType(ImageStored.class)).isEmpty();
    }
}
