package id.satudata.portal.base.chart;

import java.awt.Color;

/** Colours of the chart images, close to the ECharts defaults the screens use. */
final class ChartPalette {

    static final Color TEXT = new Color(0x33, 0x33, 0x33);

    static final Color AXIS_TEXT = new Color(0x6E, 0x70, 0x79);

    static final Color AXIS_LINE = new Color(0x6E, 0x70, 0x79);

    static final Color GRID = new Color(0xE0, 0xE6, 0xF1);

    static final Color BACKGROUND = Color.WHITE;

    private static final Color[] SERIES = { new Color(0x54, 0x70, 0xC6), new Color(0x91, 0xCC, 0x75),
            new Color(0xFA, 0xC8, 0x58), new Color(0xEE, 0x66, 0x66), new Color(0x73, 0xC0, 0xDE),
            new Color(0x3B, 0xA2, 0x72), new Color(0xFC, 0x84, 0x52), new Color(0x9A, 0x60, 0xB4),
            new Color(0xEA, 0x7C, 0xCC) };

    private ChartPalette() {
    }

    static Color series(int index) {
        return SERIES[Math.floorMod(index, SERIES.length)];
    }

    static Color withAlpha(Color color, int alpha) {
        return new Color(color.getRed(), color.getGreen(), color.getBlue(), alpha);
    }

}
