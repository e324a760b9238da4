package shop.catalog.admin;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
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
import shop.catalog.CatalogRuleViolation;
import shop.catalog.admin.Categories.CategoryRow;

/**
 * The category tree for admins: shown as a tree, categories added, renamed, reordered and moved (with
 * their whole subtree), and deleted once empty, after a confirmation.
 */
@Controller
@RequestMapping("/admin/catalog/categories")
class CategoriesAdmin {

    private final Categories categories;
    private final Assortment assortment;
    private final Validator validator;
    private final ProductChecks checks;

    CategoriesAdmin(Categories categories, Assortment assortment, Validator validator, ProductChecks checks) {
        this.categories = categories;
        this.assortment = assortment;
        this.validator = validator;
        this.checks = checks;
    }

    @GetMapping
    String tree(Model model) {
        model.addAttribute("categories", categories.tree());
        return "catalog/admin/categories";
    }

    @GetMapping("/new")
    String newCategory(@RequestParam(required = false) Long parent, Model model) {
        return form(model, CategoryForm.under(parent), null, new Problems());
    }

    @PostMapping
    String create(@ModelAttribute("form") CategoryForm form, BindingResult binding, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        rejectMalformed(binding);
        CategoryForm category = form.normalized();
        Problems problems = check(category, null);
        if (problems.isEmpty()) {
            try {
                int position = category.position().isEmpty() ? categories.nextPosition(category.parent())
                        : Integer.parseInt(category.position());
                assortment.addCategory(category.parent(), category.slug(), category.name(), category.description(), position);
                redirect.addFlashAttribute("notice", "Added the category “" + category.name() + "”.");
                return "redirect:/admin/catalog/categories";
            } catch (CatalogRuleViolation refused) {
                problems.add(refused.field(), checks.message(refused.code()));
            } catch (DuplicateKeyException raced) {
                problems.add("slug", checks.message("catalog.category.slug.taken", category.slug()));
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return form(model, category, null, problems);
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        CategoryRow category = existing(id);
        return form(model, CategoryForm.of(category), category, new Problems());
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") CategoryForm form, BindingResult binding, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        CategoryRow existing = existing(id);
        rejectMalformed(binding);
        CategoryForm category = form.normalized();
        Problems problems = check(category, id);
        if (problems.isEmpty()) {
            try {
                int position = category.position().isEmpty() ? existing.position() : Integer.parseInt(category.position());
                assortment.reviseCategory(id, category.parent(), category.slug(), category.name(), category.description(),
                        position);
                redirect.addFlashAttribute("notice", "Saved the category “" + category.name() + "”.");
                return "redirect:/admin/catalog/categories";
            } catch (CatalogRuleViolation refused) {
                problems.add(refused.field(), checks.message(refused.code()));
            } catch (DuplicateKeyException raced) {
                problems.add("slug", checks.message("catalog.category.slug.taken", category.slug()));
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return form(model, category, existing, problems);
    }

    @GetMapping("/{id}/delete")
    String confirmDelete(@PathVariable long id, Model model) {
        model.addAttribute("category", existing(id));
        return "catalog/admin/category-delete";
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        CategoryRow category = existing(id);
        try {
            assortment.deleteCategory(id);
            redirect.addFlashAttribute("notice", "Deleted the category “" + category.name() + "”.");
            return "redirect:/admin/catalog/categories";
        } catch (CatalogRuleViolation refused) {
            redirect.addFlashAttribute("problem", checks.message(refused.code()));
            return "redirect:/admin/catalog/categories/" + id + "/delete";
        }
    }

    private Problems check(CategoryForm form, Long id) {
        Problems problems = new Problems();
        validator.validate(form).stream()
                .sorted(java.util.Comparator.comparingInt(v -> FIELDS.indexOf(v.getPropertyPath().toString())))
                .forEach(violation -> problems.add(violation.getPropertyPath().toString(), violation.getMessage()));
        if (!problems.has("slug") && categories.idOfSlug(form.slug()).filter(other -> !other.equals(id)).isPresent()) {
            problems.add("slug", checks.message("catalog.category.slug.taken", form.slug()));
        }
        if (!problems.has("parentId") && form.parent() != null && !categories.exists(form.parent())) {
            problems.add("parentId", checks.message("catalog.category.parent.unknown"));
        }
        return problems;
    }

    private static final java.util.List<String> FIELDS = java.util.List.of("name", "slug", "description", "parentId",
            "position");

    private String form(Model model, CategoryForm form, CategoryRow category, Problems problems) {
        model.addAttribute("form", form);
        model.addAttribute("category", category);
        model.addAttribute("problems", problems);
        var tree = categories.tree();
        model.addAttribute("parents", category == null ? tree
                : tree.stream().filter(c -> !c.path().startsWith(category.path())).toList());
        model.addAttribute("action",
                category == null ? "/admin/catalog/categories" : "/admin/catalog/categories/" + category.id());
        return "catalog/admin/category";
    }

    private CategoryRow existing(long id) {
        return categories.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static void rejectMalformed(BindingResult binding) {
        if (binding.hasErrors()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
    }
}
