#!/usr/bin/env bash
# Installs the system packages the build needs from Debian: Chromium (PDF, diagrams, browser tests), poppler-utils
# (PDF checks), and nginx with its brotli_static module (the test of the production server configuration). Fonts come from npm (@fontsource/ibm-plex-sans), so no system fonts are needed.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || [ -x /usr/lib/chromium/chromium ] || need+=(chromium)
command -v pdfinfo >/dev/null 2>&1 || need+=(poppler-utils)
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || need+=(nginx-light)
[ -e /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ] || need+=(libnginx-mod-http-brotli-static)
if [ ${#need[@]} -eq 0 ]; then echo "✓ Chromium, poppler-utils and nginx are installed."; exit 0; fi
echo "Installing ${need[*]} from Debian…"
if [ "$(id -u)" = 0 ]; then SUDO=""; elif command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
  echo "✗ Not root and no sudo. Ask an administrator to run: apt-get install -y ${need[*]}" >&2; exit 1
fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
# The Debian package starts a default nginx on port 80 where it can; the tests start their own on 127.0.0.1.
if [[ " ${need[*]} " == *" nginx-light "* ]]; then $SUDO service nginx stop >/dev/null 2>&1 || true; fi
echo "✓ Installed ${need[*]}."
