package id.satudata.portal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import id.satudata.portal.base.chart.EChart;
import id.satudata.portal.dashboard.ui.BackOfficeHomeView;
import id.satudata.portal.opd.OpdFixtures;
import id.satudata.portal.security.Role;
import id.satudata.portal.test.KaribuTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.web.WebAttributes;

class AccessAndLanguageTest extends KaribuTest {

    @Autowired
    OpdFixtures fixtures;

    @Test
    void anonymousVisitorsAreSentToTheLoginForTheBackOffice() {
        UI.getCurrent().navigate(BackOfficeLayout.PATH);
        _assertOne(LoginView.class);
    }

    @Test
    void aSignInThatFailedBecauseTheDatabaseWasAwaySaysSoInsteadOfWrongPassword() {
        LoginForm form = failedSignIn(new InternalAuthenticationServiceException("users could not be read",
                new CannotGetJdbcConnectionException("connection refused")));
        assertThat(form.isError()).isTrue();
        assertThat(String.valueOf(form.getElement().getPropertyRaw("i18n"))).contains("Layanan sementara terganggu");

        form = failedSignIn(new BadCredentialsException("bad credentials"));
        assertThat(form.isError()).isTrue();
        assertThat(String.valueOf(form.getElement().getPropertyRaw("i18n")))
            .contains("Nama pengguna atau kata sandi salah");
    }

    /** The login page as Spring Security sends a failed sign-in back to it. */
    private static LoginForm failedSignIn(Exception why) {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, why);
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("error", "")));
        return _get(LoginForm.class);
    }

    @Test
    void opdStaffOpenTheBackOfficeHomeWithItsChart() {
        login(fixtures.opdStaff(fixtures.opd("Dinkes")));
        UI.getCurrent().navigate(BackOfficeLayout.PATH);
        _assertOne(BackOfficeHomeView.class);
        EChart chart = _get(EChart.class);
        assertThat(chart.getElement().getAttribute("aria-label")).isEqualTo("Keterlibatan peran pada langkah SOP");
        assertThat(chart.getOption()).contains("\"type\":\"bar\"").contains("Tim Teknis");
        assertThat(_get(SideNav.class).getItems()).extracting(item -> item.getLabel()).contains("Beranda");
    }

    @Test
    void everyRoleMayOpenTheBackOfficeHome() {
        for (Role role : new Role[] { Role.ADMINISTRATOR, Role.PENGAWAS, Role.TEKNIS, Role.KEPALA_DINAS }) {
            login(fixtures.staff(role));
            UI.getCurrent().navigate(BackOfficeLayout.PATH);
            _assertOne(BackOfficeHomeView.class);
            logout();
            UI.getCurrent().navigate("");
        }
    }

    @Test
    void theLanguageSwitchTurnsTheUiIntoEnglish() {
        UI.getCurrent().navigate("login");
        _click(_get(Button.class, spec -> spec.withId("lang-en")));
        MockVaadin.clientRoundtrip(false);
        assertThat(UI.getCurrent().getSession().getLocale()).isEqualTo(Locales.ENGLISH);
        UI.getCurrent().navigate("login");
        assertThat(_get(H1.class, spec -> spec.withText("Sign in to the workspace"))).isNotNull();
    }

}
