# Two commands on a fresh clone:
#   make run    creates .venv, installs extractor, runs it on corpora/ and prints a summary
#   make test   creates .venv with the test extras and runs the test suite
PYTHON ?= python3
VENV   ?= .venv
PY      = $(VENV)/bin/python
OUT    ?= out

# PyThaiNLP ships everything we use: it must never reach for the network or write to $HOME.
export PYTHAINLP_OFFLINE = 1
export PYTHAINLP_READ_ONLY = 1

.PHONY: run test pure bench clean

# The package is installed editable; `pip install` also compiles the extraction core in place with mypyc
# (setup.py; about a minute and a half, plain Python where it cannot). Sources changed since: built again.
SOURCES = $(wildcard extractor/*.py extractor/*/*.py)

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(VENV)/.installed: $(VENV)/bin/python pyproject.toml setup.py $(SOURCES)
	$(PY) -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/bin/python pyproject.toml setup.py $(SOURCES)
	$(PY) -m pip install --quiet -e ".[test]"
	touch $@ $(VENV)/.installed

run: $(VENV)/.installed
	$(PY) -m extractor run corpora --out $(OUT)

# The suite runs twice: on the compiled core (what `make run` uses), then on the plain Python code
# (what runs where nothing could be compiled, and the doctests of the core's modules).
test: $(VENV)/.installed-test
	$(PY) -m pytest -q
	EXTRACTOR_PURE_PYTHON=1 $(PY) -m pytest -q

# The plain Python code only (no compiled core), e.g. while editing the core.
pure: $(VENV)/bin/python
	EXTRACTOR_PURE_PYTHON=1 $(PY) -m pip install --quiet -e ".[test]"
	find extractor -name '*.so' -delete
	touch $(VENV)/.installed $(VENV)/.installed-test

clean:
	rm -rf $(VENV) $(OUT) .pytest_cache .hypothesis build extractor_core__mypyc*
	find extractor -name '*.so' -delete
