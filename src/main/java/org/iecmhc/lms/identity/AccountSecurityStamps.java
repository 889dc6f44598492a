package org.iecmhc.lms.identity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.iecmhc.lms.platform.security.CurrentStamp;
import org.iecmhc.lms.platform.security.PersonalFigure;
import org.iecmhc.lms.platform.security.SecurityStamps;

/**
 * The account's stamp as the database holds it now: a query of the account's row by the unique email, never the
 * entity cache, so that a change committed by another instance of the cluster is seen at the next request. Every
 * feature's {@link PersonalFigure} is a subquery of that row, so the figures cost no statement of their own.
 */
@ApplicationScoped
public class AccountSecurityStamps implements SecurityStamps {

    /** The account row's alias, which the figures' SQL names the account's id by. */
    private static final String ACCOUNT = "signed_in";

    @Inject
    EntityManager em;

    @Inject
    @Any
    Instance<PersonalFigure> figures;

    /** The figures and the statement, built at the first read: the figures are the application's for its life. */
    private volatile StampStatement statement;

    @Override
    public Optional<CurrentStamp> current(String callerName) {
        StampStatement read = statement();
        List<?> rows = em.createNativeQuery(read.sql()).setParameter(1, Account.normalizeEmail(callerName))
                .getResultList();
        return rows.stream().findFirst()
                .map(row -> stampOf(row instanceof Object[] columns ? columns : new Object[] {row}, read.figures()));
    }

    private StampStatement statement() {
        StampStatement built = statement;
        if (built == null) {
            built = StampStatement.of(figures.stream().toList());
            statement = built;
        }
        return built;
    }

    private static CurrentStamp stampOf(Object[] columns, List<PersonalFigure> read) {
        Map<String, Long> figures = new HashMap<>();
        for (int i = 0; i < read.size(); i++) {
            figures.put(read.get(i).name(), ((Number) columns[i + 1]).longValue());
        }
        return new CurrentStamp(((Number) columns[0]).longValue(), figures);
    }

    /** The account's stamp with every figure as a subquery of its row, in the figures' order. */
    private record StampStatement(List<PersonalFigure> figures, String sql) {

        static StampStatement of(List<PersonalFigure> figures) {
            StringBuilder sql = new StringBuilder("select " + ACCOUNT + ".security_stamp");
            for (PersonalFigure figure : figures) {
                sql.append(", (").append(figure.sqlOver(ACCOUNT + ".id")).append(')');
            }
            sql.append(" from account " + ACCOUNT + " where " + ACCOUNT + ".email = ?1 and " + ACCOUNT + ".active = true");
            return new StampStatement(figures, sql.toString());
        }
    }
}
