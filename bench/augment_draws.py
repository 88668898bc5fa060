"""Where augmenting loses: change in Recall@10 of tuned PureSVD when F-SDRM's users, drawn with other settings of the
item draws, the VAE's reconstructions of the training users, or bootstrap copies of them are added to the real training
users (the runner's training and validation users of the paper's blocks, one SDRM fit per seed).
python bench/augment_draws.py --dataset ml-1m --seeds 3 --out nbs/results/ml1m_augment_draws.csv"""
import argparse, time
import pandas as pd, scipy.sparse as sp
from sdrm_nb.data import load_dataset, paper_preprocess, paper_split
from sdrm_nb.experiment import validation_split, train_and_score, generator_profile
from sdrm_nb.core import GENERATORS

p = argparse.ArgumentParser(description=__doc__.split('\n')[0])
p.add_argument('--dataset', default='ml-1m'); p.add_argument('--seeds', type=int, default=3); p.add_argument('--device', default='cpu')
p.add_argument('--out', default=None, help='tidy results (.csv)')
a = p.parse_args()
DRAWS = {'f-sdrm (default)': {}, 'temperature 0.8': dict(temperature=0.8), 'temperature 0.9': dict(temperature=0.9),
         'no calibration': dict(calibrate=0.0), 'full calibration': dict(calibrate=1.0), 'top-k, no sampling': dict(binarize_how='activity-topk')}
split = paper_split(paper_preprocess(load_dataset(a.dataset)), evaluate_on='test+valid')
heldout = split.evaluated
rows = []
for seed in range(a.seeds):
    t = time.perf_counter(); real, valid = validation_split(split.train, seed=seed)
    score = lambda X: train_and_score('svd', X, valid, split.fold_in, split.held_out, seed, tune=True, device=a.device)[0]['recall@10']
    base = score(real.X); fam = GENERATORS['f-sdrm'](device=a.device).fit(real, seed)
    sets = {name: fam.model.sample(real.n_users, method='f-sdrm', seed=seed, **kw) for name, kw in DRAWS.items()}
    sets['vae reconstructions'] = fam.sample(real.n_users, 'multivae-recon', seed)
    sets['bootstrap copies'] = GENERATORS['bootstrap']().fit(real, seed).sample(real.n_users, 'bootstrap', seed)
    for name, s in sets.items():
        prof = generator_profile(real, s, heldout, seed=seed)
        rows.append(dict(seed=seed, users=name, original=base, augment=score(sp.vstack([real.X, s.X], format='csr')),
                         cooccurrence=prof['cooccurrence'], popularity_spearman=prof['popularity_spearman'], closer_to_train=prof['closer_to_train']))
    print(f"seed {seed}: {time.perf_counter() - t:.0f} s", flush=True)
df = pd.DataFrame(rows); df['change'] = df.augment / df.original - 1
if a.out: df.to_csv(a.out, index=False)
print(df.groupby('users', sort=False)[['change', 'cooccurrence', 'popularity_spearman', 'closer_to_train']].mean().round(3).to_string())
