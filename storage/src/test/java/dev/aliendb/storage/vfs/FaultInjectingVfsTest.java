package dev.aliendb.storage.vfs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aliendb.storage.StorageException;
import dev.aliendb.storage.vfs.FaultInjectingVfs.Fault;
import dev.aliendb.storage.vfs.FaultInjectingVfs.Op;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FaultInjectingVfsTest {
    private static final int SECTORS = 64;

    private static byte[] filled(int value) {
        byte[] b = new byte[SECTORS * FaultInjectingVfs.SECTOR];
        Arrays.fill(b, (byte) value);
        return b;
    }

    @Test
    void syncedWritesSurviveAPowerCut() throws Exception {
        FaultInjectingVfs vfs = new FaultInjectingVfs();
        VfsFile f = vfs.open("a", true, false);
        f.write(0, ByteBuffer.wrap(filled(1)));
        f.sync();
        vfs.powerCut(1);
        assertArrayEquals(filled(1), vfs.base().snapshot("a"));
        assertThrows(StorageException.class, () -> f.read(0, ByteBuffer.allocate(1)), "handles die with the power");
    }

    @Test
    void unsyncedSectorsAreKeptDroppedOrTornIndependently() throws Exception {
        FaultInjectingVfs vfs = new FaultInjectingVfs();
        try (VfsFile f = vfs.open("a", true, false)) {
            f.write(0, ByteBuffer.wrap(filled(1)));
            f.sync();
            f.write(0, ByteBuffer.wrap(filled(2)));
        }
        vfs.powerCut(42);
        byte[] after = vfs.base().snapshot("a");
        assertEquals(SECTORS * FaultInjectingVfs.SECTOR, after.length);
        Set<String> kinds = new HashSet<>();
        for (int s = 0; s < SECTORS; s++) {
            byte[] sector = Arrays.copyOfRange(after, s * 512, s * 512 + 512);
            boolean allNew = true;
            boolean allOld = true;
            for (byte b : sector) {
                allNew &= b == 2;
                allOld &= b == 1;
                assertTrue(b == 1 || b == 2);
            }
            kinds.add(allNew ? "kept" : allOld ? "dropped" : "torn");
        }
        assertEquals(Set.of("kept", "dropped", "torn"), kinds);
    }

    @Test
    void powerCutIsDeterministicPerSeed() throws Exception {
        byte[][] results = new byte[2][];
        for (int i = 0; i < 2; i++) {
            FaultInjectingVfs vfs = new FaultInjectingVfs();
            try (VfsFile f = vfs.open("a", true, false)) {
                f.write(0, ByteBuffer.wrap(filled(3)));
            }
            vfs.powerCut(7);
            results[i] = vfs.base().snapshot("a");
        }
        assertArrayEquals(results[0], results[1]);
    }

    @Test
    void unsyncedGrowthIsLostUnlessAKeptSectorLiesBeyondIt() throws Exception {
        int shorter = 0;
        for (long seed = 0; seed < 20; seed++) {
            FaultInjectingVfs vfs = new FaultInjectingVfs();
            try (VfsFile f = vfs.open("a", true, false)) {
                f.write(0, ByteBuffer.wrap(new byte[512]));
                f.sync();
                f.write(512, ByteBuffer.wrap(filled(4)));
            }
            vfs.powerCut(seed);
            int size = vfs.base().snapshot("a").length;
            assertTrue(size >= 512 && size <= 512 + SECTORS * 512 && size % 512 == 0);
            if (size < 512 + SECTORS * 512) {
                shorter++;
            }
        }
        assertTrue(shorter > 0);
    }

    @Test
    void failNthFailsExactlyThatCallWithTheRequestedKind() throws Exception {
        FaultInjectingVfs vfs = new FaultInjectingVfs();
        try (VfsFile f = vfs.open("a", true, false)) {
            vfs.failNth(Op.WRITE, 2, Fault.DISK_FULL);
            f.write(0, ByteBuffer.wrap(new byte[] {1}));
            StorageException full = assertThrows(StorageException.class, () -> f.write(1, ByteBuffer.wrap(new byte[] {2})));
            assertEquals("53100", full.sqlState());
            f.write(1, ByteBuffer.wrap(new byte[] {3}));
            vfs.failNth(Op.SYNC, 1, Fault.IO_ERROR);
            assertEquals("58030", assertThrows(StorageException.class, f::sync).sqlState());
            f.sync();
            vfs.failNth(Op.READ, 1, Fault.IO_ERROR);
            assertThrows(StorageException.class, () -> f.read(0, ByteBuffer.allocate(2)));
            ByteBuffer two = ByteBuffer.allocate(2);
            f.read(0, two);
            assertArrayEquals(new byte[] {1, 3}, two.array());
        }
    }

    @Test
    void crashPointStopsEverythingAfterItUntilThePowerCut() throws Exception {
        FaultInjectingVfs vfs = new FaultInjectingVfs();
        VfsFile f = vfs.open("a", true, false);
        vfs.crashAtOp(2);
        f.write(0, ByteBuffer.wrap(new byte[] {1}));
        assertThrows(StorageException.class, f::sync);
        assertTrue(vfs.crashed());
        assertThrows(StorageException.class, () -> f.write(0, ByteBuffer.wrap(new byte[] {2})));
        assertThrows(StorageException.class, () -> vfs.open("b", true, false));
        vfs.powerCut(3);
        try (VfsFile g = vfs.open("a", false, false)) {
            g.lockExclusive();
            assertTrue(g.size() <= 1);
        }
    }
}
