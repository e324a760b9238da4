package shop.catalog.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import shop.catalog.LastGood;
import shop.catalog.Storefront;

/** The storefront's front page: the departments, and what arrived lately. */
@Controller
class HomeController {

    private static final int NEW_ARRIVALS = 8;

    private final Storefront storefront;
    private final StorefrontModel page;
    private final LastGood lastGood;

    HomeController(Storefront storefront, StorefrontModel page, LastGood lastGood) {
        this.storefront = storefront;
        this.page = page;
        this.lastGood = lastGood;
    }

    @GetMapping("/")
    String home(Model model) {
        page.chrome(model);
        var newArrivals = lastGood.get("new-arrivals", () -> storefront.newArrivals(NEW_ARRIVALS));
        model.addAttribute("newArrivals", page.cards(newArrivals));
        return "catalog/home";
    }

    /** The header's category navigation for pages of other modules, loaded by htmx. */
    @GetMapping("/categories/nav")
    String navigation(Model model) {
        model.addAttribute("categoryNav", page.categoryTree());
        return "catalog/fragments :: category-nav";
    }
}
