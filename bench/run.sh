#!/usr/bin/env bash
# Compare asyncrun, CPython asyncio and Node on this machine.
#
#   bash bench/run.sh                 # every workload
#   bash bench/run.sh switch fanout   # only these
#
# Environment:
#   BENCH_RUNS=3        runs per workload and runtime (the table shows medians)
#   BENCH_TIMEOUT=600   seconds before one run is killed (reported as a failure)
#   PYTHON=python3 NODE=node GO=go   the programs to use
#   ASYNCRUN_BIN=path   use this asyncrun binary instead of building ./cmd/asyncrun
#
# The Markdown report goes to standard output; progress and build errors go to
# standard error, so `bash bench/run.sh > report.md` keeps the report clean.
set -u

bench_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$bench_dir/.." && pwd)
all_workloads=(fanout switch pingpong)
runtimes=(asyncrun cpython node)

runs=${BENCH_RUNS:-3}
timeout=${BENCH_TIMEOUT:-600}
python=${PYTHON:-python3}
node=${NODE:-node}
go=${GO:-go}

log() { printf '%s\n' "$*" >&2; }
die() { log "run.sh: $*"; exit 2; }

case $runs in '' | *[!0-9]* | 0) die "BENCH_RUNS must be a positive integer, not '$runs'" ;; esac
case $timeout in '' | *[!0-9.]*) die "BENCH_TIMEOUT must be a number of seconds, not '$timeout'" ;; esac

workloads=()
for arg in "$@"; do
  case $arg in
    -h | --help) sed -n '2,15s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"; exit 0 ;;
  esac
  found=
  for w in "${all_workloads[@]}"; do [ "$arg" = "$w" ] && found=1; done
  [ -n "$found" ] || die "unknown workload '$arg' (choose from: ${all_workloads[*]})"
  workloads+=("$arg")
done
[ ${#workloads[@]} -gt 0 ] || workloads=("${all_workloads[@]}")

tmp=$(mktemp -d "${TMPDIR:-/tmp}/asyncrun-bench.XXXXXX") || die "cannot make a temporary directory"
trap 'rm -rf "$tmp"' EXIT

notes=()
note() { notes+=("$*"); log "note: $*"; }

# --- interpreters -----------------------------------------------------------

declare -A cmd    # runtime -> program that runs a script
declare -A ext    # runtime -> script suffix
ext[asyncrun]=.js
ext[cpython]=.py
ext[node]=.node.js

pyexe=
if command -v "$python" >/dev/null 2>&1; then
  # The real interpreter, not a wrapper such as a pyenv shim (which would add its own start-up).
  pyexe=$("$python" -c 'import sys; print(sys.executable)' 2>/dev/null) || pyexe=
fi
if [ -n "$pyexe" ]; then
  cmd[cpython]=$pyexe
  python_version=$("$pyexe" --version 2>&1)
else
  note "cpython: '$python' not found; CPython skipped"
  python_version="not found"
fi

if command -v "$node" >/dev/null 2>&1; then
  cmd[node]=$(command -v "$node")
  node_version=$("$node" --version 2>&1)
else
  note "node: '$node' not found; Node skipped"
  node_version="not found"
fi

go_version="not found"
command -v "$go" >/dev/null 2>&1 && go_version=$("$go" version 2>&1)
if [ -n "${ASYNCRUN_BIN:-}" ]; then
  if [ -x "$ASYNCRUN_BIN" ]; then
    cmd[asyncrun]=$ASYNCRUN_BIN
  else
    note "asyncrun: ASYNCRUN_BIN=$ASYNCRUN_BIN is not an executable; asyncrun skipped"
  fi
elif [ "$go_version" = "not found" ]; then
  note "asyncrun: '$go' not found, cannot build ./cmd/asyncrun; asyncrun skipped"
else
  log "building asyncrun (go build ./cmd/asyncrun) ..."
  if (cd "$root" && "$go" build -o "$tmp/asyncrun" ./cmd/asyncrun) >"$tmp/build.log" 2>&1; then
    cmd[asyncrun]=$tmp/asyncrun
  else
    log "--- go build ./cmd/asyncrun failed:"
    cat "$tmp/build.log" >&2
    log "---"
    first=$(grep -v '^#' "$tmp/build.log" | head -n 1)
    note "asyncrun: \`go build ./cmd/asyncrun\` failed (${first:-no output}); asyncrun skipped"
  fi
fi

# --- measuring --------------------------------------------------------------
# measure STATFILE OUTFILE ERRFILE command... writes "RSS <wall s> <peak KiB> <exit> <floor KiB>".
# Preferred: bench/rss.py (needs only python3). Without python3: GNU time (+ timeout(1)).

if [ -n "$pyexe" ]; then
  method="bench/rss.py (wait4 ru_maxrss of the child)"
  measure() {
    local stat=$1 out=$2 err=$3; shift 3
    "$pyexe" -I -S "$bench_dir/rss.py" --timeout "$timeout" --out "$stat" -- "$@" >"$out" 2>"$err"
  }
elif /usr/bin/time -f '%e %M' true >/dev/null 2>&1; then
  method="GNU /usr/bin/time -f '%e %M'"
  measure() {
    local stat=$1 out=$2 err=$3; shift 3
    local to=()
    command -v timeout >/dev/null 2>&1 && to=(timeout -k 5 "$timeout") # exits 124 on timeout
    /usr/bin/time -o "$stat" -f 'RSS %e %M %x 0' ${to[@]+"${to[@]}"} "$@" >"$out" 2>"$err"
    # time(1) reports a killed child as "Command terminated by signal N" before its line.
    awk '/^Command terminated by signal/ { sig = $NF; next }
         /^RSS / { if (sig != "") $4 = 128 + sig; print }' "$stat" >"$stat.tmp" && mv "$stat.tmp" "$stat"
  }
else
  die "need python3 (for bench/rss.py) or GNU /usr/bin/time to measure time and memory"
fi

median() {
  printf '%s\n' "$@" | sort -g | awk '
    { v[NR] = $1 }
    END {
      if (NR == 0) exit
      m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
      print m
    }'
}

label() { # label RUNTIME WORKLOAD: how the table names a runtime for a workload
  case $1/$2 in
    node/fanout) echo "node (setTimeout)" ;;
    node/switch) echo "node (setImmediate)" ;;
    node/pingpong) echo "node (promise queue)" ;;
    *) echo "$1" ;;
  esac
}

