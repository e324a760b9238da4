package shop.catalog.web;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import shop.catalog.CategoryTree;
import shop.catalog.Slugs;
import shop.common.web.HtmxRequest;

/** A category's page: its subtree's products with facets, sort and pages; htmx asks for the results only. */
@Controller
class CategoryController {

    private final CategoryTree tree;
    private final StorefrontModel page;
    private final RenderedFragments fragments;

    CategoryController(CategoryTree tree, StorefrontModel page, RenderedFragments fragments) {
        this.tree = tree;
        this.page = page;
        this.fragments = fragments;
    }

    @GetMapping("/c/{slug}")
    String category(@PathVariable String slug, @RequestParam MultiValueMap<String, String> query,
            HtmxRequest htmx, Model model) {
        if (!Slugs.isValid(slug)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND); // no category has such a name: no need to ask
        }
        var category = tree.category(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var params = ListingParams.parse(query, category.path(), null);
        model.addAttribute("category", category);
        page.listing(model, params, "/c/" + category.slug());
        if (htmx.isHtmx()) {
            return "catalog/listing :: rendered";
        }
        page.chrome(model);
        var breadcrumbs = tree.breadcrumbs(category.path());
        model.addAttribute("headingHtml", fragments.cached(List.of(category, breadcrumbs), "catalog/category", "heading",
                () -> Map.of("category", category, "breadcrumbs", breadcrumbs)));
        return "catalog/category";
    }
}
