"""Open-loop POST /orders for load-tests/probe/placement-phases.sh: the README's order at RATE per second for SECONDS,
each request sent at its fixed arrival time whatever the answers before it (a pool of connections takes the next
arrival), so a slow stack shows as latency, not as a lower rate. Writes one line per request: arrival (epoch ms),
latency from the arrival (ms), status (0: no answer). Needs TOKEN (Alice's customer token) in the environment.
Usage: python3 open-loop.py RATE SECONDS OUT [port=8080]"""
import http.client
import json
import os
import queue
import sys
import threading
import time
import uuid

rate, seconds, out = float(sys.argv[1]), float(sys.argv[2]), sys.argv[3]
port = int(sys.argv[4]) if len(sys.argv) > 4 else 8080
headers = {"Content-Type": "application/json", "Authorization": "Bearer " + os.environ["TOKEN"]}
body = json.dumps({"userId": "11111111-1111-4111-8111-111111111111",
                   "restaurantId": "22222222-2222-4222-8222-222222222221",
                   "items": [{"menuItemId": "33333333-3333-4333-8333-333333333311", "quantity": 2}],
                   "deliveryAddress": {"street": "Friedrichstr. 1", "city": "Berlin", "postalCode": "10117"},
                   "paymentToken": "tok_visa"})
arrivals, results, lock = queue.Queue(), [], threading.Lock()


def sender():
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    while (arrival := arrivals.get()) is not None:
        time.sleep(max(0.0, arrival - time.time()))
        try:
            connection.request("POST", "/orders", body, headers | {"Idempotency-Key": str(uuid.uuid4())})
            answer = connection.getresponse()
            answer.read()
            status = answer.status
        except (OSError, http.client.HTTPException):
            status = 0
            connection.close()
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        with lock:
            results.append((arrival, time.time() - arrival, status))


senders = [threading.Thread(target=sender, daemon=True) for _ in range(48)]
for thread in senders:
    thread.start()
start = time.time() + 0.5
for i in range(int(rate * seconds)):
    arrival = start + i / rate
    # handed out just in time, so the next idle sender takes the next arrival
    while arrival - time.time() > 0.05:
        time.sleep(0.01)
    arrivals.put(arrival)
for _ in senders:
    arrivals.put(None)
for thread in senders:
    thread.join()
with open(out, "w") as lines:
    for arrival, latency, status in sorted(results):
        lines.write(f"{arrival * 1000:.1f} {latency * 1000:.1f} {status}\n")
