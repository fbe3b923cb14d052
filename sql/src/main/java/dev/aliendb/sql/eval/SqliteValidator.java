package dev.aliendb.sql.eval;

import java.util.List;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.sql.SqlDynamicParam;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOperatorTable;
import org.apache.calcite.sql.SqlUpdate;
import org.apache.calcite.sql.SqlUtil;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.sql.validate.SqlValidatorCatalogReader;
import org.apache.calcite.sql.validate.SqlValidatorImpl;
import org.apache.calcite.sql.validate.SqlValidatorScope;
import org.apache.calcite.sql.validate.SqlValidatorTable;

/**
 * Calcite's validator adapted to SQLite's dynamic typing: the tree is first rewritten into the SQLite
 * dialect ({@link SqliteRewriter}); a '?' or NULL whose type cannot be inferred gets type ANY instead of
 * an error ({@code SELECT ?}, {@code SELECT NULL}); any value may be assigned to any column (INSERT
 * and UPDATE apply column affinity at run time instead); an UPDATE assigning a column more than once keeps
 * the rightmost assignment. Create it with {@link SqliteDialect#newValidator}.
 */
final class SqliteValidator extends SqlValidatorImpl {
    private final RelDataType anyType;
    private int rewriteDepth;

    SqliteValidator(SqlOperatorTable opTab, SqlValidatorCatalogReader catalogReader, RelDataTypeFactory typeFactory,
                    Config config) {
        super(opTab, catalogReader, typeFactory, config);
        this.anyType = typeFactory.createTypeWithNullability(typeFactory.createSqlType(SqlTypeName.ANY), true);
    }

    @Override
    protected SqlNode performUnconditionalRewrites(SqlNode node, boolean underFrom) {
        if (node == null) {
            return null;
        }
        rewriteDepth++;
        try {
            if (rewriteDepth == 1 && node instanceof SqlUpdate update) {
                SqliteRewriter.keepLastAssignments(update); // before Calcite builds the UPDATE's source SELECT
            }
            SqlNode rewritten = super.performUnconditionalRewrites(node, underFrom);
            return rewriteDepth == 1 ? SqliteRewriter.rewrite(rewritten, this::columnsOf) : rewritten;
        } finally {
            rewriteDepth--;
        }
    }

    /** Column names of the table or view with this name, or null when there is none. */
    private List<String> columnsOf(List<String> names) {
        SqlValidatorTable table = getCatalogReader().getTable(names);
        return table == null ? null : table.getRowType().getFieldNames();
    }

    @Override
    protected void inferUnknownTypes(RelDataType inferredType, SqlValidatorScope scope, SqlNode node) {
        boolean unknown = inferredType.equals(unknownType);
        if (unknown && (node instanceof SqlDynamicParam || SqlUtil.isNullLiteral(node, false))) {
            super.inferUnknownTypes(anyType, scope, node);
        } else {
            super.inferUnknownTypes(inferredType, scope, node);
        }
    }

    @Override
    protected void checkTypeAssignment(SqlValidatorScope sourceScope, SqlValidatorTable table,
                                       RelDataType sourceRowType, RelDataType targetRowType, SqlNode query) {
        // SQLite stores any value in any column; affinity is applied when the row is written.
    }
}
