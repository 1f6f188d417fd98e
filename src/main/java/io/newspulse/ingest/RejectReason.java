package io.newspulse.ingest;

import java.util.Locale;

/** Why an input record did not become a counted article; stored as the lower-case code. */
public enum RejectReason {
    EMPTY_RECORD("the record has no value"),
    RECORD_TOO_LARGE("the record is larger than limits.max-record-bytes"),
    FIELD_TOO_LONG("the url or id is longer than limits.max-field-chars"),
    INVALID_JSON("the envelope is not valid JSON"),
    NOT_AN_OBJECT("the envelope is JSON but not an object"),
    WRONG_FIELD_TYPE("an envelope field has the wrong type"),
    MISSING_ID("the envelope has neither url nor id"),
    MISSING_CONTENT("the envelope has neither html nor body"),
    NOT_HTML("the html field does not hold an HTML page"),
    NO_ARTICLE_TEXT("no article text was found (empty page, index page or paywall stub)"),
    INVALID_DATE("a date field cannot be read"),
    NO_EVENT_TIME("neither a published time nor a fetch time is known"),
    FUTURE_DATE("the published time lies further in the future than ingest.max-future-skew"),
    UNSUPPORTED_FILE("the file is not .jsonl, .json, .html or .htm (optionally .gz)"),
    UNREADABLE_FILE("the file could not be read"),
    EXTRACTION_FAILED("the extractor failed on this page"),
    TOO_LATE("the article arrived after its windows closed and their allowed lateness passed");

    private final String meaning;

    RejectReason(String meaning) {
        this.meaning = meaning;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String meaning() {
        return meaning;
    }
}
