#!/usr/bin/env bash
# Load test of Career Bot's Slack HTTP mode on this machine, everything on loopback:
#   scripts/fake_slack.py  stands in for Slack's Web API and response URLs, and counts the answers it receives;
#   the bot                runs `career-bot slack` in HTTP mode against it;
#   wrk                    posts signed /career slash commands (a few pre-signed bodies, varied questions and users)
#                          at a fixed number of connections, after a warm-up.
# Reports throughput, p50/p99 latency of the acknowledgements, errors, "busy" refusals and lost answers
# (acknowledged but never delivered to the fake Slack), and whether the target was met.
#
# Builds nothing: run `mvn -B -DskipTests package` first. Installs wrk with apt-get when it is missing.
# Settings (environment): JAR, DURATION (30s), WARMUP (30s: the JIT compilers are still busy after 10 s),
# CONNECTIONS (32), THREADS (2), JAVA_OPTS,
# RATE (600 requests/s offered: each connection pauses between requests; 0 sends as fast as acknowledgements
# come back, which offers more than the bot can answer and so measures its overload behaviour),
# SLACK_LATENCY_MS (0: how long the fake Slack takes to answer each post; the real one takes about 100 ms),
# TARGET_RPS (500), TARGET_P99_MS (50), KEEP=1 to keep the work directory (bot log, wrk output).
set -euo pipefail
cd "$(dirname "$0")/.."

JAR=${JAR:-bot/target/career-bot.jar}
DURATION=${DURATION:-30s}
WARMUP=${WARMUP:-30s}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
RATE=${RATE:-600}
SLACK_LATENCY_MS=${SLACK_LATENCY_MS:-0}
JAVA_OPTS=${JAVA_OPTS:-}
TARGET_RPS=${TARGET_RPS:-500}
TARGET_P99_MS=${TARGET_P99_MS:-50}

if [[ ! -f "$JAR" ]]; then
    echo "No $JAR: build it first with mvn -B -DskipTests package" >&2
    exit 2
fi
if ! command -v wrk > /dev/null; then
    echo "Installing wrk (Debian package)..." >&2
    SUDO=$([[ $(id -u) -eq 0 ]] && echo "" || echo "sudo")
    $SUDO apt-get install -y wrk > /dev/null || { $SUDO apt-get update > /dev/null && $SUDO apt-get install -y wrk > /dev/null; }
fi

WORK=$(mktemp -d)
FAKE_PID=""
BOT_PID=""
cleanup() {
    [[ -n "$BOT_PID" ]] && kill "$BOT_PID" 2> /dev/null && wait "$BOT_PID" 2> /dev/null || true
    [[ -n "$FAKE_PID" ]] && kill "$FAKE_PID" 2> /dev/null && wait "$FAKE_PID" 2> /dev/null || true
    if [[ "${KEEP:-0}" == 1 ]]; then echo "Kept $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

# shellcheck source=loadtest-lib.sh
source scripts/loadtest-lib.sh
cpu() { awk '{print $14 + $15}' "/proc/$1/stat"; } # user + system time, in clock ticks

# Other work on the machine skews the figures: say how busy it was.
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)

# 1. The fake Slack.
SLACK_LATENCY_MS="$SLACK_LATENCY_MS" python3 scripts/fake_slack.py "$WORK/fake.port" &
FAKE_PID=$!
for _ in $(seq 1 50); do [[ -s "$WORK/fake.port" ]] && break; sleep 0.1; done
FAKE_PORT=$(cat "$WORK/fake.port")

# 2. The bot, in Slack HTTP mode, with a rate limit the load's few users never reach.
BOT_PORT=$(free_port)
SECRET="loadtest-signing-secret-$RANDOM$RANDOM"
SLACK_BOT_TOKEN="xoxb-loadtest-0000" SLACK_SIGNING_SECRET="$SECRET" SLACK_API_URL="http://127.0.0.1:$FAKE_PORT/api/" \
    PORT="$BOT_PORT" HEALTH_PORT=0 RATE_LIMIT="100000/1s" GAPS_FILE="$WORK/gaps.jsonl" \
    java $JAVA_OPTS -jar "$JAR" slack 2> "$WORK/bot.log" &
BOT_PID=$!
wait_for "http://127.0.0.1:$BOT_PORT/health" 120

# 3. Pre-signed requests: one timestamp for the run (Slack accepts five minutes), a few questions and users.
python3 - "$SECRET" "$FAKE_PORT" "$CONNECTIONS" "$RATE" > "$WORK/requests.lua" << 'PY'
import hashlib, hmac, sys, time, urllib.parse
secret, fake_port, connections, rate = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
ts = str(int(time.time()))
questions = ["what tools does a data analyst use?", "what does a data scientist do?",
             "compare a data analyst and a data scientist", "what skills does a machine learning engineer need?",
             "which roles work on deployment?", "what does a machine learning engineer do all day?",
             "which tasks does a data engineer do?", "what tools does a data scientist use?"]
requests = []
for i, q in enumerate(questions):
    for user in ("U0LOAD%02dA" % i, "U0LOAD%02dB" % i):
        body = urllib.parse.urlencode({
            "token": "legacy", "team_id": "T1", "team_domain": "load", "channel_id": "C0LOAD", "channel_name": "load",
            "user_id": user, "user_name": user.lower(), "command": "/career", "text": q, "api_app_id": "A1",
            "response_url": "http://127.0.0.1:%s/response/%s" % (fake_port, user), "trigger_id": "1.2.3"})
        sig = "v0=" + hmac.new(secret.encode(), ("v0:%s:%s" % (ts, body)).encode(), hashlib.sha256).hexdigest()
        requests.append((body, sig))
