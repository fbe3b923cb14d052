package dev.aliendb.storage.btree;

import java.nio.ByteBuffer;
import java.util.List;

import dev.aliendb.storage.CorruptionException;
import dev.aliendb.storage.StorageException;
import dev.aliendb.storage.page.Page;

/**
 * Keeps a {@link BTree} balanced. Inserts split a full node into a new left sibling and the old page
 * (which keeps the right half, so the parent's existing pointer stays correct) and add a separator to the
 * parent; a full root first moves its content into a new child. Appends at the right edge split 100/0 so
 * that sequential inserts fill pages. Deletes free emptied pages, merge a node under a third full (where
 * SQLite rebalances too) into an adjacent sibling when the two fit in one page, and collapse a root left
 * with a single child. Every cell takes at most a quarter page ({@link Blob}), so splits always fit.
 */
final class Rebalancer {
    private final BTree tree;
    private final CellFormat format;
    private final int usable;

    Rebalancer(BTree tree) {
        this.tree = tree;
        this.format = tree.format;
        this.usable = tree.usable;
    }

    void insert(TreePath path, byte[] cell) throws StorageException {
        int level = path.depth;
        int idx = path.index[level];
        while (true) {
            int pageNo = path.page[level];
            try (Page page = tree.pages.write(pageNo)) {
                if (NodePage.insert(page.buffer(), usable, idx, cell, format, pageNo)) {
                    return;
                }
            }
            if (level == 0) {
                deepenRoot(path);
                level = 1;
            }
            cell = split(path.page[level], idx, cell, path.rightEdge);
            level--;
            idx = path.index[level];
        }
    }

    /** Moves the root's content into a new child, leaving the root an interior page with that one child. */
    private void deepenRoot(TreePath path) throws StorageException {
        if (path.depth >= TreePath.MAX_DEPTH) {
            throw new CorruptionException(tree.root, "tree deeper than " + TreePath.MAX_DEPTH + " levels");
        }
        try (Page rootPage = tree.pages.write(tree.root); Page child = tree.pages.allocate()) {
            ByteBuffer from = rootPage.buffer();
            child.buffer().put(0, from, 0, usable);
            NodePage.init(from, usable, format.interiorType());
            NodePage.setRightChild(from, child.number());
            path.deepen(child.number());
        }
    }

    /**
     * Splits page {@code pageNo} while inserting {@code cell} at {@code idx}: the left part goes to a new
     * page, the right part stays. Returns the parent cell pointing at the new page.
     */
    private byte[] split(int pageNo, int idx, byte[] cell, boolean append) throws StorageException {
        try (Page page = tree.pages.write(pageNo); Page left = tree.pages.allocate()) {
            ByteBuffer b = page.buffer();
            boolean leaf = format.isLeaf(b);
            int type = NodePage.type(b);
            int right = NodePage.rightChild(b);
            List<byte[]> cells = NodePage.cells(b, format, pageNo);
            cells.add(idx, cell);
            int n = cells.size();
            boolean atEnd = append && idx == n - 1;
            if (leaf) {
                int m = atEnd ? n - 1 : splitPoint(cells, 1, n - 1, false, pageNo);
                NodePage.rebuild(left.buffer(), usable, type, cells, 0, m, 0, pageNo);
                NodePage.rebuild(b, usable, type, cells, m, n, right, pageNo);
                return CellFormat.interiorCell(left.number(), format.separator(cells.get(m - 1), cells.get(m)), 0);
            }
            int m = atEnd ? n - 2 : splitPoint(cells, 1, n - 2, true, pageNo);
            byte[] middle = cells.get(m);
            NodePage.rebuild(left.buffer(), usable, type, cells, 0, m, ByteBuffer.wrap(middle).getInt(0), pageNo);
            NodePage.rebuild(b, usable, type, cells, m + 1, n, right, pageNo);
            return CellFormat.interiorCell(left.number(), middle, CellFormat.CHILD);
        }
    }

    /**
     * The split point m in [lo, hi] balancing bytes best with both halves fitting: cells [0, m) go left,
     * the rest (minus cell m itself when it moves up to the parent) go right.
     */
    private int splitPoint(List<byte[]> cells, int lo, int hi, boolean middleMovesUp, int pageNo)
            throws CorruptionException {
        int n = cells.size();
        int total = NodePage.sizeOf(cells, 0, n);
        int capacity = NodePage.capacity(usable);
        int best = -1;
        int bestDiff = Integer.MAX_VALUE;
        int leftSize = NodePage.sizeOf(cells, 0, lo);
        for (int m = lo; m <= hi; m++) {
            int rightSize = total - leftSize - (middleMovesUp ? cells.get(m).length + 2 : 0);
            int diff = Math.abs(leftSize - rightSize);
            if (leftSize <= capacity && rightSize <= capacity && diff < bestDiff) {
                best = m;
                bestDiff = diff;
            }
            leftSize += cells.get(m).length + 2;
        }
        if (best < 0) {
            throw new CorruptionException(pageNo, "cells too large to split the page");
        }
        return best;
    }

    /** Restores the tree's shape after a cell was removed from the leaf of {@code path}. */
    void afterDelete(TreePath path) throws StorageException {
        for (int level = path.depth; level > 0; level--) {
            int pageNo = path.page[level];
            boolean leaf;
            boolean empty;
            int used;
            try (Page page = tree.pages.read(pageNo)) {
                ByteBuffer b = page.buffer();
                int count = format.checkHeader(b, pageNo);
                leaf = format.isLeaf(b);
                empty = count == 0 && (leaf || NodePage.rightChild(b) == 0);
                used = NodePage.used(b, usable);
            }
            if (!empty && used >= NodePage.capacity(usable) / 3) {
                return;
            }
            int parent = path.page[level - 1];
            int ci = path.index[level - 1];
            if (empty) {
                removeChild(parent, ci);
                tree.pages.free(pageNo);
            } else if (!merge(parent, ci, pageNo, leaf)) {
                return;
            }
        }
        collapseRoot();
    }

