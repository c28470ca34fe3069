# Sourced by the bin/ scripts: points JAVA_HOME at a JDK 21 or newer.
# Order: $JAVA_HOME if it is new enough, the `java` on PATH, then every JDK under /usr/lib/jvm
# (newest first). Exits with a clear message when none is installed.

mizan_java_major() {
  # Prints the feature version of the java binary given as $1 (17, 21, 25, ...).
  "$1" -XshowSettings:properties -version 2>&1 |
    sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n 1
}

mizan_find_jdk() {
  local candidate major
  local -a candidates=()
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if command -v javac >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")")
  fi
  for candidate in $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do
    candidates+=("${candidate%/}")
  done
  for candidate in "${candidates[@]}"; do
    [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
    major=$(mizan_java_major "$candidate/bin/java")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then
      echo "$candidate $major"
      return 0
    fi
  done
  return 1
}

if ! mizan_found=$(mizan_find_jdk); then
  echo "error: Mizan needs a JDK 21 or newer, and none was found." >&2
  echo "       Looked at \$JAVA_HOME, the javac on PATH and /usr/lib/jvm/*." >&2
  echo "       Install one (for example: apt-get install -y openjdk-21-jdk-headless) or set JAVA_HOME." >&2
  exit 1
fi
export JAVA_HOME="${mizan_found% *}"
export MIZAN_JAVA_MAJOR="${mizan_found##* }"
export PATH="$JAVA_HOME/bin:$PATH"
