package id.satudata.portal.region;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a dashboard asks to be drawn by region: a title, the level of the region-code
 * column, its code system (null: read it from the codes, see
 * {@link RegionService#detect}), one figure per distinct code value, and the unit.
 */
public record RegionFigures(String title, RegionLevel level, @Nullable CodeSystem codeSystem,
        List<RegionFigure> figures, @Nullable String unit) {

    public RegionFigures {
        figures = List.copyOf(figures);
    }

}
