#!/bin/bash
# One short JMH fork of the SIMD kernel per activation and shape, with LogCompilation, then
# late_inlines.py over the logs. Usage (from the repository root, after ./mvnw package):
#   tools/jit-cutoff/survey.sh JAVA OUTDIR "JVM FLAGS" [activation...]
# e.g. tools/jit-cutoff/survey.sh java /tmp/cutoff17 "" relu gelu-tanh
#      tools/jit-cutoff/survey.sh /usr/lib/jvm/temurin-25-jdk-amd64/bin/java /tmp/cutoff25 "-XX:UseAVX=2"
set -eu
JAVA=$1; OUT=$2; FLAGS=$3; shift 3
ACTIVATIONS=${*:-relu leaky-relu squared-relu elu selu softplus exp sigmoid tanh gelu gelu-tanh silu mish}
JAR=bench/target/whyrelu.jar
mkdir -p "$OUT"
for a in $ACTIVATIONS; do
  for shape in 256x256x64 16x1024x1; do
    IFS=x read -r n k b <<< "$shape"
    echo "$a $shape" >&2
    # A failed fork must not leave an older build's log to be read as this one's.
    rm -f "$OUT/$a-$shape.log"
    "$JAVA" --add-modules jdk.incubator.vector -cp "$JAR" org.openjdk.jmh.Main KernelThroughput.kernel \
      -p activation="$a" -p impl=simd -p n="$n" -p k="$k" -p batch="$b" -f 1 -wi 4 -w 100ms -i 2 -r 100ms \
      -jvmArgs "--add-modules jdk.incubator.vector -XX:+UnlockDiagnosticVMOptions -XX:+LogCompilation -XX:LogFile=$OUT/$a-$shape.log $FLAGS" \
      > "$OUT/$a-$shape.jmh.txt" 2>&1 || echo "  JMH failed: see $OUT/$a-$shape.jmh.txt" >&2
  done
done
python3 "$(dirname "$0")/late_inlines.py" "$OUT"/*.log
