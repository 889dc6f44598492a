package org.iecmhc.lms.platform.api;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The API's answers that no resource gives, as the same problem details as the others: a refused sign-in (the container's 401,
 * which web.xml sends here as its error page) and addresses under {@code /api/} outside the API's version. Error
 * pages pass the security-headers filter like every other answer.
 */
@WebServlet(urlPatterns = {"/api/*", ApiErrorAnswer.ERROR_PAGE})
public class ApiErrorAnswer extends HttpServlet {

    static final String ERROR_PAGE = "/error/api";
    private static final String API_PREFIX = "/api/";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getDispatcherType() != DispatcherType.ERROR) {
            write(response, HttpServletResponse.SC_NOT_FOUND, "not found");
            return;
        }
        String failedAddress = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        if (!failedAddress.startsWith(request.getContextPath() + API_PREFIX)) {
            // Pages never ask for HTTP credentials: whoever is not signed in is sent to the sign-in form.
            response.sendRedirect(request.getContextPath() + "/login.xhtml");
            return;
        }
        int status = (Integer) request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        write(response, status, ApiError.plainDetail(status));
    }

    private static void write(HttpServletResponse response, int status, String detail) throws IOException {
        ApiError.of(ApiError.Type.GENERAL, status, detail).write(response);
    }
}
