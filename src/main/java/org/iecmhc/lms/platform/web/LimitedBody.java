package org.iecmhc.lms.platform.web;

import java.io.IOException;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * A request whose body is sent without a length (chunked): it is read only up to the limit, past which reading fails
 * with {@link TooLarge}, which the API answers with 413 like a body announced too large.
 */
public final class LimitedBody extends HttpServletRequestWrapper {

    private final long limit;
    private ServletInputStream limited;

    LimitedBody(HttpServletRequest request, long limit) {
        super(request);
        this.limit = limit;
    }

    /** Reading went past the limit. */
    public static final class TooLarge extends IOException {
        TooLarge() {
            super(ApiRequestGuard.TOO_LARGE);
        }
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
        if (limited == null) {
            limited = new Counting(super.getInputStream(), limit);
        }
        return limited;
    }

    private static final class Counting extends ServletInputStream {

        private final ServletInputStream body;
        private final long limit;
        private long read;

        Counting(ServletInputStream body, long limit) {
            this.body = body;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = body.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = body.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws TooLarge {
            read += n;
            if (read > limit) {
                throw new TooLarge();
            }
        }

        @Override
        public boolean isFinished() {
            return body.isFinished();
        }

        @Override
        public boolean isReady() {
            return body.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            body.setReadListener(listener);
        }
    }
}
