# Two commands set up everything: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PO := $(wildcard locales/*/LC_MESSAGES/messages.po)
MO := $(PO:.po=.mo)

.PHONY: run test lint ask bench extract clean

run: $(STAMP) $(MO)
	$(BIN)/python -m bot $(ARGS)

test: $(STAMP) $(MO)
	$(BIN)/ruff check .
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check .

# Reinstalled whenever pyproject.toml changes.
$(STAMP): pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

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
