"""Augmenting with fewer synthetic users: change in Recall@10 of tuned PureSVD on ML-100K when r x (number of real users) synthetic users are added.

python bench/augment_ratio.py --seeds 5
"""
import argparse, time
import numpy as np, pandas as pd, scipy.sparse as sp
from sdrm_nb.data import load_dataset, paper_preprocess, paper_split
from sdrm_nb.experiment import validation_split, fit_and_sample, train_and_score
from sdrm_nb.core import GENERATORS

p = argparse.ArgumentParser(description=__doc__.split('\n')[0])
p.add_argument('--seeds', type=int, default=5); p.add_argument('--ratios', type=float, nargs='+', default=[0.1, 0.25, 0.5, 1.0])
p.add_argument('--device', default='cpu'); p.add_argument('--out', default=None, help='tidy results (.csv)')
a = p.parse_args()
split = paper_split(paper_preprocess(load_dataset('ml-100k')), evaluate_on='test+valid')
rows = []
for seed in range(a.seeds):
    t = time.perf_counter(); real, valid = validation_split(split.train, seed=seed)   # the runner's training and validation users
    syn, _, _ = fit_and_sample(GENERATORS['f-sdrm'], ['f-sdrm'], real, seed, device=a.device)
    syn.update(fit_and_sample(GENERATORS['bootstrap'], ['popularity', 'uniform', 'inverse-popularity', 'bootstrap'], real, seed)[0])
    score = lambda X: train_and_score('svd', X, valid, split.fold_in, split.held_out, seed, tune=True, device=a.device)[0]['recall@10']
    rows.append(dict(seed=seed, generator='real', ratio=0.0, recall=score(real.X)))
    for g, s in syn.items():
        order = np.random.default_rng(seed).permutation(s.n_users)     # the first r x n of a random order: nested subsets
        rows += [dict(seed=seed, generator=g, ratio=r, recall=score(sp.vstack([real.X, s.X[order[:int(r * real.n_users)]]], format='csr')))
                 for r in a.ratios]
    print(f"seed {seed}: {time.perf_counter() - t:.0f} s", flush=True)
df = pd.DataFrame(rows)
if a.out: df.to_csv(a.out, index=False)
base = df[df.generator == 'real'].set_index('seed').recall
df['change'] = df.recall / df.seed.map(base) - 1
print(f"original data: Recall@10 {base.mean():.4f} (mean of {a.seeds} seeds); change when r x n synthetic users are added:")
print(df[df.generator != 'real'].pivot_table(index='generator', columns='ratio', values='change', aggfunc='mean', sort=False).round(3).to_string())
