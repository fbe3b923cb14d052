package dev.aliendb.sql.plan;

import dev.aliendb.engine.ConflictAction;
import dev.aliendb.sql.eval.Expr;
import dev.aliendb.sql.exec.CheckConstraint;
import dev.aliendb.sql.exec.DeleteExec;
import dev.aliendb.sql.exec.Errors;
import dev.aliendb.sql.exec.Executable;
import dev.aliendb.sql.exec.InsertExec;
import dev.aliendb.sql.exec.Operator;
import dev.aliendb.sql.exec.ProjectOp;
import dev.aliendb.sql.exec.UpdateExec;
import dev.aliendb.sql.schema.DefaultMarker;
import dev.aliendb.sql.schema.EngineTable;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.Project;
import org.apache.calcite.rel.core.TableModify;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexNode;

/**
 * Builds INSERT / UPDATE / DELETE executables from Calcite's TableModify. INSERT keeps Calcite's source and
 * replaces DEFAULT markers by the compiled DEFAULT expressions. UPDATE and DELETE do not use TableModify's
 * row flow: the WHERE clause is planned as an access path over the target table (so row ids are known) and
 * the new column values are the update expressions evaluated over the old row.
 */
final class DmlBuilder {
    /** Compiled per-table constraint and default expressions (cached per schema version by the planner). */
    interface TableExpressions {
        List<CheckConstraint> checks(EngineTable table) throws SQLException;

        Expr defaultValue(EngineTable table, int column) throws SQLException;
    }

    private final PhysicalBuilder builder;
    private final TableExpressions tableExprs;

    DmlBuilder(PhysicalBuilder builder, TableExpressions tableExprs) {
        this.builder = builder;
        this.tableExprs = tableExprs;
    }

    Executable build(TableModify modify, ConflictAction onConflict) throws SQLException {
        EngineTable table = modify.getTable().unwrap(EngineTable.class);
        if (table == null) {
            throw new SQLException("cannot modify " + String.join(".", modify.getTable().getQualifiedName())
                    + " because it is a view", "42809");
        }
        String name = table.def().name();
        switch (modify.getOperation()) {
            case INSERT:
                return new InsertExec(name, insertSource(table, modify.getInput()), tableExprs.checks(table), onConflict);
            case UPDATE: {
                if (!(modify.getInput() instanceof Project project)) {
                    throw Errors.unsupported("UPDATE source " + modify.getInput().getRelTypeName());
                }
                RelNode source = project.getInput();
                RelDataType rowType = source.getRowType();
                List<String> columns = modify.getUpdateColumnList();
                // The project is (old columns..., new values...); the new values are over the old row.
                List<RexNode> projects = project.getProjects();
                List<RexNode> values = projects.subList(projects.size() - columns.size(), projects.size());
                int[] targets = new int[columns.size()];
                List<Expr> exprs = new ArrayList<>();
                for (int i = 0; i < targets.length; i++) {
                    targets[i] = table.def().columnIndex(columns.get(i));
                    exprs.add(builder.exprs().compile(values.get(i), rowType));
                }
                return new UpdateExec(name, builder.tableAccess(source), targets, exprs, tableExprs.checks(table),
                        onConflict);
            }
            case DELETE:
                return new DeleteExec(name, builder.tableAccess(stripIdentity(modify.getInput())));
            default:
                throw Errors.unsupported(modify.getOperation() + " statement");
        }
    }

    private Operator insertSource(EngineTable table, RelNode input) throws SQLException {
        if (!(input instanceof Project project)) {
            return builder.build(input);
        }
        RelDataType inputType = project.getInput().getRowType();
        List<Expr> exprs = new ArrayList<>();
        for (RexNode e : project.getProjects()) {
            int column = DefaultMarker.column(e);
            exprs.add(column >= 0 ? tableExprs.defaultValue(table, column) : builder.exprs().compile(e, inputType));
        }
        return new ProjectOp(builder.build(project.getInput()), exprs, PhysicalBuilder.ids(project.getVariablesSet()),
                Describe.rex(project.getProjects(), inputType));
    }

    /** Removes an identity projection ({@code SELECT *}) above the rows to delete. */
    private static RelNode stripIdentity(RelNode rel) {
        if (rel instanceof Project p && isIdentity(p)) {
            return p.getInput();
        }
        return rel;
    }

    private static boolean isIdentity(Project p) {
        List<RexNode> projects = p.getProjects();
        if (projects.size() != p.getInput().getRowType().getFieldCount()) {
            return false;
        }
        for (int i = 0; i < projects.size(); i++) {
            if (!(projects.get(i) instanceof RexInputRef ref) || ref.getIndex() != i) {
                return false;
            }
        }
        return true;
    }
}
