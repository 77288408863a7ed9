package id.satudata.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The working calendar in a real browser: the administrator finds it in the back-office
 * navigation and sees the year's holidays and the office hours.
 */
class WorkingCalendarJourneyIT extends BrowserTest {

    @Test
    void theAdministratorSeesTheHolidaysOfTheYearAndTheOfficeHours() {
        page.setViewportSize(1366, 1800);
        signIn("admin", "demo12345");
        page.navigate(portal.url("/app/kalender-kerja"));
        assertThat(page.locator("#backoffice-nav")).containsText("Kalender kerja");
        page.locator("#calendar-year").click();
        page.locator("vaadin-select-item", new com.microsoft.playwright.Page.LocatorOptions().setHasText("2026"))
            .first()
            .click();
        assertThat(page.locator("#holiday-grid")).containsText("Idul Fitri 1447 Hijriah");
        assertThat(page.locator("#holiday-grid")).containsText("Cuti bersama");
        assertThat(page.locator("#office-hours-section")).containsText("Jumat");
        screenshot("kalender-kerja");
    }

}
