#!/usr/bin/env bash
# Installs what building mash needs and a fresh Debian machine with Swift lacks: librdkafka's headers; with
# --browser also Chromium and its WebDriver, which the workspace's browser test drives.
set -euo pipefail

packages=()
pkg-config --exists rdkafka 2>/dev/null || packages+=(librdkafka-dev pkg-config)
if [ "${1:-}" = "--browser" ]; then
  command -v chromium >/dev/null 2>&1 || packages+=(chromium)
  command -v chromedriver >/dev/null 2>&1 || packages+=(chromium-driver)
fi
[ ${#packages[@]} -eq 0 ] && exit 0

echo "mash: installing ${packages[*]}..." >&2
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq "${packages[@]}" >/dev/null
pkg-config --exists rdkafka
