package shop.catalog.admin;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
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
    private final SpringValidatorAdapter validator;
    private final AdminMessages messages;

    CategoriesAdmin(Categories categories, Assortment assortment, Validator validator, AdminMessages messages) {
        this.categories = categories;
        this.assortment = assortment;
        this.validator = new SpringValidatorAdapter(validator);
        this.messages = messages;
    }

    @GetMapping
    String tree(Model model) {
        model.addAttribute("categories", categories.tree());
        return "catalog/admin/categories";
    }

    @GetMapping("/new")
    String newCategory(@RequestParam(required = false) Long parent, Model model) {
        return form(model, CategoryForm.under(parent), null, null);
    }

    @PostMapping
    String create(@ModelAttribute("form") CategoryForm form, BindingResult binding, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        rejectMalformed(binding);
        CategoryForm category = form.normalized();
        BindingResult checked = checked(category, null);
        if (saved(checked, category, () -> assortment.addCategory(category.parent(), category.slug(), category.name(),
                category.description(), category.position().isEmpty() ? categories.nextPosition(category.parent())
                        : Integer.parseInt(category.position())))) {
            redirect.addFlashAttribute("notice", messages.text("catalog.category.added", category.name()));
            return "redirect:/admin/catalog/categories";
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return form(model, category, null, checked);
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        CategoryRow category = existing(id);
        return form(model, CategoryForm.of(category), category, null);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") CategoryForm form, BindingResult binding, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        CategoryRow existing = existing(id);
        rejectMalformed(binding);
        CategoryForm category = form.normalized();
        BindingResult checked = checked(category, id);
        if (saved(checked, category, () -> assortment.reviseCategory(id, category.parent(), category.slug(),
                category.name(), category.description(),
                category.position().isEmpty() ? existing.position() : Integer.parseInt(category.position())))) {
            redirect.addFlashAttribute("notice", messages.text("catalog.category.saved", category.name()));
            return "redirect:/admin/catalog/categories";
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return form(model, category, existing, checked);
    }

    /**
     * Saves a checked category unless it has problems; what the catalog refuses (a rule, or a slug another
     * admin took a moment ago) becomes the form's problem instead.
     */
    private boolean saved(BindingResult checked, CategoryForm category, Runnable save) {
        if (checked.hasErrors()) {
            return false;
        }
        try {
            save.run();
            return true;
        } catch (CatalogRuleViolation refused) {
            refuse(checked, refused);
        } catch (DuplicateKeyException raced) {
            checked.rejectValue("slug", "catalog.category.slug.taken", new Object[] { category.slug() }, null);
        }
        return false;
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
            redirect.addFlashAttribute("notice", messages.text("catalog.category.deleted", category.name()));
            return "redirect:/admin/catalog/categories";
        } catch (CatalogRuleViolation refused) {
            redirect.addFlashAttribute("problem", messages.text(refused.code()));
            return "redirect:/admin/catalog/categories/" + id + "/delete";
        }
    }

    /** The form's problems: Bean Validation on the form, then a free slug and a parent that exists, in form order. */
    private BindingResult checked(CategoryForm form, Long id) {
        var constraints = new BeanPropertyBindingResult(form, "form");
        validator.validate(form, constraints);
        var errors = new BeanPropertyBindingResult(form, "form");
        constraints.getFieldErrors().stream().sorted(Comparator.comparingInt(error -> FIELDS.indexOf(error.getField())))
                .forEach(errors::addError);
        if (!errors.hasFieldErrors("slug") && categories.idOfSlug(form.slug()).filter(other -> !other.equals(id)).isPresent()) {
            errors.rejectValue("slug", "catalog.category.slug.taken", new Object[] { form.slug() }, null);
        }
        if (!errors.hasFieldErrors("parentId") && form.parent() != null && !categories.exists(form.parent())) {
            errors.rejectValue("parentId", "catalog.category.parent.unknown");
        }
        return errors;
    }

    /** A rule of the category tree the assortment refused, next to its field (or for the whole form). */
    private static void refuse(BindingResult errors, CatalogRuleViolation refused) {
        if (refused.field() == null) {
            errors.reject(refused.code());
        } else {
            errors.rejectValue(refused.field(), refused.code());
        }
    }

    private static final List<String> FIELDS = List.of("name", "slug", "description", "parentId", "position");

    private String form(Model model, CategoryForm form, CategoryRow category, BindingResult errors) {
        model.addAttribute("form", form);
        var shown = new BeanPropertyBindingResult(form, "form");
        if (errors != null) {
            shown.addAllErrors(errors);
        }
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", shown);
        model.addAttribute("category", category);
        var tree = categories.tree();
        Map<String, String> parents = new LinkedHashMap<>();
        tree.stream().filter(c -> category == null || !c.path().startsWith(category.path()))
                .forEach(c -> parents.put(String.valueOf(c.id()), c.label()));
        model.addAttribute("parents", parents);
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
