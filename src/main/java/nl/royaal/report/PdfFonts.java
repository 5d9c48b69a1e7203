package nl.royaal.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.text.Normalizer;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The report's typeface, Lato (bundled under assets/fonts, SIL Open Font License), embedded as a
 * subset in every PDF so é, ë and ï look the same on every computer.
 *
 * <p>Lato has Latin, Greek and Cyrillic but no emoji, Hebrew or Arabic. A character the font
 * cannot show would make PDFBox throw; {@link #printable} therefore replaces every user-perceived
 * character (grapheme cluster: an emoji with its skin tone or a joined family counts as one) that
 * contains a code point the font lacks by one visible {@link #PLACEHOLDER}, and remembers that it
 * did, so the report can say where to find the original text (the CSV and XLSX keep it whole).
 */
final class PdfFonts {

    /** What stands in the PDF for a character Lato cannot show: a white square (U+25A1), in Lato. */
    static final String PLACEHOLDER = "\u25A1";

    /** The weights the report uses. */
    enum Weight {
        REGULAR("Lato-Regular.ttf"),
        ITALIC("Lato-Italic.ttf"),
        SEMIBOLD("Lato-Semibold.ttf"),
        BOLD("Lato-Bold.ttf"),
        BLACK("Lato-Black.ttf");

        private final String file;

        Weight(String file) {
            this.file = file;
        }
    }

    private static final String FONT_FOLDER = "/nl/royaal/assets/fonts/";
    /** Read once per run: the files are 650 KB each and the same for every report. */
    private static final Map<Weight, byte[]> FILES = new EnumMap<>(Weight.class);
    /** The code points every weight can show. */
    private static final BitSet COVERED;

    static {
        BitSet covered = null;
        for (Weight weight : Weight.values()) {
            byte[] bytes = read(weight.file);
            FILES.put(weight, bytes);
            BitSet mine = coverage(bytes);
            if (covered == null) {
                covered = mine;
            } else {
                covered.and(mine);
            }
        }
        COVERED = covered;
    }

    private final Map<Weight, PDType0Font> fonts = new EnumMap<>(Weight.class);
    private boolean substituted;

    /**
     * Loads every weight into {@code document}, to be embedded as subsets when it is saved.
     * Glyph substitution (GSUB: ligatures such as "ti") is switched off: PDFBox applies it with
     * regular expressions on every line, which made the report several times slower, and a
     * ligature glyph makes "organisatie" harder to find and copy out of the PDF.
     */
    PdfFonts(PDDocument document) throws IOException {
        for (Weight weight : Weight.values()) {
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(FILES.get(weight)));
            font.setEnableGsub(false);
            fonts.put(weight, PDType0Font.load(document, font, true));
        }
    }

    PDType0Font get(Weight weight) {
        return fonts.get(weight);
    }

    /** Whether {@link #printable} had to replace a character so far. */
    boolean substituted() {
        return substituted;
    }

    /** Whether the report's font can show this code point (tabs and line breaks are handled by layout). */
    static boolean canShow(int codePoint) {
        return codePoint >= 0 && COVERED.get(codePoint);
    }

    /**
     * The text as the font can show it: composed (NFC, so "e" + combining acute becomes "é"),
     * tabs as spaces, and every character the font lacks replaced by {@link #PLACEHOLDER}. Line
     * breaks are kept for the layout to handle.
     */
    String printable(String text) {
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC).replace('\t', ' ');
        if (allShown(composed)) {
            return composed;
        }
        StringBuilder shown = new StringBuilder(composed.length());
        BreakIterator clusters = BreakIterator.getCharacterInstance(Locale.ROOT);
        clusters.setText(composed);
        int start = clusters.first();
        for (int end = clusters.next(); end != BreakIterator.DONE; start = end, end = clusters.next()) {
            String cluster = composed.substring(start, end);
            if (invisible(cluster)) {
                continue; // direction marks, joiners, variation selectors: nothing to see, nothing to lose
            }
            if (allShown(cluster)) {
                shown.append(cluster);
            } else {
                shown.append(PLACEHOLDER);
                substituted = true;
            }
        }
        return shown.toString();
    }

    private static boolean invisible(String cluster) {
        return cluster.codePoints().allMatch(codePoint -> !canShow(codePoint)
                && (Character.getType(codePoint) == Character.FORMAT
                        || (codePoint >= 0xFE00 && codePoint <= 0xFE0F)));
    }

    private static boolean allShown(String text) {
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            if (codePoint != '\n' && !canShow(codePoint)) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
    }

    private static byte[] read(String file) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(FONT_FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the build: " + FONT_FOLDER + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BitSet coverage(byte[] bytes) {
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes))) {
            CmapLookup cmap = font.getUnicodeCmapLookup();
            BitSet covered = new BitSet(0x10000);
            for (int codePoint = 0x20; codePoint < 0x30000; codePoint++) {
                if (cmap.getGlyphId(codePoint) != 0) {
                    covered.set(codePoint);
                }
            }
            return covered;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
