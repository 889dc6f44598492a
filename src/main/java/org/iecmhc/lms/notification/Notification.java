package org.iecmhc.lms.notification;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.iecmhc.lms.platform.i18n.Messages;
import org.iecmhc.lms.platform.persistence.GeneratedId;
import org.iecmhc.lms.platform.text.JsonText;

/**
 * One event for one person. It keeps the message key and its arguments rather than a text, so that it reads in the
 * language of whoever reads it, whenever that is. Not an audited record: it is itself a record of what the audited
 * changes caused. Times are UTC.
 */
@Entity
@Table(name = "notification")
public class Notification extends GeneratedId {

    /** Sizes of the V29 columns; the values come from the telling features' records, never typed here. */
    static final int ARGUMENTS = 4000;
    static final int LINK_PATH = 500;

    private long accountId;

    @Enumerated(EnumType.STRING)
    private NotificationKind kind;

    private String messageKey;
    private String arguments;
    private String linkPath;
    private LocalDateTime createdAt;
    private LocalDateTime readAt;
    private boolean digestDue;

    protected Notification() {
    }

    Notification(long accountId, NotificationKind kind, String messageKey, List<String> arguments, String linkPath,
                 LocalDateTime now, boolean digestDue) {
        this.accountId = accountId;
        this.kind = kind;
        this.messageKey = messageKey;
        this.arguments = encode(arguments);
        if (this.arguments.length() > ARGUMENTS || linkPath != null && linkPath.length() > LINK_PATH) {
            throw new IllegalArgumentException("A notification's arguments or link are longer than their columns");
        }
        if (linkPath != null && !linkPath.startsWith("/")) {
            throw new IllegalArgumentException("A notification links to a path of this application: " + linkPath);
        }
        this.linkPath = linkPath;
        this.createdAt = now;
        this.digestDue = digestDue;
    }

    /** A JSON array of strings: whatever an argument holds (commas, quotes, line breaks) comes back as it was. */
    private static String encode(List<String> arguments) {
        JsonArrayBuilder array = JsonText.array();
        arguments.forEach(argument -> array.add(argument == null ? "" : argument));
        return array.build().toString();
    }

    public List<String> argumentList() {
        try (JsonReader reader = JsonText.reader(arguments)) {
            return reader.readArray().getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
        }
    }

    /** The text in the given language. */
    public String text(Locale locale) {
        return Messages.text(locale, messageKey, argumentList().toArray());
    }

    void markRead(LocalDateTime now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    public long getAccountId() {
        return accountId;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public String getLinkPath() {
        return linkPath;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getReadAt() {
        return readAt;
    }

    public boolean isRead() {
        return readAt != null;
    }

    public boolean isDigestDue() {
        return digestDue;
    }
}
