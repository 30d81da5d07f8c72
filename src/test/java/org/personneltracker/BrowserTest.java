package org.personneltracker;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.*;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.personneltracker.support.Api;
import org.personneltracker.support.Fixtures;

/**
 * Real-browser checks of the pages with Debian's chromium and chromedriver (headless), run by {@code -Pbrowser}.
 * Browsing walks through the seed's case (read-only, as a first-time user would); logging creates its own records.
 * Selenium Manager is never asked to download anything: the driver and browser paths are given. Screenshots of
 * each main page land in target/screenshots/.
 */
@QuarkusTest
@Tag("browser")
class BrowserTest {

    static final String CHROMIUM = System.getProperty("chromium.binary", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("chromedriver.binary", "/usr/bin/chromedriver");
    static final Path SHOTS = Path.of("target", "screenshots");

    static ChromeDriver driver;
    static Path profile;

    @TestHTTPResource("/")
    URL base;

    @BeforeAll
    static void startBrowser() throws Exception {
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1280,900", "--lang=en-GB",
                "--hide-scrollbars");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort().build();
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stopBrowser() throws Exception {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @BeforeEach
    void freshSession() {
        driver.manage().window().setSize(new Dimension(1280, 900));
        open("/");
        driver.manage().deleteAllCookies();
    }

    /** The Content-Security-Policy allows no inline script or style: the console shows any page that relies on one. */
    @AfterEach
    void noContentSecurityPolicyViolations() {
        List<String> violations = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Refused to")).toList();
        assertEquals(List.of(), violations, "the pages need nothing the Content-Security-Policy refuses");
    }

    private void signIn(String username, String password) {
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("form[action='/login'] button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().contains("/login"));
    }

    private void open(String path) {
        driver.get(base.toString().replaceAll("/$", "") + path);
    }

    /** A full-page screenshot: the window is made as tall as the page first. */
    private void shot(String name) throws Exception {
        shot(name, 1280);
    }

    private void shot(String name, int width) throws Exception {
        driver.manage().window().setSize(new Dimension(width, 900));
        long height = (Long) ((JavascriptExecutor) driver).executeScript(
                "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)");
        driver.manage().window().setSize(new Dimension(width, (int) Math.min(Math.max(height, 700), 6000)));
        File f = driver.getScreenshotAs(OutputType.FILE);
        Files.copy(f.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    /** The page's text; read again when the page was replaced while reading (a wait polling during navigation). */
    private String text() {
        for (int attempt = 1; ; attempt++) {
            try {
                return driver.findElement(By.tagName("body")).getText();
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                if (attempt == 5) {
                    throw e;
                }
            }
        }
    }

    @Test
    void browseFromHomeToATimelineAndFilterByRole() throws Exception {
        open("/");
        assertTrue(driver.getTitle().contains("Personnel Tracker"));
        shot("home");
        driver.findElement(By.linkText("Companies")).click();
        assertTrue(driver.getCurrentUrl().endsWith("/companies"));
        shot("companies");
        driver.findElement(By.cssSelector(".company-card h3 a[href='/companies/anthropic']")).click();
        assertTrue(driver.getTitle().startsWith("Anthropic"));
        assertTrue(text().contains("Mrinank Sharma"));
        assertTrue(text().contains("Claude Opus 4.6"));
        shot("company-timeline");
        shot("company-timeline-phone", 390);

        new Select(driver.findElement(By.id("f-category"))).selectByValue("SAFETY");
        driver.findElement(By.cssSelector("form.filters button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("category=SAFETY"));
        List<WebElement> people = driver.findElements(By.cssSelector(".entry.personnel"));
        assertFalse(people.isEmpty());
        for (WebElement e : people) {
            assertTrue(e.getText().contains("Safety"), e.getText());
        }
        assertTrue(text().contains("Mrinank Sharma"));
        assertFalse(text().contains("Andrej Karpathy"), "a research hire is filtered out");

        driver.findElement(By.linkText("Mrinank Sharma")).click();
        assertTrue(driver.getCurrentUrl().endsWith("/people/mrinank-sharma"));
        shot("person");

        open("/events?category=SAFETY&company=anthropic");
        assertTrue(text().contains("Mrinank Sharma"));
        open("/people");
        shot("people");
        shot("people-phone", 390);
        open("/events");
        shot("events-explorer");
        driver.findElement(By.cssSelector("input[name=category][value=SAFETY]")).click();
        // ticking applies at once (explorer.js), with no empty parameters in the address
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/events?category=SAFETY"));
        // narrowed by text too: other tests add safety events of their own (at their own companies)
        driver.findElement(By.cssSelector("#explorer input[name=q]")).sendKeys("Mrinank");
        driver.findElement(By.cssSelector("#explorer button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("q=Mrinank"));
        assertFalse(driver.getCurrentUrl().matches(".*=(&.*)?$"), "no empty parameter: " + driver.getCurrentUrl());
        driver.findElement(By.xpath("//li[contains(., 'Mrinank Sharma')]//a[starts-with(., 'Details')]")).click();
        assertTrue(text().contains("Lead, Safeguards Research Team"));
        assertTrue(text().contains("Claude Opus 4.6"));
        shot("event-detail");
    }

    @Test
    void signInAndLogADepartureWithAnErrorFirstThenSeeItOnTheTimeline() throws Exception {
        open("/events/new");
        assertTrue(driver.getCurrentUrl().contains("/login"), "editors only: sent to the login page");
        shot("login");
        signIn("admin", Api.ADMIN_PASSWORD);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/events/new"));

        String person = "<script>alert(1)</script> " + Api.unique("Browser");
        String company = Api.unique("Browser Labs");
        driver.findElement(By.id("person")).sendKeys(person);
        driver.findElement(By.id("company")).sendKeys(company);
        driver.findElement(By.id("date")).sendKeys("2026-02-30");
        driver.findElement(By.id("role.title")).sendKeys("Head of Safety Research");
        driver.findElement(By.id("role.team")).sendKeys("Safety Research");
        new Select(driver.findElement(By.id("role.category"))).selectByValue("SAFETY");
        new Select(driver.findElement(By.id("role.seniority"))).selectByValue("HEAD");
        new Select(driver.findElement(By.id("circumstance"))).selectByValue("RESIGNED");
        driver.findElement(By.id("summary")).sendKeys("Announced the resignation in a post.");
        driver.findElement(By.id("sources[0].url")).sendKeys("https://example.com/browser/" + System.nanoTime());
        driver.findElement(By.id("sources[0].publisher")).sendKeys("Example News");
        driver.findElement(By.id("sources[0].quote")).sendKeys("Today is my last day.");
        driver.findElement(By.cssSelector("#event-form .form-actions button[value=save]")).click();

        WebElement dateError = driver.findElement(By.id("date-error"));
        assertTrue(dateError.getText().contains("not a real date"), dateError.getText());
        assertEquals(person, driver.findElement(By.id("person")).getAttribute("value"), "typed values are kept");
        assertEquals("SAFETY", new Select(driver.findElement(By.id("role.category"))).getFirstSelectedOption()
                .getAttribute("value"));
        shot("new-event-error");

        WebElement date = driver.findElement(By.id("date"));
        date.clear();
        date.sendKeys("2026-03");
        driver.findElement(By.cssSelector("#event-form .form-actions button[value=save]")).click();
        // the new person and company are created only once confirmed
        confirmNewNames();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("saved=1"));
        assertTrue(text().contains("Saved"));
        assertTrue(text().contains(person), "the name is shown as text");
        assertNoAlert();

        driver.findElement(By.partialLinkText("timeline")).click();
        assertTrue(text().contains(person));
        assertTrue(text().contains("Mar 2026"));
        assertFalse(text().contains("1 Mar 2026"));
        assertNoAlert();
        assertTrue(driver.findElements(By.xpath("//script[contains(., 'alert(1)')]")).isEmpty(),
                "no script element was injected");

        driver.findElement(By.cssSelector("form[action='/logout'] button")).click();
        assertTrue(text().contains("You are signed out"));
    }

    @Test
    void readAnArticleReviewTheDraftAndLogIt() throws Exception {
        open("/login");
        signIn("admin", Api.ADMIN_PASSWORD);
        // a company of the test's own, and a person the tracker does not know yet (names of letters only)
        String companyName = Api.uniqueName("Corvid", "Lab");
        String company = Fixtures.createCompany(companyName);
        String person = Api.uniqueName("Quinn", "Mar");
        String joiner = Api.uniqueName("Robin", "Hale");
        String article = companyName + " safety lead departs\n\n" + person + ", who led the Alignment Stress-Testing"
                + " team at " + companyName + ", resigned on Monday, March 2, 2026. The departure came weeks after "
                + companyName + " rolled out its new model.\n\n" + joiner + " joined " + companyName
                + " as head of research on March 3, 2026.";
        open("/ingest");
        driver.findElement(By.id("text")).sendKeys(article);
        driver.findElement(By.id("url")).sendKeys("https://example.com/ingest/" + System.nanoTime());
        driver.findElement(By.id("publishedDate")).sendKeys("2026-03-04");
        driver.findElement(By.cssSelector("form[action='/ingest'] button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> text().contains("What the article reports"));
        assertFalse(driver.findElements(By.cssSelector(".article-text mark.span-person")).isEmpty());
        shot("ingest");
        driver.findElement(By.cssSelector(".candidate form button")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.findElements(By.id("event-form")).isEmpty());
        assertEquals("2026-03-02", driver.findElement(By.id("date")).getAttribute("value"));
        assertEquals(company, driver.findElement(By.id("company")).getAttribute("value"));
        shot("ingest-review");
        driver.findElement(By.cssSelector("#event-form .form-actions button[value=save]")).click();
        confirmNewNames();
        // back on the article's results, not pasted again: the first is logged (linking to its event), the next is next
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("logged=1"));
        assertTrue(driver.getCurrentUrl().contains("/ingest/"), driver.getCurrentUrl());
        List<WebElement> candidates = driver.findElements(By.cssSelector("li.candidate"));
        assertTrue(candidates.size() >= 2, text());
        assertTrue(candidates.get(0).getText().contains("logged"), candidates.get(0).getText());
        String event = candidates.get(0).findElement(By.cssSelector(".logged-as a")).getAttribute("href");
        assertEquals("next", candidates.get(1).getAttribute("id"));
        assertTrue(driver.findElement(By.id("logged-note")).getText().contains("Next:"));
        assertEquals(List.of(), axeViolations());
        shot("ingest-logged");
        shot("ingest-logged-phone", 390);
        driver.manage().window().setSize(new Dimension(390, 900));
        assertEquals(List.of(), axeViolations());
        driver.manage().window().setSize(new Dimension(1280, 900));
        driver.get(event);
        assertTrue(text().contains(person));
    }

    @Test
    void makeAndRevokeAnApiTokenThenChangeThePassword() throws Exception {
        String user = Fixtures.createUser("editor");
        open("/account/tokens");
        assertTrue(driver.getCurrentUrl().contains("/login"), "signed-in users only");
        signIn(user, Fixtures.USER_PASSWORD);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/account/tokens"));
        assertTrue(text().contains("You have no API tokens"));
        driver.findElement(By.id("token-name")).sendKeys("Browser script");
        new Select(driver.findElement(By.id("token-role"))).selectByValue("viewer");
        driver.findElement(By.cssSelector("form.token-form button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> text().contains("Copy it now"));
        String token = driver.findElement(By.id("new-token")).getAttribute("value");
        assertTrue(token.matches("pt_[A-Za-z0-9_-]{43}"), token);
        assertTrue(text().contains("Browser script"));
        shot("account-token-created");
        driver.findElement(By.cssSelector("button[aria-label='Revoke the token Browser script']")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> text().contains("The token was revoked"));
        assertFalse(driver.getPageSource().contains(token), "the secret is shown once");

        driver.findElement(By.linkText("Password")).click();
        shot("account-password");
        driver.findElement(By.id("currentPassword")).sendKeys(Fixtures.USER_PASSWORD);
        driver.findElement(By.id("newPassword")).sendKeys("qwertyuiop");
        driver.findElement(By.id("repeatPassword")).sendKeys("qwertyuiop");
        driver.findElement(By.cssSelector("form[action='/account/password'] button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> text().contains("most common passwords"));
        shot("account-password-refused");
        driver.findElement(By.id("currentPassword")).sendKeys(Fixtures.USER_PASSWORD);
        driver.findElement(By.id("newPassword")).sendKeys("kettle orchard lantern");
        driver.findElement(By.id("repeatPassword")).sendKeys("kettle orchard lantern");
        driver.findElement(By.cssSelector("form[action='/account/password'] button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> text().contains("Your password has been changed"));
    }

    /** Ticks "create" for every new name the form asks about, and saves. */
    private static void confirmNewNames() {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("saved=1")
                || !d.findElements(By.id("new-names")).isEmpty());
        if (driver.getCurrentUrl().contains("saved=1")) {
            return;
        }
        for (WebElement box : driver.findElements(By.cssSelector("#new-names input[name=confirmNew]"))) {
            box.click();
        }
        driver.findElement(By.cssSelector("#event-form .form-actions button[value=save]")).click();
    }

    // ---------------------------------------------------------------- correcting the record (issue 13, part B)

    @Test
    void theTypoGuardSuggestsWhileTypingAndAsksBeforeCreatingACompany() throws Exception {
        String token = Api.unique("tg").replace(" ", "").toLowerCase();
        String kept = Fixtures.createCompany("Anthropolis " + token);
        String person = Fixtures.createPerson(Api.unique("Noor Typo"));
        open("/login");
        signIn("admin", Api.ADMIN_PASSWORD);
        open("/events/new");
        new Select(driver.findElement(By.id("type"))).selectByValue("HIRE");
        driver.findElement(By.id("person")).sendKeys(person);
        driver.findElement(By.id("company")).sendKeys("Antropolis " + token);
        // the script fills the list from the suggestions, the close name among them
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.findElements(
                By.cssSelector("#company-list option[value='Anthropolis " + token + "']")).isEmpty()
                && d.findElements(By.cssSelector("#company-list option")).size() < 9);
        driver.findElement(By.id("date")).sendKeys("2025-04");
        new Select(driver.findElement(By.id("role.category"))).selectByValue("RESEARCH");
        driver.findElement(By.id("sources[0].url")).sendKeys("https://example.com/typo/" + System.nanoTime());
        driver.findElement(By.cssSelector("#event-form .form-actions button[value=save]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.findElements(By.id("new-names")).isEmpty());
        String guard = driver.findElement(By.id("new-names")).getText();
        assertTrue(guard.contains("New company “Antropolis " + token + "”"), guard);
        assertTrue(guard.contains("did you mean"), guard);
        shot("b-typo-guard");
        shot("b-typo-guard-phone", 390);
        driver.findElement(By.cssSelector("#new-names button.did-you-mean")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("saved=1"));
        assertTrue(text().contains("Anthropolis " + token), "saved at the company meant");
        given().queryParam("q", "Antropolis " + token).get("/api/companies").then().body("total", is(0));
    }

    @Test
    void retractEditMergeAndAddACompanyEventInTheBrowser() throws Exception {
        String company = Fixtures.createCompany(Api.unique("Browsercorrect"));
        String other = Fixtures.createCompany(Api.unique("Browsercorect"));
        String person = Fixtures.createPerson(Api.unique("Lee Browser"));
        Map<String, Object> body = Fixtures.event("DEPARTURE", "2025-06-03", person, company, "Head of Policy", "POLICY");
        body.put("summary", "Left to start a policy institute.");
        int id = Fixtures.postEvent(body);
        open("/login");
        signIn("admin", Api.ADMIN_PASSWORD);

        open("/events/" + id);
        WebElement link = driver.findElement(By.id("share-link"));
        assertTrue(link.getAttribute("value").startsWith("http"), "the script makes the link absolute");
        driver.findElement(By.cssSelector("button[data-copy=share-link]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> !d.findElement(By.cssSelector(".copy-status"))
                .getText().isEmpty());
        shot("b-event-share");
        driver.findElement(By.linkText("Retract…")).click();
        driver.findElement(By.cssSelector("form[action$='/retract'] button[type=submit]")).click();
        assertTrue(driver.findElement(By.id("form-errors")).getText().contains("Reason"));
        assertEquals("form-errors", driver.switchTo().activeElement().getAttribute("id"), "the summary takes focus");
        shot("b-retract-error", 390);
        driver.findElement(By.id("reason")).sendKeys("The only source withdrew its report.");
        driver.findElement(By.cssSelector("form[action$='/retract'] button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.findElements(By.id("retracted")).isEmpty());
        assertTrue(text().contains("retracted: The only source withdrew its report."));
        shot("b-event-retracted");
        shot("b-event-retracted-phone", 390);

        open("/companies/" + company + "/edit");
        WebElement name = driver.findElement(By.id("name"));
        name.clear();
        driver.findElement(By.id("foundedYear")).sendKeys("twenty");
        driver.findElement(By.cssSelector("form[action$='/edit'] button[type=submit]")).click();
        String errors = driver.findElement(By.id("form-errors")).getText();
        assertTrue(errors.contains("Name") && errors.contains("Founded (year)"), errors);
        shot("b-company-edit-errors");
        shot("b-company-edit-errors-phone", 390);

        open("/companies/" + other + "/merge");
        shot("b-merge");
        shot("b-merge-phone", 390);
        driver.findElement(By.id("into")).sendKeys(company);
        driver.findElement(By.cssSelector("form[action$='/merge'] button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/companies/" + company));
        open("/companies/" + other);
        assertTrue(driver.getCurrentUrl().endsWith("/companies/" + company), "the old address leads to the kept one");

        open("/context-events/new?company=" + company);
        new Select(driver.findElement(By.id("type"))).selectByValue("FUNDING_ROUND");
        driver.findElement(By.id("date")).sendKeys("2025-13");
        driver.findElement(By.id("amount")).sendKeys("a lot");
        driver.findElement(By.cssSelector(".form-actions button[value=save]")).click();
        errors = driver.findElement(By.id("form-errors")).getText();
        assertTrue(errors.contains("Title") && errors.contains("Date") && errors.contains("Amount"), errors);
        shot("b-context-new-errors");
        shot("b-context-new-errors-phone", 390);
        driver.findElement(By.id("title")).sendKeys("Series B");
        WebElement date = driver.findElement(By.id("date"));
        date.clear();
        date.sendKeys("2025-05");
        WebElement amount = driver.findElement(By.id("amount"));
        amount.clear();
        amount.sendKeys("300000000");
        driver.findElement(By.id("currency")).sendKeys("USD");
        driver.findElement(By.id("sources[0].url")).sendKeys("https://example.com/round/" + System.nanoTime());
        driver.findElement(By.cssSelector(".form-actions button[value=save]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/companies/" + company));
        assertTrue(text().contains("Series B"));

        open("/people/" + person + "/edit");
        shot("b-person-edit");
    }

    private static void assertNoAlert() {
        try {
            driver.switchTo().alert();
            fail("an injected script ran");
        } catch (NoAlertPresentException expected) {
            // the page shows the text only
        }
    }

    // ---------------------------------------------------------------- everyday use (issue 13, part A)

    /** axe-core, injected into each page as it is shown. */
    private static String axeSource;

    /** The WCAG 2.1 A and AA rules axe reports as violated on the current page, one line each. */
    @SuppressWarnings("unchecked")
    private List<String> axeViolations() throws Exception {
        if (axeSource == null) {
            try (var in = BrowserTest.class.getResourceAsStream("/axe/axe.min.js")) {
                axeSource = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(axeSource);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        List<Object> found = (List<Object>) js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                + ".then(function (r) { done(r.violations.map(function (v) { return v.id + ': ' + v.help + ' at '"
                + " + v.nodes.slice(0, 3).map(function (n) { return n.target.join(' '); }).join(' | '); })); })"
                + ".catch(function (e) { done(['axe failed: ' + e]); });");
        return found.stream().map(String::valueOf).toList();
    }

    @Test
    void axeFindsNoViolationOnAnyPageAtTwoWidths() throws Exception {
        long sharma = Api.anonymous().queryParam("person", "mrinank-sharma").get("/api/events").then().statusCode(200)
                .extract().jsonPath().getLong("items[0].id");
        List<String> pages = List.of("/", "/companies", "/companies/anthropic", "/companies/anthropic?direction=OUT",
                "/people", "/people?company=anthropic", "/people/mrinank-sharma", "/events", "/events?view=table",
                "/events?category=SAFETY&seniorityAtLeast=HEAD", "/events/" + sharma, "/search?q=Mrinak", "/search",
                "/insights", "/login");
        List<String> problems = new java.util.ArrayList<>();
        for (int width : new int[] {1280, 390}) {
            driver.manage().window().setSize(new Dimension(width, 900));
            for (String page : pages) {
                open(page);
                axeViolations().forEach(v -> problems.add(width + " " + page + " -> " + v));
            }
        }
        open("/login");
        signIn("admin", Api.ADMIN_PASSWORD);
        for (String page : List.of("/events/new", "/ingest", "/admin/import", "/account/tokens", "/account/password")) {
            open(page);
            axeViolations().forEach(v -> problems.add("1280 " + page + " -> " + v));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void searchFromTheHeaderForgivesATypo() throws Exception {
        open("/companies/anthropic");
        WebElement box = driver.findElement(By.id("site-q"));
        box.sendKeys("Mrinak");
        box.submit();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/search?q=Mrinak"));
        assertEquals("Mrinank Sharma", driver.findElement(By.cssSelector("#found-people + ul a")).getText());
        shot("a-search");
        shot("a-search-phone", 390);
        driver.findElement(By.linkText("Mrinank Sharma")).click();
        assertTrue(driver.getCurrentUrl().endsWith("/people/mrinank-sharma"));
    }

    @Test
    void theExplorerOnAPhoneFoldsItsFiltersAndTheChartScrollsByKeyboard() throws Exception {
        driver.manage().window().setSize(new Dimension(390, 900));
        open("/events?category=SAFETY");
        WebElement drawer = driver.findElement(By.cssSelector(".filters-drawer"));
        assertNull(drawer.getAttribute("open"), "folded on a phone");
        assertEquals("Filters (1)", driver.findElement(By.cssSelector(".filters-drawer > summary")).getText());
        long resultsTop = (Long) ((JavascriptExecutor) driver).executeScript(
                "return Math.round(document.getElementById('results-heading').getBoundingClientRect().top + scrollY)");
        assertTrue(resultsTop < 700, "results start within the first screen: " + resultsTop);
        shot("a-explorer-phone", 390);
        driver.manage().window().setSize(new Dimension(390, 900));
        driver.findElement(By.cssSelector(".filters-drawer > summary")).click();
        assertNotNull(drawer.getAttribute("open"));
        driver.manage().window().setSize(new Dimension(1280, 900));
        open("/events?view=table&category=SAFETY");
        shot("a-explorer-table");
        WebElement person = driver.findElement(By.cssSelector("#events-table th[data-key=person] button"));
        person.click();
        assertEquals("ascending", driver.findElement(By.cssSelector("#events-table th[data-key=person]"))
                .getAttribute("aria-sort"));
        List<String> names = driver.findElements(By.cssSelector("#events-table tbody tr td:nth-child(2)")).stream()
                .map(WebElement::getText).toList();
        List<String> sorted = new java.util.ArrayList<>(names);
        sorted.sort(String.CASE_INSENSITIVE_ORDER);
        assertEquals(sorted, names);

        driver.manage().window().setSize(new Dimension(390, 900));
        open("/companies/anthropic");
        WebElement scroll = driver.findElement(By.cssSelector(".chart-scroll"));
        assertEquals("0", scroll.getAttribute("tabindex"), "the chart's scroll box takes the keyboard focus");
        shot("a-timeline-phone", 390);
        driver.manage().window().setSize(new Dimension(1280, 900));
        open("/companies/anthropic");
        shot("a-timeline");
        open("/companies");
        shot("a-companies");
        open("/people");
        shot("a-people");
    }
}