print("local bodies = {")
for body, sig in requests:
    print('  {body = [==[%s]==], sig = "%s"},' % (body, sig))
print("}")
print('local ts = "%s"' % ts)
# Each connection waits this long before each request, so that together they offer about RATE requests a second.
print('local pause = %d' % (connections * 1000 // rate if rate > 0 else 0))
print(r'''
local requests = {}
local threads = {}
function setup(thread) table.insert(threads, thread) end
-- Built here rather than at load time: wrk sets the Host header (which HTTP/1.1 requires) just before init.
function init(args)
  for i, b in ipairs(bodies) do
    requests[i] = wrk.format("POST", "/slack/events", {
      ["Content-Type"] = "application/x-www-form-urlencoded",
      ["X-Slack-Request-Timestamp"] = ts, ["X-Slack-Signature"] = b.sig}, b.body)
  end
  busy = 0; n = math.random(#requests)
end
function request() n = n % #requests + 1; return requests[n] end
function delay() return pause end
-- An acknowledgement with a body is a refusal ("busy"): the bot acknowledges accepted questions with no body.
function response(status, headers, body) if status == 200 and body ~= nil and #body > 0 then busy = busy + 1 end end
function done(summary, latency, reqs)
  local b = 0
  for _, t in ipairs(threads) do b = b + t:get("busy") end
  local e = summary.errors
  io.write(string.format("LT requests %d\nLT seconds %.3f\nLT non2xx %d\nLT socket %d\nLT connect %d\nLT read %d\n",
    summary.requests, summary.duration / 1e6, e.status, e.connect + e.read + e.write + e.timeout, e.connect, e.read))
  io.write(string.format("LT write %d\nLT timeout %d\nLT busy %d\nLT p50 %.3f\nLT p90 %.3f\nLT p99 %.3f\nLT max %.3f\n",
    e.write, e.timeout, b, latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000))
end
''')
PY

URL="http://127.0.0.1:$BOT_PORT"
# 4. Warm-up (JIT compilation, connection pools), not reported; then the measured run.
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s "$WORK/requests.lua" "$URL" > "$WORK/warmup.txt"
BEFORE=$(drain)
BOT_CPU=$(cpu "$BOT_PID"); FAKE_CPU=$(cpu "$FAKE_PID")
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s "$WORK/requests.lua" "$URL" > "$WORK/wrk.txt"
BOT_CPU=$(( $(cpu "$BOT_PID") - BOT_CPU )); FAKE_CPU=$(( $(cpu "$FAKE_PID") - FAKE_CPU ))
AFTER=$(drain)

# 5. Report.
get() { awk -v k="$1" '$1 == "LT" && $2 == k {print $3}' "$WORK/wrk.txt"; }
REQUESTS=$(get requests); SECONDS_RUN=$(get seconds); NON2XX=$(get non2xx); SOCKET=$(get socket); BUSY=$(get busy)
ACKED=$((REQUESTS - NON2XX))
ACCEPTED=$((ACKED - BUSY))
ANSWERED=$((AFTER - BEFORE))
LOST=$((ACCEPTED > ANSWERED ? ACCEPTED - ANSWERED : 0))
RPS=$(awk -v r="$REQUESTS" -v s="$SECONDS_RUN" 'BEGIN {printf "%.1f", r / s}')
P99=$(get p99)
TICKS=$(getconf CLK_TCK)
CPU_USE=$(awk -v b="$BOT_CPU" -v f="$FAKE_CPU" -v s="$SECONDS_RUN" -v t="$TICKS" \
    'BEGIN {printf "bot %.0f%%, fake Slack %.0f%% of one CPU", 100 * b / t / s, 100 * f / t / s}')
MET=$(awk -v rps="$RPS" -v p99="$P99" -v err=$((NON2XX + SOCKET + BUSY)) -v lost="$LOST" \
    -v tr="$TARGET_RPS" -v tp="$TARGET_P99_MS" 'BEGIN {print (rps >= tr && p99 < tp && err == 0 && lost == 0) ? "met" : "NOT met"}')

sed '/^LT /d' "$WORK/wrk.txt"
cat << EOF

Career Bot load test: Slack HTTP mode, signed /career commands, $CONNECTIONS connections, $THREADS wrk threads,
offering $([[ "$RATE" -gt 0 ]] && echo "about $RATE requests/s" || echo "as many requests as acknowledged"), \
$DURATION measured after a $WARMUP warm-up, the fake Slack answering each post in $SLACK_LATENCY_MS ms;
$(nproc) CPUs shared by wrk, the bot and the fake Slack.
  throughput  $RPS requests/s ($REQUESTS requests in ${SECONDS_RUN} s)
  latency     p50 $(get p50) ms, p90 $(get p90) ms, p99 $P99 ms, max $(get max) ms (request to acknowledgement)
  errors      $NON2XX non-2xx, $SOCKET socket errors (connect $(get connect), read $(get read), write $(get write), timeout $(get timeout))
  refused     $BUSY acknowledged as busy
  answers     $ACCEPTED accepted, $ANSWERED answers received by the fake Slack, $LOST lost
  CPU         $CPU_USE (wrk and the system use the rest); load average before the run: $LOAD_BEFORE
  target      >= $TARGET_RPS requests/s, p99 < $TARGET_P99_MS ms, no errors, nothing lost: $MET
EOF
[[ "$MET" == "met" ]]
