package shop.catalog.admin;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import shop.catalog.Assortment;
import shop.catalog.ProductStatus;
import shop.catalog.StatusChangeRefused;
import shop.common.web.HtmxRequest;
import shop.common.web.Pagination;

/**
 * The catalog's products for admins: a searchable list, a form to add and edit them (rows for attributes
 * and variants added and removed with plain buttons, so it works without JavaScript), and publishing or
 * retiring after a confirmation. The list answers htmx requests with its results fragment only. Whether a
 * product may be published or retired is its own decision ({@link ProductStatus#canBecome}, enforced by
 * the aggregate behind {@link Assortment}); this controller only reports it.
 */
@Controller
@RequestMapping("/admin/catalog")
class ProductsAdmin {

    static final int PAGE_SIZE = 25;
    static final int MAX_SEARCH = 200;

    private final ProductLookup products;
    private final Categories categories;
    private final ProductRules rules;
    private final Assortment assortment;
    private final AdminMessages messages;

    ProductsAdmin(ProductLookup products, Categories categories, ProductRules rules, Assortment assortment,
            AdminMessages messages) {
        this.products = products;
        this.categories = categories;
        this.rules = rules;
        this.assortment = assortment;
        this.messages = messages;
    }

    @GetMapping
    String start() {
        return "redirect:/admin/catalog/products";
    }

    @GetMapping("/products")
    String list(@RequestParam(required = false, defaultValue = "") String q,
            @RequestParam(required = false) ProductStatus status,
            @RequestParam(required = false) Long category,
            @RequestParam(required = false, defaultValue = "1") int page,
            HtmxRequest htmx, HttpServletRequest request, Model model) {
        String text = q.strip();
        if (text.length() > MAX_SEARCH) {
            model.addAttribute("searchError", messages.text("catalog.product.search.too-long", MAX_SEARCH));
            text = "";
        }
        var query = new ProductLookup.Query(text, status, category);
        long total = products.count(query);
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Pagination.clamp(page, pages);
        model.addAttribute("products", products.search(query, (current - 1) * PAGE_SIZE, PAGE_SIZE));
        model.addAttribute("total", total);
        model.addAttribute("pagination", Pagination.of(request, current, pages));
        model.addAttribute("q", text);
        model.addAttribute("status", status);
        model.addAttribute("category", category);
        model.addAttribute("statuses", ProductStatus.values());
        if (htmx.isHtmx()) {
            return "catalog/admin/products :: results";
        }
        model.addAttribute("categories", categories.tree());
        return "catalog/admin/products";
    }

    @GetMapping("/products/new")
    String newProduct(Model model) {
        return form(model, ProductForm.blank(), null, null);
    }

