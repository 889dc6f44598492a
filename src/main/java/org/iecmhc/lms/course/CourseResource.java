package org.iecmhc.lms.course;

import static org.iecmhc.lms.platform.api.ApiValues.NAMES;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameters;
import org.iecmhc.lms.platform.api.ApiError;
import org.iecmhc.lms.platform.api.PageQuery;
import org.iecmhc.lms.platform.api.RecordVersions;
import org.iecmhc.lms.platform.security.CurrentViewer;
import org.iecmhc.lms.platform.security.Roles;
import org.iecmhc.lms.platform.time.PacificTime;

/**
 * Courses with their modules and assignments, read-only, as the course pages show them: administrators every
 * course, faculty those they teach or co-teach, trainees those of their cohorts; 404 for any other.
 */
@Path("/courses")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.TRAINEE, Roles.FACULTY, Roles.ADMINISTRATOR})
public class CourseResource {

    @Inject
    CourseReader reader;

    @Inject
    CurrentViewer viewer;

    @GET
    @Operation(summary = "The courses the caller sees, newest cohort first, a page at a time, optionally of one cohort")
    @Parameters({
            @Parameter(name = "cohort", in = ParameterIn.QUERY, description = "Keeps the courses of this cohort",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64"))})
    public List<CourseJson> list(@Context UriInfo uri, @Context HttpServletRequest request) {
        PageQuery filters = PageQuery.of(uri, request);
        Long cohortId = filters.id("cohort");
        filters.requireValid();
        return filters.answer(reader.visible(viewer.get(), cohortId, filters.offset(), filters.size()), CourseJson::of,
                reader.countVisible(viewer.get(), cohortId));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One course with its modules (and their materials) and assignments (due California wall-clock"
            + " time, points, rubric), with its version as ETag")
    public CourseDetailJson one(@PathParam("id") long id, @Context Request request,
                                @Context HttpServletRequest servlet) {
        CoursePage page = reader.page(viewer.get().email(), id).orElseThrow(() -> ApiError.noSuch("course"));
        Map<Long, List<RubricRow>> rubrics = reader.rubrics(id);
        return RecordVersions.read(request, servlet, new CourseDetailJson(page.id(), page.title(), page.description(),
                page.cohortName(), page.facultyName(),
                page.modules().stream().map(m -> new ModuleJson(m.title(), m.materials().stream()
                        .map(x -> new MaterialJson(x.title(), x.url(), x.fileId())).toList())).toList(),
                page.assignments().stream().map(w -> new CourseAssignmentJson(w.id(), w.title(), pacific(w.dueAt()),
                        w.grading().name(), w.maxPoints(), rubrics.getOrDefault(w.id(), List.of()))).toList()), reader.version(id));
    }

    /** To the minute, as the pages show due times and as every other time of the API reads. */
    private static String pacific(LocalDateTime utc) {
        return PacificTime.fromUtc(utc).truncatedTo(ChronoUnit.MINUTES).toString();
    }

    /** @param facultyName the lead faculty member, empty when none */
    public record CourseJson(long id, String title, long cohortId, String cohort, String facultyName,
                             @Schema(format = "date") String startDate, @Schema(format = "date") String endDate,
                             boolean required) {
        static CourseJson of(CourseSummary c) {
            return new CourseJson(c.id(), c.title(), c.cohortId(), c.cohortName(), c.facultyName(),
                    c.startDate() == null ? null : c.startDate().toString(),
                    c.endDate() == null ? null : c.endDate().toString(), c.required());
        }
    }

    public record CourseDetailJson(long id, String title, String description, String cohort, String facultyName,
                                   List<ModuleJson> modules, List<CourseAssignmentJson> assignments) {
    }

    public record ModuleJson(String title, List<MaterialJson> materials) {
    }

    /** A link ({@code url}) or an uploaded file ({@code fileId}, downloaded from /course/file?id=). */
    public record MaterialJson(String title, String url, Long fileId) {
    }

    /**
     * @param dueAt   California wall-clock time, ISO-8601 without offset
     * @param grading POINTS or COMPLETE_INCOMPLETE (all of maxPoints or none)
     * @param rubric the criteria and levels a grade chooses by id; empty when the assignment has none
     */
    public record CourseAssignmentJson(long id, String title, String dueAt,
                                       @Schema(extensions = @Extension(name = NAMES, value = "course.GradingKind")) String grading,
                                       int maxPoints, List<RubricRow> rubric) {
    }
}
