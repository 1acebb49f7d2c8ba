"""Every lab notebook runs without error and the site shows its current outputs."""

from __future__ import annotations

import nbformat
import pytest
from nbclient.exceptions import CellExecutionError

from testkit import ROOT
from studyguide.labs import execute, stale_cells

LABS = sorted((ROOT / "docs" / "labs").glob("*.ipynb"))


@pytest.mark.slow
@pytest.mark.parametrize("path", LABS, ids=lambda p: p.name)
def test_lab_runs_and_saved_outputs_are_current(path):
    saved = nbformat.read(str(path), as_version=4)
    try:
        fresh = execute(path)
    except CellExecutionError as error:
        pytest.fail(f"{path.relative_to(ROOT)}: a cell raised:\n{str(error)[-3000:]}", pytrace=False)
    stale = stale_cells(saved, fresh)
    assert not stale, (f"{path.relative_to(ROOT)}: saved outputs of cells {stale} differ from a fresh run; "
                       "run make notebooks-update")


def test_labs_declare_what_they_cover():
    for path in LABS:
        covers = nbformat.read(str(path), as_version=4).metadata.get("covers")
        assert covers, f"{path.relative_to(ROOT)}: add 'covers' to the notebook metadata"


@pytest.mark.slow
def test_a_failing_notebook_fails_with_the_cell(tmp_path):
    notebook = nbformat.v4.new_notebook()
    notebook.cells = [nbformat.v4.new_code_cell("x = 1"), nbformat.v4.new_code_cell("raise ValueError('broken lab')")]
    path = tmp_path / "broken.ipynb"
    nbformat.write(notebook, str(path))
    with pytest.raises(CellExecutionError) as error:
        execute(path)
    assert "broken lab" in str(error.value)


@pytest.mark.slow
def test_stale_outputs_are_detected(tmp_path):
    notebook = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell("print(6 * 7)")
    cell.outputs = [nbformat.v4.new_output("stream", name="stdout", text="41\n")]
    notebook.cells = [cell]
    path = tmp_path / "stale.ipynb"
    nbformat.write(notebook, str(path))
    assert stale_cells(nbformat.read(str(path), as_version=4), execute(path)) == [0]


@pytest.mark.slow
def test_the_kernel_imports_the_helper_package_of_this_checkout(tmp_path, monkeypatch):
    decoy = tmp_path / "decoy" / "studyguide"
    decoy.mkdir(parents=True)
    (decoy / "__init__.py").write_text("raise ImportError('the decoy studyguide was imported')\n")
    monkeypatch.setenv("PYTHONPATH", str(decoy.parent))
    notebook = nbformat.v4.new_notebook()
    notebook.cells = [nbformat.v4.new_code_cell("import studyguide; print(studyguide.__file__)")]
    path = tmp_path / "which.ipynb"
    nbformat.write(notebook, str(path))
    printed = execute(path).cells[0].outputs[0]["text"].strip()
    assert printed == str(ROOT / "snippets" / "studyguide" / "__init__.py"), printed
