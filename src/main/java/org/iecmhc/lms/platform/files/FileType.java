package org.iecmhc.lms.platform.files;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file people may upload. A file is accepted only when its extension names one of these and its
 * first bytes look like it: a renamed executable or script is refused whatever its name says.
 */
public enum FileType {
    PDF("application/pdf", List.of("pdf")),
    WORD("application/vnd.openxmlformats-officedocument.wordprocessingml.document", List.of("docx")),
    PNG("image/png", List.of("png")),
    JPEG("image/jpeg", List.of("jpg", "jpeg")),
    TEXT("text/plain", List.of("txt"));

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP_MAGIC = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private final String contentType;
    private final List<String> extensions;

    FileType(String contentType, List<String> extensions) {
        this.contentType = contentType;
        this.extensions = extensions;
    }

    public String contentType() {
        return contentType;
    }

    public static Optional<FileType> byName(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(type -> type.extensions.contains(extension)).findFirst();
    }

    /** The type a stored file was accepted as, by the content type recorded with it. */
    public static Optional<FileType> byContentType(String contentType) {
        return Arrays.stream(values()).filter(type -> type.contentType.equals(contentType)).findFirst();
    }

    /**
     * Whether a browser may show a stored file of this type in a page (a grader reading a PDF or a photo without
     * saving it): types whose signature was checked at upload and that run no script on our address.
     */
    public boolean showsInline() {
        return this == PDF || this == PNG || this == JPEG;
    }

    /** Whether the start of the file (up to a few kilobytes) has this type's signature. */
    public boolean matches(byte[] head, int length) {
        return switch (this) {
            case PDF -> startsWith(head, length, PDF_MAGIC);
            case WORD -> startsWith(head, length, ZIP_MAGIC);
            case PNG -> startsWith(head, length, PNG_MAGIC);
            case JPEG -> startsWith(head, length, JPEG_MAGIC);
            case TEXT -> isText(head, length);
        };
    }

    private static boolean startsWith(byte[] head, int length, byte[] magic) {
        return length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }

    /** Plain text is valid UTF-8 without control bytes other than tab, line feed and carriage return. */
    private static boolean isText(byte[] head, int length) {
        for (int i = 0; i < length; i++) {
            int b = head[i] & 0xFF;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r') {
                return false;
            }
        }
        int end = length;
        // a multi-byte character may be cut at the end of the sample
        while (end > 0 && end > length - 4 && (head[end - 1] & 0xC0) == 0x80) {
            end--;
        }
        if (end > 0 && (head[end - 1] & 0x80) != 0) {
            end--;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(head, 0, end));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
