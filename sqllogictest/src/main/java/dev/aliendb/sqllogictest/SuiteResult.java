package dev.aliendb.sqllogictest;

import java.util.List;

/** The outcome of a run: the files that ran (in order), those skipped because the budget was spent. */
public record SuiteResult(Engine engine, Limits limits, List<FileResult> files, List<String> notRun,
                          double seconds) {

    public int statements() {
        return files.stream().mapToInt(FileResult::statements).sum();
    }

    public int queries() {
        return files.stream().mapToInt(FileResult::queries).sum();
    }

    public int records() {
        return statements() + queries();
    }

    public int passed() {
        return files.stream().mapToInt(FileResult::passed).sum();
    }

    public int failed() {
        return files.stream().mapToInt(FileResult::failed).sum();
    }

    public double passPercent() {
        return records() == 0 ? 0 : 100.0 * passed() / records();
    }

    public String summaryLine() {
        return String.format(java.util.Locale.ROOT,
                "sqllogictest engine=%s files=%d/%d records=%d (queries=%d) passed=%d failed=%d pass=%.3f%% seconds=%.1f",
                engine.cliName(), files.size(), files.size() + notRun.size(), records(), queries(), passed(), failed(),
                passPercent(), seconds);
    }
}
