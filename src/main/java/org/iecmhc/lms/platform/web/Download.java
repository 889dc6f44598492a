package org.iecmhc.lms.platform.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

/**
 * A file answered as an attachment the browser saves: stored uploads and generated documents alike, so that an
 * uploaded page or script never runs on our address; only a checked PDF or image may be shown in a page. The name is sent encoded, so any name is safe in
 * the header.
 */
public final class Download {

    private Download() {
    }

    /**
     * The record a download address names, a whole number from 1 that fits a long: empty when the parameter is
     * missing or anything else, which no record can be.
     */
    public static Optional<Long> id(String parameter) {
        try {
            return Optional.of(Long.parseLong(parameter)).filter(id -> id > 0);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Sends a document made for this request. */
    public static void send(HttpServletResponse response, String contentType, String fileName, byte[] content)
            throws IOException {
        headers(response, contentType, content.length, fileName);
        response.getOutputStream().write(content);
    }

    /** Sends a stored file of the given size, streamed rather than read into memory. */
    public static void send(HttpServletResponse response, String contentType, String fileName, long size,
                            InputStream content) throws IOException {
        headers(response, contentType, size, fileName);
        try (content) {
            content.transferTo(response.getOutputStream());
        }
    }

    /**
     * Starts a document written while it is read from the database, of a size not known beforehand: the caller writes
     * it to the stream returned, a part at a time, so a long one never lies whole in memory.
     */
    public static OutputStream stream(HttpServletResponse response, String contentType, String fileName)
            throws IOException {
        headers(response, contentType, -1, fileName, "attachment");
        return response.getOutputStream();
    }

    /**
     * Sends a stored file for the browser to show in a page, streamed: only for a type whose content was checked at
     * upload and that runs no script ({@code FileType.showsInline}); the caller decides that and who may read it.
     */
    public static void show(HttpServletResponse response, String contentType, String fileName, long size,
                            InputStream content) throws IOException {
        headers(response, contentType, size, fileName, "inline");
        response.setHeader(SecurityHeaders.POLICY, SecurityHeaders.SHOWN_FILE);
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        try (content) {
            content.transferTo(response.getOutputStream());
        }
    }

    private static void headers(HttpServletResponse response, String contentType, long size, String fileName) {
        headers(response, contentType, size, fileName, "attachment");
    }

    private static void headers(HttpServletResponse response, String contentType, long size, String fileName,
                                String disposition) {
        response.setContentType(contentType);
        if (size >= 0) {
            response.setContentLengthLong(size);
        }
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Disposition", disposition + "; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"));
    }
}
