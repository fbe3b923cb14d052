package dev.aliendb.storage;

/** A B-tree known to the layer above, for the integrity check: its root page and whether it is an index tree. */
public record TreeRoot(int rootPage, boolean index, String name) {
}
