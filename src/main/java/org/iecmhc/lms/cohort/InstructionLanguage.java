package org.iecmhc.lms.cohort;

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

    public static java.util.Optional<InstructionLanguage> fromCode(String code) {
        for (InstructionLanguage language : values()) {
            if (language.code.equalsIgnoreCase(code == null ? "" : code.trim())) {
                return java.util.Optional.of(language);
            }
        }
        return java.util.Optional.empty();
    }
}
