#!/usr/bin/env bash
# Differential fuzzing against CPython: generate random task programs (tools/fuzz/gen.py), run each with
# python3 and with asyncrun under --virtual-time, and report the seeds whose standard output or exit status
# differ. Needs python3 (3.11, the reference) besides Go.
#
#   bash tools/fuzz/run.sh 1 200            # seeds 1..200 with a fresh build of ./cmd/asyncrun
#   ASYNCRUN_BIN=/tmp/ar bash tools/fuzz/run.sh 1 50
#
# The programs stay in a temporary directory (kept when some differ, named at the end).
set -u
from=${1:?usage: run.sh FROM TO}
to=${2:?usage: run.sh FROM TO}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
dir=$(mktemp -d "${TMPDIR:-/tmp}/asyncrun-fuzz.XXXXXX")
bin=${ASYNCRUN_BIN:-}
if [ -z "$bin" ]; then
  bin=$dir/asyncrun
  (cd "$root" && go build -o "$bin" ./cmd/asyncrun) || exit 2
fi
fail=0
for s in $(seq "$from" "$to"); do
  (cd "$dir" && python3 "$here/gen.py" "$s") || exit 2
  python3 "$dir/p$s.py" > "$dir/p$s.pyout" 2> "$dir/p$s.pyerr"; pe=$?
  "$bin" --virtual-time "$dir/p$s.js" > "$dir/p$s.jsout" 2> "$dir/p$s.jserr"; je=$?
  if ! cmp -s "$dir/p$s.pyout" "$dir/p$s.jsout" || [ "$pe" != "$je" ]; then
    echo "differs: seed $s (exit $pe in CPython, $je here): diff $dir/p$s.pyout $dir/p$s.jsout"
    fail=$((fail + 1))
  fi
done
echo "$fail of $((to - from + 1)) differ"
if [ "$fail" = 0 ]; then rm -rf "$dir"; else echo "programs kept in $dir"; fi
[ "$fail" = 0 ]
