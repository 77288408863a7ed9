package id.satudata.portal.dashboard;

import id.satudata.portal.datastore.Dataset;
import id.satudata.portal.datastore.DatasetService;
import id.satudata.portal.opd.Opd;
import id.satudata.portal.opd.OpdService;
import id.satudata.portal.registry.Integration;
import id.satudata.portal.registry.IntegrationFilter;
import id.satudata.portal.registry.IntegrationSort;
import id.satudata.portal.registry.RegistryService;
import id.satudata.portal.security.CurrentCaller;
import id.satudata.portal.security.Role;
import id.satudata.portal.sop.IntegrationStatus;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The administrator's overview across all OPDs; for staff. */
@Service
public class OverviewService {

    static final int RECENT_LOADS = 10;

    private final RegistryService registry;

    private final DatasetService datasets;

    private final OpdService opds;

    private final DashboardRepository repository;

    private final CurrentCaller caller;

    private final Clock clock;

    OverviewService(RegistryService registry, DatasetService datasets, OpdService opds, DashboardRepository repository,
            CurrentCaller caller, Clock clock) {
        this.registry = registry;
        this.datasets = datasets;
        this.opds = opds;
        this.repository = repository;
        this.caller = caller;
        this.clock = clock;
    }

    /** Whether the caller sees the overview (staff). */
    public boolean maySee() {
        return caller.get().hasAny(Role.STAFF);
    }

    @Transactional(readOnly = true)
    public AdminOverview overview() {
        caller.get().requireAnyRole(Role.STAFF.toArray(Role[]::new));
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Integration> all = new ArrayList<>();
        int page = RegistryService.MAX_PAGE_SIZE;
        for (int offset = 0;; offset += page) {
            List<Integration> chunk = registry.list(IntegrationFilter.all(), IntegrationSort.newestFirst(), offset,
                    page);
            all.addAll(chunk);
            if (chunk.size() < page) {
                break;
            }
        }
        Map<String, Map<Integer, Integer>> perStep = new TreeMap<>();
        all.stream()
            .filter(i -> i.currentStep() != null)
            .forEach(i -> perStep.computeIfAbsent(i.templateCode(), k -> new TreeMap<>())
                .merge(i.currentStep(), 1, Integer::sum));
        Map<Long, Opd> byId = opds.list().stream().collect(Collectors.toMap(Opd::id, Function.identity()));
        List<AdminOverview.RecentLoad> recent = repository.recentLoads(RECENT_LOADS)
            .stream()
            .map(r -> new AdminOverview.RecentLoad(r.loadId(), r.datasetId(), r.datasetTitle(), byId.get(r.opdId()),
                    r.status(), r.rowsAccepted(), r.errorCount(), r.startedAt()))
            .toList();
        return new AdminOverview(registry.statusCounts(IntegrationFilter.all()), perStep, registry.overdueSteps(),
                ranking(all, byId, now), recent, repository.failuresSince(now.minusDays(30)), now);
    }

    private List<AdminOverview.OpdRank> ranking(List<Integration> integrations, Map<Long, Opd> opdsById,
            OffsetDateTime now) {
        Set<Long> validated = integrations.stream()
            .filter(i -> i.status() == IntegrationStatus.VALIDATED)
            .map(Integration::id)
            .collect(Collectors.toSet());
        Map<Long, List<Dataset>> byOpd = datasets.list(null).stream().collect(Collectors.groupingBy(Dataset::opdId));
        return byOpd.entrySet().stream().map(e -> {
            List<Dataset> own = e.getValue();
            int valid = (int) own.stream()
                .filter(d -> d.integrationId() != null && validated.contains(d.integrationId()))
                .count();
            int fresh = (int) own.stream().filter(d -> Freshness.of(d, now) == Freshness.FRESH).count();
            int stale = (int) own.stream().filter(d -> Freshness.of(d, now) == Freshness.STALE).count();
            long rows = own.stream().mapToLong(Dataset::rowCount).sum();
            return new AdminOverview.OpdRank(opdsById.get(e.getKey()), own.size(), valid, fresh, stale, rows);
        })
            .sorted(Comparator.comparingInt(AdminOverview.OpdRank::validatedDatasets)
                .thenComparingDouble(AdminOverview.OpdRank::freshShare)
                .thenComparingInt(AdminOverview.OpdRank::datasets)
                .reversed())
            .toList();
    }

}
