#!/bin/sh
# Puts a new build in place (deploy/README.md, Upgrades). sw.js goes last, after nginx has
# loaded the new build's CSP header: a phone that sees the new sw.js stores the new pages with
# the header they arrive with, and an old header would block their inline CSS on every start.
#   deploy/upgrade.sh [build] [site folder] [nginx command…]
#   deploy/upgrade.sh dist /srv/incident-navi/dist
#   deploy/upgrade.sh dist deploy/site docker compose -f deploy/compose.yaml exec -T nginx nginx
set -eu
build=${1:-dist}
site=${2:-/srv/incident-navi/dist}
if [ $# -gt 2 ]; then shift 2; else set -- nginx; fi
for f in index.html sw.js nginx-csp.conf; do
  [ -f "$build/$f" ] || { echo "$build/$f is missing: build first (npm run build)" >&2; exit 1; }
done
# Hashed assets first: a page never names a file that is not there yet. Old ones stay (no
# --delete): a phone still on the previous version may load them.
rsync -a "$build/assets/" "$site/assets/"
rsync -a --exclude /sw.js "$build/" "$site/"
"$@" -t
"$@" -s reload
# The reload only signals nginx's master: a moment for it to start workers with the new header.
sleep 1
rsync -a "$build/sw.js" "$site/sw.js"
echo "$site: the new build is in place; each phone offers it at its next check."
