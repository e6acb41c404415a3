#!/usr/bin/env bash
# Runs every test against the embedded broker; installs librdkafka-dev first if it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-deps.sh
swift build --build-tests
swift test --skip-build
