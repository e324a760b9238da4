package shop.catalog.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import shop.catalog.Storefront;

/** The storefront's front page: the departments, and what arrived lately. */
@Controller
class HomeController {

    private static final int NEW_ARRIVALS = 8;

    private final Storefront storefront;
    private final StorefrontModel page;

    HomeController(Storefront storefront, StorefrontModel page) {
        this.storefront = storefront;
        this.page = page;
    }

    @GetMapping("/")
    String home(Model model) {
        page.chrome(model);
        model.addAttribute("newArrivals", storefront.newArrivals(NEW_ARRIVALS));
        return "catalog/home";
    }

    /** The header's category navigation for pages of other modules, loaded by htmx. */
    @GetMapping("/categories/nav")
    String navigation(Model model) {
        model.addAttribute("categoryNav", storefront.categoryTree());
        return "catalog/fragments :: category-nav";
    }
}
