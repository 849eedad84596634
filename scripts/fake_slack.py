#!/usr/bin/env python3
"""A stand-in for Slack's Web API and response URLs on loopback, for load tests.

Answers auth.test, chat.postMessage, chat.postEphemeral, the two-step file upload (an upload URL on itself), any
other Web API method with ok, and response URL posts, and counts the answers it received. GET /count returns the counts as JSON. Python 3 standard library only.

Usage: fake_slack.py PORT_FILE   (listens on a free loopback port and writes it to PORT_FILE)
Environment: SLACK_LATENCY_MS (default 0): how long each Web API call and response URL post takes to answer, as
the real Slack takes tens to hundreds of milliseconds.
"""
import json
import os
import sys
import threading
import urllib.parse
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

COUNTS = {"response_url": 0, "chat.postMessage": 0, "chat.postEphemeral": 0, "upload": 0, "busy": 0, "other": 0}
LATENCY = int(os.environ.get("SLACK_LATENCY_MS") or 0) / 1000.0
LOCK = threading.Lock()


def count(kind):
    with LOCK:
        COUNTS[kind] = COUNTS.get(kind, 0) + 1


THREADS = {}


def thread(body):
    """Counts the posts in each thread: an event answered twice shows as a thread with two answers."""
    form = urllib.parse.parse_qs(body.decode("utf-8", "replace"))
    ts = (form.get("thread_ts") or [""])[0]
    if ts:
        with LOCK:
            THREADS[ts] = THREADS.get(ts, 0) + 1


class Handler(BaseHTTPRequestHandler):
    # Keep-alive, as Slack does: the bot's HTTP client reuses connections.
    protocol_version = "HTTP/1.1"
    # Headers and body go out in separate writes: without this, Nagle's algorithm holds the body back until the
    # client's delayed ACK (40 ms on Linux) and caps each connection at about 23 answers a second.
    disable_nagle_algorithm = True

    def log_message(self, *args):
        pass

    def send(self, status, body, content_type="application/json"):
        data = body.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        if self.path == "/count":
            with LOCK:
                counts = dict(COUNTS)
            counts["answers"] = counts["response_url"] + counts["chat.postMessage"] + counts["chat.postEphemeral"]
            with LOCK:
                counts["threads"] = len(THREADS)
                counts["threads_answered_twice"] = sum(1 for n in THREADS.values() if n > 1)
            self.send(200, json.dumps(counts))
        else:
            self.send(404, "{}")

    def do_POST(self):
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length)
        if b"busy or restarting" in body:
            count("busy")  # a refusal the bot sends when it cannot take the question now, among the answers
        if LATENCY > 0:
            time.sleep(LATENCY)
        if self.path.startswith("/response/"):
            count("response_url")
            self.send(200, "ok", "text/plain")
            return
        if self.path.startswith("/upload/"):
            count("upload")
            self.send(200, "OK", "text/plain")
            return
        method = self.path.rsplit("/", 1)[-1]
        if method == "auth.test":
            self.send(200, '{"ok":true,"url":"https://fake.slack.com/","team":"Fake","user":"career_bot",'
                           '"team_id":"T1","user_id":"UBOT","bot_id":"B1"}')
        elif method == "chat.postMessage":
            count(method)
            thread(body)
            self.send(200, '{"ok":true,"channel":"C1","ts":"1700000000.000100"}')
        elif method == "files.getUploadURLExternal":
            count("other")
            port = self.server.server_address[1]
            self.send(200, '{"ok":true,"upload_url":"http://127.0.0.1:%d/upload/F1","file_id":"F1"}' % port)
        elif method == "files.completeUploadExternal":
            count("other")
            self.send(200, '{"ok":true,"files":[{"id":"F1","title":"picture"}]}')
        elif method == "chat.postEphemeral":
            count(method)
            self.send(200, '{"ok":true,"message_ts":"1700000000.000200"}')
        else:
            count("other")
            self.send(200, '{"ok":true}')


class Server(ThreadingHTTPServer):
    daemon_threads = True
    # The bot opens as many connections as it has posts in flight (over a hundred with latency): the default
    # backlog of 5 would drop their SYNs and delay each by a second.
    request_queue_size = 512

    def handle_error(self, request, client_address):
        pass  # a client that hangs up (the bot stopping) is no news


def main():
    server = Server(("127.0.0.1", 0), Handler)
    with open(sys.argv[1], "w") as f:
        f.write(str(server.server_address[1]))
    server.serve_forever()


if __name__ == "__main__":
    main()
