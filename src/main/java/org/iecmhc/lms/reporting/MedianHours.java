package org.iecmhc.lms.reporting;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.iecmhc.lms.completion.Credit;
import org.iecmhc.lms.completion.CreditKind;
import org.iecmhc.lms.completion.CreditState;

/**
 * The median trainee of a cohort for each kind of credit: earned credits only, summed per trainee, and a trainee
 * without any credit of a kind counts as zero of it (the median is of the cohort, not of those who have started).
 */
public final class MedianHours {

    /** The kinds the completion report shows: two in hours and Community of Practice meetings as a count. */
    public static final List<CreditKind> SHOWN = List.of(CreditKind.SUPERVISION_MINUTES, CreditKind.PRACTICUM_MINUTES,
            CreditKind.COP_MEETINGS);

    private static final double MINUTES_PER_HOUR = 60.0;

    private MedianHours() {
    }

    /** Per kind, the median in hours for the minute kinds and as a count otherwise; null without any trainee. */
    public static Map<CreditKind, Double> of(Collection<Credit> credits, Collection<Long> traineeIds) {
        Map<CreditKind, Map<Long, Long>> earned = new EnumMap<>(CreditKind.class);
        for (Credit credit : credits) {
            if (credit.state() == CreditState.EARNED && traineeIds.contains(credit.traineeId())) {
                earned.computeIfAbsent(credit.kind(), k -> new HashMap<>()).merge(credit.traineeId(), (long) credit.amount(), Long::sum);
            }
        }
        Map<CreditKind, Double> medians = new EnumMap<>(CreditKind.class);
        for (CreditKind kind : SHOWN) {
            Map<Long, Long> byTrainee = earned.getOrDefault(kind, Map.of());
            List<Double> amounts = new ArrayList<>();
            for (Long trainee : traineeIds) {
                long amount = byTrainee.getOrDefault(trainee, 0L);
                amounts.add(kind.name().endsWith("_MINUTES") ? amount / MINUTES_PER_HOUR : amount);
            }
            medians.put(kind, median(amounts));
        }
        return medians;
    }

    static Double median(List<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        double median = sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
        return Math.round(median * 10) / 10.0;
    }
}
