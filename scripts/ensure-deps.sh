#!/usr/bin/env bash
# Installs what building mash needs and a fresh Debian machine with Swift lacks: librdkafka's headers.
set -euo pipefail

if pkg-config --exists rdkafka 2>/dev/null; then
  exit 0
fi
echo "mash: installing librdkafka-dev (and pkg-config)..." >&2
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq librdkafka-dev pkg-config >/dev/null
pkg-config --exists rdkafka
