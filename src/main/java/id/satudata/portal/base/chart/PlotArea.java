package id.satudata.portal.base.chart;

/** A rectangle of the chart image in logical pixels. */
record PlotArea(double x, double y, double width, double height) {

    double right() {
        return x + width;
    }

    double bottom() {
        return y + height;
    }

    double centreX() {
        return x + width / 2;
    }

    double centreY() {
        return y + height / 2;
    }

}
