"""Benchmark: the main job (`sdrm_nb generate`) at scale, stage by stage.
Runs the same steps as `sdrm_nb generate` with its defaults (load and preprocess, VAE fit, encoding, diffusion fit, sampling, writing,
fidelity report) and prints the wall time and the peak resident memory (RSS, sampled every 50 ms) of each stage, and
the process's peak. Default: Amazon-book (KGAT, 70,679 users x 24,915 items, implicit), preprocessed as generate does.
`--fake USERSxITEMS` builds random long-tail data of that size instead (e.g. 16000x41488 for an ADM-sized catalogue
without preprocessing), with amazon-like activity (mean about 12 items per user).
Usage: SDRM_NB_DATA=../shared/data python bench/scale.py [--dataset amazon-book] [--fake 16000x41488] [--set KEY=VALUE ...]"""
import argparse, os, resource, tempfile, threading, time
from pathlib import Path
import numpy as np, scipy.sparse as sp, torch
import sdrm_nb.synthesizer as S
from sdrm_nb.data import Interactions
from sdrm_nb.data import load_interactions, write_interactions
from sdrm_nb.cli import _overrides
from sdrm_nb.fidelity import fidelity_report, fidelity_summary

p = argparse.ArgumentParser()
p.add_argument('--dataset', default='amazon-book'); p.add_argument('--preprocess', default='paper', help='as generate: paper (default), kcore or none')
p.add_argument('--fake', default=None, help='USERSxITEMS: random long-tail data of that size instead of --dataset')
p.add_argument('--set', nargs='*', default=[]); p.add_argument('--device', default='cpu'); p.add_argument('--seed', type=int, default=0)
a = p.parse_args()

def rss_mb():
    for line in open('/proc/self/status'):
        if line.startswith('VmRSS:'): return int(line.split()[1]) / 1024
stages, current, stop = {}, ['start'], threading.Event()
def watch():
    while not stop.is_set():
        s = stages.setdefault(current[0], dict(seconds=0.0, peak_mb=0.0)); s['peak_mb'] = max(s['peak_mb'], rss_mb()); time.sleep(0.05)
threading.Thread(target=watch, daemon=True).start()
t_last = [time.perf_counter()]
def stage(name):
    "End the current stage (record its time) and start `name`."
    now = time.perf_counter(); s = stages.setdefault(current[0], dict(seconds=0.0, peak_mb=0.0))
    s['seconds'] += now - t_last[0]; s['peak_mb'] = max(s['peak_mb'], rss_mb()); t_last[0] = now; current[0] = name
def wrap(mod, fn, name):
    orig = getattr(mod, fn)
    def inner(*args, **kw): stage(name); return orig(*args, **kw)
    setattr(mod, fn, inner)
wrap(S, 'fit_vae', 'VAE fit'); wrap(S, 'encode_users', 'encode'); wrap(S, 'fit_score', 'diffusion fit')

stage('load')
if a.fake:
    n, m = map(int, a.fake.lower().split('x')); rng = np.random.default_rng(a.seed)
    k = np.clip(rng.geometric(1 / 12, n), 5, m)                          # activity: at least 5 items, mean about 12
    w = 1 / np.arange(1, m + 1) ** 0.8; w /= w.sum()                     # Zipf-like item popularity
    rows = np.repeat(np.arange(n), k); cols = rng.choice(m, k.sum(), p=w)
    X = sp.csr_matrix((np.ones(len(rows), np.float32), (rows, cols)), (n, m)); X.data[:] = 1
    inter = Interactions(X); name = f'random {n:,} x {m:,}'
else:
    inter = load_interactions(a.dataset, preprocess=a.preprocess); name = a.dataset
print(f"{name}: {inter}", flush=True)
cfg = S.make_config(None, **_overrides(a.set))
model = S.SDRM(cfg, a.device).fit(inter, seed=a.seed, progress=False)
stage('sample'); syn = model.sample(seed=a.seed)                       # the default sampler, as generate
stage('write')
with tempfile.TemporaryDirectory() as d: write_interactions(syn, Path(d)/'synth.csv')
stage('fidelity'); rep = fidelity_report(inter, syn, seed=a.seed)
stage('end'); stop.set()
h = model.history
print(f"settings: {', '.join(f'{k}={getattr(model.config, k)}' for k in ('vae_hidden', 'vae_batch_size', 'vae_epochs', 'patience', 'epochs', 'batch_size'))}; "
      f"VAE epochs run {len(h['vae_loss'])} (best {h['vae_best_epoch']}), validation Recall@10 {max(h['vae_recall'] or [float('nan')]):.4f}")
print(f"{'stage':14} {'seconds':>8} {'peak RSS MB':>12}")
for s, v in stages.items():
    if s not in ('start', 'end'): print(f"{s:14} {v['seconds']:8.1f} {v['peak_mb']:12.0f}")
total = sum(v['seconds'] for s, v in stages.items() if s not in ('start', 'end'))
print(f"{'total':14} {total:8.1f} {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:12.0f}  (process peak; cores: {os.cpu_count()}, torch threads: {torch.get_num_threads()})")
print(f"wrote {syn.n_users:,} users, {syn.n_positives:,} interactions; fidelity: {fidelity_summary(rep)}")
