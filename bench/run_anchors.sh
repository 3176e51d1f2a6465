#!/usr/bin/env bash
# Times full builds of the same synthetic corpus with established static site
# generators (the "anchors") and with Chorus, plus the rebuild after adding ONE article,
# and prints Chorus's time as a ratio of each tool's.
#
#   bench/run_anchors.sh N
#
# Copied from ../shared/bench/ (see bench/README.md); the additions for Chorus are the
# "chorus" lines in the per-tool facts, setup_chorus, index_fresh and the ratios at the end.
#
# Environment knobs (defaults in brackets):
#   BENCH_WORK  scratch dir for corpora, site copies, deps, logs [/tmp/chorus-bench/anchors]
#   TOOLS       which tools, space separated [hugo eleventy jekyll jbake chorus]
#   CHORUS_CORPUS  the corpus Chorus builds: md (the one the others build) or txt [md]
#   RUNS        timed runs per measurement, the median is reported [3]
#   TIMEOUT     seconds allowed for one build before it is killed [600]
#   ADD_ONE     1 = also measure the add-one-article rebuilds, 0 = skip [1]
#
# Output: one line per tool and mode on stdout (and in $BENCH_WORK/results-N.tsv,
# every single run in $BENCH_WORK/runs-N.tsv, build logs in $BENCH_WORK/logs/):
#   tool  N  mode  wall_s  cpu_s  peak_rss_MiB  html_files  index_fresh  self_s
# (wall, cpu = user+sys, and RSS are medians over RUNS runs)
# Modes:
#   full         clean output (and caches) first, then the tool's normal build
#   add1-full    site already built; add one new article; normal build again
#   add1-incr    same, with the tool's incremental one-shot mode
#                (jekyll build --incremental; jbake with its persistent
#                content store, db.store=plocal)
#   add1-watch   same, with the tool's watch mode already running (hugo --watch,
#                eleventy --watch --incremental): wall = from the file copy to the
#                tool's "done" log line (includes the watcher's debounce); the
#                tool's own reported rebuild time is in the self_s column;
#                peak RSS is the watcher process' high-water mark (VmHWM)
# index_fresh: y if the index page lists the newly added article after the
# rebuild (incremental modes can leave stale pages), "-" for full builds.
# Timing uses GNU time (/usr/bin/time -v).
set -euo pipefail

N=${1:?usage: run_anchors.sh N}
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/.." && pwd)
WORK=${BENCH_WORK:-/tmp/chorus-bench/anchors}
TOOLS=${TOOLS:-"hugo eleventy jekyll jbake chorus"}
CHORUS_CORPUS=${CHORUS_CORPUS:-md}
RUNS=${RUNS:-3}
TIMEOUT=${TIMEOUT:-600}
ADD_ONE=${ADD_ONE:-1}
LOGS=$WORK/logs
mkdir -p "$WORK" "$LOGS"
RES=$WORK/results-$N.tsv
ALL=$WORK/runs-$N.tsv
: > "$RES"
[ -s "$ALL" ] || printf 'time\ttool\tN\tmode\trun\twall_s\tpeak_rss_kib\thtml\trc\tself_s\tcpu_s\n' > "$ALL"

say() { echo "[bench] $*" >&2; }

