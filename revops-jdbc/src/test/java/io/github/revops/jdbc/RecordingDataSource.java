package io.github.revops.jdbc;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * A data source that hands out its target's connections wrapped so that the calls an import makes on them, on their
 * statements and on their results are recorded in order ({@code "setAutoCommit(false)"}, {@code "setFetchSize(500)"},
 * ...), the calls that move the cursor and read values left out.
 */
final class RecordingDataSource implements DataSource {

    private static final Set<String> RECORDED = Set.of("setAutoCommit", "getAutoCommit", "prepareStatement",
            "setFetchSize", "setObject", "executeQuery", "commit", "rollback", "close", "setReadOnly");

    private final DataSource target;
    private final List<String> calls = new ArrayList<>();

    RecordingDataSource(DataSource target) {
        this.target = target;
    }

    /**
     * Returns the calls recorded so far.
     *
     * @return the calls, such as {@code "Connection.setAutoCommit(false)"}
     */
    List<String> calls() {
        return List.copyOf(calls);
    }

    /**
     * Wraps a connection so that calls on it are recorded.
     *
     * @param connection  the connection
     * @return the wrapper
     */
    Connection recorded(Connection connection) {
        return wrap(Connection.class, connection);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return recorded(target.getConnection());
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        return recorded(target.getConnection(user, password));
    }

    private <T> T wrap(Class<T> type, T object) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (RECORDED.contains(method.getName())) {
                String shown = args == null ? "" : Arrays.stream(args).map(String::valueOf)
                        .collect(Collectors.joining(", "));
                if (method.getName().equals("prepareStatement")) {
                    shown = shown.replace(String.valueOf(args[0]), "sql");
                }
                calls.add(type.getSimpleName() + "." + method.getName() + "(" + shown + ")");
            }
            Object result;
            try {
                result = method.invoke(object, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            if (result instanceof PreparedStatement statement) {
                return wrap(PreparedStatement.class, statement);
            }
            if (result instanceof ResultSet rows) {
                return wrap(ResultSet.class, rows);
            }
            return result;
        };
        return type.cast(Proxy.newProxyInstance(RecordingDataSource.class.getClassLoader(), new Class<?>[] {type},
                handler));
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return target.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        target.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        target.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return target.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() {
        return Logger.getGlobal();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        return target.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return target.isWrapperFor(iface);
    }
}
