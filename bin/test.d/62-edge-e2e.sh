# The edge end to end: @mizan/edge on Node (examples/taskboard/edge) in front of the task board jar
# that 10-java.sh built (built here when missing): 100 shared reads → 1 origin request, purge on a
# mutation through the edge, classes keyed apart, forged/expired/unsigned MWTs never privileged;
# the same for the board's edge page /team (100 reads → 1 origin request, purged with team).
# Then the unchanged module worker under Bun, Deno and workerd (Cloudflare Workers' runtime), the
# runtimes pinned as devDependencies, in front of one more task board: the same core claims.
set -euo pipefail
source bin/lib/node.sh
mizan_npm_install "$PWD"
npm run --silent build -w @mizan/keys -w @mizan/edge
jar=examples/taskboard/backend/target/mizan-example-taskboard-0.1.0-SNAPSHOT.jar
if [ ! -f "$jar" ]; then
  bin/mvn -q -pl examples/taskboard/backend -am install -DskipTests
fi
node --test --test-concurrency=1 --test-reporter=spec examples/taskboard/edge/
