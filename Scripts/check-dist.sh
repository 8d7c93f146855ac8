#!/bin/bash
# make check-dist: the release runs where no Swift toolchain is installed.
#  1. the tarball, unpacked in an empty folder, runs `vigie --version` and validates and renders the demo
#     workspace, with the toolchain's folder (the one `command -v swift` resolves into) hidden behind an empty
#     tmpfs in a private mount namespace (unshare -m: the mount is seen by that shell only);
#  2. the Debian package lists the binary, the man pages and the three completions in their standard paths.
# Usage (as root: unshare and mount need it): check-dist.sh DIST_DIR VERSION
set -euo pipefail

dist=$1 version=$2
root=$(cd "$(dirname "$0")/.." && pwd)
tarball=$(ls "$dist"/vigie-"$version"-linux-*.tar.gz)
deb=$(ls "$dist"/vigie_"$version"_*.deb)
date=2026-11-27

# The toolchain's folder: swift resolves to <toolchain>/usr/bin/swift(-driver).
swift_bin=$(readlink -f "$(command -v swift)")
toolchain=$(dirname "$(dirname "$(dirname "$swift_bin")")")
[ -d "$toolchain/usr/lib/swift" ] || { echo "check-dist: no toolchain found at $toolchain" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/vigie-check-dist.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir "$work/unpacked" "$work/demo"
tar -C "$work/unpacked" -xzf "$tarball"
# The demo workspace: the repository's catalogue, organisation, sheets and settings, nothing else.
cp -R "$root/checklists" "$root/audits" "$root/workspace.csv" "$work/demo/"
bin=$(ls -d "$work"/unpacked/vigie-*/bin/vigie)
for file in share/man/man1/vigie.1.gz share/bash-completion/completions/vigie share/zsh/site-functions/_vigie \
    share/fish/vendor_completions.d/vigie.fish share/doc/vigie/README.md share/doc/vigie/THIRD-PARTY-NOTICES.md \
    share/doc/vigie/licences/libcsv.txt share/doc/vigie/licences/LGPL-2.1.txt; do
    [ -s "$(dirname "$(dirname "$bin")")/$file" ] || { echo "check-dist: the tarball lacks $file" >&2; exit 1; }
done

echo "check-dist: $tarball unpacked in an empty folder; hiding $toolchain"
unshare -m sh -eu -c '
    toolchain=$1 bin=$2 demo=$3 date=$4 version=$5
    mount -t tmpfs none "$toolchain"
    if command -v swift >/dev/null 2>&1 || [ -n "$(ls -A "$toolchain")" ]; then
        echo "check-dist: the toolchain is still visible" >&2; exit 1
    fi
    printf "vigie --version: "
    "$bin" --version | tee "$demo/../version.txt"
    grep -E -q "^$version\+[0-9a-f]{12}(\.dirty)?$" "$demo/../version.txt" \
        || { echo "check-dist: --version does not name the commit" >&2; exit 1; }
    "$bin" validate "$demo" > "$demo/../validate.txt" 2>&1 \
        || { cat "$demo/../validate.txt"; echo "check-dist: validate failed" >&2; exit 1; }
    tail -n 1 "$demo/../validate.txt"
    "$bin" report "$demo" --date "$date" --out "$demo/../reports"
    "$bin" report "$demo" --lang de --date "$date" --out "$demo/../reports-de"
    "$bin" init "$demo/../new" --year 2027 >/dev/null
' check-dist "$toolchain" "$bin" "$work/demo" "$date" "$version"

pages=$(find "$work/reports" -name '*.html' | wc -l)
[ -f "$work/reports/index.html" ] && [ -f "$work/reports-de/index.html" ] && [ "$pages" -ge 10 ] \
    || { echo "check-dist: the reports are missing" >&2; exit 1; }
echo "check-dist: $pages report pages rendered without the toolchain (fr; de likewise)"
# The static runtime (Foundation, ICU) formats numbers and dates like the toolchain's: the same pages, byte for byte,
# as the development build renders (when there is one: make test has just built it).
reference=${REFERENCE_VIGIE:-$root/.build/debug/vigie}
if [ -x "$reference" ]; then
    "$reference" report "$work/demo" --date "$date" --out "$work/reports-reference" >/dev/null 2>&1
    diff -r -q "$work/reports-reference" "$work/reports" \
        || { echo "check-dist: the release renders other pages than $reference" >&2; exit 1; }
    echo "check-dist: the same pages, byte for byte, as $reference"
fi

echo "check-dist: $deb"
listing=$(dpkg-deb -c "$deb")
for path in ./usr/bin/vigie ./usr/share/man/man1/vigie.1.gz ./usr/share/bash-completion/completions/vigie \
    ./usr/share/zsh/vendor-completions/_vigie ./usr/share/fish/vendor_completions.d/vigie.fish; do
    # A here-string, not a pipe: grep -q stops at the first match, and under pipefail the echo it leaves writing
    # into a closed pipe would fail the check (CI saw "./usr/bin/vigie is not in the package" that way).
    grep -q -- " $path\$" <<<"$listing" || { echo "check-dist: $path is not in the package" >&2; exit 1; }
    echo "  $path"
done
echo "  Depends: $(dpkg-deb -f "$deb" Depends)"
echo "check-dist: ok"
