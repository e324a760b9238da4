package shop.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import shop.catalog.Views.CategoryLink;
import shop.catalog.Views.CategoryNode;
import shop.catalog.Views.CategoryView;

/**
 * The departments and their categories, as the navigation, a category's page and its breadcrumbs show
 * them. A few dozen rows read through their keys: no product is read here.
 */
@Service
public class CategoryTree {

    private final JdbcClient jdbc;

    CategoryTree(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The departments in their order, each with its categories. */
    @Cacheable(CatalogCaches.CATEGORY_TREE)
    public List<CategoryNode> departments() {
        Map<Long, List<CategoryLink>> children = new LinkedHashMap<>();
        List<Row> rows = jdbc.sql("select id, parent_id, slug, name, image_key from catalog.category order by position, name")
                .query((rs, n) -> new Row(rs.getLong(1), (Long) rs.getObject(2),
                        new CategoryLink(rs.getLong(1), rs.getString(3), rs.getString(4), rs.getString(5))))
                .list();
        rows.stream().filter(row -> row.parentId() != null)
                .forEach(row -> children.computeIfAbsent(row.parentId(), unused -> new ArrayList<>()).add(row.link()));
        return rows.stream().filter(row -> row.parentId() == null)
                .map(top -> new CategoryNode(top.link(), List.copyOf(children.getOrDefault(top.id(), List.of()))))
                .toList();
    }

    private record Row(long id, Long parentId, CategoryLink link) {
    }

    @Cacheable(cacheNames = CatalogCaches.CATEGORY_TREE, key = "'category:' + #slug")
    public Optional<CategoryView> category(String slug) {
        return jdbc.sql("select id, slug, name, description, path from catalog.category where slug = ?")
                .param(slug)
                .query((rs, n) -> new CategoryView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)))
                .optional();
    }

    /** The categories from the top down to the one at {@code path}. */
    @Cacheable(cacheNames = CatalogCaches.CATEGORY_TREE, key = "'breadcrumbs:' + #path")
    public List<CategoryLink> breadcrumbs(String path) {
        List<String> prefixes = new ArrayList<>();
        int slash = 0;
        while ((slash = path.indexOf('/', slash + 1)) > 0) {
            prefixes.add(path.substring(0, slash + 1));
        }
        return jdbc.sql("select id, slug, name, image_key from catalog.category where path in (:paths) order by length(path)")
                .param("paths", prefixes)
                .query((rs, n) -> new CategoryLink(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }
}
