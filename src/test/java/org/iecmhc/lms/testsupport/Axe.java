package org.iecmhc.lms.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.deque.html.axecore.args.AxeRuleOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;

/** An axe-core scan of the page the browser shows: serious and critical violations fail the test, each described. */
public final class Axe {

    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    private static final String TARGET_SIZE = "target-size";

    private Axe() {
    }

    /**
     * The pages have no frames, so axe runs in the page itself (legacy mode): the frame mode opens a blank page with a
     * one-second load limit at every scan, which a busy machine missed ("Timed out receiving message from renderer").
     * Only violations come back in full; passes are not read. WCAG 2.2's minimum target size (2.5.8, 24 by 24 CSS
     * pixels or spaced as far) is not among axe's default rules, so it is switched on.
     */
    private static AxeBuilder scanner() {
        AxeRunOptions options = new AxeRunOptions();
        options.setResultTypes(List.of("violations"));
        AxeRuleOptions enabled = new AxeRuleOptions();
        enabled.setEnabled(true);
        options.setRules(Map.of(TARGET_SIZE, enabled));
        return new AxeBuilder().setLegacyMode(true).disableIframeTesting().withOptions(options);
    }

    /**
     * The rule whose answer the width alone can change. At phone width the same markup is laid out by the phone block
     * of lms.css, which shows nothing the desktop hides (it folds menu groups, hides low-priority columns and lets wide
     * tables scroll in their own box): names, labels, roles, language and contrast are what the desktop scan already
     * checked, while a box that now scrolls must be reachable by keyboard and what a finger taps moves and resizes.
     * Whether the page fits the screen is PhoneWidthIT's rule, checked beside this scan. Scanning two rules instead of
     * all of them halves the time.
     */
    private static final List<String> LAYOUT_RULES = List.of("scrollable-region-focusable", TARGET_SIZE);

    /** Growl messages fade in; the scan waits until they are fully drawn, as a reader would see them. */
    public static void assertNoBlockingViolations(Browser browser, String page) {
        assertNoBlocking(browser, page, scanner());
    }

    /** The scan of a page already scanned at another width: only what its layout decides. */
    public static void assertNoBlockingLayoutViolations(Browser browser, String page) {
        assertNoBlocking(browser, page, scanner().withOnlyRules(LAYOUT_RULES));
    }

    /**
     * PrimeFaces' keyboard cell navigation makes a table's first cell focusable, so axe takes it for a target that the
     * link inside it "obscures". It is a keyboard stop, not something to tap: 2.5.8 is about pointer targets, and the
     * link in the cell is checked as one.
     */
    private static boolean isGridCellFocus(Rule rule, CheckedNode node) {
        return TARGET_SIZE.equals(rule.getId()) && node.getHtml().startsWith("<td role=\"gridcell\"");
    }

    private static void assertNoBlocking(Browser browser, String page, AxeBuilder scanner) {
        browser.until(driver -> driver.findElements(By.cssSelector(".ui-growl-item-container")).stream()
                .allMatch(item -> "1".equals(item.getCssValue("opacity"))));
        Results results = scanner.analyze(browser.driver());
        Map<Rule, List<CheckedNode>> blocking = new LinkedHashMap<>();
        for (Rule rule : results.getViolations()) {
            List<CheckedNode> nodes = rule.getNodes().stream().filter(node -> !isGridCellFocus(rule, node)).toList();
            if (BLOCKING.contains(rule.getImpact()) && !nodes.isEmpty()) {
                blocking.put(rule, nodes);
            }
        }
        String described = blocking.entrySet().stream()
                .map(found -> found.getKey().getId() + " (" + found.getKey().getImpact() + "): " + found.getKey().getHelp()
                        + " at " + found.getValue().stream().map(node -> String.valueOf(node.getTarget()))
                        .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
        assertEquals(0, blocking.size(), page + ":\n" + described);
    }
}
