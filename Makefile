# Two commands set up everything: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PO := $(wildcard locales/*/LC_MESSAGES/messages.po)
MO := $(PO:.po=.mo)

.PHONY: run test lint ask bench extract lock clean

run: $(STAMP) $(MO)
	$(BIN)/python -m bot $(ARGS)

test: $(STAMP) $(MO)
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(BIN)/python -m pytest -n 4 --dist loadfile

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy

# Reinstalled whenever pyproject.toml or constraints.txt changes. constraints.txt pins every
# package to an exact version, so that a new release (ruff, python-telegram-bot…) changes nothing
# here until `make lock` takes it.
$(STAMP): pyproject.toml constraints.txt
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[test]'
	touch $(STAMP)

# For developers: pin the newest versions pyproject.toml allows, installed in a fresh virtual
# environment; then `make test` installs them and shows whether they work (README: Development).
LOCK_VENV := $(or $(TMPDIR),/tmp)/conference-bot-lock
lock:
	rm -rf $(LOCK_VENV)
	$(PYTHON) -m venv $(LOCK_VENV)
	$(LOCK_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(LOCK_VENV)/bin/python -m pip install --quiet -e '.[test]'
	{ echo '# Exact versions `make` installs (pip install -c constraints.txt). Written by `make lock`.'; \
	  $(LOCK_VENV)/bin/python -m pip freeze --exclude-editable; } > constraints.txt.new
	mv constraints.txt.new constraints.txt
	rm -rf $(LOCK_VENV)

# Compiled catalogues are build products: never committed, rebuilt when a .po changes.
locales/%/LC_MESSAGES/messages.mo: locales/%/LC_MESSAGES/messages.po $(STAMP)
	$(BIN)/pybabel compile --statistics -i $< -o $@

# For developers: refresh the template and the catalogues after changing strings.
extract: $(STAMP)
	$(BIN)/pybabel extract -F locales/babel.cfg -k _ -k n_:1,2 --add-comments=Translators: -o locales/messages.pot --no-location --sort-output --project=conference-bot -w 100 .
	$(BIN)/pybabel update -i locales/messages.pot -d locales -D messages --no-fuzzy-matching -w 100

bench: $(STAMP) $(MO)
	for script in bench/*.py; do $(BIN)/python $$script || exit 1; done

clean:
	rm -rf $(VENV) locales/*/LC_MESSAGES/*.mo
