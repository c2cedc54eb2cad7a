#!/usr/bin/env bash
# Installs the FHIR validator the export tests use (tests/fhir_validate.py), and the JSON
# Schema validator that checks the JSON export against docs/export-schema.json, into its own
# virtual environment, target/fhir-r4: fhir.resources 6.4.0 is the last release whose
# default models are FHIR R4 (4.0.1), and it needs pydantic 1, which must not replace a
# pydantic 2 installed for other programs. tests/export.rs finds it there by itself
# (or wherever SAMTALE_FHIR_PYTHON points).
set -euo pipefail
cd "$(dirname "$0")/.."
venv=target/fhir-r4
if [ ! -x "$venv/bin/python3" ]; then
  if ! python3 -m venv "$venv"; then
    echo "fhir_setup: python3 cannot make a virtual environment;" \
      "on Debian: apt-get install python3-venv" >&2
    rm -rf "$venv"
    exit 1
  fi
fi
"$venv/bin/python3" -m pip install --quiet --disable-pip-version-check \
  'fhir.resources==6.4.0' 'pydantic[email]==1.10.27' 'jsonschema==4.23.0'
"$venv/bin/python3" -c 'import fhir.resources as f; print("fhir.resources", f.__version__, "FHIR", f.__fhir_version__)'
"$venv/bin/python3" -c 'import jsonschema; print("jsonschema", jsonschema.Draft202012Validator.META_SCHEMA["$id"])'
