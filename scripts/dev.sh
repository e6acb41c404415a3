#!/usr/bin/env bash
# Runs the whole hub on the embedded broker with synthetic data; installs librdkafka-dev first if it is missing.
# Arguments go to `mash dev` (try --help).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-deps.sh
swift build -c release
exec .build/release/mash dev "$@"
