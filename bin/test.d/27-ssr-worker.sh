# The server-rendering worker (workers/mizan-ssr) over its real stdio protocol; the JVM pool's own
# tests (core/mizan-ssr) run with the Java modules in 10-java.sh.
set -euo pipefail
source bin/lib/node.sh
node --test --test-reporter=spec workers/mizan-ssr/test/
