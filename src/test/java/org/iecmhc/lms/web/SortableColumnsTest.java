package org.iecmhc.lms.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.iecmhc.lms.platform.web.SortColumn;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A sorted table names each sortable column by its path, else a click on its header would sort by the default. */
class SortableColumnsTest {

    private static final Pattern SORTED_FIELD = Pattern.compile("<p:column [^>]*sortBy=\"[^\"]*\" field=\"([^\"]+)\"");

    @ParameterizedTest
    @CsvSource({
            "account/accounts.xhtml, org.iecmhc.lms.identity.AccountSort",
            "provider/providers.xhtml, org.iecmhc.lms.provider.ProviderSort",
            "helpline/calls.xhtml, org.iecmhc.lms.helpline.CallSort",
            "helpline/follow-ups.xhtml, org.iecmhc.lms.helpline.followup.FollowUpSort",
            "helpline/resources.xhtml, org.iecmhc.lms.helpline.ResourceSort",
            "supervision/sessions.xhtml, org.iecmhc.lms.supervision.SessionSort",
            "course/admin/courses.xhtml, org.iecmhc.lms.course.CourseSort",
            "webinar/webinars.xhtml, org.iecmhc.lms.webinar.WebinarSort"})
    void everySortableColumnOfAPageIsAColumnOfItsList(String page, Class<? extends SortColumn> list) throws IOException {
        Set<String> paths = Arrays.stream(list.getEnumConstants()).map(SortColumn::path).collect(Collectors.toSet());
        Matcher fields = SORTED_FIELD.matcher(Files.readString(Path.of("src/main/webapp", page)));
        List<String> named = fields.results().map(match -> match.group(1)).toList();
        assertFalse(named.isEmpty(), page);
        named.forEach(field -> assertTrue(paths.contains(field), page + " sorts by " + field + ", not one of " + paths));
    }
}
