package shop.catalog.admin;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import testsupport.BrowserTest;
import testsupport.Browsers;
import testsupport.ShopIntegrationTest;

/** The catalog's back office in a real Chromium: an admin puts a new product on sale and imports more. */
@ShopIntegrationTest
class CatalogAdminBrowserTests extends BrowserTest {

    static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);

    @BeforeEach
    void signIn() {
        signInAsAdmin();
    }

    @Test
    void anAdminCreatesAProductFixesAMistakePublishesItAndSeesItInTheShop() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String name = "Oak Desk Lamp " + suffix;

        page.navigate("/admin");
        assertThat(page.getByText("drafts")).isVisible();
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Back office"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Catalog")).click();
        assertThat(heading()).hasText("Products");
        page.getByLabel("Status").selectOption("PUBLISHED");
        assertThat(page).hasURL(Pattern.compile("status=PUBLISHED"));
        assertThat(page.locator("#results .badge--draft")).hasCount(0);
        Browsers.screenshot(page, "catalog-products-1280");
        assertThat(Browsers.seriousAccessibilityViolations(page)).isEmpty();
        page.setViewportSize(360, 740);
        assertThat(horizontalOverflow()).as("the list fits a small phone").isLessThanOrEqualTo(0);
        page.setViewportSize(1280, 900);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New product")).click();
        assertThat(heading()).hasText("New product");
        page.locator("#name").fill(name);
        page.locator("#brand").fill("Alder Works");
        page.getByLabel("Category").selectOption(new SelectOption().setLabel("Home › Lighting"));
        page.locator("#description").fill("A small lamp of oiled oak for the desk.");
        page.getByLabel("Name of attribute 1").fill("material");
        page.getByLabel("Value of attribute 1").fill("oak");
        page.getByLabel("SKU of variant 1", EXACT).fill("ODL-" + suffix);
        page.getByLabel("Price of variant 1", EXACT).fill("-39.90");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add variant")).click();
        page.getByLabel("SKU of variant 2", EXACT).fill("ODL-" + suffix + "-XL");
        page.getByLabel("Attributes of variant 2").fill("size=XL");
        page.getByLabel("Price of variant 2", EXACT).fill("49.90");
        assertThat(page.getByLabel("SKU of variant 1", EXACT)).hasValue("ODL-" + suffix);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save product")).first().click();

        Locator summary = page.locator("#error-summary");
        assertThat(summary).containsText("A price cannot be negative.");
        assertThat(page.getByLabel("Price of variant 1", EXACT)).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#name")).hasValue(name);
        Browsers.screenshot(page, "catalog-product-problems-1280");
        assertThat(Browsers.seriousAccessibilityViolations(page)).isEmpty();
        assertThat(summary).isFocused();
        page.setViewportSize(360, 740);
        assertThat(horizontalOverflow()).as("the form fits a small phone").isLessThanOrEqualTo(0);
        page.setViewportSize(375, 812);
        Browsers.screenshot(page, "catalog-product-problems-375");
        page.setViewportSize(1280, 900);

        summary.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("A price cannot be negative.")).click();
        assertThat(page.getByLabel("Price of variant 1", EXACT)).isFocused();
        page.getByLabel("Price of variant 1", EXACT).fill("39.90");
        page.locator("#image-files").setInputFiles(new FilePayload("lamp.png", "image/png", lampPhoto(600, 750)));
        assertThat(page.locator(".image-previews li")).hasCount(1);
        assertThat(page.locator(".image-upload__status")).containsText("lamp.png added.");
        assertThat(page.locator("#imageKeys")).hasValue(Pattern.compile("^[0-9a-f]{64}$"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save product")).last().click();

        assertThat(page.locator(".alert--success")).containsText("as a draft");
        assertThat(heading()).hasText(name);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Publish…")).click();
        assertThat(heading()).hasText("Publish “" + name + "”?");
        Browsers.screenshot(page, "catalog-product-publish-1280");
        assertThat(Browsers.seriousAccessibilityViolations(page)).isEmpty();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish").setExact(true)).click();

        assertThat(page.locator(".alert--success")).containsText("Published.");
        assertThat(page.locator(".badge--published")).isVisible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("View in shop")).click();

        assertThat(page).hasURL(Pattern.compile("/p/oak-desk-lamp-" + suffix + "$"));
        assertThat(heading()).hasText(name);
        assertThat(page.locator(".buy__price")).containsText("39.90");
        Locator photo = page.locator("img.gallery__main").first();
        assertThat(photo).hasAttribute("src", Pattern.compile("^/media/[0-9a-f]{64}/large$"));
        page.waitForFunction("img => img.complete && img.naturalWidth > 0", photo.elementHandle());
        assertThat((String) photo.evaluate("img => img.currentSrc"))
                .as("the uploaded photo, not the placeholder").matches(".*/media/[0-9a-f]{64}/(card|large)$");
        assertThat(page.request().get((String) photo.evaluate("img => img.currentSrc")).headers().get("content-type"))
                .isEqualTo("image/jpeg");
        Browsers.screenshot(page, "catalog-published-product-1280");
    }

    @Test
    void anAdminImportsProductsFromACsvFileAfterAPreview() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String csv = """
                slug,name,brand,category_slug,status,sku,variant_attributes,price
                linen-throw-%1$s,Linen Throw %1$s,Tindra,textiles,PUBLISHED,LT-%1$s-S,size=S,59.00
                linen-throw-%1$s,,,,,LT-%1$s-L,size=L,69.00
                """.formatted(suffix);

        page.navigate("/admin/catalog/categories");
        assertThat(heading()).hasText("Categories");
        Browsers.screenshot(page, "catalog-categories-1280");
        assertThat(Browsers.seriousAccessibilityViolations(page)).isEmpty();

        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Catalog"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Import")).click();
        page.getByLabel("CSV file (UTF-8)").setInputFiles(new FilePayload("throws.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload and preview")).click();

        assertThat(heading()).hasText("Preview of throws.csv");
        assertThat(page.locator(".alert--success")).containsText("1 new, 0 changed");
        Browsers.screenshot(page, "catalog-import-preview-1280");
        assertThat(Browsers.seriousAccessibilityViolations(page)).isEmpty();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import these products")).click();

        assertThat(page.locator(".alert--success")).containsText("Imported throws.csv: 1 product created, 0 updated.");
        page.navigate("/p/linen-throw-" + suffix);
        assertThat(heading()).hasText("Linen Throw " + suffix);
        assertThat(page.getByText("Choose a variant")).isVisible();
    }

    /** A drawn product photo: a lamp shade on a plain background. */
    private static byte[] lampPhoto(int width, int height) {
        var image = new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(new java.awt.Color(0xF6F6F4));
        graphics.fillRect(0, 0, width, height);
        graphics.setColor(new java.awt.Color(0x0F5C4D));
        graphics.fillPolygon(new int[] {width / 3, 2 * width / 3, 3 * width / 4, width / 4},
                new int[] {height / 4, height / 4, height / 2, height / 2}, 4);
        graphics.dispose();
        var bytes = new java.io.ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(image, "png", bytes);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private int horizontalOverflow() {
        return ((Number) page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")).intValue();
    }

    private Locator heading() {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
    }
}
