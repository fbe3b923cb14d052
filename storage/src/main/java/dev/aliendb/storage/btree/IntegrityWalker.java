package dev.aliendb.storage.btree;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

import dev.aliendb.storage.CorruptionException;
import dev.aliendb.storage.StorageException;
import dev.aliendb.storage.TreeRoot;
import dev.aliendb.storage.page.Page;
import dev.aliendb.storage.page.PageAccess;

/**
 * Walks one tree checking everything {@link BTreeIntegrity} promises, recording problems as text.
 * Never descends into a page already seen (so cycles end) nor deeper than {@link TreePath#MAX_DEPTH}.
 * Holds one page pinned at a time.
 */
final class IntegrityWalker {
    private static final String PREFIX = "database disk image is malformed: ";

    private final PageAccess pages;
    private final TreeRoot root;
    private final CellFormat format;
    private final BitSet used;
    private final List<String> problems;
    private int leafDepth = -1;
    private int firstBadPage;
    private String firstProblem;

    IntegrityWalker(PageAccess pages, TreeRoot root, BitSet used, List<String> problems) {
        this.pages = pages;
        this.root = root;
        this.format = BTree.format(pages, root.index());
        this.used = used;
        this.problems = problems;
    }

    void run() {
        int rootPage = root.rootPage();
        if (rootPage < 2 || rootPage > pages.pageCount()) {
            problem(rootPage, "page " + rootPage + ": root page out of range 2.." + pages.pageCount());
            return;
        }
        visit(rootPage, 0, null, null);
    }

    /** The first page a problem was reported for (0 if none). */
    int firstBadPage() {
        return firstBadPage;
    }

    /** The first problem found, without the tree name (null if none). */
    String firstProblem() {
        return firstProblem;
    }

    /** Checks the subtree at {@code pageNo}, whose keys must lie in (low, high] (null: unbounded). */
    private void visit(int pageNo, int depth, byte[] low, byte[] high) {
        if (depth > TreePath.MAX_DEPTH) {
            problem(pageNo, "page " + pageNo + ": tree deeper than " + TreePath.MAX_DEPTH + " levels");
            return;
        }
        if (!mark(pageNo)) {
            return;
        }
        List<Integer> children = new ArrayList<>();
        List<byte[]> keys = new ArrayList<>();
        try (Page page = pages.read(pageNo)) {
            ByteBuffer b = page.buffer();
            int count = format.checkHeader(b, pageNo);
            boolean leaf = format.isLeaf(b);
            checkLayout(b, count, leaf, pageNo);
            byte[] previous = low;
            for (int i = 0; i < count; i++) {
                int off = format.cellOffset(b, i, count, leaf, pageNo);
                byte[] key = format.keyBytes(b, leaf ? off : off + CellFormat.CHILD, pageNo);
                if (previous != null && Arrays.compareUnsigned(previous, key) >= 0) {
                    problem(pageNo, "page " + pageNo + ": cell " + i + " out of key order");
                }
                if (high != null && Arrays.compareUnsigned(key, high) > 0) {
                    problem(pageNo, "page " + pageNo + ": cell " + i + " above its parent's separator");
                }
                previous = key;
                int blobOff = format.blobOffset(off, leaf);
                if (blobOff >= 0) {
                    format.blob.walkOverflow(b, blobOff, pageNo, this::mark);
                }
                if (!leaf) {
                    children.add(b.getInt(off));
                    keys.add(key);
                }
            }
            if (leaf) {
                checkLeafDepth(pageNo, depth, count);
                return;
            }
            children.add(NodePage.rightChild(b));
        } catch (CorruptionException e) {
            String message = e.getMessage();
            problem((int) e.pageNumber(), message.startsWith(PREFIX) ? message.substring(PREFIX.length()) : message);
            return;
        } catch (StorageException e) {
            problem(pageNo, "page " + pageNo + ": cannot be read: " + e.getMessage());
            return;
        }
        for (int i = 0; i < children.size(); i++) {
            int child = children.get(i);
            if (child < 2 || child > pages.pageCount()) {
                problem(pageNo, "page " + pageNo + ": child " + i + " points to page " + child + ", out of range");
                continue;
            }
            visit(child, depth + 1, i == 0 ? low : keys.get(i - 1), i < keys.size() ? keys.get(i) : high);
        }
    }

    private void checkLeafDepth(int pageNo, int depth, int count) {
        if (leafDepth < 0) {
            leafDepth = depth;
        } else if (depth != leafDepth) {
            problem(pageNo, "page " + pageNo + ": leaf at depth " + depth + " but other leaves at depth " + leafDepth);
        }
        if (count == 0 && depth > 0) {
            problem(pageNo, "page " + pageNo + ": empty leaf below the root");
        }
    }

    /** Cells lie in the content area without overlapping; cells plus garbage fill it exactly. */
    private void checkLayout(ByteBuffer b, int count, boolean leaf, int pageNo) throws CorruptionException {
        long[] extents = new long[count];
        for (int i = 0; i < count; i++) {
            int off = format.cellOffset(b, i, count, leaf, pageNo);
            extents[i] = (long) off << 32 | format.cellSize(b, off, leaf, pageNo);
        }
        Arrays.sort(extents);
        int content = NodePage.contentStart(b);
        int end = content;
        long total = 0;
        for (long extent : extents) {
            int off = (int) (extent >>> 32);
            int size = (int) extent;
            if (off < end) {
                problem(pageNo, "page " + pageNo + ": cell at offset " + off + " overlaps another cell or the free area");
                return;
            }
            end = off + size;
            total += size;
        }
        int usable = pages.usableSize();
        if (total + NodePage.garbage(b) != usable - content) {
            problem(pageNo, "page " + pageNo + ": " + total + " cell bytes and " + NodePage.garbage(b)
                    + " free bytes do not fill the content area of " + (usable - content) + " bytes");
        }
    }

    private boolean mark(int pageNo) {
        if (used.get(pageNo)) {
            problem(pageNo, "page " + pageNo + " is used twice");
            return false;
        }
        used.set(pageNo);
        return true;
    }

    private void problem(int pageNo, String text) {
        if (firstProblem == null) {
            firstBadPage = pageNo;
            firstProblem = text;
        }
        problems.add(root.name() + " (root " + root.rootPage() + "): " + text);
    }
}
