package org.iecmhc.lms.platform.api;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What an access token may do: read, or read and write, in one area of the API ({@code program:read},
 * {@code hours:write}). Write includes read, since a client that may change records must be able to see them.
 * A call made with a password is not limited by scopes, only by the caller's roles.
 */
public record ApiScope(Area area, Access access) implements Serializable {

    /** The request attribute where the authentication mechanism leaves the scopes of a token call. */
    public static final String GRANTED = ApiScope.class.getName() + ".granted";

    /** The areas of the API; {@code ApiAreas} says which calls belong to which. */
    public enum Area {
        PROGRAM, HOURS, SERVICES, REPORTS, ACCOUNTS;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public enum Access {
        READ, WRITE;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Every scope, in the order pages and documents list them. */
    public static List<ApiScope> all() {
        return Arrays.stream(Area.values())
                .flatMap(area -> Arrays.stream(Access.values()).map(access -> new ApiScope(area, access))).toList();
    }

    /** {@code program:read}: how scopes are typed, stored and answered. */
    public String code() {
        return area.code() + ":" + access.code();
    }

    /** Whether a token holding these scopes may make a call that needs this one. */
    public boolean isGrantedBy(Collection<ApiScope> granted) {
        return granted.contains(this) || access == Access.READ && granted.contains(new ApiScope(area, Access.WRITE));
    }

    /** The scope of a code such as {@code hours:write}, case and surrounding space aside; empty for anything else. */
    public static Optional<ApiScope> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.trim();
        return all().stream().filter(scope -> scope.code().equalsIgnoreCase(wanted)).findFirst();
    }

    /** Scopes as one stored text, in a fixed order: {@code program:read hours:write}. */
    public static String format(Collection<ApiScope> scopes) {
        return all().stream().filter(scopes::contains).map(ApiScope::code).collect(Collectors.joining(" "));
    }

    /** The scopes of a stored text; codes that are no scope (none are ever stored) open nothing. */
    public static Set<ApiScope> parse(String stored) {
        Set<ApiScope> scopes = new LinkedHashSet<>();
        if (stored != null) {
            for (String code : stored.split(" ")) {
                fromCode(code).ifPresent(scopes::add);
            }
        }
        return scopes;
    }
}
