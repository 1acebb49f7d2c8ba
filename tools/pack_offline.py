"""Pack the offline build into one zip a reader can unpack and open from disk.

    python tools/pack_offline.py site-offline dist/ml-on-aws-study-guide-offline.zip
"""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path


def pack(site: Path, archive: Path) -> int:
    """Zip every file under ``site`` (paths relative to it, sorted); return the file count."""
    files = sorted(p for p in Path(site).rglob("*") if p.is_file())
    if not (Path(site) / "index.html").is_file():
        raise SystemExit(f"{site}/index.html not found: run the offline build first")
    archive.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as bundle:
        for path in files:
            bundle.write(path, path.relative_to(site).as_posix())
    return len(files)


if __name__ == "__main__":
    count = pack(Path(sys.argv[1]), Path(sys.argv[2]))
    print(f"packed {count} files into {sys.argv[2]}")
