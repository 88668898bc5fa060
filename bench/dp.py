"""Differential privacy on a paper split: fit time, the privacy record, fidelity, and replace Recall@10 of tuned PureSVD against the original data.

python bench/dp.py --dataset ml-100k --epsilon 8 none     # 'none': the non-private fit, for comparison
"""
import argparse, time
from sdrm_nb import SDRM, load_dataset, paper_preprocess, paper_split, fidelity_report, fidelity_summary
from sdrm_nb.experiment import validation_split, train_and_score

p = argparse.ArgumentParser(description=__doc__.split('\n')[0])
p.add_argument('--dataset', default='ml-100k'); p.add_argument('--epsilon', nargs='+', default=['8', 'none']); p.add_argument('--seed', type=int, default=0)
a = p.parse_args()
split = paper_split(paper_preprocess(load_dataset(a.dataset)), evaluate_on='test+valid')
real, valid = validation_split(split.train, seed=a.seed)
score = lambda X: train_and_score('svd', X, valid, split.fold_in, split.held_out, seed=a.seed, tune=True, device='cpu')[0]['recall@10']
orig = score(real.X)
for e in a.epsilon:
    eps = None if e == 'none' else float(e)
    t = time.perf_counter(); m = SDRM(device='cpu', dp_epsilon=eps).fit(real, seed=a.seed, progress=False); secs = time.perf_counter() - t
    s = m.sample(seed=a.seed); r = score(s.X)
    print(f"epsilon {e}: fit {secs:.0f} s; {m.privacy_summary()}\n  fidelity: {fidelity_summary(fidelity_report(real, s))}\n"
          f"  replace Recall@10 {r:.4f}, original {orig:.4f}: {r / orig:.1%}", flush=True)
