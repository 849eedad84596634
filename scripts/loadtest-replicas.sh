#!/usr/bin/env bash
# Load test of Career Bot's Slack HTTP mode with several replicas sharing one Redis, everything on loopback:
#   scripts/fake_slack.py  stands in for Slack's Web API and counts the answers it receives;
#   REPLICAS bots          run `career-bot slack` in HTTP mode against it, all with the same REDIS_URL;
#   one wrk per replica    posts signed app_mention events; every event goes to every replica, the later ones
#                          marked as Slack's retries (X-Slack-Retry-Num), as when a retry lands on another replica.
# Each event must be answered exactly once over all replicas: reports throughput (all posts), latency of the
# acknowledgements, errors, duplicates (answers beyond one per event) and lost events (never answered).
#
# Builds nothing: run `mvn -B -DskipTests package` first. Needs redis-server and wrk (Debian packages).
# Settings (environment): JAR, REPLICAS (2), RATE (500 posts/s offered over all replicas), DURATION (30 s),
# WARMUP (20 s), CONNECTIONS (16 per replica), JAVA_OPTS, KEEP=1 to keep the work directory.
set -euo pipefail
cd "$(dirname "$0")/.."

JAR=${JAR:-bot/target/career-bot.jar}
REPLICAS=${REPLICAS:-2}
RATE=${RATE:-500}
DURATION=${DURATION:-30}
WARMUP=${WARMUP:-20}
CONNECTIONS=${CONNECTIONS:-16}
JAVA_OPTS=${JAVA_OPTS:-}

[[ -f "$JAR" ]] || { echo "No $JAR: build it first with mvn -B -DskipTests package" >&2; exit 2; }
command -v wrk > /dev/null || { echo "wrk is missing (apt-get install wrk)" >&2; exit 2; }
command -v redis-server > /dev/null || { echo "redis-server is missing (apt-get install redis-server)" >&2; exit 2; }

WORK=$(mktemp -d)
PIDS=()
cleanup() {
    for p in "${PIDS[@]}"; do kill "$p" 2> /dev/null || true; done
    wait 2> /dev/null || true
    if [[ "${KEEP:-0}" == 1 ]]; then echo "Kept $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
# shellcheck source=loadtest-lib.sh
source scripts/loadtest-lib.sh
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)

# 1. Redis and the fake Slack.
REDIS_PORT=$(free_port)
redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --save '' --appendonly no --daemonize no \
    > "$WORK/redis.log" 2>&1 &
PIDS+=($!)
python3 scripts/fake_slack.py "$WORK/fake.port" &
PIDS+=($!)
for _ in $(seq 1 50); do [[ -s "$WORK/fake.port" ]] && break; sleep 0.1; done
FAKE_PORT=$(cat "$WORK/fake.port")

# 2. The replicas.
SECRET="loadtest-signing-secret-$RANDOM$RANDOM"
PORTS=()
for r in $(seq 1 "$REPLICAS"); do
    port=$(free_port)
    PORTS+=("$port")
    SLACK_BOT_TOKEN="xoxb-loadtest-0000" SLACK_SIGNING_SECRET="$SECRET" \
        SLACK_API_URL="http://127.0.0.1:$FAKE_PORT/api/" REDIS_URL="redis://127.0.0.1:$REDIS_PORT/0" \
        PORT="$port" HEALTH_PORT=0 RATE_LIMIT="100000/1s" GAPS_FILE="$WORK/gaps-$r.jsonl" \
        java $JAVA_OPTS -jar "$JAR" slack 2> "$WORK/bot-$r.log" &
    PIDS+=($!)
done
for port in "${PORTS[@]}"; do wait_for "http://127.0.0.1:$port/health" 120; done

