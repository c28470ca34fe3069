# Sourced by the bin/ scripts: checks Node.js 20+ and installs the npm workspaces when needed.

if ! command -v node >/dev/null 2>&1; then
  echo "error: Node.js 20 or newer is needed (the client kernel, codegen type tests, example frontend)." >&2
  exit 1
fi
if [ "$(node -p 'process.versions.node.split(".")[0]')" -lt 20 ]; then
  echo "error: Node.js 20 or newer is needed; found $(node --version)." >&2
  exit 1
fi

mizan_npm_install() {
  # Installs the workspaces from the lock file when node_modules is missing or older than it.
  local root=$1
  if [ ! -d "$root/node_modules" ] || [ "$root/package-lock.json" -nt "$root/node_modules/.package-lock.json" ]; then
    (cd "$root" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}
