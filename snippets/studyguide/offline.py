"""Run a plain-boto3 snippet offline, against moto, with one command.

    python -m studyguide.offline snippets/aws_ingest/s3_data_lake_layout.py

The snippet is not modified: it is the same file you would run against your
own account. This module sets fake credentials and a fixed Region, blocks
every real network connection (:mod:`studyguide.netguard`), starts moto's
in-process mock of AWS and runs the file as ``__main__``.

Where moto returns canned data (``invoke_endpoint``, Athena results), a file
next to the snippet named ``<snippet>.moto.json`` seeds moto first. It maps a
moto control path to the JSON body to post there, for example
``{"static/sagemaker/endpoint-results": {"results": [...]}}``.
"""

from __future__ import annotations

import json
import os
import runpy
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

#: Region every offline run uses.
REGION = "us-east-1"

#: Environment that makes boto3 talk to moto with throwaway credentials.
FAKE_AWS_ENV = {
    "AWS_ACCESS_KEY_ID": "testing",
    "AWS_SECRET_ACCESS_KEY": "testing",
    "AWS_SESSION_TOKEN": "testing",
    "AWS_DEFAULT_REGION": REGION,
    "AWS_REGION": REGION,
    "AWS_CONFIG_FILE": os.devnull,
    "AWS_SHARED_CREDENTIALS_FILE": os.devnull,
    "AWS_EC2_METADATA_DISABLED": "true",
}
_CLEARED = ("AWS_PROFILE", "AWS_DEFAULT_PROFILE", "AWS_ENDPOINT_URL")

#: moto behaviour the snippets rely on (see MOTO-AND-SNIPPETS.md).
MOTO_CONFIG = {
    "stepfunctions": {"execute_state_machine": True},
    "lambda": {"use_docker": False},
    "iam": {"load_aws_managed_policies": False},
}
_MOTO_API = "http://motoapi.amazonaws.com/moto-api"


def seed_file_for(snippet: Path) -> Path:
    """Return the path of the optional moto seed file for ``snippet``."""
    return snippet.with_suffix(".moto.json")


def apply_seeds(snippet: Path) -> None:
    """Make moto's random ids repeatable and post the snippet's seed file, if any."""
    import requests  # moto's mock intercepts these calls; nothing leaves the process

    requests.post(f"{_MOTO_API}/seed?a=42", timeout=5)
    seeds = seed_file_for(snippet)
    if seeds.exists():
        for path, body in json.loads(seeds.read_text()).items():
            response = requests.post(f"{_MOTO_API}/{path}", json=body, timeout=5)
            response.raise_for_status()


@contextmanager
def offline_aws(snippet: Path | None = None) -> Iterator[None]:
    """Fake credentials, network guard and moto, for the duration of the block."""
    from moto import mock_aws

    from . import netguard

    saved = {k: os.environ.get(k) for k in (*FAKE_AWS_ENV, *_CLEARED)}
    os.environ.update(FAKE_AWS_ENV)
    for key in _CLEARED:
        os.environ.pop(key, None)
    netguard.install()
    try:
        with mock_aws(config=MOTO_CONFIG):
            if snippet is not None:
                apply_seeds(snippet)
            yield
    finally:
        netguard.uninstall()
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def run(snippet: str | Path) -> None:
    """Run ``snippet`` as ``__main__`` inside :func:`offline_aws`."""
    path = Path(snippet).resolve()
    sys.path.insert(0, str(path.parent))
    with offline_aws(path):
        runpy.run_path(str(path), run_name="__main__")


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point: ``python -m studyguide.offline FILE``."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1 or args[0].startswith("-"):
        print("usage: python -m studyguide.offline SNIPPET.py", file=sys.stderr)
        return 2
    run(args[0])
    return 0


if __name__ == "__main__":
    sys.exit(main())
