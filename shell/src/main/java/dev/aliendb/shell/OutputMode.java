package dev.aliendb.shell;

import java.util.Locale;

/** The result formats {@code .mode} selects. */
enum OutputMode {
    TABLE(TableRenderer.ascii()), BOX(TableRenderer.box()), CSV(new CsvRenderer()), JSON(new JsonRenderer()),
    LIST(new ListRenderer());

    final ResultRenderer renderer;

    OutputMode(ResultRenderer renderer) {
        this.renderer = renderer;
    }

    /** The mode called {@code name}, or null. */
    static OutputMode named(String name) {
        for (OutputMode m : values()) {
            if (m.name().equalsIgnoreCase(name)) {
                return m;
            }
        }
        return null;
    }

    String displayName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
