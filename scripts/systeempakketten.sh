#!/usr/bin/env bash
# Installs the Debian packages Regie needs to build, run and test, when any is missing.
# Quiet and quick when everything is there; runs apt-get as root, or through sudo.
# Used by the README's commands and by .ci/run: this is the only list.
set -euo pipefail

pakketten=(
  libncurses-dev          # the screens (wide-character ncurses)
  tmux                    # the end-to-end tests drive the real program in tmux
  libcairo2-dev           # PDF export: cairo draws the pages
  libpango1.0-dev         # PDF export: pango lays out the text
  fonts-dejavu-core       # PDF export: the text font
  fonts-noto-core         # PDF export: fallback for scripts DejaVu lacks
  fonts-noto-cjk          # PDF export: Chinese, Japanese, Korean
  fonts-noto-color-emoji  # PDF export: emoji
  poppler-utils           # tests read the PDF back with pdftotext
)

ontbreekt=()
for p in "${pakketten[@]}"; do
  stand=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
  [ "$stand" = installed ] || ontbreekt+=("$p")
done
[ ${#ontbreekt[@]} -eq 0 ] && exit 0

echo "Systeempakketten installeren: ${ontbreekt[*]}" >&2
if [ "$(id -u)" -eq 0 ]; then
  als_root=()
elif command -v sudo >/dev/null 2>&1; then
  als_root=(sudo)
else
  echo "Niet geïnstalleerd: ${ontbreekt[*]}. Installeer ze als root (apt-get install ${ontbreekt[*]}) of installeer sudo." >&2
  exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "Geen apt-get op deze machine: installeer zelf ${ontbreekt[*]} (of wat daarmee overeenkomt)." >&2
  exit 1
fi
"${als_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
"${als_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${ontbreekt[@]}"
