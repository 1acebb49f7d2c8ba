"""Check and rewrite the ``#>`` output lines of snippet files.

A snippet shows what each ``print`` prints on ``#>`` lines right under the
statement::

    print(df.shape)
    #> (1000, 6)

:func:`run_snippet` executes a file offline (see :mod:`studyguide.offline`)
and records, for every ``print`` call site in that file, the lines it printed.
:func:`compare` turns the differences into messages that name the file and
line; :func:`rewrite` puts the real output in place (``make snippets-update``).

Command line::

    python -m studyguide.outputs check  FILE...   # exit 1 and a diff on drift
    python -m studyguide.outputs update FILE...   # rewrite the #> lines
"""

from __future__ import annotations

import ast
import builtins
import difflib
import io
import json
import os
import subprocess
import sys
import traceback
from dataclasses import dataclass, field
from pathlib import Path

OUTPUT_PREFIX = "#>"


@dataclass
class RunResult:
    """What one execution of a snippet produced."""

    path: Path
    #: statement end line (1-based) -> printed lines, in call order
    sites: dict[int, list[str]] = field(default_factory=dict)
    #: formatted traceback when the snippet raised, else None
    error: str | None = None
    #: line of the snippet where the exception surfaced (innermost frame in the file)
    error_line: int | None = None


def statement_spans(source: str) -> list[tuple[int, int]]:
    """Return (first, last) lines of every simple statement in ``source``."""
    spans = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.stmt) and not hasattr(node, "body"):
            spans.append((node.lineno, node.end_lineno or node.lineno))
    return spans


def site_for_line(spans: list[tuple[int, int]], line: int) -> int:
    """Return the end line of the innermost simple statement containing ``line``."""
    best = None
    for first, last in spans:
        if first <= line <= last and (best is None or last - first < best[1] - best[0]):
            best = (first, last)
    return best[1] if best else line


def expected_outputs(source: str) -> dict[int, list[str]]:
    """Map each statement end line to the ``#>`` lines written right after it."""
    lines = source.splitlines()
    found: dict[int, list[str]] = {}
    i = 0
    while i < len(lines):
        if lines[i].strip().startswith(OUTPUT_PREFIX):
            start = i
            block = []
            while i < len(lines) and lines[i].strip().startswith(OUTPUT_PREFIX):
                text = lines[i].strip()[len(OUTPUT_PREFIX):]
                block.append(text[1:] if text.startswith(" ") else text)
                i += 1
            found[start] = block  # keyed by the line before the block (1-based: start)
        else:
            i += 1
    return found


def _run_in_this_process(path: Path) -> RunResult:
    """Execute ``path`` offline, recording print output per call site."""
    from .offline import offline_aws

    target = str(path.resolve())
    spans = statement_spans(path.read_text())
    result = RunResult(path=path)
    real_print = builtins.print

    def recording_print(*args, **kwargs):
        stream = kwargs.get("file")
        if stream not in (None, sys.stdout):
            return real_print(*args, **kwargs)
        frame = sys._getframe(1)
        while frame is not None and frame.f_code.co_filename != target:
            frame = frame.f_back
        buffer = io.StringIO()
        kwargs["file"] = buffer
        real_print(*args, **kwargs)
        line = site_for_line(spans, frame.f_lineno) if frame else 0
        result.sites.setdefault(line, []).extend(buffer.getvalue().rstrip("\n").split("\n"))

    builtins.print = recording_print
    old_cwd = os.getcwd()
    try:
        import runpy

        sys.path.insert(0, str(path.resolve().parent))
        with offline_aws(path.resolve()):
            runpy.run_path(target, run_name="__main__")
    except BaseException as exc:  # noqa: BLE001 - report anything the snippet raises
        result.error = "".join(traceback.format_exception(exc))
        for frame, lineno in traceback.walk_tb(exc.__traceback__):
            if frame.f_code.co_filename == target:
                result.error_line = lineno
    finally:
        builtins.print = real_print
        os.chdir(old_cwd)
    return result


