package id.satudata.portal.region;

import id.satudata.portal.base.error.ValidationException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What an import file does to the region table, worked out before anything is written:
 * rows with a code already in the table update that region (name, a code it lacked), the
 * others become new regions under the parent their codes' prefixes name (64.02.05 lies in
 * 64.02, 6403011 in 6403). Any bad row refuses the whole file with the row's number.
 */
final class RegionImportPlan {

    /** A region of the plan: one already in the table, or one the file adds. */
    static final class Node {

        @Nullable Long id;

        final RegionLevel level;

        @Nullable String kemendagri;

        @Nullable String bps;

        String name;

        final @Nullable Node parent;

        Node(@Nullable Long id, RegionLevel level, @Nullable String kemendagri, @Nullable String bps, String name,
                @Nullable Node parent) {
            this.id = id;
            this.level = level;
            this.kemendagri = kemendagri;
            this.bps = bps;
            this.name = name;
            this.parent = parent;
        }

    }

    private record Row(int line, RegionLevel level, @Nullable RegionCode kemendagri, @Nullable RegionCode bps,
            String name) {
    }

    private final Map<String, Node> byCode = new HashMap<>();

    private final Map<String, Integer> claimedBy = new HashMap<>();

    final List<Node> added = new ArrayList<>();

    final List<Node> updated = new ArrayList<>();

    int unchanged;

    private RegionImportPlan(List<Region> existing) {
        for (Region region : existing) {
            Node node = new Node(region.id(), region.level(), region.kodeKemendagri(), region.kodeBps(), region.name(),
                    null);
            index(node);
        }
    }

    static RegionImportPlan of(List<RegionCsv.Line> lines, List<Region> existing) {
        RegionImportPlan plan = new RegionImportPlan(existing);
        lines.stream().map(RegionImportPlan::row).sorted(Comparator.comparing(Row::level)).forEach(plan::apply);
        return plan;
    }

    private static Row row(RegionCsv.Line line) {
        RegionLevel level;
        try {
            level = RegionLevel.valueOf(line.level().strip().toUpperCase(Locale.ROOT).replace("/", ""));
        }
        catch (IllegalArgumentException e) {
            throw new ValidationException("file", "region.import.error.level", line.number(), line.level());
        }
        RegionCode kemendagri = code(line, line.kemendagri(), CodeSystem.KEMENDAGRI, level);
        RegionCode bps = code(line, line.bps(), CodeSystem.BPS, level);
        if (kemendagri == null && bps == null) {
            throw new ValidationException("file", "region.import.error.noCode", line.number());
        }
        String name = line.name().strip();
        if (name.length() < 2 || name.length() > 120) {
            throw new ValidationException("file", "region.import.error.name", line.number());
        }
        return new Row(line.number(), level, kemendagri, bps, name);
    }

    private static @Nullable RegionCode code(RegionCsv.Line line, String raw, CodeSystem system, RegionLevel level) {
        if (RegionCodes.clean(raw).isEmpty()) {
            return null;
        }
        RegionCode code = RegionCodes.parse(raw, system).orElse(null);
        if (code == null || code.level() != level) {
            throw new ValidationException("file", "region.import.error.code", line.number(), raw.strip(), system,
                    level);
        }
        return code;
    }

    private void apply(Row row) {
        claim(row, row.kemendagri());
        claim(row, row.bps());
        Node byKemendagri = find(row.kemendagri());
        Node byBps = find(row.bps());
        if (byKemendagri != null && byBps != null && byKemendagri != byBps) {
            throw disagree(row);
        }
        Node target = byKemendagri != null ? byKemendagri : byBps;
        if (target == null) {
            add(row);
        }
        else {
            change(target, row);
        }
    }

    private void add(Row row) {
        Node parent = null;
        if (row.level() != RegionLevel.PROVINSI) {
            Node viaKemendagri = row.kemendagri() == null ? null : find(row.kemendagri().parent());
            Node viaBps = row.bps() == null ? null : find(row.bps().parent());
            if (viaKemendagri != null && viaBps != null && viaKemendagri != viaBps) {
                throw disagree(row);
            }
            parent = viaKemendagri != null ? viaKemendagri : viaBps;
            if (parent == null) {
                RegionCode code = row.kemendagri() != null ? row.kemendagri() : Objects.requireNonNull(row.bps());
                throw new ValidationException("file", "region.import.error.parentUnknown", row.line(),
                        code.parent().value());
            }
        }
        Node node = new Node(null, row.level(), value(row.kemendagri()), value(row.bps()), row.name(), parent);
        index(node);
        added.add(node);
    }

    private void change(Node target, Row row) {
        if (conflicts(target.kemendagri, row.kemendagri()) || conflicts(target.bps, row.bps())) {
            throw disagree(row);
        }
        boolean changed = !target.name.equals(row.name()) || (target.kemendagri == null && row.kemendagri() != null)
                || (target.bps == null && row.bps() != null);
        if (!changed) {
            unchanged++;
            return;
        }
        target.name = row.name();
        if (target.kemendagri == null) {
            target.kemendagri = value(row.kemendagri());
        }
        if (target.bps == null) {
            target.bps = value(row.bps());
        }
        index(target);
        if (target.id != null && !updated.contains(target)) {
            updated.add(target);
        }
    }

    private void claim(Row row, @Nullable RegionCode code) {
        if (code != null && claimedBy.putIfAbsent(key(code), row.line()) != null) {
            throw new ValidationException("file", "region.import.error.duplicate", row.line(), code.value(),
                    claimedBy.get(key(code)));
        }
    }

    private static boolean conflicts(@Nullable String existing, @Nullable RegionCode incoming) {
        return existing != null && incoming != null && !existing.equals(incoming.value());
    }

    private static ValidationException disagree(Row row) {
        return new ValidationException("file", "region.import.error.codesDisagree", row.line(),
                row.kemendagri() == null ? "–" : row.kemendagri().value(), row.bps() == null ? "–" : row.bps().value());
    }

    private @Nullable Node find(@Nullable RegionCode code) {
        return code == null ? null : byCode.get(key(code));
    }

    private void index(Node node) {
        if (node.kemendagri != null) {
            byCode.put(key(CodeSystem.KEMENDAGRI, node.level, node.kemendagri), node);
        }
        if (node.bps != null) {
            byCode.put(key(CodeSystem.BPS, node.level, node.bps), node);
        }
    }

    private static @Nullable String value(@Nullable RegionCode code) {
        return code == null ? null : code.value();
    }

    private static String key(RegionCode code) {
        return key(code.system(), code.level(), code.value());
    }

    private static String key(CodeSystem system, RegionLevel level, String value) {
        return system + "/" + level + "/" + value;
    }

}
