package dev.aliendb.sql.plan;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeField;
import org.apache.calcite.sql.SqlBasicCall;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOrderBy;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.SqlWith;
import org.apache.calcite.sql.validate.ListScope;
import org.apache.calcite.sql.validate.SqlValidator;
import org.apache.calcite.sql.validate.SqlValidatorNamespace;
import org.apache.calcite.sql.validate.SqlValidatorScope;
import org.apache.calcite.sql.validate.SqlValidatorUtil;

/**
 * Result column labels the way SQLite makes them: the alias if given; for a bare column reference the
 * column name as written; for any other expression its exact source text; {@code *} expands to the column
 * names. Captured from the parse tree before validation rewrites it ({@link #capture}), resolved against the
 * validated row type afterwards ({@link Captured#resolve}).
 */
final class Labels {
    private Labels() {
    }

    /** One select item: its label, or for a star its qualifier (empty for a bare {@code *}). */
    private record Item(String label, List<String> starQualifier) {
    }

    /** Labels of a statement's select list before validation. */
    static final class Captured {
        private final SqlSelect select;
        private final List<Item> items;

        private Captured(SqlSelect select, List<Item> items) {
            this.select = select;
            this.items = items;
        }

        /** The label of every field of the validated row type. */
        List<String> resolve(SqlValidator validator, RelDataType rowType) {
            List<String> fallback = rowType.getFieldNames();
            if (items == null) {
                return fallback;
            }
            List<String> labels = new ArrayList<>(fallback.size());
            int starFields = fallback.size();
            int unqualifiedStars = 0;
            for (Item item : items) {
                if (item.starQualifier() == null) {
                    starFields--;
                } else if (item.starQualifier().isEmpty()) {
                    unqualifiedStars++;
                } else {
                    starFields -= qualifiedStar(validator, item.starQualifier()).size();
                }
            }
            for (Item item : items) {
                if (item.starQualifier() == null) {
                    labels.add(item.label());
                } else if (!item.starQualifier().isEmpty()) {
                    labels.addAll(qualifiedStar(validator, item.starQualifier()));
                } else {
                    int n = unqualifiedStars == 1 ? starFields : 0;
                    List<String> names = allStarNames(validator);
                    for (int i = 0; i < n; i++) {
                        int at = labels.size();
                        labels.add(names.size() == n ? names.get(i) : fallback.get(Math.min(at, fallback.size() - 1)));
                    }
                }
            }
            return labels.size() == fallback.size() ? labels : fallback;
        }

        private List<String> qualifiedStar(SqlValidator validator, List<String> qualifier) {
            String name = qualifier.get(qualifier.size() - 1);
            for (SqlValidatorNamespace ns : children(validator)) {
                String alias = ns.getEnclosingNode() == null ? null : SqlValidatorUtil.getAlias(ns.getEnclosingNode(), -1);
                if (name.equalsIgnoreCase(alias)) {
                    return names(ns);
                }
            }
            return List.of();
        }

        private List<String> allStarNames(SqlValidator validator) {
            List<String> names = new ArrayList<>();
            for (SqlValidatorNamespace ns : children(validator)) {
                names.addAll(names(ns));
            }
            return names;
        }

        private List<SqlValidatorNamespace> children(SqlValidator validator) {
            SqlValidatorScope scope = validator.getSelectScope(select);
            return scope instanceof ListScope ls ? ls.getChildren() : List.of();
        }

        private static List<String> names(SqlValidatorNamespace ns) {
            List<String> names = new ArrayList<>();
            for (RelDataTypeField f : ns.getRowType().getFieldList()) {
                names.add(f.getName());
            }
            return names;
        }
    }

    static Captured capture(SqlNode query, SourceText text) {
        SqlNode q = query;
        while (true) {
            if (q instanceof SqlOrderBy ob) {
                q = ob.query;
            } else if (q instanceof SqlWith w) {
                q = w.body;
            } else if (q instanceof SqlBasicCall call && (q.getKind() == SqlKind.UNION || q.getKind() == SqlKind.INTERSECT
                    || q.getKind() == SqlKind.EXCEPT)) {
                q = call.operand(0);
            } else {
                break;
            }
        }
        if (!(q instanceof SqlSelect select)) {
            return new Captured(null, q != null && q.getKind() == SqlKind.VALUES ? valuesItems(q) : null);
        }
        List<Item> items = new ArrayList<>();
        for (SqlNode node : select.getSelectList()) {
            items.add(item(node, text));
        }
        return new Captured(select, items);
    }

    private static List<Item> valuesItems(SqlNode values) {
        SqlNode first = ((SqlCall) values).getOperandList().get(0);
        int n = first instanceof SqlCall row ? row.operandCount() : 1;
        List<Item> items = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            items.add(new Item("column" + i, null));
        }
        return items;
    }

    private static Item item(SqlNode node, SourceText text) {
        if (node.getKind() == SqlKind.AS) {
            SqlNode alias = ((SqlCall) node).operand(1);
            return new Item(alias instanceof SqlIdentifier id ? id.getSimple() : alias.toString(), null);
        }
        if (node instanceof SqlIdentifier id) {
            if (id.isStar()) {
                return new Item(null, id.names.subList(0, id.names.size() - 1));
            }
            return new Item(id.names.get(id.names.size() - 1), null);
        }
        String source = text.of(node);
        return new Item(source != null ? source : node.toString(), null);
    }
}
