#!/usr/bin/env bash
# Rewrites the terminal output blocks of docs/guide.md and its screenshots (docs/guide/*.png) by walking through the
# guide for real (EditorGuideIT with -Dguide.update=true): the packaged jar in a terminal, the pages in headless
# Chromium. Needs Debian's chromium and chromium-driver, and util-linux's script. Read the change before committing it.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q package -DskipTests
mvn -q verify -Dit.test=EditorGuideIT -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dguide.update=true
git status --short docs/
