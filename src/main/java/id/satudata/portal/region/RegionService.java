package id.satudata.portal.region;

import id.satudata.portal.base.error.ValidationException;
import id.satudata.portal.security.Caller;
import id.satudata.portal.security.CurrentCaller;
import id.satudata.portal.security.Role;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The region reference table: public reads and code resolution for everyone (region codes
 * and names are public reference data), imports of region rows by an administrator.
 */
@Service
public class RegionService {

    private static final int MAX_DETECT_VALUES = 5000;

    private final RegionRepository regions;

    private final CurrentCaller caller;

    private final Clock clock;

    private final RegionProperties properties;

    RegionService(RegionRepository regions, CurrentCaller caller, Clock clock, RegionProperties properties) {
        this.regions = regions;
        this.caller = caller;
        this.clock = clock;
        this.properties = properties;
    }

    @Transactional(readOnly = true)
    public List<RegionEntry> find(RegionQuery query, int offset, int limit) {
        return regions.find(query, offset, limit);
    }

    @Transactional(readOnly = true)
    public int count(RegionQuery query) {
        return regions.count(query);
    }

    /** The region a raw code value names in the given code system; never by name. */
    @Transactional(readOnly = true)
    public Optional<Region> resolve(Object raw, CodeSystem system) {
        return RegionCodes.parse(raw, system)
            .flatMap(code -> Optional
                .ofNullable(regions.findByCodes(code.level(), system, List.of(code.value())).get(code.value())));
    }

    /**
     * Regions of one level by canonical code (see {@link RegionCodes}), keyed by code.
     */
    @Transactional(readOnly = true)
    public Map<String, Region> resolveAll(RegionLevel level, CodeSystem system, Collection<String> canonicalCodes) {
        return canonicalCodes.isEmpty() ? Map.of() : regions.findByCodes(level, system, Set.copyOf(canonicalCodes));
    }

    /**
     * Whether a column's values are region codes, and of which level and system: the
     * reading under which most distinct values are known regions. On a tie, dotted values
     * read as Kemendagri and plain digits as BPS (the Open Data convention).
     */
    @Transactional(readOnly = true)
    public Optional<RegionColumn> detect(Collection<?> values) {
        Set<String> distinct = new LinkedHashSet<>();
        for (Object value : values) {
            RegionCodes.clean(value).ifPresent(distinct::add);
            if (distinct.size() >= MAX_DETECT_VALUES) {
                break;
            }
        }
        long dotted = distinct.stream().filter(v -> v.contains(".") && !v.matches("[0-9]+\\.0+")).count();
        CodeSystem preferred = dotted * 2 > distinct.size() ? CodeSystem.KEMENDAGRI : CodeSystem.BPS;
        RegionColumn best = null;
        for (CodeSystem system : List.of(preferred, other(preferred))) {
            for (RegionColumn candidate : candidates(distinct, system)) {
                if (best == null || candidate.resolved() > best.resolved()) {
                    best = candidate;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private List<RegionColumn> candidates(Set<String> distinct, CodeSystem system) {
        Map<RegionLevel, Set<String>> byLevel = new EnumMap<>(RegionLevel.class);
        for (String value : distinct) {
            RegionCodes.parse(value, system)
                .ifPresent(code -> byLevel.computeIfAbsent(code.level(), l -> new HashSet<>()).add(code.value()));
        }
        return byLevel.entrySet()
            .stream()
            .map(e -> new RegionColumn(e.getKey(), system, regions.findByCodes(e.getKey(), system, e.getValue()).size(),
                    distinct.size()))
            .filter(column -> column.resolved() > 0)
            .toList();
    }

    private static CodeSystem other(CodeSystem system) {
        return system == CodeSystem.BPS ? CodeSystem.KEMENDAGRI : CodeSystem.BPS;
    }

    /** Whether the current user may import region rows (the view shows the form then). */
    public boolean canImport() {
        return caller.get().has(Role.ADMINISTRATOR);
    }

    /**
     * Adds and updates regions from a CSV file (see {@link RegionCsv} for the columns);
     * refuses the whole file, changing nothing, at its first bad row.
     */
    @Transactional
    public RegionImportResult importCsv(String fileName, byte[] content) {
        Caller who = caller.get();
        who.requireAnyRole(Role.ADMINISTRATOR);
        if (content.length > properties.maxImportSize().toBytes()) {
            throw new ValidationException("file", "region.import.error.tooLarge",
                    properties.maxImportSize().toMegabytes());
        }
        RegionImportPlan plan = RegionImportPlan.of(RegionCsv.read(content), regions.findAll());
        long importId = regions.insertImport(fileName.isBlank() ? "-" : fileName, who.userId(), who.name(),
                OffsetDateTime.now(clock));
        for (RegionImportPlan.Node node : plan.added) {
            Long parentId = node.parent == null ? null : node.parent.id;
            node.id = regions.insert(node.level, node.kemendagri, node.bps, node.name, parentId, importId);
        }
        for (RegionImportPlan.Node node : plan.updated) {
            regions.update(java.util.Objects.requireNonNull(node.id), node.kemendagri, node.bps, node.name, importId);
        }
        regions.recordImportCounts(importId, plan.added.size(), plan.updated.size(), plan.unchanged);
        return new RegionImportResult(importId, plan.added.size(), plan.updated.size(), plan.unchanged);
    }

}
