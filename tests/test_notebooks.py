"""pytest entry point over the notebooks: one test per notebook, run by nbdev's own notebook tester
(so the flags of settings.ini apply; set SDRM_NB_TEST_FLAGS="slow" to run slow cells too)."""
import os
from pathlib import Path
import pytest
from nbdev.config import get_config
from nbdev.test import test_nb as run_notebook

NBS = sorted(Path(get_config().nbs_path).glob('*.ipynb'))
FLAGS = set(os.environ.get('SDRM_NB_TEST_FLAGS', '').split())

@pytest.mark.parametrize('nb', NBS, ids=[p.stem for p in NBS])
def test_notebook(nb):
    skip = [f for f in get_config().tst_flags.split() if f not in FLAGS]
    ok, secs = run_notebook(nb, skip_flags=skip, showerr=True)
    assert ok, f'{nb.name} failed (see the traceback above)'