    /** Drops child {@code ci} of {@code parentNo} (its separator goes; a parent with no child left is marked empty). */
    private void removeChild(int parentNo, int ci) throws StorageException {
        try (Page page = tree.pages.write(parentNo)) {
            ByteBuffer b = page.buffer();
            int count = format.checkHeader(b, parentNo);
            if (count == 0) {
                NodePage.setRightChild(b, 0);
                return;
            }
            int victim = Math.min(ci, count - 1);
            int off = format.cellOffset(b, victim, count, false, parentNo);
            if (ci == count) {
                NodePage.setRightChild(b, b.getInt(off));
            }
            int size = format.cellSize(b, off, false, parentNo);
            format.freeOverflow(b, off, false, parentNo);
            NodePage.remove(b, usable, victim, size);
        }
    }

    /**
     * Merges the under-full node {@code pageNo} (child {@code ci} of {@code parentNo}) with an adjacent
     * sibling if both fit into one page: everything moves into the right one, the left one is freed and
     * the separator between them leaves the parent (pulled down into the node when interior).
     */
    private boolean merge(int parentNo, int ci, int pageNo, boolean leaf) throws StorageException {
        int leftNo;
        int rightNo;
        int sep;
        int sepSize;
        try (Page parent = tree.pages.read(parentNo)) {
            ByteBuffer b = parent.buffer();
            int count = format.checkHeader(b, parentNo);
            if (ci > 0) {
                sep = ci - 1;
                leftNo = tree.child(b, ci - 1, count, parentNo);
                rightNo = pageNo;
            } else if (ci < count) {
                sep = ci;
                leftNo = pageNo;
                rightNo = tree.child(b, ci + 1, count, parentNo);
            } else {
                return false;
            }
            sepSize = format.cellSize(b, format.cellOffset(b, sep, count, false, parentNo), false, parentNo);
        }
        if (leftNo == rightNo || leftNo == parentNo || rightNo == parentNo) {
            throw new CorruptionException(parentNo, "child page " + (leftNo == rightNo ? leftNo : parentNo) + " linked twice");
        }
        int merged = (leaf ? 0 : sepSize + 2) + usedBy(leftNo, leaf) + usedBy(rightNo, leaf);
        if (merged > NodePage.capacity(usable)) {
            return false;
        }
        try (Page parent = tree.pages.write(parentNo); Page left = tree.pages.write(leftNo);
             Page right = tree.pages.write(rightNo)) {
            ByteBuffer pb = parent.buffer();
            ByteBuffer lb = left.buffer();
            ByteBuffer rb = right.buffer();
            List<byte[]> cells = NodePage.cells(lb, format, leftNo);
            int sepOff = format.cellOffset(pb, sep, format.checkHeader(pb, parentNo), false, parentNo);
            if (!leaf) {
                byte[] down = new byte[sepSize];
                pb.get(sepOff, down);
                ByteBuffer.wrap(down).putInt(0, NodePage.rightChild(lb));
                cells.add(down);
            }
            cells.addAll(NodePage.cells(rb, format, rightNo));
            NodePage.rebuild(rb, usable, NodePage.type(rb), cells, 0, cells.size(), NodePage.rightChild(rb), rightNo);
            if (leaf) {
                format.freeOverflow(pb, sepOff, false, parentNo);
            }
            NodePage.remove(pb, usable, sep, sepSize);
        }
        tree.pages.free(leftNo);
        return true;
    }

    /** Bytes used by cells of sibling {@code pageNo}, which must be a leaf exactly when {@code leaf}. */
    private int usedBy(int pageNo, boolean leaf) throws StorageException {
        try (Page page = tree.pages.read(pageNo)) {
            ByteBuffer b = page.buffer();
            format.checkHeader(b, pageNo);
            if (format.isLeaf(b) != leaf) {
                throw new CorruptionException(pageNo, "sibling pages at different depths");
            }
            return NodePage.used(b, usable);
        }
    }

    /** While the root is an interior page with one child (or none), pulls that child's content up. */
    private void collapseRoot() throws StorageException {
        for (int guard = 0; guard <= TreePath.MAX_DEPTH; guard++) {
            try (Page rootPage = tree.pages.read(tree.root)) {
                ByteBuffer b = rootPage.buffer();
                if (format.isLeaf(b) || format.checkHeader(b, tree.root) > 0) {
                    return;
                }
            }
            int child;
            try (Page rootPage = tree.pages.write(tree.root)) {
                ByteBuffer b = rootPage.buffer();
                child = NodePage.rightChild(b);
                if (child == 0) {
                    NodePage.init(b, usable, format.leafType());
                    return;
                }
                tree.checkPageNumber(child, tree.root);
                if (child == tree.root) {
                    throw new CorruptionException(tree.root, "root page is its own child");
                }
                try (Page childPage = tree.pages.read(child)) {
                    format.checkHeader(childPage.buffer(), child);
                    b.put(0, childPage.buffer(), 0, usable);
                }
            }
            tree.pages.free(child);
        }
        throw new CorruptionException(tree.root, "tree deeper than " + TreePath.MAX_DEPTH + " levels");
    }
}
