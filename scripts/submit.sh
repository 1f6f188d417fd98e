#!/usr/bin/env bash
# Submits the job jar to any Flink REST endpoint (the local cluster of scripts/cluster.sh or a production
# one) and manages it through the same API.
#
#   scripts/submit.sh run  [--rest URL] [--parallelism N] [--savepoint PATH [--allow-non-restored-state]]
#                          [--jar FILE] [-- JOB ARGS…]
#                          prints the job id
#   scripts/submit.sh stop JOB_ID [--rest URL] [--drain] [--dir DIR]
#                          stops the job with a savepoint (--drain first flushes every window) and prints its path
#   scripts/submit.sh status JOB_ID [--rest URL]
#
# Job args are the job's own settings, e.g. -- --source.type=kafka --kafka.bootstrap-servers=broker:9092.
# The REST URL defaults to $FLINK_REST or http://localhost:8081.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
verb="${1:-}"
[ -n "$verb" ] && shift
rest="${FLINK_REST:-http://localhost:8081}"
parallelism=""
savepoint=""
allow_non_restored=false
jar=""
drain=false
dir=""
job=""
args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --rest) rest="$2"; shift 2 ;;
    --parallelism) parallelism="$2"; shift 2 ;;
    --savepoint) savepoint="$2"; shift 2 ;;
    --allow-non-restored-state) allow_non_restored=true; shift ;;
    --jar) jar="$2"; shift 2 ;;
    --drain) drain=true; shift ;;
    --dir) dir="$2"; shift 2 ;;
    --) shift; args=("$@"); break ;;
    -*) echo "submit.sh: unknown option $1" >&2; exit 2 ;;
    *) job="$1"; shift ;;
  esac
done

json_string() { # a JSON string literal
  printf '"%s"' "$(printf '%s' "$1" | sed -e 's/\\/\\\\/g' -e 's/"/\\"/g')"
}
field() { # the first string value of a top-level-ish JSON field
  grep -o "\"$1\":\"[^\"]*\"" | head -n 1 | sed "s/\"$1\":\"\\(.*\\)\"/\\1/"
}
fail_on_errors() { # REST errors come back as {"errors":[…]}
  if printf '%s' "$1" | grep -q '"errors"'; then
    echo "submit.sh: $2 failed: $1" >&2
    exit 1
  fi
}

case "$verb" in
  run)
    if [ -z "$jar" ]; then
      jar="$(ls "$root"/target/newspulse-*-job.jar 2>/dev/null | head -n 1 || true)"
      [ -n "$jar" ] || { echo "submit.sh: no job jar; build it with: mvn -B -DskipTests package" >&2; exit 1; }
    fi
    upload="$(curl -sS -X POST -H "Expect:" -F "jarfile=@$jar" "$rest/jars/upload")"
    fail_on_errors "$upload" "upload of $jar"
    jar_id="$(printf '%s' "$upload" | field filename | sed 's#.*/##')"
    body="{\"entryClass\":\"io.newspulse.NewsPulseJob\",\"programArgsList\":["
    sep=""
    for a in "${args[@]+"${args[@]}"}"; do body+="$sep$(json_string "$a")"; sep=","; done
    body+="]"
    [ -n "$parallelism" ] && body+=",\"parallelism\":$parallelism"
    [ -n "$savepoint" ] && body+=",\"savepointPath\":$(json_string "$savepoint")"
    [ "$allow_non_restored" = true ] && body+=",\"allowNonRestoredState\":true"
    body+="}"
    response="$(curl -sS -X POST -H 'Content-Type: application/json' -d "$body" "$rest/jars/$jar_id/run")"
    fail_on_errors "$response" "run"
    printf '%s\n' "$response" | field jobid
    ;;
  stop)
    [ -n "$job" ] || { echo "submit.sh: stop needs a job id" >&2; exit 2; }
    body="{\"drain\":$drain"
    [ -n "$dir" ] && body+=",\"targetDirectory\":$(json_string "$dir")"
    body+="}"
    response="$(curl -sS -X POST -H 'Content-Type: application/json' -d "$body" "$rest/jobs/$job/stop")"
    fail_on_errors "$response" "stop"
    trigger="$(printf '%s' "$response" | field request-id)"
    for _ in $(seq 1 240); do
      status="$(curl -sS "$rest/jobs/$job/savepoints/$trigger")"
      if printf '%s' "$status" | grep -q '"id":"COMPLETED"'; then
        location="$(printf '%s' "$status" | field location)"
        if [ -z "$location" ]; then
          echo "submit.sh: the savepoint failed: $status" >&2
          exit 1
        fi
        printf '%s\n' "$location"
        exit 0
      fi
      sleep 0.5
    done
    echo "submit.sh: the savepoint did not complete within 120 s" >&2
    exit 1
    ;;
  status)
    [ -n "$job" ] || { echo "submit.sh: status needs a job id" >&2; exit 2; }
    curl -sS "$rest/jobs/$job" | field state
    ;;
  *)
    sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
