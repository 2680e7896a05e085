package dev.baton.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.baton.model.error.BatonException;
import dev.baton.model.io.Text;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where commands print. JSON output is one object: {@code {"formatVersion": 1, "kind": …, "data": …}}; errors are
 * {@code kind: "error"}. Text output escapes control characters of user strings so they cannot forge lines.
 */
final class Output {
    static final int JSON_FORMAT_VERSION = 1;
    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new Jdk8Module())
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean json;

    Output(PrintWriter out, PrintWriter err, boolean json) {
        this.out = out;
        this.err = err;
        this.json = json;
    }

    boolean json() {
        return json;
    }

    void json(String kind, Object data) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("formatVersion", JSON_FORMAT_VERSION);
        document.put("kind", kind);
        document.put("data", data);
        try {
            out.println(JSON.writeValueAsString(document));
        }
        catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    /** A note on long work, for people at a terminal only: never in JSON, never when output is piped. */
    void progress(String text) {
        if (!json && System.console() != null) {
            err.println(text);
            err.flush();
        }
    }

    void line(String text) {
        out.println(text);
    }

    void line() {
        out.println();
    }

    /** Prints a table with left-aligned columns; numbers are right-aligned. */
    void table(List<String> header, List<List<String>> rows, String indent) {
        int[] widths = new int[header.size()];
        for (int i = 0; i < header.size(); i++) {
            widths[i] = header.get(i).length();
            for (List<String> row : rows) {
                widths[i] = Math.max(widths[i], safe(row.get(i)).length());
            }
        }
        out.println(indent + format(header, widths, rows, true));
        for (List<String> row : rows) {
            out.println(indent + format(row, widths, rows, false));
        }
    }

    private static String format(List<String> cells, int[] widths, List<List<String>> rows, boolean header) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String cell = safe(cells.get(i));
            // Numbers align right, their header too.
            int column = i;
            boolean numeric = !rows.isEmpty() && rows.stream().allMatch(row -> row.get(column) == null || row.get(column).matches("-?[0-9][0-9,.]*"));
            String padded = numeric ? " ".repeat(widths[i] - cell.length()) + cell : cell + " ".repeat(widths[i] - cell.length());
            line.append(padded);
            if (i < cells.size() - 1) {
                line.append("  ");
            }
        }
        return line.toString().stripTrailing();
    }

    /** A user's string for one cell or line: control characters escaped. */
    static String safe(String text) {
        return text == null ? "" : Text.escapeControlCharacters(text);
    }

    /** Cut to {@code limit} characters, for table cells. */
    static String cut(String text, int limit) {
        return text == null || text.length() <= limit ? text : text.substring(0, limit - 1) + "…";
    }

    void error(Throwable exception) {
        String message = exception instanceof BatonException baton ? baton.getMessage()
                : "internal error: " + exception.getClass().getSimpleName() + ": " + exception.getMessage();
        if (json) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("code", exception instanceof BatonException baton ? baton.code().name() : "INTERNAL");
            error.put("type", Main.type(exception).name());
            error.put("message", message);
            error.put("diagnostics", exception instanceof BatonException baton ? baton.diagnostics() : List.of());
            json("error", error);
        }
        else {
            err.println("baton: " + Text.escapeControlCharacters(message.lines().findFirst().orElse("")));
        }
        if (System.getenv("BATON_DEBUG") != null) {
            exception.printStackTrace(err);
        }
    }
}
