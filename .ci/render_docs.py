"""Render the documentation without Quarto: nbdev processes the notebooks into _proc/, smalldocs renders
_proc/ (its _quarto.yml) into _docs/, and README.md is written from nbs/index.ipynb."""
import json, re, shutil, subprocess, sys
from pathlib import Path
from nbdev.config import get_config
from nbdev.quarto import refresh_quarto_yml, nbdev_sidebar
from nbdev.doclinks import _build_modidx
from nbdev.serve import proc_nbs

def readme(nb_path, dest):
    "README.md from the index notebook: markdown cells as they are, code cells and their text outputs fenced, hidden cells left out."
    nb, out = json.loads(Path(nb_path).read_text()), []
    for c in nb['cells']:
        src = ''.join(c['source'])
        if c['cell_type'] == 'markdown':
            src = re.sub(r'\]\((\w+\.ipynb)', r'](nbs/\1', src)   # links between notebooks, seen from the repo root
            out.append(src.replace('> ', '', 1) if src.startswith('> ') else src); continue
        if src.lstrip().startswith(('#| hide', '#|hide')): continue
        out.append(f'```python\n{src}\n```')
        for o in c.get('outputs', []):
            if 'image/png' in o.get('data', {}): continue  # plots live on the site, not in the README
            txt = ''.join(o.get('text', '') or o.get('data', {}).get('text/plain', ''))
            if txt: out.append(f'```\n{txt.rstrip()}\n```')
    Path(dest).write_text('\n\n'.join(out) + '\n')

def localise_links(docs, host):
    "Point the cross-references nbdev writes for the hosted site (`<host>/data.html`) at the pages smalldocs wrote (`00_data.html`)."
    # a module's page is its library notebook's: where a study shares the name (07a_baselines, 21_baselines), the library wins
    pages = {re.sub(r'^\d+[a-z]?_', '', f.stem): f.name for f in sorted(docs.glob('*.html'), reverse=True)}
    pat = re.compile(re.escape(host.rstrip('/')) + r'/([\w-]+)\.html')
    for f in docs.glob('*.html'):
        t = f.read_text(); f.write_text(pat.sub(lambda m: pages.get(m[1], m[0]), t))

def broken_links(docs):
    "Relative links in the rendered pages whose file does not exist, and links left to the hosted site."
    bad = []
    for f in sorted(docs.glob('*.html')):
        for h in re.findall(r'(?:href|src)="([^"#?]+)', f.read_text()):
            if h.startswith(('http://', 'https://', 'mailto:', 'data:')): continue
            if not (f.parent/h).exists(): bad.append(f"{f.name}: {h}")
    return bad

if __name__ == '__main__':
    cfg = get_config()
    refresh_quarto_yml(); _build_modidx(); nbdev_sidebar.__wrapped__()
    cache = proc_nbs(n_workers=2, force=True)
    beside = Path(sys.executable).parent/'smalldocs'   # the venv's, when it is not activated
    exe = str(beside) if beside.exists() else shutil.which('smalldocs') or 'smalldocs'
    subprocess.run([exe, 'render', '--quiet', str(cache)], check=True)
    shutil.rmtree(cfg.config_path/'_docs', ignore_errors=True)
    shutil.move(str(cache/'_docs'), str(cfg.config_path/'_docs'))
    docs = cfg.config_path/'_docs'
    localise_links(docs, cfg.doc_host + cfg.doc_baseurl)
    readme(cfg.nbs_path/'index.ipynb', cfg.config_path/'README.md')
    bad = broken_links(docs)
    print('docs:', sorted(p.name for p in docs.glob('*.html')), f'; link check: {len(bad)} broken')
    if bad: sys.exit('broken links:\n' + '\n'.join(bad))
