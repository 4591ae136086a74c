#!/usr/bin/env bash
# Builds the benchmarks with the Maven wrapper and runs all of them: the JMH suites (decoding, XML-RPC versus
# JSON-RPC, annotation processing), then the round-trip scenarios. About 6 minutes on 2 quiet cores.
#
#   benchmarks/run.sh                  everything
#   benchmarks/run.sh DecodeBenchmark  only the JMH benchmarks matching a regular expression (round trips too)
#
# Results: benchmarks/target/results/ (machine.txt, jmh.txt, jmh.json, jmh.md, round-trips.md).
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -B -q -pl benchmarks -am package -DskipTests

jar=benchmarks/target/benchmarks.jar
out=benchmarks/target/results
mkdir -p "$out"

{
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "cores: $(nproc)"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
  echo "java: $(java -version 2>&1 | head -1)"
  echo "load before: $(uptime)"
} | tee "$out/machine.txt"

# Settings per benchmark class are in its annotations (modest: one fork, a few seconds per iteration).
java -jar "$jar" \
  -prof io.typedoo.benchmarks.support.ClientCpuProfiler \
  -prof gc \
  -rf json -rff "$out/jmh.json" \
  "$@" | tee "$out/jmh.txt"

java -cp "$jar" io.typedoo.benchmarks.report.JmhReport "$out/jmh.json" | tee "$out/jmh.md"

java -cp "$jar" io.typedoo.benchmarks.roundtrip.RoundTrips | tee "$out/round-trips.md"

echo "load after: $(uptime)" | tee -a "$out/machine.txt"
echo "took: $((SECONDS / 60)) min $((SECONDS % 60)) s, build included" | tee -a "$out/machine.txt"
