#!/usr/bin/env python3
"""Time to the end of the first frame in a pseudo-terminal, for bench/startup.sh.

Each program is started in a fresh 80x24 pseudo-terminal; the clock starts just before
the fork and stops when the program has written its marker (text the frame draws last: its bottom
row, a dialog box's message; several markers joined with `|` must all have come), the
frame's end. The program is then killed. The
programs are run in turn (A B C A B C ...), so that a change in the machine's load falls
on all of them alike; the median of each is printed, and its ratio to the first peer.

    first_frame.py RUNS NAME MARKER -- CMD... ;; NAME MARKER -- CMD... ;; ...
"""
import fcntl
import os
import pty
import select
import signal
import statistics
import struct
import sys
import termios
import time


def once(command, marker, env):
    markers = [m.encode() for m in marker.split("|")]
    started = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
        try:
            os.execvpe(command[0], command, env)
        finally:
            os._exit(127)
    seen = b""
    took = None
    deadline = started + 10
    while time.perf_counter() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.5)
        if not ready:
            continue
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
        if all(m in seen for m in markers):
            took = time.perf_counter() - started
            break
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    os.close(fd)
    if took is None:
        sys.exit(f"first_frame: {command[0]} never showed {marker!r}; it wrote:\n{seen[-2000:]!r}")
    return took


def main():
    runs = int(sys.argv[1])
    specs = []
    for part in " ".join(sys.argv[2:]).split(" ;; "):
        head, command = part.split(" -- ", 1)
        name, marker = head.split(" ", 1)
        specs.append((name, marker.replace("_", " "), command.split()))
    env = dict(os.environ, TERM="xterm-256color")
    times = {name: [] for name, _, _ in specs}
    for name, marker, command in specs:  # one warm-up run each
        once(command, marker, env)
    for _ in range(runs):
        for name, marker, command in specs:
            times[name].append(once(command, marker, env))
    medians = {name: statistics.median(t) * 1000 for name, t in times.items()}
    peers = [name for name in medians if name.startswith("dialog") or name.startswith("whiptail")]
    print(f"| program | median ms | min ms | max ms | × dialog | × whiptail |")
    print(f"|---|---:|---:|---:|---:|---:|")
    for name, t in times.items():
        ratios = []
        for peer in ("dialog", "whiptail"):
            ratios.append(f"{medians[name] / medians[peer]:.2f}" if peer in medians else "–")
        print(f"| {name} | {medians[name]:.1f} | {min(t) * 1000:.1f} | {max(t) * 1000:.1f} | {ratios[0]} | {ratios[1]} |")


if __name__ == "__main__":
    main()
