#!/usr/bin/env bash
# Installs what phrasebank's checks and tests need on a fresh Debian machine, when it is
# missing, then creates .venv and installs the package with its test extras.
#
# - Debian packages: hunspell, each locale's hunspell dictionary (the `apt:` package named in
#   locales/*/check.yaml), chromium (the preview test's headless browser), npm when missing.
#   `apt-get update` runs once, and only when something has to be installed.
# - npm dictionaries (the `npm:` package in locales/*/check.yaml, e.g. dictionary-ka) go into
#   .cache/dictionaries/node_modules/ (git-ignored), where `phrasebank check` finds them; set
#   PHRASEBANK_DICTIONARIES to use another folder.
# Safe to run again: it installs nothing that is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

sudo_if_needed() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

installed() {
    dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"
}

# The dictionary packages each locale asks for, read from its check.yaml (one folder per locale).
declared() {
    sed -n "s/^[[:space:]]*package:[[:space:]]*{[[:space:]]*$1:[[:space:]]*\([A-Za-z0-9.+_-]*\)[[:space:]]*}.*/\1/p" \
        locales/*/check.yaml | sort -u
}

apt_wanted=(hunspell chromium)
mapfile -t apt_dictionaries < <(declared apt)
mapfile -t npm_dictionaries < <(declared npm)
apt_wanted+=("${apt_dictionaries[@]}")
if [ "${#npm_dictionaries[@]}" -gt 0 ] && ! command -v npm >/dev/null 2>&1; then
    apt_wanted+=(npm)
fi

apt_missing=()
for package in "${apt_wanted[@]}"; do
    installed "$package" || apt_missing+=("$package")
done
if [ "${#apt_missing[@]}" -gt 0 ]; then
    echo "setup: installing Debian packages: ${apt_missing[*]}" >&2
    sudo_if_needed apt-get update -qq
    sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${apt_missing[@]}" >/dev/null
fi

for package in "${npm_dictionaries[@]}"; do
    if [ ! -f ".cache/dictionaries/node_modules/$package/package.json" ]; then
        echo "setup: installing npm package $package into .cache/dictionaries" >&2
        mkdir -p .cache/dictionaries
        npm install --prefix .cache/dictionaries --no-audit --no-fund --no-save --loglevel=error "$package" >/dev/null
    fi
done

python3 -m venv .venv
.venv/bin/pip install -q -e '.[test]'
