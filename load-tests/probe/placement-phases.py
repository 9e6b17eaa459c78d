"""Placement latency by the time since the courier simulator's last pass, for load-tests/probe/placement-phases.sh.
REQUESTS: lines of open-loop.py; MOVES: epoch ms of the pickups and completions of the window's deliveries. A pass
stamps every delivery it moves with one clock reading, so the distinct stamps (within 50 ms) are the passes.
Usage: python3 placement-phases.py REQUESTS MOVES"""
import bisect
import sys


def percentile(values, share):
    return values[min(len(values) - 1, int(len(values) * share))]


requests = [tuple(map(float, line.split())) for line in open(sys.argv[1])]
stamps = sorted(float(value) for line in open(sys.argv[2]) for value in line.split())
passes = []
for stamp in stamps:
    if not passes or stamp - passes[-1] > 50:
        passes.append(stamp)
accepted = sorted(latency for _, latency, status in requests if status == 201)
print(f"{len(requests)} requests, {len(accepted)} answered 201: p50 {percentile(accepted, 0.5):.0f} ms, "
      f"p99 {percentile(accepted, 0.99):.0f} ms, max {accepted[-1]:.0f} ms; {len(passes)} simulator passes")
by_phase = {}
for arrival, latency, status in requests:
    last = bisect.bisect_right(passes, arrival) - 1
    if status == 201 and last >= 0 and arrival - passes[last] < 1000:
        by_phase.setdefault(int((arrival - passes[last]) // 100), []).append(latency)
print("ms after the pass  orders  p50  p90  p99  max  over 100 ms")
for phase, latencies in sorted(by_phase.items()):
    latencies.sort()
    print(f"{phase * 100:6d}-{phase * 100 + 99:<4d}      {len(latencies):6d} {percentile(latencies, 0.5):4.0f} "
          f"{percentile(latencies, 0.9):4.0f} {percentile(latencies, 0.99):4.0f} {latencies[-1]:4.0f} "
          f"{sum(1 for latency in latencies if latency > 100):6d}")
