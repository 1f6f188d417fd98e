package io.newspulse.testing;

import org.apache.flink.core.execution.JobClient;
import org.apache.flink.runtime.executiongraph.AccessExecutionGraph;
import org.apache.flink.runtime.executiongraph.AccessExecutionVertex;
import org.apache.flink.runtime.minicluster.MiniCluster;

/** What a job on a MiniCluster has done so far: checkpoints completed, tasks restarted. */
public final class JobProgress {
    private JobProgress() {}

    /** Waits until the job has completed a checkpoint (so a fault after it has state to restore from). */
    public static void awaitFirstCheckpoint(MiniCluster cluster, JobClient job) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            AccessExecutionGraph g = cluster.getExecutionGraph(job.getJobID()).get();
            if (g.getCheckpointStatsSnapshot() != null
                    && g.getCheckpointStatsSnapshot().getCounts().getNumberOfCompletedCheckpoints() > 0) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no checkpoint completed within 60 s");
    }

    /** The highest attempt number of any task of a finished job: above 0 when tasks ran again after a failure. */
    public static int maxAttempt(MiniCluster cluster, JobClient job) throws Exception {
        AccessExecutionGraph graph = cluster.getArchivedExecutionGraph(job.getJobID()).get();
        int max = 0;
        for (AccessExecutionVertex v : graph.getAllExecutionVertices()) {
            max = Math.max(max, v.getCurrentExecutionAttempt().getAttemptNumber());
        }
        return max;
    }
}