# ---------------------------------------------------------------- corpus ---
CORPUS=$WORK/corpus-$N
prepare_corpus() {
  local stamp; stamp="$(md5sum "$HERE/gen_corpus.py" | cut -d' ' -f1) N=$N RUNS=$RUNS md+jbake+txt"
  if [ -f "$CORPUS/.stamp" ] && [ "$(cat "$CORPUS/.stamp")" = "$stamp" ]; then
    return
  fi
  say "generating corpus N=$N in $CORPUS"
  rm -rf "$CORPUS"
  python3 "$HERE/gen_corpus.py" "$N" "$CORPUS/md"
  python3 "$HERE/gen_corpus.py" "$N" "$CORPUS/jbake" --format jbake
  python3 "$HERE/gen_corpus.py" "$N" "$CORPUS/txt" --format txt    # raw-text input, for the project
  local k
  for k in $(seq 0 $((RUNS - 1))); do   # the extra articles N, N+1, ...
    python3 "$HERE/gen_corpus.py" "$N" "$CORPUS/extra-md/$k" --only $((N + k))
    python3 "$HERE/gen_corpus.py" "$N" "$CORPUS/extra-jbake/$k" --only $((N + k)) --format jbake
    python3 "$HERE/gen_corpus.py" "$N" "$CORPUS/extra-txt/$k" --only $((N + k)) --format txt
  done
  echo "$stamp" > "$CORPUS/.stamp"
}

# ------------------------------------------------------------ tool deps ---
ELEVENTY_DEPS=$WORK/eleventy-deps
JBAKE_LIB=$WORK/jbake-lib
setup_eleventy() {
  local src=$HERE/anchors/eleventy
  if [ -d "$ELEVENTY_DEPS/node_modules" ] && cmp -s "$src/package-lock.json" "$ELEVENTY_DEPS/package-lock.json"; then
    return
  fi
  say "installing Eleventy (npm ci) into $ELEVENTY_DEPS"
  rm -rf "$ELEVENTY_DEPS"; mkdir -p "$ELEVENTY_DEPS"
  cp "$src/package.json" "$src/package-lock.json" "$src/.npmrc" "$ELEVENTY_DEPS/"
  (cd "$ELEVENTY_DEPS" && npm ci --no-audit --no-fund >&2)
}
setup_jbake() {
  local pom=$HERE/anchors/jbake/runner/pom.xml
  local stamp; stamp=$(md5sum "$pom" | cut -d' ' -f1)
  if [ -f "$JBAKE_LIB/.stamp" ] && [ "$(cat "$JBAKE_LIB/.stamp")" = "$stamp" ]; then
    return
  fi
  say "resolving JBake from Maven Central into $JBAKE_LIB"
  rm -rf "$JBAKE_LIB"
  mvn -q -f "$pom" dependency:copy-dependencies -DincludeScope=runtime \
      -DoutputDirectory="$JBAKE_LIB" >&2
  echo "$stamp" > "$JBAKE_LIB/.stamp"
}
setup_chorus() {   # the launcher packages target/chorus.jar when the sources are newer
  "$REPO/chorus" --help >/dev/null
  # the first build after packaging writes the class data archive as it exits: not a timed one
  "$REPO/chorus" build --source "$REPO/seeds" --config "$REPO/chorus.yml" --templates "$REPO/templates" \
    --out "$WORK/warm-up-site" >/dev/null 2>&1 || true
  rm -rf "$WORK/warm-up-site" "$WORK/.chorus/warm-up-site"
}
CHORUS_JAR=$REPO/target/chorus.jar
JAVA_JBAKE=(java "-Dlogback.configurationFile=$HERE/anchors/jbake/runner/logback.xml"
            -cp "$JBAKE_LIB/*" org.jbake.launcher.Main)

# ------------------------------------------------------- per-tool facts ---
content_dir() { case $1 in hugo) echo content/articles;; eleventy) echo articles;;
                          jekyll) echo _posts;; jbake) echo content/articles;; chorus) echo seeds;; esac; }
out_dir()     { case $1 in hugo) echo public;; eleventy|jekyll) echo _site;; jbake) echo output;; chorus) echo site;; esac; }
clean_paths() { case $1 in hugo) echo public resources .hugo_build.lock;;
                          eleventy) echo _site .cache;;
                          jekyll) echo _site .jekyll-cache .jekyll-metadata;;
                          jbake) echo output cache;;
                          chorus) echo site .chorus .site.staging .site.previous;; esac; }
