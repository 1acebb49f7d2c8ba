"""Hook: read every source once per build and fail on anything that does not resolve.

Unknown task or bullet ids, missing snippet sections, bad question files and
glossary errors all stop the build here with ``file:line`` messages.
"""

from pathlib import Path

from guide import GuideError, state
from mkdocs.exceptions import PluginError


def on_files(files, config):
    root = Path(config.config_file_path).parent
    try:
        index = state.rebuild(root, Path(config.docs_dir))
    except GuideError as exc:
        raise PluginError("\n" + str(exc)) from None
    problems = index.problems()
    if problems:
        raise PluginError("\n" + "\n".join(problems))
    return files
