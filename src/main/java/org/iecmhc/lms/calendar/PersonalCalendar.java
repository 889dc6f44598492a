package org.iecmhc.lms.calendar;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.platform.persistence.SqlRead;
import org.iecmhc.lms.platform.persistence.UnionAll;
import org.iecmhc.lms.platform.time.PacificTime;

/**
 * A person's calendar: the meetings every {@link CalendarSource} knows of, read in one statement and merged in time
 * order, and the secret address of their iCalendar feed.
 */
@ApplicationScoped
public class PersonalCalendar {

    static final int UPCOMING_DAYS = 14;
    static final int UPCOMING_MAX = 10;
    static final int WEEK_DAYS = 7;
    static final int FEED_DAYS_BACK = 30;
    static final int FEED_DAYS_AHEAD = 365;
    private static final int TOKEN_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();
    /** The part and the columns of {@link CalendarSource.Row}. */
    private static final int COLUMNS = 10;

    private Instance<CalendarSource> sources;
    private EntityManager em;
    private Clock clock;

    protected PersonalCalendar() {
    }

    @Inject
    public PersonalCalendar(@Any Instance<CalendarSource> sources, EntityManager em, Clock clock) {
        this.sources = sources;
        this.em = em;
        this.clock = clock;
    }

    /** Every source's entries of those days in one statement, in time order. */
    public List<CalendarEntry> entries(long accountId, Locale locale, LocalDate from, LocalDate to) {
        return read(accountId, locale, from, to).from(em);
    }

    /** The entries of those days as a read not sent yet. */
    private SqlRead<List<CalendarEntry>> read(long accountId, Locale locale, LocalDate from, LocalDate to) {
        List<CalendarSource> all = new ArrayList<>();
        UnionAll union = new UnionAll();
        for (CalendarSource source : sources) {
            CalendarSource.Select query = source.rowsFor(accountId, from, to);
            union.add(query.select(), query.parameters());
            all.add(source);
        }
        Function<List<Object[]>, List<CalendarEntry>> entries = rows -> entriesOf(all, rows, locale, from, to);
        return all.isEmpty() ? SqlRead.none(entries) : union.read(COLUMNS, entries, "%s");
    }

    private static List<CalendarEntry> entriesOf(List<CalendarSource> sources, List<Object[]> rows, Locale locale,
                                                 LocalDate from, LocalDate to) {
        List<CalendarEntry> entries = new ArrayList<>();
        for (Object[] r : rows) {
            CalendarSource.Row row = new CalendarSource.Row(((Number) r[1]).longValue(), longOrNull(r[2]),
                    ((Number) r[3]).intValue() != 0, (String) r[4], (String) r[5], (String) r[6],
                    UnionAll.time(r[7]), UnionAll.time(r[8]), r[9] == null ? null : ((Number) r[9]).intValue());
            entries.addAll(sources.get(UnionAll.part(r)).entries(row, locale, from, to));
        }
        entries.sort(Comparator.comparing(CalendarEntry::start).thenComparing(CalendarEntry::uid));
        return entries;
    }

    private static Long longOrNull(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    /** The next meetings from now: those of the coming fourteen days, at most ten. */
    public List<CalendarEntry> upcoming(long accountId, Locale locale) {
        LocalDateTime now = nowInCalifornia();
        return upcoming(entries(accountId, locale, now.toLocalDate(), now.toLocalDate().plusDays(UPCOMING_DAYS)), now);
    }

    /**
     * The sessions and meetings of the seven days from today not over yet, all of them: a trainee's week at a glance
     * (due dates stay out: the to-do list holds them). A read not sent yet: the home page sends it with its other
     * reads.
     */
    public SqlRead<List<CalendarEntry>> meetingsThisWeek(long accountId, Locale locale) {
        LocalDateTime now = nowInCalifornia();
        return read(accountId, locale, now.toLocalDate(), now.toLocalDate().plusDays(WEEK_DAYS - 1L))
                .map(entries -> notOver(entries, now).stream()
                        .filter(entry -> entry.kind() != CalendarKind.ASSIGNMENT_DUE).toList());
    }

    static List<CalendarEntry> notOver(List<CalendarEntry> entries, LocalDateTime now) {
        return entries.stream().filter(e -> e.end().isAfter(now)).toList();
    }

    /** Of entries in time order, those not over yet, at most ten: a meeting under way is still worth a click. */
    static List<CalendarEntry> upcoming(List<CalendarEntry> entries, LocalDateTime now) {
        return notOver(entries, now).stream().limit(UPCOMING_MAX).toList();
    }

    /** What a feed holds: the last month, so a calendar program keeps recent meetings, and the year ahead. */
    public List<CalendarEntry> feedEntries(long accountId, Locale locale) {
        LocalDate today = nowInCalifornia().toLocalDate();
        return entries(accountId, locale, today.minusDays(FEED_DAYS_BACK), today.plusDays(FEED_DAYS_AHEAD));
    }

    /** The person's feed token, made on first use. */
    @Transactional
    public String feedToken(long accountId) {
        return feedOf(accountId).map(CalendarFeed::getToken).orElseGet(() -> {
            CalendarFeed feed = new CalendarFeed(em.find(Account.class, accountId), newToken(), nowUtc());
            em.persist(feed);
            return feed.getToken();
        });
    }

    /** A new token: the old address stops working at once. */
    @Transactional
    public String resetFeedToken(long accountId) {
        Optional<CalendarFeed> feed = feedOf(accountId);
        if (feed.isEmpty()) {
            return feedToken(accountId);
        }
        feed.get().replace(newToken(), nowUtc());
        return feed.get().getToken();
    }

    /**
     * The account whose feed has this token, if the token is current and the account may still sign in: a
     * deactivated or anonymised person's feed stops answering with them.
     */
    public Optional<Account> feedOwner(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return em.createQuery("select f.account from CalendarFeed f where f.token = :token and f.account.active = true",
                        Account.class)
                .setParameter("token", token).getResultStream().findFirst();
    }

    private Optional<CalendarFeed> feedOf(long accountId) {
        return em.createQuery("select f from CalendarFeed f where f.account.id = :account", CalendarFeed.class)
                .setParameter("account", accountId).getResultStream().findFirst();
    }

    private static String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private LocalDateTime nowInCalifornia() {
        return PacificTime.fromUtc(nowUtc());
    }

    private LocalDateTime nowUtc() {
        return PacificTime.nowUtc(clock);
    }
}
