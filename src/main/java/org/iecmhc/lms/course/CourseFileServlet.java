package org.iecmhc.lms.course;

import java.io.IOException;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.iecmhc.lms.platform.files.FileStore;
import org.iecmhc.lms.platform.files.FileType;
import org.iecmhc.lms.platform.files.StoredFile;
import org.iecmhc.lms.platform.web.Download;

/**
 * Downloads of course materials and handed-in files: {@code /course/file?id=N}, and {@code &inline} to show a PDF or
 * an image in the grading page. Whoever may not read the file gets the same 404 as for a file that does not exist, so
 * ids reveal nothing.
 */
@WebServlet("/course/file")
public class CourseFileServlet extends HttpServlet {

    @Inject
    CourseReader courses;

    @Inject
    FileStore files;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<StoredFile> file = Download.id(request.getParameter("id"))
                .flatMap(id -> courses.readableFile(request.getUserPrincipal().getName(), id));
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