# 3. Signed events, each used once per replica: the warm-up's, then the measured run's.
make_lua() { # PREFIX COUNT RETRY -> lua script on stdout
    python3 - "$SECRET" "$1" "$2" "$3" "$CONNECTIONS" "$RATE" "$REPLICAS" << 'PY'
import hashlib, hmac, json, sys, time
secret, prefix, count, retry, connections, rate, replicas = sys.argv[1], sys.argv[2], int(sys.argv[3]), \
    int(sys.argv[4]), int(sys.argv[5]), int(sys.argv[6]), int(sys.argv[7])
ts = str(int(time.time()))
questions = ["what tools does a data analyst use?", "what does a data scientist do?",
             "compare a data analyst and a data scientist", "what skills does a machine learning engineer need?",
             "which roles work on deployment?", "how do I become a data scientist?",
             "is Power BI worth learning?", "what tools does a data scientist use?"]
print("local bodies = {")
for i in range(count):
    event = {"token": "legacy", "team_id": "T1", "api_app_id": "A1", "type": "event_callback",
             "event_id": "Ev%s%07d" % (prefix, i), "event_time": int(ts),
             "event": {"type": "app_mention", "user": "U0LOAD%03d" % (i % 200),
                       "text": "<@UBOT> " + questions[i % len(questions)], "ts": "%s.%06d" % (ts, i),
                       "channel": "C0LOAD", "event_ts": "%s.%06d" % (ts, i)}}
    body = json.dumps(event, separators=(",", ":"))
    sig = "v0=" + hmac.new(secret.encode(), ("v0:%s:%s" % (ts, body)).encode(), hashlib.sha256).hexdigest()
    print('  {body = [==[%s]==], sig = "%s"},' % (body, sig))
print("}")
print('local ts = "%s"' % ts)
print('local retry = "%d"' % retry)
print('local pause = %d' % (connections * 1000 * replicas // rate))
print(r'''
-- one wrk thread per replica: its connections share this state, so they take the events in one order
local n = -1
function request()
  n = n + 1
  local b = bodies[(n % #bodies) + 1]
  local headers = {["Content-Type"] = "application/json", ["X-Slack-Request-Timestamp"] = ts,
                   ["X-Slack-Signature"] = b.sig}
  if retry ~= "0" then headers["X-Slack-Retry-Num"] = retry; headers["X-Slack-Retry-Reason"] = "http_timeout" end
  return wrk.format("POST", "/slack/events", headers, b.body)
end
function delay() return pause end
function done(summary, latency, reqs)
  local e = summary.errors
  io.write(string.format("LT requests %d\nLT seconds %.3f\nLT non2xx %d\nLT socket %d\nLT p50 %.3f\nLT p99 %.3f\n",
    summary.requests, summary.duration / 1e6, e.status, e.connect + e.read + e.write + e.timeout,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
''')
PY
}
PER_REPLICA=$(( RATE / REPLICAS ))
EVENTS=$(( PER_REPLICA * (DURATION + 5) ))
WARM_EVENTS=$(( PER_REPLICA * (WARMUP + 5) ))
run() { # PREFIX COUNT SECONDS -> one wrk per replica at once, the first replica's posts first deliveries
    local prefix=$1 count=$2 seconds=$3 r=0
    for port in "${PORTS[@]}"; do
        make_lua "$prefix" "$count" "$r" > "$WORK/$prefix-$r.lua"
        r=$((r + 1))
    done
    r=0
    local waits=()
    for port in "${PORTS[@]}"; do
        wrk -t1 -c"$CONNECTIONS" -d"${seconds}s" --latency -s "$WORK/$prefix-$r.lua" "http://127.0.0.1:$port" \
            > "$WORK/$prefix-$r.txt" &
        waits+=($!)
        r=$((r + 1))
    done
    wait "${waits[@]}"
}
run W "$WARM_EVENTS" "$WARMUP"
BEFORE=$(drain 3 90); BUSY_BEFORE=$(counted busy)
run M "$EVENTS" "$DURATION"
AFTER=$(drain 3 90); BUSY=$(( $(counted busy) - BUSY_BEFORE ))
TWICE=$(counted threads_answered_twice); THREADED=$(counted threads)

# 4. Report: the distinct events sent are those the busiest replica's wrk reached (every replica takes them in the
# same order); each must be answered once.
get() { awk -v k="$2" '$1 == "LT" && $2 == k {print $3}' "$WORK/M-$1.txt"; }
TOTAL=0; NON2XX=0; SOCKET=0; DISTINCT=0; LAT=""
for r in $(seq 0 $((REPLICAS - 1))); do
    req=$(get "$r" requests)
    TOTAL=$((TOTAL + req)); NON2XX=$((NON2XX + $(get "$r" non2xx))); SOCKET=$((SOCKET + $(get "$r" socket)))
    (( req > DISTINCT )) && DISTINCT=$req
    LAT="$LAT replica $((r + 1)): p50 $(get "$r" p50) ms, p99 $(get "$r" p99) ms;"
done
(( DISTINCT > EVENTS )) && DISTINCT=$EVENTS
SECONDS_RUN=$(get 0 seconds)
ANSWERED=$((AFTER - BEFORE))
# a duplicate is a second reply in an event's thread; the total can also hold warm-up answers that came late
DUPLICATES=$TWICE
LOST=$(( DISTINCT > ANSWERED ? DISTINCT - ANSWERED : 0 ))
RPS=$(awk -v r="$TOTAL" -v s="$SECONDS_RUN" 'BEGIN {printf "%.1f", r / s}')
cat << REPORT
Career Bot replica load test: $REPLICAS replicas sharing one Redis, Slack HTTP mode, signed app_mention events,
each sent to every replica (the later copies marked as retries), about $RATE posts/s offered, $DURATION s measured
after a $WARMUP s warm-up; $(nproc) CPUs shared by wrk, the replicas, Redis and the fake Slack.
  throughput  $RPS posts/s ($TOTAL posts, $DISTINCT distinct events)
  latency    $LAT
  errors      $NON2XX non-2xx, $SOCKET socket errors
  answers     $ANSWERED replies for $DISTINCT events, $LOST lost; $BUSY of the replies were "busy" refusals
              (the event was not answered, but its asker was told)
  duplicates  $DUPLICATES: events whose thread got two replies, of $THREADED threads (warm-up included)
  load        load average before the run: $LOAD_BEFORE
REPORT
[[ $DUPLICATES -eq 0 && $LOST -eq 0 && $NON2XX -eq 0 ]]
