package org.iecmhc.lms.platform.files;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
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

    @Column(name = "storage_name")
    private String storageName;

    @Column(name = "original_name")
    private String originalName;

    @Column(name = "content_type")
    private String contentType;

    @Column(name = "size_bytes")
    private long sizeBytes;

    @Column(name = "uploaded_at")
    private LocalDateTime uploadedAt;

    @Column(name = "uploaded_by")
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
