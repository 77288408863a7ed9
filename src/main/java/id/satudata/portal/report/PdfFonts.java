package id.satudata.portal.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.encoding.Encoding;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.apache.pdfbox.pdmodel.font.encoding.WinAnsiEncoding;

/**
 * The PDF's fonts: Helvetica of the standard 14 (no font file needed) with WinAnsi
 * encoding, which covers Indonesian; characters outside it are replaced so a text never
 * breaks the document. Also measures and wraps text.
 */
final class PdfFonts {

    final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

    final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    final PDFont italic = new PDType1Font(Standard14Fonts.FontName.HELVETICA_OBLIQUE);

    private static final Encoding WIN_ANSI = WinAnsiEncoding.INSTANCE;

    /** Makes a text printable in WinAnsi: known look-alikes, otherwise "?". */
    static String safe(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\n') {
                out.append('\n');
            }
            else if (cp == '\t' || cp == '\u00A0' || cp == '\u202F' || cp == '\u2007') {
                out.append(' ');
            }
            else if (cp < 32 || (cp >= 0x7F && cp < 0xA0)) {
                return;
            }
            else if (WIN_ANSI.contains(GlyphList.getAdobeGlyphList().codePointToName(cp))) {
                out.appendCodePoint(cp);
            }
            else {
                out.append(lookAlike(cp));
            }
        });
        return out.toString();
    }

    private static String lookAlike(int cp) {
        return switch (cp) {
            case 0x2010, 0x2011, 0x2012, 0x2212 -> "-";
            case 0x2264 -> "<=";
            case 0x2265 -> ">=";
            case 0x2192 -> "->";
            case 0x2190 -> "<-";
            case 0x2713, 0x2714 -> "v";
            case 0x2715, 0x2716, 0x2717 -> "x";
            case 0x200B, 0xFEFF -> "";
            default -> "?";
        };
    }

    static float width(String text, PDFont font, float size) {
        try {
            return font.getStringWidth(text) / 1000f * size;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Breaks a (safe) text into lines no wider than {@code maxWidth}: at spaces, and
     * inside words longer than a line (hashes, URLs).
     */
    static List<String> wrap(String text, PDFont font, float size, float maxWidth) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" +")) {
                if (word.isEmpty()) {
                    continue;
                }
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(candidate, font, size) <= maxWidth) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                String rest = word;
                while (width(rest, font, size) > maxWidth) {
                    int cut = fittingPrefix(rest, font, size, maxWidth);
                    lines.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                line.append(rest);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private static int fittingPrefix(String word, PDFont font, float size, float maxWidth) {
        int cut = 1;
        while (cut < word.length() && width(word.substring(0, cut + 1), font, size) <= maxWidth) {
            cut++;
        }
        return cut;
    }

}
