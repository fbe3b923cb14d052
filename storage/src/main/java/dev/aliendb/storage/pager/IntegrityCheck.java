package dev.aliendb.storage.pager;

import dev.aliendb.storage.StorageException;
import dev.aliendb.storage.TreeRoot;
import dev.aliendb.storage.btree.BTreeIntegrity;
import dev.aliendb.storage.page.Page;
import dev.aliendb.storage.page.PageAccess;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * PRAGMA integrity_check for one snapshot (taken while no commit can run): the file header, the checksum
 * of every page as stored on disk, the free list (range, cycles, count), the structures rooted at the given
 * roots (through a {@link TreeChecker}), and finally that every page is used exactly once. Damage is
 * reported as text, never thrown; the walk is bounded by the page count, so a cyclic list cannot hang it.
 */
final class IntegrityCheck {
    /** The B-tree layer's checker. */
    static final TreeChecker BTREES = BTreeIntegrity::check;

    private static final int MAX_PROBLEMS = 1000;

    private final PageFile file;
    private final PageAccess pages;
    private final TreeChecker trees;
    private final List<String> problems = new ArrayList<>();

    IntegrityCheck(PageFile file, PageAccess pages, TreeChecker trees) {
        this.file = file;
        this.pages = pages;
        this.trees = trees;
    }

    List<String> run(List<TreeRoot> roots) throws StorageException {
        int pageCount = pages.pageCount();
        checkHeader();
        long onDisk = checkChecksums(pageCount);
        BitSet used = new BitSet(pageCount + 1);
        used.set(1);
        checkFreeList(pageCount, used);
        for (TreeRoot root : roots) {
            try {
                trees.check(pages, root, used, problems);
            } catch (StorageException e) {
                problems.add(root.name() + ": " + e.getMessage());
            }
        }
        long present = Math.min(pageCount, onDisk);
        for (int page = used.nextClearBit(2); page <= present && problems.size() < MAX_PROBLEMS; page = used.nextClearBit(page + 1)) {
            problems.add("page " + page + " is never used");
        }
        return problems.size() > MAX_PROBLEMS ? problems.subList(0, MAX_PROBLEMS) : problems;
    }

    private void checkHeader() {
        ByteBuffer page = ByteBuffer.allocate(file.pageSize());
        try {
            file.readUnverified(1, page);
            FileHeader.validate(page, "page 1");
        } catch (StorageException e) {
            problems.add("file header: " + e.getMessage());
        }
    }

    /** Verifies every page present on disk; returns how many pages the file holds. */
    private long checkChecksums(int pageCount) throws StorageException {
        ByteBuffer page = ByteBuffer.allocate(file.pageSize());
        long onDisk = file.pagesOnDisk();
        if (onDisk < pageCount) {
            problems.add("file holds " + onDisk + " pages but the header says " + pageCount);
        }
        for (int p = 1; p <= Math.min(pageCount, onDisk) && problems.size() < MAX_PROBLEMS; p++) {
            try {
                file.read(p, page);
            } catch (StorageException e) {
                problems.add(e.getMessage());
            }
        }
        return onDisk;
    }

    private void checkFreeList(int pageCount, BitSet used) throws StorageException {
        int expected;
        int trunk;
        try (Page header = pages.read(1)) {
            expected = FileHeader.freeCount(header.buffer());
            trunk = FileHeader.freeHead(header.buffer());
        }
        int found = 0;
        while (trunk != 0) {
            if (!claim(trunk, pageCount, used, "free-list trunk")) {
                break;
            }
            found++;
            try (Page page = pages.read(trunk)) {
                ByteBuffer b = page.buffer();
                int leaves = FreeList.leafCount(b, trunk);
                for (int i = 0; i < leaves; i++) {
                    if (claim(b.getInt(8 + 4 * i), pageCount, used, "free-list leaf on trunk " + trunk)) {
                        found++;
                    }
                }
                trunk = b.getInt(0);
            } catch (StorageException e) {
                problems.add(e.getMessage());
                break;
            }
        }
        if (found != expected) {
            problems.add("free list holds " + found + " pages but the header counts " + expected);
        }
    }

    private boolean claim(int page, int pageCount, BitSet used, String what) {
        if (page < 2 || page > pageCount) {
            problems.add(what + " " + page + " is out of range 2.." + pageCount);
            return false;
        }
        if (used.get(page)) {
            problems.add(what + " " + page + " is used twice");
            return false;
        }
        used.set(page);
        return true;
    }
}
