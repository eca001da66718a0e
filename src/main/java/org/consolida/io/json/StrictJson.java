package org.consolida.io.json;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.consolida.inventory.InvalidInputException;
import org.consolida.inventory.Problem;
import org.consolida.io.LimitedInput;
import org.consolida.io.ReadLimits;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * JSON as every input file of ours is read (inventories, batch manifests): a key given twice, anything after the
 * document, nesting deeper than {@value #MAX_DEPTH}, a string longer than the cell limit or a file beyond the file
 * limit are problems located by line and column (and path), never a silent last-one-wins or an internal error.
 */
public final class StrictJson {
    /** Our files nest a few levels deep; a hundred is generous and keeps a hostile document from the stack. */
    public static final int MAX_DEPTH = 100;

    private StrictJson() {
    }

    /** The document's tree, or an InvalidInputException located at the problem. */
    public static JsonNode read(Path file, ReadLimits limits) {
        String shown = file.toString();
        try {
            long size = Files.size(file);
            if (size > limits.maxFileBytes()) {
                throw InvalidInputException.of(shown, "", "the file is too large (" + ReadLimits.size(size)
                        + "; at most " + ReadLimits.size(limits.maxFileBytes()) + ")");
            }
        } catch (IOException e) {
            throw InvalidInputException.of(shown, "", "cannot be read: " + e.getMessage());
        }
        ObjectMapper mapper = mapper(limits);
        JsonParser parser = null;
        try (InputStream in = new LimitedInput(Files.newInputStream(file), limits.maxFileBytes())) {
            parser = mapper.createParser(in);
            JsonNode root = mapper.readTree(parser);
            if (root != null && parser.nextToken() != null) {
                throw InvalidInputException.of(shown, where(parser.currentTokenLocation(), parser), "not valid JSON: "
                        + "something follows the document (a second document, or stray text)");
            }
            return root;
        } catch (JacksonException e) {
            JsonLocation at = e.getLocation() != null && e.getLocation().getLineNr() > 0 ? e.getLocation()
                    : parser == null ? null : parser.currentLocation();
            throw new InvalidInputException(Problem.error(shown, where(at, parser), "not valid JSON: " + message(e)));
        } catch (IOException e) {
            throw InvalidInputException.of(shown, "", "cannot be read: " + e.getMessage());
        }
    }

    static ObjectMapper mapper(ReadLimits limits) {
        JsonFactory factory = JsonFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH)
                        .maxStringLength(limits.maxCellChars()).build())
                .build();
        return JsonMapper.builder(factory).build();
    }

    /** "line 3, column 14 (/workloads/0/memory_gib)"; a constraint (nesting depth) has only the parser's place. */
    private static String where(JsonLocation at, JsonParser parser) {
        if (at == null || at.getLineNr() <= 0) {
            return "";
        }
        String path = "";
        if (parser != null && parser.getParsingContext() != null) {
            String pointer = parser.getParsingContext().pathAsPointer().toString();
            path = pointer.isEmpty() ? "" : " (" + pointer + ")";
        }
        return "line " + at.getLineNr() + ", column " + at.getColumnNr() + path;
    }

    private static String message(JacksonException e) {
        String message = e.getOriginalMessage();
        if (message == null) {
            message = e.getClass().getSimpleName();
        }
        if (message.contains("nesting depth")) {
            return "nested more than " + MAX_DEPTH + " levels deep; no inventory or manifest nests like this";
        }
        if (message.contains("String value length")) {
            return "a text longer than the limit of one value (-Dconsolida.maxCellChars)";
        }
        if (message.contains("Trailing token")) {
            return "something follows the document (a second document, or stray text): " + message.lines()
                    .findFirst().orElse("");
        }
        return message.lines().findFirst().orElse(message);
    }
}
