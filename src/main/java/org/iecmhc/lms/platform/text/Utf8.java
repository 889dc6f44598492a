package org.iecmhc.lms.platform.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.iecmhc.lms.platform.errors.InputRejected;

/**
 * Reads an uploaded file as UTF-8, refusing any other encoding: decoded leniently, a spreadsheet saved as Latin-1
 * or Windows-1252 had every accented letter stored as the replacement character, with nobody told.
 */
public final class Utf8 {

    public static final String NOT_UTF8 = "import.notUtf8";

    private Utf8() {
    }

    /** The text of the file; throws {@link InputRejected} (field "file", {@link #NOT_UTF8}) when it is not UTF-8. */
    public static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            throw new InputRejected("file", NOT_UTF8);
        }
    }
}
