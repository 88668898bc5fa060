"""Does starting the (non-private) decoder's output bias at the log item counts lift popularity fidelity? An experiment for the faithful-users issue, not a default yet.

python bench/bias_init.py --seeds 2     # ML-100K paper split, 4 fits: about 4 minutes on 2 cores
"""
import argparse
import numpy as np, torch
from sdrm_nb import SDRM, load_dataset, paper_preprocess, paper_split, fidelity_report, fidelity_summary
from sdrm_nb.experiment import validation_split, train_and_score

class BiasStart(SDRM):
    "SDRM whose decoder output bias starts at log(count + 1) of the training items."
    def _build(self, n_items):
        super()._build(n_items)
        self.vae.decoder[-1].bias.data.copy_(torch.log(torch.as_tensor(self.counts, dtype=torch.float32) + 1))

p = argparse.ArgumentParser(description=__doc__.split('\n')[0])
p.add_argument('--dataset', default='ml-100k'); p.add_argument('--seeds', type=int, default=2)
a = p.parse_args()
split = paper_split(paper_preprocess(load_dataset(a.dataset)), evaluate_on='test+valid')
for cls in (SDRM, BiasStart):
    for seed in range(a.seeds):
        real, valid = validation_split(split.train, seed=seed)
        m = cls(device='cpu'); m.counts = np.bincount(real.positives.indices, minlength=real.n_items)
        s = m.fit(real, seed=seed, progress=False).sample(seed=seed)
        r = train_and_score('svd', s.X, valid, split.fold_in, split.held_out, seed=seed, tune=True, device='cpu')[0]['recall@10']
        print(f"{cls.__name__:9s} seed {seed}: replace Recall@10 {r:.4f}; {fidelity_summary(fidelity_report(real, s))}", flush=True)
