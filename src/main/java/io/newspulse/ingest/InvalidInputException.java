package io.newspulse.ingest;

/** An input that cannot become an article, with the reason code and a human-readable detail. */
public class InvalidInputException extends Exception {
    private final RejectReason reason;

    public InvalidInputException(RejectReason reason, String detail) {
        super(detail, null, false, false);
        this.reason = reason;
    }

    public RejectReason reason() {
        return reason;
    }
}
