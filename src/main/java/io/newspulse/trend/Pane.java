package io.newspulse.trend;

/** One slide of event time of one series: its counts, and where it ends. */
public class Pane extends WindowAccumulator {
    /** The pane's end, epoch millis (it starts one slide earlier). */
    public long end;

    public Pane() {}

    Pane(long end) {
        this.end = end;
    }
}