# --- running ----------------------------------------------------------------

declare -A walls timed perop rss okcount failcount floor_kib
floor_kib[max]=0
rows=()

for w in "${workloads[@]}"; do
  for r in "${runtimes[@]}"; do
    okcount[$w/$r]=0
    failcount[$w/$r]=0
    walls[$w/$r]=
    timed[$w/$r]=
    perop[$w/$r]=
    rss[$w/$r]=
  done
  # Runs are interleaved (run 1 of each runtime, then run 2 ...) so drift on a busy machine
  # does not favour one runtime.
  for ((i = 1; i <= runs; i++)); do
    for r in "${runtimes[@]}"; do
      [ -n "${cmd[$r]:-}" ] || continue
      script=$bench_dir/$w${ext[$r]}
      if [ ! -f "$script" ]; then
        [ "$i" -eq 1 ] && note "$w/$r: $script is missing"
        continue
      fi
      stat=$tmp/stat out=$tmp/out err=$tmp/err
      rm -f "$stat"
      measure "$stat" "$out" "$err" "${cmd[$r]}" "$script"
      read -r _ wall kib code fl 2>/dev/null <"$stat" || { wall=0 kib=0 code=255 fl=0; }
      result=$(grep -m 1 "^RESULT $w " "$out")
      if [ "$code" != 0 ] || [ -z "$result" ]; then
        failcount[$w/$r]=$((failcount[$w/$r] + 1))
        why="exit status $code"
        [ "$code" = 124 ] && why="killed after BENCH_TIMEOUT=${timeout}s"
        [ "$code" = 0 ] && why="no 'RESULT $w' line in its output"
        detail=$(grep -v '^[[:space:]]*$' "$err" | head -n 3 | tr '\n' ' ' | cut -c 1-300)
        note "$w/$r run $i failed: $why${detail:+: $detail}"
        continue
      fi
      read -r _ _ secs us <<<"$result"
      okcount[$w/$r]=$((okcount[$w/$r] + 1))
      walls[$w/$r]+="$wall "
      timed[$w/$r]+="$secs "
      perop[$w/$r]+="$us "
      rss[$w/$r]+="$kib "
      [ "${fl:-0}" -gt "${floor_kib[max]}" ] && floor_kib[max]=$fl
      log "$w/$r run $i/$runs: wall ${wall} s, timed ${secs} s, ${us} µs/op, peak $((kib / 1024)) MB"
    done
  done
