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
 * that sequential inserts fill pages. Deletes free emptied pages; a node under a third full (where SQLite
 * rebalances too) is merged into an adjacent sibling when the two fit in one page, otherwise the two share
 * their cells evenly; a root left with a single child takes over that child's content. Every cell takes at most a quarter page ({@link Blob}), so splits always fit.
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

    /** Inserts a leaf cell at the path's position. */
    void insert(TreePath path, byte[] cell) throws StorageException {
        insert(path, path.depth, path.index[path.depth], cell, path.rightEdge);
    }

    /** Inserts {@code cell} at {@code idx} of the page at {@code level} of the path, splitting upwards as needed. */
    private void insert(TreePath path, int level, int idx, byte[] cell, boolean append) throws StorageException {
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
            cell = split(path.page[level], idx, cell, append);
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
            List<byte[]> cells = NodePage.cells(b, format, pageNo);
            cells.add(idx, cell);
            int n = cells.size();
            int m = append && idx == n - 1 ? (leaf ? n - 1 : n - 2) : splitPoint(cells, leaf, pageNo);
            return distribute(cells, m, leaf, NodePage.type(b), left, page, NodePage.rightChild(b));
        }
    }

    /**
     * Puts {@code cells[0, m)} on {@code left} and the rest on {@code right} (which keeps
     * {@code rightChild}); on interior pages cell {@code m} is not kept but moves up, its child becoming
     * the left page's right-most child. Returns the parent cell for {@code left}.
     */
    private byte[] distribute(List<byte[]> cells, int m, boolean leaf, int type, Page left, Page right, int rightChild)
            throws StorageException {
        int n = cells.size();
        if (leaf) {
            NodePage.rebuild(left.buffer(), usable, type, cells, 0, m, 0, left.number());
            NodePage.rebuild(right.buffer(), usable, type, cells, m, n, rightChild, right.number());
            return CellFormat.interiorCell(left.number(), format.separator(cells.get(m - 1), cells.get(m)), 0);
        }
        byte[] middle = cells.get(m);
        NodePage.rebuild(left.buffer(), usable, type, cells, 0, m, ByteBuffer.wrap(middle).getInt(0), left.number());
        NodePage.rebuild(right.buffer(), usable, type, cells, m + 1, n, rightChild, right.number());
        return CellFormat.interiorCell(left.number(), middle, CellFormat.CHILD);
    }

    /**
     * The split point m balancing bytes best with both halves fitting: cells [0, m) go left, the rest
     * (minus cell m itself on interior pages, where it moves up to the parent) go right.
     */
    private int splitPoint(List<byte[]> cells, boolean leaf, int pageNo) throws CorruptionException {
        int n = cells.size();
        int total = NodePage.sizeOf(cells, 0, n);
        int capacity = NodePage.capacity(usable);
        int best = -1;
        int bestDiff = Integer.MAX_VALUE;
        int leftSize = cells.get(0).length + 2;
        for (int m = 1; m <= (leaf ? n - 1 : n - 2); m++) {
            int rightSize = total - leftSize - (leaf ? 0 : cells.get(m).length + 2);
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
            if (empty) {
                removeChild(path.page[level - 1], path.index[level - 1]);
                tree.pages.free(pageNo);
            } else if (!mergeOrRedistribute(path, level, leaf)) {
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
     * Joins the under-full node at {@code level} of the path with an adjacent sibling. When both fit into
     * one page everything moves into the right one, the left one is freed and the separator between them
     * leaves the parent (pulled down into the node when interior); returns true (the parent lost a cell).
     * Otherwise their cells are shared out evenly and the parent gets a new separator (which may split
     * it); returns false. Also false when the node has no sibling.
     */
    private boolean mergeOrRedistribute(TreePath path, int level, boolean leaf) throws StorageException {
        int pageNo = path.page[level];
        int parentNo = path.page[level - 1];
        int ci = path.index[level - 1];
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
        boolean fits = (leaf ? 0 : sepSize + 2) + usedBy(leftNo, leaf) + usedBy(rightNo, leaf) <= NodePage.capacity(usable);
        byte[] parentCell = null;
        try (Page parent = tree.pages.write(parentNo); Page left = tree.pages.write(leftNo);
             Page right = tree.pages.write(rightNo)) {
            ByteBuffer pb = parent.buffer();
            ByteBuffer rb = right.buffer();
            List<byte[]> cells = NodePage.cells(left.buffer(), format, leftNo);
            int sepOff = format.cellOffset(pb, sep, format.checkHeader(pb, parentNo), false, parentNo);
            if (!leaf) {
                byte[] down = new byte[sepSize];
                pb.get(sepOff, down);
                ByteBuffer.wrap(down).putInt(0, NodePage.rightChild(left.buffer()));
                cells.add(down);
            }
            cells.addAll(NodePage.cells(rb, format, rightNo));
            if (fits) {
                NodePage.rebuild(rb, usable, NodePage.type(rb), cells, 0, cells.size(), NodePage.rightChild(rb), rightNo);
            } else {
                parentCell = distribute(cells, splitPoint(cells, leaf, rightNo), leaf, NodePage.type(rb), left, right,
                        NodePage.rightChild(rb));
            }
            if (leaf) {
                format.freeOverflow(pb, sepOff, false, parentNo);
            }
            NodePage.remove(pb, usable, sep, sepSize);
        }
        if (fits) {
            tree.pages.free(leftNo);
            return true;
        }
        insert(path, level - 1, sep, parentCell, false);
        return false;
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
