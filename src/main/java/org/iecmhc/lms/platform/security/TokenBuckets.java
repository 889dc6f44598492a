package org.iecmhc.lms.platform.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A token bucket per client key: each holds at most {@code burst} tokens and gains {@code perMinute} tokens a
 * minute; a request takes one or is refused with the seconds until the next token. In memory, per instance:
 * behind a load balancer with several instances a client gets at most that many times the limit, which is
 * enough to stop floods and password guessing.
 */
public final class TokenBuckets {

    /** Past this many clients, full (idle) buckets are forgotten: a full bucket is the same as no bucket. */
    private static final int FORGET_IDLE_ABOVE = 10_000;
    private static final long NANOS_PER_MINUTE = 60_000_000_000L;

    private final int burst;
    private final double tokensPerNano;
    private final LongSupplier nanoTime;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public TokenBuckets(int burst, int perMinute, LongSupplier nanoTime) {
        if (burst < 1 || perMinute < 1) {
            throw new IllegalArgumentException("A rate limit needs a burst and a rate of at least 1");
        }
        this.burst = burst;
        this.tokensPerNano = (double) perMinute / NANOS_PER_MINUTE;
        this.nanoTime = nanoTime;
    }

    public TokenBuckets(int burst, int perMinute) {
        this(burst, perMinute, System::nanoTime);
    }

    /**
     * The buckets of one of the settings' limits: {@code lms.rate-limit.<limit>.burst} and
     * {@code lms.rate-limit.<limit>.per-minute}, each the default given when not set.
     */
    public static TokenBuckets configured(String limit, int defaultBurst, int defaultPerMinute) {
        Config config = ConfigProvider.getConfig(TokenBuckets.class.getClassLoader());
        String prefix = "lms.rate-limit." + limit;
        return new TokenBuckets(config.getOptionalValue(prefix + ".burst", Integer.class).orElse(defaultBurst),
                config.getOptionalValue(prefix + ".per-minute", Integer.class).orElse(defaultPerMinute));
    }

    /** Takes a token for this client; answers 0 when the request may go ahead, else the seconds to wait. */
    public long take(String key) {
        long now = nanoTime.getAsLong();
        forgetIdleBuckets(now);
        return buckets.computeIfAbsent(key, k -> new Bucket(burst, now)).take(now);
    }

    /** Seconds until this client has a token again, without taking one (0: it has one now). */
    public long waitFor(String key) {
        Bucket bucket = buckets.get(key);
        return bucket == null ? 0 : bucket.waitFor(nanoTime.getAsLong());
    }

    private void forgetIdleBuckets(long now) {
        if (buckets.size() > FORGET_IDLE_ABOVE) {
            buckets.values().removeIf(bucket -> bucket.isFull(now));
        }
    }

    private final class Bucket {
        private double tokens;
        private long updatedAt;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.updatedAt = now;
        }

        synchronized long take(long now) {
            refill(now);
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return secondsUntilOneToken();
        }

        synchronized long waitFor(long now) {
            refill(now);
            return tokens >= 1 ? 0 : secondsUntilOneToken();
        }

        synchronized boolean isFull(long now) {
            refill(now);
            return tokens >= burst;
        }

        private void refill(long now) {
            tokens = Math.min(burst, tokens + (now - updatedAt) * tokensPerNano);
            updatedAt = now;
        }

        private long secondsUntilOneToken() {
            double nanos = (1 - tokens) / tokensPerNano;
            return Math.max(1, (long) Math.ceil(nanos / 1_000_000_000d));
        }
    }
}
