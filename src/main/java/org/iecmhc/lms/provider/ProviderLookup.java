package org.iecmhc.lms.provider;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.iecmhc.lms.platform.imports.ImportRow;
import org.iecmhc.lms.platform.text.TypedText;

/**
 * The registry's providers by licence number and by name (case and spacing aside), read once for an import so that
 * its lines are matched without a query each. A name two providers share matches neither: the licence number tells
 * them apart.
 */
public final class ProviderLookup {

    /** How a line's provider was matched: its id, or why it was not. */
    public enum Outcome { FOUND, UNKNOWN, AMBIGUOUS }

    public record Match(Outcome outcome, Long id) {
    }

    private static final Long SHARED_NAME = -1L;

    private final Map<String, Long> byLicense = new HashMap<>();
    private final Map<String, Long> byName = new HashMap<>();
    private final Map<Long, String> countyOf = new HashMap<>();

    /** Rows of id, name, licence number and county FIPS code. */
    ProviderLookup(List<Object[]> providers) {
        for (Object[] provider : providers) {
            Long id = (Long) provider[0];
            countyOf.put(id, (String) provider[3]);
            byName.merge(TypedText.lowerSingleSpaced((String) provider[1]), id, (one, other) -> SHARED_NAME);
            if (provider[2] != null) {
                byLicense.put(TypedText.lowerSingleSpaced((String) provider[2]), id);
            }
        }
    }

    public Match find(String text) {
        String key = TypedText.lowerSingleSpaced(text);
        Long id = Optional.ofNullable(byLicense.get(key)).orElse(byName.get(key));
        if (id == null) {
            return new Match(Outcome.UNKNOWN, null);
        }
        return SHARED_NAME.equals(id) ? new Match(Outcome.AMBIGUOUS, null) : new Match(Outcome.FOUND, id);
    }

    /**
     * The provider an import line may name in the column: its id; null when the column is empty, or when no provider
     * or several match, which is reported at the line.
     */
    public Long onLine(ImportRow row, String column) {
        return row.isBlank(column) ? null : read(row, column);
    }

    /**
     * The provider an import line must name in this column, or null with the line's problem reported: an empty
     * column, a provider unknown to the registry, or a name several share.
     */
    public Long read(ImportRow row, String column) {
        Match match = find(row.raw(column));
        switch (match.outcome()) {
            case UNKNOWN -> row.problem("history.provider.unknown", row.raw(column));
            case AMBIGUOUS -> row.problem("history.provider.ambiguous", row.raw(column));
            default -> {
                return match.id();
            }
        }
        return null;
    }

    /** The FIPS code of the county a provider found here is registered in. */
    public String countyFips(long id) {
        return countyOf.get(id);
    }
}
