package org.personneltracker.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * RFC 4180 CSV (Commons CSV: CRLF line ends, quotes where needed) with a header row, and cells neutralized against
 * spreadsheet formula injection: a text cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a
 * carriage return is written with a leading apostrophe (OWASP's advice), so a spreadsheet shows it as text.
 */
public final class Csv {

    public static final String MEDIA_TYPE = "text/csv";

    private Csv() {
    }

    /** Writes the header and the rows; numbers are written as they are, text cells neutralized. */
    public static void write(Writer out, List<String> header, Iterable<List<?>> rows) {
        try {
            CSVPrinter p = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get());
            for (List<?> row : rows) {
                for (Object cell : row) {
                    p.print(cell instanceof Number ? cell : neutralize(cell == null ? "" : cell.toString()));
                }
                p.println();
            }
            p.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text with a leading apostrophe when a spreadsheet would read it as a formula. */
    public static String neutralize(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
