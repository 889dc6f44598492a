package org.iecmhc.lms.testsupport;

import java.net.HttpCookie;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.iecmhc.lms.platform.i18n.Language;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium driven through ChromeDriver, with the steps every page test repeats. */
public final class Browser implements AutoCloseable {

    /**
     * How often a wait looks again. Selenium's default, half a second, was added to nearly every step that waits for
     * a page or an Ajax answer (on average a quarter of a second each, hundreds of times a run); a look is one or two
     * cheap ChromeDriver calls.
     */
    private static final Duration POLLING = Duration.ofMillis(50);
    private static final Dimension DESKTOP = new Dimension(1280, 1000);
    private static final Dimension PHONE = new Dimension(390, 844);
    private static final String SPANISH_LINK = "header:spanish";
    private static final String ENGLISH_LINK = "header:english";
    /** Where a successful sign-in lands. */
    private static final String HOME = "/index.xhtml";

    private final WebDriver driver;
    /** Who is signed in now, with the password used, so that a language they choose can be put back. */
    private String signedInEmail;
    private final Map<String, String> passwords = new LinkedHashMap<>();
    /** The language each account had before this browser switched it: the switch is stored on the account. */
    private final Map<String, Language> languagesToRestore = new LinkedHashMap<>();
    private boolean phoneWidth;
    /** A sign-in not yet carried out: made at the browser's next step, see {@link #signIn}. */
    private PendingSignIn pending;

