package dev.aliendb.storage.btree;

import java.nio.ByteBuffer;

import dev.aliendb.storage.CorruptionException;
import dev.aliendb.storage.StorageException;
import dev.aliendb.storage.page.Page;

/**
 * Navigation shared by table and index cursors. The position is a {@link TreePath}. While the cursor is
 * positioned it keeps its current leaf pinned, so moving within the leaf and reading the current entry
 * touch neither the pager nor the buffer pool; interior pages are read (and released) only when a move
 * leaves the leaf. An unpositioned cursor holds no pin, and {@link #close()} releases the leaf: callers
 * close every cursor they position. Moving over empty leaves is bounded by the page count, so damage
 * cannot make a move loop forever.
 */
abstract class TreeCursor {
    final BTree tree;
    final TreePath path = new TreePath();
    private boolean valid;
    /** The pinned leaf of {@code path} (level {@code path.depth}), or null. */
    private Page leaf;

    TreeCursor(BTree tree) {
        this.tree = tree;
    }

    /** Called with the leaf pinned whenever the cursor lands on cell {@code off}. */
    abstract void landed(ByteBuffer leaf, int off);

    public final boolean valid() {
        return valid;
    }

    public final boolean first() throws StorageException {
        return land(descendEdge(0, tree.root, false, -1) || advance());
    }

    public final boolean last() throws StorageException {
        return land(descendEdge(0, tree.root, true, -1) || retreat());
    }

    public final boolean next() throws StorageException {
        return valid && land(advance());
    }

    public final boolean prev() throws StorageException {
        return valid && land(retreat());
    }

    public void close() {
        valid = false;
        release();
    }

    /** Positions on the first key &gt;= probe. */
    final boolean seekProbe(Probe probe) throws StorageException {
        hold(tree.descend(probe, path));
        boolean positioned = landAt(path.index[path.depth]);
        if (!positioned) {
            path.index[path.depth]--;
            positioned = advance();
        }
        return land(positioned);
    }

    /** Positions on the last key &lt;= probe. */
    final boolean seekAtOrBeforeProbe(Probe probe) throws StorageException {
        hold(tree.descend(probe, path));
        if (!path.found) {
            path.index[path.depth]--;
        }
        boolean positioned = landAt(path.index[path.depth]);
        if (!positioned) {
            path.index[path.depth] = 0;
            positioned = retreat();
        }
        return land(positioned);
    }

    /** The blob {@code delta} bytes into the current leaf cell (the payload or the key), read whole. */
    final byte[] currentBlob(int delta) throws StorageException {
        int cell = currentCell();
        return tree.format.blob.read(leaf.buffer(), cell + delta, leaf.number());
    }

    /** {@link Blob#readInto} of the blob {@code delta} bytes into the current leaf cell. */
    final int currentBlobInto(int delta, byte[] dst) throws StorageException {
        int cell = currentCell();
        return tree.format.blob.readInto(leaf.buffer(), cell + delta, leaf.number(), dst);
    }

    /** Offset of the current leaf cell, after checking that the held leaf still has it. */
    private int currentCell() throws StorageException {
        if (!valid) {
            throw new IllegalStateException("cursor is not positioned on an entry");
        }
        int pageNo = leaf.number();
        ByteBuffer b = leaf.buffer();
        int count = tree.format.checkHeader(b, pageNo);
        int idx = path.index[path.depth];
        if (idx >= count || !tree.format.isLeaf(b)) {
            throw new CorruptionException(pageNo, "page changed under an open cursor");
        }
        return tree.format.cellOffset(b, idx, count, true, pageNo);
    }

    private boolean land(boolean positioned) {
        valid = positioned;
        if (!positioned) {
            release();
        }
        return positioned;
    }

    /** Makes {@code page} (pinned by the caller) the held leaf, releasing the previous one. */
    private void hold(Page page) {
        release();
        leaf = page;
    }

    private void release() {
        if (leaf != null) {
            leaf.close();
            leaf = null;
        }
    }

    /** If {@code idx} is a cell of the held leaf, lands on it and returns true. */
    private boolean landAt(int idx) throws StorageException {
        ByteBuffer b = leaf.buffer();
        int pageNo = leaf.number();
        int count = tree.format.checkHeader(b, pageNo);
        if (idx < 0 || idx >= count) {
            return false;
        }
        landed(b, tree.format.cellOffset(b, idx, count, true, pageNo));
        return true;
    }

    /**
     * Descends from {@code pageNo} at {@code level} along the left- or right-most children; lands on the
     * first or last cell of the leaf reached and returns true, or false when that leaf is empty.
     * {@code leafDepth} is the level the leaf must be at, or -1 when not yet known.
     */
    private boolean descendEdge(int level, int pageNo, boolean rightMost, int leafDepth) throws StorageException {
        for (; ; level++) {
            if (level > TreePath.MAX_DEPTH) {
                throw new CorruptionException(pageNo, "tree deeper than " + TreePath.MAX_DEPTH + " levels");
            }
            Page page = tree.pages.read(pageNo);
            try {
                ByteBuffer b = page.buffer();
                int count = tree.format.checkHeader(b, pageNo);
                path.page[level] = pageNo;
                if (tree.format.isLeaf(b)) {
                    if (leafDepth >= 0 && level != leafDepth) {
                        throw new CorruptionException(pageNo, "leaf at depth " + level + ", expected " + leafDepth);
                    }
                    path.depth = level;
                    path.index[level] = rightMost ? count - 1 : 0;
                    hold(page);
                    page = null;
                    return landAt(path.index[level]);
                }
                if (leafDepth >= 0 && level >= leafDepth) {
                    throw new CorruptionException(pageNo, "interior page at leaf depth " + leafDepth);
                }
                int idx = rightMost ? count : 0;
                path.index[level] = idx;
                pageNo = tree.child(b, idx, count, pageNo);
            } finally {
                if (page != null) {
                    page.close();
                }
            }
        }
    }

    /** Moves to the following cell; false at the end. */
    private boolean advance() throws StorageException {
        return move(true);
    }

    /** Moves to the preceding cell; false at the start. */
    private boolean retreat() throws StorageException {
        return move(false);
    }

    private boolean move(boolean forward) throws StorageException {
        int depth = path.depth;
        int step = forward ? 1 : -1;
        for (int emptyLeaves = 0; emptyLeaves <= tree.pages.pageCount(); emptyLeaves++) {
            if (leaf == null || leaf.number() != path.page[depth]) {
                hold(tree.pages.read(path.page[depth]));
            }
            path.index[depth] += step;
            if (landAt(path.index[depth])) {
                return true;
            }
            int level = depth - 1;
            int child = 0;
            for (; level >= 0; level--) {
                int pageNo = path.page[level];
                try (Page page = tree.pages.read(pageNo)) {
                    ByteBuffer b = page.buffer();
                    int count = tree.format.checkHeader(b, pageNo);
                    int idx = Math.min(path.index[level], count + 1) + step;
                    if (idx >= 0 && idx <= count) {
                        path.index[level] = idx;
                        child = tree.child(b, idx, count, pageNo);
                        break;
                    }
                }
            }
            if (level < 0) {
                return false;
            }
            if (descendEdge(level + 1, child, !forward, depth)) {
                return true;
            }
        }
        throw new CorruptionException(path.page[depth], "more empty leaves than pages");
    }
}
