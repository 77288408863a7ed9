package id.satudata.portal.report;

import java.util.List;

/**
 * Draws a signature block in the PDF, kept on one page: place and date over the right
 * column, then per official the preamble, role, room to sign, name (bold, underlined) and
 * id line.
 */
final class PdfSignatures {

    private static final float SIZE = 10f;

    private static final float LEADING = 13f;

    private static final float SIGNING_ROOM = 58f;

    private final PdfPager pager;

    private final PdfFonts fonts;

    PdfSignatures(PdfPager pager, PdfFonts fonts) {
        this.pager = pager;
        this.fonts = fonts;
    }

    void draw(Block.Signatures signatures) {
        float columnWidth = pager.width() / 2;
        int roleLines = signatures.signatories()
            .stream()
            .mapToInt(s -> PdfFonts.wrap(PdfFonts.safe(s.role()), fonts.regular, SIZE, columnWidth - 12).size())
            .max()
            .orElse(1);
        float height = LEADING * (3 + roleLines) + SIGNING_ROOM + 16;
        pager.ensure(height);
        pager.down(12);
        float rightColumn = pager.left() + columnWidth;
        centred(signatures.placeAndDate(), rightColumn, columnWidth, false);
        pager.down(LEADING);
        float top = pager.y();
        List<Block.Signatory> signatories = signatures.signatories();
        for (int i = 0; i < signatories.size(); i++) {
            float x = signatories.size() == 1 ? rightColumn : pager.left() + i * columnWidth;
            pager.down(pager.y() - top);
            official(signatories.get(i), x, columnWidth, roleLines);
        }
        pager.down(4);
    }

    private void official(Block.Signatory signatory, float x, float width, int roleLines) {
        centred(signatory.preamble(), x, width, false);
        pager.down(LEADING);
        List<String> role = PdfFonts.wrap(PdfFonts.safe(signatory.role()), fonts.regular, SIZE, width - 12);
        for (String line : role) {
            centred(line, x, width, false);
            pager.down(LEADING);
        }
        // names of both officials on one line, however many lines their roles take
        pager.down(SIGNING_ROOM + (roleLines - role.size()) * LEADING);
        float nameWidth = centred(signatory.name(), x, width, true);
        float lineY = pager.y() - SIZE - 1.5f;
        pager.line(x + (width - nameWidth) / 2, lineY, x + (width + nameWidth) / 2, lineY, 0.6f, PdfTables.TEXT);
        pager.down(LEADING);
        centred(signatory.idLine(), x, width, false);
        pager.down(LEADING);
    }

    /** Draws a line centred in a column and returns its width. */
    private float centred(String text, float x, float width, boolean bold) {
        String safe = PdfFonts.safe(text);
        var font = bold ? fonts.bold : fonts.regular;
        float textWidth = PdfFonts.width(safe, font, SIZE);
        pager.text(safe, x + (width - textWidth) / 2, pager.y() - SIZE, font, SIZE, PdfTables.TEXT);
        return textWidth;
    }

}
