package dev.foodmesh.web.paging;

/**
 * The {@code page} and {@code size} query parameters of a list endpoint. Declare it as a
 * controller method parameter and it is resolved and checked for you: missing values take
 * the defaults, invalid ones are answered with a 400 {@code invalid-parameter} problem
 * naming the parameter.
 * <p>
 * No page reaches beyond the first {@value #MAX_WINDOW} items of a result
 * ({@code (page + 1) × size <= } {@value #MAX_WINDOW}): deeper pages cost the database a
 * scan of everything before them, on every request. A client that needs more narrows the
 * query (a filter) instead.
 *
 * @param page zero-based page number, at least 0, at most {@link #maxPage(int)}
 * @param size items per page, 1 to {@value #MAX_SIZE}
 */
public record PageQuery(int page, int size) {

	public static final int DEFAULT_PAGE = 0;

	public static final int DEFAULT_SIZE = 20;

	public static final int MAX_SIZE = 100;

	/**
	 * How deep pages may reach into a result: {@code (page + 1) × size} is at most this.
	 */
	public static final int MAX_WINDOW = 10_000;

	public PageQuery {
		if (size < 1 || size > MAX_SIZE || page < 0 || page > maxPage(size)) {
			throw new IllegalArgumentException(
					"size must be 1.." + MAX_SIZE + " and page 0.." + MAX_WINDOW + "/size - 1");
		}
	}

	public static PageQuery firstPage() {
		return new PageQuery(DEFAULT_PAGE, DEFAULT_SIZE);
	}

	/**
	 * The last page that pages of {@code size} items may ask for:
	 * {@code MAX_WINDOW / size - 1}.
	 */
	public static int maxPage(int size) {
		return MAX_WINDOW / size - 1;
	}

	/** Rows to skip: {@code page * size}, at most {@code MAX_WINDOW - size}. */
	public long offset() {
		return (long) page * size;
	}

}
