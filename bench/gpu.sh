#!/usr/bin/env bash
# The checks a lent GPU runs, in one call of at most BUDGET seconds (default 540):
#  1. the main job's time on the GPU: `sdrm_nb generate` on ML-100K (twice: same seed, same bytes?), and bench/scale.py
#     (time and memory per stage) on ML-1M and Amazon-book;
#  2. the notebooks' tests with the `gpu` cells switched on (pytest over nbdev's tester), and, beside them,
#  3. the ML-100K results table with all three recommenders tuned (NeuMF included, which takes 2 cores most of an hour):
#     `sdrm_nb evaluate --split paper-test`, 5 seeds, worker processes sharing the GPU;
#  4. with what time is left: the same table with the paper's fixed settings.
# Each step gets what is left of the budget; logs and tables go to $OUT/w (bench_out/ when OUT is unset), packed at the
# end into $OUT/results.tgz (the device tool brings back at most 8 files).
# Needs sdrm_nb with its dev extras installed and the data sets in $SDRM_NB_DATA; on a bare machine (the workplace's lent GPU)
# carry .whl/ (wheels of sdrm_nb and of what that machine lacks: nbdev, execnb, fastcore and their needs) and data/ (ml-100k,
# ml-1m/ratings.dat, amazon-book/{train,test}.txt, sdrm/ml-100k_*), both git-ignored: they are used when present.
# Usage: bash bench/gpu.sh [STEP ...]   steps: generate scale tests tuned fixed (default: all, in that order)
set -uo pipefail
OUT=${OUT:-bench_out}; W=$OUT/w; mkdir -p "$W"; BUDGET=${BUDGET:-540}; T0=$(date +%s)
left() { echo $(( BUDGET - ($(date +%s) - T0) )); }
cap() { local l; l=$(left); (( l < $1 )) && echo $(( l > 1 ? l : 1 )) || echo "$1"; }   # at most $1 seconds, within the budget
step() { echo; echo "== $1 (at $(( $(date +%s) - T0 )) s, $(left) s left)"; }
STEPS=" ${*:-generate scale tests tuned fixed} "; want() { [[ $STEPS == *" $1 "* ]]; }

if [ -d .whl ]; then   # a bare machine: install the carried wheels; elsewhere the environment's sdrm_nb (pip install -e ".[dev]") is used
  python3 -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade --target /tmp/site .whl/*.whl || exit 1
  export PYTHONPATH=/tmp/site PATH=/tmp/site/bin:$PATH
fi
[ -d data ] && export SDRM_NB_DATA=${SDRM_NB_DATA:-$PWD/data}
export PYTHONUNBUFFERED=1
nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader
python3 -c "import torch, sdrm_nb; print('torch', torch.__version__, torch.cuda.get_device_name(), '| sdrm_nb', sdrm_nb.__version__, '| cores', __import__('os').cpu_count())"

want generate && for i in 1 2; do
  step "generate ml-100k on cuda, run $i"; s=$(date +%s%N)
  timeout "$(cap 120)" sdrm_nb generate --dataset ml-100k --device cuda --seed 0 --quiet --out /tmp/g$i.csv 2>&1 | tee -a "$W/generate.log"
  echo "wall: $(( ($(date +%s%N) - s) / 1000000 )) ms" | tee -a "$W/generate.log"
done
want generate && { md5sum /tmp/g1.csv /tmp/g2.csv | tee -a "$W/generate.log"; echo "same bytes: $(md5sum /tmp/g1.csv /tmp/g2.csv | awk '{print $1}' | uniq | wc -l | sed 's/^1$/yes/;s/^2$/NO/')" | tee -a "$W/generate.log"; }
want scale && for ds in ml-1m amazon-book; do
  step "bench/scale.py --dataset $ds --device cuda"
  timeout "$(cap 200)" python3 bench/scale.py --dataset "$ds" --device cuda 2>&1 | tee "$W/scale-$ds.log"
done

want tests && { step "tests with gpu cells (in the background)"
(SDRM_NB_TEST_FLAGS=gpu OMP_NUM_THREADS=2 timeout "$(cap 300)" python3 -m pytest -q -p no:cacheprovider $(python3 -c "import xdist" 2>/dev/null && echo "-n 6") tests > "$W/tests.log" 2>&1; echo "pytest exit $?" >> "$W/tests.log") & }
want tuned && { step "the tuned ML-100K table"; timeout "$(cap 400)" sdrm_nb evaluate --dataset ml-100k --split paper-test --seeds 5 --jobs 8 --device cuda --out "$W/ml100k_tuned.csv" 2>&1 | tee "$W/tuned.log" | grep -v '^  seed'; }
wait; want tests && { step "tests"; tail -5 "$W/tests.log"; }
if want fixed && (( $(left) > 60 )); then
  step "fixed settings"
  timeout "$(cap 400)" sdrm_nb evaluate --dataset ml-100k --split paper-test --seeds 5 --jobs 8 --device cuda --no-tune --out "$W/ml100k_fixed.csv" 2>&1 | tee "$W/fixed.log" | grep -v '^  seed'
fi
step "done"; tar czf "$OUT/results.tgz" -C "$OUT" w && rm -rf "$W"
