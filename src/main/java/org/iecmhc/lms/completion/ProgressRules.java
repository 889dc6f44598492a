package org.iecmhc.lms.completion;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.iecmhc.lms.cohort.CompletionRequirements;
import org.iecmhc.lms.cohort.EnrollmentStatus;

/**
 * What counts toward completion, in one place. Only earned credits count; pending ones are shown beside them.
 * Requirements are the cohort's as they are at computation time, so a change mid-year moves everyone's progress
 * (a certificate keeps the figures it was issued with). Courses: a trainee must pass every course the course source
 * lists for them, one credit per required course, so the number required is the number of their course credits.
 */
public final class ProgressRules {

    /**
     * Percentage points a trainee may trail the cohort's calendar before counting as behind: halfway through the
     * year, 40 % overall is on track and 39 % is behind. Records arrive in bursts (a month's logs approved at once),
     * so a strict comparison would flag nearly everyone now and then.
     */
    public static final int BEHIND_TOLERANCE = 10;

    private static final BigDecimal MINUTES_PER_HOUR = BigDecimal.valueOf(60);

    private ProgressRules() {
    }

    public static List<Progress> compute(CohortTerms terms, List<Member> members, List<Credit> credits, LocalDate today) {
        Map<Long, List<Credit>> byTrainee = new HashMap<>();
        credits.forEach(c -> byTrainee.computeIfAbsent(c.traineeId(), k -> new ArrayList<>()).add(c));
        int expected = expectedPercent(terms, today);
        List<Progress> progress = new ArrayList<>();
        for (Member member : members) {
            progress.add(of(member, terms.requirements(), byTrainee.getOrDefault(member.traineeId(), List.of()), expected,
                    today));
        }
        return progress;
    }

    /** The share of the cohort's time gone by today, in percent: 0 before it starts, 100 once it has ended. */
    static int expectedPercent(CohortTerms terms, LocalDate today) {
        if (!today.isAfter(terms.startDate())) {
            return 0;
        }
        if (!today.isBefore(terms.endDate())) {
            return 100;
        }
        long total = ChronoUnit.DAYS.between(terms.startDate(), terms.endDate());
        return (int) (ChronoUnit.DAYS.between(terms.startDate(), today) * 100 / total);
    }

    /**
     * A pending session or meeting dated after today has not happened yet: it is scheduled, not awaiting anyone's
     * approval. A course's credit is dated by the course's last day, so an ungraded course stays pending.
     */
    private static Progress of(Member member, CompletionRequirements requirements, List<Credit> credits, int expected,
                               LocalDate today) {
        Map<CreditKind, BigDecimal> earned = new EnumMap<>(CreditKind.class);
        Map<CreditKind, BigDecimal> pending = new EnumMap<>(CreditKind.class);
        Map<CreditKind, BigDecimal> scheduled = new EnumMap<>(CreditKind.class);
        int courses = 0;
        for (Credit credit : credits) {
            if (credit.kind() == CreditKind.COURSES_PASSED) {
                courses++;
            }
            if (credit.state() == CreditState.EARNED) {
                earned.merge(credit.kind(), BigDecimal.valueOf(credit.amount()), BigDecimal::add);
            } else if (credit.state() == CreditState.PENDING && credit.date().isAfter(today)
                    && credit.kind() != CreditKind.COURSES_PASSED) {
                scheduled.merge(credit.kind(), BigDecimal.valueOf(credit.amount()), BigDecimal::add);
            } else if (credit.state() == CreditState.PENDING) {
                pending.merge(credit.kind(), BigDecimal.valueOf(credit.amount()), BigDecimal::add);
            }
        }
        Map<CreditKind, Figure> figures = new EnumMap<>(CreditKind.class);
        Amounts amounts = new Amounts(earned, pending, scheduled);
        figures.put(CreditKind.SUPERVISION_MINUTES, hours(CreditKind.SUPERVISION_MINUTES, amounts,
                requirements.getSupervisionHours()));
        figures.put(CreditKind.COP_MEETINGS, count(CreditKind.COP_MEETINGS, amounts,
                BigDecimal.valueOf(requirements.getCopMeetings())));
        figures.put(CreditKind.PRACTICUM_MINUTES, hours(CreditKind.PRACTICUM_MINUTES, amounts,
                requirements.getPracticumHours()));
        figures.put(CreditKind.COURSES_PASSED, count(CreditKind.COURSES_PASSED, amounts, BigDecimal.valueOf(courses)));
        figures.put(CreditKind.FINAL_EVALUATION, finalEvaluation(amounts, requirements.isFinalEvaluationRequired()));

        List<CreditKind> missing = figures.values().stream().filter(f -> !f.met()).map(Figure::kind).toList();
        List<Figure> required = figures.values().stream().filter(Figure::isRequired).toList();
        int overall = required.isEmpty() ? 100 : (int) (required.stream().mapToInt(Figure::percent).sum() / required.size());
        LocalDate metOn = missing.isEmpty() ? lastMetOn(required, credits) : null;
        return new Progress(member, figures, overall, status(member.status(), missing.isEmpty(), overall, expected),
                missing, null, metOn);
    }

