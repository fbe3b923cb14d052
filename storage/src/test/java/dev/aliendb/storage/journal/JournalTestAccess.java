package dev.aliendb.storage.journal;

import java.nio.ByteBuffer;

/** Lets tests in other packages build journal headers (e.g. deliberately absurd ones). */
public final class JournalTestAccess {
    private JournalTestAccess() {
    }

    public static ByteBuffer header(int pageSize, long nonce, int initialPageCount, int recordCount) {
        return JournalFormat.header(pageSize, nonce, initialPageCount, recordCount);
    }
}
