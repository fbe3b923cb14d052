package dev.aliendb.sqllogictest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

/**
 * The sqllogictest scripts bundled in the {@code net.hydromatic:sql-logic-test} jar, named by their path
 * below {@code test/} (e.g. {@code select1.test}, {@code index/between/10/slt_good_0.test}).
 */
public final class TestFiles {

    private static final String ROOT = "test/";

    private TestFiles() {}

    /** Every bundled script, sorted by name. */
    public static List<String> all() {
        URL anchor = resource("select1.test");
        try {
            JarURLConnection connection = (JarURLConnection) anchor.openConnection();
            try (JarFile jar = connection.getJarFile()) {
                return jar.stream().map(ZipEntry::getName)
                        .filter(n -> n.startsWith(ROOT) && n.endsWith(".test"))
                        .map(n -> n.substring(ROOT.length())).sorted().toList();
            }
        } catch (IOException | ClassCastException e) {
            throw new IllegalStateException("cannot list the scripts in " + anchor, e);
        }
    }

    /** The scripts named in a list file: one name per line, blank lines and {@code #} comments ignored. */
    public static List<String> listed(Path listFile) throws IOException {
        return parseList(Files.readAllLines(listFile));
    }

    public static List<String> parseList(List<String> lines) {
        return lines.stream().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    public static BufferedReader open(String name) {
        try {
            InputStream in = resource(name).openStream();
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read script " + name, e);
        }
    }

    private static URL resource(String name) {
        URL url = TestFiles.class.getClassLoader().getResource(ROOT + name);
        if (url == null) {
            throw new IllegalArgumentException("no bundled sqllogictest script '" + name + "'");
        }
        return url;
    }
}
