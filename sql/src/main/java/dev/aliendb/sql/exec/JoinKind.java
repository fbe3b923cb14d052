package dev.aliendb.sql.exec;

/** Join types the operators implement. RIGHT and FULL are only done by the nested-loop join. */
public enum JoinKind { INNER, LEFT, RIGHT, FULL }
