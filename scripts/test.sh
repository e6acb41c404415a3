#!/usr/bin/env bash
# Runs every test against the embedded broker; installs librdkafka-dev, Chromium and chromedriver first if
# they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-deps.sh --browser
swift build --build-tests
# Unit tests first, in parallel. The tests that run brokers and worker processes go afterwards, the
# end-to-end ones one at a time: each starts a hub of processes, and on two cores they would otherwise
# starve one another (and the CPU-heavy unit tests would starve them) past their deadlines.
swift test --skip-build --skip 'MASHKafkaTests|MASHWorkspaceTests|MASHGatewayTests|EndToEndTests'
swift test --skip-build --filter 'MASHKafkaTests|MASHWorkspaceTests|MASHGatewayTests'
swift test --skip-build --filter 'EndToEndTests' --no-parallel
