package org.iecmhc.lms.platform.files;

import java.time.LocalDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.iecmhc.lms.platform.audit.AuditedRecord;

/**
 * The metadata of an uploaded file. The bytes are on disk under {@link #getStorageName()}, a generated name,
 * so nothing a person typed ever becomes part of a path.
 */
@Entity
@Table(name = "stored_file")
public class StoredFile extends AuditedRecord {

    private String storageName;

    private String originalName;

    private String contentType;

    private long sizeBytes;

    private LocalDateTime uploadedAt;

    private String uploadedBy;

    protected StoredFile() {
    }

    StoredFile(String storageName, String originalName, String contentType, long sizeBytes, LocalDateTime uploadedAt,
               String uploadedBy) {
        this.storageName = storageName;
        this.originalName = originalName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.uploadedAt = uploadedAt;
        this.uploadedBy = uploadedBy;
    }

    @Override
    public String auditLabel() {
        return storageName + " (" + contentType + ", " + sizeBytes + " bytes)";
    }

    String getStorageName() {
        return storageName;
    }

    public String getOriginalName() {
        return originalName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public LocalDateTime getUploadedAt() {
        return uploadedAt;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }
}
