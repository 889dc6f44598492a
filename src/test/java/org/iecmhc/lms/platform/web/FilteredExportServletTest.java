package org.iecmhc.lms.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.iecmhc.lms.platform.errors.InputRejected;
import org.junit.jupiter.api.Test;

/** An export of what filters show: written in the language asked for; a filter it cannot take is a 400 saying why. */
class FilteredExportServletTest {

    private final RecordedResponse sent = new RecordedResponse();

    @Test
    void theFilterReadFromTheAddressIsExportedInTheLanguageAsked() throws Exception {
        export().doGet(request(Map.of("year", "2024-2025", "lang", "es"), new HashMap<>()), sent.response());
        assertEquals(0, sent.error);
        assertEquals("es 2024-2025", sent.body.toString(StandardCharsets.UTF_8));
    }

    @Test
    void withoutALanguageItIsEnglish() throws Exception {
        export().doGet(request(Map.of("year", "2024-2025"), new HashMap<>()), sent.response());
        assertEquals("en 2024-2025", sent.body.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aFilterItCannotTakeIsABadAddressWithItsReasonAndNothingWritten() throws Exception {
        Map<String, Object> attributes = new HashMap<>();
        export().doGet(request(Map.of("year", "someday"), attributes), sent.response());
        assertEquals(HttpServletResponse.SC_BAD_REQUEST, sent.error);
        assertEquals(Map.of(BadAddress.REASON, "sample.year.invalid"), attributes);
        assertEquals(0, sent.body.size());
    }

    private static FilteredExportServlet<String> export() {
        return new FilteredExportServlet<>() {
            @Override
            protected String read(UnaryOperator<String> parameter, Locale locale) {
                String year = parameter.apply("year");
                if (!year.matches("\\d{4}-\\d{4}")) {
                    throw new InputRejected("year", "sample.year.invalid");
                }
                return year;
            }

            @Override
            protected void send(String year, Locale locale, HttpServletResponse response) throws IOException {
                response.getOutputStream().write((locale.getLanguage() + " " + year).getBytes(StandardCharsets.UTF_8));
            }
        };
    }

    /** A request with these parameters that keeps the attributes set on it. */
    private static HttpServletRequest request(Map<String, String> parameters, Map<String, Object> attributes) {
        return (HttpServletRequest) Proxy.newProxyInstance(FilteredExportServletTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getParameter" -> parameters.get((String) args[0]);
                    case "setAttribute" -> attributes.put((String) args[0], args[1]);
                    case "getAttribute" -> attributes.get((String) args[0]);
                    default -> null;
                });
    }
}
