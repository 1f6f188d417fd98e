package io.newspulse.sink;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.net.URL;
import java.sql.DriverManager;
import org.apache.flink.util.ChildFirstClassLoader;
import org.junit.jupiter.api.Test;

class JdbcDriversTest {
    /**
     * A job jar on a cluster: the job's classes and its SQLite driver in a user-code class loader of Flink's, as a
     * TaskManager loads them. Its driver leaves DriverManager; the one on the class path stays.
     */
    @Test
    void theDriversOfAJobJarLeaveDriverManagerAndThoseOnTheClassPathStay() throws Exception {
        assertThat(JdbcDrivers.deregister()).as("classes on the JVM's class path").isZero();

        URL[] jar = {
            JdbcDrivers.class.getProtectionDomain().getCodeSource().getLocation(),
            org.sqlite.JDBC.class.getProtectionDomain().getCodeSource().getLocation()
        };
        try (ChildFirstClassLoader job = new ChildFirstClassLoader(jar, getClass().getClassLoader(),
                new String[] {"org.apache.flink.", "org.slf4j", "org.apache.logging"}, e -> {})) {
            Class.forName("org.sqlite.JDBC", true, job); // registers the job's own driver
            Method deregister = Class.forName(JdbcDrivers.class.getName(), true, job).getDeclaredMethod("deregister");
            deregister.setAccessible(true);

            assertThat(deregister.invoke(null)).as("the job's driver").isEqualTo(1);
            assertThat(deregister.invoke(null)).as("nothing left").isEqualTo(0);
        }
        assertThat(DriverManager.getDriver("jdbc:sqlite:x.db")).isInstanceOf(org.sqlite.JDBC.class);
    }
}
