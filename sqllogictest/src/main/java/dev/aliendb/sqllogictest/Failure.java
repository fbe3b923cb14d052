package dev.aliendb.sqllogictest;

/**
 * One failed record: where it is ({@code file:line}), its SQL, the cause it is grouped under in reports
 * (a normalised error message, {@value #WRONG_RESULT} or {@value #TIMEOUT}) and a detail for humans.
 */
public record Failure(String file, int line, String sql, String cause, String detail) {

    public static final String WRONG_RESULT = "wrong result";
    public static final String TIMEOUT = "timeout";

    public String location() {
        return file + ":" + line;
    }
}
