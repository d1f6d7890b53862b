package org.journeystudio.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.journeystudio.model.AnswerScale;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Opportunity;
import org.journeystudio.model.RatingScale;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.store.ResponseCounts;
import org.journeystudio.testing.RequiredTool;
import org.journeystudio.testing.SampleMaps;
import org.journeystudio.testing.SlowTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One participant's whole flow on the phone page in headless Chromium (the system's chromium and chromedriver,
 * never a downloaded one), then the facilitator's numbers; every screen of it is checked against WCAG 2.1 AA
 * by axe-core ({@code scripts/check-phone-page-accessibility}). {@code -Dworkshop.screenshots=docs/screenshots}
 * also saves each step at phone size.
 */
@SlowTest
class PhonePageBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String HOSTILE_TITLE = "<img src=x onerror=\"window.owned=1\">Room";
    private static final String HOSTILE_OPPORTUNITY = "<img src=x onerror=\"window.owned=3\">Free wifi";

    @TempDir
    Path folder;
    private RunningWorkshop room;
    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void start() {
        RequiredTool.require("apt-get install -y chromium chromium-driver (.ci/run installs them)",
                CHROMIUM.toString(), CHROMEDRIVER.toString());
        JourneyMap hotel = SampleMaps.hotel("map-browser");
        Touchpoint room = hotel.touchpoint("tp-room").orElseThrow();
        this.room = new RunningWorkshop(folder.resolve("library"), hotel.withTouchpoint(room.withTitle(HOSTILE_TITLE))
                .withOpportunities(java.util.List.of(Opportunity.idea("opp-wifi", HOSTILE_OPPORTUNITY, null),
                        Opportunity.idea("opp-late", "Late check-out", null))));
        browser = chromium("en-US,en");
        wait = new WebDriverWait(browser, Duration.ofSeconds(10));
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (room != null) {
            room.close();
        }
    }

    @Test
    void aParticipantJoinsRatesEveryStageCommentsAndTheFacilitatorSeesIt() throws IOException {
        browser.get(room.session.participantAddress().toString());
        visible("pin");
        screenshot("pin");
        joinAfterAWrongPin("not this workshop");
        screenshot("segment");
        assertThat(browser.findElement(By.id("map-title")).getText()).isEqualTo("Hotel stay");
        choice("Business travellers").click();

        visible("rate");
        assertThat(browser.findElement(By.id("stage-heading")).getText()).isEqualTo("Book");
        assertThat(focused()).as("a screen reader is taken to the new screen's heading").isEqualTo("stage-heading");
        rate("Search rooms", 4);
        rate("Pay online", 2);
        writeComment("Pay online", "<script>window.owned=2</script>The card form timed out");
        screenshot("rating");
        browser.findElement(By.id("next")).click();

        wait.until(ExpectedConditions.textToBe(By.id("stage-heading"), "Stay"));
        assertThat(focused()).as("and to the next stage's").isEqualTo("stage-heading");
        rate("Check in", 5);
        rate(HOSTILE_TITLE, 3);
        rate("Check in", 1);
        browser.findElement(By.id("next")).click();
        visible("thanks");
        assertThat(focused()).isEqualTo("thanks-heading");
        screenshot("thanks");
        room.session.setRevealed(true);
        visible("means");
        assertThat(browser.findElement(By.id("means-list")).getText()).contains("Search rooms: 4 of 5",
                "Check in: 1 of 5");
        screenshot("revealed");

        room.session.openDots(2);
        visible("dots");
        dotButton("Late check-out", "+").click();
        wait.until(ExpectedConditions.textToBe(By.id("dots-left"), "1 of 2 dots left"));
        dotButton("Late check-out", "+").click();
        wait.until(ExpectedConditions.textToBe(By.id("dots-left"), "0 of 2 dots left"));
        assertThat(dotButton(HOSTILE_OPPORTUNITY, "+").isEnabled()).as("no dot left to place").isFalse();
        screenshot("dots");
        room.session.showDots(true);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("dot-list"), "The room: 2 dots"));
        assertThat(room.session.dots().results()).contains(java.util.Map.of("opp-late", 2));

        Object owned = ((JavascriptExecutor) browser).executeScript("return window.owned === undefined ? null : window.owned;");
        assertThat(owned).as("markup in a title or comment never runs").isNull();
        assertThat(browser.findElements(By.cssSelector("img"))).isEmpty();

        WorkshopState state = room.session.state();
        ResponseCounts counts = state.counts();
        int business = counts.labels().indexOf("seg-biz");
        assertThat(state.participants()).isEqualTo(1);
        assertThat(counts.answers(business, 0, point(4))).isEqualTo(1);
        assertThat(counts.answers(business, 1, point(2))).isEqualTo(1);
        assertThat(counts.answers(business, 2, point(1))).as("the changed answer replaced the first").isEqualTo(1);
        assertThat(counts.answers(business, 2, point(5))).isZero();
        assertThat(counts.answers(business, 3, point(3))).isEqualTo(1);
        // The facilitator's heatmap is built from this state: the participant's answers are its Business cells.
        LiveHeatmap facilitator = LiveHeatmap.of(state, room.map);
        int businessColumn = facilitator.columns().stream().map(LiveHeatmap.Column::label).toList().indexOf("seg-biz");
        assertThat(facilitator.cell(0, businessColumn).mean()).isEqualTo(4.0);
        assertThat(facilitator.cell(2, businessColumn).mean()).as("the changed answer").isEqualTo(1.0);
        assertThat(facilitator.cell(2, businessColumn).n()).isEqualTo(1);
        assertThat(facilitator.answers()).isEqualTo(4);
        assertThat(state.comments()).singleElement().satisfies(c -> {
            assertThat(c.text()).isEqualTo("<script>window.owned=2</script>The card form timed out");
            assertThat(c.touchpointId()).isEqualTo("tp-pay");
            assertThat(c.kind()).isEqualTo(LiveComment.Kind.PAIN_POINT);
        });
    }

    @Test
    void theAccessibilityCheckFindsWhatItLooksFor() {
        browser.get("data:text/html,<html lang=en><title>t</title><main><input type=text>"
                + "<p style='color:%23777;background:%23888'>low contrast</p></main></html>");
        assertThatThrownBy(() -> AxeCheck.assertAccessible(browser, "bad page"))
                .hasMessageContaining("label").hasMessageContaining("color-contrast");
    }

    @Test
    void thePageFollowsThePhonesLanguageAndItsSwitchChangesIt() {
        browser.quit();
        browser = chromium("es-ES,es");
        wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        browser.get(room.session.participantAddress().toString());
        wait.until(ExpectedConditions.textToBe(By.id("join-heading"), "Únete al taller"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("es");
        assertThat(browser.findElement(By.cssSelector("label[for=pin]")).getText()).startsWith("PIN de la sesión");
        assertThat(languageButton("ES").getAttribute("aria-pressed")).isEqualTo("true");
        joinAfterAWrongPin("Ese PIN no es el de este taller");
        assertThat(browser.findElement(By.id("segment-heading")).getText()).isEqualTo("¿Con qué perfil participas?");
        choice("Ninguno de estos").click();
        visible("rate");
        assertThat(browser.findElement(By.id("stage-step")).getText()).startsWith("Etapa 1 de ");
        assertThat(browser.findElement(By.id("next")).getText()).isEqualTo("Siguiente etapa");
        assertThat(card("Search rooms").findElement(By.className("ends")).getText()).contains("1 = muy mal");

        languageButton("DE").click();
        wait.until(ExpectedConditions.textToBe(By.id("next"), "Nächste Phase"));
        assertThat(browser.findElement(By.id("stage-step")).getText()).startsWith("Phase 1 von ");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("de");
        assertThat(languageButton("DE").getAttribute("aria-pressed")).isEqualTo("true");
    }

    /** Headless Chromium at a phone's size, whose languages (navigator.languages, Accept-Language) are {@code languages}. */
    private static WebDriver chromium(String languages) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--hide-scrollbars", "--lang=" + languages.split(",")[0]);
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", languages));
        // A phone's viewport (headless windows do not get narrower than 500 px otherwise).
        options.setExperimentalOption("mobileEmulation", java.util.Map.of("deviceMetrics",
                java.util.Map.of("width", 390, "height", 844, "pixelRatio", 1.0), "userAgent",
                "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156 Mobile Safari/537.36"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    private WebElement languageButton(String shown) {
        return browser.findElements(By.cssSelector("#languages button")).stream()
                .filter(b -> b.getText().equals(shown)).findFirst().orElseThrow();
    }

    /** Enters a wrong PIN, waits for the refusal saying {@code refusal}, then joins with the right one. */
    private void joinAfterAWrongPin(String refusal) {
        browser.findElement(By.id("pin")).sendKeys(wrongPin());
        browser.findElement(By.cssSelector("#join-form button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), refusal));
        browser.findElement(By.id("pin")).clear();
        browser.findElement(By.id("pin")).sendKeys(room.session.pin());
        browser.findElement(By.cssSelector("#join-form button")).click();
        visible("segment");
    }

    private String wrongPin() {
        return room.session.pin().equals("123456") ? "654321" : "123456";
    }

    /** The id of the element that has the focus, which a screen reader reads from. */
    private String focused() {
        return (String) ((JavascriptExecutor) browser).executeScript("return document.activeElement.id;");
    }

    private void visible(String id) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    private WebElement choice(String name) {
        return browser.findElements(By.cssSelector("#segment-choices button")).stream()
                .filter(b -> b.getText().startsWith(name)).findFirst().orElseThrow();
    }

    private WebElement card(String title) {
        return browser.findElements(By.cssSelector("#touchpoints .touchpoint")).stream()
                .filter(c -> c.findElement(By.tagName("h2")).getText().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no card titled " + title));
    }

    /** The "+" or "−" (U+2212) button of an opportunity in the dot-voting list. */
    private WebElement dotButton(String title, String sign) {
        return browser.findElements(By.cssSelector("#dot-list .touchpoint")).stream()
                .filter(c -> c.findElement(By.tagName("h2")).getText().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no opportunity titled " + title))
                .findElements(By.tagName("button")).stream().filter(b -> b.getText().equals(sign)).findFirst()
                .orElseThrow();
    }

    private void rate(String title, int value) {
        WebElement button = card(title).findElement(By.cssSelector("button[data-value='" + value + "']"));
        click(button);
        wait.until(ExpectedConditions.attributeToBe(button, "aria-pressed", "true"));
    }

    private void writeComment(String title, String text) {
        WebElement card = card(title);
        click(card.findElement(By.tagName("summary")));
        card.findElement(By.tagName("textarea")).sendKeys(text);
        click(card.findElement(By.cssSelector("details button")));
        wait.until(ExpectedConditions.textToBePresentInElement(card.findElement(By.className("sent")), "Sent"));
    }

    /** Scrolls as a thumb would (the stage buttons stay fixed at the bottom), then taps. */
    private void click(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    /** Checks the page at this step against WCAG 2.1 AA (axe-core), and saves it when screenshots are asked for. */
    private void screenshot(String step) throws IOException {
        AxeCheck.assertAccessible(browser, step);
        String target = System.getProperty("workshop.screenshots");
        if (target == null) {
            return;
        }
        ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0);");
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Path file = Path.of(target).resolve("workshop-phone-" + step + ".png");
        Files.createDirectories(file.getParent());
        Files.copy(shot.toPath(), file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** The point index of a rating on the sample maps' 1-5 scale, as the room counts it. */
    private static int point(int value) {
        return AnswerScale.of(RatingScale.ONE_TO_FIVE).point(value);
    }
}
