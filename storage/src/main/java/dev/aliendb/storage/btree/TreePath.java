package dev.aliendb.storage.btree;

/**
 * The pages from the root to a leaf and the position taken in each: for interior levels the index of
 * the child followed (== cell count for the right-most child), for the leaf level the cell index.
 */
final class TreePath {
    /** Deepest tree accepted; deeper means a cycle or damage (a real tree of 2^32 pages has &lt; 40 levels). */
    static final int MAX_DEPTH = 64;

    final int[] page = new int[MAX_DEPTH + 1];
    final int[] index = new int[MAX_DEPTH + 1];
    /** Level of the leaf (0 when the root is a leaf). */
    int depth;
    /** After a descent: whether the leaf holds the probed key at {@code index[depth]}. */
    boolean found;
    /** After a descent: whether the path follows the right-most child everywhere and ends past the last cell. */
    boolean rightEdge;

    /** Makes room for a new level below the root (the root's content moved to {@code child}). */
    void deepen(int child) {
        System.arraycopy(page, 1, page, 2, depth);
        System.arraycopy(index, 1, index, 2, depth);
        page[1] = child;
        index[1] = index[0];
        index[0] = 0;
        depth++;
    }
}
