package org.iecmhc.lms.cohort;

import java.util.Optional;

import org.iecmhc.lms.platform.text.Codes;

/** The language a cohort is taught in; {@link #code()} is what the API and forms use. */
public enum InstructionLanguage {
    EN("en"), ES("es"), BILINGUAL("bilingual");

    private final String code;

    InstructionLanguage(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public String messageKey() {
        return "cohort.language." + code;
    }

    public static Optional<InstructionLanguage> fromCode(String code) {
        return Codes.find(values(), InstructionLanguage::code, code);
    }
}
