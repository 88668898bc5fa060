"""Study: which diffusion objective and which binarisation become SDRM's defaults.
ML-100K, paper preprocessing; generators are fitted on the paper's train block (656 users) and judged on the
test + valid blocks (282 users, 80/20 fold-in / held-out per user, seed 123), so the paper's reported valid users
are not used alone to tune. For each seed: fit SDRM with the paper's ML-100K settings under each objective,
sample M-SDRM and F-SDRM users (as many as the training users) with each binarisation, augment the real training
users, train PureSVD and score Recall@10 / NDCG@10 (positives only). Prints a table of means +- std over seeds.
Usage: SDRM_NB_DATA=../shared/data python bench/choose_defaults.py [--seeds 3]"""
import argparse, time
import numpy as np, pandas as pd
from sdrm_nb.data import load_paper_splits, paper_blocks, holdout_entries, vstack
from sdrm_nb.metrics import evaluate
from sdrm_nb.recommenders import PureSVD
from sdrm_nb.synthesizer import SDRM
from sdrm_nb.samplers import BINARIZERS

p = argparse.ArgumentParser(); p.add_argument('--seeds', type=int, default=3); p.add_argument('--factors', type=int, default=32)
a = p.parse_args()
full = load_paper_splits('ml-100k')['full']
b = paper_blocks(full)
train, ev = b['train'], vstack(b['test'], b['valid'])
fold_in, held_out = holdout_entries(ev, 0.2, seed=123)
score = lambda X, seed: evaluate(PureSVD(a.factors, seed=seed, device='cpu').fit(X).score, fold_in, held_out)
rows = []
for seed in range(a.seeds):
    r = score(train.X, seed); rows.append(dict(seed=seed, objective='-', method='original', binarize='-', **r))
    for obj in ('eps', 'paper'):
        t = time.perf_counter(); m = SDRM(device='cpu', objective=obj).fit(train, seed=seed, progress=False)
        print(f'seed {seed} objective {obj}: fit {time.perf_counter() - t:.1f} s', flush=True)
        for meth in ('m-sdrm', 'f-sdrm'):
            for how in BINARIZERS:
                syn = m.sample(method=meth, seed=seed, binarize_how=how)
                rows.append(dict(seed=seed, objective=obj, method=meth, binarize=how, **score(vstack(train, syn).X, seed)))
df = pd.DataFrame(rows)
tab = df.groupby(['objective', 'method', 'binarize'])[['recall@10', 'ndcg@10']].agg(['mean', 'std']).round(4)
pd.set_option('display.width', 200)
print(tab.to_string())
print(df.groupby(['objective', 'binarize'])[['recall@10', 'ndcg@10']].mean().round(4).to_string())
# paired over seeds: the paper's objective minus eps, same method and binarisation
from scipy import stats
w = df[df.method != 'original'].pivot_table(index=['method', 'binarize', 'seed'], columns='objective', values='recall@10')
d = (w['paper'] - w['eps']).groupby(level=[0, 1])
print('Recall@10, paper objective minus eps, paired over seeds:')
for k, v in d: print(f"  {k[0]:7s} {k[1]:16s} mean {v.mean():+.4f}  per seed {np.round(v.values, 4).tolist()}  t-test p={stats.ttest_1samp(v.values, 0).pvalue:.2f}")
