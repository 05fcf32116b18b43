#!/usr/bin/env bash
# Compare asyncrun, CPython asyncio and Node on this machine.
#
#   bash bench/run.sh                 # every workload
#   bash bench/run.sh switch fanout   # only these (fanout switch pingpong threads httpfan)
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
all_workloads=(fanout switch pingpong threads httpfan)
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
    node/threads) echo "node (worker_threads)" ;;
    node/httpfan) echo "node (fetch, node:http)" ;;
    cpython/httpfan) echo "cpython (to_thread(requests.get))" ;;
    *) echo "$1" ;;
  esac
}

# --- running ----------------------------------------------------------------

declare -A walls timed perop rss okcount failcount floor_kib
declare -A round_timed round_perop # workload/runtime/run -> that run's figures, for paired ratios
# threads prints more figures: RESULT threads <sequential s> <parallel s> <speedup> <round-trip µs> <N>
declare -A t_seq t_par t_speedup t_trip t_n round_speedup round_trip
floor_kib[max]=0
loads=() # the 1-minute load average before each run
rows=()

loadavg() { cut -d ' ' -f 1 /proc/loadavg 2>/dev/null; }

for w in "${workloads[@]}"; do
  for r in "${runtimes[@]}"; do
    okcount[$w/$r]=0
    failcount[$w/$r]=0
    walls[$w/$r]=
    timed[$w/$r]=
    perop[$w/$r]=
    rss[$w/$r]=
    t_seq[$w/$r]= t_par[$w/$r]= t_speedup[$w/$r]= t_trip[$w/$r]= t_n[$w/$r]=
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
      load=$(loadavg)
      [ -n "$load" ] && loads+=("$load")
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
      if [ "$w" = threads ]; then
        read -r _ _ tseq tpar tsp ttrip tn _ <<<"$result"
        if [ -z "$tn" ]; then
          failcount[$w/$r]=$((failcount[$w/$r] + 1))
          note "$w/$r run $i failed: its RESULT line has fewer than 5 figures: $result"
          continue
        fi
        t_seq[$w/$r]+="$tseq " t_par[$w/$r]+="$tpar " t_speedup[$w/$r]+="$tsp " t_trip[$w/$r]+="$ttrip "
        t_n[$w/$r]=$tn
        round_speedup[$w/$r/$i]=$tsp
        round_trip[$w/$r/$i]=$ttrip
        secs=$tpar us=$ttrip
      else
        read -r _ _ secs us <<<"$result"
      fi
      okcount[$w/$r]=$((okcount[$w/$r] + 1))
      walls[$w/$r]+="$wall "
      timed[$w/$r]+="$secs "
      perop[$w/$r]+="$us "
      round_timed[$w/$r/$i]=$secs
      round_perop[$w/$r/$i]=$us
      rss[$w/$r]+="$kib "
      [ "${fl:-0}" -gt "${floor_kib[max]}" ] && floor_kib[max]=$fl
      if [ "$w" = threads ]; then
        log "$w/$r run $i/$runs (load ${load:-?}): sequential ${tseq} s, parallel ${tpar} s, speedup ${tsp}×, round trip ${ttrip} µs, peak $((kib / 1024)) MB"
      else
        log "$w/$r run $i/$runs: wall ${wall} s, timed ${secs} s, ${us} µs/op, peak $((kib / 1024)) MB"
      fi
    done
  done
done

# A workload that needs an API asyncrun does not have yet is "pending" rather than "failed": pingpong
# needs asyncio.Queue (issue 3). The probe runs only when every asyncrun run of it failed.
declare -A pending
for w in "${workloads[@]}"; do
  [ -n "${cmd[asyncrun]:-}" ] || continue
  [ "${okcount[$w/asyncrun]}" -eq 0 ] && [ "${failcount[$w/asyncrun]}" -gt 0 ] || continue
  case $w in
    pingpong)
      if ! "${cmd[asyncrun]}" --virtual-time --timeout 10s -e \
        'const q = new asyncio.Queue(1); await q.put(7); if ((await q.get()) !== 7) sys.exit(3);' \
        >/dev/null 2>&1; then
        pending[$w/asyncrun]="pending issue 3 (asyncio.Queue)"
        note "$w/asyncrun: asyncio.Queue is not available yet (issue 3); the row will fill in once it lands"
      fi
      ;;
    threads)
      if ! "${cmd[asyncrun]}" --timeout 10s -e \
        'if ((await asyncio.to_thread((x) => x + 1, 6)) !== 7) sys.exit(3);' \
        >/dev/null 2>&1; then
        pending[$w/asyncrun]="pending issue 4 (asyncio.to_thread)"
        note "$w/asyncrun: asyncio.to_thread is not available yet (issue 4); the row will fill in once it lands"
      fi
      ;;
  esac
done

# --- report -----------------------------------------------------------------