done

# --- report -----------------------------------------------------------------

mb() { awk -v k="$1" 'BEGIN { printf "%.1f", k / 1024 }'; }

cpu=$(awk -F': *' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null)
mem=$(awk '/^MemTotal/ { printf "%.1f GB", $2 / 1048576; exit }' /proc/meminfo 2>/dev/null)
floor_mb=$(mb "${floor_kib[max]}")

echo "## asyncrun benchmark"
echo
echo "| workload | runtime | wall s (median) | timed s (median) | per-op µs (median) | peak RSS MB (median) | runs ok |"
echo "| --- | --- | ---: | ---: | ---: | ---: | ---: |"
for w in "${workloads[@]}"; do
  for r in "${runtimes[@]}"; do
    name=$(label "$r" "$w")
    if [ -z "${cmd[$r]:-}" ]; then
      echo "| $w | $name | skipped | | | | |"
      continue
    fi
    ok=${okcount[$w/$r]} tried=$((okcount[$w/$r] + failcount[$w/$r]))
    if [ "$ok" -eq 0 ]; then
      echo "| $w | $name | failed | | | | 0/$tried |"
      continue
    fi
    # shellcheck disable=SC2086 # the lists are space-separated numbers
    wall_m=$(median ${walls[$w/$r]})
    # shellcheck disable=SC2086
    timed_m=$(median ${timed[$w/$r]})
    # shellcheck disable=SC2086
    perop_m=$(median ${perop[$w/$r]})
    # shellcheck disable=SC2086
    rss_m=$(median ${rss[$w/$r]})
    rss_cell=$(mb "$rss_m")
    # A peak within 5% of the wrapper's floor only says "at most this much" (see bench/rss.py).
    if [ "${floor_kib[max]}" -gt 0 ] && awk -v a="$rss_m" -v f="${floor_kib[max]}" 'BEGIN { exit !(a <= f * 1.05) }'; then
      rss_cell="≤ $floor_mb"
    fi
    printf '| %s | %s | %.3f | %.3f | %.3f | %s | %s/%s |\n' \
      "$w" "$name" "$wall_m" "$timed_m" "$perop_m" "$rss_cell" "$ok" "$tried"
  done
done
echo
echo "- **wall s**: the whole process, start-up included; **timed s**: what the program measured around"
echo "  the workload with its monotonic clock (\`time.perf_counter()\`, \`performance.now()\`)."
echo "- **per-op µs**: fanout: (timed − 0.05 s sleep) / 100,000 tasks, the cost of one task;"
echo "  switch: timed / 1,000,000 switches; pingpong: timed / 200,000 items."
echo "- Node has no asyncio: fanout uses \`setTimeout\` + \`Promise.all\`; switch uses"
echo "  \`await new Promise(setImmediate)\`, the closest equivalent of \`asyncio.sleep(0)\`; pingpong uses a"
echo "  minimal bounded promise queue (in \`pingpong.node.js\`), whose hand-offs are microtasks only."
echo "- Medians of $runs run(s) each (BENCH_RUNS), runs interleaved across runtimes."
if [ "${floor_kib[max]}" -gt 0 ]; then
  echo "- Peak RSS cannot be seen below the measuring wrapper's floor ($floor_mb MB here); such cells read \"≤\"."
fi
echo
echo "### Machine"
echo
echo "- CPU: ${cpu:-unknown}; nproc: $(nproc 2>/dev/null || echo '?'); memory: ${mem:-unknown}; $(uname -srm)"
echo "- go: $go_version"
echo "- python3: $python_version${pyexe:+ ($pyexe)}"
echo "- node: $node_version"
echo "- measured with: $method; date: $(date -u '+%Y-%m-%d %H:%M UTC')"
if [ ${#notes[@]} -gt 0 ]; then
  echo
  echo "### Notes"
  echo
  for n in "${notes[@]}"; do echo "- $n"; done
fi
