package org.iecmhc.lms.offering;

import java.io.IOException;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The address providers are given, {@code /offerings}, leads to the list page. A redirect rather than a welcome file:
 * the security headers know a page by its {@code .xhtml}, and a page served at a folder's address would get the
 * policy that lets nothing run besides its own.
 */
@WebServlet({"/offerings", "/offerings/"})
public class OfferingsAddress extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + "/offerings/index.xhtml");
    }
}
