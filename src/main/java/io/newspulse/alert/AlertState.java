package io.newspulse.alert;

/** Per series: whether a new alert may fire, and the story that is live. */
public class AlertState {
    /** False from an alert until the score falls below the re-arm threshold. */
    public boolean armed = true;
    /** Window end of the last alert (new or escalation), epoch millis; 0 when none. */
    public long lastAlertEnd;
    /** Article count at the last alert: an escalation needs this times the escalation factor. */
    public long lastAlertCount;
    /** The newest window end this series has been judged on: re-sent older windows are not judged again. */
    public long lastJudgedEnd = Long.MIN_VALUE;

    public AlertState() {}

    AlertState copy() {
        AlertState c = new AlertState();
        c.armed = armed;
        c.lastAlertEnd = lastAlertEnd;
        c.lastAlertCount = lastAlertCount;
        c.lastJudgedEnd = lastJudgedEnd;
        return c;
    }
}
