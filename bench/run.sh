#!/usr/bin/env bash
# The scale benchmark: a municipality's year of journals (500 citizens, a FIT conversation
# every two weeks: 13,000 journals), generated afresh and measured in the same run.
#
#   bash bench/run.sh                 # 13,000 journals, 20 timed runs per command
#   COUNT=26000 RUNS=10 bash bench/run.sh
#   KEEP=1 bash bench/run.sh          # keep the generated data folder and print where
#   NO_HYPERFINE=1 bash bench/run.sh  # the plain timing loop even where hyperfine is
#
# It times, with hyperfine when it is installed (`apt-get install hyperfine`) and a plain
# timing loop otherwise, each after warm-up runs (the page cache is warm, as on a
# machine in daily use):
#   - `samtale trend fit-ors --participant P`        target < 50 ms
#   - `samtale history --participant P`              target < 50 ms
#   - `samtale export --all --format csv`            target < 2 s
#   - `samtale export --all --format json` and `--format fhir`, for comparison
#   - `grep -r` reading the same files, as the floor: no program that reads every file
#     can be faster than that
# and the peak memory of each export with GNU time (`apt-get install time`): the
# "Maximum resident set size", target < 100 MB.
#
# Prints a table to paste into docs/benchmarks.md, and exits 1 when a target is missed.
# Speed targets live here and in that document, never in the unit tests.
set -euo pipefail
cd "$(dirname "$0")/.."

COUNT=${COUNT:-13000}
RUNS=${RUNS:-20}
PARTICIPANT=${PARTICIPANT:-borger-042}

work=$(mktemp -d "${TMPDIR:-/tmp}/samtale-bench.XXXXXX")
if [ -n "${KEEP:-}" ]; then
  trap 'echo "data kept in $work"' EXIT
else
  trap 'rm -rf "$work"' EXIT
fi

echo "== building (release)" >&2
cargo build --release --quiet --bin samtale --example generate_journals --example screens_bench
bin=$PWD/target/release/samtale

echo "== generating $COUNT journals" >&2
started=$(date +%s%N)
./target/release/examples/generate_journals "$work/data" "$COUNT" >&2
generated_ms=$((($(date +%s%N) - started) / 1000000))
files=$(find "$work/data/journals" -name '*.txt' | wc -l)
bytes=$(find "$work/data/journals" -name '*.txt' -printf '%s\n' | awk '{ s += $1 } END { print s }')
participant_files=$(find "$work/data/journals/$PARTICIPANT" -name '*.txt' | wc -l)

# A config of its own and no language from the environment: the run is hermetic.
printf '()\n' >"$work/config.ron"
samtale=("$bin" --config "$work/config.ron" --data-dir "$work/data" --lang da)
unset LANG LANGUAGE LC_ALL LC_MESSAGES SAMTALE_DATA_DIR SAMTALE_LANG 2>/dev/null || true

# Every command must work before it is timed: a failing command is fast for no reason.
check() {
  if ! "${samtale[@]}" "$@" >"$work/check.out" 2>"$work/check.err"; then
    echo "bench: \`samtale $*\` failed:" >&2
    cat "$work/check.err" >&2
    exit 2
  fi
}
check trend fit-ors --participant "$PARTICIPANT"
check history --participant "$PARTICIPANT"
check export --all --format csv
csv_rows=$(($(grep -c $'\r$' "$work/check.out") - 1))
csv_bytes=$(wc -c <"$work/check.out")
check export --all --format json
check export --all --format fhir

