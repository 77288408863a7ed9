package id.satudata.portal.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.satudata.portal.base.logging.RequestIdFilter;
import id.satudata.portal.base.logging.UserLogContextFilter;
import id.satudata.portal.base.metrics.PortalMetrics;
import id.satudata.portal.test.DemoPortalTest;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

@DemoPortalTest
@TestPropertySource(properties = "satudata.ops.monitoring-token=scrape-token-for-tests")
@ExtendWith(OutputCaptureExtension.class)
class ObservabilityTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    RequestIdFilter requestIdFilter;

    @Autowired
    UserLogContextFilter userFilter;

    @Autowired
    PortalMetrics metrics;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
            .addFilters(requestIdFilter)
            .apply(springSecurity())
            .addFilters(userFilter)
            .build();
    }

    @Test
    void anonymousVisitorsCannotReadPrometheus() throws Exception {
        int status = mvc.perform(get("/actuator/prometheus")).andReturn().getResponse().getStatus();
        assertThat(status).isEqualTo(401);
    }

    @Test
    void aWrongMonitoringTokenIsRefused() throws Exception {
        int status = mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer guess"))
            .andReturn()
            .getResponse()
            .getStatus();
        assertThat(status).isEqualTo(401);
    }

    @Test
    void theMonitoringTokenReadsPortalMetrics() throws Exception {
        metrics.loadFinished("dinkes-faskes", true, 1200, Duration.ofMillis(340));
        var response = mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer scrape-token-for-tests"))
            .andReturn()
            .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("satudata_loads_total{dataset=\"dinkes-faskes\"")
            .contains("satudata_ingest_rows_total")
            // registered by the registry: the overdue steps of the demo integrations
            .containsPattern("satudata_sop_overdue_steps \\d+\\.0")
            .contains("hikaricp_connections");
    }

    @Test
    void anAdministratorReadsPrometheusButAnOpdUserDoesNot() throws Exception {
        assertThat(status(get("/actuator/prometheus").with(httpBasic("admin", "demo12345")))).isEqualTo(200);
        assertThat(status(get("/actuator/prometheus").with(httpBasic("opd.dinkes", "demo12345")))).isEqualTo(403);
    }

    @Test
    void livenessAndReadinessAreOpenWithoutDetails() throws Exception {
        var response = mvc.perform(get("/actuator/health/readiness")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).isEqualTo("{\"status\":\"UP\"}");
        assertThat(status(get("/actuator/health/liveness"))).isEqualTo(200);
    }

    @Test
    void healthDetailsShowDatabaseAndDiskToAdministrators() throws Exception {
        String body = mvc.perform(get("/actuator/health").with(httpBasic("admin", "demo12345")))
            .andReturn()
            .getResponse()
            .getContentAsString();
        assertThat(body).contains("\"db\"").contains("\"diskSpace\"");
    }

    @Test
    void aSignInWritesOneAuditLineWithRequestIdAndUser(CapturedOutput output) throws Exception {
        mvc.perform(post("/login").param("username", "admin")
            .param("password", "demo12345")
            .header("X-Request-Id", "req-login-42")
            .with(csrf()));
        String line = output.getOut()
            .lines()
            .filter(l -> l.contains("\"event\":\"login.success\""))
            .findFirst()
            .orElseThrow();
        assertThat(line).startsWith("{")
            .contains("\"actor\":\"admin\"")
            .contains("\"requestId\":\"req-login-42\"")
            .contains("\"logger_name\":\"satudata.audit\"");
    }

    @Test
    void aFailedSignInIsAudited(CapturedOutput output) throws Exception {
        mvc.perform(post("/login").param("username", "admin").param("password", "wrong-password").with(csrf()));
        assertThat(output.getOut()).contains("\"event\":\"login.failure\"").contains("BadCredentialsException");
    }

    @Test
    void everyResponseCarriesItsRequestId() throws Exception {
        var response = mvc.perform(get("/actuator/health/liveness").header("X-Request-Id", "abc-123"))
            .andReturn()
            .getResponse();
        assertThat(response.getHeader("X-Request-Id")).isEqualTo("abc-123");
        var generated = mvc.perform(get("/actuator/health/liveness").header("X-Request-Id", "bad id <script>"))
            .andReturn()
            .getResponse();
        assertThat(generated.getHeader("X-Request-Id")).matches("[0-9a-f-]{36}");
    }

    private int status(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

}
