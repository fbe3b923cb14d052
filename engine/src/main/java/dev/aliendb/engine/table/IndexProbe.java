package dev.aliendb.engine.table;

import dev.aliendb.engine.record.KeyCodec;
import dev.aliendb.engine.record.MalformedRecordException;
import dev.aliendb.storage.StorageException;
import dev.aliendb.storage.btree.IndexCursor;
import dev.aliendb.storage.btree.IndexTree;
import java.util.Arrays;

/** Finds an index entry whose values equal a given key prefix, for UNIQUE enforcement. */
final class IndexProbe {
    private IndexProbe() {
    }

    /** The row id of an entry starting with {@code prefix} that belongs to a row other than {@code self}, or null. */
    static Long conflicting(IndexTree tree, byte[] prefix, Long self) throws StorageException, MalformedRecordException {
        try (IndexCursor c = tree.cursor()) {
            for (boolean on = c.seek(prefix); on; on = c.next()) {
                byte[] k = c.key();
                if (k.length < prefix.length || !Arrays.equals(k, 0, prefix.length, prefix, 0, prefix.length)) {
                    return null;
                }
                long r = KeyCodec.rowId(k);
                if (self == null || r != self) {
                    return r;
                }
            }
        }
        return null;
    }
}
