"""Benchmark: load MovieLens 1M from ratings.dat into the Interactions container.
Prints wall time and peak memory (process peak RSS, and the peak of Python allocations during the load).
Usage: SDRM_NB_DATA=../shared/data python bench/load_ml1m.py [--repeat 3]"""
import argparse, resource, time, tracemalloc, os
from sdrm_nb.data import read_ml1m, Interactions, data_dir

p = argparse.ArgumentParser(); p.add_argument('--repeat', type=int, default=3); a = p.parse_args()
path = data_dir()/'ml-1m'/'ratings.dat'
rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
times = []
for i in range(a.repeat):
    tracemalloc.start()
    t = time.perf_counter()
    inter = Interactions.from_df(read_ml1m(path))
    times.append(time.perf_counter() - t)
    peak_py = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(inter)
print(f"load ML-1M ratings.dat -> Interactions: best {min(times):.2f} s, mean {sum(times)/len(times):.2f} s over {a.repeat} runs "
      f"(first run, traced: peak allocations {peak_py:.0f} MB); process peak RSS {rss:.0f} MB (after imports: {rss0:.0f} MB); cores: {os.cpu_count()}")
