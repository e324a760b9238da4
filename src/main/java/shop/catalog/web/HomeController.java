package shop.catalog.web;

import java.util.List;
import java.util.Map;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import shop.catalog.LastGood;
import shop.catalog.Shelves;
import shop.catalog.Views.ProductCard;

/** The storefront's front page: the departments, what arrived lately and what sells best. */
@Controller
class HomeController {

    private static final int NEW_ARRIVALS = 8;
    private static final int BEST_SELLERS = 8;

    private final Shelves shelves;
    private final StorefrontModel page;
    private final LastGood lastGood;
    private final RenderedFragments fragments;

    HomeController(Shelves shelves, StorefrontModel page, LastGood lastGood, RenderedFragments fragments) {
        this.shelves = shelves;
        this.page = page;
        this.lastGood = lastGood;
        this.fragments = fragments;
    }

    @GetMapping("/")
    String home(Model model) {
        var tree = page.chrome(model);
        var newArrivals = lastGood.get("new-arrivals", () -> shelves.newArrivals(NEW_ARRIVALS));
        var bestSellers = bestSellers();
        model.addAttribute("shelvesHtml", fragments.cached(List.of(tree, newArrivals, bestSellers), "catalog/home", "shelves",
                () -> Map.of("categoryNav", tree, "newArrivals", page.cards(newArrivals), "bestSellers", page.cards(bestSellers))));
        return "catalog/home";
    }

    /** Best sellers are a bonus: with the storage down and nothing remembered, home goes without them. */
    private List<ProductCard> bestSellers() {
        try {
            return lastGood.get("best-sellers", () -> shelves.bestSellers(BEST_SELLERS));
        } catch (DataAccessException neverReadYet) {
            return List.of();
        }
    }

    /** The header's category navigation for pages of other modules, loaded by htmx. */
    @GetMapping("/categories/nav")
    String navigation(Model model) {
        model.addAttribute("categoryNav", page.categoryTree());
        return "catalog/fragments :: category-nav";
    }
}
