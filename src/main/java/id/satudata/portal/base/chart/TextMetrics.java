package id.satudata.portal.base.chart;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures and fits text for the chart images with the Java2D sans-serif font, so bitmap
 * and SVG are laid out alike.
 */
final class TextMetrics {

    static final String FAMILY = Font.SANS_SERIF;

    private static final FontRenderContext CONTEXT = new FontRenderContext(new AffineTransform(), true, true);

    private static final String ELLIPSIS = "\u2026";

    private TextMetrics() {
    }

    static Font font(double size, boolean bold) {
        return new Font(FAMILY, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) size);
    }

    static double width(String text, double size, boolean bold) {
        if (text.isEmpty()) {
            return 0;
        }
        return font(size, bold).getStringBounds(text, CONTEXT).getWidth();
    }

    /** The text, shortened with an ellipsis when wider than {@code maxWidth}. */
    static String fit(String text, double maxWidth, double size, boolean bold) {
        if (width(text, size, bold) <= maxWidth) {
            return text;
        }
        int end = text.length();
        while (end > 0 && width(text.substring(0, end).strip() + ELLIPSIS, size, bold) > maxWidth) {
            end--;
        }
        return end == 0 ? "" : text.substring(0, end).strip() + ELLIPSIS;
    }

    /**
     * Breaks a text into at most {@code maxLines} lines no wider than {@code maxWidth};
     * the last line ends in an ellipsis when text is left over.
     */
    static List<String> wrap(String text, double maxWidth, double size, boolean bold, int maxLines) {
        List<String> lines = new ArrayList<>();
        String[] words = text.strip().split("\\s+");
        StringBuilder line = new StringBuilder();
        int i = 0;
        while (i < words.length && lines.size() < maxLines - 1) {
            String candidate = line.isEmpty() ? words[i] : line + " " + words[i];
            if (width(candidate, size, bold) <= maxWidth || line.isEmpty()) {
                line.setLength(0);
                line.append(candidate);
                i++;
            }
            else {
                lines.add(fit(line.toString(), maxWidth, size, bold));
                line.setLength(0);
            }
        }
        StringBuilder rest = new StringBuilder(line);
        for (; i < words.length; i++) {
            rest.append(rest.isEmpty() ? "" : " ").append(words[i]);
        }
        if (!rest.isEmpty()) {
            lines.add(fit(rest.toString(), maxWidth, size, bold));
        }
        return lines;
    }

}
