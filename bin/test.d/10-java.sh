# Java: compile, format check (spotless), unit and HTTP tests of every Maven module.
set -euo pipefail
bin/mvn install
