package org.iecmhc.lms.completion;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The address printed on certificates, {@code /verify/CODE}, shown by the public Faces page that checks it. Open
 * to everyone, signed in or not.
 */
@WebServlet("/verify/*")
public class VerifyServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String path = request.getPathInfo();
        String code = path == null ? "" : path.replaceFirst("^/", "");
        request.getRequestDispatcher("/completion/verify.xhtml?code=" + URLEncoder.encode(code, StandardCharsets.UTF_8))
                .forward(request, response);
    }
}
