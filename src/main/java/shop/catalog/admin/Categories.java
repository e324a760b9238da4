package shop.catalog.admin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The category tree as the back office reads it: in tree order, with what each category holds. */
@Component
class Categories {

    private final JdbcClient jdbc;

    Categories(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A category in the tree: {@code depth} 0 for the top level; {@code label} names its ancestors too. */
    record CategoryRow(long id, Long parentId, String slug, String name, String description, int position, String path,
            int depth, String label, long products, long children) {

        public boolean deletable() {
            return products == 0 && children == 0;
        }
    }

    /** Every category, each followed by its subcategories (ordered by position, then name). */
    List<CategoryRow> tree() {
        record Row(long id, Long parentId, String slug, String name, String description, int position, String path,
                long products, long children) {
        }
        List<Row> rows = jdbc.sql("""
                        select c.id, c.parent_id, c.slug, c.name, c.description, c.position, c.path,
                               (select count(*) from catalog.product p where p.category_id = c.id),
                               (select count(*) from catalog.category k where k.parent_id = c.id)
                        from catalog.category c
                        """)
                .query((rs, n) -> new Row(rs.getLong(1), (Long) rs.getObject(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getInt(6), rs.getString(7), rs.getLong(8), rs.getLong(9)))
                .list();
        Map<Long, List<Row>> byParent = new HashMap<>();
        rows.forEach(row -> byParent.computeIfAbsent(row.parentId() == null ? -1L : row.parentId(), p -> new ArrayList<>())
                .add(row));
        Comparator<Row> order = Comparator.comparingInt(Row::position).thenComparing(Row::name, String.CASE_INSENSITIVE_ORDER)
                .thenComparingLong(Row::id);
        byParent.values().forEach(children -> children.sort(order));
        List<CategoryRow> tree = new ArrayList<>();
        record Visit(Row row, int depth, String label) {
        }
        List<Visit> stack = new ArrayList<>();
        byParent.getOrDefault(-1L, List.of()).reversed().forEach(row -> stack.add(new Visit(row, 0, row.name())));
        while (!stack.isEmpty()) {
            Visit visit = stack.removeLast();
            Row row = visit.row();
            tree.add(new CategoryRow(row.id(), row.parentId(), row.slug(), row.name(), row.description(), row.position(),
                    row.path(), visit.depth(), visit.label(), row.products(), row.children()));
            byParent.getOrDefault(row.id(), List.of()).reversed()
                    .forEach(child -> stack.add(new Visit(child, visit.depth() + 1, visit.label() + " › " + child.name())));
        }
        return tree;
    }

    Optional<CategoryRow> find(long id) {
        return tree().stream().filter(row -> row.id() == id).findFirst();
    }

    boolean exists(long id) {
        return jdbc.sql("select exists (select 1 from catalog.category where id = ?)").param(id).query(Boolean.class).single();
    }

    Optional<Long> idOfSlug(String slug) {
        return jdbc.sql("select id from catalog.category where slug = ?").param(slug).query(Long.class).optional();
    }

    /** Every category's id by its slug, for imports. */
    Map<String, Long> idsBySlug() {
        Map<String, Long> ids = new HashMap<>();
        jdbc.sql("select slug, id from catalog.category").query(rs -> {
            ids.put(rs.getString(1), rs.getLong(2));
        });
        return ids;
    }

    /** The position after the last of {@code parentId}'s children (of the top level when null). */
    int nextPosition(Long parentId) {
        return jdbc.sql("""
                        select coalesce(max(position) + 1, 0) from catalog.category
                        where parent_id is not distinct from cast(? as bigint)
                        """)
                .param(parentId).query(Integer.class).single();
    }
}
