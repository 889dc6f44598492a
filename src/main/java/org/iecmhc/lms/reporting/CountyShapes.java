package org.iecmhc.lms.reporting;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

/**
 * California's 58 county outlines as SVG paths, read from the U.S. Census Bureau's TopoJSON bundled at build time
 * (npm package us-atlas, counties-10m.json). TopoJSON stores shared borders once as quantized, delta-encoded arcs;
 * a county's rings list the arcs they follow, a negative index (~i) meaning arc i backwards.
 */
public final class CountyShapes {

    static final String RESOURCE = "counties-10m.json";
    private static final String CALIFORNIA = "06";
    /** Width of the drawing; its height follows from California's shape. */
    static final double WIDTH = 400;
    /** A plain equirectangular projection squeezed at California's middle latitude keeps the state's familiar shape. */
    private static final double MIDDLE_LATITUDE = Math.toRadians(37.2);

    public record Shape(String fips, String name, String path) {
    }

    private final List<Shape> shapes;
    private final double height;

    private CountyShapes(List<Shape> shapes, double height) {
        this.shapes = shapes;
        this.height = height;
    }

    public List<Shape> shapes() {
        return shapes;
    }

    public double height() {
        return height;
    }

    public static CountyShapes load() {
        try (InputStream in = CountyShapes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing: the build bundles it from the npm package us-atlas");
            }
            try (JsonReader reader = Json.createReader(in)) {
                return of(reader.readObject());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CountyShapes of(JsonObject topology) {
        JsonArray scale = topology.getJsonObject("transform").getJsonArray("scale");
        JsonArray translate = topology.getJsonObject("transform").getJsonArray("translate");
        JsonArray arcs = topology.getJsonArray("arcs");
        List<JsonObject> counties = topology.getJsonObject("objects").getJsonObject("counties").getJsonArray("geometries")
                .getValuesAs(JsonObject.class).stream().filter(g -> g.getString("id").startsWith(CALIFORNIA)).toList();
        Decoder decoder = new Decoder(arcs, scale.getJsonNumber(0).doubleValue(), scale.getJsonNumber(1).doubleValue(),
                translate.getJsonNumber(0).doubleValue(), translate.getJsonNumber(1).doubleValue());
        List<List<List<double[]>>> rings = new ArrayList<>();
        double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (JsonObject county : counties) {
            List<List<double[]>> countyRings = new ArrayList<>();
            for (JsonArray ring : polygonsRings(county)) {
                List<double[]> points = decoder.ring(ring);
                points.forEach(p -> extend(box, p));
                countyRings.add(points);
            }
            rings.add(countyRings);
        }
        double unit = WIDTH / (box[2] - box[0]);
        List<Shape> shapes = new ArrayList<>();
        for (int i = 0; i < counties.size(); i++) {
            StringBuilder path = new StringBuilder();
            for (List<double[]> ring : rings.get(i)) {
                for (int p = 0; p < ring.size(); p++) {
                    double[] point = ring.get(p);
                    path.append(p == 0 ? 'M' : 'L').append(String.format(Locale.ROOT, "%.1f,%.1f",
                            (point[0] - box[0]) * unit, (box[3] - point[1]) * unit));
                }
                path.append('Z');
            }
            JsonObject county = counties.get(i);
            shapes.add(new Shape(county.getString("id"), county.getJsonObject("properties").getString("name"), path.toString()));
        }
        shapes.sort(Comparator.comparing(Shape::fips));
        return new CountyShapes(List.copyOf(shapes), (box[3] - box[1]) * unit);
    }

    private static List<JsonArray> polygonsRings(JsonObject geometry) {
        JsonArray arcs = geometry.getJsonArray("arcs");
        if ("Polygon".equals(geometry.getString("type"))) {
            return arcs.getValuesAs(JsonArray.class);
        }
        List<JsonArray> rings = new ArrayList<>();
        for (JsonArray polygon : arcs.getValuesAs(JsonArray.class)) {
            rings.addAll(polygon.getValuesAs(JsonArray.class));
        }
        return rings;
    }

    /** Projected to x east and y north, in the same unit. */
    private static void extend(double[] box, double[] point) {
        box[0] = Math.min(box[0], point[0]);
        box[1] = Math.min(box[1], point[1]);
        box[2] = Math.max(box[2], point[0]);
        box[3] = Math.max(box[3], point[1]);
    }

    private record Decoder(JsonArray arcs, double scaleX, double scaleY, double translateX, double translateY) {

        List<double[]> ring(JsonArray arcIndexes) {
            List<double[]> points = new ArrayList<>();
            for (JsonValue value : arcIndexes) {
                int index = ((JsonNumber) value).intValue();
                List<double[]> arc = arc(index < 0 ? ~index : index);
                if (index < 0) {
                    Collections.reverse(arc);
                }
                points.addAll(points.isEmpty() ? arc : arc.subList(1, arc.size()));
            }
            return points;
        }

        private List<double[]> arc(int index) {
            List<double[]> points = new ArrayList<>();
            long x = 0;
            long y = 0;
            for (JsonArray delta : arcs.getJsonArray(index).getValuesAs(JsonArray.class)) {
                x += delta.getJsonNumber(0).longValue();
                y += delta.getJsonNumber(1).longValue();
                double longitude = x * scaleX + translateX;
                double latitude = y * scaleY + translateY;
                points.add(new double[] {Math.toRadians(longitude) * Math.cos(MIDDLE_LATITUDE), Math.toRadians(latitude)});
            }
            return points;
        }
    }
}
