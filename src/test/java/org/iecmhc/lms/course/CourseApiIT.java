package org.iecmhc.lms.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.iecmhc.lms.demo.DemoData;
import org.iecmhc.lms.demo.DemoData.DemoPerson;
import org.iecmhc.lms.demo.DemoYears;
import org.iecmhc.lms.testsupport.RunningApplication;
import org.iecmhc.lms.testsupport.Sql;
import org.iecmhc.lms.testsupport.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Courses, an assignment's submissions and grading through the JSON API on the shared instance, with the rules of
 * the course pages: who sees which course, whose work, and who grades it.
 */
@ExtendWith(RunningApplication.class)
class CourseApiIT {

    private static final String FOUNDATIONS = "Foundations of IECMHC";

    @Test
    void eachRoleListsTheCoursesItSeesAPageAtATime() {
        List<String> faculty = titles(get("/api/v1/courses", DemoPerson.FACULTY));
        assertTrue(faculty.contains(FOUNDATIONS), faculty.toString());
        assertFalse(faculty.contains("Reflective practice in consultation"), "David's course: " + faculty);

        List<String> mentor = titles(get("/api/v1/courses", DemoPerson.FACULTY_CONSULTANT));
        assertTrue(mentor.contains("Reflective practice in consultation"), mentor.toString());
        assertFalse(mentor.contains(FOUNDATIONS), mentor.toString());

        List<String> trainee = titles(get("/api/v1/courses", DemoPerson.TRAINEE));
        assertTrue(trainee.containsAll(List.of(FOUNDATIONS, "Reflective practice in consultation")), trainee.toString());
        assertFalse(trainee.contains("Introduction to IECMHC"), "the past cohort's course: " + trainee);

        HttpResponse<String> page = get("/api/v1/courses?page=1&size=1", DemoPerson.ADMIN);
        assertEquals(200, page.statusCode(), page.body());
        assertEquals(1, array(page.body()).size());
        long total = Long.parseLong(page.headers().firstValue("X-Total-Count").orElseThrow());
        assertTrue(total >= 3, "every course, the past cohort's too: " + total);
        assertTrue(page.headers().allValues("Link").stream().anyMatch(l -> l.contains("rel=\"prev\"")), page.headers().toString());
        assertEquals(400, get("/api/v1/courses?size=0", DemoPerson.ADMIN).statusCode());
        assertEquals(403, get("/api/v1/courses", DemoPerson.CONSULTANT).statusCode());
    }

    @Test
    void oneCourseHasItsModulesAndAssignmentsWithDueTimesPointsAndRubricAndAnETag() {
        long id = foundationsId();
        HttpResponse<String> read = get("/api/v1/courses/" + id, DemoPerson.TRAINEE_EN);
        assertEquals(200, read.statusCode(), read.body());
        JsonObject course = object(read.body());
        assertEquals(FOUNDATIONS, course.getString("title"));
        assertEquals(List.of("The IECMHC model", "Early relationships and development"),
                course.getJsonArray("modules").getValuesAs(JsonObject.class).stream().map(m -> m.getString("title")).toList());
        JsonObject observation = assignment(course, "Classroom observation write-up");
        assertEquals(10, observation.getInt("maxPoints"), "the rubric's best levels, 6 + 4");
        assertEquals("POINTS", observation.getString("grading"));
        assertEquals(2, observation.getJsonArray("rubric").size());
        assertEquals(3, observation.getJsonArray("rubric").getJsonObject(0).getJsonArray("levels").size());
        assertTrue(observation.getString("dueAt").matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}"), observation.toString());
        assertEquals("COMPLETE_INCOMPLETE", assignment(course, "Module 1 reading check").getString("grading"));
        assertTrue(assignment(course, "Consultation stance essay").getJsonArray("rubric").isEmpty());

        String etag = read.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> unchanged = WebSession.anonymous().callApi("GET", "/api/v1/courses/" + id,
                DemoPerson.TRAINEE_EN.email(), DemoData.PASSWORD, null, null, Map.of("If-None-Match", etag));
        assertEquals(304, unchanged.statusCode());

        assertEquals(404, get("/api/v1/courses/" + id, DemoPerson.FACULTY_CONSULTANT).statusCode(),
                "a faculty member who does not teach it");
        assertEquals(404, get("/api/v1/courses/999999", DemoPerson.ADMIN).statusCode());
        assertEquals(400, get("/api/v1/courses/abc", DemoPerson.ADMIN).statusCode());
    }

