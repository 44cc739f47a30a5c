#!/usr/bin/env bash
# Set up textkit in ./.venv and run it.
#
#   ./bootstrap.sh run    set up, then run the main job on the bundled sample paper
#   ./bootstrap.sh test   set up (with test tools), then run the test suite
#   ./bootstrap.sh setup  set up only
#
# Needs Python 3.12 or 3.13 (hazm 0.12's range). It looks for one on PATH (python3.13, python3.12, python3),
# then in pyenv ($PYENV_ROOT/versions/3.1x.*), then asks `pyenv which`.
set -euo pipefail
cd "$(dirname "$0")"

die() { echo "bootstrap: $*" >&2; exit 1; }

# hazm 0.12 supports Python 3.12 and 3.13.
py_ok() { "$1" -c 'import sys; sys.exit(0 if (3, 12) <= sys.version_info[:2] < (3, 14) else 1)' 2>/dev/null; }

find_python() {
  local c
  if [ -n "${TEXTKIT_PYTHON:-}" ]; then
    py_ok "$TEXTKIT_PYTHON" && { echo "$TEXTKIT_PYTHON"; return; }
    die "TEXTKIT_PYTHON=$TEXTKIT_PYTHON is not Python 3.12 or 3.13; point it at one (e.g. \$(pyenv root)/versions/3.12.x/bin/python) or unset it to let this script search"
  fi
  for c in python3.12 python3.13 python3; do
    if command -v "$c" >/dev/null 2>&1 && py_ok "$(command -v "$c")"; then command -v "$c"; return; fi
  done
  local root="${PYENV_ROOT:-$HOME/.pyenv}"
  for c in $(ls -d "$root"/versions/3.1[2-9]* 2>/dev/null | sort -V); do
    if [ -x "$c/bin/python" ] && py_ok "$c/bin/python"; then echo "$c/bin/python"; return; fi
  done
  die "no Python 3.12 or 3.13 found (hazm 0.12 needs one). Install one (e.g. 'pyenv install 3.12', 'apt-get install python3.12', or python.org), or set TEXTKIT_PYTHON=/path/to/python3.12"
}

setup() {
  # $1 = run | test. A test install is a superset of a run install, so `run` after
  # `test` reuses it; the stamp records pyproject.toml's hash and what was installed.
  local want="$1" stamp=.venv/.textkit-setup hash have=""
  hash="$(sha256sum pyproject.toml | cut -c1-16)"
  [ -f "$stamp" ] && have="$(cat "$stamp")"
  if [ -x .venv/bin/python ] && py_ok .venv/bin/python; then
    if [ "$have" = "$hash-test" ] || [ "$have" = "$hash-$want" ]; then return; fi
  else
    local py; py="$(find_python)"
    echo "bootstrap: creating .venv with $py ($("$py" -V 2>&1))" >&2
    rm -rf .venv
    "$py" -m venv .venv
  fi
  echo "bootstrap: installing textkit and its dependencies into .venv (a few minutes the first time)" >&2
  .venv/bin/python -m pip install --quiet --upgrade pip >&2
  if [ "$want" = test ]; then
    # the tests also run a batch on a local Dask cluster: install that extra too
    .venv/bin/python -m pip install --quiet -e '.[test,dask]' >&2
  else
    .venv/bin/python -m pip install --quiet -e . >&2
  fi
  echo "$hash-$want" > "$stamp"
}

case "${1:-run}" in
  setup) setup run ;;
  run)
    setup run
    mkdir -p out/sample
    .venv/bin/textkit batch corpora/sister-cities-iran/docs -o out/sample
    echo "JSON written to out/sample/ (one file per input; summary lines in out/sample/index.jsonl)" >&2
    ;;
  test)
    setup test
    .venv/bin/python -m pytest -q
    ;;
  *) die "usage: ./bootstrap.sh [run|test|setup]" ;;
esac
