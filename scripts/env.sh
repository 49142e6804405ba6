# Sourced by the scripts: tools installed by scripts/setup come first on PATH
# (wasm-opt from the npm package binaryen, trunk and wasm-bindgen from cargo).
repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$repo_root/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }
