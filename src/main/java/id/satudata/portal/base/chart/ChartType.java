package id.satudata.portal.base.chart;

/** Kinds of chart the model describes; every renderer draws all of them. */
public enum ChartType {

    /** Horizontal bars: long category names (OPD, kabupaten/kota) stay readable. */
    BAR,
    /** Vertical columns. */
    COLUMN, LINE, AREA, PIE

}
