package dev.aliendb.storage.vfs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aliendb.storage.StorageException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The {@link Vfs} contract, run against every implementation. */
class VfsContractTest {
    @TempDir
    static Path dir;

    static Stream<Arguments> implementations() {
        return Stream.of(
                Arguments.of("file", (Supplier<Vfs>) FileVfs::new),
                Arguments.of("memory", (Supplier<Vfs>) MemoryVfs::new),
                Arguments.of("fault-injecting", (Supplier<Vfs>) FaultInjectingVfs::new));
    }

    private static String path(String impl, String name) {
        return dir.resolve(impl + "-" + name).toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("implementations")
    void writesReadBackAndShortReadsStopAtTheEnd(String impl, Supplier<Vfs> factory) throws Exception {
        Vfs vfs = factory.get();
        String p = path(impl, "rw");
        try (VfsFile f = vfs.open(p, true, false)) {
            f.write(10, ByteBuffer.wrap(new byte[] {1, 2, 3}));
            assertEquals(13, f.size());
            ByteBuffer all = ByteBuffer.allocate(20);
            assertEquals(13, f.read(0, all));
            assertEquals(0, all.get(9));
            assertEquals(3, all.get(12));
            assertEquals(0, f.read(13, ByteBuffer.allocate(4)));
            f.sync();
            f.truncate(11);
            assertEquals(11, f.size());
        }
        assertTrue(vfs.exists(p));
        vfs.delete(p);
        assertFalse(vfs.exists(p));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("implementations")
    void missingFileWithoutCreateIsAnIoError(String impl, Supplier<Vfs> factory) {
        StorageException e = assertThrows(StorageException.class, () -> factory.get().open(path(impl, "missing"), false, false));
        assertEquals("58030", e.sqlState());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("implementations")
    void secondExclusiveLockIsRefusedUntilTheFirstIsClosed(String impl, Supplier<Vfs> factory) throws Exception {
        Vfs vfs = factory.get();
        String p = path(impl, "lock");
        VfsFile first = vfs.open(p, true, false);
        first.lockExclusive();
        try (VfsFile second = vfs.open(p, false, false)) {
            StorageException e = assertThrows(StorageException.class, second::lockExclusive);
            assertEquals("55006", e.sqlState());
            assertEquals("database is locked by another process: " + p, e.getMessage());
        }
        first.close();
        try (VfsFile third = vfs.open(p, false, false)) {
            third.lockExclusive();
        }
    }
}
