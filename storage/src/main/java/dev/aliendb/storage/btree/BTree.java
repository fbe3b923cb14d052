package dev.aliendb.storage.btree;

import java.nio.ByteBuffer;
import java.util.BitSet;
import java.util.ArrayList;
import java.util.List;

import dev.aliendb.storage.CorruptionException;
import dev.aliendb.storage.StorageException;
import dev.aliendb.storage.TreeRoot;
import dev.aliendb.storage.page.Page;
import dev.aliendb.storage.page.PageAccess;

/**
 * The B+tree algorithms shared by table and index trees: descent, insert with splits, delete with
 * merges, drop. Keys live in leaves; interior cells hold separators (see {@link CellFormat}). All leaves
 * are at the same depth. The root page number never changes: a full root moves its content into a new
 * child, and a root left with a single child takes that child's content back.
 * <p>
 * Pages are pinned only inside one call and always released. Not thread-safe: one tree object per
 * thread (trees are cheap to open).
 */
final class BTree {
    final PageAccess pages;
    final int root;
    final CellFormat format;
    final int usable;
    private final Rebalancer rebalancer;

    BTree(PageAccess pages, int root, CellFormat format) {
        this.pages = pages;
        this.root = root;
        this.format = format;
        this.usable = pages.usableSize();
        this.rebalancer = new Rebalancer(this);
    }

    /** Allocates and initializes an empty root leaf; returns its page number. */
    static int create(PageAccess pages, int leafType) throws StorageException {
        try (Page page = pages.allocate()) {
            NodePage.init(page.buffer(), pages.usableSize(), leafType);
            return page.number();
        }
    }

    /** Checks that the root page exists and belongs to this kind of tree. */
    void checkRoot() throws StorageException {
        checkPageNumber(root, 0);
        try (Page page = pages.read(root)) {
            format.checkHeader(page.buffer(), root);
        }
    }

    /** Whether the tree has no entries (its root is an empty leaf). */
    boolean isEmpty() throws StorageException {
        try (Page page = pages.read(root)) {
            ByteBuffer b = page.buffer();
            return format.checkHeader(b, root) == 0 && format.isLeaf(b);
        }
    }

    void checkPageNumber(int pageNo, int referrer) throws CorruptionException {
        if (pageNo < 2 || pageNo > pages.pageCount()) {
            throw new CorruptionException(referrer, "child page " + pageNo + " out of range 2.." + pages.pageCount());
        }
    }

    void checkWritable() throws StorageException {
        if (!pages.writable()) {
            throw new StorageException("25006", "cannot modify a tree in a read-only transaction");
        }
    }

    /** Child {@code i} (0..count, count meaning the right-most) of an interior page, range-checked. */
    int child(ByteBuffer b, int i, int count, int pageNo) throws CorruptionException {
        int child = i < count ? b.getInt(format.cellOffset(b, i, count, false, pageNo)) : NodePage.rightChild(b);
        checkPageNumber(child, pageNo);
        return child;
    }

    /**
     * Index of the first cell whose key is &gt;= the probe (count if none), times two, plus one when that
     * key equals the probe.
     */
    int lowerBound(ByteBuffer b, int count, boolean leaf, Probe probe, int pageNo) throws StorageException {
        int keyDelta = leaf ? 0 : CellFormat.CHILD;
        int lo = 0;
        int hi = count;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            int c = probe.compareTo(b, format.cellOffset(b, mid, count, leaf, pageNo) + keyDelta, pageNo);
            if (c > 0) {
                lo = mid + 1;
            } else if (c < 0) {
                hi = mid;
            } else {
                return leaf ? mid << 1 | 1 : mid << 1;
            }
        }
        return lo << 1;
    }

    /**
     * Descends towards the probe filling {@code path}; returns the leaf, still pinned for reading (the
     * caller closes it), with {@code path.index[path.depth]} at the first key &gt;= probe.
     */
    Page descend(Probe probe, TreePath path) throws StorageException {
        int pageNo = root;
        boolean rightEdge = true;
        for (int level = 0; ; level++) {
            if (level > TreePath.MAX_DEPTH) {
                throw new CorruptionException(pageNo, "tree deeper than " + TreePath.MAX_DEPTH + " levels");
            }
            Page page = pages.read(pageNo);
            try {
                ByteBuffer b = page.buffer();
                int count = format.checkHeader(b, pageNo);
                boolean leaf = format.isLeaf(b);
                int r = lowerBound(b, count, leaf, probe, pageNo);
                int idx = r >>> 1;
                path.page[level] = pageNo;
                path.index[level] = idx;
                rightEdge &= idx == count;
                if (leaf) {
                    path.depth = level;
                    path.found = (r & 1) != 0;
                    path.rightEdge = rightEdge;
                    return page;
                }
                pageNo = child(b, idx, count, pageNo);
            } catch (StorageException | RuntimeException e) {
                page.close();
                throw e;
            }
            page.close();
        }
    }

    /** Descends towards the probe filling {@code path}; returns whether the key is present. */
    boolean locate(Probe probe, TreePath path) throws StorageException {
        descend(probe, path).close();
        return path.found;
    }

    /** Inserts {@code cell} into the leaf of {@code path} at {@code path.index[depth]}, splitting as needed. */
    void insert(TreePath path, byte[] cell) throws StorageException {
        rebalancer.insert(path, cell);
    }

    /** Removes the leaf cell at the path's position (freeing its overflow pages) without rebalancing. */
    void removeCell(TreePath path) throws StorageException {
        int pageNo = path.page[path.depth];
        int idx = path.index[path.depth];
        try (Page page = pages.write(pageNo)) {
            ByteBuffer b = page.buffer();
            int count = format.checkHeader(b, pageNo);
            int off = format.cellOffset(b, idx, count, true, pageNo);
            int size = format.cellSize(b, off, true, pageNo);
            format.freeOverflow(b, off, true, pageNo);
            NodePage.remove(b, usable, idx, size);
        }
    }

    /** Removes the leaf cell at the path's position and rebalances (emptied pages are freed). */
    void delete(TreePath path) throws StorageException {
        removeCell(path);
        rebalancer.afterDelete(path);
    }

    /** Frees every page of the tree, root included; checks the whole tree first and frees nothing if damaged. */
    void drop() throws StorageException {
        checkWritable();
        BitSet used = new BitSet();
        List<String> problems = new ArrayList<>();
        TreeRoot tree = new TreeRoot(root, format instanceof IndexCells, "dropped tree");
        IntegrityWalker walker = new IntegrityWalker(pages, tree, used, problems);
        walker.run();
        if (walker.firstProblem() != null) {
            throw new CorruptionException(walker.firstBadPage(), "cannot drop a damaged tree: " + walker.firstProblem());
        }
        for (int p = used.nextSetBit(0); p >= 0; p = used.nextSetBit(p + 1)) {
            pages.free(p);
        }
    }

    /** Builds the format for a tree kind on {@code pages}. */
    static CellFormat format(PageAccess pages, boolean index) {
        Blob blob = new Blob(pages);
        return index ? new IndexCells(blob, pages.usableSize()) : new TableCells(blob, pages.usableSize());
    }
}
