package id.satudata.portal.region;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class DisplayGeometryTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void precisionFollowsTheExtentOfTheSet() {
        assertThat(DisplayGeometry.decimalsFor(46.0)).isEqualTo(2);
        assertThat(DisplayGeometry.decimalsFor(5.2)).isEqualTo(3);
        assertThat(DisplayGeometry.decimalsFor(0.53)).isEqualTo(4);
        assertThat(DisplayGeometry.decimalsFor(0)).isEqualTo(6);
    }

    @Test
    void coordinatesAreRoundedAndPointsThatBecomeEqualDropped() {
        String polygon = "[[[116.123456,-0.5],[116.1234,-0.50001],[117.0,-0.5],[117.0,0.5],[116.123456,-0.5]]]";
        String json = DisplayGeometry.toJson("Polygon", JSON.readTree(polygon), 3);
        assertThat(json).isEqualTo(
                "{\"type\":\"Polygon\",\"coordinates\":[[[116.123,-0.5],[117,-0.5],[117,0.5]," + "[116.123,-0.5]]]}");
    }

    @Test
    void partsThatCollapseAtThisScaleGoAndTheRestStays() {
        String multi = "[[[[0,0],[1,0],[1,1],[0,0]]],[[[5.0001,5.0001],[5.0002,5.0001],[5.0002,5.0002],[5.0001,5.0001]]]]";
        String json = DisplayGeometry.toJson("MultiPolygon", JSON.readTree(multi), 2);
        assertThat(json).isEqualTo("{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[0,0]]]}");
    }

    @Test
    void negativeAndSmallNumbersAreWrittenWithoutExponent() {
        assertThat(DisplayGeometry.appendFixed(new StringBuilder(), -1050, 3).toString()).isEqualTo("-1.05");
        assertThat(DisplayGeometry.appendFixed(new StringBuilder(), 7, 4).toString()).isEqualTo("0.0007");
    }

}
