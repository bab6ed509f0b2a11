#!/usr/bin/env bash
# The published measurements of BENCHMARKS.md, in order, one JVM per measurement; raw results and the rendered
# tables go to the directory given (default benchmarks/results). Takes about an hour on 2 cores.
#
#   benchmarks/run.sh [results-dir]            everything
#   ONLY=jmh|json|scale|rate benchmarks/run.sh  one part
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-benchmarks/results}
mkdir -p "$out"
jar=benchmarks/target/benchmarks.jar
only=${ONLY:-all}

./mvnw -q -B package -pl benchmarks -am -DskipTests

machine() {
  echo "== $(date -u +%FT%TZ) $1; load average $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$out/log.txt"
}

if [[ $only == all || $only == jmh ]]; then
  machine "JMH per-call overhead"
  java -jar "$jar" CallOverheadBenchmark -prof gc -rf json -rff "$out/jmh-calls.json" | tee "$out/jmh-calls.txt"
  machine "JMH runtime layers"
  java -jar "$jar" RuntimeLayersBenchmark -prof gc -rf json -rff "$out/jmh-layers.json" | tee "$out/jmh-layers.txt"
fi
if [[ $only == all || $only == json ]]; then
  machine "JMH JSON binding"
  java -jar "$jar" JsonParseBenchmark -prof gc -rf json -rff "$out/jmh-json.json" | tee "$out/jmh-json.txt"
fi
if [[ $only == all || $only == scale ]]; then
  rm -f "$out/scale.jsonl"
  for n in 1000 10000 100000; do
    for mode in sdk coalescing baseline; do
      machine "WaitScale $mode N=$n"
      java -Xmx4g -cp "$jar" dev.mediagen.benchmarks.scale.WaitScale --modes "$mode" --n "$n" --runs 3 \
        --poll 10s --min-delay 2s --max-delay 30s --max-in-flight 64 --out "$out/scale.jsonl" | tee -a "$out/scale.txt"
    done
  done
fi
if [[ $only == all || $only == rate ]]; then
  rm -f "$out/rate.jsonl"
  machine "RatePacing"
  java -cp "$jar" dev.mediagen.benchmarks.rate.RatePacing --modes virtual,virtual-unpaced,real --n 200 --runs 3 \
    --window 10s --real-window 1s --out "$out/rate.jsonl" | tee "$out/rate.txt"
fi

{
  [[ -f $out/jmh-calls.json ]] && java -cp "$jar" dev.mediagen.benchmarks.report.JmhReport "$out/jmh-calls.json"
  [[ -f $out/jmh-layers.json ]] && java -cp "$jar" dev.mediagen.benchmarks.report.JmhReport "$out/jmh-layers.json"
  [[ -f $out/jmh-json.json ]] && java -cp "$jar" dev.mediagen.benchmarks.report.JmhReport "$out/jmh-json.json"
  [[ -f $out/scale.jsonl ]] && java -cp "$jar" dev.mediagen.benchmarks.scale.ScaleReport "$out/scale.jsonl"
  [[ -f $out/rate.jsonl ]] && java -cp "$jar" dev.mediagen.benchmarks.rate.RateReport "$out/rate.jsonl"
} > "$out/tables.md" 2>/dev/null || true
machine "done: tables in $out/tables.md"
