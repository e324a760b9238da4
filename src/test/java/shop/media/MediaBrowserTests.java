package shop.media;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Route;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import testsupport.BrowserTest;
import testsupport.Browsers;
import testsupport.ShopIntegrationTest;

/**
 * Images in a real Chromium: a missing image shows the placeholder, and an image whose load fails (the
 * network, a proxy) shows the placeholder until {@code media.js} has loaded it again. Like every browser
 * test it also fails on anything the Content-Security-Policy refused.
 */
@ShopIntegrationTest
class MediaBrowserTests extends BrowserTest {

    @Autowired
    MediaLibrary library;

    @Test
    void aMissingImageShowsThePlaceholderNotABrokenImage() {
        page.navigate("/");
        Locator image = addImage("/media/" + MediaServingTests.UNKNOWN_KEY + "/card");

        assertThat(image).isVisible();
        page.waitForFunction("img => img.complete && img.naturalWidth > 0", image.elementHandle());
        assertThat(naturalWidth(image)).isEqualTo(400);
        // the server's 404 is itself the placeholder image: the browser shows it, no script needed
        assertThat(image).hasAttribute("src", "/media/" + MediaServingTests.UNKNOWN_KEY + "/card");
        assertThat(image.getAttribute("data-media-state")).isNull();
        Browsers.screenshot(page, "media-missing-image-1280");
    }

    @Test
    void anImageThatFailsToLoadShowsThePlaceholderThenTheImageOnceItLoadsAgain() {
        String key = library.store(TestImages.jpeg(900, 600)).image().key().value();
        String url = "/media/" + key + "/card";
        var failures = new AtomicInteger();
        page.route("**" + url, route -> {
            if (failures.getAndIncrement() < 2) {
                route.abort("connectionreset");
            } else {
                route.resume();
            }
        });
        page.navigate("/");

        Locator image = addImage(url);

        assertThat(image).hasAttribute("src", "/media/placeholder.svg");
        assertThat(image).hasAttribute("data-media-state", "placeholder");
        page.waitForFunction("img => img.complete && img.naturalWidth > 0", image.elementHandle());
        assertThat(naturalWidth(image)).isEqualTo(400);

        assertThat(image).hasAttribute("data-media-state", "loaded",
                new com.microsoft.playwright.assertions.LocatorAssertions.HasAttributeOptions().setTimeout(20_000));
        assertThat(image).hasAttribute("src", url);
        page.waitForFunction("img => img.complete && img.naturalWidth === 480", image.elementHandle());
        assertThat(failures.get()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void anImageThatFailedBeforeTheScriptRanIsRepairedToo() {
        String broken = "/media/" + MediaServingTests.UNKNOWN_KEY + "/large";
        page.route("**" + broken, route -> route.abort("failed"));
        page.route("**/", route -> {
            var response = route.fetch();
            route.fulfill(new Route.FulfillOptions().setResponse(response).setBody(response.text()
                    .replace("<main id=\"main\"", "<img id=\"early\" src=\"" + broken + "\" alt=\"Early\" width=\"200\" height=\"250\"><main id=\"main\"")));
        });

        page.navigate("/");

        Locator image = page.locator("#early");
        assertThat(image).hasAttribute("src", "/media/placeholder.svg");
        page.waitForFunction("img => img.complete && img.naturalWidth > 0", image.elementHandle());
        assertThat(page.locator("header img").first()).hasAttribute("src", java.util.regex.Pattern.compile("/assets/img/logo"));
    }

    private Locator addImage(String src) {
        page.evaluate("""
                src => {
                  const img = document.createElement('img');
                  img.id = 'product-photo';
                  img.alt = 'A jacket';
                  img.width = 240;
                  img.height = 300;
                  img.src = src;
                  document.querySelector('main').prepend(img);
                }""", src);
        return page.locator("#product-photo");
    }

    private static int naturalWidth(Locator image) {
        return ((Number) image.evaluate("img => img.naturalWidth")).intValue();
    }
}
