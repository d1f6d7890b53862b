#!/usr/bin/env bash
# Checks every screen of the workshop's phone page against WCAG 2.1 AA (and 2.2's target size) with axe-core in
# headless Chromium: the participant's whole flow (PIN, segment, rating, comment, thanks, means, dot-voting).
# Needs chromium and chromium-driver (apt-get install -y chromium chromium-driver); axe-core comes from Maven.
# A violation fails with its rule, impact and the elements it found.
set -euo pipefail
cd "$(dirname "$0")/.."
exec ./mvnw -q test -Dtest=PhonePageBrowserTest -Dsurefire.failIfNoSpecifiedTests=false "$@"
