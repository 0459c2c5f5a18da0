#!/usr/bin/env bash
# runtime-cuda/gpu/check.sh: builds the GPU check, a bundle that runs runtime-cuda's tests and
# GpuBenchmark on a machine with an NVIDIA GPU and no JVM, in .gpu-bundle/ at the repository root
# (git ignores it). Then runs it here, where it must report the absent device and pass.
#
# On the GPU machine, from the repository root (the bundle travels with the working tree):
#   sh .gpu-bundle/gpu-check.sh --require-gpu
# exit 0: every test passed and every benchmark workload that runs agrees with the interpreter;
# 1: a test or workload failed; 2: no CUDA device (only with --require-gpu).
#
# Needs a JDK 17 with jmods/ (jlink links the bundle's runtime from them; Debian/Ubuntu:
# apt-get install openjdk-17-jmods) and Maven; the JUnit console launcher (version junit-platform.version
# of the root pom) comes from Maven Central the first time.
set -euo pipefail

ROOT=$(CDPATH= cd -- "$(dirname -- "$0")/../.." && pwd)
OUT="$ROOT/.gpu-bundle"
MODULE="$ROOT/runtime-cuda"
say() { echo "gpu-check: $*"; }

javac_path=$(command -v javac) || { say "no javac on PATH: install a JDK 17"; exit 1; }
JDK=${JDK:-$(dirname "$(dirname "$(readlink -f "$javac_path")")")}
if [ ! -d "$JDK/jmods" ]; then
  say "the JDK at $JDK has no jmods/, from which jlink links the bundle's Java runtime."
  say "Install them (Debian/Ubuntu: apt-get install openjdk-17-jmods) or point JDK= at a JDK 17 that has them."
  exit 1
fi
export JDK

VERSION=$(sed -n 's:.*<junit-platform.version>\(.*\)</junit-platform.version>.*:\1:p' "$ROOT/pom.xml")
[ -n "$VERSION" ] || { say "no junit-platform.version in $ROOT/pom.xml"; exit 1; }

say "compiling runtime-cuda and its tests"
mvn -B -q -ntp -f "$ROOT/pom.xml" -pl runtime-cuda -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/gpu-classpath.txt -Dmdep.includeScope=test
CONSOLE="$MODULE/target/junit/junit-platform-console-standalone-$VERSION.jar"
if [ ! -f "$CONSOLE" ]; then
  say "fetching the JUnit console launcher $VERSION"
  mvn -B -q -ntp -f "$ROOT/pom.xml" -N dependency:copy \
    -Dartifact="org.junit.platform:junit-platform-console-standalone:$VERSION" \
    -DoutputDirectory="$MODULE/target/junit"
fi

# the console launcher carries JUnit itself: a second copy would register the engine twice
CLASSPATH_OUT="$MODULE/target/test-classes:$MODULE/target/classes"
IFS=: read -r -a entries < "$MODULE/target/gpu-classpath.txt" || true  # no newline at its end
for e in "${entries[@]}"; do
  case "$e" in
    */org/junit/*|*/org/opentest4j/*|*/org/apiguardian/*) ;;
    *) CLASSPATH_OUT="$CLASSPATH_OUT:$e" ;;
  esac
done
CLASSPATH_OUT="$CLASSPATH_OUT:$CONSOLE"

# ejml's matrix viewer is all that needs java.desktop, 12 MiB of the runtime; nothing here opens it
DROP_MODULES=java.desktop "$MODULE/gpu/make-bundle.sh" "$OUT" "$CLASSPATH_OUT"

cat > "$OUT/gpu-check.sh" <<'CHECK'
#!/bin/sh
# Runs runtime-cuda's tests (the GPU ones skip, saying why, without a device) and GpuBenchmark.
# sh .gpu-bundle/gpu-check.sh [--require-gpu] [--steps S]
D=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd)
require=0
if [ "${1:-}" = --require-gpu ]; then require=1; shift; fi
JAVA_OPTS="${JAVA_OPTS:-} -Djava.io.tmpdir=${TMPDIR:-/tmp}"
export JAVA_OPTS
sh "$D/run.sh" org.junit.platform.console.ConsoleLauncher execute --disable-banner --disable-ansi-colors \
  --details=tree --fail-if-no-tests --select-package dev.symbolon.internal.cuda
tests=$?
sh "$D/run.sh" dev.symbolon.internal.cuda.GpuBenchmark --require-gpu "$@"
bench=$?
if [ $tests != 0 ] || [ $bench = 1 ]; then
  echo "gpu-check: FAIL (tests exit $tests, benchmark exit $bench)"
  exit 1
elif [ $bench = 2 ]; then
  echo "gpu-check: no CUDA device: the tests passed, the GPU ones skipped; nothing ran on a GPU"
  [ $require = 1 ] && exit 2
  exit 0
fi
echo "gpu-check: OK: the tests passed on the GPU, and every workload that runs there agrees with the interpreter"
CHECK
chmod +x "$OUT/gpu-check.sh"

say "running the bundle here, where it must pass and report the absent device"
sh "$OUT/gpu-check.sh"
say "bundle ready: on the GPU machine run, from the repository root: sh .gpu-bundle/gpu-check.sh --require-gpu"
