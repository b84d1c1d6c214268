package org.w3id.legkg.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.legkg.HeadlessChromium;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The query editor at / in headless Chromium, as a person uses it: the page loads from this server only
 * (the Fuseki UI is bundled, so it works offline), lists the dataset, runs a query and shows the result rows;
 * and a canned query opened from /queries runs in the editor. Uses Debian's chromium and chromedriver at
 * fixed paths (installed by scripts/ensure-chromium.sh); Selenium Manager is never run. Screenshots are kept
 * in target/test-artifacts/server/.
 */
class QueryEditorBrowserTest {
    static final Duration WAIT = Duration.ofSeconds(30);

    static ServerFixture fx;
    static HeadlessChromium chromium;
    static ChromeDriver driver;

    @BeforeAll
    static void start() {
        fx = ServerFixture.get();
        chromium = HeadlessChromium.start("1400,1000", true);
        driver = chromium.driver();
    }

    @AfterAll
    static void stop() {
        if (chromium != null) chromium.close();
    }

    @AfterEach
    void screenshot(TestInfo info) throws IOException {
        Path dir = Path.of(System.getProperty("legkg.buildDir", "target")).resolve("test-artifacts").resolve("server");
        Files.createDirectories(dir);
        Files.write(dir.resolve(info.getTestMethod().orElseThrow().getName() + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void theEditorRunsAQueryAndShowsTheRows() {
        driver.get(fx.base);
        // the start page lists the dataset (from /$/server) and carries the LegKG bar
        new WebDriverWait(driver, WAIT).until(d -> d.findElement(By.tagName("body")).getText().contains("/sparql"));
        assertThat(driver.findElement(By.id("legkg-bar")).getText()).contains("canned queries", "OpenAPI");

        String query = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
                + "SELECT ?deficiency ?label WHERE { ?deficiency <https://w3id.org/legkg/ontology#causesSymptom> "
                + "<https://w3id.org/legkg/id/Tingling> ; rdfs:label ?label } ORDER BY ?label";
        driver.get(fx.base + "#/dataset/sparql/query?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8).replace("+", "%20"));
        List<WebElement> rows = runAndWaitForRows();
        String table = driver.findElement(By.cssSelector(".yasr")).getText();
        assertThat(table).contains("vitamin B12 deficiency");
        long expected = fx.select(query).size();
        assertThat(rows).hasSize((int) expected);
        assertThat(browserErrors()).isEmpty();

        // a read-only service offers no tabs for writing: "add data", "edit" and "manage" are hidden
        assertThat(driver.findElements(By.cssSelector("a.nav-link[href$='/query']"))).anyMatch(WebElement::isDisplayed);
        for (String tab : List.of("a.nav-link[href='#/manage']", "a.nav-link[href$='/upload']", "a.nav-link[href$='/edit']"))
            assertThat(driver.findElements(By.cssSelector(tab))).as(tab).isNotEmpty().noneMatch(WebElement::isDisplayed);
    }

    @Test
    void aCannedQueryOpensFromTheCatalogueInTheEditorAndRuns() {
        driver.get(fx.base + "queries");
        WebElement open = driver.findElement(By.cssSelector("a.open-in-editor[data-query='deficiencies-for-symptom']"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView(true);", open);
        open.click();
        new WebDriverWait(driver, WAIT).until(d -> d.getCurrentUrl().contains("#/dataset/sparql/query"));
        List<WebElement> rows = runAndWaitForRows();
        // the editor's answer is the API's answer for the same example
        int apiRows = ServerFixture.rows(fx.get("api/deficiencies-for-symptom" + ServerFixture.qs("symptom", "pins and needles")).body()).size();
        assertThat(rows).hasSize(apiRows);
        assertThat(driver.findElement(By.cssSelector(".yasr")).getText()).contains("vitamin B12 deficiency", "tingling");
        assertThat(browserErrors()).isEmpty();
    }

    /** Clicks the editor's run button and waits for the result table's body rows. */
    private static List<WebElement> runAndWaitForRows() {
        WebElement run = new WebDriverWait(driver, WAIT).until(d -> {
            List<WebElement> b = d.findElements(By.cssSelector(".yasqe_queryButton"));
            return b.isEmpty() || !b.get(0).isDisplayed() ? null : b.get(0);
        });
        // the editor fills in the query from the URL a moment after the page appears
        new WebDriverWait(driver, WAIT).until(d -> ((String) ((JavascriptExecutor) d).executeScript(
                "const cm = document.querySelector('.CodeMirror'); return cm && cm.CodeMirror ? cm.CodeMirror.getValue() : '';"))
                .contains("SELECT"));
        run.click();
        return new WebDriverWait(driver, WAIT).until(d -> {
            List<WebElement> r = d.findElements(By.cssSelector(".yasr table tbody tr"));
            return r.isEmpty() || r.get(0).getText().isBlank() ? null : r;
        });
    }

    /** Severe messages in the browser console (failed requests, script errors). */
    private static List<String> browserErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(m -> !m.contains("favicon"))
                .toList();
    }
}
