#!/usr/bin/env bash
# The start-up benchmark (issue 13 point 2): how long samtale takes to its first frame,
# side by side with `dialog --msgbox` and `whiptail --msgbox`, and what `list` costs above
# `--version`, with the library of today and with one grown to eighteen dialogues.
#
#   bash bench/startup.sh             # RUNS=21 runs of each, in turn
#   RUNS=51 bash bench/startup.sh
#   GROWN=0 bash bench/startup.sh     # skip the grown library (it needs a release build)
#   BEFORE=/path/to/older/samtale bash bench/startup.sh   # an older build side by side
#   GROWN_TARGET=/tmp/grown-target bash bench/startup.sh  # keep the grown build between runs
#
# 1. First frame: each program is started in a fresh 80x24 pseudo-terminal
#    (bench/first_frame.py); the clock stops when the frame's last text has been written.
#    samtale's home screen and `samtale run who5` against `dialog --msgbox Hello 8 40` and
#    `whiptail --msgbox Hello 8 40`, run in turn (A B C D A B C D ...), so that the load of a
#    shared machine falls on all alike. Medians, and their ratios to the peers. samtale is
#    started twice: with a data folder of one participant, and with one of 500 (`-500`).
# 2. `--version` and `list`: instructions counted by valgrind (callgrind), which the load
#    of the machine does not change, and wall-clock medians of runs in turn.
# 3. The grown library: a copy of this checkout with eleven more built-in dialogues
#    (copies of the seven under new ids, with their texts), built in release mode, checked
#    with `samtale check`, and measured as in 2. and 1.
#
# dialog and whiptail are installed with apt-get when they are missing. Target (issue 13):
# first frame <= 1.0 x dialog's; `list` <= 2 ms above `--version` with 18 dialogues.
# Speed targets live here and in docs/benchmarks.md, never in the tests.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-21}
GROWN=${GROWN:-1}

for tool in dialog whiptail; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "== installing $tool" >&2
    apt-get install -y "$tool" >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y "$tool" >/dev/null; }
  fi
done

work=$(mktemp -d "${TMPDIR:-/tmp}/samtale-startup.XXXXXX")
trap 'rm -rf "$work"' EXIT
echo "== building (release)" >&2
cargo build --release --quiet --bin samtale
bin=$PWD/target/release/samtale
printf '()\n' >"$work/config.ron"
mkdir -p "$work/data"
# A municipality's data folder: 500 participants' folders (the home screen lists them; a
# conversation begun at once should not).
for n in $(seq -w 1 500); do mkdir -p "$work/many/journals/borger-$n"; done
unset LANG LANGUAGE LC_ALL LC_MESSAGES SAMTALE_DATA_DIR SAMTALE_LANG 2>/dev/null || true

# Instructions of one command (valgrind's count; the same on a busy machine).
instructions() {
  if ! command -v valgrind >/dev/null 2>&1; then echo "–"; return; fi
  valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null |
    awk '/refs:/ { gsub(",", "", $NF); printf "%.2f", $NF / 1e6 }'
}