    /**
     * The day the last requirement was met: for each one, the date of the earned record that brought its total to
     * what is required (courses: the last course passed). Null when nothing is required.
     */
    private static LocalDate lastMetOn(List<Figure> required, List<Credit> credits) {
        LocalDate last = null;
        for (Figure figure : required) {
            LocalDate metOn = metOn(figure, credits.stream()
                    .filter(c -> c.kind() == figure.kind() && c.state() == CreditState.EARNED)
                    .sorted(Comparator.comparing(Credit::date)).toList());
            if (metOn != null && (last == null || metOn.isAfter(last))) {
                last = metOn;
            }
        }
        return last;
    }

    private static LocalDate metOn(Figure figure, List<Credit> earnedByDate) {
        if (earnedByDate.isEmpty()) {
            return null;
        }
        if (figure.kind() == CreditKind.COURSES_PASSED) {
            return earnedByDate.get(earnedByDate.size() - 1).date();
        }
        BigDecimal needed = figure.isHours() ? figure.required().multiply(MINUTES_PER_HOUR) : figure.required();
        BigDecimal total = BigDecimal.ZERO;
        for (Credit credit : earnedByDate) {
            total = total.add(BigDecimal.valueOf(credit.amount()));
            if (total.compareTo(needed) >= 0) {
                return credit.date();
            }
        }
        return earnedByDate.get(earnedByDate.size() - 1).date();
    }

    private static ProgressStatus status(EnrollmentStatus enrollment, boolean allMet, int overall, int expected) {
        return switch (enrollment) {
            case WITHDRAWN -> ProgressStatus.WITHDRAWN;
            case COMPLETED -> ProgressStatus.COMPLETED;
            case NOT_COMPLETED -> ProgressStatus.NOT_COMPLETED;
            case ENROLLED, APPLIED -> {
                if (allMet && enrollment == EnrollmentStatus.ENROLLED) {
                    yield ProgressStatus.ELIGIBLE;
                }
                yield overall < expected - BEHIND_TOLERANCE ? ProgressStatus.BEHIND : ProgressStatus.ON_TRACK;
            }
        };
    }

    /** Each kind's sums of earned, pending and scheduled records. */
    private record Amounts(Map<CreditKind, BigDecimal> earned, Map<CreditKind, BigDecimal> pending,
                           Map<CreditKind, BigDecimal> scheduled) {

        BigDecimal earned(CreditKind kind) {
            return earned.getOrDefault(kind, BigDecimal.ZERO);
        }

        BigDecimal pending(CreditKind kind) {
            return pending.getOrDefault(kind, BigDecimal.ZERO);
        }

        BigDecimal scheduled(CreditKind kind) {
            return scheduled.getOrDefault(kind, BigDecimal.ZERO);
        }
    }

    private static Figure hours(CreditKind kind, Amounts amounts, BigDecimal requiredHours) {
        return Figure.of(kind, inHours(amounts.earned(kind)), inHours(amounts.pending(kind)),
                inHours(amounts.scheduled(kind)), requiredHours);
    }

    private static BigDecimal inHours(BigDecimal minutes) {
        return minutes.divide(MINUTES_PER_HOUR, MathContext.DECIMAL64);
    }

    private static Figure count(CreditKind kind, Amounts amounts, BigDecimal required) {
        return Figure.of(kind, amounts.earned(kind), amounts.pending(kind), amounts.scheduled(kind), required);
    }

    /** One submitted evaluation is all there is to it; a second one adds nothing. */
    private static Figure finalEvaluation(Amounts amounts, boolean required) {
        BigDecimal done = amounts.earned(CreditKind.FINAL_EVALUATION).min(BigDecimal.ONE);
        BigDecimal waiting = done.signum() > 0 ? BigDecimal.ZERO
                : amounts.pending(CreditKind.FINAL_EVALUATION).min(BigDecimal.ONE);
        return Figure.of(CreditKind.FINAL_EVALUATION, done, waiting, BigDecimal.ZERO,
                required ? BigDecimal.ONE : BigDecimal.ZERO);
    }
}
