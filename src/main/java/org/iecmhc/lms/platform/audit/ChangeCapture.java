package org.iecmhc.lms.platform.audit;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.descriptors.DescriptorEvent;
import org.eclipse.persistence.descriptors.DescriptorEventAdapter;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.internal.sessions.AggregateChangeRecord;
import org.eclipse.persistence.internal.sessions.CollectionChangeRecord;
import org.eclipse.persistence.internal.sessions.DirectCollectionChangeRecord;
import org.eclipse.persistence.internal.sessions.DirectToFieldChangeRecord;
import org.eclipse.persistence.internal.sessions.ObjectChangeSet;
import org.eclipse.persistence.internal.sessions.ObjectReferenceChangeRecord;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.changesets.ChangeRecord;

/**
 * Reads what an update changes from EclipseLink's change set, the one it builds to write the UPDATE statement, just
 * before that statement: the old values as read from the database and the new ones about to be written. The changes
 * wait on the record until the audit listener writes the entry after the update ({@code @PostUpdate}).
 * Only fields {@link AuditedFields} shows are kept.
 */
public class ChangeCapture extends DescriptorEventAdapter {

    /** Attaches the capture to every audited entity of the persistence unit. */
    public static void attachTo(Session session) {
        ChangeCapture capture = new ChangeCapture();
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            if (!descriptor.isAggregateDescriptor() && AuditedRecord.class.isAssignableFrom(descriptor.getJavaClass())) {
                descriptor.getEventManager().addListener(capture);
            }
        }
    }

    @Override
    public void preUpdateWithChanges(DescriptorEvent event) {
        if (event.getSource() instanceof AuditedRecord record && event.getChangeSet() != null) {
            List<FieldChange> changes = new ArrayList<>();
            collect(event.getChangeSet(), record, "", event.getSession(), changes);
            record.captured(changes);
        }
    }

    private static void collect(ObjectChangeSet changeSet, Object source, String prefix, AbstractSession session,
                                List<FieldChange> changes) {
        for (ChangeRecord change : changeSet.getChanges()) {
            String attribute = change.getAttribute();
            if (!AuditedFields.shown(source.getClass(), attribute)) {
                continue;
            }
            Object now = ((org.eclipse.persistence.internal.sessions.ChangeRecord) change).getMapping()
                    .getRealAttributeValueFromObject(source, session);
            if (change instanceof AggregateChangeRecord aggregate && now != null) {
                collect((ObjectChangeSet) aggregate.getChangedObject(), now, prefix + attribute + ".", session, changes);
                continue;
            }
            Object before;
            if (change instanceof DirectToFieldChangeRecord direct) {
                before = direct.getOldValue();
            } else if (change instanceof ObjectReferenceChangeRecord reference) {
                before = reference.getOldValue();
            } else if (change instanceof DirectCollectionChangeRecord collection) {
                before = before((Collection<?>) now, collection.getAddObjectList(), collection.getRemoveObjectList());
            } else if (change instanceof CollectionChangeRecord collection) {
                before = before((Collection<?>) now, clones(collection.getAddObjectList()),
                        clones(collection.getRemoveObjectList()));
            } else {
                continue;
            }
            String oldText = text(before);
            String newText = text(now);
            if (!Objects.equals(oldText, newText)) {
                changes.add(new FieldChange(prefix + attribute, oldText, newText));
            }
        }
    }

    /** A collection as it was: what it holds now, less what was added, with what was removed. */
    private static Collection<?> before(Collection<?> now, Collection<?> added, Collection<?> removed) {
        Set<Object> before = new LinkedHashSet<>(now == null ? List.of() : now);
        before.removeAll(added);
        before.addAll(removed);
        return before;
    }

    private static List<Object> clones(Map<ObjectChangeSet, ObjectChangeSet> changeSets) {
        return changeSets.keySet().stream().map(ObjectChangeSet::getUnitOfWorkClone).toList();
    }

    /** A value as the log shows it: a record by its audit label, a time to the minute, a collection sorted. */
    static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof AuditedRecord record) {
            return record.auditLabel();
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof LocalDateTime time) {
            return time.truncatedTo(ChronoUnit.MINUTES).toString().replace('T', ' ');
        }
        if (value instanceof java.math.BigDecimal number) {
            return number.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Collection<?> collection) {
            return collection.stream().map(ChangeCapture::text).sorted()
                    .collect(Collectors.joining(FieldChange.LIST_SEPARATOR));
        }
        return value.toString();
    }
}
