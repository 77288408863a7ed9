package id.satudata.portal.catalog;

import id.satudata.portal.datastore.Dataset;
import id.satudata.portal.datastore.query.DatasetQueryService;
import id.satudata.portal.datastore.query.DistinctValue;
import id.satudata.portal.datastore.schema.SchemaField;
import id.satudata.portal.datastore.schema.FieldType;
import id.satudata.portal.region.RegionService;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes, live from what the back office knows, whether released datasets are current
 * for their update frequency and which Satu Data principles they meet. Only released
 * datasets are looked at ({@link PublicCatalog}), so anyone may ask.
 */
@Service
public class StandingService {

    /** Distinct values of a column looked at to tell whether it holds region codes. */
    static final int CODE_SAMPLE = 200;

    /** Share of those values that must be known regions. */
    static final double CODE_COVERAGE = 0.8;

    private final PublicCatalog catalog;

    private final DatasetQueryService queries;

    private final RegionService regions;

    private final Clock clock;

    StandingService(PublicCatalog catalog, DatasetQueryService queries, RegionService regions, Clock clock) {
        this.catalog = catalog;
        this.queries = queries;
        this.regions = regions;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public DatasetStanding of(PublicDataset released) {
        return new DatasetStanding(timeliness(released.summary()), principles(released));
    }

    /**
     * The standing of an OPD's released datasets (at most
     * {@link PublicCatalog#MAX_PAGE}).
     */
    @Transactional(readOnly = true)
    public OrganisationStanding ofOrganisation(String opdCode) {
        List<DatasetStanding> all = catalog
            .datasets(opdCode, null, null, CatalogOrder.NEWEST, 0, PublicCatalog.MAX_PAGE)
            .items()
            .stream()
            .map(summary -> of(catalog.get(summary.id())))
            .toList();
        return new OrganisationStanding(all.size(), count(all, s -> s.timeliness().state() == Timeliness.State.CURRENT),
                count(all, s -> s.timeliness().late()), count(all, s -> s.principles().standardData()),
                count(all, s -> s.principles().completeMetadata()), count(all, s -> s.principles().openFormats()),
                count(all, s -> s.principles().referenceCodes()));
    }

    private static int count(List<DatasetStanding> all, java.util.function.Predicate<DatasetStanding> test) {
        return (int) all.stream().filter(test).count();
    }

    /** Late once the next load expected after the last one has not come. */
    Timeliness timeliness(DatasetSummary summary) {
        OffsetDateTime last = summary.lastLoadAt();
        if (last == null) {
            return new Timeliness(Timeliness.State.NO_DATA, 0);
        }
        Period interval = summary.updateFrequency().interval();
        if (interval == null) {
            return new Timeliness(Timeliness.State.UNSCHEDULED, 0);
        }
        OffsetDateTime due = last.plus(interval);
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (!now.isAfter(due)) {
            return new Timeliness(Timeliness.State.CURRENT, 0);
        }
        // a started month counts: one day late is "terlambat 1 bulan"
        long months = ChronoUnit.MONTHS.between(due, now) + 1;
        return new Timeliness(Timeliness.State.LATE, (int) Math.min(Integer.MAX_VALUE, months));
    }

    private Principles principles(PublicDataset released) {
        Dataset dataset = released.dataset();
        boolean schema = !dataset.schema().isEmpty();
        boolean open = released.summary().licence().open() && dataset.rowCount() > 0;
        return new Principles(schema, completeMetadata(released.metadata()), open, schema && hasRegionCodes(dataset));
    }

    /** The MS-Ind items the catalogue holds beyond title, description and producer. */
    static boolean completeMetadata(DatasetMetadata m) {
        return Stream
            .of(m.walidata(), m.measure(), m.unit(), m.concept(), m.definition(), m.methodology(), m.classification(),
                    m.estimationLevel(), m.source(), m.contactName() != null ? m.contactName() : m.contactEmail())
            .allMatch(StandingService::present) && m.topic() != null && m.periodStart() != null;
    }

    private static boolean present(@Nullable String text) {
        return text != null && !text.isBlank();
    }

    private boolean hasRegionCodes(Dataset dataset) {
        if (dataset.rowCount() == 0) {
            return false;
        }
        return dataset.schema().fields().stream().filter(StandingService::mayHoldCodes).anyMatch(field -> {
            List<Object> values = queries.distinct(dataset.id(), field.name(), List.of(), CODE_SAMPLE)
                .stream()
                .map(DistinctValue::value)
                .filter(Objects::nonNull)
                .map(Object.class::cast)
                .toList();
            return regions.detect(values).filter(column -> column.coverage() >= CODE_COVERAGE).isPresent();
        });
    }

    private static boolean mayHoldCodes(SchemaField field) {
        return (field.type() == FieldType.STRING || field.type() == FieldType.INTEGER)
                && field.name().matches(".*(kode|code|bps|kemendagri|wilayah|kab|kec|desa|prov).*");
    }

}
