package org.iecmhc.lms.cohort;

/** Self-reported languages spoken, with the codes the roster import and the reports use. */
public enum LanguageBackground {
    ENGLISH_ONLY, BILINGUAL_SPANISH, MULTILINGUAL_OTHER, DECLINED;

    public String messageKey() {
        return "demographics.language." + name();
    }
}