def _result(path: Path, data: dict) -> RunResult:
    """Rebuild a :class:`RunResult` from the JSON a recording process wrote."""
    return RunResult(path=path, sites={int(k): v for k, v in data["sites"].items()},
                     error=data["error"], error_line=data["error_line"])


#: The folder that holds this ``studyguide`` package (``snippets/`` of this checkout).
PACKAGE_HOME = Path(__file__).resolve().parents[1]


def checkout_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    """``os.environ`` with this checkout's ``snippets/`` first on ``PYTHONPATH``.

    A child interpreter then imports this very ``studyguide`` package, not
    whatever copy an editable install of another checkout points to.
    """
    paths = [str(PACKAGE_HOME)] + [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep)
                                   if p and p != str(PACKAGE_HOME)]
    return {**os.environ, "PYTHONPATH": os.pathsep.join(paths), **(extra or {})}


def run_snippet(path: Path, env: dict[str, str] | None = None) -> RunResult:
    """Run ``path`` in a fresh interpreter and return what it printed per site."""
    proc = subprocess.run(
        [sys.executable, "-m", "studyguide.outputs", "_record", str(path)],
        capture_output=True, text=True, env=checkout_env(env), timeout=300,
    )
    try:
        data = json.loads(proc.stdout.strip().splitlines()[-1])
    except (IndexError, json.JSONDecodeError):
        return RunResult(path=path, error=f"runner crashed (exit {proc.returncode}):\n{proc.stderr[-4000:]}")
    return _result(path, data)


#: Imported once by :class:`SnippetRunner` so each snippet starts without paying for them.
PRELOAD = ("numpy", "pandas", "scipy.stats", "sklearn.ensemble", "sklearn.linear_model", "sklearn.model_selection",
           "sklearn.metrics", "sklearn.preprocessing", "xgboost", "matplotlib.pyplot", "boto3", "botocore.stub",
           "moto", "requests", "studyguide.plotting", "studyguide.datasets", "studyguide.offline")

#: moto services the snippets call, imported by the server so no fork imports them again
#: (moto's IAM pulls in cryptography for every snippet; EC2 and CloudFormation take 1-2 s each).
MOTO_BACKENDS = ("iam", "s3", "sts", "sagemaker", "ec2", "kms", "cloudwatch", "events", "glue", "logs", "sqs",
                 "sns", "kinesis", "cloudtrail", "applicationautoscaling", "cloudformation", "stepfunctions")


class SnippetRunner:
    """Run many snippets fast: a server process imports :data:`PRELOAD` once, then forks per snippet.

    Each snippet still gets a fresh process (a fork of the pre-imported
    server), so no state leaks from one snippet to the next. Use as a context
    manager, or call :meth:`close`.
    """

    def __init__(self, timeout: int = 300):
        self.timeout = timeout
        env = checkout_env({"OMP_NUM_THREADS": os.environ.get("OMP_NUM_THREADS", "1")})
        self.process = subprocess.Popen([sys.executable, "-m", "studyguide.outputs", "_server"], env=env,
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1)

    def run(self, path: Path, env: dict[str, str] | None = None) -> RunResult:
        """Run ``path`` in a fork of the server; same result as :func:`run_snippet`."""
        import select
        import tempfile

        with tempfile.TemporaryDirectory() as folder:
            out = Path(folder) / "result.json"
            request = {"path": str(Path(path).resolve()), "env": env or {}, "out": str(out)}
            self.process.stdin.write(json.dumps(request) + "\n")
            self.process.stdin.flush()
            ready, _, _ = select.select([self.process.stdout], [], [], self.timeout)
            if not ready or not self.process.stdout.readline():
                self.close()
                return RunResult(path=path, error=f"snippet did not finish within {self.timeout} s (or the runner died)")
            if not out.exists():
                return RunResult(path=path, error="the snippet's process died without a result (a crash in native code?)")
            return _result(path, json.loads(out.read_text()))

    def close(self) -> None:
        """Stop the server process."""
        if self.process.poll() is None:
            self.process.stdin.close()
            self.process.wait(timeout=30)

    def __enter__(self) -> "SnippetRunner":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _serve() -> None:
    """Server side of :class:`SnippetRunner`: import once, fork per request."""
    import importlib

    for name in PRELOAD:
        importlib.import_module(name)
    from moto.backends import get_backend

    for name in MOTO_BACKENDS:  # imports only: each fork still starts with empty backends
        get_backend(name)
    for line in sys.stdin:
        request = json.loads(line)
        pid = os.fork()
        if pid == 0:  # child: one snippet, then exit without running the server's cleanup
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, 1)  # native libraries printing to fd 1 must not reach the protocol pipe
            sys.stdout = io.StringIO()
            os.environ.update(request["env"])
            result = _run_in_this_process(Path(request["path"]))
            Path(request["out"]).write_text(json.dumps(
                {"sites": result.sites, "error": result.error, "error_line": result.error_line}))
            os._exit(0)
        os.waitpid(pid, 0)
        sys.stdout.write("done\n")
        sys.stdout.flush()


