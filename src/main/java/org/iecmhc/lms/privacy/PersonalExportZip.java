package org.iecmhc.lms.privacy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import org.iecmhc.lms.platform.files.FileStore;
import org.iecmhc.lms.platform.files.StoredFile;
import org.iecmhc.lms.privacy.DataSubjects.PersonalExport;

/**
 * An export as one ZIP: {@code person.json} and, under {@code files/}, every file the person uploaded, named
 * {@code <file id>-<original name>} as the JSON lists them. Built in memory: a person's uploads are few and
 * at most 10 MB each.
 */
@ApplicationScoped
public class PersonalExportZip {

    @Inject
    FileStore files;

    public byte[] write(PersonalExport export) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            zip.putNextEntry(new ZipEntry("person.json"));
            zip.write(prettyJson(export.json()).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            for (StoredFile file : export.uploads()) {
                zip.putNextEntry(new ZipEntry("files/" + file.getId() + "-" + file.getOriginalName()));
                try (InputStream in = files.open(file)) {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the export of account " + export.person().accountId(), e);
        }
        return bytes.toByteArray();
    }

    static String prettyJson(JsonObject json) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
             JsonWriter jsonWriter = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                     .createWriter(writer)) {
            jsonWriter.writeObject(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
