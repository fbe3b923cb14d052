package dev.aliendb.sql.plan;

import dev.aliendb.engine.Affinity;
import dev.aliendb.engine.ColumnDef;
import dev.aliendb.engine.IndexDef;
import dev.aliendb.engine.TableDef;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.rex.RexNode;

/**
 * The chosen way to reach a table's rows for a set of key predicates, SQLite where.c-style by a fixed
 * preference: row-id equality, then a unique index fully bound by equalities, then the index with the most
 * leading equalities (plus a range on the next column), then a row-id range, then an index range on its
 * first column, else a full scan. The result only narrows the rows read; callers still apply the whole
 * condition.
 */
record AccessPath(Kind kind, IndexDef index, List<RexNode> keys, List<KeyPredicates.Bound> bounds,
                  List<Affinity> affinities, String text) {

    enum Kind { SCAN, ROWID_LOOKUP, ROWID_RANGE, INDEX }

    static AccessPath choose(TableDef table, List<IndexDef> indexes, KeyPredicates p, boolean equalityOnly) {
        int rowId = table.rowIdColumn();
        if (rowId >= 0 && p.equalities.containsKey(rowId)) {
            return new AccessPath(Kind.ROWID_LOOKUP, null, List.of(p.equalities.get(rowId)), List.of(), List.of(),
                    name(table, rowId) + "=?");
        }
        if (rowId >= 0 && !equalityOnly && p.inLists.containsKey(rowId)) {
            return new AccessPath(Kind.ROWID_LOOKUP, null, p.inLists.get(rowId), List.of(), List.of(),
                    name(table, rowId) + " IN (...)");
        }
        AccessPath best = null;
        int bestScore = 0;
        for (IndexDef index : indexes) {
            AccessPath candidate = indexPath(table, index, p, equalityOnly);
            if (candidate == null) {
                continue;
            }
            int eq = candidate.keys.size();
            int score = eq == index.columns().size() && index.unique() ? 1000 : eq * 10 + (candidate.bounds.isEmpty() ? 0 : 5);
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        if (best != null && !best.keys.isEmpty()) {
            return best;
        }
        if (rowId >= 0 && !equalityOnly && p.bounds.containsKey(rowId)) {
            return new AccessPath(Kind.ROWID_RANGE, null, List.of(), p.bounds.get(rowId), List.of(),
                    boundsText(name(table, rowId), p.bounds.get(rowId)));
        }
        return best != null ? best : new AccessPath(Kind.SCAN, null, List.of(), List.of(), List.of(), "");
    }

    private static AccessPath indexPath(TableDef table, IndexDef index, KeyPredicates p, boolean equalityOnly) {
        List<RexNode> keys = new ArrayList<>();
        List<Affinity> affinities = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int i = 0;
        for (; i < index.columns().size(); i++) {
            RexNode key = p.equalities.get(index.columns().get(i));
            if (key == null) {
                break;
            }
            keys.add(key);
            affinities.add(column(table, index.columns().get(i)).affinity());
            text.append(text.isEmpty() ? "" : " AND ").append(name(table, index.columns().get(i))).append("=?");
        }
        List<KeyPredicates.Bound> bounds = List.of();
        if (!equalityOnly && i < index.columns().size() && !index.descending().get(i)) {
            List<KeyPredicates.Bound> b = p.bounds.get(index.columns().get(i));
            if (b != null) {
                bounds = b;
                affinities.add(column(table, index.columns().get(i)).affinity());
                text.append(text.isEmpty() ? "" : " AND ").append(boundsText(name(table, index.columns().get(i)), b));
            }
        }
        if (keys.isEmpty() && bounds.isEmpty()) {
            return null;
        }
        return new AccessPath(Kind.INDEX, index, keys, bounds, affinities, text.toString());
    }

    private static ColumnDef column(TableDef table, int column) {
        return table.columns().get(column);
    }

    private static String name(TableDef table, int column) {
        return column(table, column).name();
    }

    private static String boundsText(String column, List<KeyPredicates.Bound> bounds) {
        StringBuilder sb = new StringBuilder();
        for (KeyPredicates.Bound b : bounds) {
            sb.append(sb.isEmpty() ? "" : " AND ").append(column).append(b.lower() ? ">" : "<")
                    .append(b.inclusive() ? "=" : "").append('?');
        }
        return sb.toString();
    }
}
