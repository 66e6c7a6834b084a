package org.migrationtracker.csv;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.migrationtracker.i18n.Message;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;

/**
 * Reads CSV as Exchange, PowerShell and Excel write it: UTF-8 with or without BOM, UTF-16 with BOM, Windows-1252
 * when the bytes are not UTF-8; CRLF or LF; Windows PowerShell's {@code #TYPE} first line; comma, semicolon
 * (Excel in Danish, Swedish, French and Dutch) or tab delimiters, detected from the header; quoted fields with
 * delimiters and line breaks. Parsing is Apache Commons CSV (docs/adr/0007); this class only prepares its input
 * and checks the shape: every row must have the header's number of fields.
 */
public final class CsvReader {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private CsvReader() {
    }

    /**
     * The file, refused when its shape has any problem; for a caller that checks nothing more.
     *
     * @param maxRows more data rows than this refuse the file
     * @throws CsvRefusedException with every problem of shape found, when there is any
     */
    public static CsvTable read(String fileName, byte[] bytes, int maxRows) {
        var table = readAll(fileName, bytes, maxRows);
        table.refuseIfAny(List.of());
        return table;
    }

    /**
     * The file with every problem of shape found in it (rows with the wrong number of fields, control characters,
     * a header naming a column twice), so that the importer adds the problems of its fields and refuses the file
     * once with all of them ({@link CsvTable#refuseIfAny}). Rows with the wrong number of fields are not among
     * {@link CsvTable#rows()}: their fields are not where the header says. Only what leaves nothing to check
     * refuses the file at once: no bytes, no header, no rows, more rows than the limit, a quote never closed.
     *
     * @param maxRows more data rows than this refuse the file, without reading further
     */
    public static CsvTable readAll(String fileName, byte[] bytes, int maxRows) {
        var notes = new ArrayList<Message>();
        if (bytes.length == 0) {
            throw new CsvRefusedException(fileName, List.of(CsvProblem.ofFile("csv.empty")));
        }
        var decoded = decode(bytes);
        String text = decoded.text();
        int firstLineOffset = 0;
        int skippedLines = 0;
        if (text.startsWith("#TYPE") || text.startsWith("#type")) {
            int end = text.indexOf('\n');
            firstLineOffset = end < 0 ? text.length() : end + 1;
            skippedLines = 1;
            notes.add(Message.of("csv.note.type-line"));
        }
        String body = text.substring(firstLineOffset);
        if (body.isBlank()) {
            throw new CsvRefusedException(fileName, List.of(CsvProblem.ofFile("csv.no-header")));
        }
        char delimiter = detectDelimiter(body);
        if (delimiter == ';') {
            notes.add(Message.of("csv.note.semicolon"));
        } else if (delimiter == '\t') {
            notes.add(Message.of("csv.note.tab"));
        }
        notes.add(decoded.encoding().startsWith("Windows-1252") ? Message.of("csv.note.not-utf8")
                : Message.of("csv.note.encoding", decoded.encoding()));

        int[] lineStarts = lineStarts(body);
        var problems = new ArrayList<CsvProblem>();
        var rows = new ArrayList<CsvTable.Row>();
        int dataRows = 0;
        int lastLine = skippedLines;
        List<String> header = List.of();
        var format = CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(true)
                .setTrim(false)
                .get();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(body)).setFormat(format).get()) {
            var iterator = parser.iterator();
            while (iterator.hasNext()) {
                CSVRecord record = iterator.next();
                int line = lineOf(lineStarts, record.getCharacterPosition()) + skippedLines;
                lastLine = line;
                var values = record.toList();
                if (header.isEmpty()) {
                    header = values.stream().map(String::strip).toList();
                    checkHeader(header, line, problems);
                    checkCharacters(header, List.of(), line, problems);
                    continue;
                }
                if (values.size() == 1 && values.getFirst().isBlank()) {
                    continue;
                }
                if (++dataRows > maxRows) {
                    problems.add(CsvProblem.ofFile("csv.too-many-rows", maxRows));
                    throw new CsvRefusedException(fileName, header, problems);
                }
                checkCharacters(values, header, line, problems);
                if (values.size() != header.size()) {
                    problems.add(CsvProblem.at(line, "", "csv.ragged-row", values.size(), header.size()));
                } else {
                    rows.add(new CsvTable.Row(line, values));
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException broken) {
            problems.add(CsvProblem.at(lastLine + 1, "", "csv.unreadable", rootMessage(broken)));
            throw new CsvRefusedException(fileName, header, problems);
        }
        if (header.isEmpty()) {
            problems.add(CsvProblem.ofFile("csv.no-header"));
            throw new CsvRefusedException(fileName, problems);
        }
        if (dataRows == 0) {
            problems.add(CsvProblem.ofFile("csv.header-only"));
            throw new CsvRefusedException(fileName, header, problems);
        }
        return new CsvTable(fileName, header, rows, delimiter, decoded.encoding(), notes, problems);
    }

    /**
     * Control characters are refused where they are: a NUL or an escape in a display name is never what the admin
     * meant, and the database refuses NUL in text. Tab is a character of a field, CR and LF end lines (and may be
     * in quoted fields).
     */
    private static void checkCharacters(List<String> values, List<String> header, int line, List<CsvProblem> problems) {
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            for (int at = 0; at < value.length(); at++) {
                char c = value.charAt(at);
                if (isRefusedControl(c)) {
                    String column = i < header.size() ? header.get(i) : "";
                    problems.add(CsvProblem.at(line, column, "csv.control-character",
                            String.format("U+%04X", (int) c), at + 1));
                    break;
                }
            }
        }
    }

    /** Whether a value holds no character the reader refuses: only such a value may reach the database. */
    public static boolean isClean(String value) {
        return value.chars().noneMatch(c -> isRefusedControl((char) c));
    }

    static boolean isRefusedControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\r' && c != '\n') || c == 0x7F;
    }

    private static void checkHeader(List<String> header, int line, List<CsvProblem> problems) {
        var seen = new HashSet<String>();
        for (String name : header) {
            if (name.isEmpty()) {
                problems.add(CsvProblem.at(line, "", "csv.header.empty-name"));
            } else if (!seen.add(CsvTable.normalize(name))) {
                problems.add(CsvProblem.at(line, name, "csv.header.twice"));
            }
        }
    }

    private static String rootMessage(Throwable t) {
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    record Decoded(String text, String encoding) {
    }

    static Decoded decode(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return new Decoded(new String(b, 3, b.length - 3, StandardCharsets.UTF_8), "UTF-8 (with BOM)");
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE), "UTF-16 LE");
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE), "UTF-16 BE");
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b)).toString();
            return new Decoded(text, "UTF-8");
        } catch (CharacterCodingException notUtf8) {
            // Windows PowerShell 5 and Excel save in the ANSI code page unless told otherwise
            return new Decoded(new String(b, WINDOWS_1252), "Windows-1252");
        }
    }

    /** The delimiter that splits the header line into the most fields, outside quotes. */
    static char detectDelimiter(String body) {
        int comma = 0;
        int semicolon = 0;
        int tab = 0;
        boolean quoted = false;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                if (c == '\n' || c == '\r') {
                    break;
                }
                switch (c) {
                    case ',' -> comma++;
                    case ';' -> semicolon++;
                    case '\t' -> tab++;
                    default -> {
                    }
                }
            }
        }
        if (semicolon > comma && semicolon >= tab) {
            return ';';
        }
        if (tab > comma && tab > semicolon) {
            return '\t';
        }
        return ',';
    }

    private static int[] lineStarts(String text) {
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, count);
    }

    /** 1-based line of a character position. */
    private static int lineOf(int[] lineStarts, long position) {
        int index = Arrays.binarySearch(lineStarts, (int) position);
        return (index >= 0 ? index : -index - 2) + 1;
    }
}
