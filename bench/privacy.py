"""Similarity / privacy summary of M-SDRM data on the paper's splits: SDRM (the data set's paper SVD preset) is fitted
on train_test, samples as many users, and each synthetic user is compared with the training users and with the valid
users it never saw. Prints the summary and the time of the similarity computation alone.
Usage: SDRM_NB_DATA=../shared/data python bench/privacy.py [ml-100k ml-1m ...] [--seed 0]"""
import argparse, time
from sdrm_nb.data import load_paper_splits
from sdrm_nb.synthesizer import SDRM, make_config
from sdrm_nb.privacy import privacy_summary

p = argparse.ArgumentParser(); p.add_argument('datasets', nargs='*', default=['ml-100k', 'ml-1m']); p.add_argument('--seed', type=int, default=0)
a = p.parse_args()
for name in a.datasets:
    s = load_paper_splits(name)
    t = time.perf_counter()
    model = SDRM(make_config(f'{name}/svd'), 'cpu').fit(s['train_test'], seed=a.seed, progress=False)
    syn = model.sample(method='m-sdrm', seed=a.seed); fit_s = time.perf_counter() - t
    t = time.perf_counter(); ps = privacy_summary(syn, s['train_test'], s['valid'], seed=a.seed); sim_s = time.perf_counter() - t
    print(name, {k: round(v, 4) for k, v in ps.items() if not k.startswith('_')},
          f"similarity {sim_s:.2f} s ({syn.n_users} x {s['train_test'].n_users} + {s['valid'].n_users} users); fit + sample {fit_s:.0f} s", flush=True)
