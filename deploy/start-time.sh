#!/usr/bin/env bash
# Start time of the packaged tracker with and without the AOT cache the Dockerfile trains (README "Start time").
# Usage: deploy/start-time.sh [runs]   after ./mvnw package; needs a JDK 25 (JEP 514/515) as JAVA_HOME or java.
# Each run starts the jar as the image does (extracted layers), on one embedded database kept across the runs, and
# measures until /actuator/health answers UP; the two variants alternate.
set -euo pipefail
runs=${1:-3}
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
jar=$(ls target/migration-tracker-*.jar | head -n 1)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$jar" "$work/app.jar" # the extracted jar keeps its name: app.jar, as in the image
"$java" -Djarmode=tools -jar "$work/app.jar" extract --layers --destination "$work/layers" >/dev/null
mkdir "$work/app"
for layer in dependencies spring-boot-loader snapshot-dependencies application; do
  cp -r "$work/layers/$layer/." "$work/app/"
done
cd "$work/app"
export TRACKER_DATA_DIR="$work/db" APP_ADMIN_PASSWORD="Start-time-only-2026" SERVER_PORT=18931
echo "training the AOT cache (a start that stops itself once ready, on a database of its own, as in the Dockerfile)..."
TRACKER_DATA_DIR="$work/training-db" "$java" -XX:AOTCacheOutput=app.aot -Dtracker.training-run=true -jar app.jar >"$work/train.log" 2>&1 || { tail -20 "$work/train.log"; exit 1; }
echo "AOT cache: $(du -m app.aot | cut -f1) MB"

start() { # $@: extra JVM options; prints seconds until health is UP
  local began pid
  began=$(date +%s.%N)
  "$java" "$@" -jar app.jar >"$work/run.log" 2>&1 &
  pid=$!
  until curl -fsS "http://localhost:$SERVER_PORT/actuator/health" 2>/dev/null | grep -q UP; do
    kill -0 "$pid" 2>/dev/null || { tail -20 "$work/run.log" >&2; exit 1; }
    sleep 0.1
  done
  echo "$(date +%s.%N) - $began" | bc
  kill "$pid"; wait "$pid" 2>/dev/null || true
}
start >/dev/null # the first start migrates the database: not counted
for i in $(seq "$runs"); do
  printf 'run %d: without %.1f s, with the AOT cache %.1f s\n' "$i" "$(start)" "$(start -XX:AOTCache=app.aot)"
done
