package id.satudata.portal.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A document the portal writes, independent of its file format: a title, the language it
 * is written in, the page label pattern ("Halaman {0} dari {1}") and its blocks in order.
 * Build one with {@link #builder} and write it with {@link DocumentWriters}.
 */
public record ReportDocument(String title, @Nullable String subtitle, Locale locale, String pageLabel,
        List<Block> blocks) {

    public ReportDocument {
        blocks = List.copyOf(blocks);
        if (!pageLabel.contains("{0}") || !pageLabel.contains("{1}")) {
            throw new IllegalArgumentException("The page label needs {0} (page) and {1} (pages): " + pageLabel);
        }
    }

    /** The page label of a page, for example "Halaman 2 dari 5". */
    public String pageLabel(int page, int pages) {
        return pageLabel.replace("{0}", Integer.toString(page)).replace("{1}", Integer.toString(pages));
    }

    /** The tables of the document, in order (the sheets of its XLSX). */
    public List<Block.Table> tables() {
        return blocks.stream().filter(Block.Table.class::isInstance).map(Block.Table.class::cast).toList();
    }

    public static Builder builder(String title, Locale locale, String pageLabel) {
        return new Builder(title, locale, pageLabel);
    }

    /** Collects the blocks of a document in reading order. */
    public static final class Builder {

        private final String title;

        private final Locale locale;

        private final String pageLabel;

        private @Nullable String subtitle;

        private final List<Block> blocks = new ArrayList<>();

        private Builder(String title, Locale locale, String pageLabel) {
            this.title = title;
            this.locale = locale;
            this.pageLabel = pageLabel;
        }

        public Builder subtitle(String text) {
            subtitle = text;
            return this;
        }

        public Builder heading(int level, String text) {
            return add(new Block.Heading(level, text));
        }

        public Builder paragraph(String text) {
            return add(new Block.Paragraph(text, Block.Paragraph.Style.NORMAL));
        }

        public Builder note(String text) {
            return add(new Block.Paragraph(text, Block.Paragraph.Style.NOTE));
        }

        public Builder keyValues(List<Block.KeyValue> rows) {
            return add(new Block.KeyValues(rows));
        }

        public Builder table(Block.Table table) {
            return add(table);
        }

        public Builder figure(byte[] png, int width, int height, String caption) {
            return add(new Block.Figure(png, width, height, caption));
        }

        public Builder signatures(String placeAndDate, List<Block.Signatory> signatories) {
            return add(new Block.Signatures(placeAndDate, signatories));
        }

        public Builder pageBreak() {
            return add(new Block.PageBreak());
        }

        public Builder add(Block block) {
            blocks.add(block);
            return this;
        }

        public ReportDocument build() {
            return new ReportDocument(title, subtitle, locale, pageLabel, blocks);
        }

    }

}