mb() { awk -v k="$1" 'BEGIN { printf "%.1f", k / 1024 }'; }

cpu=$(awk -F': *' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null)
mem=$(awk '/^MemTotal/ { printf "%.1f GB", $2 / 1048576; exit }' /proc/meminfo 2>/dev/null)
floor_mb=$(mb "${floor_kib[max]}")

# rss_cell W R: the peak RSS cell of a row. A peak within 5% of the wrapper's floor only says "at most
# this much" (see bench/rss.py).
rss_cell() {
  local m cell
  # shellcheck disable=SC2086 # the lists are space-separated numbers
  m=$(median ${rss[$1/$2]})
  # shellcheck disable=SC2086
  cell=$(spread %.1f 1024 ${rss[$1/$2]})
  if [ "${floor_kib[max]}" -gt 0 ] && awk -v a="$m" -v f="${floor_kib[max]}" 'BEGIN { exit !(a <= f * 1.05) }'; then
    cell="≤ $floor_mb"
  fi
  echo "$cell"
}

# not_measured W R EMPTY: prints the row of a runtime that was skipped or never succeeded (EMPTY: the
# empty cells after the first) and returns 0; returns 1 when the row has figures.
not_measured() {
  local w=$1 r=$2 empty=$3 name ok tried why
  name=$(label "$r" "$w")
  if [ -z "${cmd[$r]:-}" ]; then
    echo "| $w | $name | skipped $empty |"
    return 0
  fi
  ok=${okcount[$w/$r]} tried=$((okcount[$w/$r] + failcount[$w/$r]))
  [ "$ok" -eq 0 ] || return 1
  why=failed
  [ -n "${pending[$w/$r]:-}" ] && why="${pending[$w/$r]}"
  echo "| $w | $name | $why $empty 0/$tried |"
  return 0
}

# pair_ratios FIGURE A B W: "median (min–max) | pairs" of run i of runtime A over run i of runtime B
# (run back to back, so drift of a busy machine between rounds cancels), for the array FIGURE.
pair_ratios() {
  local -n fig=$1
  local a b x y list=
  for ((i = 1; i <= runs; i++)); do
    x=${fig[$4/$2/$i]:-} y=${fig[$4/$3/$i]:-}
    [ -n "$x" ] && [ -n "$y" ] || continue
    list+="$(awk -v a="$x" -v c="$y" 'BEGIN { if (c > 0) printf "%.6f", a / c }') "
  done
  [ -n "$list" ] || return 1
  # shellcheck disable=SC2086
  echo "$(spread %.2f 1 $list) | $(wc -w <<<"$list")"
}

plain=() has_threads=
for w in "${workloads[@]}"; do
  if [ "$w" = threads ]; then has_threads=1; else plain+=("$w"); fi
done

