"""Does PureSVD's tuning grid bind at its edges? The same run with the standard grid (`svd_grid`, or 8 to --standard-top factors) and with a wider one (2-1024 factors): Recall@10 of tuned PureSVD, and how often each grid's choice sits at its edge.

python bench/svd_grid.py --dataset ml-100k --seeds 5                        # about 6 minutes on 2 cores
python bench/svd_grid.py --dataset adm --seeds 1 --standard-top 256         # the grid before svd_grid grew with the catalogue; about 12 minutes
"""
import argparse, json, time
import pandas as pd
from sdrm_nb import experiment
from sdrm_nb.data import load_interactions
from sdrm_nb.data import paper_split
from sdrm_nb.experiment import run_experiment

p = argparse.ArgumentParser(description=__doc__.split('\n')[0])
p.add_argument('--dataset', default='ml-100k'); p.add_argument('--seeds', type=int, default=5)
p.add_argument('--generators', nargs='+', default=['f-sdrm', 'm-sdrm', 'multivae++', 'popularity', 'uniform', 'inverse-popularity', 'bootstrap'])
p.add_argument('--standard-top', type=int, default=None, help="the standard grid's largest rank (default: svd_grid's for the data set)")
p.add_argument('--out', default=None, help='tidy results of both runs (.csv)')
a = p.parse_args()
split = paper_split(load_interactions(a.dataset), evaluate_on='test+valid')   # the competitors' tables' split (--split paper-test)
saved = experiment.TUNING_GRIDS['svd']
standard = experiment.svd_grid(split.train.n_items) if a.standard_top is None else [dict(factors=2**i) for i in range(3, a.standard_top.bit_length())]
grids = {'standard': standard, 'wide': [dict(factors=2**i) for i in range(1, 11)]}   # 2 to 1,024
runs = []
for name, grid in grids.items():
    experiment.TUNING_GRIDS['svd'] = grid   # one process (n_jobs=1), so the runner sees the grid
    t = time.perf_counter()
    df = run_experiment(split, a.generators, ['svd'], seeds=a.seeds, dataset=a.dataset, device='cpu', profile=False)
    print(f"{name} grid {[g['factors'] for g in grid]}: {time.perf_counter() - t:.0f} s", flush=True)
    runs.append(df.assign(grid=name))
experiment.TUNING_GRIDS['svd'] = saved
df = pd.concat(runs)
if a.out: df.to_csv(a.out, index=False)
rec = df[df.metric == 'recall'].assign(factors=lambda d: d.settings.map(lambda s: json.loads(s)['factors']))
lo, hi = {n: min(g['factors'] for g in grid) for n, grid in grids.items()}, {n: max(g['factors'] for g in grid) for n, grid in grids.items()}
rec['at_edge'] = [f in (lo[g], hi[g]) for f, g in zip(rec.factors, rec.grid)]
t = rec.pivot_table(index=['generator', 'protocol'], columns='grid', values='value', aggfunc='mean', sort=False)
t['change'] = t.wide / t.standard - 1
t = t.join(rec.pivot_table(index=['generator', 'protocol'], columns='grid', values='at_edge', aggfunc='mean', sort=False).add_prefix('at_edge_'))
t = t.join(rec[rec.grid == 'wide'].groupby(['generator', 'protocol']).factors.agg(lambda f: ' '.join(map(str, sorted(f)))).rename('wide_choices'))
with pd.option_context('display.width', 200): print(t.round(4).to_string())
