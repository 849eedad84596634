# Helpers shared by the load tests (sourced, not run): free ports, waiting for a server, and reading the fake
# Slack's counts. The caller sets FAKE_PORT before counting.

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

wait_for() { # URL, seconds
    for _ in $(seq 1 $(( $2 * 10 ))); do
        python3 -c "import urllib.request,sys; urllib.request.urlopen(sys.argv[1], timeout=1)" "$1" 2> /dev/null \
            && return 0
        sleep 0.1
    done
    echo "Nothing answered at $1 within $2 s" >&2
    return 1
}

counted() { # KEY: one of the fake Slack's counts
    python3 -c "import json,urllib.request,sys; print(json.load(urllib.request.urlopen(sys.argv[2]))[sys.argv[1]])" \
        "$1" "http://127.0.0.1:$FAKE_PORT/count"
}

drain() { # [QUIET_SECONDS] [MAX_SECONDS]: waits until the answer count has not moved for QUIET_SECONDS; prints it
    local quiet=$(( ${1:-2} * 10 )) max=$(( ${2:-60} * 10 )) last=-1 now stable=0
    for _ in $(seq 1 "$max"); do
        now=$(counted answers)
        if [[ "$now" == "$last" ]]; then stable=$((stable + 1)); else stable=0; last=$now; fi
        [[ $stable -ge $quiet ]] && break
        sleep 0.1
    done
    echo "$last"
}
