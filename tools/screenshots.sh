#!/usr/bin/env bash
# Regenerates the README's screenshots in docs/ (chat page standard and 大字, a scam warning, the staff queue) from
# the real service in the browser tests' Chromium. Needs what ./test.sh installs (Debian's chromium, CJK fonts).
set -euo pipefail
cd "$(dirname "$0")/.."
KEPUBOT_SCREENSHOTS="$PWD/docs" dotnet test tests/KepuBot.Tests --filter "FullyQualifiedName~DocsScreenshotTests"
ls -l docs/*.png