    @PostMapping("/products")
    String create(@ModelAttribute("form") ProductForm form, BindingResult binding,
            @RequestParam(required = false) String rows, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        rejectMalformed(binding);
        if (rows != null) {
            return form(model, form.withRows(rows), null, null);
        }
        ProductForm product = form.normalized();
        BindingResult checked = checked(product, null);
        if (!checked.hasErrors()) {
            try {
                long id = assortment.addProduct(product.toNewProduct());
                redirect.addFlashAttribute("notice", messages.text("catalog.product.saved.draft", product.name()));
                return "redirect:/admin/catalog/products/" + id;
            } catch (DuplicateKeyException raced) {
                checked = conflict(product, null);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return form(model, product.forDisplay(), null, checked);
    }

    @GetMapping("/products/{id}")
    String edit(@PathVariable long id, Model model) {
        ProductDetails product = existing(id);
        return form(model, ProductForm.of(product), product, null);
    }

    @PostMapping("/products/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") ProductForm form, BindingResult binding,
            @RequestParam(required = false) String rows, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        ProductDetails existing = existing(id);
        rejectMalformed(binding);
        if (rows != null) {
            return form(model, form.withRows(rows), existing, null);
        }
        ProductForm product = form.normalized();
        BindingResult checked = checked(product, existing);
        if (!checked.hasErrors() && existing.changesTo(product.toNewProduct()).isEmpty()) {
            redirect.addFlashAttribute("notice", messages.text("catalog.product.saved.unchanged"));
            return "redirect:/admin/catalog/products/" + id;
        }
        if (!checked.hasErrors()) {
            try {
                assortment.revise(id, product.toNewProduct());
                redirect.addFlashAttribute("notice", messages.text(existing.status() == ProductStatus.PUBLISHED
                        ? "catalog.product.saved.published" : "catalog.product.saved"));
                return "redirect:/admin/catalog/products/" + id;
            } catch (DuplicateKeyException raced) {
                checked = conflict(product, existing);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return form(model, product.forDisplay(), existing, checked);
    }

    @GetMapping("/products/{id}/publish")
    String confirmPublish(@PathVariable long id, Model model, RedirectAttributes redirect) {
        return confirmation(model, existing(id), ProductStatus.PUBLISHED, redirect);
    }

    @PostMapping("/products/{id}/publish")
    String publish(@PathVariable long id, RedirectAttributes redirect) {
        return changeStatus(id, assortment::publish, "catalog.product.published", redirect);
    }

    @GetMapping("/products/{id}/retire")
    String confirmRetire(@PathVariable long id, Model model, RedirectAttributes redirect) {
        return confirmation(model, existing(id), ProductStatus.RETIRED, redirect);
    }

    @PostMapping("/products/{id}/retire")
    String retire(@PathVariable long id, RedirectAttributes redirect) {
        return changeStatus(id, assortment::retire, "catalog.product.retired", redirect);
    }

    /** Moves a product on in its life cycle; the product itself refuses a move it does not allow. */
    private String changeStatus(long id, java.util.function.LongConsumer change, String doneMessage,
            RedirectAttributes redirect) {
        ProductDetails product = existing(id);
        try {
            change.accept(id);
            redirect.addFlashAttribute("notice", messages.text(doneMessage, product.name()));
        } catch (StatusChangeRefused refused) {
            redirect.addFlashAttribute("problem", messages.text(refused.code(), refused.arguments()));
        }
        return "redirect:/admin/catalog/products/" + id;
    }

    /** The dashboard's panel, loaded by htmx. */
    @GetMapping("/panel")
    String panel(Model model) {
        model.addAttribute("counts", products.countByStatus());
        return "catalog/admin/panel :: panel";
    }

    /**
     * The product form, with {@code errors} (null when there are none) for {@code form} as shown: its rows
     * are those of the normalised form, so the errors' row indexes match.
     */
    private String form(Model model, ProductForm form, ProductDetails product, BindingResult errors) {
        model.addAttribute("form", form);
        // A binding result of the form as shown (the one bound from the request may have other rows)
        var shown = new BeanPropertyBindingResult(form, "form");
        if (errors != null) {
            shown.addAllErrors(errors);
        }
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", shown);
        model.addAttribute("product", product);
        Map<String, String> categoryOptions = new LinkedHashMap<>();
        categories.tree().forEach(category -> categoryOptions.put(String.valueOf(category.id()), category.label()));
        model.addAttribute("categoryOptions", categoryOptions);
        model.addAttribute("action", product == null ? "/admin/catalog/products" : "/admin/catalog/products/" + product.id());
        return "catalog/admin/product";
    }

    /** The confirmation page of a change of status, or the product's page saying why its life cycle refuses it. */
    private String confirmation(Model model, ProductDetails product, ProductStatus target, RedirectAttributes redirect) {
        if (!product.status().canBecome(target)) {
            var refused = new StatusChangeRefused(product.status(), target);
            redirect.addFlashAttribute("problem", messages.text(refused.code(), refused.arguments()));
            return "redirect:/admin/catalog/products/" + product.id();
        }
        model.addAttribute("product", product);
        model.addAttribute("change", target == ProductStatus.PUBLISHED ? "publish" : "retire");
        return "catalog/admin/confirm";
    }

    /** The product's problems, by the form's rules and the catalog's, in the form's order. */
    private BindingResult checked(ProductForm product, ProductDetails existing) {
        var errors = new BeanPropertyBindingResult(product, "form");
        rules.check(product, existing, rules.live(), errors);
        return errors;
    }

    /** Someone saved the same slug or SKU between our check and our insert: the check now says which. */
    private BindingResult conflict(ProductForm product, ProductDetails existing) {
        BindingResult errors = checked(product, existing);
        if (!errors.hasErrors()) {
            errors.reject("catalog.product.conflict");
        }
        return errors;
    }

    private ProductDetails existing(long id) {
        return products.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** Row indexes that are not numbers, or far too many rows: not something our form sends. */
    private static void rejectMalformed(BindingResult binding) {
        if (binding.hasErrors()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
    }
}
