#!/usr/bin/env bash
# make-bundle.sh OUT_DIR CLASSPATH [MAIN_CLASS]
#
# Builds a self-contained Java bundle for a machine without a JVM (the GPU
# device machine): a jlinked JDK 17 runtime, the application's jars, and the
# JCuda native libraries unpacked so that only those the GPU machine can load
# are kept. Writes OUT_DIR/run.sh, which starts MAIN_CLASS (or, without one,
# whatever java arguments follow run.sh).
#
#   CLASSPATH  colon-separated jars and class folders, e.g.
#              "target/app.jar:$(cat target/cp.txt)" after
#              mvn -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt
#              (class folders such as target/test-classes are copied as folders,
#              so that JUnit's --select-package can scan them)
#
# Environment (all optional):
#   JDK             JDK to take jlink and jmods from (default: $JAVA_HOME if it
#                   is a JDK 17, else the JDK 17 whose javac is on PATH)
#   EXTRA_MODULES   more JDK modules, comma-separated (jdeps finds the rest)
#   DROP_MODULES    JDK modules to leave out although jdeps finds them, comma-separated
#                   (for classes the check never loads, such as a library's viewer)
#   KEEP_NATIVES    space-separated globs of native libraries to keep from
#                   *-natives-*.jar (default: "libJCudaDriver-* libJCudaRuntime-*";
#                   libJNvrtc/libJCublas need CUDA libraries the GPU machine lacks,
#                   libJNvPTXCompiler is a 24 MB offline compiler for CPU-side checks)
#   STRIP_NATIVE=1  also strip the symbol tables of libjvm.so and the other
#                   libraries (saves about 4 MiB; JVM crash logs lose names)
set -euo pipefail

