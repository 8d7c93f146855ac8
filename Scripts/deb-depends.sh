#!/bin/bash
# Prints the Debian `Depends:` value of a binary: the package of every shared library it needs directly (its NEEDED
# entries, resolved to files by ldd), outside libc's own set (the libc6 package: libc, libm, libdl, libpthread,
# ld-linux), through dpkg -S. Libraries that those libraries load in turn (ldd lists them too: libxml2 brings ICU
# and liblzma) are left to their own packages' Depends, as dpkg-shlibdeps does: naming them here would tie vigie to
# one version of ICU. Usage: deb-depends.sh BINARY
set -euo pipefail
binary=$1
resolved=$(ldd "$binary")
depends=()
for soname in $(readelf -d "$binary" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p'); do
    path=$(echo "$resolved" | awk -v lib="$soname" '$1 == lib && $2 == "=>" { print $3 }')
    if [ -z "$path" ]; then
        case "$soname" in ld-linux*) continue ;; esac   # the loader: libc6's, printed without "=>"
        echo "deb-depends: ldd does not resolve $soname" >&2; exit 1
    fi
    # ldd may print /lib/… where dpkg registered /usr/lib/… (merged /usr): ask for both spellings.
    real=$(readlink -f "$path")
    owner=$(dpkg -S "$path" 2>/dev/null || dpkg -S "$real" 2>/dev/null || dpkg -S "/usr$path" 2>/dev/null \
        || dpkg -S "${path#/usr}" 2>/dev/null) || { echo "deb-depends: no Debian package owns $path" >&2; exit 1; }
    pkg=${owner%%:*}
    [ "$pkg" = libc6 ] && continue
    [[ " ${depends[*]-} " == *" $pkg "* ]] || depends+=("$pkg")
done
(IFS=,; echo "${depends[*]-}" | sed 's/,/, /g')