    @Test
    void theCoursesFacultySeeEveryonesWorkATraineeOnlyTheirOwn() {
        long observation = assignment(object(get("/api/v1/courses/" + foundationsId(), DemoPerson.ADMIN).body()),
                "Classroom observation write-up").getJsonNumber("id").longValue();
        String path = "/api/v1/submissions?assignment=" + observation;

        HttpResponse<String> all = get(path, DemoPerson.FACULTY);
        assertEquals(200, all.statusCode(), all.body());
        List<String> trainees = array(all.body()).getValuesAs(JsonObject.class).stream().map(s -> s.getString("trainee")).toList();
        assertTrue(trainees.containsAll(List.of(DemoPerson.TRAINEE.email(), DemoPerson.TRAINEE_EN.email())), trainees.toString());
        assertEquals(String.valueOf(trainees.size()), all.headers().firstValue("X-Total-Count").orElseThrow());
        JsonObject maria = array(all.body()).getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("trainee").equals(DemoPerson.TRAINEE.email())).findFirst().orElseThrow();
        assertEquals("GRADED", maria.getString("status"));
        assertEquals(9, maria.getJsonNumber("points").intValue(), "Proficient 6 + Developing 3");
        assertEquals(trainees.size(), array(get(path, DemoPerson.ADMIN).body()).size());

        List<String> own = array(get(path, DemoPerson.TRAINEE_EN).body()).getValuesAs(JsonObject.class).stream()
                .map(s -> s.getString("trainee")).toList();
        assertEquals(List.of(DemoPerson.TRAINEE_EN.email()), own);

