# Example app: the task board (React at /, and its Vue and Svelte UIs at /vue/ and /svelte/,
# the React one also on Vert.x: frontend/e2e/vertx.test.mjs,
# examples/taskboard/e2e) in Debian's Chromium, driven by playwright-core against the jar that
# 10-java.sh built (built here when missing). Screenshots go to test-results/screenshots/.
set -euo pipefail
source bin/lib/node.sh
if [ ! -x /usr/bin/chromium ]; then
  echo "error: the browser tests need Chromium at /usr/bin/chromium (apt-get install -y chromium)" >&2
  exit 1
fi
mizan_npm_install "$PWD"
jar=examples/taskboard/backend/target/mizan-example-taskboard-0.1.0-SNAPSHOT.jar
if [ ! -f "$jar" ]; then
  bin/mvn -q -pl examples/taskboard/backend -am install -DskipTests
fi
node --test --test-concurrency=1 --test-reporter=spec examples/taskboard/frontend/e2e/ examples/taskboard/e2e/
