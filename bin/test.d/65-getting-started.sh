# Getting started, literally: examples/getting-started/follow.mjs writes every file of
# docs/getting-started.md into a temporary folder, runs its commands (mvn compile, npm install,
# npx tsc, mvn package, java -jar, npm run dev) with the dev.mizan artifacts that 10-java.sh
# installed and the client tarballs the Maven plugin writes, and drives the app in Chromium; then
# has the plugin write the Vue target with mizan-vue.tgz, installs it with npm and type-checks it.
set -euo pipefail
source bin/lib/node.sh
source bin/lib/java-home.sh
if [ ! -x /usr/bin/chromium ]; then
  echo "error: the browser tests need Chromium at /usr/bin/chromium (apt-get install -y chromium)" >&2
  exit 1
fi
mizan_npm_install "$PWD"
export PATH="$JAVA_HOME/bin:$PATH"
if [ "$MIZAN_JAVA_MAJOR" -ge 24 ]; then
  export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
fi
node examples/getting-started/follow.mjs
