"""Fidelity of the default sampling against the paper's (ML-100K and ML-1M, paper preprocessing).
Each generator is fitted on the paper's `train` block and its synthetic users (as many as the training users) are
compared with those training users by `fidelity_report`; targets: coverage >= .95, popularity Spearman >= .9,
top-100 share within 5 points, activity KS <= .1, co-occurrence >= .8, diversity within 25%.
Also times the fit and the sampling. Prints one table per data set: mean over seeds of each row.
Usage: SDRM_NB_DATA=../shared/data python bench/fidelity.py [--datasets ml-100k ml-1m] [--seeds 3]"""
import argparse, time
import numpy as np, pandas as pd
from sdrm_nb.data import load_dataset, paper_preprocess, paper_blocks
from sdrm_nb.synthesizer import SDRM
from sdrm_nb.fidelity import fidelity_report, fidelity_summary

p = argparse.ArgumentParser(); p.add_argument('--datasets', nargs='+', default=['ml-100k', 'ml-1m']); p.add_argument('--seeds', type=int, default=3)
p.add_argument('--device', default='cpu')
a = p.parse_args()
pd.set_option('display.width', 220)
for ds in a.datasets:
    train = paper_blocks(paper_preprocess(load_dataset(ds)))['train']; rows = []
    for seed in range(a.seeds):
        t = time.perf_counter(); m = SDRM(device=a.device).fit(train, seed=seed, progress=False); fit_s = time.perf_counter() - t
        for method in ('m-sdrm', 'f-sdrm', 'multivae++'):
            for how in ('activity-sample', 'density'):
                t = time.perf_counter(); syn = m.sample(method=method, seed=seed, binarize_how=how); smp = time.perf_counter() - t
                rep = fidelity_report(train, syn, seed=seed)
                rows += [dict(seed=seed, sampler=method, binarize=how, metric=r.metric, value=r.synthetic, real=r.real) for r in rep.itertuples()]
                rows += [dict(seed=seed, sampler=method, binarize=how, metric='targets_met', value=rep.met.dropna().sum(), real=np.nan),
                         dict(seed=seed, sampler=method, binarize=how, metric='sample_s', value=smp, real=np.nan)]
                if seed == 0: print(f"{ds} seed 0 {method} {how}: {fidelity_summary(rep)}", flush=True)
        print(f"{ds} seed {seed}: fit {fit_s:.1f} s", flush=True)
    df = pd.DataFrame(rows)
    keep = ['coverage', 'popularity_spearman', 'top100_share', 'activity_ks', 'cooccurrence', 'diversity', 'popularity_gini', 'targets_met', 'sample_s']
    tab = df[df.metric.isin(keep)].pivot_table(index=['sampler', 'binarize'], columns='metric', values='value', aggfunc='mean')[keep]
    real = df.groupby('metric').real.first()[['top100_share', 'diversity', 'popularity_gini']]
    print(f"\n{ds}: {train.n_users} training users x {train.n_items} items, mean of {a.seeds} seeds; real: " + ', '.join(f'{k} {v:.4f}' for k, v in real.items()))
    print(tab.round(4).to_string(), flush=True)