        assertEquals(404, get(path, DemoPerson.FACULTY_CONSULTANT).statusCode());
        assertEquals(404, get("/api/v1/submissions?assignment=999999", DemoPerson.FACULTY).statusCode());
        HttpResponse<String> missing = get("/api/v1/submissions", DemoPerson.FACULTY);
        assertEquals(400, missing.statusCode());
        assertEquals("assignment", object(missing.body()).getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void theCoursesFacultyGradeWithThePagesRulesAndTheSubmissionsVersion() throws SQLException {
        long submission = waitingWork(10);
        String path = "/api/v1/submissions/" + submission + "/grade";
        String etag = get("/api/v1/submissions/" + submission, DemoPerson.FACULTY).headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> wrongTypes = grade(path, DemoPerson.FACULTY, "{\"points\": \"ten\", \"feedback\": 5}", etag);
        assertEquals(400, wrongTypes.statusCode(), wrongTypes.body());
        assertEquals(List.of("points", "feedback"), fields(wrongTypes.body()));
        assertEquals(List.of("points"), fields(grade(path, DemoPerson.FACULTY, "{\"points\": 7.125}", etag).body()));

        HttpResponse<String> tooMany = grade(path, DemoPerson.FACULTY, "{\"points\": 11}", etag);
        assertEquals(422, tooMany.statusCode(), tooMany.body());
        assertEquals(List.of("points"), fields(tooMany.body()));
        assertEquals(422, grade(path, DemoPerson.FACULTY, "{\"feedback\": \"no points\"}", etag).statusCode());

        assertEquals(404, grade(path, DemoPerson.FACULTY_CONSULTANT, "{\"points\": 8}", etag).statusCode(),
                "faculty who do not teach the course");
        assertEquals(403, grade(path, DemoPerson.ADMIN, "{\"points\": 8}", etag).statusCode(), "only faculty grade");
        assertEquals(403, grade(path, DemoPerson.TRAINEE_EN, "{\"points\": 8}", etag).statusCode());
        HttpResponse<String> stale = grade(path, DemoPerson.FACULTY, "{\"points\": 8}", "\"999\"");
        assertEquals(412, stale.statusCode(), stale.body());

        HttpResponse<String> graded = grade(path, DemoPerson.FACULTY, "{\"points\": 8.5, \"feedback\": \"Clear and kind.\"}", etag);
        assertEquals(200, graded.statusCode(), graded.body());
        JsonObject body = object(graded.body());
        assertEquals("GRADED", body.getString("status"));
        assertEquals(8.5, body.getJsonNumber("points").doubleValue());
        assertEquals("Clear and kind.", body.getString("feedback"));
        assertNotEquals(etag, graded.headers().firstValue("ETag").orElseThrow());

        HttpResponse<String> again = grade(path, DemoPerson.FACULTY, "{\"points\": 9}", null);
        assertEquals(422, again.statusCode(), "graded work is no longer waiting: " + again.body());
        assertEquals(8.5, object(get("/api/v1/submissions/" + submission, DemoPerson.TRAINEE_EN).body())
                .getJsonNumber("points").doubleValue());
    }

    @Test
    void aTokenWithoutProgramWriteReadsCoursesButCannotGrade() throws SQLException {
        long submission = waitingWork(5);
        HttpResponse<String> created = WebSession.api("POST", "/api/v1/tokens", DemoPerson.FACULTY.email(), DemoData.PASSWORD,
                "application/json", "{\"name\": \"grades " + UUID.randomUUID() + "\", \"scopes\": [\"program:read\"],"
                        + " \"expiresOn\": \"" + LocalDate.now(ZoneId.of("America/Los_Angeles")).plusDays(30) + "\"}");
        assertEquals(201, created.statusCode(), created.body());
        Map<String, String> bearer = Map.of("Authorization", "Bearer " + object(created.body()).getString("token"));

        WebSession client = WebSession.anonymous();
        assertEquals(200, client.callApi("GET", "/api/v1/courses", null, null, null, null, bearer).statusCode());
        HttpResponse<String> refused = client.callApi("PUT", "/api/v1/submissions/" + submission + "/grade", null, null,
                "application/json", "{\"points\": 5}", bearer);
        assertEquals(403, refused.statusCode());
        assertEquals("this token's scopes do not include program:write", object(refused.body()).getString("detail"));
    }

    @Test
    void theOpenApiDocumentDescribesTheBodiesOfTheChanges() {
        String openapi = WebSession.anonymous().get("/openapi").body();
        for (String body : List.of("GradeBody", "SessionAttendanceBody", "MeetingAttendanceBody")) {
            assertTrue(openapi.contains("$ref: \"#/components/schemas/" + body + "\""), body);
        }
    }

    /**
     * James's work waiting for grading on an assignment of its own in Foundations, written straight into the tables
     * (the API hands nothing in), so that grading it leaves the demo's submissions as other tests expect them.
     */
    private static long waitingWork(int maxPoints) throws SQLException {
        String title = "API grading " + UUID.randomUUID();
        long course = foundationsId();
        Sql.execute(RunningApplication.dataSource(), "insert into assignment (course_id, title, due_at, grading, max_points)"
                + " values (" + course + ", '" + title + "', utc_timestamp() + interval 7 day, 'POINTS', " + maxPoints + ")");
        String assignment = value("select id from assignment where title = '" + title + "'");
        String james = value("select id from account where email = '" + DemoPerson.TRAINEE_EN.email() + "'");
        Sql.execute(RunningApplication.dataSource(), "insert into submission (assignment_id, trainee_id, status,"
                + " last_submitted_at) values (" + assignment + ", " + james + ", 'SUBMITTED', utc_timestamp())");
        String submission = value("select id from submission where assignment_id = " + assignment);
        Sql.execute(RunningApplication.dataSource(), "insert into submission_attempt (submission_id, attempt_number, body,"
                + " submitted_at) values (" + submission + ", 1, 'Handed in for the API test.', utc_timestamp())");
        return Long.parseLong(submission);
    }

    private static String value(String sql) throws SQLException {
        return Sql.rows(RunningApplication.dataSource(), sql).get(0).get(0);
    }

    private static long foundationsId() {
        return array(get("/api/v1/courses", DemoPerson.FACULTY).body()).getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("title").equals(FOUNDATIONS) && c.getString("cohort").equals(DemoYears.now().currentName()))
                .findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    private static JsonObject assignment(JsonObject course, String title) {
        return course.getJsonArray("assignments").getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("title").equals(title)).findFirst().orElseThrow(() -> new AssertionError(title));
    }

    private static HttpResponse<String> grade(String path, DemoPerson person, String body, String ifMatch) {
        return WebSession.anonymous().callApi("PUT", path, person.email(), DemoData.PASSWORD, "application/json", body,
                ifMatch == null ? Map.of() : Map.of("If-Match", ifMatch));
    }

    private static List<String> titles(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return array(response.body()).getValuesAs(JsonObject.class).stream().map(c -> c.getString("title")).toList();
    }

    private static List<String> fields(String body) {
        return object(body).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).toList();
    }

    private static HttpResponse<String> get(String path, DemoPerson person) {
        return WebSession.api("GET", path, person.email(), DemoData.PASSWORD);
    }

    private static JsonArray array(String body) {
        return Json.createReader(new StringReader(body)).readArray();
    }

    private static JsonObject object(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