corpus_kind() { case $1 in jbake) echo jbake;; chorus) echo "$CHORUS_CORPUS";; *) echo md;; esac; }   # md | jbake | txt
build_cmd() {   # the tool's normal one-shot full build
  case $1 in
    hugo)     echo "hugo";;
    eleventy) echo "node node_modules/@11ty/eleventy/cmd.cjs";;
    jekyll)   echo "jekyll build";;
    jbake)    echo "${JAVA_JBAKE[*]@Q} -b . output";;
    # what ./chorus build execs, with the project's templates; Chorus's normal build is
    # incremental (build cache in .chorus/), so add1-full is its incremental rebuild
    chorus)   echo "${REPO@Q}/chorus build --templates ${REPO@Q}/templates";;
  esac
}
incr_cmd() {    # one-shot incremental mode, where the tool has one
  case $1 in
    jekyll) echo "jekyll build --incremental";;
    jbake)  echo "${JAVA_JBAKE[*]@Q} -b -c jbake-cache.properties . output";;
  esac
}
watch_cmd() {   # watch mode with in-process partial rebuilds, where practical
  case $1 in
    hugo)     echo "hugo --watch";;
    eleventy) echo "node node_modules/@11ty/eleventy/cmd.cjs --watch --incremental";;
    chorus)   echo "${REPO@Q}/chorus serve --port 0 --templates ${REPO@Q}/templates";;
  esac
}
watch_ready_re() { case $1 in hugo) echo '^Watching for changes';; eleventy) echo '^\[11ty\] Watching';; chorus) echo '^Serving ';; esac; }
watch_done_re()  { case $1 in hugo) echo '^Total in ';; eleventy) echo 'Wrote [0-9]+ file';; chorus) echo '^Rebuilt in ';; esac; }
self_time() {   # the tool's own "took" figure from the last matching log line
  case $1 in
    hugo)     grep -E '^Total in ' "$2" | tail -1 | awk '{printf "%.3f", $3/1000}';;
    eleventy) grep -E 'Wrote [0-9]+ file' "$2" | tail -1 | sed -E 's/.* in ([0-9.]+) seconds.*/\1/';;
    jekyll)   grep -E 'done in' "$2" | tail -1 | sed -E 's/.*done in ([0-9.]+) seconds.*/\1/';;
    jbake)    grep -E 'Baked [0-9]+ items in' "$2" | tail -1 | awk '{printf "%.3f", $(NF)/1000}' | tr -d 'ms';;
    chorus)   grep -E '^(Built|Rebuilt) ' "$2" | tail -1 | sed -nE 's/.* in ([0-9]+) ms.*/\1/p' | awk '{printf "%.3f", $1/1000}';;
    *) echo "";;
  esac
}

