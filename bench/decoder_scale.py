"""Does a sharper decoding make better synthetic users? Scale sampled latents by s before decoding and train PureSVD on them.

python bench/decoder_scale.py [--seeds 2] [--scales 1 1.5 2 3]
Prints, per generator and scale, PureSVD Recall@10 on the paper's ML-100K evaluation users when the synthetic users
replace the real training users and when they augment them (mean over seeds), next to the real data alone.
"""
import argparse, os
from pathlib import Path
import numpy as np, pandas as pd, scipy.sparse as sp
from sdrm_nb.data import load_paper_splits, paper_split
from sdrm_nb.experiment import validation_split
from sdrm_nb.synthesizer import SDRM
from sdrm_nb.samplers import sample_latents, binarize
from sdrm_nb.recommenders import PureSVD
from sdrm_nb.metrics import evaluate

p = argparse.ArgumentParser(); p.add_argument('--seeds', type=int, default=2); p.add_argument('--scales', type=float, nargs='+', default=[1, 1.5, 2, 3])
a = p.parse_args()
split = paper_split(load_paper_splits('ml-100k', Path(os.environ.get('SDRM_NB_DATA', '../shared/data')))['full'])
rows = []
for seed in range(a.seeds):
    real, _ = validation_split(split.train, seed=seed)
    m = SDRM(device='cpu').fit(real, seed=seed, progress=False)
    recall = lambda X: evaluate(PureSVD(seed=seed, device='cpu').fit(X).score, split.fold_in, split.held_out)['recall@10']
    rows.append(dict(seed=seed, generator='real', scale=np.nan, replace=recall(real.X), augment=np.nan))
    for meth in ('f-sdrm', 'm-sdrm', 'multivae++'):
        z = sample_latents(m.net, m.sched, real.n_users, m.latent_mean, m.latent_var, meth, m.config.terminal, seed, 'cpu')
        for s in a.scales:
            X = binarize(m.vae, z * s, 'density', density=m.density, seed=seed)
            rows.append(dict(seed=seed, generator=meth, scale=s, replace=recall(X), augment=recall(sp.vstack([real.X, X], format='csr'))))
    print(f'seed {seed} done', flush=True)
df = pd.DataFrame(rows)
print(df.groupby(['generator', 'scale'], dropna=False)[['replace', 'augment']].mean().round(4).to_string())
