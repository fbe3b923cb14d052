package dev.aliendb.storage.btree;

import java.nio.ByteBuffer;

import dev.aliendb.storage.StorageException;

/** A search key, compared against the key stored at an offset of a node page. Mutable and reusable. */
interface Probe {
    /** Negative, zero or positive as the probe is below, equal to or above the key at {@code keyOff}. */
    int compareTo(ByteBuffer b, int keyOff, int pageNo) throws StorageException;
}
