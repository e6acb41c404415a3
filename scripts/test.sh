#!/usr/bin/env bash
# Runs every test against the embedded broker; installs librdkafka-dev first if it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-deps.sh
swift build --build-tests
# Unit tests first, in parallel. The tests that run brokers and worker processes go on their own
# afterwards: on two cores, CPU-heavy unit tests would starve their clocks and make them flaky.
kafka_tests='MASHKafkaTests|EndToEndTests'
swift test --skip-build --skip "$kafka_tests"
swift test --skip-build --filter "$kafka_tests"