def compare(path: Path, result: RunResult, display: str | None = None) -> list[str]:
    """Return one ``file:line: message`` per mismatch between file and run."""
    name = display or str(path)
    if result.error:
        where = f"{name}:{result.error_line}" if result.error_line else name
        return [f"{where}: snippet raised an exception\n{result.error}"]
    expected = expected_outputs(path.read_text())
    problems = []
    for site in sorted(set(expected) | set(result.sites)):
        want, got = expected.get(site), result.sites.get(site)
        if got is None:
            problems.append(f"{name}:{site + 1}: '#>' lines follow a statement that printed nothing")
        elif want is None:
            problems.append(f"{name}:{site}: print output is not shown; add these '#>' lines:\n"
                            + "\n".join(f"    #> {line}".rstrip() for line in got))
        elif [w.rstrip() for w in want] != [g.rstrip() for g in got]:
            diff = difflib.unified_diff(want, got, "shown (#> lines)", "actual output", lineterm="")
            problems.append(f"{name}:{site + 1}: shown output differs from real output\n"
                            + "\n".join("    " + d for d in diff))
    return problems


def rewrite(path: Path, result: RunResult) -> bool:
    """Replace every ``#>`` block in ``path`` with the real output; return True if changed."""
    if result.error:
        raise RuntimeError(f"{path}: cannot update outputs, the snippet raised:\n{result.error}")
    original = path.read_text()
    lines = original.splitlines()
    first_of = {last: first for first, last in statement_spans(original)}
    out = []
    for number, line in enumerate(lines, 1):
        if line.strip().startswith(OUTPUT_PREFIX):
            continue
        out.append(line)
        if number in result.sites:
            opener = lines[first_of.get(number, number) - 1]
            indent = opener[: len(opener) - len(opener.lstrip())]
            out.extend(f"{indent}{OUTPUT_PREFIX} {text}".rstrip() for text in result.sites[number])
    updated = "\n".join(out) + "\n"
    if updated != original:
        path.write_text(updated)
    return updated != original


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point (see the module docstring)."""
    args = sys.argv[1:] if argv is None else argv
    if args == ["_server"]:
        _serve()
        return 0
    if len(args) >= 2 and args[0] == "_record":
        real_stdout = sys.stdout
        sys.stdout = io.StringIO()  # stray writes must not corrupt the JSON line
        result = _run_in_this_process(Path(args[1]))
        sys.stdout = real_stdout
        print(json.dumps({"sites": result.sites, "error": result.error, "error_line": result.error_line}))
        return 0
    if len(args) < 2 or args[0] not in {"check", "update"}:
        print("usage: python -m studyguide.outputs check|update FILE...", file=sys.stderr)
        return 2
    status = 0
    with SnippetRunner() as runner:
        for name in args[1:]:
            path = Path(name)
            result = runner.run(path)
            if args[0] == "update":
                if rewrite(path, result):
                    print(f"updated {name}")
            else:
                for problem in compare(path, result, name):
                    print(problem)
                    status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
