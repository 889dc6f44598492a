package org.iecmhc.lms.testsupport;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.iecmhc.lms.platform.i18n.Language;

/** One person's HTTP session with the running application, without a browser: for checks over many pages. */
public final class WebSession {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private static final Pattern INPUT = Pattern.compile("<input\\b([^>]*)>");
    private static final Pattern SELECT = Pattern.compile("<select\\b([^>]*)>(.*?)</select>", Pattern.DOTALL);
    private static final Pattern SELECTED_OPTION = Pattern.compile("<option\\b[^>]*value=\"([^\"]*)\"[^>]*selected");
    private static final Pattern CSP_NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");
    private static final Pattern HTML_LANG = Pattern.compile("<html[^>]*\\blang=\"([a-z]+)\"");
    /** A page with the layout's language switcher that costs the server little to draw. */
    private static final String SWITCHER_PAGE = "/account/settings.xhtml";
    private static final Pattern TEXTAREA = Pattern.compile("<textarea\\b([^>]*)>(.*?)</textarea>", Pattern.DOTALL);

    private final String base;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final HttpClient client;

    private WebSession(String base) {
        this(base, HttpClient.newBuilder()
                .cookieHandler(new LocalSecureCookies())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build());
    }

    private WebSession(String base, HttpClient client) {
        this.base = base;
        this.client = client;
    }

    /**
     * The same browser, with the same cookies, talking to another instance of the application: what a balancer does
     * when the instance a person was on is lost.
     */
    public WebSession movedTo(String otherBaseUrl) {
        WebSession moved = new WebSession(otherBaseUrl, client);
        moved.headers.putAll(headers);
        return moved;
    }

    public static WebSession anonymous() {
        return new WebSession(null);
    }

    /** A session with another instance of the application ({@link RunningApplication#startInClusterOn}). */
    public static WebSession anonymous(String baseUrl) {
        return new WebSession(baseUrl);
    }

    /** Sends this header with every request of the session, as a proxy in front of the application would. */
    public WebSession withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public static WebSession signedIn(String email, String password) {
        return signIn(new WebSession(null), email, password);
    }

    public static WebSession signedIn(String baseUrl, String email, String password) {
        return signIn(new WebSession(baseUrl), email, password);
    }

    private static WebSession signIn(WebSession session, String email, String password) {
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
        Matcher nonce = CSP_NONCE.matcher(form.body());
        if (nonce.find()) {
            fields.put("primefaces.nonce", nonce.group(1));
        }
        return post("/login.xhtml", fields);
    }

    /** The cookies the server set for this session: what a browser holding the same session sends. */
    public List<HttpCookie> cookies() {
        return client.cookieHandler().map(CookieManager.class::cast)
                .map(cookies -> cookies.getCookieStore().getCookies()).orElse(List.of());
    }

