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
#   BENCH_REV=commit    build asyncrun from this commit (git archive) instead of the working tree
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
asyncrun_source="ASYNCRUN_BIN=${ASYNCRUN_BIN:-}"
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
  src=$root
  asyncrun_source="built from the working tree of $root"
  if [ -n "${BENCH_REV:-}" ]; then
    # Build a commit rather than the working tree (which others may be editing): git archive it.
    rev=$(git -C "$root" rev-parse --short "${BENCH_REV}^{commit}" 2>/dev/null) ||
      die "BENCH_REV=$BENCH_REV is not a commit of $root"
    src=$tmp/src
    mkdir -p "$src" && git -C "$root" archive "$rev" | tar -x -C "$src" ||
      die "cannot export commit $rev"
    asyncrun_source="built from commit $rev ($(git -C "$root" log -1 --format=%s "$rev" | awk '{ print (length($0) > 72 ? substr($0, 1, 71) "…" : $0) }'))"
  elif rev=$(git -C "$root" rev-parse --short HEAD 2>/dev/null); then
    dirty=$(git -C "$root" status --porcelain --untracked-files=no -- . ':!bench' ':!BENCHMARKS.md' 2>/dev/null | wc -l)
    asyncrun_source="built from the working tree at commit $rev"
    [ "$dirty" -gt 0 ] && asyncrun_source+=" with $dirty changed file(s) outside bench/"
  fi
  log "building asyncrun (go build ./cmd/asyncrun, $asyncrun_source) ..."
  if (cd "$src" && "$go" build -o "$tmp/asyncrun" ./cmd/asyncrun) >"$tmp/build.log" 2>&1; then
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

# spread FORMAT SCALE v...: "median (min–max)" of the values divided by SCALE, each printed with FORMAT;
# only the median when there is one value.
spread() {
  local fmt=$1 scale=$2; shift 2
  printf '%s\n' "$@" | sort -g | awk -v fmt="$fmt" -v s="$scale" '
    { v[NR] = $1 / s }
    END {
      if (NR == 0) exit
      m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
      out = sprintf(fmt, m)
      if (NR > 1) out = out " (" sprintf(fmt, v[1]) "–" sprintf(fmt, v[NR]) ")"
      print out
    }'
}

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
declare -A round_timed round_perop # workload/runtime/run -> that run's figures, for paired ratios
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
      round_timed[$w/$r/$i]=$secs
      round_perop[$w/$r/$i]=$us
      rss[$w/$r]+="$kib "
      [ "${fl:-0}" -gt "${floor_kib[max]}" ] && floor_kib[max]=$fl
      log "$w/$r run $i/$runs: wall ${wall} s, timed ${secs} s, ${us} µs/op, peak $((kib / 1024)) MB"
    done
  done
done

# A workload that needs an API asyncrun does not have yet is "pending" rather than "failed": pingpong
# needs asyncio.Queue (issue 3). The probe runs only when every asyncrun run of it failed.
declare -A pending
for w in "${workloads[@]}"; do
  [ "$w" = pingpong ] && [ -n "${cmd[asyncrun]:-}" ] || continue
  [ "${okcount[$w/asyncrun]}" -eq 0 ] && [ "${failcount[$w/asyncrun]}" -gt 0 ] || continue
  if ! "${cmd[asyncrun]}" --virtual-time --timeout 10s -e \
    'const q = new asyncio.Queue(1); await q.put(7); if ((await q.get()) !== 7) sys.exit(3);' \
    >/dev/null 2>&1; then
    pending[$w/asyncrun]="pending issue 3 (asyncio.Queue)"
    note "$w/asyncrun: asyncio.Queue is not available yet (issue 3); the row will fill in once it lands"
  fi
done

# --- report -----------------------------------------------------------------

mb() { awk -v k="$1" 'BEGIN { printf "%.1f", k / 1024 }'; }