echo "## asyncrun benchmark"
if [ ${#plain[@]} -gt 0 ]; then
  echo
  echo "| workload | runtime | wall s | timed s | per-op µs | peak RSS MB | runs ok |"
  echo "| --- | --- | ---: | ---: | ---: | ---: | ---: |"
  for w in "${plain[@]}"; do
    for r in "${runtimes[@]}"; do
      not_measured "$w" "$r" "| | | |" && continue
      # shellcheck disable=SC2086 # the lists are space-separated numbers
      printf '| %s | %s | %s | %s | %s | %s | %s/%s |\n' "$w" "$(label "$r" "$w")" \
        "$(spread %.3f 1 ${walls[$w/$r]})" "$(spread %.3f 1 ${timed[$w/$r]})" \
        "$(spread %.3f 1 ${perop[$w/$r]})" "$(rss_cell "$w" "$r")" \
        "${okcount[$w/$r]}" "$((okcount[$w/$r] + failcount[$w/$r]))"
    done
  done
  echo
  echo "- **wall s**: the whole process, start-up included; **timed s**: what the program measured around"
  echo "  the workload with its monotonic clock (\`time.perf_counter()\`, \`performance.now()\`)."
  echo "- **per-op µs**: fanout: (timed − 0.05 s sleep) / 100,000 tasks, the cost of one task;"
  echo "  switch: timed / 1,000,000 switches; pingpong: timed / 200,000 items; httpfan: (timed − 0.05 s) /"
  echo "  1,000 requests to a local server that answers each after 0.05 s (each runtime's own server: http.serve,"
  echo "  node:http, ThreadingHTTPServer; CPython has no aiohttp here, so it runs the seeds' to_thread(requests.get)"
  echo "  on the default executor's min(32, CPUs + 4) threads)."
  echo "- Node has no asyncio: fanout uses \`setTimeout\` + \`Promise.all\`; switch uses"
  echo "  \`await new Promise(setImmediate)\`, the closest equivalent of \`asyncio.sleep(0)\`; pingpong uses a"
  echo "  minimal bounded promise queue (in \`pingpong.node.js\`), whose hand-offs are microtasks only."
  echo "- Each cell: median of $runs run(s) (BENCH_RUNS), then (min–max) over the successful runs; runs"
  echo "  interleaved across runtimes."
  if [ "${floor_kib[max]}" -gt 0 ]; then
    echo "- Peak RSS cannot be seen below the measuring wrapper's floor ($floor_mb MB here); such cells read \"≤\"."
  fi

  ratio_rows=()
  for w in "${plain[@]}"; do
    t=$(pair_ratios round_timed asyncrun cpython "$w") || continue
    p=$(pair_ratios round_perop asyncrun cpython "$w")
    ratio_rows+=("| $w | ${t% | *} | $p |")
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
fi

if [ -n "$has_threads" ]; then
  w=threads
  echo
  echo "### threads"
  echo
  echo "| workload | runtime | fib N | wall s | sequential s | parallel s | speedup × | round-trip µs | peak RSS MB | runs ok |"
  echo "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
  for r in "${runtimes[@]}"; do
    not_measured "$w" "$r" "| | | | | | |" && continue
    # shellcheck disable=SC2086 # the lists are space-separated numbers
    printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s/%s |\n' "$w" "$(label "$r" "$w")" \
      "${t_n[$w/$r]}" "$(spread %.3f 1 ${walls[$w/$r]})" \
      "$(spread %.3f 1 ${t_seq[$w/$r]})" "$(spread %.3f 1 ${t_par[$w/$r]})" \
      "$(spread %.2f 1 ${t_speedup[$w/$r]})" "$(spread %.1f 1 ${t_trip[$w/$r]})" \
      "$(rss_cell "$w" "$r")" "${okcount[$w/$r]}" "$((okcount[$w/$r] + failcount[$w/$r]))"
  done
  echo
  echo "- Four calls of a recursive \`fib(N)\` handed to threads: **sequential s** awaits each in turn,"
  echo "  **parallel s** gathers all four; **speedup** is sequential / parallel, run by run. N differs by"
  echo "  runtime so that one call takes about a second in each (V8's JIT runs fib far faster than goja or"
  echo "  CPython), so compare speedups and round trips across runtimes, not seconds."
  echo "- asyncrun and CPython: \`asyncio.to_thread\` after two warm-up calls (the first two parallel calls find"
  echo "  warm workers, the other two start theirs); CPython's threads share the GIL, so about 1×. Node:"
  echo "  \`worker_threads\`, the sequential calls on one warm worker, the parallel ones on a pool of four made"
  echo "  for the run (their start-up is in the parallel time)."
  echo "- **round-trip µs**: \`await asyncio.to_thread((x) => x, i)\` (Node: a \`postMessage\` to a warm worker"
  echo "  and its reply), one at a time, 2,000 times."
  echo "- On a 2-core machine the ceiling is 2×, and only when nothing else wants a core: see the load average"
  echo "  below. Node's row, in the same rounds, shows what the machine let a truly parallel runtime get."

  pair_rows=()
  for other in cpython node; do
    s=$(pair_ratios round_speedup asyncrun "$other" "$w") || continue
    t=$(pair_ratios round_trip asyncrun "$other" "$w")
    pair_rows+=("| asyncrun / $other | ${s% | *} | $t |")
  done
  if [ ${#pair_rows[@]} -gt 0 ]; then
    echo
    echo "| threads, paired | speedup ratio | round-trip ratio | pairs |"
    echo "| --- | ---: | ---: | ---: |"
    printf '%s\n' "${pair_rows[@]}"
    echo
    echo "- asyncrun's run i over the other runtime's run i (run back to back), median (min–max)."
  fi
  if [ "${okcount[$w/asyncrun]:-0}" -gt 0 ]; then
    # shellcheck disable=SC2086
    sp=$(median ${t_speedup[$w/asyncrun]})
    # shellcheck disable=SC2086
    spmin=$(printf '%s\n' ${t_speedup[$w/asyncrun]} | sort -g | head -n 1)
    verdict=$(awk -v m="$sp" 'BEGIN { print (m >= 1.8 ? "met" : "not met") }')
    echo
    printf -- '- Issue 4'"'"'s check, asyncrun'"'"'s to_thread speedup ≥ 1.8× on this machine: **%s** (median %.2f×, lowest %.2f×).\n' \
      "$verdict" "$sp" "$spmin"
  fi
fi

echo
echo "### Machine"
echo
echo "- CPU: ${cpu:-unknown}; nproc: $(nproc 2>/dev/null || echo '?'); memory: ${mem:-unknown}; $(uname -srm)"
if [ ${#loads[@]} -gt 0 ]; then
  echo "- load average (1 min) before each run: $(spread %.2f 1 "${loads[@]}"); after the last: $(loadavg)"
fi
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
