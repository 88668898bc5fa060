"""Can NeuMF's early stopping validate more cheaply? Each epoch of a tuned NeuMF folds the validation users in (50 Adam steps from zero) to score them, and on ML-100K that fold-in costs more than the epoch's training.
This trains NeuMF (both tuning settings, 10 epochs, no early stopping) on the competitors' split and scores the validation users after every epoch by: the standard fold-in; shorter fold-ins with a larger step; and a warm fold-in that goes on from the last epoch's embeddings and optimiser for a few steps.
It prints each epoch's validation Recall@10 per way, the epoch each would stop at (patience 2), the test Recall@10 of the weights each would keep, and the seconds its validations took.

python bench/neumf_validation.py --dataset ml-100k --seeds 2     # 2.3 minutes on 2 cores
"""
import argparse, copy, time
import pandas as pd, torch
from sdrm_nb.data import load_interactions
from sdrm_nb.data import paper_split
from sdrm_nb.experiment import validation_split
from sdrm_nb.metrics import evaluate
from sdrm_nb.recommenders import NeuMF
from sdrm_nb.core import positives_only

p = argparse.ArgumentParser(description=__doc__.split('\n')[0])
p.add_argument('--dataset', default='ml-100k'); p.add_argument('--seeds', type=int, default=2)
p.add_argument('--epochs', type=int, default=10); p.add_argument('--patience', type=int, default=2)
a = p.parse_args()
torch.set_num_threads(1)
split = paper_split(load_interactions(a.dataset), evaluate_on='test+valid')
WAYS = {'standard 50 steps': (50, .05), 'cold 20 steps, lr .1': (20, .1), 'cold 15 steps, lr .15': (15, .15), 'cold 10 steps, lr .25': (10, .25), 'warm 10 steps': None}

def warm_scorer(m, Fp, state):
    "Validation scores by a fold-in that goes on from `state` (embeddings and optimiser) for 10 steps; 50 steps from zero the first time."
    state = m._fold_in(Fp, 50 if state is None else 10, m.seed + len(m.history), state)
    with torch.no_grad(): return m.model.all_items(state[0].detach(), state[1].detach()), state

rows = []
for seed in range(a.seeds):
    real, valid = validation_split(split.train, seed=seed)
    for dim in (16, 64):
        m = NeuMF(dim=dim, layers=(2 * dim, dim), seed=seed, epochs=0, device='cpu').fit(real.X)   # initialised, not trained
        state, snaps = None, []
        for ep in range(a.epochs):
            m.history.append(m._epoch()); snaps.append(copy.deepcopy(m.model.state_dict()))
            for way, v in WAYS.items():
                t = time.perf_counter()
                if v is None:
                    scores, state = warm_scorer(m, positives_only(valid[0].X), state)
                    r = evaluate(lambda F, s=scores: s, *valid)['recall@10']   # one block: the validation users fit in one
                else:
                    m.fold_in_steps, m.fold_in_lr = v; r = evaluate(m.score, *valid)['recall@10']
                rows.append(dict(seed=seed, dim=dim, way=way, epoch=ep + 1, valid=r, secs=time.perf_counter() - t))
        m.fold_in_steps, m.fold_in_lr = 50, .05
        df = pd.DataFrame([r for r in rows if r['seed'] == seed and r['dim'] == dim])
        for way, d in df.groupby('way', sort=False):   # where early stopping with this way would stop, and what its kept weights score
            best, wait, keep = -1, 0, 0
            for e, r in zip(d.epoch, d.valid):
                if r > best: best, wait, keep = r, 0, e
                else:
                    wait += 1
                    if wait >= a.patience: break
            m.model.load_state_dict(snaps[keep - 1])
            rows.append(dict(seed=seed, dim=dim, way=way, epoch=keep, test=evaluate(m.score, split.fold_in, split.held_out)['recall@10'], secs=d.secs[d.epoch <= e].sum(), kept=True))
df = pd.DataFrame(rows)
curves = df[df.kept.isna()].pivot_table(index=['seed', 'dim', 'way'], columns='epoch', values='valid', sort=False)
print('validation Recall@10 after each epoch:'); print(curves.round(3).to_string())
kept = df[df.kept.notna()].groupby('way', sort=False)[['epoch', 'test', 'secs']].mean()
print('\nearly stopping by each way (mean over seeds and both settings): kept epoch, its test Recall@10, seconds of validation until it stops')
print(kept.round(3).to_string())
