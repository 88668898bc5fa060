"""Which learning rate does the MLP recommender need? At Adam's 1e-3 its BCE loss, spread over every item, moves slowly: on sparse data (ADM, about 14 items per user out of 8,582) it stays at the popularity ranking until early stopping gives up, and on ML-100K it is still improving at 50 epochs.
This trains the MLP of every setting of the tuning grid (hidden 200 or 600, input dropout .2 or .5; up to 100 epochs, early stopping with patience 5) at each learning rate on one seed's real users of the competitors' split (train block; validation users as in `run_experiment`).
It prints, per learning rate and setting, the validation Recall@10 of the kept weights, the epochs run, the test Recall@10 (test + valid users) and the seconds; then per learning rate the setting tuning would choose and its test Recall@10; and the popularity ranking's validation Recall@10 for reference.

python bench/mlp_lr.py --dataset ml-100k      # under a minute on 2 cores
python bench/mlp_lr.py --dataset adm          # about 10 minutes
"""
import argparse, time
import numpy as np, pandas as pd, torch
from sdrm_nb.data import load_interactions
from sdrm_nb.data import paper_split
from sdrm_nb.experiment import TUNING_GRIDS, validation_split
from sdrm_nb.metrics import evaluate
from sdrm_nb.recommenders import MLPRec

p = argparse.ArgumentParser(description=__doc__.split('\n')[0])
p.add_argument('--dataset', default='ml-100k'); p.add_argument('--seed', type=int, default=0)
p.add_argument('--lrs', type=float, nargs='+', default=[1e-3, 3e-3, 1e-2])
a = p.parse_args()
split = paper_split(load_interactions(a.dataset), evaluate_on='test+valid')
real, valid = validation_split(split.train, seed=a.seed)
pop = torch.tensor(np.asarray(real.positives.sum(0)).ravel(), dtype=torch.float32)
print(f"{a.dataset}: {real.n_users:,} training users, {real.n_items:,} items; popularity ranking's validation Recall@10 "
      f"{evaluate(lambda F: pop.expand(F.shape[0], -1), *valid)['recall@10']:.4f}", flush=True)
rows = []
for lr in a.lrs:
    for s in TUNING_GRIDS['mlp']:   # the tuning grid's settings, at this learning rate
        t = time.perf_counter(); m = MLPRec(**{**s, 'lr': lr}, seed=a.seed, device='cpu').fit(real.X, valid=valid)
        rows.append(dict(lr=lr, hidden=s['hidden'][0], dropout=s['dropout'], valid=m.valid_recall, epochs=len(m.history),
                         test=evaluate(m.score, split.fold_in, split.held_out)['recall@10'], secs=time.perf_counter() - t))
        print(' '.join(f'{k} {v:.4g}' for k, v in rows[-1].items()), flush=True)
df = pd.DataFrame(rows)
print('\nper learning rate, the setting tuning chooses (best validation Recall@10) and its test Recall@10:')
print(df.loc[df.groupby('lr').valid.idxmax()].set_index('lr').round(4).to_string())
