package dev.aliendb.engine;

/** A view: its name and the full CREATE VIEW text; the SQL layer expands it. */
public record ViewDef(String name, String sql) {
}
