package org.jobmatch.embedded;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Plain JDBC on the embedded PostgreSQL, signed in with its generated password. */
final class EmbeddedSql {

    private EmbeddedSql() {
    }

    static Connection connect(EmbeddedServers servers, String password) throws SQLException {
        return DriverManager.getConnection(servers.jdbcUrl().orElseThrow(), PostgresServer.USER, password);
    }

    static Connection connect(EmbeddedServers servers) throws SQLException {
        return connect(servers, servers.postgresPassword().orElseThrow());
    }

    static int queryInt(EmbeddedServers servers, String sql) throws SQLException {
        try (Connection connection = connect(servers);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    static void execute(EmbeddedServers servers, String... sql) throws SQLException {
        try (Connection connection = connect(servers); Statement statement = connection.createStatement()) {
            for (String one : sql) {
                statement.execute(one);
            }
        }
    }
}
