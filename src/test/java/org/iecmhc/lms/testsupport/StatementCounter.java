package org.iecmhc.lms.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Counts the SQL statements sent through a data source, so that a persistence test can show a listing costs a
 * fixed number of round trips however many rows it shows (a statement count, unlike a timer, does not depend on
 * the machine). Every {@code execute*} call of a statement made on one of its connections counts once; a batch
 * counts once, as it is one round trip.
 */
public final class StatementCounter {

    private final AtomicLong executed = new AtomicLong();
    private final List<String> sent = new CopyOnWriteArrayList<>();

    /** The given data source, its connections and their statements counted by this counter. */
    public DataSource counting(DataSource target) {
        return proxy(DataSource.class, target, (proxy, method, args) -> {
            Object result = invoke(target, method, args);
            return result instanceof Connection connection ? counting(connection) : result;
        });
    }

    /** Forgets the SQL sent so far, for a database that a later test uses again. */
    public void forget() {
        sent.clear();
    }

    /** How many statements the work sends, and its result. */
    public <T> Counted<T> count(Supplier<T> work) {
        long before = executed.get();
        T result = work.get();
        return new Counted<>(result, executed.get() - before);
    }

    /** The SQL of every statement the work sends, in order: a test can show what a query asks of the database. */
    public List<String> sqlOf(Runnable work) {
        int before = sent.size();
        work.run();
        return List.copyOf(sent.subList(before, sent.size()));
    }

    /** Runs the work, fails if it sends more than {@code limit} statements, and returns their number. */
    public long assertStatementsAtMost(long limit, Runnable work) {
        long statements = count(() -> {
            work.run();
            return null;
        }).statements();
        assertTrue(statements <= limit, "expected at most " + limit + " SQL statements, but " + statements + " were sent");
        return statements;
    }

    /**
     * Shows that a listing costs a fixed number of statements as its rows grow: grows the data to 5 rows, then to
     * 50, viewing the listing twice each time and counting the second view (the first has filled the shared cache,
     * as on a running server). Fails unless both counts are equal and at most {@code limit}; prints them.
     */
    public void assertConstantAsRowsGrow(String listing, long limit, IntConsumer growTo, Runnable view) {
        long[] statements = new long[2];
        int[] rows = {5, 50};
        for (int i = 0; i < rows.length; i++) {
            growTo.accept(rows[i]);
            view.run();
            statements[i] = assertStatementsAtMost(limit, view);
        }
        System.out.printf("%s: %d SQL statements for %d rows, %d for %d rows%n", listing, statements[0], rows[0],
                statements[1], rows[1]);
        assertEquals(statements[0], statements[1], listing + ": statements for " + rows[0] + " rows, then for " + rows[1]);
    }

    private Connection counting(Connection target) {
        return proxy(Connection.class, target, (proxy, method, args) -> {
            Object result = invoke(target, method, args);
            String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : null;
            return result instanceof Statement statement ? counting(statement, sql) : result;
        });
    }

    /** A proxy of the statement's own most specific interface, so that callers can still cast to it. */
    private Statement counting(Statement target, String prepared) {
        Class<?>[] interfaces = {target instanceof CallableStatement ? CallableStatement.class
                : target instanceof PreparedStatement ? PreparedStatement.class : Statement.class};
        return (Statement) Proxy.newProxyInstance(getClass().getClassLoader(), interfaces, (proxy, method, args) -> {
            if (method.getName().startsWith("execute")) {
                executed.incrementAndGet();
                sent.add(args != null && args.length > 0 && args[0] instanceof String sql ? sql : String.valueOf(prepared));
            }
            return invoke(target, method, args);
        });
    }

    private <T> T proxy(Class<T> type, T target, InvocationHandler handler) {
        return type.cast(Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type}, handler));
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** A result and the number of statements it took. */
    public record Counted<T>(T result, long statements) {
    }
}
