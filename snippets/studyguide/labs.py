"""Execute lab notebooks and compare their outputs with the saved ones.

The site renders each notebook's saved outputs (``execute: false`` in
mkdocs-jupyter keeps the build fast). The tests run every notebook with
nbclient and fail when it raises or when what it prints today differs from
what the page shows. ``make notebooks-update`` saves fresh outputs.
"""

from __future__ import annotations

import copy
import os
from pathlib import Path

import nbformat

#: Keys of an output that must match; metadata and timings are ignored.
_COMPARED = ("output_type", "name", "text", "data", "ename", "evalue")


def execute(path: Path, timeout: int = 120) -> nbformat.NotebookNode:
    """Run the notebook offline (moto, network guard) and return the executed copy.

    Raises ``nbclient.exceptions.CellExecutionError`` naming the failing cell.
    """
    from nbclient import NotebookClient

    from .outputs import checkout_env

    notebook = nbformat.read(str(path), as_version=4)
    # The kernel inherits the environment: offline mode, and this checkout's studyguide first on PYTHONPATH.
    wanted = {key: value for key, value in checkout_env({"STUDYGUIDE_OFFLINE": "1"}).items()
              if key in ("STUDYGUIDE_OFFLINE", "PYTHONPATH")}
    backup = {key: os.environ.get(key) for key in wanted}
    os.environ.update(wanted)
    try:
        client = NotebookClient(notebook, timeout=timeout, kernel_name="python3", record_timing=False,
                                allow_errors=False, resources={"metadata": {"path": str(Path(path).parent)}})
        client.execute()
    finally:
        for key, value in backup.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
    return notebook


def _normal(outputs: list) -> list[dict]:
    result = []
    for output in outputs:
        item = {key: copy.deepcopy(output[key]) for key in _COMPARED if key in output}
        if isinstance(item.get("text"), list):
            item["text"] = "".join(item["text"])
        for mime, value in (item.get("data") or {}).items():
            if isinstance(value, list):
                item["data"][mime] = "".join(value)
        previous = result[-1] if result else None
        if (item.get("output_type") == "stream" and previous and previous.get("output_type") == "stream"
                and previous.get("name") == item.get("name")):
            # the kernel flushes a stream in chunks whose boundaries depend on timing: compare the text
            previous["text"] += item.get("text", "")
            continue
        result.append(item)
    return result


def stale_cells(saved: nbformat.NotebookNode, fresh: nbformat.NotebookNode) -> list[int]:
    """Indexes of code cells whose saved outputs differ from a fresh run."""
    return [i for i, (old, new) in enumerate(zip(saved.cells, fresh.cells, strict=True))
            if old.cell_type == "code" and _normal(old.get("outputs", [])) != _normal(new.get("outputs", []))]


def save(path: Path, notebook: nbformat.NotebookNode) -> None:
    """Write an executed notebook back, without timing metadata."""
    for cell in notebook.cells:
        cell.get("metadata", {}).pop("execution", None)
    nbformat.write(notebook, str(path))


def main(argv: list[str]) -> int:
    """``python -m studyguide.labs NOTEBOOK...``: execute and save outputs."""
    for name in argv:
        save(Path(name), execute(Path(name)))
        print(f"executed and saved {name}")
    return 0


if __name__ == "__main__":
    import sys

    sys.exit(main(sys.argv[1:]))
