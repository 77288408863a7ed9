package id.satudata.portal.report.periodic;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The figures of a periodic report, province-wide.
 *
 * @param states integrations by their state at the end of the period
 * @param requested integrations requested within the period
 * @param finished integrations whose last step was done within the period
 * @param atStep open integrations by the step they stood at at the end of the period
 * @param compliance steps completed within the period against their time standard
 * @param returns "no" decisions within the period
 * @param released datasets released (public) by the end of the period
 * @param loads loads within the period per OPD
 */
public record PeriodicFacts(List<StateCount> states, int requested, int finished, List<StepCount> atStep,
        List<StepCompliance> compliance, List<ReturnFact> returns, List<ReleasedDataset> released,
        List<OpdLoads> loads) {

    public PeriodicFacts {
        states = List.copyOf(states);
        atStep = List.copyOf(atStep);
        compliance = List.copyOf(compliance);
        returns = List.copyOf(returns);
        released = List.copyOf(released);
        loads = List.copyOf(loads);
    }

    /** The state of an integration: its status, or FINISHED after its last step. */
    public enum State {

        PENDING, RETURNED, VALIDATED, FINISHED

    }

    public record StateCount(State state, int integrations) {
    }

    public record StepCount(String templateCode, int step, int integrations) {
    }

    /**
     * @param onTime completed by their due time
     * @param median median actual time
     * @param worst longest actual time
     * @param worstCode the integration that took longest
     */
    public record StepCompliance(String templateCode, int step, int completions, int onTime, Duration median,
            Duration worst, String worstCode) {
    }

    public record ReturnFact(String code, String opdShortName, String templateCode, int fromStep,
            @Nullable Integer toStep, Instant at, @Nullable String reason) {
    }

    /**
     * @param newInPeriod released within the period (else earlier)
     */
    public record ReleasedDataset(String title, String opdShortName, Instant releasedAt, long rows,
            boolean newInPeriod) {
    }

    public record OpdLoads(String opdShortName, String opdName, int loads, int accepted, int rejected, int failed,
            long rowsAccepted) {

        public int refused() {
            return rejected + failed;
        }

    }

}
