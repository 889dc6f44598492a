package org.iecmhc.lms.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.util.Collections;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Added only to the WAR that session tests and measurements deploy (never to the application): answers what the
 * caller's own HTTP session holds, one line per attribute with its name and its size serialised as a cluster would
 * store it ({@code -1} when it cannot be serialised), then a line "total" with the sum.
 */
@WebServlet("/test/session-footprint")
public class SessionFootprint extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain");
        response.setCharacterEncoding("UTF-8");
        HttpSession session = request.getSession(false);
        StringBuilder answer = new StringBuilder();
        long total = 0;
        if (session != null) {
            for (String name : Collections.list(session.getAttributeNames())) {
                long size = serialisedSize(session.getAttribute(name));
                total += Math.max(size, 0);
                answer.append(name).append('\t').append(size).append('\n');
            }
        }
        response.getWriter().write(answer.append("total\t").append(total).append('\n').toString());
    }

    private static long serialisedSize(Object value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        } catch (IOException | RuntimeException notSerialisable) {
            return -1;
        }
        return bytes.size();
    }
}
