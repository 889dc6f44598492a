package org.iecmhc.lms.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** The map drawn from the TopoJSON that the build bundles from the npm package us-atlas. */
class CountyMapTest {

    @Test
    void theBundledOutlinesHoldCaliforniasFiftyEightCounties() {
        CountyShapes shapes = CountyShapes.load();
        assertEquals(58, shapes.shapes().size());
        assertEquals("06001", shapes.shapes().get(0).fips());
        assertEquals("Alameda", shapes.shapes().get(0).name());
        assertEquals("06115", shapes.shapes().get(57).fips());
        assertTrue(shapes.height() > CountyShapes.WIDTH, "California is taller than it is wide");
        for (CountyShapes.Shape shape : shapes.shapes()) {
            assertTrue(shape.path().matches("(M[0-9.]+,[0-9.]+(L[0-9.]+,[0-9.]+)+Z)+"), shape.name());
        }
    }

    @Test
    void eachCountyIsShadedByItsShareOfTheBusiestCounty() {
        String svg = new CountyMap().svg(List.of(new CountyReach("06019", 10, 0, 2, 0, 1, 0), new CountyReach("06037", 1, 0, 0, 0, 0, 0)),
                Locale.forLanguageTag("es"));
        assertTrue(svg.contains("id=\"county-06019\" class=\"reach-4\""), "Fresno is the busiest");
        assertTrue(svg.contains("id=\"county-06037\" class=\"reach-1\""));
        assertTrue(svg.contains("id=\"county-06001\" class=\"reach-0\""), "Alameda has no record");
        assertTrue(svg.contains("<title>Fresno: 13</title>"), "providers' CoP participants count too");
        assertEquals(0, CountyMap.shade(0, 12));
        assertEquals(2, CountyMap.shade(5, 12));
        assertEquals(3, CountyMap.shade(9, 12));
    }
}
