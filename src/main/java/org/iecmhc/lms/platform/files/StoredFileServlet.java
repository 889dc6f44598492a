package org.iecmhc.lms.platform.files;

import java.io.IOException;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.iecmhc.lms.platform.web.Download;

/**
 * Downloads of stored files ({@code ?id=N}) that a feature lets some people read, and {@code &inline} to show a PDF or
 * an image inside our own pages (the grading page): whoever may not read the file gets the same 404 as for a file
 * that does not exist, so ids reveal nothing. The feature says only who may read which.
 */
public abstract class StoredFileServlet extends HttpServlet {

    @Inject
    FileStore files;

    /** The file if the signed-in person (by e-mail) may read it. */
    protected abstract Optional<StoredFile> readable(String email, long fileId);

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<StoredFile> file = Download.id(request.getParameter("id"))
                .flatMap(id -> readable(request.getUserPrincipal().getName(), id));
        if (file.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        StoredFile stored = file.get();
        boolean inline = request.getParameter("inline") != null
                && FileType.byContentType(stored.getContentType()).filter(FileType::showsInline).isPresent();
        if (inline) {
            Download.show(response, stored.getContentType(), stored.getOriginalName(), stored.getSizeBytes(),
                    files.open(stored));
        } else {
            Download.send(response, stored.getContentType(), stored.getOriginalName(), stored.getSizeBytes(),
                    files.open(stored));
        }
    }
}
