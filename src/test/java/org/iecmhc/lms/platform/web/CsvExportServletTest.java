package org.iecmhc.lms.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.iecmhc.lms.platform.security.CurrentViewer;
import org.iecmhc.lms.platform.security.Viewer;
import org.junit.jupiter.api.Test;

/**
 * A record's CSV: an unknown or foreign id is one 404; an id no record can have is a 400 whose error page says why; a
 * record the viewer may open is a UTF-8 file.
 */
class CsvExportServletTest {

    private static final Viewer ROSA = new Viewer("rosa@example.org", false);

    private RecordedResponse sent = new RecordedResponse();

    @Test
    void aRecordTheViewerMayOpenIsItsHeaderAndLinesAsAnAttachment() throws Exception {
        export().doGet(request("7"), sent.response());
        assertEquals(0, sent.error);
        assertEquals("attachment; filename*=UTF-8''sample-attendance-7.csv", sent.headers.get("Content-Disposition"));
        assertEquals("text/csv; charset=UTF-8", sent.headers.get("Content-Type"));
        assertEquals("name,worthwhile\r\n\"Peña, Ana\",yes\r\n'=1+1,\r\n", sent.body.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anUnknownOrForeignIdIsNotFoundAlike() throws Exception {
        for (String id : new String[] {"8", String.valueOf(Long.MAX_VALUE)}) {
            sent = new RecordedResponse();
            Map<String, Object> attributes = new HashMap<>();
            export().doGet(request(id, attributes), sent.response());
            assertEquals(HttpServletResponse.SC_NOT_FOUND, sent.error, id);
            assertEquals(Map.of(), attributes, "the not-found page gives no reason");
            assertEquals(0, sent.body.size());
        }
    }

    @Test
    void anIdNoRecordCanHaveIsABadAddressWithItsReasonAndNoLookUp() throws Exception {
        for (String id : new String[] {null, "", "seven", "7.0", "99999999999999999999", "-7", "0"}) {
            sent = new RecordedResponse();
            Map<String, Object> attributes = new HashMap<>();
            export().doGet(request(id, attributes), sent.response());
            assertEquals(HttpServletResponse.SC_BAD_REQUEST, sent.error, String.valueOf(id));
            assertEquals(Map.of(BadAddress.REASON, BadAddress.ID), attributes, String.valueOf(id));
            assertEquals(0, sent.body.size());
        }
    }

    private CsvExportServlet<String> export() {
        CsvExportServlet<String> export = new CsvExportServlet<>("session", "sample-attendance",
                List.of("name", "worthwhile")) {
            @Override
            protected Optional<String> find(Viewer viewer, long id) {
                assertTrue(id > 0, "only a possible id is looked up");
                return viewer.equals(ROSA) && id == 7 ? Optional.of("session 7") : Optional.empty();
            }

            @Override
            protected List<List<String>> lines(Viewer viewer, String record) {
                return List.of(List.of("Peña, Ana", yesNo(true)), List.of("=1+1", yesNo(null)));
            }
        };
        export.viewer = new CurrentViewer() {
            @Override
            public Viewer get() {
                return ROSA;
            }
        };
        return export;
    }

    private static HttpServletRequest request(String id) {
        return request(id, new HashMap<>());
    }

    /** A request with the {@code session} parameter that keeps the attributes set on it. */
    private static HttpServletRequest request(String id, Map<String, Object> attributes) {
        return (HttpServletRequest) Proxy.newProxyInstance(CsvExportServletTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getParameter" -> "session".equals(args[0]) ? id : null;
                    case "setAttribute" -> attributes.put((String) args[0], args[1]);
                    case "getAttribute" -> attributes.get((String) args[0]);
                    default -> null;
                });
    }
}