# name, then the command as one string of words (no shell: no quoting inside).
declare -a names=() means=() sds=() mins=() maxs=() cpus=()
measure() {
  local name=$1 command=$2
  echo "== timing: $name" >&2
  if [ -z "${NO_HYPERFINE:-}" ] && command -v hyperfine >/dev/null 2>&1; then
    hyperfine --shell=none --warmup 3 --runs "$RUNS" --style basic \
      --export-json "$work/$name.json" --command-name "$name" "$command" >&2
    read -r mean sd min max cpu < <(python3 - "$work/$name.json" <<'EOF'
import json, sys
r = json.load(open(sys.argv[1]))["results"][0]
r["cpu"] = r["user"] + r["system"]
print(*(f"{r[k] * 1000:.1f}" for k in ("mean", "stddev", "min", "max", "cpu")))
EOF
)
  else
    local times=() i t0
    for i in 1 2 3; do $command >/dev/null 2>&1; done
    for ((i = 0; i < RUNS; i++)); do
      t0=$(date +%s%N)
      $command >/dev/null 2>&1
      times+=($(($(date +%s%N) - t0)))
    done
    read -r mean sd min max < <(printf '%s\n' "${times[@]}" | awk '
      { t = $1 / 1e6; s += t; q += t * t; if (NR == 1 || t < lo) lo = t; if (t > hi) hi = t }
      END { m = s / NR; v = q / NR - m * m; if (v < 0) v = 0;
            printf "%.1f %.1f %.1f %.1f\n", m, sqrt(v), lo, hi }')
    cpu="–"
  fi
  names+=("$name") means+=("$mean") sds+=("$sd") mins+=("$min") maxs+=("$max") cpus+=("$cpu")
}

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
S="${samtale[*]}"
measure trend "$S trend fit-ors --participant $PARTICIPANT"
measure history "$S history --participant $PARTICIPANT"
measure grep-participant "grep -r -c ^value: $work/data/journals/$PARTICIPANT"
measure export-csv "$S export --all --format csv"
measure export-json "$S export --all --format json"
measure export-fhir "$S export --all --format fhir"
measure grep-all "grep -r -c ^value: $work/data/journals"
measure cat-all "find $work/data/journals -name *.txt -exec cat {} +"

# The heavy participant (issue 13 point 3): one citizen with 2,600 journals, a hundred
# years of meetings. `history` lists them from each journal's header and last block;
# the screens lay out once per change of data or size. Targets: the list < 30 ms, a key
# on the history and trend screens < 1 ms.
if [ -z "${NO_HEAVY:-}" ]; then
  echo "== generating the heavy participant: 2,600 journals of one citizen" >&2
  ./target/release/examples/generate_journals "$work/heavy" 2600 2026 1 >&2
  H="$bin --config $work/config.ron --data-dir $work/heavy --lang da"
  check_heavy() { $H "$@" >/dev/null 2>"$work/check.err" || { cat "$work/check.err" >&2; exit 2; }; }
  check_heavy history --participant borger-001
  check_heavy trend fit-ors --participant borger-001
  measure heavy-history "$H history --participant borger-001"
  measure heavy-trend "$H trend fit-ors --participant borger-001"
  measure grep-heavy "grep -r -c ^value: $work/heavy/journals/borger-001"
  measure cat-heavy "find $work/heavy/journals/borger-001 -name *.txt -exec cat {} +"
  echo "== keys on the history and trend screens (examples/screens_bench.rs)" >&2
  screens=$(./target/release/examples/screens_bench "$work/heavy" borger-001 200 60)
fi

peak() {
  /usr/bin/time -v "${samtale[@]}" "$@" 2>"$work/time.err" >/dev/null
  awk -F': ' '/Maximum resident set size/ { printf "%.1f", $2 / 1024 }' "$work/time.err"
}
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
if [ -x /usr/bin/time ]; then
  echo "== peak memory" >&2
  rss_csv=$(peak export --all --format csv)
  rss_json=$(peak export --all --format json)
  rss_fhir=$(peak export --all --format fhir)
  rss_trend=$(peak trend fit-ors --participant "$PARTICIPANT")
else
  rss_csv="(no /usr/bin/time)" rss_json=$rss_csv rss_fhir=$rss_csv rss_trend=$rss_csv
fi

mean_of() {
  local i
  for i in "${!names[@]}"; do
    [ "${names[$i]}" = "$1" ] && { echo "${means[$i]}"; return; }
  done
}
verdict() { # value limit
  awk -v v="$1" -v l="$2" 'BEGIN { if (v + 0 < l + 0) print "yes"; else print "**no**" }'
}

if [ -z "${NO_HYPERFINE:-}" ] && command -v hyperfine >/dev/null 2>&1; then
  timer=$(hyperfine --version)
else
  timer="a bash timing loop (no hyperfine)"
fi
cpu=$(lscpu 2>/dev/null | awk -F': *' '/^Model name/ { print $2; exit }')
commit=$(git rev-parse --short HEAD 2>/dev/null || echo "?")
dirty=$(git status --porcelain 2>/dev/null | grep -q . && echo " + uncommitted changes" || true)

cat <<EOF

## Run of $(date -u +%Y-%m-%d)

Machine: $(nproc) cores ($cpu), $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo) memory, $(uname -sr); $(rustc --version).
samtale $commit$dirty, release build. Timer: $timer, $RUNS runs after 3 warm-up runs, warm page cache.
Load average (1, 5, 15 min) when the timing began: $load_before; when it ended: $load_after. On a machine
shared with other work, wall-clock times stretch with the load; CPU time (user + system) much less.
Data: $files journals ($((bytes / 1024 / 1024)) MiB of text) for 500 citizens, generated in $((generated_ms / 1000)).$((generated_ms % 1000 / 100)) s by \`generate_journals\`; participant $PARTICIPANT has $participant_files.
The CSV of everything: $csv_rows rows, $((csv_bytes / 1024)) KiB.

| what | command | mean ms | ± sd | min | max | CPU ms | target | met |
|---|---|---:|---:|---:|---:|---:|---|---|
EOF
for i in "${!names[@]}"; do
  name=${names[$i]}
  case $name in
    trend) cmd="samtale trend fit-ors --participant $PARTICIPANT"; target="< 50 ms"; met=$(verdict "${means[$i]}" 50) ;;
    history) cmd="samtale history --participant $PARTICIPANT"; target="< 50 ms"; met=$(verdict "${means[$i]}" 50) ;;
    grep-participant) cmd="grep -r -c ^value: journals/$PARTICIPANT"; target="floor"; met="" ;;
    export-csv) cmd="samtale export --all --format csv"; target="< 2000 ms"; met=$(verdict "${means[$i]}" 2000) ;;
    export-json) cmd="samtale export --all --format json"; target="none"; met="" ;;
    export-fhir) cmd="samtale export --all --format fhir"; target="none"; met="" ;;
    grep-all) cmd="grep -r -c ^value: journals"; target="floor"; met="" ;;
    heavy-history) cmd="samtale history --participant borger-001 (2,600 journals)"; target="< 30 ms"; met=$(verdict "${means[$i]}" 30) ;;
    heavy-trend) cmd="samtale trend fit-ors --participant borger-001 (2,600 journals)"; target="none"; met="" ;;
    grep-heavy) cmd="grep -r -c ^value: journals/borger-001 (2,600 journals)"; target="floor"; met="" ;;
    cat-all) cmd="find journals -name '*.txt' -exec cat {} +"; target="floor"; met="" ;;
    cat-heavy) cmd="find journals/borger-001 -name '*.txt' -exec cat {} + (2,600 journals)"; target="floor"; met="" ;;
  esac
  echo "| $name | \`$cmd\` | ${means[$i]} | ${sds[$i]} | ${mins[$i]} | ${maxs[$i]} | ${cpus[$i]} | $target | $met |"
done
cat <<EOF

| peak memory (maximum resident set size) | MiB | target | met |
|---|---:|---|---|
| \`samtale export --all --format csv\` | $rss_csv | < 100 MB | $(verdict "$rss_csv" 95.4) |
| \`samtale export --all --format json\` | $rss_json | < 100 MB | $(verdict "$rss_json" 95.4) |
| \`samtale export --all --format fhir\` | $rss_fhir | < 100 MB | $(verdict "$rss_fhir" 95.4) |
| \`samtale trend fit-ors --participant $PARTICIPANT\` | $rss_trend | | |
EOF
if [ -n "${screens:-}" ]; then
  printf '\nA key and its frame on the screens of the heavy participant (target < 1 ms):\n\n'
  printf '    %s\n' "$screens"
fi

missed=0
heavy_check=""
[ -n "${NO_HEAVY:-}" ] || heavy_check="$(mean_of heavy-history) 30"
for check in "$(mean_of trend) 50" "$(mean_of history) 50" "$(mean_of export-csv) 2000" "$rss_csv 95.4" ${heavy_check:+"$heavy_check"}; do
  # shellcheck disable=SC2086
  [ "$(verdict $check)" = yes ] || missed=1
done
if [ $missed -ne 0 ]; then
  echo "bench: a target was missed" >&2
  exit 1
fi
