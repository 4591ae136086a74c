#!/usr/bin/env bash
# What kapt adds to a Kotlin build: a project of N generated @OdooModel interfaces, compiled by Maven with the
# set-up of docs/readme/kotlin.md (kapt runs typedoo's processor, javac compiles the generated Java) and without
# kapt (kotlinc alone on the same interfaces). Both run RUNS times, alternating, after one warm-up each, with the
# Kotlin daemon off (each compile starts cold, as the guide recommends); the difference of the medians is kapt's
# share.
#
#   benchmarks/kapt-time.sh                    3 and 50 models, 5 runs each, the processor of this checkout
#   RUNS=9 benchmarks/kapt-time.sh 3 50 200    other model counts and repetitions
#   TREE=/path/to/other/checkout LABEL=before benchmarks/kapt-time.sh
#                                              the processor built in another checkout (say, an older commit),
#                                              to compare before and after a change the same way
#
# Build the processor first (./mvnw -pl processor -am package -DskipTests, in TREE). Maven reads third-party
# artifacts from ~/.m2 through a file:// repository, so no network is needed once the build has run.
# Results: benchmarks/target/kapt-time/LABEL/results.md (LABEL defaults to "current").
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
tree="$(cd "${TREE:-$here}" && pwd)"
runs="${RUNS:-5}"
counts=("$@")
[ ${#counts[@]} -gt 0 ] || counts=(3 50)
version=0.1.0-SNAPSHOT
kotlin_version="$(sed -n 's:.*<kotlin.version>\(.*\)</kotlin.version>.*:\1:p' "$here/pom.xml" | head -1)"
work="$here/benchmarks/target/kapt-time/${LABEL:-current}"
repo="$work/repository"
rm -rf "$repo"
mkdir -p "$repo" "$work"

# A private local repository holding TREE's typedoo artifacts, laid out as mvn install would.
install() { # artifact pom [jar]
  local dir="$repo/io/typedoo/$1/$version"
  mkdir -p "$dir"
  cp "$2" "$dir/$1-$version.pom"
  [ -z "${3:-}" ] || cp "$3" "$dir/$1-$version.jar"
}
install typedoo-parent "$tree/pom.xml"
for module in annotations runtime processor; do
  jar="$tree/$module/target/typedoo-$module-$version.jar"
  [ -f "$jar" ] || { echo "$jar is missing: build it first" >&2; exit 1; }
  install "typedoo-$module" "$tree/$module/pom.xml" "$jar"
done
cat > "$work/settings.xml" <<XML
<settings>
  <profiles><profile><id>m2</id>
    <repositories><repository><id>m2</id><url>file://$HOME/.m2/repository</url>
      <releases><checksumPolicy>ignore</checksumPolicy></releases><snapshots><enabled>false</enabled></snapshots></repository></repositories>
    <pluginRepositories><pluginRepository><id>m2</id><url>file://$HOME/.m2/repository</url>
      <releases><checksumPolicy>ignore</checksumPolicy></releases><snapshots><enabled>false</enabled></snapshots></pluginRepository></pluginRepositories>
  </profile></profiles>
  <activeProfiles><activeProfile>m2</activeProfile></activeProfiles>
</settings>
XML

pom() { # with-kapt?
  local kapt=""
  if [ "$1" = yes ]; then
    kapt="<execution><id>kapt</id><goals><goal>kapt</goal></goals><configuration>
            <annotationProcessorPaths><annotationProcessorPath><groupId>io.typedoo</groupId>
              <artifactId>typedoo-processor</artifactId><version>$version</version></annotationProcessorPath>
            </annotationProcessorPaths><mapDiagnosticLocations>true</mapDiagnosticLocations></configuration></execution>"
  fi
  cat <<XML
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId><artifactId>kapt-time</artifactId><version>1</version>
  <properties>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
    <kotlin.compiler.daemon>false</kotlin.compiler.daemon>
  </properties>
  <dependencies>
    <dependency><groupId>io.typedoo</groupId><artifactId>typedoo-runtime</artifactId><version>$version</version></dependency>
    <dependency><groupId>org.jetbrains.kotlin</groupId><artifactId>kotlin-stdlib</artifactId><version>$kotlin_version</version></dependency>
  </dependencies>
  <build>
    <sourceDirectory>src/main/kotlin</sourceDirectory>
    <plugins>
      <plugin><groupId>org.jetbrains.kotlin</groupId><artifactId>kotlin-maven-plugin</artifactId><version>$kotlin_version</version>
        <configuration><jvmTarget>17</jvmTarget></configuration>
        <executions>$kapt<execution><id>compile</id><goals><goal>compile</goal></goals></execution></executions>
      </plugin>
      <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-compiler-plugin</artifactId><version>3.14.1</version>
        <configuration><release>17</release><proc>none</proc></configuration>
        <executions>
          <execution><id>default-compile</id><phase>none</phase></execution>
          <execution><id>java-compile</id><phase>compile</phase><goals><goal>compile</goal></goals></execution>
        </executions>
      </plugin>
      <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-resources-plugin</artifactId><version>3.3.1</version></plugin>
      <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-clean-plugin</artifactId><version>3.4.0</version></plugin>
    </plugins>
  </build>
</project>
XML
}

models() { # count dir
  local n="$1" src="$2/src/main/kotlin/bench"
  mkdir -p "$src"
  for ((i = 0; i < n; i++)); do
    cat > "$src/Model$i.kt" <<KT
package bench

import io.typedoo.annotations.OdooField
import io.typedoo.annotations.OdooMethod
import io.typedoo.annotations.OdooModel
import java.time.LocalDate

@OdooModel("bench.model$i")
interface Model$i {
    val id: Long
    val name: String
    val active: Boolean
    val amount: Double
    val dateDone: LocalDate?
    val note: String?
    @get:OdooField("partner_id")
    val partner: Model$(((i + 1) % n))?
    @get:OdooField("tag_ids")
    val tags: List<Model$(((i + 2) % n))>
    @OdooMethod("action_done")
    fun actionDone(): Boolean
}
KT
  done
}

# One build's wall time in seconds; offline (-o) once the warm-up has filled the private repository.
timed() { # dir [-o]
  local start end
  start=$(date +%s.%N)
  (cd "$1" && "$here/mvnw" -B -q ${2:-} -s "$work/settings.xml" -Dmaven.repo.local="$repo" clean compile >"$1/build.log" 2>&1) \
    || { echo "build failed in $1 (see $1/build.log)" >&2; exit 1; }
  end=$(date +%s.%N)
  awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f\n", b - a }'
}

stats() { # numbers... -> "median min max"
  printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {m = (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2; printf "%.1f %.1f %.1f", m, a[1], a[NR]}'
}

results="$work/results.md"
{
  rev="not a git checkout"
  [ ! -e "$tree/.git" ] || rev="$(git -C "$tree" rev-parse --short HEAD)"
  echo "processor: ${LABEL:-current} ($rev)"
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'), cores: $(nproc), runs: $runs each, load before: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo
  echo "| models | without kapt: median (min-max) | with kapt: median (min-max) | kapt adds (medians) |"
  echo "| ---: | ---: | ---: | ---: |"
} | tee "$results"
for n in "${counts[@]}"; do
  for variant in plain kapt; do
    dir="$work/$n-$variant"
    rm -rf "$dir" && mkdir -p "$dir"
    if [ "$variant" = kapt ]; then pom yes > "$dir/pom.xml"; else pom no > "$dir/pom.xml"; fi
    models "$n" "$dir"
    timed "$dir" >/dev/null   # warm-up: fills the private repository
  done
  [ -f "$work/$n-kapt/target/classes/bench/Model0Model.class" ] || { echo "kapt generated nothing" >&2; exit 1; }
  plain=() kapt=()
  for ((r = 0; r < runs; r++)); do
    plain+=("$(timed "$work/$n-plain" -o)")
    kapt+=("$(timed "$work/$n-kapt" -o)")
  done
  read -r pm pmin pmax <<<"$(stats "${plain[@]}")"
  read -r km kmin kmax <<<"$(stats "${kapt[@]}")"
  added=$(awk -v k="$km" -v p="$pm" 'BEGIN { printf "%.1f", k - p }')
  percent=$(awk -v k="$km" -v p="$pm" 'BEGIN { printf "%.0f", 100 * (k - p) / p }')
  echo "| $n | $pm s ($pmin-$pmax) | $km s ($kmin-$kmax) | $added s ($percent %) |" | tee -a "$results"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$results"
