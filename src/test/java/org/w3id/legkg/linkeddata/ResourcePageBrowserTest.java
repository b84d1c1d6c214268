package org.w3id.legkg.linkeddata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.legkg.HeadlessChromium;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium opens a resource page the way a person would: the links and the chain diagram render,
 * the diagram's boxes lead to other pages, and the {@code <script>} label never runs. Uses Debian's
 * chromium and chromium-driver at fixed paths (Selenium Manager is never asked to download anything).
 * The screenshot is kept in {@code target/test-artifacts/linkeddata/}.
 */
class ResourcePageBrowserTest {
    static LinkedDataFixture fx;
    static HeadlessChromium chromium;
    static ChromeDriver driver;

    @BeforeAll
    static void start() {
        fx = LinkedDataFixture.get();
        chromium = HeadlessChromium.start("1280,1600", false);
        driver = chromium.driver();
    }

    @AfterAll
    static void stop() {
        if (chromium != null) chromium.close();
    }

    @Test
    void resourcePageRendersLinksAndTheChainDiagram() throws IOException {
        driver.get(fx.base + "/id/VitaminB12Deficiency");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("vitamin B12 deficiency");
        // the label with <script> is text on the page, and nothing ran
        assertThat(driver.findElement(By.tagName("body")).getText()).contains("<script>alert('x')</script> weakness");
        assertThatNoAlert();

        WebElement svg = driver.findElement(By.cssSelector("svg.chain"));
        assertThat(svg.getSize().getWidth()).isGreaterThan(500);
        assertThat(svg.getSize().getHeight()).isGreaterThan(100);
        List<WebElement> boxes = svg.findElements(By.cssSelector("a.node-link"));
        Set<String> targets = new LinkedHashSet<>();
        for (WebElement a : boxes) targets.add(a.getDomAttribute("href"));
        // nutrient -> function -> deficiency -> mechanism -> symptoms of the fixture, each a link to its page
        assertThat(targets).contains("/id/VitaminB12", "/id/MyelinSynthesis", "/id/VitaminB12Deficiency", "/id/PeripheralNeuropathy",
                "/id/Tingling", "/id/Numbness", "/id/ScriptSymptom");
        assertThat(svg.findElements(By.cssSelector("rect.current"))).hasSize(1);
        assertThat(svg.findElements(By.cssSelector("path.edge")).size()).isGreaterThanOrEqualTo(6);
        for (WebElement rect : svg.findElements(By.cssSelector("rect.node"))) {
            assertThat(rect.getSize().getWidth()).as("a box is drawn").isGreaterThan(100);
            assertThat(rect.isDisplayed()).isTrue();
        }

        // every link of the page body that stays on this server answers
        Set<String> hrefs = new LinkedHashSet<>();
        for (WebElement a : driver.findElements(By.cssSelector("main a[href^='/']"))) hrefs.add(a.getDomAttribute("href"));
        assertThat(hrefs).contains("/id/Article001", "/id/Claim_001_1", "/ontology#actsThrough");
        for (String href : hrefs) {
            String path = href.contains("#") ? href.substring(0, href.indexOf('#')) : href;
            if (path.equals("/") || path.startsWith("/api") || path.startsWith("/sparql")) continue; // the SPARQL service's routes
            assertThat(fx.get(path).statusCode()).as(href).isEqualTo(200);
        }

        Path artifacts = artifactsDir();
        Path shot = artifacts.resolve("resource-page.png");
        Files.write(shot, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        assertThat(Files.size(shot)).isGreaterThan(10_000);

        // A box of the diagram is a link a person can follow.
        svg.findElement(By.cssSelector("a.node-link[href='/id/PeripheralNeuropathy']")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/id/PeripheralNeuropathy"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("peripheral neuropathy");
        assertThat(driver.findElements(By.cssSelector("svg.chain rect.current"))).hasSize(1);
        Files.write(artifacts.resolve("mechanism-page.png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void ontologyDocumentationOpensAtATermAnchor() {
        driver.get(fx.base + "/ontology#VitaminDeficiency");
        WebElement entry = driver.findElement(By.id("VitaminDeficiency"));
        assertThat(entry.getText()).contains("vitamin deficiency", "nutrient deficiency and (deficiency of some vitamin)");
        // the browser scrolled to the entry
        Object top = driver.executeScript("return document.getElementById('VitaminDeficiency').getBoundingClientRect().top;");
        assertThat(((Number) top).doubleValue()).isBetween(-5.0, 200.0);
    }

    private static void assertThatNoAlert() {
        try {
            driver.switchTo().alert();
            throw new AssertionError("a script ran and opened an alert");
        } catch (NoAlertPresentException expected) {
            // escaped: nothing ran
        }
    }

    /** target/test-artifacts/linkeddata (the build directory may be moved with -Dlegkg.buildDir). */
    static Path artifactsDir() throws IOException {
        Path classes = Path.of(System.getProperty("legkg.test.classpath", "target/classes"));
        Path dir = classes.getParent().resolve("test-artifacts/linkeddata");
        Files.createDirectories(dir);
        return dir;
    }
}
