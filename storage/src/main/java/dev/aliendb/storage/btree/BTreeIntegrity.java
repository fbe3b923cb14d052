package dev.aliendb.storage.btree;

import java.util.BitSet;
import java.util.List;

import dev.aliendb.storage.TreeRoot;
import dev.aliendb.storage.page.PageAccess;

/**
 * Integrity check of one B-tree, called by the store's integrity check: page types and headers, cell
 * layout (cells inside the content area, no overlap, free-byte accounting), key order within pages and
 * against the parent's separators, child and overflow links in range, overflow chain lengths, all leaves
 * at one depth, no empty leaf below the root. Every page of the tree (overflow pages included) is marked
 * in {@code usedPages}; a page already marked is reported as "page N is used twice" and not descended
 * into. Damage is reported as text lines naming the tree and page, never thrown.
 */
public final class BTreeIntegrity {
    private BTreeIntegrity() {
    }

    public static void check(PageAccess pages, TreeRoot root, BitSet usedPages, List<String> problems) {
        new IntegrityWalker(pages, root, usedPages, problems).run();
    }
}
