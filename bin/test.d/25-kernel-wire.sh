# The client kernel on the wire: @mizan/base against the real Spring Boot starter serving the
# conformance fixture app (started on a free port, stopped by PID): CSRF, invalidation from body
# and header, merge, error envelopes, CSRF renewal. Uses the fixture jar that 10-java.sh built.
set -euo pipefail
source bin/lib/java-home.sh
source bin/lib/node.sh
mizan_npm_install "$PWD"
jar=conformance/mizan-conformance-fixture/target/mizan-conformance-fixture-0.1.0-SNAPSHOT-exec.jar
if [ ! -f "$jar" ]; then
  bin/mvn -q -pl conformance/mizan-conformance-fixture -am install -DskipTests
fi
npm run --silent test:wire -w @mizan/base
