#!/usr/bin/env bash
# Installs the system packages the build needs from Debian: Chromium (PDF, diagrams, browser tests) and poppler-utils
# (PDF checks). Fonts come from npm (@fontsource/ibm-plex-sans), so no system fonts are needed.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || [ -x /usr/lib/chromium/chromium ] || need+=(chromium)
command -v pdfinfo >/dev/null 2>&1 || need+=(poppler-utils)
if [ ${#need[@]} -eq 0 ]; then echo "✓ Chromium and poppler-utils are installed."; exit 0; fi
echo "Installing ${need[*]} from Debian…"
if [ "$(id -u)" = 0 ]; then SUDO=""; elif command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
  echo "✗ Not root and no sudo. Ask an administrator to run: apt-get install -y ${need[*]}" >&2; exit 1
fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
echo "✓ Installed ${need[*]}."
