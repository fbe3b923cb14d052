package dev.aliendb.storage.btree;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

import dev.aliendb.storage.StorageException;
import dev.aliendb.storage.page.Page;

/**
 * Builds an empty tree bottom-up from leaf cells in strictly ascending key order (CREATE INDEX): cells are
 * packed into leaves left to right, each full page is written once and never searched, and every level
 * keeps one page being filled. A leaf that is full gets a separator in the level above (the shortest key
 * between its last cell and the next one, as a split would make); an interior page that is full takes the
 * arriving child as its right-most child and sends that child's key up. At the end each level's last page
 * becomes the right-most child of the level above, and the top page's content moves into the root page
 * (the root's number never changes), whose old copy is freed.
 * <p>
 * The result satisfies every invariant of docs/btree-format.md (all leaves at one depth; separators bound
 * their children); pages are full as after sequential appends, and a level's last page may hold few cells
 * (an interior one possibly none, only its right-most child).
 */
final class BulkLoader {
    private final BTree tree;
    private final CellFormat format;
    private final int usable;
    /** Per level (0 = leaves): the page being filled, pinned for writing. */
    private final List<Page> open = new ArrayList<>();
    private byte[] lastLeafCell;

    BulkLoader(BTree tree) {
        this.tree = tree;
        this.format = tree.format;
        this.usable = tree.usable;
    }

    /** Appends a leaf cell; its key must be greater than every key appended before. */
    void add(byte[] cell) throws StorageException {
        if (open.isEmpty()) {
            open.add(newPage(0));
        }
        Page leaf = open.get(0);
        if (!NodePage.insert(leaf.buffer(), usable, count(0), cell, format, leaf.number())) {
            addInterior(1, CellFormat.interiorCell(leaf.number(), format.separator(lastLeafCell, cell), 0));
            replace(0);
            leaf = open.get(0);
            NodePage.insert(leaf.buffer(), usable, 0, cell, format, leaf.number());
        }
        lastLeafCell = cell;
    }

    /** Links the last page of every level into the one above and moves the top page into the root. */
    void finish() throws StorageException {
        try {
            if (open.isEmpty()) {
                return;
            }
            for (int level = 0; level + 1 < open.size(); level++) {
                NodePage.setRightChild(open.get(level + 1).buffer(), open.get(level).number());
            }
            Page top = open.get(open.size() - 1);
            try (Page root = tree.pages.write(tree.root)) {
                root.buffer().put(0, top.buffer(), 0, usable);
            }
            int topNumber = top.number();
            closeAll();
            tree.pages.free(topNumber);
        } finally {
            closeAll();
        }
    }

    /** Releases the pages being filled after a failure; the tree is left half-built for the caller to discard. */
    void abandon() {
        closeAll();
    }

    /** Adds interior cell {@code cell} (child | key) at {@code level}, creating the level if needed. */
    private void addInterior(int level, byte[] cell) throws StorageException {
        if (level == open.size()) {
            open.add(newPage(level));
        }
        Page page = open.get(level);
        if (NodePage.insert(page.buffer(), usable, count(level), cell, format, page.number())) {
            return;
        }
        NodePage.setRightChild(page.buffer(), ByteBuffer.wrap(cell).getInt(0));
        addInterior(level + 1, CellFormat.interiorCell(page.number(), cell, CellFormat.CHILD));
        replace(level);
    }

    private int count(int level) {
        return NodePage.count(open.get(level).buffer());
    }

    /** Closes the full page of {@code level} and starts a new one there. */
    private void replace(int level) throws StorageException {
        open.get(level).close();
        open.set(level, null);
        open.set(level, newPage(level));
    }

    private Page newPage(int level) throws StorageException {
        Page page = tree.pages.allocate();
        NodePage.init(page.buffer(), usable, level == 0 ? format.leafType() : format.interiorType());
        return page;
    }

    private void closeAll() {
        for (int i = 0; i < open.size(); i++) {
            if (open.get(i) != null) {
                open.get(i).close();
                open.set(i, null);
            }
        }
    }
}
