package dev.aliendb.sql.schema;

import dev.aliendb.engine.Catalog;
import dev.aliendb.engine.TableDef;
import dev.aliendb.engine.ViewDef;
import dev.aliendb.sql.eval.SqliteDialect;
import java.util.Properties;
import java.util.function.Function;
import org.apache.calcite.config.CalciteConnectionConfig;
import org.apache.calcite.config.CalciteConnectionConfigImpl;
import org.apache.calcite.config.CalciteConnectionProperty;
import org.apache.calcite.jdbc.CalciteSchema;
import org.apache.calcite.prepare.CalciteCatalogReader;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;

/**
 * The Calcite-side schema for one catalog version: a type factory, a root schema holding one
 * {@link EngineTable} per table and one {@link ViewTable} per view, and a case-insensitive catalog reader.
 * Immutable once built (view row types are computed lazily, once); shared by every statement planned
 * against this version.
 */
public final class SchemaSnapshot {
    private final Catalog catalog;
    private final RelDataTypeFactory typeFactory;
    private final CalciteCatalogReader catalogReader;

    /** @param viewRowTypes validates a view's query in this snapshot and returns its row type */
    public SchemaSnapshot(Catalog catalog, Function<ViewRowTypeRequest, RelDataType> viewRowTypes) {
        this.catalog = catalog;
        this.typeFactory = SqliteDialect.typeFactory();
        CalciteSchema root = CalciteSchema.createRootSchema(false, false);
        for (TableDef t : catalog.tables()) {
            root.add(t.name(), new EngineTable(t, catalog.indexesOf(t.name())));
        }
        for (ViewDef v : catalog.views()) {
            root.add(v.name(), new ViewTable(v, view -> viewRowTypes.apply(new ViewRowTypeRequest(this, view))));
        }
        Properties props = new Properties();
        props.setProperty(CalciteConnectionProperty.CASE_SENSITIVE.camelName(), "false");
        props.setProperty(CalciteConnectionProperty.UNQUOTED_CASING.camelName(), "UNCHANGED");
        props.setProperty(CalciteConnectionProperty.QUOTED_CASING.camelName(), "UNCHANGED");
        CalciteConnectionConfig config = new CalciteConnectionConfigImpl(props);
        this.catalogReader = new CalciteCatalogReader(root, java.util.List.of(), typeFactory, config);
    }

    public Catalog catalog() {
        return catalog;
    }

    public long version() {
        return catalog.version();
    }

    public RelDataTypeFactory typeFactory() {
        return typeFactory;
    }

    public CalciteCatalogReader catalogReader() {
        return catalogReader;
    }

    /** A view whose row type is needed, and the snapshot to validate it in. */
    public record ViewRowTypeRequest(SchemaSnapshot snapshot, ViewTable view) {
    }
}
