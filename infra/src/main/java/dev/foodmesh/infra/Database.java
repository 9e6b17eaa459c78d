package dev.foodmesh.infra;

/**
 * Where one database lives and how to log in to it. The login role owns the database.
 *
 * @param host the Postgres host
 * @param port the Postgres port
 * @param name the database name
 * @param username the login role
 * @param password the role's password
 */
public record Database(String host, int port, String name, String username, String password) {

	/** {@code jdbc:postgresql://host:port/name} (credentials not included). */
	public String jdbcUrl() {
		return "jdbc:postgresql://" + this.host + ":" + this.port + "/" + this.name;
	}

	/** {@code r2dbc:postgresql://host:port/name} (credentials not included). */
	public String r2dbcUrl() {
		return "r2dbc:postgresql://" + this.host + ":" + this.port + "/" + this.name;
	}

}
