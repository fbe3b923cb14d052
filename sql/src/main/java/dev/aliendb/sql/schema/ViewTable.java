package dev.aliendb.sql.schema;

import dev.aliendb.engine.ViewDef;
import java.util.List;
import java.util.function.Function;
import org.apache.calcite.plan.RelOptTable;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.TranslatableTable;
import org.apache.calcite.schema.impl.AbstractTable;

/**
 * A view, expanded where it is referenced: the converter asks its view expander to plan the view's query
 * text (the SELECT part of the stored CREATE VIEW). The row type comes from validating that query once per
 * schema version.
 */
public final class ViewTable extends AbstractTable implements TranslatableTable {
    private final ViewDef def;
    private final String query;
    private final Function<ViewTable, RelDataType> rowTypes;
    private RelDataType rowType;

    /** @param rowTypes validates the view's query and returns its row type */
    public ViewTable(ViewDef def, Function<ViewTable, RelDataType> rowTypes) {
        this.def = def;
        this.query = ViewText.query(def.sql());
        this.rowTypes = rowTypes;
    }

    public ViewDef def() {
        return def;
    }

    /** The SELECT (or VALUES / WITH) text of the view. */
    public String query() {
        return query;
    }

    @Override
    public synchronized RelDataType getRowType(RelDataTypeFactory typeFactory) {
        if (rowType == null) {
            rowType = rowTypes.apply(this);
        }
        return rowType;
    }

    @Override
    public RelNode toRel(RelOptTable.ToRelContext context, RelOptTable relOptTable) {
        return context.expandView(relOptTable.getRowType(), query, List.of(), List.of(def.name())).project();
    }
}
