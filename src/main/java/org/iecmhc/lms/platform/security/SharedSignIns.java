package org.iecmhc.lms.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Who is signed in, shared by the instances of a cluster so that a person stays signed in when their instance is
 * lost. The HTTP session stays in the memory of its instance and is never serialised (web.xml has no
 * {@code <distributable/>}: replicating it cost half of Payara's CPU, see docs/performance.md); only this small
 * entry is: the caller, their roles, the security stamp of their sign-in and their language, in Payara's data grid,
 * found by the SHA-256 of a random token that the browser keeps in a cookie of its own. It is written at sign-in,
 * at a change of language or of one's own password and every few minutes while the session is used, never at every
 * request; sign-out and a changed security stamp delete it, and it expires with the session's timeout; an instance that meets the token without a session of its own starts one from it, and the security stamp
 * check then runs as for any session, so a right removed meanwhile counts. Without a data grid (a single instance
 * started with {@code --nocluster}) nothing is shared and sessions work as before.
 */
@ApplicationScoped
public class SharedSignIns {

    /** The cookie that holds the token; the balancer may route by it (config/nginx-lms.conf). */
    public static final String COOKIE = "lms_sign_in";
    /** The session attribute holding the language of a session started from a shared sign-in. */
    public static final String LANGUAGE = SharedSignIns.class.getName() + ".language";
    private static final String KEY = SharedSignIns.class.getName() + ".key";
    private static final String REFRESHED = SharedSignIns.class.getName() + ".refreshed";
    private static final String MAP = "lms-sign-ins";
    /**
     * How often a session in use renews its shared entry. The entry lasts the session's timeout from its last
     * renewal, so it never outlives the session (no sign-in lasts longer for being shared); after the loss of an
     * instance, a person idle for more than the timeout minus this must sign in again.
     */
    private static final Duration REFRESH = Duration.ofMinutes(5);
    private static final String GRID = "payara/Hazelcast";
    private static final Logger LOG = Logger.getLogger(SharedSignIns.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    private volatile Optional<IMap<String, String>> entries;

    /** Shares a sign-in that just succeeded in this request's (new) session and gives the browser its token. */
    void remember(HttpServletRequest request, HttpServletResponse response, SignedInCaller caller) {
        Optional<IMap<String, String>> map = entries();
        if (map.isEmpty()) {
            return;
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        HttpSession session = request.getSession();
        String key = keyOf(token);
        session.setAttribute(KEY, key);
        write(map.get(), session, key, new Entry(caller, null));
        response.addCookie(cookie(request, token, -1));
    }

    /**
     * The sign-in behind the request's token when this instance has no session for it (its instance was lost, or
     * the balancer moved the person): a new session starts from it. Empty, and the cookie is dropped, when the
     * token is unknown or expired.
     */
    Optional<SignedInCaller> restore(HttpServletRequest request, HttpServletResponse response) {
        Optional<String> token = token(request);
        Optional<IMap<String, String>> map = entries();
        if (token.isEmpty() || map.isEmpty()) {
            return Optional.empty();
        }
        String key = keyOf(token.get());
        Optional<Entry> entry = read(map.get(), key);
        if (entry.isEmpty()) {
            response.addCookie(cookie(request, "", 0));
            return Optional.empty();
        }
        HttpSession session = request.getSession(true);
        session.setAttribute(SignedInCaller.SESSION_KEY, entry.get().caller());
        session.setAttribute(KEY, key);
        session.setAttribute(REFRESHED, System.currentTimeMillis());
        if (entry.get().language() != null) {
            session.setAttribute(LANGUAGE, entry.get().language());
        }
        return Optional.of(entry.get().caller());
    }

    /** Keeps a session's shared entry alive while it is used: one write every few minutes, not per request. */
    void keepAlive(HttpSession session) {
        if (session.getAttribute(KEY) instanceof String key && session.getAttribute(REFRESHED) instanceof Long last
                && System.currentTimeMillis() - last > REFRESH.toMillis()
                && session.getAttribute(SignedInCaller.SESSION_KEY) instanceof SignedInCaller caller) {
            entries().ifPresent(map -> write(map, session, key,
                    new Entry(caller, (String) session.getAttribute(LANGUAGE))));
        }
    }

    /**
     * Keeps this session signed in after a change the person made themselves (their own new password), which
     * raised the stamp to end their other sessions only; the shared entry takes the new stamp too.
     */
    public void keepAfterOwnChange(HttpSession session, long newStamp) {
        if (session != null && session.getAttribute(SignedInCaller.SESSION_KEY) instanceof SignedInCaller caller) {
            SignedInCaller kept = new SignedInCaller(caller.name(), caller.groups(), newStamp);
            session.setAttribute(SignedInCaller.SESSION_KEY, kept);
            rewrite(session, kept);
        }
    }

    /** The language this session's person chose or signed in with, so that another instance shows the same. */
    public void languageChosen(HttpSession session, String languageCode) {
        if (session != null) {
            session.setAttribute(LANGUAGE, languageCode);
            if (session.getAttribute(SignedInCaller.SESSION_KEY) instanceof SignedInCaller caller) {
                rewrite(session, caller);
            }
        }
    }

    /** Ends the shared sign-in of this request (sign-out, or rights that changed) and drops the browser's token. */
    void forget(HttpServletRequest request, HttpServletResponse response) {
        HttpSession session = request.getSession(false);
        Optional<String> key = session != null && session.getAttribute(KEY) instanceof String stored
                ? Optional.of(stored) : token(request).map(SharedSignIns::keyOf);
        key.ifPresent(k -> entries().ifPresent(map -> delete(map, k)));
        if (session != null) {
            session.removeAttribute(KEY);
        }
        if (token(request).isPresent()) {
            response.addCookie(cookie(request, "", 0));
        }
    }

    private void rewrite(HttpSession session, SignedInCaller caller) {
        if (session.getAttribute(KEY) instanceof String key) {
            entries().ifPresent(map -> write(map, session, key,
                    new Entry(caller, (String) session.getAttribute(LANGUAGE))));
        }
    }

    /** A data grid in trouble (a member leaving, say) costs the person their sign-in elsewhere, never this request. */
    private static Optional<Entry> read(IMap<String, String> map, String key) {
        try {
            return Optional.ofNullable(map.get(key)).flatMap(Entry::parse);
        } catch (RuntimeException failure) {
            LOG.warning(() -> "Shared sign-in not read: " + failure);
            return Optional.empty();
        }
    }

    private static void write(IMap<String, String> map, HttpSession session, String key, Entry entry) {
        try {
            map.set(key, entry.format(), session.getMaxInactiveInterval(), TimeUnit.SECONDS);
            session.setAttribute(REFRESHED, System.currentTimeMillis());
        } catch (RuntimeException failure) {
            LOG.warning(() -> "Shared sign-in not written: " + failure);
        }
    }

    private static void delete(IMap<String, String> map, String key) {
        try {
            map.delete(key);
        } catch (RuntimeException failure) {
            LOG.warning(() -> "Shared sign-in not deleted (it expires with the session): " + failure);
        }
    }

    private Optional<IMap<String, String>> entries() {
        Optional<IMap<String, String>> found = entries;
        if (found == null) {
            found = lookUpGrid();
            entries = found;
        }
        return found;
    }

    private static Optional<IMap<String, String>> lookUpGrid() {
        try {
            if (new InitialContext().lookup(GRID) instanceof HazelcastInstance grid && grid.getLifecycleService().isRunning()) {
                return Optional.of(grid.getMap(MAP));
            }
        } catch (NamingException | RuntimeException | LinkageError none) {
            LOG.fine(() -> "No data grid (" + none + ")");
        }
        LOG.info("No data grid: sign-ins are kept by this instance only");
        return Optional.empty();
    }

    private static Optional<String> token(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? Optional.empty() : Arrays.stream(cookies)
                .filter(cookie -> COOKIE.equals(cookie.getName()) && !cookie.getValue().isEmpty())
                .map(Cookie::getValue).findFirst();
    }

    /** Like the session cookie: HttpOnly, SameSite=Lax, Secure where the session cookie is, gone with the browser. */
    private static Cookie cookie(HttpServletRequest request, String value, int maxAge) {
        Cookie cookie = new Cookie(COOKIE, value);
        String path = request.getContextPath();
        cookie.setPath(path.isEmpty() ? "/" : path);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure() || request.getServletContext().getSessionCookieConfig().isSecure());
        cookie.setAttribute("SameSite", "Lax");
        cookie.setMaxAge(maxAge);
        return cookie;
    }

    private static String keyOf(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The shared entry as one line of text, so that the data grid never needs the application's classes. */
    record Entry(SignedInCaller caller, String language) {

        private static final String SEPARATOR = "\t";

        String format() {
            return caller.stamp() + SEPARATOR + (language == null ? "" : language) + SEPARATOR
                    + String.join(",", caller.groups()) + SEPARATOR + caller.name();
        }

        static Optional<Entry> parse(String text) {
            String[] parts = text.split(SEPARATOR, 4);
            if (parts.length != 4) {
                return Optional.empty();
            }
            try {
                Set<String> groups = parts[2].isEmpty() ? Set.of()
                        : Arrays.stream(parts[2].split(",")).collect(Collectors.toUnmodifiableSet());
                return Optional.of(new Entry(new SignedInCaller(parts[3], groups, Long.parseLong(parts[0])),
                        parts[1].isEmpty() ? null : parts[1]));
            } catch (NumberFormatException malformed) {
                return Optional.empty();
            }
        }
    }
}
