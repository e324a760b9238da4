package shop.catalog.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import shop.catalog.Browse;
import shop.catalog.Browse.Sort;
import shop.catalog.SearchVocabulary;
import shop.catalog.Slugs;
import shop.catalog.CategoryTree;
import shop.catalog.Listings;
import shop.catalog.ProductPages;
import shop.catalog.Views.CategoryNode;
import shop.catalog.Views.Listing;
import shop.catalog.Views.ProductCard;
import shop.catalog.Views.ProductPage;

/**
 * The storefront's reads for machine clients: the same published products, categories and search as
 * the pages, as JSON. Errors are RFC 9457 problem details. Images are at {@code /media/{key}/{size}}.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "Catalog", description = "Published products, categories and search")
class CatalogApi {

    /** No control characters: no product has them, and PostgreSQL refuses NUL in text. */
    private static final String PRINTABLE = "[^\\p{Cntrl}]*";
    private static final String NOT_PRINTABLE = "{catalog.api.not-printable}";

    private final CategoryTree tree;
    private final Listings listings;
    private final ProductPages products;
    private final SearchVocabulary vocabulary;

    CatalogApi(CategoryTree tree, Listings listings, ProductPages products, SearchVocabulary vocabulary) {
        this.tree = tree;
        this.listings = listings;
        this.products = products;
        this.vocabulary = vocabulary;
    }

    @GetMapping("/categories")
    @Operation(summary = "The category tree: departments with their categories")
    List<CategoryNode> categories() {
        return tree.departments();
    }

    @GetMapping("/products")
    @Operation(summary = "Published products, optionally of one category (and its subcategories), paged")
    ProductsPage products(
            @Parameter(description = "slug of a category") @RequestParam(required = false) @Size(max = 100) @Pattern(regexp = PRINTABLE, message = NOT_PRINTABLE) String category,
            @Parameter(description = "only these brands") @RequestParam(required = false) Set<@Size(max = 100) @Pattern(regexp = PRINTABLE, message = NOT_PRINTABLE) String> brand,
            @Parameter(description = "relevance, price-asc, price-desc or newest") @RequestParam(defaultValue = "newest") String sort,
            @RequestParam(defaultValue = "1") @Min(1) @Max(100_000) int page) {
        String path = null;
        if (category != null) {
            path = tree.category(category)
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No category '" + category + "'"))
                    .path();
        }
        return ProductsPage.of(listings.browse(browse(path, null, brand, sort, page)), null);
    }

    @GetMapping("/products/{idOrSlug}")
    @Operation(summary = "One published product by its id or slug, with variants, images and attributes")
    ProductPage product(@PathVariable @Size(max = 200) String idOrSlug) {
        String slug = idOrSlug.matches("[0-9]{1,18}")
                ? products.slugOf(Long.parseLong(idOrSlug)).orElse(idOrSlug)
                : idOrSlug;
        return Optional.of(slug).filter(Slugs::isValid).flatMap(products::product)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No published product '" + idOrSlug + "'"));
    }

    @GetMapping("/search")
    @Operation(summary = "Full-text search, ranked; a search that finds nothing is retried with misspelt words corrected")
    ProductsPage search(@RequestParam @Size(min = 1, max = 200) @Pattern(regexp = PRINTABLE, message = NOT_PRINTABLE) String q,
            @RequestParam(required = false) Set<@Size(max = 100) @Pattern(regexp = PRINTABLE, message = NOT_PRINTABLE) String> brand,
            @RequestParam(defaultValue = "relevance") String sort,
            @RequestParam(defaultValue = "1") @Min(1) @Max(100_000) int page) {
        String text = q.strip();
        if (text.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Give some words to search for in 'q'");
        }
        Listing listing = listings.browse(browse(null, text, brand, sort, page));
        if (listing.total() == 0) {
            var corrected = vocabulary.correct(text);
            if (corrected.isPresent()) {
                return ProductsPage.of(listings.browse(browse(null, corrected.get(), brand, sort, page)), corrected.get());
            }
        }
        return ProductsPage.of(listing, null);
    }

    private static Browse browse(String path, String text, Set<String> brands, String sort, int page) {
        if (brands != null && brands.stream().anyMatch(brand -> brand.chars().anyMatch(Character::isISOControl))) {
            // container elements of a request parameter are not validated: checked here, before any SQL
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "'brand' must not contain control characters");
        }
        Sort order = Sort.fromParam(sort).orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST,
                "Unknown sort '" + sort + "'; use relevance, price-asc, price-desc or newest"));
        Set<String> named = brands == null ? Set.of()
                : brands.stream().filter(brand -> !brand.isBlank()).collect(Collectors.toUnmodifiableSet());
        return new Browse(path, text, named, Map.of(), null, null, false, order, page);
    }

    /** One page of products; {@code searchedFor} names the corrected query when the original found nothing. */
    record ProductsPage(List<ProductCard> items, int page, int pages, long total, String searchedFor) {

        static ProductsPage of(Listing listing, String searchedFor) {
            return new ProductsPage(listing.products(), listing.page(), listing.pages(), listing.total(), searchedFor);
        }
    }
}
