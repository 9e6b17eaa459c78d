package dev.foodmesh.web;

/**
 * The {@code page} and {@code size} query parameters of a list endpoint. Declare it as a controller method
 * parameter and it is resolved and checked for you: missing values take the defaults, invalid ones are answered with
 * a 400 {@code invalid-parameter} problem naming the parameter.
 *
 * @param page zero-based page number, at least 0
 * @param size items per page, 1 to {@value #MAX_SIZE}
 */
public record PageQuery(int page, int size) {

    public static final int DEFAULT_PAGE = 0;

    public static final int DEFAULT_SIZE = 20;

    public static final int MAX_SIZE = 100;

    public PageQuery {
        if (page < 0 || size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("page must be >= 0 and size 1.." + MAX_SIZE);
        }
    }

    public static PageQuery firstPage() {
        return new PageQuery(DEFAULT_PAGE, DEFAULT_SIZE);
    }

    /** Rows to skip: {@code page * size}, as a long so that large page numbers cannot overflow. */
    public long offset() {
        return (long) page * size;
    }

}
