package org.iecmhc.lms.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.iecmhc.lms.demo.DemoData;
import org.iecmhc.lms.demo.DemoData.DemoPerson;
import org.iecmhc.lms.testsupport.RunningApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** sqlmap (config/sqlmap-api.sh) finds no injectable parameter in the API of the running application. */
@ExtendWith(RunningApplication.class)
class SqlInjectionIT {

    @Test
    void sqlmapFindsNothingToInject() throws Exception {
        Path output = Path.of("target", "sqlmap");
        Process scan = new ProcessBuilder("bash", "config/sqlmap-api.sh", RunningApplication.url(),
                DemoPerson.ADMIN.email(), DemoData.PASSWORD, output.toString())
                .redirectErrorStream(true).redirectOutput(Files.createTempFile("sqlmap-", ".log").toFile()).start();
        assertTrue(scan.waitFor(8, TimeUnit.MINUTES), "sqlmap took too long");
        String log = Files.readString(output.resolve("sqlmap.log"));
        assertEquals(0, scan.exitValue(), log);
        assertTrue(log.contains("do not appear to be injectable"), log);
    }
}
