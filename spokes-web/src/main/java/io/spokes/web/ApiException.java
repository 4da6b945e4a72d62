package io.spokes.web;

import io.spokes.core.domain.FieldException;
import io.spokes.io.InputException;

/**
 * A request the lab refuses, with the HTTP status and what to fix. The field, line and column say
 * where the problem is, so that the page can show the message next to the offending input.
 */
public final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final String field;
    private final int line;
    private final int column;
    private final String problem;

    public ApiException(int status, String field, String problem) {
        this(status, field, 0, 0, problem, (field == null || field.isEmpty() ? "" : field + ": ") + problem);
    }

    private ApiException(int status, String field, int line, int column, String problem, String message) {
        super(message);
        this.status = status;
        this.field = field == null ? "" : field;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    public static ApiException badRequest(String field, String problem) {
        return new ApiException(400, field, problem);
    }

    public static ApiException notFound(String field, String problem) {
        return new ApiException(404, field, problem);
    }

    public static ApiException invalid(String field, String problem) {
        return new ApiException(422, field, problem);
    }

    /** A scenario the reader rejected: the CLI's message, with its file, line, column and field. */
    public static ApiException of(InputException e) {
        return new ApiException(422, e.field(), e.line(), e.column(), e.problem(), e.getMessage());
    }

    /** A domain value the library rejected, with the field under {@code prefix} (may be empty). */
    public static ApiException of(FieldException e, String prefix) {
        String field = prefix == null || prefix.isEmpty() ? e.field() : e.under(prefix).field();
        return new ApiException(422, field, e.getMessage());
    }

    public int status() {
        return status;
    }

    public String field() {
        return field;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    public String problem() {
        return problem;
    }
}
