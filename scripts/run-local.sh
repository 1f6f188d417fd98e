#!/usr/bin/env bash
# The embedded default in one command: builds if needed, writes the sample feed (once, with its ground truth),
# runs the job on a Flink MiniCluster into data/newspulse.db (SQLite), prints the top trends, the alerts
# and the rejected inputs, and writes the HTML trend report data/report.html. Needs only a JDK and Maven.
# Extra arguments are passed to the job as settings, e.g. --window.size=12h.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
mkdir -p data
if [ ! -f data/sample-feed.jsonl ]; then
  scripts/newspulse generate --out data/sample-feed.jsonl
fi
rm -f data/newspulse.db
# a short checkpoint interval: a bounded run ends with a final checkpoint, which otherwise waits up to 30 s
scripts/newspulse run --checkpoint.interval=2s --source.type=files --source.path=data/sample-feed.jsonl --jdbc.url=jdbc:sqlite:data/newspulse.db "$@"
echo
echo "Top trends in the last 2 days of the sample feed (data/newspulse.db):"
scripts/newspulse top --jdbc-url jdbc:sqlite:data/newspulse.db --since 48h --limit 8
echo
echo "Alerts (one per story; escalations when a live story doubles):"
scripts/newspulse alerts --jdbc-url jdbc:sqlite:data/newspulse.db
echo
echo "Rejected inputs by reason:"
scripts/newspulse rejects --jdbc-url jdbc:sqlite:data/newspulse.db
echo
scripts/newspulse report --jdbc-url jdbc:sqlite:data/newspulse.db --out data/report.html
echo "Open data/report.html in a browser for the charts; query the tables with scripts/newspulse sql (docs/ANALYSTS.md)."
