package org.iecmhc.lms.platform.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Uploaded files: bytes on disk under {@code lms.files.dir} with generated names, metadata in the database.
 * Size and type are checked before anything is kept; the type by extension and by the file's first bytes.
 */
@ApplicationScoped
public class FileStore {

    public static final long MAX_BYTES = 10L * 1024 * 1024;
    private static final int SNIFF_BYTES = 4096;

    private EntityManager em;
    private Clock clock;
    private Path directory;

    protected FileStore() {
    }

    @Inject
    public FileStore(EntityManager em, Clock clock,
                     @ConfigProperty(name = "lms.files.dir", defaultValue = "./data/files") String directory) {
        this.em = em;
        this.clock = clock;
        this.directory = Path.of(directory).toAbsolutePath().normalize();
    }

    /** Keeps the upload and answers its record; refuses it whole (nothing on disk) when it breaks a rule. */
    @Transactional
    public StoredFile store(Upload upload, String uploadedBy) {
        if (upload.size() <= 0) {
            throw new FileRejected("file.empty");
        }
        if (upload.size() > MAX_BYTES) {
            throw new FileRejected("file.tooLarge");
        }
        FileType type = FileType.byName(upload.fileName()).orElseThrow(() -> new FileRejected("file.typeNotAllowed"));
        String storageName = UUID.randomUUID().toString().replace("-", "");
        Path target = directory.resolve(storageName);
        try {
            Files.createDirectories(directory);
            try (InputStream in = upload.open()) {
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            }
            long size = Files.size(target);
            if (size > MAX_BYTES || !looksLike(type, target)) {
                Files.deleteIfExists(target);
                throw new FileRejected(size > MAX_BYTES ? "file.tooLarge" : "file.contentMismatch");
            }
            StoredFile file = new StoredFile(storageName, cleanName(upload.fileName()), type.contentType(), size,
                    LocalDateTime.now(clock), uploadedBy);
            em.persist(file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store an upload under " + directory, e);
        }
    }

    public Optional<StoredFile> find(long id) {
        return Optional.ofNullable(em.find(StoredFile.class, id));
    }

    /** The bytes of a stored file; the caller decides first whether the person may read them. */
    public InputStream open(StoredFile file) throws IOException {
        return Files.newInputStream(directory.resolve(file.getStorageName()));
    }

    /**
     * Erases a file for good, record and bytes. The bytes go at once rather than after the commit: a rollback then
     * leaves a record without bytes, which only ever happens to a file that was being erased anyway.
     */
    public void erase(StoredFile file) {
        em.remove(file);
        try {
            Files.deleteIfExists(directory.resolve(file.getStorageName()));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not erase " + file.getStorageName() + " under " + directory, e);
        }
    }

    private static boolean looksLike(FileType type, Path file) throws IOException {
        byte[] head = new byte[SNIFF_BYTES];
        int length;
        try (InputStream in = Files.newInputStream(file)) {
            length = in.readNBytes(head, 0, SNIFF_BYTES);
        }
        return type.matches(head, length);
    }

    /** Only the last path segment of what the browser sent is kept, for display and the download name. */
    static String cleanName(String fileName) {
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "_");
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }

    /** A file as it arrives: the name the browser gave, its declared size, and a way to read it. */
    public interface Upload {
        String fileName();

        long size();

        InputStream open() throws IOException;
    }
}
