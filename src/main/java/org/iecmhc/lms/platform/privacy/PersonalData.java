package org.iecmhc.lms.platform.privacy;

import java.util.List;

import jakarta.json.JsonValue;
import org.iecmhc.lms.platform.files.StoredFile;

/**
 * A feature's part in the privacy contract: it hands over everything it stores about one person for an export,
 * and erases what identifies a withdrawn trainee while keeping what the aggregate figures count. Every feature
 * that stores records about a person implements it as an application-scoped bean; the privacy feature finds all
 * of them, so a feature merged later is covered by implementing this interface, nothing else.
 */
public interface PersonalData {

    /** The name of this feature's section in an export, e.g. {@code "enrollments"}; unique across features. */
    String section();

    /** Everything this feature stores about the person (never another person's data), as JSON. */
    JsonValue export(DataSubject person);

    /** The files the person uploaded that this feature keeps, to go into an export beside the JSON. */
    default List<StoredFile> uploads(DataSubject person) {
        return List.of();
    }

    /**
     * Erases, inside the caller's transaction, the free text, contact data and files this feature holds about a
     * withdrawn trainee, keeping the rows and codes that figures are counted from. Features that never hold
     * anything about a trainee (the service tiers record consultants' work) keep this default.
     */
    default void anonymise(DataSubject person) {
    }

    /**
     * Everything this feature holds about someone who has no account and is known only by the e-mail address they
     * gave (a provider who registered for an offering or answered a survey link), as JSON; null when this feature
     * never holds anything about such a person.
     */
    default JsonValue exportRegistrant(String email) {
        return null;
    }

    /**
     * Erases, inside the caller's transaction, what identifies that person in this feature's records (name, address,
     * free text), keeping the rows and answers the figures count. Each feature finds the person's records by the
     * address it stores itself, so the order in which features erase does not matter.
     */
    default void eraseRegistrant(String email) {
    }
}
