package org.iecmhc.lms.scale;

/**
 * What the loader is told through system properties ({@code -Dlms.scale.url=...} on the Maven command line).
 *
 * @param factor  1 for the California-scale counts; 0.01 for a hundredth of them, to try the tooling quickly
 * @param replace whether a database that already holds records may be emptied first (never the default)
 */
record ScaleSettings(String url, String user, String password, double factor, boolean replace) {

    static ScaleSettings fromSystemProperties() {
        String url = System.getProperty("lms.scale.url", "");
        if (!url.startsWith("jdbc:mysql:") && !url.startsWith("jdbc:mariadb:")) {
            throw new IllegalArgumentException("Give the MySQL/MariaDB database to fill, e.g."
                    + " -Dlms.scale.url=jdbc:mysql://127.0.0.1:3306/lms_scale (it must exist and be empty)");
        }
        double factor = Double.parseDouble(System.getProperty("lms.scale.factor", "1"));
        if (factor <= 0 || factor > 1) {
            throw new IllegalArgumentException("lms.scale.factor must be above 0 and at most 1, not " + factor);
        }
        return new ScaleSettings(url.replaceFirst("^jdbc:mariadb:", "jdbc:mysql:"),
                System.getProperty("lms.scale.user", "root"), System.getProperty("lms.scale.password", ""), factor,
                Boolean.parseBoolean(System.getProperty("lms.scale.replace", "false")));
    }

    /** A full-scale count scaled down by the factor, never below the given minimum. */
    int scaled(int full, int minimum) {
        return Math.max(minimum, (int) Math.round(full * factor));
    }
}
