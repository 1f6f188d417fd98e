package io.newspulse.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.JsonNode;
import io.newspulse.Json;
import java.io.IOException;

/** Turns envelope bytes into an {@link ArticleEnvelope}, or says precisely what is wrong with them. */
public final class EnvelopeParser {
    /**
     * Strict: one JSON value and nothing after it ({@code {…}}garbage} is not an envelope), and no field twice
     * ({@code {"url": "a", "url": 7}} has no one meaning).
     */
    private static final ObjectReader READER = Json.MAPPER.reader()
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private EnvelopeParser() {}

    public static ArticleEnvelope parse(byte[] json) throws InvalidInputException {
        JsonNode root;
        try {
            root = READER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(RejectReason.INVALID_JSON, e.getOriginalMessage());
        } catch (IOException e) {
            throw new InvalidInputException(RejectReason.INVALID_JSON, String.valueOf(e.getMessage()));
        }
        if (root == null || root.isMissingNode()) {
            throw new InvalidInputException(RejectReason.EMPTY_RECORD, "the record is empty");
        }
        if (!root.isObject()) {
            throw new InvalidInputException(RejectReason.NOT_AN_OBJECT, "expected a JSON object, got " + root.getNodeType());
        }
        ArticleEnvelope envelope = new ArticleEnvelope(
                text(root, "id", true), text(root, "url", false), text(root, "html", false),
                text(root, "title", false), text(root, "body", false), text(root, "published_at", true),
                publisher(root), text(root, "author", false), text(root, "fetched_at", true), text(root, "source", false),
                text(root, "language", false));
        if (envelope.identity() == null) {
            throw new InvalidInputException(RejectReason.MISSING_ID, "the envelope has neither 'url' nor 'id'");
        }
        if (envelope.html == null && envelope.body == null) {
            throw new InvalidInputException(RejectReason.MISSING_CONTENT,
                    "the envelope has neither 'html' (a raw page) nor 'body' (an extracted article)");
        }
        return envelope;
    }

    /** A string field; numbers are accepted where {@code numbersAllowed} (ids, epoch times). Blank counts as absent. */
    private static String text(JsonNode root, String field, boolean numbersAllowed) throws InvalidInputException {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isTextual()) {
            String s = node.textValue();
            return s.isBlank() ? null : s;
        }
        if (numbersAllowed && node.isIntegralNumber()) {
            return node.asText();
        }
        throw new InvalidInputException(RejectReason.WRONG_FIELD_TYPE,
                "field '" + field + "' must be a string" + (numbersAllowed ? " or a whole number" : "")
                        + ", got " + node.getNodeType());
    }

    /** {@code publisher} may be a plain name or an object with a {@code name} (as in schema.org). */
    private static String publisher(JsonNode root) throws InvalidInputException {
        JsonNode node = root.get("publisher");
        if (node != null && node.isObject()) {
            JsonNode name = node.get("name");
            return name != null && name.isTextual() && !name.textValue().isBlank() ? name.textValue() : null;
        }
        return text(root, "publisher", false);
    }
}
