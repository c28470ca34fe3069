# Capability board: the README's capability table must match the conformance probes' results, and
# every capability recorded in conformance/proven.txt must still be proven. Reads the reports that
# 10-java.sh's `bin/mvn install` left in conformance/mizan-conformance-suite/target/surefire-reports.
set -euo pipefail
bin/capabilities --check
