#!/usr/bin/env bash
# Runs every test on a fresh machine with the .NET 10 SDK. It first installs what the tests need and the machine lacks:
#   - Debian's chromium and fonts-noto-cjk (browser tests; Chinese text needs CJK fonts),
#   - Debian's postgresql binaries (store tests start a throwaway PostgreSQL server from them),
#   - the npm packages of tests/directline-node (the official Direct Line client test; needs node and npm),
# then runs `dotnet test KepuBot.sln`. apt-get needs root (or sudo); nothing is downloaded at test time.
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
# Not grep -q: it stops reading at the first match, fc-list dies of SIGPIPE, and pipefail then reports the fonts missing.
fc-list 2>/dev/null | grep -i "Noto Sans CJK" >/dev/null || missing+=(fonts-noto-cjk)
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || missing+=(postgresql)
command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)
if ((${#missing[@]})); then
  echo "test.sh: installing ${missing[*]} with apt-get"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

echo "test.sh: installing the Direct Line client test's locked npm packages"
(cd tests/directline-node && npm ci --no-audit --no-fund --loglevel=error)

dotnet test KepuBot.sln "$@"
