#!/usr/bin/env bash
# Alert quality over several generated feeds: for each seed, writes a feed with its ground truth, runs the
# job on it (embedded, SQLite) and compares the alerts with the truth. Usage: scripts/evaluate-seeds.sh [SEED…]
# Output: one block per seed and a line per seed in data/eval/summary.txt. Extra job settings: NEWSPULSE_SETTINGS.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
seeds=("$@")
[ ${#seeds[@]} -gt 0 ] || seeds=(1 2 3 4 5)
mkdir -p data/eval
: > data/eval/summary.txt
for seed in "${seeds[@]}"; do
  dir="data/eval/seed-$seed"
  rm -rf "$dir" && mkdir -p "$dir"
  scripts/newspulse generate --seed "$seed" --out "$dir" 2>/dev/null
  # shellcheck disable=SC2086
  scripts/newspulse run --checkpoint.interval=2s --source.path="$dir/feed.jsonl" \
    --jdbc.url="jdbc:sqlite:$dir/newspulse.db" ${NEWSPULSE_SETTINGS:-} 2>&1 | grep -v INFO
  echo "== seed $seed"
  scripts/newspulse evaluate --truth "$dir/ground-truth.json" --jdbc-url "jdbc:sqlite:$dir/newspulse.db" | tee "$dir/evaluation.txt"
  echo "seed $seed: $(tail -n 1 "$dir/evaluation.txt")" >> data/eval/summary.txt
done
echo
cat data/eval/summary.txt
