package io.newspulse.sink;

import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Collections;
import org.apache.flink.util.FlinkUserCodeClassLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes the JDBC drivers of the job jar out of {@link DriverManager} once the job is done with them. A driver
 * registers itself when its class is loaded, and DriverManager belongs to the JVM: on a cluster it would keep each
 * finished job's class loader reachable, and with it everything that loader loaded (language profiles, gazetteer,
 * about 10 MB of classes). A TaskManager of 1 GB ran out of memory on the third job in a row.
 *
 * <p>Only a job loaded by Flink's user-code class loader (a jar submitted to a cluster) is concerned: when the job's
 * classes are on the JVM's own class path (the local MiniCluster, tests, the command line), the drivers stay.
 */
final class JdbcDrivers {
    private static final Logger LOG = LoggerFactory.getLogger(JdbcDrivers.class);
    /** The name of the release hook; one per class loader. */
    static final String RELEASE_HOOK = "newspulse-deregister-jdbc-drivers";

    private JdbcDrivers() {}

    /** Whether this class, and so the job's drivers, came from a job jar's own class loader. */
    static boolean loadedByJob() {
        return JdbcDrivers.class.getClassLoader() instanceof FlinkUserCodeClassLoader;
    }

    /** Deregisters the drivers the job's class loader registered, if the job was loaded from a jar; returns how many. */
    static int deregister() {
        if (!loadedByJob()) {
            return 0;
        }
        ClassLoader own = JdbcDrivers.class.getClassLoader();
        int n = 0;
        for (Driver d : Collections.list(DriverManager.getDrivers())) {
            if (d.getClass().getClassLoader() == own) {
                try {
                    DriverManager.deregisterDriver(d);
                    n++;
                } catch (SQLException | SecurityException e) {
                    LOG.warn("Could not deregister the JDBC driver {}; the job's class loader stays in memory",
                            d.getClass().getName(), e);
                }
            }
        }
        LOG.info("deregistered {} JDBC driver(s) of the job's class loader", n);
        return n;
    }
}
