package dev.aliendb.sql.exec;

/** Compound SELECT operators. */
public enum SetOpKind { UNION, INTERSECT, EXCEPT }