die() { echo "make-bundle: $*" >&2; exit 1; }
[ $# -ge 2 ] || die "usage: make-bundle.sh OUT_DIR CLASSPATH [MAIN_CLASS]"
OUT=$1
CLASSPATH_IN=$2
MAIN=${3:-}
KEEP_NATIVES=${KEEP_NATIVES:-"libJCudaDriver-* libJCudaRuntime-*"}

# --- find a JDK 17 with jmods
jdk_major() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'; }
if [ -z "${JDK:-}" ]; then
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/jlink" ] && [ "$(jdk_major "$JAVA_HOME")" = 17 ]; then
    JDK=$JAVA_HOME
  else
    javac_path=$(command -v javac) || die "no javac on PATH; set JDK=/path/to/jdk-17"
    JDK=$(dirname "$(dirname "$(readlink -f "$javac_path")")")
  fi
fi
[ -x "$JDK/bin/jlink" ] || die "no jlink in $JDK"
[ -d "$JDK/jmods" ] || die "no jmods in $JDK (Debian/Ubuntu: install openjdk-17-jmods)"
MAJOR=$(jdk_major "$JDK")
[ "$MAJOR" = 17 ] || echo "make-bundle: warning: JDK $JDK is Java $MAJOR, not 17" >&2

# --- prepare OUT_DIR (only ever delete a folder this script made)
if [ -e "$OUT" ]; then
  if [ -f "$OUT/.jcuda-bundle" ] || [ -z "$(ls -A "$OUT")" ]; then
    rm -rf "$OUT"
  else
    die "$OUT exists and is not a bundle made by this script; remove it first"
  fi
fi
mkdir -p "$OUT/lib" "$OUT/native" "$OUT/classes"
touch "$OUT/.jcuda-bundle"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

# --- application jars to lib/, class folders to classes/, natives unpacked to native/
jars=()      # everything jdeps should look at
dirs_cp=""   # class folders, in order, relative to the bundle
n=0
IFS=: read -r -a entries <<< "$CLASSPATH_IN"
for e in "${entries[@]}"; do
  [ -n "$e" ] || continue
  [ -e "$e" ] || die "classpath entry not found: $e"
  n=$((n + 1))
  if [ -d "$e" ]; then
    name="$(printf '%02d' $n)-$(basename "$e")"
    cp -r "$e" "$OUT/classes/$name"
    jars+=("$OUT/classes/$name")
    dirs_cp="${dirs_cp}\$D/classes/$name:"
  elif [[ "$(basename "$e")" == *-natives-*.jar ]]; then
    mkdir -p "$TMP/nat$n"
    (cd "$TMP/nat$n" && "$JDK/bin/jar" xf "$(readlink -f "$e")")
    for so in "$TMP/nat$n"/lib/*.so; do
      [ -e "$so" ] || continue
      b=$(basename "$so")
      keep=0
      for g in $KEEP_NATIVES; do
        # shellcheck disable=SC2053
        [[ "$b" == $g ]] && keep=1
      done
      if [ $keep = 1 ]; then cp "$so" "$OUT/native/"; else echo "make-bundle: leaving out $b"; fi
    done
  else
    dest="$OUT/lib/$(printf '%02d' $n)-$(basename "$e")"
    cp "$e" "$dest"
    jars+=("$dest")
  fi
done
[ ${#jars[@]} -gt 0 ] || die "no jars or class folders in CLASSPATH"

# --- JDK modules: what jdeps finds (its last line; warnings such as split packages come before), plus java.logging (JCuda's LibUtils logs),
#     jdk.zipfs (the "jar" file system JUnit uses to scan jars; jdeps cannot see
#     service providers) and jdk.unsupported (sun.misc.Unsafe, used reflectively)
cp_jars=$(IFS=:; echo "${jars[*]}")
mods=$("$JDK/bin/jdeps" --print-module-deps --ignore-missing-deps --multi-release "$MAJOR" \
        --class-path "$cp_jars" "${jars[@]}" 2>/dev/null | grep -E '^[A-Za-z0-9.,]+$' | tail -1 || true)
mods=$(echo "java.base,java.logging,jdk.zipfs,jdk.unsupported,${mods},${EXTRA_MODULES:-}" | tr ',' '\n' | sed '/^$/d' \
        | grep -vxF -f <(echo "${DROP_MODULES:-}" | tr ',' '\n' | sed '/^$/d'; echo '') | sort -u | paste -sd, -)
echo "make-bundle: modules $mods"

# --- the runtime image; --compress=2 is ZIP, the smallest on JDK 17 (JDK 21+ spells it zip-9)
if [ "$MAJOR" -ge 21 ] 2>/dev/null; then compress=zip-9; else compress=2; fi
"$JDK/bin/jlink" --add-modules "$mods" --output "$OUT/jre" \
  --strip-debug --no-man-pages --no-header-files --compress="$compress"
if [ "${STRIP_NATIVE:-0}" = 1 ]; then
  find "$OUT/jre" -name '*.so' -type f -exec strip --strip-unneeded {} \;
fi
# links would travel as links (and may point outside the bundle): replace them by copies
find "$OUT" -type l | while read -r l; do t=$(readlink -f "$l"); rm "$l"; [ -e "$t" ] && cp -r "$t" "$l" || true; done

# --- launcher
cat > "$OUT/run.sh" <<EOF
#!/bin/sh
# Runs ${MAIN:-the given java arguments} on the bundled Java runtime.
# JVM options go in JAVA_OPTS, e.g. JAVA_OPTS="-Xmx8g -Djcuda.LibUtils.level=INFO".
D=\$(CDPATH= cd -- "\$(dirname -- "\$0")" && pwd)
chmod +x "\$D/jre/bin/java" "\$D/jre/lib/jspawnhelper" 2>/dev/null || true
# shellcheck disable=SC2086
exec "\$D/jre/bin/java" \${JAVA_OPTS:-} -Djava.library.path="\$D/native" -cp "${dirs_cp}\$D/lib/*" ${MAIN} "\$@"
EOF
chmod +x "$OUT/run.sh"

# --- report: size, and what must come from the target machine (needs binutils; skipped without)
"$OUT/jre/bin/java" -version 2>&1 | head -1 | sed 's/^/make-bundle: runtime /'
if command -v readelf >/dev/null && command -v objdump >/dev/null; then
  glibc=$(find "$OUT" -name '*.so*' -type f -exec objdump -T {} \; 2>/dev/null \
          | grep -o 'GLIBC_[0-9.]*' | sort -Vu | tail -1 || true)
  needed=$(find "$OUT" -name '*.so*' -type f -exec readelf -d {} \; 2>/dev/null \
          | sed -n 's/.*Shared library: \[\(.*\)\]/\1/p' | sort -u \
          | while read -r lib; do [ -n "$(find "$OUT" -name "$lib" -print -quit)" ] || echo "$lib"; done \
          | paste -sd' ' - || true)
  echo "make-bundle: needs from the target system: $needed (newest symbol version $glibc)"
fi
mib() { du -scb "$@" | tail -1 | awk '{printf "%.1f", $1 / 1048576}'; }
echo "make-bundle: $OUT is $(mib "$OUT") MiB (jre $(mib "$OUT/jre"), lib+classes $(mib "$OUT/lib" "$OUT/classes"), native $(mib "$OUT/native"))"
if [ "$(du -sb "$OUT" | cut -f1)" -gt $((48 * 1048576)) ]; then
  echo "make-bundle: warning: over 48 MiB; a device run carries at most 64 MiB with your tracked files" >&2
fi
