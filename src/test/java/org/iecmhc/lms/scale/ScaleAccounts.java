package org.iecmhc.lms.scale;

import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;

import org.iecmhc.lms.identity.PasswordHasher;
import org.iecmhc.lms.identity.Role;

/**
 * The people: administrators, faculty, consultants, helpline staff and every cohort's trainees. They all share one
 * password, hashed once by the application's own hasher (hashing 2,000 times would take minutes and prove nothing).
 */
final class ScaleAccounts {

    static final String PASSWORD = "scale-password-2026";
    /** One per administrator of the load test at 100 concurrent users, so that no two sessions share an account. */
    static final int ADMINISTRATORS = 50;
    static final int TRAINEES_PER_COHORT = 40;
    private static final String DOMAIN = "@scale.iecmhc.org";
    private static final List<String> FIRST = List.of("Ana", "Brian", "Chau", "Diego", "Elena", "Farah", "Grace",
            "Hiro", "Imani", "Jorge", "Kalani", "Lucía", "Malik", "Nadia", "Omar", "Priya", "Quinn", "Rosa", "Sofía",
            "Tomás", "Uma", "Víctor", "Wen", "Ximena", "Yusuf", "Zoe");
    private static final List<String> LAST = List.of("García", "Walker", "Tran", "Hernández", "Ramírez", "Nguyen",
            "Fifita", "Kim", "Johnson", "López", "Martínez", "Chen", "Patel", "Okafor", "Smith", "Flores", "Rivera",
            "Lee", "Gómez", "Davis", "Torres", "Cruz", "Reyes", "Morales", "Begay");

    private final ScaleContext context;

    ScaleAccounts(ScaleContext context) {
        this.context = context;
    }

    static String administrator(int n) {
        return String.format("admin%02d%s", n, DOMAIN);
    }

    static String trainee(int n) {
        return String.format("trainee%04d%s", n, DOMAIN);
    }

    void load() throws SQLException {
        context.log.begin("accounts");
        String hash = new PasswordHasher().hash(PASSWORD);
        Random random = context.random("accounts");
        int cohorts = ScaleTraining.cohorts(context.settings);
        try (BulkInsert accounts = context.insert("account", "id", "email", "first_name", "last_name", "password_hash",
                "preferred_language", "created_at");
             BulkInsert roles = context.insert("account_role", "account_id", "role").after(accounts)) {
            LocalDateTime created = ScaleContext.SERVICE_FROM.atTime(16, 0);
            for (int n = 1; n <= ADMINISTRATORS; n++) {
                context.administrators.add(add(accounts, roles, random, administrator(n), hash, created, Role.ADMINISTRATOR));
            }
            context.administratorEmail = administrator(1);
            for (int n = 1; n <= context.settings.scaled(60, 4); n++) {
                context.faculty.add(add(accounts, roles, random, String.format("faculty%03d%s", n, DOMAIN), hash, created,
                        Role.FACULTY));
            }
            for (int n = 1; n <= context.settings.scaled(50, 4); n++) {
                context.consultants.add(add(accounts, roles, random, String.format("consultant%03d%s", n, DOMAIN), hash,
                        created, Role.CONSULTANT));
            }
            for (int n = 1; n <= context.settings.scaled(12, 2); n++) {
                add(accounts, roles, random, String.format("helpline%02d%s", n, DOMAIN), hash, created, Role.HELPLINE_STAFF);
            }
            for (int n = 1; n <= cohorts * TRAINEES_PER_COHORT; n++) {
                int startYear = ScaleTraining.startYear((n - 1) / TRAINEES_PER_COHORT, cohorts);
                context.trainees.add(add(accounts, roles, random, trainee(n), hash,
                        LocalDateTime.of(startYear, 7, 1, 16, 0), Role.TRAINEE));
            }
        }
        context.log.end();
    }

    private long add(BulkInsert accounts, BulkInsert roles, Random random, String email, String hash,
                     LocalDateTime created, Role role) throws SQLException {
        long id = context.nextId("account");
        accounts.row(id, email, ScaleContext.pick(random, FIRST), ScaleContext.pick(random, LAST), hash,
                random.nextInt(3) == 0 ? "es" : "en", created);
        roles.row(id, role);
        return id;
    }
}