# Median wall-clock ms of commands run in turn: wall NAME1 "CMD1" NAME2 "CMD2" ...
wall() {
  python3 - "$RUNS" "$@" <<'PY'
import statistics, subprocess, sys, time
runs = int(sys.argv[1]); pairs = list(zip(sys.argv[2::2], sys.argv[3::2]))
times = {name: [] for name, _ in pairs}
for _ in range(runs + 2):
    for name, command in pairs:
        t = time.perf_counter()
        subprocess.run(command.split(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times[name].append((time.perf_counter() - t) * 1000)
for name, t in times.items():
    print(name, f"{statistics.median(t[2:]):.2f}")
PY
}

library_costs() { # label binary
  local label=$1 b=$2
  local s="$b --config $work/config.ron --data-dir $work/data --lang da"
  local dialogues
  dialogues=$($s list | grep -c '^  [a-z0-9]')
  local iv il
  iv=$(instructions $s --version)
  il=$(instructions $s list)
  read -r _ wv < <(wall version "$s --version" list "$s list" | sed -n 1p)
  read -r _ wl < <(wall version "$s --version" list "$s list" | sed -n 2p)
  echo "| $label ($dialogues dialogues) | $iv | $il | $wv | $wl | $(awk -v a="$wl" -v b="$wv" 'BEGIN { printf "%.2f", a - b }') |"
}

first_frames() { # binary
  local s="$1 --config $work/config.ron --data-dir $work/data --lang en"
  local m="$1 --config $work/config.ron --data-dir $work/many --lang en"
  local specs="dialog Hello -- dialog --msgbox Hello 8 40 ;; whiptail Hello|Ok|┘ -- whiptail --msgbox Hello 8 40 ;; samtale-home Ctrl+Q -- $s ;; samtale-run-who5 blank_the_screen -- $s run who5 --participant bench --new ;; samtale-home-500 Ctrl+Q -- $m ;; samtale-run-who5-500 blank_the_screen -- $m run who5 --participant borger-001 --new"
  if [ -n "${BEFORE:-}" ]; then
    local o="$BEFORE --config $work/config.ron --data-dir $work/data --lang en"
    specs="$specs ;; before-home Ctrl+Q -- $o ;; before-run-who5 blank_the_screen -- $o run who5 --participant bench-before --new"
  fi
  python3 bench/first_frame.py "$RUNS" "$specs"
}

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
echo "== first frame" >&2
frames=$(first_frames "$bin")
echo "== --version and list" >&2
costs=$(library_costs "this checkout" "$bin")
if [ -n "${BEFORE:-}" ]; then
  costs="$costs
$(library_costs "before ($BEFORE)" "$BEFORE")"
fi

grown_frames="" grown_costs="" grown_check=""
if [ "$GROWN" = 1 ]; then
  echo "== the grown library: a copy with 18 built-in dialogues" >&2
  copy=$work/grown
  mkdir -p "$copy"
  tar --exclude=./target --exclude=./.git -cf - . | tar -xf - -C "$copy"
  n=0
  while [ "$n" -lt 11 ]; do
    for source in dialogues/*.ron; do
      [ "$n" -lt 11 ] || break
      n=$((n + 1))
      id=$(basename "$source" .ron)
      new="grown$n-$id"
      sed "0,/^    id: \"$id\",/s//    id: \"$new\",/" "$source" >"$copy/dialogues/$new.ron"
      for lang in locales/*/; do
        lang=$(basename "$lang")
        sed -E "s/(^|[^a-z0-9-])$id-/\1$new-/g" "locales/$lang/$id.ftl" >"$copy/locales/$lang/$new.ftl"
      done
    done
  done
  # GROWN_TARGET=DIR keeps the grown build's target folder between runs (a rebuild then
  # compiles samtale alone, not every dependency again).
  grown_target=${GROWN_TARGET:-$work/grown-target}
  (cd "$copy" && CARGO_TARGET_DIR=$grown_target cargo build --release --quiet --bin samtale)
  grown=$grown_target/release/samtale
  if "$grown" --config "$work/config.ron" --lang en check >"$work/check.out" 2>&1; then
    grown_check="\`samtale check\` on the grown library: clean."
  else
    grown_check="\`samtale check\` on the grown library found problems: $(head -3 "$work/check.out")"
  fi
  grown_costs=$(library_costs "grown" "$grown")
  grown_frames=$(first_frames "$grown")
fi
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

cat <<EOT

## Start-up, run of $(date -u +%Y-%m-%d\ %H:%M) UTC

Machine: $(nproc) cores, $(uname -sr); samtale $(git rev-parse --short HEAD)$([ -z "$(git status --porcelain)" ] || echo " + uncommitted changes"), release build.
Load average (1, 5, 15 min) before: $load_before; after: $load_after. $RUNS runs of each, in turn.

First frame at 80x24 in a pseudo-terminal (bench/first_frame.py), this checkout:

$frames

\`--version\` and \`list\` (instructions: millions, valgrind; wall: median ms):

| library | --version Minstr | list Minstr | --version ms | list ms | list − --version ms |
|---|---:|---:|---:|---:|---:|
$costs
${grown_costs}

EOT
if [ -n "$grown_frames" ]; then
  printf 'First frame with the grown library:\n\n%s\n\n%s\n' "$grown_frames" "$grown_check"
fi