cpu=$(awk -F': *' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null)
mem=$(awk '/^MemTotal/ { printf "%.1f GB", $2 / 1048576; exit }' /proc/meminfo 2>/dev/null)
floor_mb=$(mb "${floor_kib[max]}")

echo "## asyncrun benchmark"
echo
echo "| workload | runtime | wall s | timed s | per-op µs | peak RSS MB | runs ok |"
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
      why=failed
      [ -n "${pending[$w/$r]:-}" ] && why="${pending[$w/$r]}"
      echo "| $w | $name | $why | | | | 0/$tried |"
      continue
    fi
    # shellcheck disable=SC2086 # the lists are space-separated numbers
    wall_c=$(spread %.3f 1 ${walls[$w/$r]})
    # shellcheck disable=SC2086
    timed_c=$(spread %.3f 1 ${timed[$w/$r]})
    # shellcheck disable=SC2086
    perop_c=$(spread %.3f 1 ${perop[$w/$r]})
    # shellcheck disable=SC2086
    rss_m=$(median ${rss[$w/$r]})
    # shellcheck disable=SC2086
    rss_cell=$(spread %.1f 1024 ${rss[$w/$r]})
    # A peak within 5% of the wrapper's floor only says "at most this much" (see bench/rss.py).
    if [ "${floor_kib[max]}" -gt 0 ] && awk -v a="$rss_m" -v f="${floor_kib[max]}" 'BEGIN { exit !(a <= f * 1.05) }'; then
      rss_cell="≤ $floor_mb"
    fi
    printf '| %s | %s | %s | %s | %s | %s | %s/%s |\n' \
      "$w" "$name" "$wall_c" "$timed_c" "$perop_c" "$rss_cell" "$ok" "$tried"
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
echo "- Each cell: median of $runs run(s) (BENCH_RUNS), then (min–max) over the successful runs; runs"
echo "  interleaved across runtimes."
if [ "${floor_kib[max]}" -gt 0 ]; then
  echo "- Peak RSS cannot be seen below the measuring wrapper's floor ($floor_mb MB here); such cells read \"≤\"."
fi

# Paired ratios: run i of asyncrun over run i of CPython (they ran back to back), so drift of a busy
# machine between rounds cancels out; the median and range of those ratios.
ratio_rows=()
for w in "${workloads[@]}"; do
  rt= rp=
  for ((i = 1; i <= runs; i++)); do
    a=${round_timed[$w/asyncrun/$i]:-} c=${round_timed[$w/cpython/$i]:-}
    [ -n "$a" ] && [ -n "$c" ] || continue
    rt+="$(awk -v a="$a" -v c="$c" 'BEGIN { if (c > 0) printf "%.6f", a / c }') "
    a=${round_perop[$w/asyncrun/$i]:-} c=${round_perop[$w/cpython/$i]:-}
    rp+="$(awk -v a="$a" -v c="$c" 'BEGIN { if (c > 0) printf "%.6f", a / c }') "
  done
  [ -n "$rt" ] || continue
  # shellcheck disable=SC2086
  ratio_rows+=("| $w | $(spread %.2f 1 $rt) | $(spread %.2f 1 $rp) | $(wc -w <<<"$rt") |")
done
if [ ${#ratio_rows[@]} -gt 0 ]; then
  echo
  echo "### asyncrun / CPython"
  echo
  echo "| workload | timed s ratio | per-op ratio | pairs |"
  echo "| --- | ---: | ---: | ---: |"
  printf '%s\n' "${ratio_rows[@]}"
  echo
  echo "- Each ratio is asyncrun's run i over CPython's run i (run back to back), median (min–max) over the"
  echo "  pairs where both succeeded; below 1 means asyncrun is faster."
fi
echo
echo "### Machine"
echo
echo "- CPU: ${cpu:-unknown}; nproc: $(nproc 2>/dev/null || echo '?'); memory: ${mem:-unknown}; $(uname -srm)"
echo "- asyncrun: $asyncrun_source"
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
