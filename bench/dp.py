"""The privacy-utility curve on a paper split: for each epsilon, the fit time, the privacy record, fidelity, and Recall@10 of tuned PureSVD trained on synthetic users only (replace) and on real + synthetic (augment), against the real data and the popularity control.

python bench/dp.py --dataset ml-100k --epsilon 1 4 8 16 none --seeds 3 --out nbs/results/ml100k_dp_curve.csv   # 11 min on 2 cores
python bench/dp.py --dataset ml-1m --epsilon 8 none --out nbs/results/ml1m_dp_curve.csv                       # 9.5 min
python bench/dp.py --dataset ml-1m --epsilon 8 none --seeds 2 --first-seed 1 --out nbs/results/ml1m_dp_curve_seeds12.csv   # two more seeds
python bench/dp.py --dataset ml-100k --epsilon 8 none --seeds 2 --first-seed 3 --out nbs/results/ml100k_dp_curve_seeds34.csv      # two more seeds at epsilon 8
python bench/dp.py --dataset ml-100k --epsilon 1 4 8 16 --seeds 5 --spectrum-items 300 --out nbs/results/ml100k_dp_spectral.csv   # with the private co-occurrence spectrum
python bench/dp.py --dataset ml-1m --epsilon 8 --spectrum-items 300 --out nbs/results/ml1m_dp_spectral.csv
python bench/dp.py --dataset alb --epsilon 8 none --seeds 3 --out nbs/results/alb_dp_curve.csv                                  # the sparse paper data sets
python bench/dp.py --dataset alb --epsilon 8 --seeds 3 --spectrum-items 300 --out nbs/results/alb_dp_spectral.csv
python bench/dp.py --dataset adm --epsilon 8 none --out nbs/results/adm_dp_curve.csv                                            # 20 min
python bench/dp.py --dataset adm --epsilon 8 --spectrum-items 300 --out nbs/results/adm_dp_spectral.csv
"""
import argparse, time
import numpy as np, pandas as pd, scipy.sparse as sp
from sdrm_nb import SDRM, paper_split, fidelity_report, fidelity_summary
from sdrm_nb.data import load_interactions
from sdrm_nb.experiment import validation_split, train_and_score
from sdrm_nb.samplers import control_users

p = argparse.ArgumentParser(description=__doc__.split('\n')[0])
p.add_argument('--dataset', default='ml-100k'); p.add_argument('--epsilon', nargs='+', default=['8', 'none'])
p.add_argument('--seeds', type=int, default=1); p.add_argument('--first-seed', type=int, default=0, help='seeds first-seed, first-seed + 1, ... (to add seeds to an earlier run)'); p.add_argument('--spectrum-items', type=int, default=0, help="SDRM's dp_spectrum_items for the private fits (0: off; rows named f-sdrm-spectral when on)")
p.add_argument('--out', default=None, help='tidy rows (.csv): dataset, seed, epsilon, generator, metric, value')
a = p.parse_args()
split = paper_split(load_interactions(a.dataset), evaluate_on='test+valid')  # ml-100k, ml-1m, alb, adm
rows = []
def add(seed, eps, gen, **kv): rows.extend(dict(dataset=a.dataset, seed=seed, epsilon=eps, generator=gen, metric=k, value=v) for k, v in kv.items())
for seed in range(a.first_seed, a.first_seed + a.seeds):
    real, valid = validation_split(split.train, seed=seed)
    score = lambda X: train_and_score('svd', X, valid, split.fold_in, split.held_out, seed=seed, tune=True, device='cpu')[0]['recall@10']
    orig = score(real.X); add(seed, 'none', 'real', original=orig)
    pop = control_users(real.X, 'popularity', real.n_users, seed)
    add(seed, 'none', 'popularity', replace=score(pop), augment=score(sp.vstack([real.X, pop]).tocsr()))
    print(f"seed {seed}: original Recall@10 {orig:.4f}; popularity control replace {rows[-2]['value']:.4f}, augment {rows[-1]['value']:.4f}", flush=True)
    for e in a.epsilon:
        eps = None if e == 'none' else float(e)
        extra = {} if eps is None else dict(dp_spectrum_items=a.spectrum_items)       # explicit under DP: 0 is DP-SGD alone, whatever the fit's own rule
        gen = 'f-sdrm-spectral' if extra.get('dp_spectrum_items') else 'f-sdrm'
        t = time.perf_counter(); m = SDRM(device='cpu', dp_epsilon=eps, **extra).fit(real, seed=seed, progress=False); secs = time.perf_counter() - t
        s = m.sample(seed=seed); rep = fidelity_report(real, s); v = rep.set_index('metric').synthetic
        r, g = score(s.X), score(sp.vstack([real.X, s.X]).tocsr())
        add(seed, e, gen, replace=r, augment=g, fit_s=secs, spent_epsilon=m.privacy.get('epsilon', np.nan),
            spearman=v['popularity_spearman'], cooccurrence=v['cooccurrence'], coverage=v['coverage'], activity_ks=v['activity_ks'])
        print(f"  epsilon {e}: fit {secs:.0f} s; {m.dp_summary()}\n    fidelity: {fidelity_summary(rep)}\n"
              f"    replace Recall@10 {r:.4f} ({r / orig:.1%} of original), augment {g:.4f} ({g / orig - 1:+.1%})", flush=True)
if a.out:
    pd.DataFrame(rows).to_csv(a.out, index=False); print(f"wrote {a.out}: {len(rows)} rows")
