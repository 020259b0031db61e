package be.tafel.importing;

import be.tafel.message.Message;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an import given as CSV files, one per section, named after the section ({@code partners.csv}, or in
 * Dutch {@code personen.csv}; headings and codes may be Dutch too, see {@link WorkbookLabels}).
 * The first line holds the column names (the JSON field names); lists are separated by {@code ;};
 * access scores are columns {@code access.reachable} and so on ({@link FlatRow}). Rows are numbered as a
 * spreadsheet shows them: the header is row 1.
 */
public final class CsvNetworkReader {
    private final NetworkReader reader;

    public CsvNetworkReader(NetworkReader reader) {
        this.reader = reader;
    }

    /** {@code files} maps a file name (with or without {@code .csv}) to its bytes. */
    public be.tafel.model.Network read(Map<String, byte[]> files) {
        List<ImportProblem> problems = new ArrayList<>();
        Map<Section, List<NumberedRow>> sections = new EnumMap<>(Section.class);
        files.forEach((name, bytes) -> {
            String key = name.toLowerCase(java.util.Locale.ROOT).replaceFirst("\\.csv$", "");
            java.util.Optional.ofNullable(WorkbookLabels.section(key))
                    .ifPresentOrElse(
                            section -> {
                                if (sections.containsKey(section)) {
                                    problems.add(new ImportProblem(
                                            key,
                                            null,
                                            null,
                                            Message.of("importCsvTwice", "section", key, "name", name)));
                                } else {
                                    sections.put(section, rows(section, bytes, problems));
                                }
                            },
                            () -> problems.add(new ImportProblem(
                                    key,
                                    null,
                                    null,
                                    Message.of(
                                            "importCsvUnknown",
                                            "name",
                                            name,
                                            "sections",
                                            NetworkReader.sectionKeys()))));
        });
        if (files.isEmpty()) {
            problems.add(new ImportProblem(null, null, null, Message.of("importCsvNone")));
        }
        return reader.read(sections, problems);
    }

    private static List<NumberedRow> rows(Section section, byte[] bytes, List<ImportProblem> problems) {
        List<NumberedRow> rows = new ArrayList<>();
        String text = utf8(section, bytes, problems);
        if (text == null) {
            return rows;
        }
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setTrim(true)
                .setIgnoreEmptyLines(true)
                .get();
        try (CSVParser parser = CSVParser.parse(new StringReader(stripBom(text)), format)) {
            // Dutch headings (naam, werktVoor) name the same fields as the English ones
            List<String> header = parser.getHeaderNames().stream()
                    .map(name -> WorkbookLabels.field(section, name))
                    .toList();
            if (header.isEmpty() || header.stream().allMatch(String::isBlank)) {
                problems.add(new ImportProblem(section.key(), 1, null, Message.of("importCsvNoHeader")));
                return rows;
            }
            for (CSVRecord record : parser) {
                int row = (int) record.getRecordNumber() + 1;
                if (!record.isConsistent()) {
                    problems.add(new ImportProblem(
                            section.key(),
                            row,
                            null,
                            Message.of("importCsvCells", "cells", record.size(), "columns", header.size())));
                    continue;
                }
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < record.size(); i++) {
                    cells.add(
                            i < header.size()
                                    ? WorkbookLabels.code(section, header.get(i), record.get(i))
                                    : record.get(i));
                }
                rows.add(new NumberedRow(row, FlatRow.fields(header, cells)));
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            problems.add(new ImportProblem(
                    section.key(),
                    null,
                    null,
                    Message.of("importCsvUnreadable", "reason", String.valueOf(e.getMessage()))));
        }
        return rows;
    }

    private static String utf8(Section section, byte[] bytes, List<ImportProblem> problems) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            problems.add(new ImportProblem(section.key(), null, null, Message.of("importCsvNotUtf8")));
            return null;
        }
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