    /**
     * Switches the signed-in person's pages to this language with the layout's switcher, as a person would (the
     * choice is remembered on their account). Answers the language the pages were in before, or nothing when they
     * were in this one already.
     */
    public Optional<Language> choose(Language language) {
        String page = get(SWITCHER_PAGE).body();
        Matcher shown = HTML_LANG.matcher(page);
        if (!shown.find()) {
            throw new IllegalStateException("No language on " + SWITCHER_PAGE + ": " + page);
        }
        Language before = Language.fromCode(shown.group(1));
        if (before == language) {
            return Optional.empty();
        }
        Map<String, String> fields = formFields(page, "header");
        String link = "header:" + (language == Language.ES ? "spanish" : "english");
        fields.put(link, link);
        HttpResponse<String> answer = post(SWITCHER_PAGE, fields);
        if (answer.statusCode() != 302) {
            throw new IllegalStateException("Switching to " + language + " answered HTTP " + answer.statusCode());
        }
        return Optional.of(before);
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).GET());
    }

    public HttpResponse<String> get(String path, String acceptLanguage) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).header("Accept-Language", acceptLanguage).GET());
    }

    /** A download (a report export, a file) as the raw bytes the server sent. */
    public HttpResponse<byte[]> download(String path) {
        try {
            return client.send(HttpRequest.newBuilder(URI.create(RunningApplication.url(path))).GET()
                    .timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
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
        return send(HttpRequest.newBuilder(URI.create(url(path)))
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
        return new WebSession(null).callApi(method, path, email, password, contentType, body, Map.of());
    }

    /** A call to the JSON API whose body is raw bytes, such as a file in another character set than UTF-8. */
    public static HttpResponse<String> apiBytes(String method, String path, String email, String password,
                                                String contentType, byte[] body) {
        return new WebSession(null).callApi(method, path, email, password, contentType,
                HttpRequest.BodyPublishers.ofByteArray(body), Map.of());
    }

    /** An API call from this session's client, which holds no credentials of its own, with extra headers. */
    public HttpResponse<String> callApi(String method, String path, String email, String password,
                                        String contentType, String body, Map<String, String> headers) {
        return callApi(method, path, email, password, contentType,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body), headers);
    }

    private HttpResponse<String> callApi(String method, String path, String email, String password, String contentType,
                                         HttpRequest.BodyPublisher body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
                .method(method, body)
                .header("Accept", "application/json");
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (email != null) {
            String token = Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
            request.header("Authorization", "Basic " + token);
        }
        headers.forEach(request::header);
        return send(request);
    }

    /**
     * The fields a browser would send when the form with this id is submitted as it stands: inputs (ticked boxes
     * only), selected options, text areas, the view state and PrimeFaces' CSP nonce; buttons are left out.
     */
    public static Map<String, String> formFields(String html, String formId) {
        int start = html.indexOf("<form id=\"" + formId + "\"");
        if (start < 0) {
            throw new IllegalStateException("No form " + formId + " in the page");
        }
        String form = html.substring(start, html.indexOf("</form>", start));
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher input = INPUT.matcher(form);
        while (input.find()) {
            String attributes = input.group(1);
            String type = attribute(attributes, "type");
            String name = attribute(attributes, "name");
            boolean unticked = ("checkbox".equals(type) || "radio".equals(type)) && !attributes.contains("checked");
            if (name != null && !unticked && !"submit".equals(type) && !"button".equals(type)) {
                String value = attribute(attributes, "value");
                // A ticked box without a value is sent as "on" by browsers, which is what a boolean checkbox reads.
                boolean box = "checkbox".equals(type) || "radio".equals(type);
                fields.put(name, value == null && box ? "on" : unescape(value));
            }
        }
        Matcher select = SELECT.matcher(form);
        while (select.find()) {
            Matcher option = SELECTED_OPTION.matcher(select.group(2));
            if (option.find()) {
                fields.put(attribute(select.group(1), "name"), unescape(option.group(1)));
            }
        }
        Matcher textarea = TEXTAREA.matcher(form);
        while (textarea.find()) {
            fields.put(attribute(textarea.group(1), "name"), unescape(textarea.group(2)));
        }
        // PrimeFaces' script sends the page's CSP nonce with its posts, as a browser would (the server does not check it).
        Matcher nonce = CSP_NONCE.matcher(html);
        if (nonce.find()) {
            fields.put("primefaces.nonce", nonce.group(1));
        }
        return fields;
    }

    private static String attribute(String attributes, String name) {
        Matcher matcher = Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(attributes);
        return matcher.find() ? matcher.group(1) : null;
    }

    private static String unescape(String value) {
        return value == null ? "" : value.replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&#39;", "'").replace("&amp;", "&");
    }

    public static String viewState(String html) {
        Matcher matcher = VIEW_STATE.matcher(html);
        if (!matcher.find()) {
            throw new IllegalStateException("No Faces view state in the page");
        }
        return matcher.group(1);
    }

    private String url(String path) {
        return base == null ? RunningApplication.url(path) : base + path;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        headers.forEach(request::header);
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

    /**
     * Sends Secure cookies to this machine over plain HTTP, as browsers do for localhost (a secure context): an
     * instance set up as if behind a TLS load balancer ({@code lms.https}) marks its session cookie Secure, and the
     * JDK's cookie manager would otherwise never send it back.
     */
    private static final class LocalSecureCookies extends CookieManager {

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) throws IOException {
            boolean local = "localhost".equals(uri.getHost()) || "127.0.0.1".equals(uri.getHost());
            if (!local || !"http".equalsIgnoreCase(uri.getScheme())) {
                return super.get(uri, requestHeaders);
            }
            try {
                return super.get(new URI("https", uri.getRawAuthority(), uri.getRawPath(), null, null), requestHeaders);
            } catch (URISyntaxException e) {
                throw new IOException(e);
            }
        }
    }
}
