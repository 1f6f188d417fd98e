#!/usr/bin/env bash
# A real multi-process Flink cluster on this machine, from Maven artifacts: one JobManager
# (StandaloneSessionClusterEntrypoint, with REST endpoint and Web UI) and N TaskManagers, each its own JVM.
#
#   scripts/cluster.sh start [--rest-port 8081] [--rpc-port 6123] [--taskmanagers 2] [--work DIR] [--conf DIR]
#   scripts/cluster.sh status [--work DIR]
#   scripts/cluster.sh stop [--work DIR]
#
# start waits until every TaskManager has registered; stop ends the processes it started (by PID) and waits.
# Configuration: conf/cluster/config.yaml (ports given here override it); logs and PIDs in --work
# (default target/cluster); checkpoints and savepoints under --work unless the configuration says otherwise.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=scripts/java-opens.sh
source "$root/scripts/java-opens.sh"

command="${1:-}"
[ -n "$command" ] && shift
rest_port=8081
rpc_port=6123
taskmanagers=2
work="$root/target/cluster"
conf="$root/conf/cluster"
while [ $# -gt 0 ]; do
  case "$1" in
    --rest-port) rest_port="$2"; shift 2 ;;
    --rpc-port) rpc_port="$2"; shift 2 ;;
    --taskmanagers) taskmanagers="$2"; shift 2 ;;
    --work) work="$(mkdir -p "$2" && cd "$2" && pwd)"; shift 2 ;;
    --conf) conf="$(cd "$2" && pwd)"; shift 2 ;;
    *) echo "cluster.sh: unknown option $1" >&2; exit 2 ;;
  esac
done

pids() { cat "$work"/*.pid 2>/dev/null || true; }

classpath() {
  local file="$root/target/cluster-classpath.txt"
  if [ ! -s "$file" ] || [ "$root/cluster/pom.xml" -nt "$file" ]; then
    mkdir -p "$root/target"
    mvn -q -B -f "$root/cluster/pom.xml" dependency:build-classpath -Dmdep.outputFile="$file" >&2
  fi
  cat "$file"
}

# BashJavaUtils computes the memory settings a Flink process needs: line 1 JVM flags, line 2 -D arguments.
resource_params() {
  java -cp "$cp" org.apache.flink.runtime.util.bash.BashJavaUtils "$1" --configDir "$conf" "${dynamic[@]}" 2>/dev/null \
    | grep '^BASH_JAVA_UTILS_EXEC_RESULT:' | sed 's/^BASH_JAVA_UTILS_EXEC_RESULT://'
}

launch() { # name main-class resource-kind
  local name="$1" main="$2" kind="$3" params jvm args
  params="$(resource_params "$kind")"
  jvm="$(echo "$params" | sed -n 1p)"
  args="$(echo "$params" | sed -n 2p)"
  # shellcheck disable=SC2086
  nohup java $jvm "${FLINK_JAVA_OPENS[@]}" -Dlog.file="$work/$name.log" \
    -Dlog4j.configurationFile="$conf/log4j.properties" -cp "$cp" "$main" \
    --configDir "$conf" "${dynamic[@]}" $args > "$work/$name.out" 2>&1 &
  echo $! > "$work/$name.pid"
}

registered() {
  curl -sf "http://localhost:$rest_port/taskmanagers" 2>/dev/null | grep -o '"id":"[^"]*"' | wc -l
}

case "$command" in
  start)
    if [ -n "$(pids)" ]; then
      echo "cluster.sh: already started (PIDs $(pids | tr '\n' ' ')in $work); stop it first" >&2
      exit 1
    fi
    mkdir -p "$work"
    cp="$(classpath)"
    dynamic=(-D "rest.port=$rest_port" -D "jobmanager.rpc.port=$rpc_port"
             -D "execution.checkpointing.dir=file://$work/checkpoints" -D "execution.checkpointing.savepoint-dir=file://$work/savepoints"
             -D "io.tmp.dirs=$work/tmp")
    mkdir -p "$work/tmp"
    launch jobmanager org.apache.flink.runtime.entrypoint.StandaloneSessionClusterEntrypoint GET_JM_RESOURCE_PARAMS
    for i in $(seq 1 "$taskmanagers"); do
      launch "taskmanager-$i" org.apache.flink.runtime.taskexecutor.TaskManagerRunner GET_TM_RESOURCE_PARAMS
    done
    for _ in $(seq 1 120); do
      if [ "$(registered)" -ge "$taskmanagers" ]; then
        echo "cluster.sh: JobManager at http://localhost:$rest_port with $taskmanagers TaskManagers (logs: $work)"
        exit 0
      fi
      for pid in $(pids); do
        if ! kill -0 "$pid" 2>/dev/null; then
          echo "cluster.sh: a process exited during start-up; see $work/*.log and *.out" >&2
          "$0" stop --work "$work" >/dev/null
          exit 1
        fi
      done
      sleep 0.5
    done
    echo "cluster.sh: TaskManagers did not register within 60 s; see $work/*.log" >&2
    "$0" stop --work "$work" >/dev/null
    exit 1
    ;;
  status)
    for f in "$work"/*.pid; do
      [ -e "$f" ] || { echo "not started"; exit 0; }
      pid="$(cat "$f")"
      if kill -0 "$pid" 2>/dev/null; then state=running; else state=gone; fi
      echo "$(basename "$f" .pid) $pid $state"
    done
    ;;
  stop)
    for f in "$work"/*.pid; do
      [ -e "$f" ] || continue
      pid="$(cat "$f")"
      kill "$pid" 2>/dev/null || true
      for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
      kill -9 "$pid" 2>/dev/null || true
      rm -f "$f"
    done
    echo "cluster.sh: stopped"
    ;;
  *)
    sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
