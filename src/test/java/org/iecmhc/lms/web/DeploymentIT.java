package org.iecmhc.lms.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Arquillian deploys the packaged WAR into a Payara Micro of its own, on the embedded H2 database and with the
 * first administrator taken from configuration (see arquillian.xml): the set-up of a fresh clone.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DeploymentIT {

    @ArquillianResource
    URL base;

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Deployment(testable = false)
    static WebArchive application() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("lms.test.war", "target/ROOT.war")));
    }

    @Test
    void theSignInPageAnswersInTheBrowsersLanguage() throws Exception {
        HttpResponse<String> english = get("login.xhtml", "en-US,en;q=0.9");
        assertEquals(200, english.statusCode());
        assertTrue(english.body().contains("<title>Sign in"), english.body());
        HttpResponse<String> spanish = get("login.xhtml", "es-MX,es;q=0.9");
        assertTrue(spanish.body().contains("<title>Iniciar sesión"), spanish.body());
        assertTrue(spanish.body().contains("lang=\"es\""));
    }

    @Test
    void healthReportsTheEmbeddedDatabase() throws Exception {
        HttpResponse<String> health = get("health", "en");
        assertEquals(200, health.statusCode());
        assertTrue(health.body().contains("\"status\":\"UP\"") && health.body().contains("\"product\":\"H2\""), health.body());
    }

    @Test
    void theConfiguredFirstAdministratorCanUseTheApi() throws Exception {
        String token = Base64.getEncoder().encodeToString("first.admin@example.org:first admin password".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> me = client.send(HttpRequest.newBuilder(URI.create(base + "api/v1/me"))
                .header("Authorization", "Basic " + token).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, me.statusCode(), me.body());
        assertTrue(me.body().contains("\"roles\":[\"ADMINISTRATOR\"]"), me.body());
    }

    @Test
    void pagesNeedSigningIn() throws Exception {
        HttpResponse<String> home = get("index.xhtml", "en");
        assertEquals(302, home.statusCode());
        assertTrue(home.headers().firstValue("Location").orElse("").contains("/login.xhtml?next=%2Findex.xhtml"));
    }

    private HttpResponse<String> get(String path, String language) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language", language).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