site_of() { echo "$WORK/sites/$1-$N"; }
setup_site() {
  local tool=$1 site; site=$(site_of "$tool")
  rm -rf "$site"; mkdir -p "$(dirname "$site")"
  cp -r "$HERE/anchors/$tool" "$site"
  rm -rf "$site/runner"
  mkdir -p "$site/$(content_dir "$tool")"
  cp "$CORPUS/$(corpus_kind "$tool")"/* "$site/$(content_dir "$tool")/"
  case $tool in
    eleventy) ln -s "$ELEVENTY_DEPS/node_modules" "$site/node_modules";;
    jbake) sed 's/^db\.store=memory/db.store=plocal/' "$site/jbake.properties" > "$site/jbake-cache.properties";;
  esac
}
clean_site() { local site; site=$(site_of "$1"); (cd "$site" && rm -rf $(clean_paths "$1")); }
add_extra() { cp "$CORPUS/extra-$(corpus_kind "$1")/$2"/* "$(site_of "$1")/$(content_dir "$1")/"; }
remove_extras() {
  local k f
  for k in $(seq 0 $((RUNS - 1))); do
    for f in "$CORPUS/extra-$(corpus_kind "$1")/$k"/*; do
      rm -f "$(site_of "$1")/$(content_dir "$1")/$(basename "$f")"
    done
  done
}
html_count() { find "$(site_of "$1")/$(out_dir "$1")" -name '*.html' 2>/dev/null | wc -l; }
index_fresh() {  # does the index list article number $2 ?
  local index; index="$(site_of "$1")/$(out_dir "$1")/index.html"
  if [ "$1" = chorus ]; then   # Chorus's URLs come from the title, not the file name
    local title; title=$(sed -n 's/^title: "\(.*\)"$/\1/p' "$CORPUS/extra-md/$(($2 - N))"/* | head -1)
    if grep -qF -- "$title" "$index" 2>/dev/null; then echo y; else echo n; fi
    return
  fi
  if grep -qE -- "-$(printf %05d "$2")/" "$index" 2>/dev/null; then echo y; else echo n; fi
}

# ---------------------------------------------------------------- timing ---
secs() {  # GNU time's "h:mm:ss" or "m:ss.ss" -> seconds
  awk -F: '{ if (NF == 3) print $1*3600 + $2*60 + $3; else print $1*60 + $2 }' <<< "$1"
}
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }

# timed TOOL MODE RUN CMD  -> T_WALL T_CPU T_RSS (KiB) T_RC T_SELF ; output in $LOGS
timed() {
  local tool=$1 mode=$2 run=$3 cmd=$4 site; site=$(site_of "$tool")
  local log=$LOGS/$tool-$N-$mode-$run.log tf=$LOGS/$tool-$N-$mode-$run.time
  (cd "$site" && /usr/bin/time -v -o "$tf" timeout -k 10 "$TIMEOUT" bash -c "exec $cmd" > "$log" 2>&1) || true
  T_WALL=$(secs "$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$tf")")
  T_RSS=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$tf")
  T_CPU=$(awk -F': ' '/User time \(seconds\)|System time \(seconds\)/ {c += $2} END {printf "%.2f", c}' "$tf")
  T_RC=$(sed -n 's/.*Exit status: //p' "$tf")
  [ -n "$T_RC" ] || T_RC=$(grep -q 'Command terminated by signal' "$tf" && echo 137 || echo 1)
  T_SELF=$(self_time "$tool" "$log" || true)
}

record_run() {  # tool mode run wall rss html rc self cpu
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$(date -u +%FT%TZ)" "$1" "$N" "$2" "$3" "$4" "$5" "$6" "$7" "${8:-}" "${9:-}" >> "$ALL"
}

report() {  # tool mode walls[] rsss[] html fresh selfs[] cpus[]
  local tool=$1 mode=$2 walls=$3 rsss=$4 html=$5 fresh=$6 selfs=${7:-} cpus=${8:-}
  local w r s="-" c
  w=$(median $walls); r=$(median $rsss); c=$(median $cpus)
  [ -n "$selfs" ] && s=$(median $selfs)
  local line
  line=$(printf '%-9s %6s  %-11s %8.2f %8.2f %8.0f %7s  %-5s %s' "$tool" "$N" "$mode" "$w" "$c" "$(awk "BEGIN{print $r/1024}")" "$html" "$fresh" "$s")
  echo "$line"
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$tool" "$N" "$mode" "$w" "$c" "$(awk "BEGIN{printf \"%.0f\", $r/1024}")" "$html" "$fresh" "$s" >> "$RES"
}

# measure_oneshot TOOL MODE CMD CLEAN(0/1) [ADD(0/1)]
# returns 1 if a run timed out or failed
measure_oneshot() {
  local tool=$1 mode=$2 cmd=$3 clean=$4 add=${5:-0}
  local walls="" rsss="" selfs="" cpus="" html=0 fresh="-" r
  for r in $(seq 0 $((RUNS - 1))); do
    [ "$clean" = 1 ] && clean_site "$tool"
    [ "$add" = 1 ] && add_extra "$tool" "$r"
    timed "$tool" "$mode" "$r" "$cmd"
    html=$(html_count "$tool")
    record_run "$tool" "$mode" "$r" "$T_WALL" "$T_RSS" "$html" "$T_RC" "$T_SELF" "$T_CPU"
    if [ "$T_RC" != 0 ]; then
      local why="FAILED(rc=$T_RC)"; [ "$T_RC" = 124 ] || [ "$T_RC" = 137 ] && why="TIMEOUT(>${TIMEOUT}s)"
      printf '%-9s %6s  %-11s %s, see %s\n' "$tool" "$N" "$mode" "$why" "$LOGS/$tool-$N-$mode-$r.log"
      printf '%s\t%s\t%s\t%s\n' "$tool" "$N" "$mode" "$why" >> "$RES"
      return 1
    fi
    [ "$add" = 1 ] && fresh=$(index_fresh "$tool" $((N + r)))
    walls+=" $T_WALL"; rsss+=" $T_RSS"; cpus+=" $T_CPU"; [ -n "$T_SELF" ] && selfs+=" $T_SELF"
  done
  report "$tool" "$mode" "$walls" "$rsss" "$html" "$fresh" "$selfs" "$cpus"
}

now() { date +%s.%N; }
CLK_TCK=$(getconf CLK_TCK)
proc_cpu() { awk -v t="$CLK_TCK" '{printf "%.2f", ($14 + $15) / t}' "/proc/$1/stat"; }  # user+sys so far
# measure_watch TOOL: start the watcher on a clean site, then add RUNS articles
measure_watch() {
  local tool=$1 site; site=$(site_of "$tool")
  local re ready; re=$(watch_done_re "$tool"); ready=$(watch_ready_re "$tool")
  local log=$LOGS/$tool-$N-add1-watch.log
  clean_site "$tool"
  (cd "$site" && exec bash -c "exec $(watch_cmd "$tool")" > "$log" 2>&1) &
  local pid=$! deadline
  deadline=$(awk "BEGIN{printf \"%.3f\", $(now) + $TIMEOUT}")
  until grep -qE "$ready" "$log" 2>/dev/null; do
    if ! kill -0 $pid 2>/dev/null || awk "BEGIN{exit !($(now) > $deadline)}"; then
      kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true
      printf '%-9s %6s  %-11s %s\n' "$tool" "$N" "add1-watch" "FAILED/TIMEOUT (initial build), see $log"
      return 1
    fi
    sleep 0.2
  done
  sleep 2   # let the watcher settle after its initial build
  local walls="" rsss="" selfs="" cpus="" fresh=y r before t0 t1 ok c0
  for r in $(seq 0 $((RUNS - 1))); do
    before=$(grep -cE "$re" "$log" || true)
    c0=$(proc_cpu $pid); t0=$(now); add_extra "$tool" "$r"; ok=0
    while awk "BEGIN{exit !($(now) < $t0 + $TIMEOUT)}"; do
      if [ "$(grep -cE "$re" "$log" || true)" -gt "$before" ]; then ok=1; break; fi
      sleep 0.02
    done
    t1=$(now)
    [ $ok = 1 ] || { kill $pid; wait $pid 2>/dev/null || true; echo "$tool add1-watch: no rebuild seen" >&2; return 1; }
    sleep 1   # files are written before the log line; give stragglers a moment
    local w s rss c; w=$(awk "BEGIN{printf \"%.3f\", $t1 - $t0}"); s=$(self_time "$tool" "$log")
    c=$(awk "BEGIN{printf \"%.2f\", $(proc_cpu $pid) - $c0}")   # watcher CPU during the rebuild (+1 s settle)
    rss=$(awk '/VmHWM/ {print $2}' /proc/$pid/status)
    [ "$(index_fresh "$tool" $((N + r)))" = y ] || fresh=n
    walls+=" $w"; selfs+=" $s"; rsss+=" $rss"; cpus+=" $c"
    record_run "$tool" add1-watch "$r" "$w" "$rss" "$(html_count "$tool")" 0 "$s" "$c"
    sleep 1
  done
  kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true
  report "$tool" add1-watch "$walls" "$rsss" "$(html_count "$tool")" "$fresh" "$selfs" "$cpus"
}

# ------------------------------------------------------------------ main ---
versions() {
  say "hugo:     $(hugo version 2>/dev/null | cut -d' ' -f2 || echo missing)"
  say "jekyll:   $(jekyll --version 2>/dev/null || echo missing)"
  say "eleventy: $(node "$ELEVENTY_DEPS/node_modules/@11ty/eleventy/cmd.cjs" --version 2>/dev/null || echo missing) (node $(node -v))"
  say "jbake:    $(basename "$(ls "$JBAKE_LIB"/jbake-core-*.jar 2>/dev/null)" .jar) ($(java -version 2>&1 | head -1))"
  say "chorus:   $(git -C "$REPO" rev-parse --short HEAD 2>/dev/null || echo unknown) ($CHORUS_CORPUS corpus, JVM options: ${CHORUS_JAVA_OPTS:-none})"
  say "load:     $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
}

# Chorus's wall time over each other tool's, per mode: the machine is noisy, so the ratio
# within one run says more than either time.
ratios() {
  case " $TOOLS " in *" chorus "*) ;; *) return;; esac
  echo
  echo "ratios, Chorus wall / tool wall (html files: Chorus / tool)"
  local t mode c o ch oh
  for t in $TOOLS; do
    [ "$t" = chorus ] && continue
    for mode in full add1-full add1-incr add1-watch; do
      c=$(awk -F'\t' -v m="$mode" '$1 == "chorus" && $3 == m {print $4 "\t" $7}' "$RES")
      o=$(awk -F'\t' -v t="$t" -v m="$mode" '$1 == t && $3 == m {print $4 "\t" $7}' "$RES")
      [ -n "$c" ] && [ -n "$o" ] || continue
      ch=$(cut -f2 <<< "$c"); oh=$(cut -f2 <<< "$o")
      printf 'chorus/%-9s %6s  %-11s %8s  (%s / %s s; html %s / %s)\n' "$t" "$N" "$mode" \
        "$(awk -v a="$(cut -f1 <<< "$c")" -v b="$(cut -f1 <<< "$o")" 'BEGIN { if (a + 0 == a && b > 0) printf "%.2f", a / b; else print "-" }')" \
        "$(cut -f1 <<< "$c")" "$(cut -f1 <<< "$o")" "$ch" "$oh"
    done
  done
}

prepare_corpus
for t in $TOOLS; do
  case $t in eleventy) setup_eleventy;; jbake) setup_jbake;; chorus) setup_chorus;; esac
done
versions
say "N=$N runs=$RUNS timeout=${TIMEOUT}s work=$WORK"
printf '%-9s %6s  %-11s %8s %8s %8s %7s  %-5s %s\n' tool N mode wall_s cpu_s rss_MiB html fresh self_s
for t in $TOOLS; do
  setup_site "$t"
  if ! measure_oneshot "$t" full "$(build_cmd "$t")" 1; then continue; fi
  [ "$ADD_ONE" = 1 ] || continue
  # the site is built (last full run): add one article at a time, normal build
  measure_oneshot "$t" add1-full "$(build_cmd "$t")" 0 1 || continue
  remove_extras "$t"
  if [ -n "$(incr_cmd "$t")" ]; then
    clean_site "$t"
    timed "$t" add1-incr-prime 0 "$(incr_cmd "$t")"   # untimed priming build
    [ "$T_RC" = 0 ] && measure_oneshot "$t" add1-incr "$(incr_cmd "$t")" 0 1 || true
    remove_extras "$t"
  fi
  if [ -n "$(watch_cmd "$t")" ]; then
    measure_watch "$t" || true
    remove_extras "$t"
  fi
done
ratios
say "results: $RES (all runs: $ALL, logs: $LOGS)"
