package io.newspulse.sink;

import java.io.IOException;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;
import org.apache.flink.api.common.eventtime.Watermark;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A sink whose writer does not throw from {@code close()}. The JDBC connector's writer flushes again when it
 * is closed and rethrows the flush error; when the database is down, that happens while the task is already
 * being cleaned up after the failure, and Flink treats an exception there as fatal and stops the whole
 * TaskManager (which a database outage must never do). Nothing is lost by logging it instead: records are
 * flushed on every checkpoint and at the end of input (where a failure still fails the task), so anything
 * unflushed at close belongs to no completed checkpoint and is replayed after the restart.
 *
 * <p>Its writers also take the job's JDBC drivers out of {@link java.sql.DriverManager} when the TaskManager releases
 * the job's classes ({@link JdbcDrivers}).
 */
final class QuietCloseSink<T> implements Sink<T> {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(QuietCloseSink.class);

    private final Sink<T> delegate;
    private final String name;

    QuietCloseSink(Sink<T> delegate, String name) {
        this.delegate = delegate;
        this.name = name;
    }

    @Override
    public SinkWriter<T> createWriter(WriterInitContext context) throws IOException {
        context.getUserCodeClassLoader().registerReleaseHookIfAbsent(JdbcDrivers.RELEASE_HOOK, JdbcDrivers::deregister);
        SinkWriter<T> writer = delegate.createWriter(context);
        return new SinkWriter<T>() {
            @Override
            public void write(T element, Context ctx) throws IOException, InterruptedException {
                writer.write(element, ctx);
            }

            @Override
            public void writeWatermark(Watermark watermark) throws IOException, InterruptedException {
                writer.writeWatermark(watermark);
            }

            @Override
            public void flush(boolean endOfInput) throws IOException, InterruptedException {
                writer.flush(endOfInput);
            }

            @Override
            public void close() {
                try {
                    writer.close();
                } catch (Exception e) {
                    LOG.warn("Closing the {} writer failed; its unflushed rows are replayed from the last checkpoint", name, e);
                }
            }
        };
    }
}