    public Browser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("lms.test.chromium", defaultChromium()));
        // No profile folder of our own: the headless shell then opens no page for ChromeDriver to find, and
        // ChromeDriver already gives each browser a fresh one that it deletes when the browser quits. V8 runs without
        // its optimising compiler: a test's page lives seconds, too short for those compiles to pay for themselves
        // (docs/performance.md, "The compilers' share").
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--js-flags=--no-opt", "--window-size=" + DESKTOP.width + "," + DESKTOP.height, "--lang=en-US");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("lms.test.chromedriver", "/usr/bin/chromedriver")).toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    public WebDriver driver() {
        settle();
        return driver;
    }

    public void open(String path) {
        if (pending != null) {
            completeSignIn(path);
        } else {
            driver.get(RunningApplication.url(path));
        }
    }

    /**
     * Signs in as a person does, with the sign-in form, at the browser's next step. A sign-in that succeeds is made
     * over HTTP and its session handed to Chromium, which then opens the page the next step asks for (the home page
     * for a step on the page shown), in the language a {@link #use} in between asked for: each page Chromium draws
     * costs a fifth of a second or more of the two cores, and the form, the home page and a language switch were three
     * or four pages before every page a test was about. A sign-in that does not succeed (a wrong password, a locked
     * or deactivated account, a password to change) is made through the form in Chromium, as before, so that the
     * test sees what the person sees.
     */
    public void signIn(String email, String password) {
        pending = new PendingSignIn(email, password, null);
        signedInEmail = email;
        passwords.put(email, password);
    }

    /** Submits the sign-in form and waits until the answer page has replaced it. */
    public void signInWithTheForm(String email, String password) {
        pending = null;
        open("/login.xhtml");
        type("login:email", email);
        type("login:password", password);
        WebElement button = waitFor(By.id("login:signIn"));
        button.click();
        until(page -> isGone(button));
        signedInEmail = email;
        passwords.put(email, password);
    }

    private void completeSignIn(String landing) {
        PendingSignIn sign = pending;
        pending = null;
        WebSession session = WebSession.anonymous();
        HttpResponse<String> answer = session.signIn(sign.email(), sign.password());
        if (answer.statusCode() != 302 || !answer.headers().firstValue("Location").orElse("").endsWith(HOME)) {
            signInWithTheForm(sign.email(), sign.password());
            if (sign.language() != null) {
                use(sign.language());
            }
            if (!HOME.equals(landing)) {
                open(landing);
            }
            return;
        }
        if (sign.language() != null) {
            session.choose(sign.language()).ifPresent(before -> languagesToRestore.putIfAbsent(sign.email(), before));
        }
        if (!driver.getCurrentUrl().startsWith(RunningApplication.url())) {
            // Cookies are set for the page's own site: a small image of the application's is the cheapest page there.
            driver.get(RunningApplication.url("/resources/images/favicon-32.png"));
        }
        driver.manage().deleteAllCookies();
        for (HttpCookie cookie : session.cookies()) {
            driver.manage().addCookie(new Cookie.Builder(cookie.getName(), cookie.getValue())
                    .path(cookie.getPath() == null ? "/" : cookie.getPath())
                    .isSecure(cookie.getSecure())
                    .isHttpOnly(cookie.isHttpOnly())
                    .build());
        }
        driver.get(RunningApplication.url(landing));
    }

    /** What a page step does first: a sign-in asked for is carried out, landing on the home page as the form does. */
    private void settle() {
        if (pending != null) {
            completeSignIn(HOME);
        }
    }

    /**
     * Whether a page change has removed the element. Chromium sometimes reports a removed element as an inspector
     * error ("does not belong to the document") instead of a stale reference; both mean the page was replaced.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException stale) {
            return true;
        } catch (WebDriverException inspector) {
            if (String.valueOf(inspector.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw inspector;
        }
    }

    /** Switches the pages to Spanish when they are in English (the language an earlier test may have left). */
    public void useSpanish() {
        use(Language.ES);
    }

    /** Switches the pages to English when they are in Spanish (the language an earlier test may have left). */
    public void useEnglish() {
        use(Language.EN);
    }

    /** Switches the pages to this language when they are in the other, with the layout's switcher. */
    public void use(Language language) {
        if (pending != null) {
            pending = new PendingSignIn(pending.email(), pending.password(), language);
            return;
        }
        String linkId = linkTo(language);
        if (isPresent(By.id(linkId))) {
            WebElement link = waitFor(By.id(linkId));
            noteLanguageChange(linkId);
            link.click();
            until(ExpectedConditions.stalenessOf(link));
        }
    }

    private static String linkTo(Language language) {
        return language == Language.ES ? SPANISH_LINK : ENGLISH_LINK;
    }

    private void noteLanguageChange(String id) {
        if (signedInEmail != null && (SPANISH_LINK.equals(id) || ENGLISH_LINK.equals(id))) {
            languagesToRestore.putIfAbsent(signedInEmail, SPANISH_LINK.equals(id) ? Language.EN : Language.ES);
        }
    }

    public void signOut() {
        settle();
        click("header:signOut");
        waitFor(By.id("login:email"));
        signedInEmail = null;
    }

    /**
     * Puts back the language of every account whose language this browser switched, so that no later test meets a
     * person in a language their account did not have (an account that can no longer sign in is left as is), then
     * forgets everything as a fresh browser would. The languages are put back over HTTP with the same switcher.
     */
    public void reset() {
        pending = null;
        useDesktopWidth();
        languagesToRestore.forEach((email, language) -> {
            WebSession session = WebSession.anonymous();
            if (session.signIn(email, passwords.get(email)).statusCode() == 302) {
                session.choose(language);
            }
        });
        languagesToRestore.clear();
        forget();
    }

    /** Narrows the window to a phone's, 390 x 844, keeping the page shown; {@link #reset()} widens it again. */
    public void usePhoneWidth() {
        if (!phoneWidth) {
            driver.manage().window().setSize(PHONE);
            phoneWidth = true;
            awaitSettledLayout();
        }
    }

    public void useDesktopWidth() {
        if (phoneWidth) {
            driver.manage().window().setSize(DESKTOP);
            phoneWidth = false;
            awaitSettledLayout();
        }
    }

    /**
     * After a resize the page reflows over a few frames (wrapping tables, PrimeFaces' own resize handlers): what is
     * read or scanned meanwhile is a layout no one sees. Waits until the boxes of the page's controls stay where they
     * are for three frames in a row, or two seconds have passed.
     */
    private void awaitSettledLayout() {
        until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const signature = () => Array.from(document.querySelectorAll('a, button, input, select, textarea, summary'))
                    .map(e => { const r = e.getBoundingClientRect(); return r.x + ',' + r.y + ',' + r.width + ',' + r.height; })
                    .join(';');
                let last = signature(), same = 0;
                const started = performance.now();
                const next = () => requestAnimationFrame(() => {
                    const now = signature();
                    same = now === last ? same + 1 : 0;
                    last = now;
                    if (same >= 3 || performance.now() - started > 2000) {
                        done(true);
                    } else {
                        next();
                    }
                });
                next();
                """)));
    }

    public boolean atPhoneWidth() {
        return phoneWidth;
    }

    /** Drops cookies and web storage: the next test starts as nobody, as in a fresh browser. */
    public void forget() {
        pending = null;
        if (driver.getCurrentUrl().startsWith("http")) {
            ((JavascriptExecutor) driver).executeScript("window.localStorage.clear(); window.sessionStorage.clear();");
        }
        driver.manage().deleteAllCookies();
        signedInEmail = null;
    }

    public void type(String id, String text) {
        settle();
        WebElement field = waitFor(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    public void click(String id) {
        settle();
        noteLanguageChange(id);
        // An Ajax answer still on its way (a search typed with a delay) may replace the element between finding and
        // clicking it; the click then did not happen, and the element is found again on the page as it now is.
        until(page -> {
            WebElement element = ExpectedConditions.elementToBeClickable(By.id(id)).apply(page);
            if (element == null) {
                return null;
            }
            element.click();
            return true;
        });
        awaitAjax();
    }

    /**
     * Waits until no PrimeFaces Ajax request is queued or running. A click queues its request before it returns, and
     * the queue empties once the answer has been applied to the page: a next step never looks at, or types into, the
     * page the answer is about to replace. A click that leaves the page has no request to wait for.
     */
    private void awaitAjax() {
        until(page -> {
            try {
                return Boolean.TRUE.equals(((JavascriptExecutor) page).executeScript(
                        "return !window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty();"));
            } catch (WebDriverException leaving) {
                return true;
            }
        });
    }

    /**
     * Clicks a button whose Ajax answer re-renders the button itself (an {@code update="@form"} around it) and waits
     * until the answer has replaced it: the page may already show what the next step looks for, from before the
     * click, and a field typed into meanwhile would be overwritten by the answer.
     */
    public void clickAndAwaitUpdate(String id) {
        settle();
        WebElement button = until(ExpectedConditions.elementToBeClickable(By.id(id)));
        noteLanguageChange(id);
        button.click();
        until(page -> isGone(button));
    }

    /**
     * Answers yes in the layout's confirm dialog once it has finished fading in (a yes during the fade hides it, and
     * the rest of the fade shows it again over the page), then waits until it has gone.
     */
    public void confirm() {
        settle();
        until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "var dialog = window.jQuery && jQuery('.ui-confirm-dialog');"
                        + " return !!dialog && dialog.is(':visible') && !dialog.is(':animated');")));
        click("confirmation:yes");
        until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog")));
    }

    /** Ticks a checkbox or picks a radio button through its label (a PrimeFaces checkbox hides its input). */
    public void check(String id) {
        settle();
        until(ExpectedConditions.elementToBeClickable(By.cssSelector("label[for='" + id + "']"))).click();
    }

    /** Types into whatever has the keyboard focus, as a person using only the keyboard would. */
    public void press(CharSequence... keys) {
        settle();
        driver.switchTo().activeElement().sendKeys(keys);
    }

    public String focusedId() {
        settle();
        return driver.switchTo().activeElement().getAttribute("id");
    }

    /** Gives a file to a PrimeFaces upload (its hidden file input), which uploads it at once. */
    public void upload(String uploadId, Path file) {
        settle();
        driver.findElement(By.id(uploadId + "_input")).sendKeys(file.toAbsolutePath().toString());
    }

    /** Replaces the text of a PrimeFaces date picker with an ISO date (or date and time) typed by keyboard. */
    public void typeDate(String datePickerId, String iso) {
        settle();
        waitFor(By.id(datePickerId + "_input")).sendKeys(Keys.chord(Keys.CONTROL, "a"), iso);
    }

    /**
     * Picks an option of a PrimeFaces drop-down (p:selectOneMenu) by its visible label. PrimeFaces opens and closes
     * the panel with a CSS transition and scrolls it to the current choice once the transition ends: a click before
     * that lands on whichever option is passing under the pointer. So the option is clicked only once PrimeFaces has
     * marked the panel as fully shown, and the next step waits until the panel is fully gone and the choice's Ajax
     * answer, if any, has come: a table that the choice reloads may show the same names before and after.
     */
    public void choose(String selectId, String label) {
        settle();
        openPanel(selectId);
        until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("[id='" + selectId + "_panel'] li[data-label='" + label + "']"))).click();
        until(panel(selectId, "panel === null || getComputedStyle(panel).display === 'none'"));
        awaitAjax();
    }

    /**
     * Clicks the drop-down until its panel is open. On a page just loaded under load, the first click can land before
     * PrimeFaces has bound the widget, and then nothing opens: a person would click again, and so does this.
     */
    private void openPanel(String selectId) {
        ExpectedCondition<Boolean> open = panel(selectId,
                "panel !== null && panel.classList.contains('ui-connected-overlay-enter-done')");
        for (int attempt = 1; attempt < 3; attempt++) {
            click(selectId);
            try {
                new WebDriverWait(driver, Duration.ofSeconds(5), POLLING).until(open);
                return;
            } catch (TimeoutException notYet) {
                // the widget was not bound yet: click again
            }
        }
        click(selectId);
        until(open);
    }

    /** Whether the drop-down's panel is in the given state with no PrimeFaces transition running. */
    private static ExpectedCondition<Boolean> panel(String selectId, String state) {
        return driver -> (Boolean) ((JavascriptExecutor) driver).executeScript(
                "var panel = document.getElementById(arguments[0]); return " + state + " && !PrimeFaces.animationActive;",
                selectId + "_panel");
    }

    /** Ticks a PrimeFaces single checkbox (p:selectBooleanCheckbox), which has no label element, by its box. */
    public void tick(String checkboxId) {
        settle();
        until(ExpectedConditions.elementToBeClickable(By.cssSelector("[id='" + checkboxId + "'] .ui-chkbox-box"))).click();
        awaitAjax();
    }

    public WebElement waitFor(By locator) {
        return until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    public void waitForText(By locator, String text) {
        until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    }

    /**
     * Waits up to 30 seconds for the condition. When it never comes, the page's screenshot and source are kept
     * under target/browser-failures so the failure can be seen as the person would have seen it.
     */
    public <T> T until(ExpectedCondition<T> condition) {
        settle();
        try {
            // A full-page submit replaces elements while a condition looks at them: look again rather than fail.
            return new WebDriverWait(driver, Duration.ofSeconds(30), POLLING)
                    .ignoring(StaleElementReferenceException.class).until(lookingAgainOnReplacedPages(condition));
        } catch (TimeoutException e) {
            keepEvidence();
            throw e;
        }
    }

    /** Chromium sometimes reports an element of a replaced page as an inspector error rather than a stale one. */
    private static <T> ExpectedCondition<T> lookingAgainOnReplacedPages(ExpectedCondition<T> condition) {
        return driver -> {
            try {
                return condition.apply(driver);
            } catch (StaleElementReferenceException stale) {
                throw stale;
            } catch (WebDriverException inspector) {
                if (String.valueOf(inspector.getMessage()).contains("does not belong to the document")) {
                    return null;
                }
                throw inspector;
            }
        };
    }

    private void keepEvidence() {
        try {
            Path dir = Files.createDirectories(Path.of("target", "browser-failures"));
            String name = "failure-" + System.currentTimeMillis();
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            Files.writeString(dir.resolve(name + ".html"), driver.getCurrentUrl() + "\n" + driver.getPageSource());
        } catch (java.io.IOException | RuntimeException ignored) {
            // evidence is a help, never a second failure
        }
    }

    public boolean isPresent(By locator) {
        settle();
        return !driver.findElements(locator).isEmpty();
    }

    /** The element's text once it is shown, read again when an Ajax answer replaces the element meanwhile. */
    public String text(By locator) {
        return until(driver -> {
            WebElement element = driver.findElement(locator);
            return element.isDisplayed() ? element.getText() : null;
        });
    }

    /** The message PrimeFaces shows next to the field with this client id. */
    public String messageAt(String fieldId) {
        By message = By.cssSelector("[id='" + fieldId + "'] ~ .ui-message");
        until(driver -> !driver.findElement(message).getText().isBlank());
        return text(message);
    }

    @Override
    public void close() {
        driver.quit();
    }

    /**
     * Chromium's headless shell where Debian's package of it is installed: the same engine without the windowed
     * browser around it, which spent a fifth more CPU on the same pages (measured side by side, docs/performance.md).
     * Its binary itself, not the shell script in /usr/bin that starts it without handing over its process.
     */
    private static String defaultChromium() {
        Path shell = Path.of("/usr/lib/chromium/chromium-headless-shell");
        return Files.isExecutable(shell) ? shell.toString() : "/usr/bin/chromium";
    }

    private record PendingSignIn(String email, String password, Language language) {
    }
}
