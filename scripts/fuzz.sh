#!/bin/sh
# The store's fuzz run: mutated dossier files (bit flips, cuts, control characters, huge
# texts, deep nesting, bad UTF-8, wrong types, duplicate ids, dates out of range, damaged
# sealed files) through `importeer` and dropped into a plain and an encrypted store.
# Seeded: the same seed gives the same files. Prints the count, the crashes (with the case
# numbers, to run again with --vanaf) and the time; exit code 0 only with no crash and no
# failed check.
#
#   scripts/fuzz.sh [aantal (10000)] [zaad (11)]
#
# Set REGIE_FUZZ to a built regie-fuzz to skip the build.
set -u
aantal=${1:-10000}
zaad=${2:-11}
cd "$(dirname "$0")/.." || exit 1
if [ -z "${REGIE_FUZZ:-}" ]; then
    swift build --product regie-fuzz >/dev/null || exit 1
    REGIE_FUZZ="$(swift build --show-bin-path)/regie-fuzz"
fi
werk=$(mktemp -d)
trap 'rm -rf "$werk"' EXIT
voortgang="$werk/voortgang"
begin=$(date +%s)
deel=1000
vanaf=0
crashes=0
crashlijst=""
: > "$werk/tellingen"
: > "$werk/fouten"
while [ "$vanaf" -lt "$aantal" ]; do
    tot=$((vanaf + deel - (vanaf % deel)))
    [ "$tot" -gt "$aantal" ] && tot=$aantal
    TMPDIR="$werk" "$REGIE_FUZZ" --zaad "$zaad" --vanaf "$vanaf" --tot "$tot" --voortgang "$voortgang" > "$werk/uit" 2>&1
    code=$?
    if [ "$code" -ge 128 ] || ! grep -q '^TELLING ' "$werk/uit"; then
        # A crash: note the case, count the ones before it as done, go on after it.
        n=$(cat "$voortgang" 2>/dev/null || echo "$vanaf")
        crashes=$((crashes + 1))
        crashlijst="$crashlijst $n"
        echo "$((n - vanaf + 1)) 0 0 0 0 0 0" >> "$werk/tellingen"
        tail -5 "$werk/uit" | sed "s/^/  geval $n: /"
        vanaf=$((n + 1))
        rm -rf "$werk"/regie-fuzz-*
    else
        grep '^TELLING ' "$werk/uit" | cut -d' ' -f2- >> "$werk/tellingen"
        grep '^FOUT ' "$werk/uit" >> "$werk/fouten"
        vanaf=$tot
        printf '%s van %s gevallen gedaan\n' "$vanaf" "$aantal" >&2
    fi
done
eind=$(date +%s)
awk -v crashes="$crashes" -v lijst="$crashlijst" -v sec="$((eind - begin))" -v zaad="$zaad" '
    { g += $1; i += $2; w += $3; a += $4; t += $5; v += $6; f += $7 }
    END {
        printf "zaad %s: %d gevallen in %d s: %d ingelezen, %d geweigerd, %d apart gezet, %d keer de reservekopie teruggezet, %d in een versleutelde opslag\n", zaad, g, sec, i, w, a, t, v
        printf "crashes: %d%s\n", crashes, (crashes > 0 ? " (gevallen" lijst ")" : "")
        printf "fouten (niet-Nederlandse melding of een controle die niet klopte): %d\n", f
    }' "$werk/tellingen"
cat "$werk/fouten" | head -20
[ "$crashes" -eq 0 ] && [ ! -s "$werk/fouten" ]
