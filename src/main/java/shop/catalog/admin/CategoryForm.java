package shop.catalog.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import shop.catalog.Slugs;

/** A category as its form holds it: where it sits in the tree (parent, position) and what it is called. */
record CategoryForm(
        @NotBlank(message = "{catalog.category.name.required}")
        @Size(max = 100, message = "{catalog.size}") String name,
        @NotBlank(message = "{catalog.slug.required}")
        @Size(max = Slugs.MAX_LENGTH, message = "{catalog.size}")
        @Pattern(regexp = Slugs.REGEX, message = "{catalog.slug.pattern}") String slug,
        @Size(max = 2_000, message = "{catalog.size}") String description,
        @Pattern(regexp = "^$|^[0-9]{1,18}$", message = "{catalog.category.parent.unknown}") String parentId,
        @Pattern(regexp = "^$|^[0-9]{1,4}$", message = "{catalog.category.position.number}") String position) {

    CategoryForm {
        name = text(name);
        slug = text(slug);
        description = text(description);
        parentId = text(parentId);
        position = text(position);
    }

    static CategoryForm under(Long parentId) {
        return new CategoryForm("", "", "", parentId == null ? "" : parentId.toString(), "");
    }

    static CategoryForm of(Categories.CategoryRow category) {
        return new CategoryForm(category.name(), category.slug(), category.description(),
                category.parentId() == null ? "" : category.parentId().toString(), String.valueOf(category.position()));
    }

    /** The form as it will be checked and saved: a slug made from the name when none was given. */
    CategoryForm normalized() {
        return new CategoryForm(name, slug.isEmpty() ? Slugs.of(name) : slug, description, parentId, position);
    }

    Long parent() {
        return parentId.isEmpty() ? null : Long.valueOf(parentId);
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
