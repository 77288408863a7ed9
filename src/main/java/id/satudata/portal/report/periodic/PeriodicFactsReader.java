package id.satudata.portal.report.periodic;

import id.satudata.portal.registry.EventKind;
import id.satudata.portal.sop.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/** Reads and computes the figures of a periodic report. */
@Component
class PeriodicFactsReader {

    private final PeriodicReportRepository repository;

    private final ReleasedDatasets releases;

    PeriodicFactsReader(PeriodicReportRepository repository, ReleasedDatasets releases) {
        this.repository = repository;
        this.releases = releases;
    }

    PeriodicFacts read(Instant start, Instant end) {
        List<PeriodicReportRepository.StateAt> states = repository.statesAt(end);
        List<PeriodicReportRepository.Move> moves = repository.movesOfIntegrationsActiveIn(start, end);
        return new PeriodicFacts(stateCounts(states), repository.requested(start, end), repository.finished(start, end),
                stepCounts(states), compliance(moves, start), returns(moves, start), releases.releasedBy(start, end),
                repository.loadsPerOpd(start, end));
    }

    private static List<PeriodicFacts.StateCount> stateCounts(List<PeriodicReportRepository.StateAt> states) {
        Map<PeriodicFacts.State, Integer> counts = new EnumMap<>(PeriodicFacts.State.class);
        for (PeriodicFacts.State state : PeriodicFacts.State.values()) {
            counts.put(state, 0);
        }
        for (PeriodicReportRepository.StateAt s : states) {
            PeriodicFacts.State state = s.step() == null ? PeriodicFacts.State.FINISHED
                    : PeriodicFacts.State.valueOf(s.status());
            counts.merge(state, 1, Integer::sum);
        }
        return counts.entrySet().stream().map(e -> new PeriodicFacts.StateCount(e.getKey(), e.getValue())).toList();
    }

    private static List<PeriodicFacts.StepCount> stepCounts(List<PeriodicReportRepository.StateAt> states) {
        Map<String, Integer> counts = new TreeMap<>();
        for (PeriodicReportRepository.StateAt s : states) {
            if (s.step() != null) {
                counts.merge(key(s.templateCode(), s.step()), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().map(e -> {
            String[] parts = e.getKey().split("#");
            return new PeriodicFacts.StepCount(parts[0], Integer.parseInt(parts[1]), e.getValue());
        }).toList();
    }

    /** Step visits completed within the period, timed from the move that started them. */
    private static List<PeriodicFacts.StepCompliance> compliance(List<PeriodicReportRepository.Move> moves,
            Instant start) {
        Map<String, List<Timed>> byStep = new TreeMap<>();
        Map<Long, Instant> previous = new HashMap<>();
        for (PeriodicReportRepository.Move move : moves) {
            Instant began = previous.put(move.integrationId(), move.at());
            if (isCompletion(move) && !move.at().isBefore(start) && began != null) {
                byStep.computeIfAbsent(key(move.templateCode(), move.fromStep()), k -> new ArrayList<>())
                    .add(new Timed(Duration.between(began, move.at()), !move.late(), move.code()));
            }
        }
        List<PeriodicFacts.StepCompliance> result = new ArrayList<>();
        byStep.forEach((key, timed) -> {
            String[] parts = key.split("#");
            List<Timed> sorted = timed.stream().sorted(Comparator.comparing(Timed::actual)).toList();
            Timed worst = sorted.getLast();
            int onTime = (int) timed.stream().filter(Timed::onTime).count();
            result.add(new PeriodicFacts.StepCompliance(parts[0], Integer.parseInt(parts[1]), timed.size(), onTime,
                    median(sorted), worst.actual(), worst.code()));
        });
        result.sort(Comparator.comparing(PeriodicFacts.StepCompliance::templateCode)
            .thenComparingInt(PeriodicFacts.StepCompliance::step));
        return result;
    }

    private static List<PeriodicFacts.ReturnFact> returns(List<PeriodicReportRepository.Move> moves, Instant start) {
        return moves.stream()
            .filter(m -> isCompletion(m) && Outcome.NO.name().equals(m.outcome()) && !m.at().isBefore(start))
            .sorted(Comparator.comparing(PeriodicReportRepository.Move::at))
            .map(m -> new PeriodicFacts.ReturnFact(m.code(), m.opdShortName(), m.templateCode(),
                    java.util.Objects.requireNonNull(m.fromStep()), m.toStep(), m.at(), m.note()))
            .toList();
    }

    private static boolean isCompletion(PeriodicReportRepository.Move move) {
        return EventKind.STEP_COMPLETED.name().equals(move.kind()) && move.fromStep() != null;
    }

    private static Duration median(List<Timed> sorted) {
        int n = sorted.size();
        if (n % 2 == 1) {
            return sorted.get(n / 2).actual();
        }
        return sorted.get(n / 2 - 1).actual().plus(sorted.get(n / 2).actual()).dividedBy(2);
    }

    /** Template code and step number, sortable ("KALTIM#03"). */
    private static String key(String template, Integer step) {
        return template + "#" + "%03d".formatted(step);
    }

    private record Timed(Duration actual, boolean onTime, String code) {
    }

}
