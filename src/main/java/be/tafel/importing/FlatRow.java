package be.tafel.importing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;

/**
 * A row of named text cells, as a CSV file or a spreadsheet has them, turned into the fields of an import
 * row: empty cells are left out, the list columns are split on {@code ;}, and the columns
 * {@code access.reachable} and so on become the object {@code access}.
 */
final class FlatRow {
    static final Set<String> LIST_FIELDS = Set.of("domains", "neighbourhoods", "childAgeBands", "needs");
    static final String ACCESS_PREFIX = "access.";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private FlatRow() {}

    /** {@code cells.get(i)} is the value under {@code columns.get(i)}; a null or empty cell is left out. */
    static ObjectNode fields(List<String> columns, List<String> cells) {
        ObjectNode row = NODES.objectNode();
        for (int i = 0; i < columns.size() && i < cells.size(); i++) {
            String column = columns.get(i);
            String value = cells.get(i);
            if (value == null || value.isEmpty()) {
                continue;
            }
            if (column.startsWith(ACCESS_PREFIX)) {
                ObjectNode access = row.has("access") ? (ObjectNode) row.get("access") : row.putObject("access");
                access.put(column.substring(ACCESS_PREFIX.length()), value);
            } else if (LIST_FIELDS.contains(column)) {
                ArrayNode list = row.putArray(column);
                for (String item : value.split(";")) {
                    if (!item.isBlank()) {
                        list.add(item.strip());
                    }
                }
            } else {
                row.put(column, value);
            }
        }
        return row;
    }
}
