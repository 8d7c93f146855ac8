#!/bin/bash
# Packages a release build of vigie (make dist does the build and calls this script):
#   dist/vigie-<version>-linux-<arch>.tar.gz   a folder laid out like a prefix (bin/, share/), to unpack anywhere
#   dist/vigie_<version>_<debian-arch>.deb     the same files under /usr, built with dpkg-deb
# Usage: dist.sh BINARY MANUAL_DIR MANUAL_MULTI_DIR VERSION OUT_DIR
#   MANUAL_DIR        the generate-manual plugin's single page (vigie.1 with every subcommand)
#   MANUAL_MULTI_DIR  its --multi-page output (vigie.init.1, vigie.validate.1, …)
# The binary's shared libraries are checked here: no Swift runtime, no libcsv; the package of every other library it
# needs, outside libc's own set, becomes the package's Depends (Scripts/deb-depends.sh).
set -euo pipefail

binary=$1 manual=$2 manual_multi=$3 version=$4 out=$5
root=$(cd "$(dirname "$0")/.." && pwd)
arch=$(uname -m)
deb_arch=$(dpkg --print-architecture)
name="vigie-$version-linux-$arch"
work=$(mktemp -d "${TMPDIR:-/tmp}/vigie-dist.XXXXXX")
trap 'rm -rf "$work"' EXIT

# --- the binary: stripped, and linked only against what every Debian has ----------------------------------
stage="$work/$name"
mkdir -p "$stage/bin"
cp "$binary" "$stage/bin/vigie"
strip "$stage/bin/vigie"
needed=$(readelf -d "$stage/bin/vigie" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')
echo "NEEDED: $(echo $needed)"
if echo "$needed" | grep -E -q '^(libswift|libFoundation|lib_Foundation|libdispatch|libBlocksRuntime|libcsv)'; then
    echo "dist: the binary still needs a Swift runtime library or libcsv.so (see NEEDED above)" >&2
    exit 1
fi

# --- Depends: the packages of the libraries the binary needs, outside libc's own set ----------------------------
echo "ldd:"; ldd "$stage/bin/vigie" | sed 's/^/  /'
depends_line=$(bash "$root/Scripts/deb-depends.sh" "$stage/bin/vigie")
echo "Depends: $depends_line"

# --- man pages (gzip -n: no name or time stamp in the archive, so the package is reproducible) --------------
mkdir -p "$stage/share/man/man1"
cp "$manual/vigie.1" "$stage/share/man/man1/"
for page in "$manual_multi"/vigie.*.1; do
    case "$(basename "$page")" in vigie.help.1) continue ;; esac   # the help subcommand says nothing more
    cp "$page" "$stage/share/man/man1/"
done
gzip -9n "$stage"/share/man/man1/*.1

# --- completions, from the binary itself -------------------------------------------------------------------
# zsh: site-functions is in zsh's search path under /usr/local (the tarball); Debian packages use vendor-completions.
mkdir -p "$stage/share/bash-completion/completions" "$stage/share/zsh/site-functions" \
    "$stage/share/fish/vendor_completions.d"
"$stage/bin/vigie" --generate-completion-script bash > "$stage/share/bash-completion/completions/vigie"
"$stage/bin/vigie" --generate-completion-script zsh > "$stage/share/zsh/site-functions/_vigie"
"$stage/bin/vigie" --generate-completion-script fish > "$stage/share/fish/vendor_completions.d/vigie.fish"

# --- documentation and licences ------------------------------------------------------------------------------
doc="$stage/share/doc/vigie"
mkdir -p "$doc/docs" "$doc/licences"
cp "$root/README.md" "$doc/"
cp "$root"/docs/*.md "$doc/docs/"
cp -R "$root/docs/example" "$doc/docs/"   # the workspace that scoring.md works through
cp "$root/Scripts/dist/THIRD-PARTY-NOTICES.md" "$doc/"
licence() {   # licence NAME FILE: one dependency's licence text, or fail (a release must not ship without it)
    [ -f "$2" ] || { echo "dist: licence of $1 not found at $2" >&2; exit 1; }
    install -m 644 "$2" "$doc/licences/$1.txt"
}
checkouts="$(dirname "$(dirname "$binary")")/checkouts"
for dir in "$checkouts"/*; do
    dep=$(basename "$dir")
    [ "$dep" = swift-property-based ] && continue   # a test-only dependency: not in the binary
    licence "$dep" "$(ls "$dir"/LICENSE* "$dir"/LICENCE* "$dir"/COPYING* 2>/dev/null | head -n 1)"
done
licence libcsv /usr/share/doc/libcsv3/copyright
licence LGPL-2.1 /usr/share/common-licenses/LGPL-2.1
licence swift "$(dirname "$(dirname "$(readlink -f "$(command -v swift)")")")/share/swift/LICENSE.txt"
icu=$(ls /usr/share/doc/libicu*/copyright 2>/dev/null | head -n 1 || true)
[ -n "$icu" ] && licence icu "$icu"

# --- the tarball ---------------------------------------------------------------------------------------------
mkdir -p "$out"
epoch=$(git -C "$root" log -1 --format=%ct 2>/dev/null || echo 0)
tar --sort=name --mtime="@$epoch" --owner=0 --group=0 --numeric-owner -C "$work" -czf "$out/$name.tar.gz" "$name"
echo "wrote $out/$name.tar.gz ($(du -h "$out/$name.tar.gz" | cut -f1))"

# --- the Debian package: the same files under /usr -----------------------------------------------------------
pkgroot="$work/deb"
mkdir -p "$pkgroot/DEBIAN" "$pkgroot/usr"
cp -a "$stage/bin" "$stage/share" "$pkgroot/usr/"
mv "$pkgroot/usr/share/zsh/site-functions" "$pkgroot/usr/share/zsh/vendor-completions"
{
    echo "Vigie $version. Third-party components and their licences: /usr/share/doc/vigie/THIRD-PARTY-NOTICES.md"
    echo "and /usr/share/doc/vigie/licences/."
} > "$pkgroot/usr/share/doc/vigie/copyright"
size=$(du -sk "$pkgroot/usr" | cut -f1)
cat > "$pkgroot/DEBIAN/control" <<CONTROL
Package: vigie
Version: $version
Architecture: $deb_arch
Maintainer: Vigie maintainers <vigie@localhost>
Installed-Size: $size
${depends_line:+Depends: $depends_line
}Section: utils
Priority: optional
Description: audits administrative units against non-discrimination criteria
 Vigie validates the answer sheets that HR fill per unit and year, scores them
 against a criteria catalogue, and renders self-contained, accessible HTML
 reports with the trend over the years. Includes the man pages and the bash,
 zsh and fish completions.
CONTROL
find "$pkgroot" -exec touch -h -d "@$epoch" {} +
SOURCE_DATE_EPOCH=$epoch dpkg-deb --root-owner-group -Zxz --build "$pkgroot" "$out/vigie_${version}_$deb_arch.deb" >/dev/null
echo "wrote $out/vigie_${version}_$deb_arch.deb ($(du -h "$out/vigie_${version}_$deb_arch.deb" | cut -f1))"
