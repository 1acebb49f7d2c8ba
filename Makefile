# Every target sets up .venv from the lock file first, so `make serve` and
# `make test` work on a fresh machine. See README.md.
VENV    := .venv
PY      := $(VENV)/bin/python
# -bytecode: venvs set up before packages were compiled at install are set up once more
STAMP   := $(VENV)/.installed-$(shell cat requirements.lock pyproject.toml | cksum | cut -d' ' -f1)-bytecode
SNIPPETS = $(shell find snippets -name '*.py' -not -path 'snippets/studyguide/*' | sort)
WORKERS ?= 2

# Material >= 9.7.2 prints a notice about MkDocs 2 on every build; we stay on
# MkDocs 1.6 on purpose (README, "Decisions"), so silence it.
export NO_MKDOCS_2_WARNING := 1
# No __pycache__ beside the sources; the installed packages are compiled once at set-up
# (compileall), else every build, test worker and kernel compiles pandas,
# scikit-learn, MkDocs... from source again (about 5 s of CPU per process).
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: setup serve build offline test test-fast snippets-update notebooks-update bench \
        linkcheck-external lock vendor clean cues

setup: $(STAMP)

$(STAMP): requirements.lock pyproject.toml
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check uv
	$(VENV)/bin/uv pip install --quiet --python $(PY) -r requirements.lock
	$(VENV)/bin/uv pip install --quiet --python $(PY) --no-deps -e .
	$(PY) -m ipykernel install --sys-prefix --name python3 > /dev/null
	@# some packages ship files for other Python versions that do not compile: not an error here
	$(PY) -m compileall -q -j 0 $$($(PY) -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])') > /dev/null || true
	rm -f $(VENV)/.installed-*
	touch $@

serve: $(STAMP)
	$(VENV)/bin/mkdocs serve --dev-addr 127.0.0.1:8000 --livereload

build: $(STAMP)
	$(VENV)/bin/mkdocs build --strict --site-dir site

offline: $(STAMP)
	$(VENV)/bin/mkdocs build --strict --config-file mkdocs.offline.yml
	$(PY) tools/pack_offline.py site-offline dist/ml-on-aws-study-guide-offline.zip
	@echo "Offline site: open site-offline/index.html, or unzip dist/ml-on-aws-study-guide-offline.zip"

test: $(STAMP)
	$(PY) -m pytest -n $(WORKERS) --dist loadgroup

test-fast: $(STAMP)
	$(PY) -m pytest -n $(WORKERS) --dist loadgroup -m "not browser and not slow"

snippets-update: $(STAMP)
	$(PY) -m studyguide.outputs update $(SNIPPETS)

notebooks-update: $(STAMP)
	$(PY) -m studyguide.labs docs/labs/*.ipynb

cues: $(STAMP)
	@$(PY) -c "import sys; sys.path.insert(0, 'overrides/hooks'); from pathlib import Path; \
	  from guide.index import build_index; from guide.cues import bank_cues; \
	  [print(c.summary()) for c in bank_cues(build_index(Path('.')).questions).values()]"

bench: $(STAMP)
	$(PY) tools/bench.py $(ARGS)

linkcheck-external: offline
	$(PY) -c "import sys, linkcheck.command.linkchecker as lc; lc.drop_privileges = lambda: None; sys.exit(lc.linkchecker())" \
	  --config tests/linkcheckerrc --check-extern -o text site-offline/index.html

lock:
	$(VENV)/bin/uv pip compile pyproject.toml --python-version 3.11.5 --universal -o requirements.lock

vendor:
	tools/vendor_assets.sh

clean:
	rm -rf site site-offline dist .pytest_cache .cache
