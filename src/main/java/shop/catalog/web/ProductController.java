package shop.catalog.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.json.JsonMapper;

import shop.catalog.CatalogSettings;
import shop.catalog.LastGood;
import shop.catalog.ProductPages;
import shop.catalog.Slugs;
import shop.catalog.Views.ProductPage;
import shop.catalog.Views.Variant;
import shop.common.web.HtmxRequest;

/**
 * A product's page. Picking a variant asks htmx for the buy box only (price, availability, add to cart);
 * without JavaScript the same choice reloads the page with {@code ?sku=}.
 */
@Controller
class ProductController {

    private static final String PAGE = "catalog/product";

    private final ProductPages products;
    private final StorefrontModel page;
    private final CatalogSettings settings;
    private final JsonMapper json;
    private final LastGood lastGood;
    private final RenderedFragments fragments;

    ProductController(ProductPages products, StorefrontModel page, CatalogSettings settings, JsonMapper json,
            LastGood lastGood, RenderedFragments fragments) {
        this.products = products;
        this.page = page;
        this.settings = settings;
        this.json = json;
        this.lastGood = lastGood;
        this.fragments = fragments;
    }

    @GetMapping("/p/{slug}")
    String product(@PathVariable String slug, @RequestParam(required = false) String sku,
            HtmxRequest htmx, Model model) {
        if (!Slugs.isValid(slug)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND); // no product has such a name: no need to ask
        }
        ProductPage product = lastGood.get("product:" + slug, () -> products.product(slug))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("product", product);
        Variant selected = product.variant(sku);
        model.addAttribute("selected", selected);
        if (htmx.isHtmx()) {
            return "catalog/product :: buy";
        }
        page.chrome(model);
        model.addAttribute("parts", parts(product, selected));
        model.addAttribute("canonicalUrl", settings.baseUrl() + "/p/" + product.slug());
        model.addAttribute("jsonLd", fragments.text(product, "json-ld", () -> jsonLd(product)));
        return "catalog/product";
    }

    /** The product page's HTML but for the buy box, rendered once per cached product and chosen variant. */
    private ProductParts parts(ProductPage product, Variant selected) {
        Supplier<Map<String, Object>> variables = () -> Map.of("product", product, "selected", selected);
        return new ProductParts(
                fragments.cached(product, PAGE, "breadcrumbs", variables),
                fragments.cached(product, PAGE, "gallery", variables),
                fragments.cached(List.of(product, selected), PAGE, "heading", variables),
                fragments.cached(product, PAGE, "details", variables));
    }

    /** Pre-rendered parts of {@code catalog/product}. */
    record ProductParts(String breadcrumbs, String gallery, String heading, String details) {
    }

    /** schema.org Product data, escaped so that no value can close the script element. */
    private String jsonLd(ProductPage product) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("@context", "https://schema.org");
        data.put("@type", "Product");
        data.put("name", product.name());
        data.put("description", product.description());
        data.put("brand", Map.of("@type", "Brand", "name", product.brand()));
        data.put("sku", product.variants().getFirst().sku());
        if (!product.images().isEmpty()) {
            data.put("image", settings.baseUrl() + "/media/" + product.images().getFirst().key() + "/large");
        }
        List<Map<String, Object>> offers = product.variants().stream().map(variant -> offer(product, variant)).toList();
        data.put("offers", offers);
        return json.writeValueAsString(data).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    private Map<String, Object> offer(ProductPage product, Variant variant) {
        Map<String, Object> offer = new LinkedHashMap<>();
        offer.put("@type", "Offer");
        offer.put("sku", variant.sku());
        offer.put("price", variant.price().amount().toPlainString());
        offer.put("priceCurrency", variant.price().currency().getCurrencyCode());
        offer.put("availability", variant.inStock() ? "https://schema.org/InStock" : "https://schema.org/OutOfStock");
        offer.put("url", settings.baseUrl() + "/p/" + product.slug() + "?sku=" + variant.sku());
        return offer;
    }
}
