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

.PHONY: run test bench clean

# The package is installed editable (plain Python: nothing is compiled).

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(VENV)/.installed: $(VENV)/bin/python pyproject.toml
	$(PY) -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/bin/python pyproject.toml
	$(PY) -m pip install --quiet -e ".[test]"
	touch $@ $(VENV)/.installed

run: $(VENV)/.installed
	$(PY) -m extractor run corpora --out $(OUT)

test: $(VENV)/.installed-test
	$(PY) -m pytest -q

clean:
	rm -rf $(VENV) $(OUT) .pytest_cache .hypothesis build
