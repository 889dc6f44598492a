package org.iecmhc.lms.forum;

import java.io.IOException;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.iecmhc.lms.platform.files.FileStore;
import org.iecmhc.lms.platform.files.StoredFile;
import org.iecmhc.lms.platform.web.Download;

/**
 * Downloads of forum attachments: {@code /forum/file?id=N}. Whoever is not a member of the post's forum (or may not
 * see a hidden post) gets the same 404 as for a file that does not exist.
 */
@WebServlet("/forum/file")
public class ForumFileServlet extends HttpServlet {

    @Inject
    Forums forums;

    @Inject
    FileStore files;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<StoredFile> file = Download.id(request.getParameter("id"))
                .flatMap(id -> forums.readableAttachment(request.getUserPrincipal().getName(), id));
        if (file.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        StoredFile stored = file.get();
        Download.send(response, stored.getContentType(), stored.getOriginalName(), stored.getSizeBytes(),
                files.open(stored));
    }
}
