package dev.aliendb.sql.schema;

import dev.aliendb.engine.ColumnDef;
import dev.aliendb.engine.IndexDef;
import dev.aliendb.engine.TableDef;
import dev.aliendb.sql.eval.SqliteDialect;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.plan.RelOptTable;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.schema.ColumnStrategy;
import org.apache.calcite.schema.Statistic;
import org.apache.calcite.schema.Statistics;
import org.apache.calcite.schema.impl.AbstractTable;
import org.apache.calcite.sql2rel.InitializerContext;
import org.apache.calcite.sql2rel.InitializerExpressionFactory;
import org.apache.calcite.sql2rel.NullInitializerExpressionFactory;
import org.apache.calcite.util.ImmutableBitSet;

/**
 * Calcite's view of one engine table at one schema version: row type (column types from sql-eval's
 * affinity mapping; every column nullable, NOT NULL is the engine's job), statistics (a fixed row-count
 * estimate, as SQLite assumes without ANALYZE, and the unique keys) and the index metadata the planner's
 * access-path selection reads. Holds nothing executable.
 * <p>
 * Columns left out of an INSERT get {@link DefaultMarker} calls instead of NULL when they have a DEFAULT,
 * so the planner can substitute the compiled DEFAULT expression.
 */
public final class EngineTable extends AbstractTable {
    /** Row count assumed for every table (SQLite's planner uses a similar guess without statistics). */
    public static final double ROW_ESTIMATE = 100_000;

    private final TableDef def;
    private final List<IndexDef> indexes;
    private final Statistic statistic;
    /** The row type last built, with the factory it was built by (a snapshot uses one factory). */
    private volatile RowType rowType;

    private record RowType(RelDataTypeFactory factory, RelDataType type) {
    }

    public EngineTable(TableDef def, List<IndexDef> indexes) {
        this.def = def;
        this.indexes = List.copyOf(indexes);
        this.statistic = statistic(def);
    }

    public TableDef def() {
        return def;
    }

    public List<IndexDef> indexes() {
        return indexes;
    }

    @Override
    public RelDataType getRowType(RelDataTypeFactory typeFactory) {
        RowType cached = rowType;
        if (cached == null || cached.factory() != typeFactory) {
            cached = new RowType(typeFactory, buildRowType(typeFactory));
            rowType = cached;
        }
        return cached.type();
    }

    private RelDataType buildRowType(RelDataTypeFactory typeFactory) {
        RelDataTypeFactory.Builder b = typeFactory.builder();
        for (ColumnDef c : def.columns()) {
            b.add(c.name(), typeFactory.createTypeWithNullability(SqliteDialect.columnType(c, typeFactory), true));
        }
        return b.build();
    }

    @Override
    public Statistic getStatistic() {
        return statistic;
    }

    private static Statistic statistic(TableDef def) {
        List<ImmutableBitSet> keys = new ArrayList<>();
        if (def.rowIdColumn() >= 0) {
            keys.add(ImmutableBitSet.of(def.rowIdColumn()));
        }
        for (List<Integer> key : def.uniqueKeys()) {
            keys.add(ImmutableBitSet.of(key));
        }
        return Statistics.of(ROW_ESTIMATE, keys);
    }

    @Override
    public <C> C unwrap(Class<C> type) {
        if (type == InitializerExpressionFactory.class) {
            return type.cast(new Defaults());
        }
        return super.unwrap(type);
    }

    /** DEFAULT values: a marker call for columns with a DEFAULT clause, NULL otherwise. */
    private final class Defaults extends NullInitializerExpressionFactory {
        @Override
        public ColumnStrategy generationStrategy(RelOptTable table, int column) {
            return def.columns().get(column).defaultSql() != null ? ColumnStrategy.DEFAULT : ColumnStrategy.NULLABLE;
        }

        @Override
        public RexNode newColumnDefaultValue(RelOptTable table, int column, InitializerContext context) {
            if (def.columns().get(column).defaultSql() == null) {
                return super.newColumnDefaultValue(table, column, context);
            }
            RelDataType type = table.getRowType().getFieldList().get(column).getType();
            return DefaultMarker.call(context.getRexBuilder(), type, column);
        }
    }
}
