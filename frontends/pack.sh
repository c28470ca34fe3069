#!/usr/bin/env bash
# Packs the client packages @mizan/base, @mizan/react, @mizan/vue and @mizan/svelte as npm tarballs
# into DIR, under stable names (mizan-base.tgz, mizan-react.tgz, mizan-vue.tgz, mizan-svelte.tgz):
# installs the workspaces when needed, builds them, packs.
# The Maven plugin's build runs this to carry the tarballs; mizan:generate writes them out for an
# application's frontend (`clientPackages`), which installs them with a file: dependency.
set -euo pipefail
dest=$1
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
source bin/lib/node.sh
mizan_npm_install "$root"
npm run --silent build:kernel
mkdir -p "$dest"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
npm pack --silent --pack-destination "$tmp" -w @mizan/base -w @mizan/react -w @mizan/vue -w @mizan/svelte >/dev/null
for name in base react vue svelte; do
  mv "$tmp"/mizan-"$name"-*.tgz "$dest/mizan-$name.tgz"
done
