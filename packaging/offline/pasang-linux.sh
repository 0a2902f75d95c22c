#!/bin/sh
# Memasang Desk @VERSION@ dari folder ini, tanpa internet (Linux 64-bit, Python 3.11 sampai 3.14).
#   sh pasang-linux.sh [FOLDER]      bawaan FOLDER: ~/.local/lib/desk
# Semua paket diambil dari folder wheels/ (pip --no-index): tidak ada yang diunduh.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
TARGET=${1:-"$HOME/.local/lib/desk"}
PYTHON=${PYTHON:-python3}

if ! "$PYTHON" -c 'import struct, sys; sys.exit(0 if (3, 11) <= sys.version_info[:2] <= (3, 14) and struct.calcsize("P") == 8 else 1)' 2>/dev/null; then
  echo "Desk memerlukan Python 3.11 sampai 3.14 (64-bit). Pasang salah satunya, atau pakai PYTHON=/jalur/python3.12 sh $0" >&2
  exit 1
fi

# Pengaturan pip di komputer ini (indeks lain, folder paket lain) tidak dipakai: hanya folder wheels/.
for name in $(env | sed -n 's/^\(PIP_[A-Za-z_]*\)=.*/\1/p'); do unset "$name"; done
export PIP_CONFIG_FILE=/dev/null PIP_DISABLE_PIP_VERSION_CHECK=1

"$PYTHON" -m venv "$TARGET"
"$TARGET/bin/python" -m pip install --quiet --no-index --find-links "$HERE/wheels" \
  -r "$HERE/requirements.lock" "desk==@VERSION@"

mkdir -p "$HOME/.local/bin"
ln -sf "$TARGET/bin/desk" "$HOME/.local/bin/desk"
echo "Desk $("$TARGET/bin/desk" --version | cut -d' ' -f2) terpasang di $TARGET."
echo "Buka dengan: $HOME/.local/bin/desk   (periksa: desk check)"
