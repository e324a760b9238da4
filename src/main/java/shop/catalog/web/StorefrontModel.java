package shop.catalog.web;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.util.UriComponentsBuilder;

import shop.catalog.Browse;
import shop.catalog.CatalogSettings;
import shop.catalog.LastGood;
import shop.catalog.CategoryTree;
import shop.catalog.Listings;
import shop.catalog.Views.Listing;
import shop.catalog.Views.ProductCard;

/** What every storefront page puts into its model: the category navigation and, for listings, the results. */
@Component
class StorefrontModel {

    private final CategoryTree tree;
    private final Listings listings;
    private final CatalogSettings settings;
    private final LastGood lastGood;
    private final RenderedFragments fragments;

    StorefrontModel(CategoryTree tree, Listings listings, CatalogSettings settings, LastGood lastGood, RenderedFragments fragments) {
        this.tree = tree;
        this.listings = listings;
        this.settings = settings;
        this.lastGood = lastGood;
        this.fragments = fragments;
    }

    private static final String[] LISTING = {"catalog/listing", "listing"};

    /** Product cards as HTML, each rendered once per card (its name, price, picture...). */
    List<String> cards(List<ProductCard> products) {
        return products.stream()
                .map(product -> fragments.cached(product, "catalog/fragments", "card", () -> Map.of("product", product)))
                .toList();
    }

    /**
     * The page chrome every storefront page has; survives the catalog's storage failing once it was read.
     * Returns the category tree it shows, for pages that show it again.
     */
    List<shop.catalog.Views.CategoryNode> chrome(Model model) {
        var tree = categoryTree();
        model.addAttribute("categoryNav", tree);
        model.addAttribute("categoryNavHtml",
                fragments.cached(tree, "catalog/fragments", "category-nav", () -> Map.of("categoryNav", tree)));
        model.addAttribute("baseUrl", settings.baseUrl());
        return tree;
    }

    List<shop.catalog.Views.CategoryNode> categoryTree() {
        try {
            return lastGood.get("category-tree", tree::departments);
        } catch (org.springframework.dao.DataAccessException neverReadYet) {
            return List.of();
        }
    }

    Listing listing(Model model, ListingParams params, String path) {
        Browse browse = params.browse();
        Listing listing = listings.browse(browse);
        model.addAttribute("listing", listing);
        model.addAttribute("browse", browse);
        model.addAttribute("notices", params.notices());
        model.addAttribute("listingPath", path);
        model.addAttribute("sorts", sortsFor(browse));
        model.addAttribute("pageLinks", pageLinks(path, browse, listing));
        model.addAttribute("cardsHtml", cards(listing.products()));
        model.addAttribute("listingHtml", params.notices().isEmpty()
                ? fragments.cached(List.of(listing, browse, path), LISTING[0], LISTING[1], model::asMap)
                : fragments.render(LISTING[0], LISTING[1], model.asMap()));
        return listing;
    }

    private static List<Browse.Sort> sortsFor(Browse browse) {
        return browse.text() == null
                ? List.of(Browse.Sort.NEWEST, Browse.Sort.PRICE_ASC, Browse.Sort.PRICE_DESC, Browse.Sort.RELEVANCE)
                : List.of(Browse.Sort.RELEVANCE, Browse.Sort.PRICE_ASC, Browse.Sort.PRICE_DESC, Browse.Sort.NEWEST);
    }

    /** Links to the previous and next page that keep every filter, as the shopper set them. */
    private static Map<String, String> pageLinks(String path, Browse browse, Listing listing) {
        var links = new java.util.LinkedHashMap<String, String>();
        if (listing.page() > 1) {
            links.put("prev", url(path, browse.withPage(listing.page() - 1)));
        }
        if (listing.page() < listing.pages()) {
            links.put("next", url(path, browse.withPage(listing.page() + 1)));
        }
        return links;
    }

    static String url(String path, Browse browse) {
        var uri = UriComponentsBuilder.fromPath(path);
        if (browse.text() != null) {
            uri.queryParam("q", browse.text());
        }
        browse.brands().forEach(brand -> uri.queryParam("brand", brand));
        browse.attributes().forEach((key, values) -> values.forEach(value -> uri.queryParam("a." + key, value)));
        if (browse.minPrice() != null) {
            uri.queryParam("min", browse.minPrice().toPlainString());
        }
        if (browse.maxPrice() != null) {
            uri.queryParam("max", browse.maxPrice().toPlainString());
        }
        if (browse.inStockOnly()) {
            uri.queryParam("stock", "1");
        }
        uri.queryParam("sort", browse.sort().param());
        if (browse.page() > 1) {
            uri.queryParam("page", browse.page());
        }
        return uri.encode().build().toUriString();
    }
}
