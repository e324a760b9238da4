package shop.catalog;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.junit.jupiter.api.Test;

import testsupport.BrowserTest;
import testsupport.Browsers;
import testsupport.ShopIntegrationTest;

/** A shopper browses in Chromium: home, a department, a filter, a product and its variants, a misspelt search. */
@ShopIntegrationTest
class ShopperBrowsingBrowserTests extends BrowserTest {

    @Test
    void browsesFromHomeThroughAFilteredCategoryToAProductAndSearchesWithATypo() {
        page.navigate("/");
        Browsers.screenshot(page, "storefront-home-1280");
        page.locator(".tiles").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(Pattern.compile("^Clothing"))).click();
        assertThat(heading()).hasText("Clothing");
        int all = resultCount();
        assertThat(Browsers.seriousAccessibilityViolations(page)).isEmpty();

        page.locator("input[name='a.colour'][value='navy']").check();
        assertThat(page).hasURL(Pattern.compile("a\\.colour=navy"));
        assertThat(page.locator(".results__count strong")).not().hasText(String.valueOf(all));
        int navyCount = resultCount();
        assertThat(navyCount).isPositive().isLessThan(all);
        assertThat(page.locator("#f-stock ~ .facet__count")).hasText(Pattern.compile("^[0-9]+$"));
        assertThat(Integer.parseInt(page.locator("#f-stock ~ .facet__count").textContent().strip()))
                .as("facet counts follow the filter").isLessThanOrEqualTo(navyCount);
        Browsers.screenshot(page, "storefront-category-1280");

        page.goBack();
        assertThat(page).hasURL(Pattern.compile("/c/clothing$"));
        page.goForward();
        assertThat(page).hasURL(Pattern.compile("a\\.colour=navy"));

        page.locator(".product-card__link").first().click();
        assertThat(page).hasURL(Pattern.compile("/p/"));
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add to cart"))).isVisible();
        Locator chips = page.locator(".variant-picker .chip");
        if (chips.count() > 1) {
            String before = page.locator("#buy .small").textContent();
            chips.nth(1).click();
            assertThat(page).hasURL(Pattern.compile("sku="));
            assertThat(page.locator("#buy .small")).not().hasText(before);
        }
        Browsers.screenshot(page, "storefront-product-1280");
        assertThat(Browsers.seriousAccessibilityViolations(page)).isEmpty();

        page.getByLabel("Search products").fill("jakcet");
        page.getByLabel("Search products").press("Enter");
        assertThat(page.locator(".did-you-mean")).containsText("we searched for");
        assertThat(page.locator(".did-you-mean strong")).hasText("jacket");
        assertThat(page.locator(".product-card").first()).isVisible();
        Browsers.screenshot(page, "storefront-search-1280");
        assertThat(Browsers.seriousAccessibilityViolations(page)).isEmpty();
    }

    @Test
    void searchSuggestionsCanBeChosenWithTheKeyboard() {
        page.navigate("/");
        Locator search = page.getByLabel("Search products");
        search.pressSequentially("jacke", new Locator.PressSequentiallyOptions().setDelay(40));
        assertThat(page.getByRole(AriaRole.OPTION).first()).isVisible();
        assertThat(search).hasAttribute("aria-expanded", "true");

        search.press("ArrowDown");
        search.press("Enter");

        assertThat(page).hasURL(Pattern.compile("/(c|p)/"));
    }

    @Test
    void theStorefrontFitsASmallPhone() {
        page.setViewportSize(375, 812);
        for (String path : new String[] {"/", "/c/clothing", "/search?q=wool"}) {
            page.navigate(path);
            Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
            assertThat(((Number) overflow).intValue()).as("horizontal overflow on %s", path).isLessThanOrEqualTo(0);
        }
        Browsers.screenshot(page, "storefront-search-375");
        page.navigate("/c/clothing");
        Browsers.screenshot(page, "storefront-category-375");
        page.locator(".product-card__link").first().click();
        Browsers.screenshot(page, "storefront-product-375");
    }

    private Locator heading() {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
    }

    private int resultCount() {
        return Integer.parseInt(page.locator(".results__count strong").textContent().strip());
    }
}
