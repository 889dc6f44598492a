package org.iecmhc.lms.testsupport;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** One person's HTTP session with the running application, without a browser: for checks over many pages. */
public final class WebSession {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final HttpClient client = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    public static WebSession anonymous() {
        return new WebSession();
    }

    public static WebSession signedIn(String email, String password) {
        WebSession session = new WebSession();
        HttpResponse<String> response = session.signIn(email, password);
        if (response.statusCode() != 302 || !response.headers().firstValue("Location").orElse("").contains("/index.xhtml")) {
            throw new IllegalStateException("Sign-in as " + email + " failed: HTTP " + response.statusCode());
        }
        return session;
    }

    /** Posts the sign-in form as a browser would; answers the raw response (302 on success). */
    public HttpResponse<String> signIn(String email, String password) {
        HttpResponse<String> form = get("/login.xhtml");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("login", "login");
        fields.put("login:email", email);
        fields.put("login:password", password);
        fields.put("login:next", "");
        fields.put("login:signIn", "");
        fields.put("jakarta.faces.ViewState", viewState(form.body()));
        return post("/login.xhtml", fields);
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(RunningApplication.url(path))).GET());
    }

    public HttpResponse<String> get(String path, String acceptLanguage) {
        return send(HttpRequest.newBuilder(URI.create(RunningApplication.url(path))).header("Accept-Language", acceptLanguage).GET());
    }

    /** Any method on a page with this session's cookies and no body: for checking what a page refuses. */
    public HttpResponse<String> request(String method, String path) {
        return send(HttpRequest.newBuilder(URI.create(RunningApplication.url(path)))
                .method(method, HttpRequest.BodyPublishers.noBody()));
    }

    public HttpResponse<String> post(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(RunningApplication.url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A call to the JSON API with HTTP Basic credentials (or none when email is null). */
    public static HttpResponse<String> api(String method, String path, String email, String password) {
        return api(method, path, email, password, null, null);
    }

    /** A call to the JSON API with a body of the given type. */
    public static HttpResponse<String> api(String method, String path, String email, String password,
                                           String contentType, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(RunningApplication.url(path)))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Accept", "application/json");
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (email != null) {
            String token = Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
            request.header("Authorization", "Basic " + token);
        }
        return new WebSession().send(request);
    }

    public static String viewState(String html) {
        Matcher matcher = VIEW_STATE.matcher(html);
        if (!matcher.find()) {
            throw new IllegalStateException("No Faces view state in the page");
        }
        return matcher.group(1);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
