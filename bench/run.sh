#!/usr/bin/env bash
# Build benchmark ("a ten-year archive in seconds"): for each size, a deterministic synthetic archive of raw
# bulletins (sentences of raw/2023-17.txt, Hunan's prefectures and counties, ~12 entries an issue, 20–50 issues a
# year) is imported in one run into a fresh project under target/bench/<size>/ and built in full, then the second
# newest bulletin, held back, is imported and the site rebuilt (incrementally), each step timed by /usr/bin/time; then
# `serve` is started on the project and the newest bulletin imported while it runs (its "rebuilt in N ms" line is the
# rebuild in a warm process); the same archive as a theme-less Hugo site is built by hugo for comparison.
#   mvn package            # once: makes target/bulletin-archive.jar and target/lib/
#   bench/run.sh           # 1,000 and 10,000 entries
#   bench/run.sh 2000      # other sizes; the closing ratio is last size / first size
# Needs no network. Logs of every step are kept in target/bench/<size>/*.log.
set -euo pipefail
cd "$(dirname "$0")/.."

sizes=("$@")
if [ ${#sizes[@]} -eq 0 ]; then
  sizes=(1000 10000)
fi
for n in "${sizes[@]}"; do
  [[ "$n" =~ ^[1-9][0-9]*$ ]] || { echo "error: '$n' is not a number of entries; e.g. bench/run.sh 1000 10000" >&2; exit 2; }
done
jar=target/bulletin-archive.jar
if [ ! -f "$jar" ] || [ ! -d target/lib ]; then
  echo "error: $jar or target/lib/ is missing; run mvn package first." >&2
  exit 1
fi
if [ -x /usr/bin/time ]; then
  gnu_time=yes
else
  gnu_time=no
  echo "note: /usr/bin/time is missing (Debian package 'time'); timing with bash's time instead, without peak RSS." >&2
fi
if command -v hugo >/dev/null; then
  hugo_version=$(hugo version | awk '{print $2}')
else
  hugo_version=
  echo "note: hugo is not installed; the Hugo comparison is skipped (Debian: apt-get install hugo)." >&2
fi

load_start=$(cut -d ' ' -f 1-3 /proc/loadavg)

# The generator needs only the JDK: compiled here, so that a stale or missing target/test-classes does not matter.
classes=target/bench/classes
mkdir -p "$classes"
javac -encoding UTF-8 -d "$classes" src/test/java/org/bulletinarchive/bench/SyntheticArchive.java

# measure LOG COMMAND…: runs COMMAND with its output in LOG; sets status, wall, cpu (user+sys, s) and rss (MB, or n/a)
measure() {
  local log=$1
  shift
  set +e
  if [ "$gnu_time" = yes ]; then
    /usr/bin/time -f '%e %U %S %M' -o "$log.time" "$@" >"$log" 2>&1
    status=$?
  else
    local TIMEFORMAT='%R %U %S'
    { time "$@" >"$log" 2>&1; } 2>"$log.time"
    status=$?
  fi
  set -e
  # GNU time puts "Command exited with non-zero status N" first when the command fails
  read -r wall user sys rss_kb < <(tail -n 1 "$log.time")
  cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
  rss=$( [ -n "${rss_kb:-}" ] && awk -v k="$rss_kb" 'BEGIN { printf "%.0f", k / 1024 }' || echo n/a)
}

# site_stats DIR: sets pages (count of .html) and largest ("BYTES PATH") for a built site
site_stats() {
  pages=$(find "$1" -name '*.html' | wc -l)
  largest=$(find "$1" -name '*.html' -printf '%s %P\n' | sort -n | tail -n 1)
}

# per size: the lines printed together at the end, and the figures the closing block needs
declare -A our_line hugo_line ratio_line build_wall import_wall issue_count build_rss largest_bytes hugo_wall rebuild_wall rebuild_line \
  site_files serve_ms serve_line

for n in "${sizes[@]}"; do
  dir=target/bench/$n
  echo "== $n entries ($dir)"
  # a fresh project; the delete is flushed first so that it does not slow this run's writes
  rm -rf "$dir"
  sync
  mkdir -p "$dir/project/content"
  cp -r jbake.properties templates assets "$dir/project/"
  # measured as the tool builds by default: without the .gz files this project's own site turns on
  sed -i 's/^site\.gzip=.*/site.gzip=false/' "$dir/project/jbake.properties"
  java -cp "$classes" org.bulletinarchive.bench.SyntheticArchive raw "$n" "$dir/bulletins" | sed 's/^/   raw bulletins: /'
  issues=$(find "$dir/bulletins" -name '*.txt' | wc -l)
  issue_count[$n]=$issues
  # the two newest bulletins (files are named <year>-<number>.txt) are held back: the rebuilds after them are measured,
  # from the command line (the second newest) and in a running serve (the newest)
  mkdir -p "$dir/newest" "$dir/served"
  read -r newest served < <(find "$dir/bulletins" -name '*.txt' -printf '%f\n' | sort -t- -k1,1n -k2,2n | tail -n 2 | paste -sd ' ' -)
  mv "$dir/bulletins/$newest" "$dir/newest/"
  mv "$dir/bulletins/$served" "$dir/served/"
  sync

  measure "$dir/import.log" bin/bulletin-archive import "$dir/bulletins" --content "$dir/project/content" --quiet
  if [ "$status" -ne 0 ]; then
    echo "   import FAILED (exit $status): $(grep -m 1 '^error:' "$dir/import.log" || tail -n 1 "$dir/import.log")"
    our_line[$n]="ours   $n entries, $issues issues: import FAILED (exit $status), see $dir/import.log"
    continue
  fi
  import_wall[$n]=$wall
  echo "   import: $(tail -n 1 "$dir/import.log")"
  sync
  # an archive's content files are not seconds old when it is built: a build reads again any file modified within 3 s of
  # the last build (file times are coarse), which would make the rebuild below read every file just imported
  sleep 3

  measure "$dir/build.log" bin/bulletin-archive build --source "$dir/project" --out "$dir/project/out/site"
  if [ "$status" -ne 0 ]; then
    echo "   build FAILED (exit $status): $(grep -m 1 -E '^(error|Exception|java\.)' "$dir/build.log" || tail -n 1 "$dir/build.log")"
    our_line[$n]="ours   $n entries, $issues issues, import ${import_wall[$n]} s: build FAILED (exit $status) after $wall s, peak RSS $rss MB; see $dir/build.log"
    continue
  fi
  build_wall[$n]=$wall
  build_rss[$n]=$rss
  cpu_ours=$cpu
  # the stages Hugo has no counterpart for here: search index, link check, zip
  extra_ms=$(sed -nE 's/^(search|links|zip): +.* in ([0-9]+) ms$/\2/p' "$dir/build.log" | awk '{ s += $1 } END { print s + 0 }')
  stages=$(sed -nE 's/^([a-z]+): +.* in ([0-9]+) ms$/\1 \2/p' "$dir/build.log" | paste -sd, - | sed 's/,/, /g')
  site_stats "$dir/project/out/site"
  largest_bytes[$n]=${largest%% *}
  site_files[$n]=$(find "$dir/project/out/site" -type f | wc -l)
  echo "   build: $(tail -n 1 "$dir/build.log")"
  our_line[$n]=$(printf '%-6s %7d %6d %8.1f %7.1f %7.1f %7s %7d %9d  %-28s %s' ours "$n" "$issues" "${import_wall[$n]}" "$wall" "$cpu" "$rss" \
    "$pages" "${largest%% *}" "${largest#* }" "$stages")

  # one more issue, as an editor adds it: import it, then build again (incrementally)
  bin/bulletin-archive import "$dir/newest/$newest" --content "$dir/project/content" --quiet >"$dir/import-newest.log" 2>&1
  sync
  measure "$dir/rebuild.log" bin/bulletin-archive build --source "$dir/project" --out "$dir/project/out/site"
  if [ "$status" -ne 0 ]; then
    rebuild_line[$n]="       rebuild after one new issue FAILED (exit $status), see $dir/rebuild.log"
  else
    rebuild_wall[$n]=$wall
    rstages=$(sed -nE 's/^([a-z]+): +.* in ([0-9]+) ms$/\1 \2/p' "$dir/rebuild.log" | paste -sd, - | sed 's/,/, /g')
    rendered=$(sed -nE 's/^pages: +([0-9]+) pages, ([0-9]+) rendered.*/\2 of \1 pages rendered/p' "$dir/rebuild.log")
    rebuild_line[$n]=$(printf '       rebuild after one new issue (%s): %.2f s wall, %.1f s CPU, %s MB; %s; stages (ms): %s' "$newest" "$wall" "$cpu" "$rss" \
      "${rendered:-full build}" "$rstages")
  fi
  echo "   rebuild: $(tail -n 1 "$dir/rebuild.log")"

  # the rebuild in a warm process: serve the project, and import the newest bulletin while it runs
  port=$(( 20000 + RANDOM % 20000 ))
  bin/bulletin-archive serve --source "$dir/project" --out "$dir/project/out/site" --port "$port" >"$dir/serve.log" 2>&1 &
  serve_pid=$!
  for _ in $(seq 1 600); do
    grep -q '^Open http' "$dir/serve.log" && break
    kill -0 "$serve_pid" 2>/dev/null || break
    sleep 0.5
  done
  if grep -q '^Open http' "$dir/serve.log"; then
    bin/bulletin-archive import "$dir/served/$served" --content "$dir/project/content" --quiet >"$dir/import-served.log" 2>&1
    for _ in $(seq 1 600); do
      grep -q '^rebuilt in ' "$dir/serve.log" && break
      sleep 0.5
    done
  fi
  kill "$serve_pid" 2>/dev/null || true
  wait "$serve_pid" 2>/dev/null || true
  serve_ms[$n]=$(sed -nE 's/^rebuilt in ([0-9]+) ms.*/\1/p' "$dir/serve.log" | head -n 1)
  if [ -n "${serve_ms[$n]}" ]; then
    serve_line[$n]="       rebuild in a running serve after one more issue ($served): $(grep -m 1 '^rebuilt in ' "$dir/serve.log")"
  else
    serve_line[$n]="       rebuild in a running serve: not measured, see $dir/serve.log"
  fi
  echo "   serve: ${serve_line[$n]#       }"

  if [ -n "$hugo_version" ]; then
    java -cp "$classes" org.bulletinarchive.bench.SyntheticArchive hugo "$n" "$dir/hugo" | sed 's/^/   hugo site: /'
    sync
    measure "$dir/hugo.log" hugo --quiet --source "$dir/hugo" --destination public
    if [ "$status" -ne 0 ]; then
      echo "   hugo FAILED (exit $status): $(head -n 1 "$dir/hugo.log")"
      hugo_line[$n]="hugo   $n entries: FAILED (exit $status), see $dir/hugo.log"
      continue
    fi
    hugo_wall[$n]=$wall
    site_stats "$dir/hugo/public"
    hugo_line[$n]=$(printf '%-6s %7d %6d %8s %7.1f %7.1f %7s %7d %9d  %-28s' hugo "$n" "$issues" - "$wall" "$cpu" "$rss" "$pages" \
      "${largest%% *}" "${largest#* }")
    ratio_line[$n]=$(awk -v o="${build_wall[$n]}" -v h="$wall" -v oc="$cpu_ours" -v hc="$cpu" -v x="$extra_ms" \
      'BEGIN { printf "ours/hugo %.1fx wall, %.1fx CPU; without our search, links and zip stages (%.1f s): %.1fx wall", o / h, oc / hc, x / 1000, (o - x / 1000) / h }')
  fi
done

echo
echo "Build benchmark, $(date +%F) — one run each; seconds are wall time, CPU = user + sys, RSS = peak resident set"
printf '%-6s %7s %6s %8s %7s %7s %7s %7s %9s  %-28s %s\n' tool entries issues import_s build_s cpu_s rss_MB pages largest_B \
  "largest page" "build stages (ms)"
for n in "${sizes[@]}"; do
  echo "${our_line[$n]:-}"
  [ -z "${rebuild_line[$n]:-}" ] || echo "${rebuild_line[$n]}"
  [ -z "${serve_line[$n]:-}" ] || echo "${serve_line[$n]}"
  [ -z "${hugo_line[$n]:-}" ] || echo "${hugo_line[$n]}"
  [ -z "${ratio_line[$n]:-}" ] || echo "       ${ratio_line[$n]}"
done

first=${sizes[0]}
last=${sizes[-1]}
echo
if [ "$first" != "$last" ] && [ -n "${build_wall[$first]:-}" ] && [ -n "${build_wall[$last]:-}" ]; then
  awk -v a="$first" -v b="$last" -v ta="${build_wall[$first]}" -v tb="${build_wall[$last]}" \
    'BEGIN { printf "build time(%d)/time(%d) = %.1f / %.1f s = %.1fx for %.0fx the entries\n", b, a, tb, ta, tb / ta, b / a }'
  if [ -n "${hugo_wall[$first]:-}" ] && [ -n "${hugo_wall[$last]:-}" ]; then
    awk -v a="$first" -v b="$last" -v ta="${hugo_wall[$first]}" -v tb="${hugo_wall[$last]}" \
      'BEGIN { printf "Hugo  time(%d)/time(%d) = %.1f / %.1f s = %.1fx\n", b, a, tb, ta, tb / ta }'
  fi
fi
echo "machine: $(nproc) cores, $(free -m | awk '/^Mem:/ { print $2 }') MB memory, $(java -version 2>&1 | head -n 1)${hugo_version:+, hugo $hugo_version}"
# other work on the machine slows every figure above: a load average above the core count means it was busy
echo "load average (1, 5, 15 min): $load_start at the start, $(cut -d ' ' -f 1-3 /proc/loadavg) at the end"

# the targets of the issue, judged on the largest size (they are set for 10,000 entries)
if [ -n "${build_wall[$last]:-}" ]; then
  echo
  echo "targets (set for 10,000 entries), at $last entries:"
  verdict() { awk -v v="$1" -v t="$2" 'BEGIN { print (v <= t ? "met   " : "MISSED") }'; }
  echo "  $(verdict "${build_wall[$last]}" 8) build ≤ 8 s with JVM start: ${build_wall[$last]} s"
  if [ -n "${hugo_wall[$last]:-}" ]; then
    x=$(awk -v o="${build_wall[$last]}" -v h="${hugo_wall[$last]}" 'BEGIN { printf "%.2f", o / h }')
    echo "  $(verdict "$x" 2) build ≤ 2× Hugo's: ${x}×"
  fi
  if [ "${build_rss[$last]}" != n/a ]; then
    echo "  $(verdict "${build_rss[$last]}" 600) peak RSS ≤ 600 MB: ${build_rss[$last]} MB"
  fi
  echo "  $(verdict "${site_files[$last]}" 13000) files in the site ≤ 13,000: ${site_files[$last]}"
  if [ "$first" != "$last" ] && [ -n "${build_wall[$first]:-}" ]; then
    x=$(awk -v a="${build_wall[$first]}" -v b="${build_wall[$last]}" 'BEGIN { printf "%.1f", b / a }')
    echo "  $(verdict "$x" 11) build time($last)/time($first) ≤ 11: $x"
  fi
  if [ "${issue_count[$last]}" -ge 800 ]; then
    echo "  $(verdict "${import_wall[$last]}" 30) import of 800 bulletins ≤ 30 s: ${import_wall[$last]} s for ${issue_count[$last]}"
  else
    echo "  (import of 800 bulletins ≤ 30 s: not judged, this size has ${issue_count[$last]} bulletins)"
  fi
  if [ -n "${rebuild_wall[$last]:-}" ]; then
    echo "  $(verdict "${rebuild_wall[$last]}" 1.5) rebuild after one new issue ≤ 1.5 s: ${rebuild_wall[$last]} s"
  fi
  if [ -n "${serve_ms[$last]:-}" ]; then
    echo "  $(verdict "${serve_ms[$last]}" 300) rebuild in a running serve after one new issue ≤ 0.3 s: ${serve_ms[$last]} ms"
  fi
  echo "  $(verdict "${largest_bytes[$last]}" 153600) largest page ≤ 150 KB (153,600 bytes): ${largest_bytes[$last]} bytes"
fi
