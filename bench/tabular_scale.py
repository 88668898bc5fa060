"""How CTGAN and TVAE (the ctgan package) scale in items: seconds to fit the data transformer and per training step, on random 0/1 tables.

python bench/tabular_scale.py --items 1000 2000 4000 8582 --rows 1000
"""
import argparse, time, warnings
import numpy as np, scipy.sparse as sp
from sdrm_nb.baselines import TabularModel

p = argparse.ArgumentParser(description=__doc__.split('\n')[0])
p.add_argument('--items', type=int, nargs='+', default=[1000, 2000, 4000, 8582]); p.add_argument('--rows', type=int, default=1000)
p.add_argument('--density', type=float, default=0.05)
a = p.parse_args(); warnings.simplefilter('ignore')
for m in a.items:
    X = sp.random(a.rows, m, density=a.density, format='csr', random_state=0, dtype=np.float32); X.data[:] = 1
    for kind in ('tvae', 'ctgan'):
        secs = []
        for epochs in (1, 3):   # the difference gives the cost of 2 epochs without the one-off transformer fit
            t = time.perf_counter(); TabularModel(kind, epochs=epochs, batch_size=500, device='cpu').fit(X, seed=0); secs.append(time.perf_counter() - t)
        steps = 2 * int(np.ceil(a.rows / 500))
        print(f"{kind:5s} {m:5d} items: one-off {secs[0] - (secs[1] - secs[0]) / 2:6.1f} s, {(secs[1] - secs[0]) / steps:5.2f} s per step of 500 rows", flush=True)
