package dev.aliendb.storage.pager;

import dev.aliendb.storage.StorageException;
import dev.aliendb.storage.TreeRoot;
import dev.aliendb.storage.page.PageAccess;
import java.util.BitSet;
import java.util.List;

/**
 * Checks one page structure for {@link PagerStore#checkIntegrity(List, TreeChecker)}: marks every page it
 * owns in {@code used} and reports problems (including pages already marked, i.e. used twice) as text.
 * The default is the B-tree layer's {@code BTreeIntegrity::check}.
 */
@FunctionalInterface
public interface TreeChecker {
    void check(PageAccess pages, TreeRoot root, BitSet used, List<String> problems) throws StorageException;
}
