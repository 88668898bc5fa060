"""Closeness to the training users against fidelity, as the sampling temperature rises: the default SDRM is fitted on
the runner's training users of the paper's blocks (as `sdrm_nb evaluate` does), F-SDRM samples as many users at each
temperature, and each set's share closer to training than to the unseen test + valid users is printed beside the
split's reference (`closer_to_train_reference`: the share that unseen real users of the training distribution score)
and the fidelity targets met. Writes the tidy rows to --out.
Usage: SDRM_NB_DATA=../shared/data python bench/privacy.py [--datasets ml-100k ml-1m] [--seeds 3] [--out nbs/results/privacy_temperature.csv]"""
import argparse, time
import pandas as pd
from sdrm_nb.data import load_dataset, paper_preprocess, paper_split
from sdrm_nb.experiment import validation_split, generator_profile
from sdrm_nb.privacy import closer_to_train_reference
from sdrm_nb.synthesizer import SDRM

p = argparse.ArgumentParser(description=__doc__.split('\n')[0])
p.add_argument('--datasets', nargs='+', default=['ml-100k', 'ml-1m']); p.add_argument('--seeds', type=int, default=3)
p.add_argument('--temperatures', type=float, nargs='+', default=[1.0, 1.1, 1.2, 1.35]); p.add_argument('--device', default='cpu')
p.add_argument('--out', default=None, help='tidy results (.csv)')
a = p.parse_args()
rows = []
for ds in a.datasets:
    split = paper_split(paper_preprocess(load_dataset(ds)), evaluate_on='test+valid')
    heldout = split.evaluated
    for seed in range(a.seeds):
        t = time.perf_counter(); real, _ = validation_split(split.train, seed=seed)
        ref = closer_to_train_reference(real, heldout, seed=seed)
        m = SDRM(device=a.device).fit(real, seed=seed, progress=False)
        for temp in a.temperatures:
            syn = m.sample(real.n_users, method='f-sdrm', seed=seed, temperature=temp)
            rows.append(dict(dataset=ds, seed=seed, temperature=temp, reference=ref, **generator_profile(real, syn, heldout, seed=seed)))
        print(f"{ds} seed {seed}: {time.perf_counter() - t:.0f} s", flush=True)
df = pd.DataFrame(rows)
if a.out: df.to_csv(a.out, index=False)
cols = ['reference', 'closer_to_train', 'exact_copies', 'cooccurrence', 'top100_share', 'popularity_spearman', 'targets_met']
print(df.groupby(['dataset', 'temperature'])[cols].mean().round(3).to_string())
