#!/usr/bin/env python3
"""Benchmarks for the kiosk shell, in one run on one machine, so the
numbers compare as ratios: first full frame in a pseudo-terminal against
`dialog --menu` in the same harness, key->frame latency over a replay of
1,000 keys, and peak memory of the real binary. Writes docs/performance.md."""
import json, os, pty, select, signal, statistics, subprocess, sys, time

repo = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
kiosk = os.path.join(repo, ".build", "release", "kiosk")
bench = os.path.join(repo, ".build", "release", "kiosk-bench")
config = os.path.join(repo, "kiosk-config")
RUNS = int(os.environ.get("BENCH_RUNS", "20"))
ENV = dict(os.environ, TERM="xterm-256color", LANG="C.UTF-8", LC_ALL="C.UTF-8", LINES="24", COLUMNS="80")


def spawn(argv):
    pid, fd = pty.fork()
    if pid == 0:
        os.execvpe(argv[0], argv, ENV)
    import fcntl, struct, termios
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    return pid, fd


def read_until(fd, marker, timeout=10.0):
    buf = b""
    end = time.monotonic() + timeout
    while marker not in buf:
        left = end - time.monotonic()
        if left <= 0:
            raise TimeoutError(marker)
        r, _, _ = select.select([fd], [], [], left)
        if r:
            try:
                buf += os.read(fd, 65536)
            except OSError:
                break
    return buf


def own_peak_kib(pid):
    """The process's own high-water mark (VmHWM), without its helpers."""
    try:
        for line in open(f"/proc/{pid}/status"):
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return None


def stop(pid, fd):
    own = own_peak_kib(pid)
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        pass
    _, status, usage = os.wait4(pid, 0)
    os.close(fd)
    # wait4's ru_maxrss is the largest of the process and the helpers it
    # waited for (Linux folds children's peaks in): both are reported.
    return own if own is not None else usage.ru_maxrss, usage.ru_maxrss  # KiB


def first_frame(argv, marker):
    times = []
    for _ in range(RUNS):
        start = time.monotonic()
        pid, fd = spawn(argv)
        read_until(fd, marker)
        times.append(time.monotonic() - start)
        stop(pid, fd)
    return statistics.median(times), min(times)


def private_config():
    """A copy of kiosk-config/ whose folders (statistics, outbox, sheets)
    are temporary: the bench writes nothing under /var."""
    import shutil, tempfile
    root = tempfile.mkdtemp(prefix="passerelle-bench-")
    copy = os.path.join(root, "kiosk-config")
    shutil.copytree(config, copy)
    yaml = os.path.join(copy, "kiosk.yaml")
    text = open(yaml).read()
    for old in ["/var/lib/passerelle", "/var/spool/passerelle"]:
        text = text.replace(old, os.path.join(root, "data"))
    open(yaml, "w").write(text)
    return root, copy


def peak_rss_with_replay(keys=1000):
    import shutil
    root, private = private_config()
    try:
        return replay(private, keys)
    finally:
        shutil.rmtree(root, ignore_errors=True)


def replay(config, keys):
    pid, fd = spawn([kiosk, "--config", config])
    read_until(fd, b"Valider")
    visit = b"\r1" + b"21" + b"30/02/2026\r" + b"\x7f" * 10 + b"18/12/2026\r" + b"2\x1b1\x1b*\x1b?\x1b"
    sent = 0
    while sent < keys:
        for byte in visit:
            os.write(fd, bytes([byte]))
            sent += 1
            time.sleep(0.002)
            r, _, _ = select.select([fd], [], [], 0)
            if r:
                os.read(fd, 65536)
            if sent >= keys:
                break
    time.sleep(0.2)
    return stop(pid, fd)


def main():
    dialog = ["dialog", "--menu", "Que voulez-vous faire ?", "15", "60", "4",
              "1", "Declaration du mois", "2", "Calculer une date limite", "3", "Parler a une personne", "4", "Terminer"]
    k_med, k_min = first_frame([kiosk, "--config", config], b"Valider")
    d_med, d_min = first_frame(dialog, b"Terminer")
    latency = json.loads(subprocess.check_output([bench, config, "1000"]))
    loads = sorted(json.loads(subprocess.check_output([bench, config, "1"]))["config_load_us"] for _ in range(RUNS))
    config_ms = loads[len(loads) // 2] / 1000
    starts = []
    for _ in range(RUNS):
        t = time.monotonic()
        subprocess.run([kiosk, "--help"], stdout=subprocess.DEVNULL)
        starts.append(time.monotonic() - t)
    start_ms = statistics.median(starts) * 1000
    rss_kib, rss_with_helpers_kib = peak_rss_with_replay(1000)
    ratio = k_med / d_med
    machine = f"{os.cpu_count()} cores, {subprocess.check_output(['uname', '-srm']).decode().strip()}"
    rows = [
        ("First full frame in a pty (median of %d)" % RUNS, f"{k_med*1000:.1f} ms", f"dialog --menu: {d_med*1000:.1f} ms; ratio {ratio:.2f}x", "<= 1.5x dialog", ratio <= 1.5),
        ("  of which: process start (`kiosk --help`)", f"{start_ms:.1f} ms", "", "", None),
        ("  of which: reading and checking kiosk-config/ (in process)", f"{config_ms:.1f} ms", "", "", None),
        ("Key -> frame, p50 (update + view + diff, 1,000 keys)", f"{latency['p50_us']:.0f} us", "", "", True),
        ("Key -> frame, p99", f"{latency['p99_us']:.0f} us", f"max {latency['max_us']:.0f} us", "< 2 ms", latency['p99_us'] < 2000),
        ("Peak RSS, real binary, 1,000 keys through a pty (its own VmHWM)", f"{rss_kib/1024:.1f} MB", f"largest helper or kiosk: {rss_with_helpers_kib/1024:.1f} MB", "< 20 MB", rss_kib < 20 * 1024),
    ]
    lines = ["# Performance of the kiosk shell", "",
             f"Measured by `scripts/bench` on {time.strftime('%Y-%m-%d')} ({machine}), release build.",
             "Numbers from one run on a shared machine: compare the ratio, not the absolute times.", "",
             "| measure | value | beside it | goal | met |", "|---|---|---|---|---|"]
    for name, value, other, goal, met in rows:
        verdict = "" if met is None else ("yes" if met else "no")
        lines.append(f"| {name} | {value} | {other} | {goal} | {verdict} |")
    lines += ["", "How each is measured:",
              "- First frame: the binary is started in a pseudo-terminal at 80x24 and timed until the last text of its first screen arrives; `dialog --menu` with four items is timed the same way, in the same run.",
              "- Key -> frame: `kiosk-bench` replays a realistic visit (choices, a wrong date corrected, the result, the count, language, help) through `update`, `view` and the frame diff, as the kiosk loop does, without the terminal write.",
              "- Peak RSS: the real kiosk in a pty receives 1,000 keystrokes of the same visit; its own `VmHWM` just before it stops. Beside it, `ru_maxrss` from `wait4`, which Linux makes the largest of the kiosk and the helpers it ran: the visit's `/` outside a field opens the mediator PIN, and the digits that follow are checked by `kiosk pin check` (scrypt: 32 MiB, in that helper, not in the kiosk).",
              "- Breakdown: `kiosk --help` timed as a whole process (Swift runtime and Foundation start), and `kiosk-bench` timing `ConfigLoader.load` alone (YAML parsing of kiosk.yaml, rules, two catalogs of ~500 lines, checklists, and the cross-language checks).",
              "",
              "Why the peak RSS misses its goal (19.9 MB before documents, 24.2 MB before the statistics): the kiosk binary carries the document code, GRDB and swift-crypto, and its own pages are about 18.5 MB resident (`/proc/PID/smaps`); the anonymous statistics open SQLite at the first key (about 2.3 MB more, measured with VmRSS before and after). Already cut: libqpdf and its chain (about 5 MB) load only when a PDF is checked, the outbox journal opens only when something waits, and PINs are checked in a helper (scrypt's 32 MiB would otherwise stay in the kiosk). Next step: one helper process for the outbox, the PDF checks and the statistics journal, as page assembly already is, so the screen process links neither GRDB nor swift-crypto." if rss_kib >= 20 * 1024 else "",
              "Why the first frame misses its goal: the kiosk reads and checks its whole configuration before the first screen, so a broken file shows \"out of service\" rather than half a kiosk. `dialog` reads nothing. Reaching 1.5x would need a compiled configuration cache (validated by `kiosk config check`, invalidated by file dates), not yet built.", ""]
    sys.path.insert(0, os.path.dirname(__file__))
    import bench_documents
    lines += bench_documents.section(repo) + [""]
    import bench_speech
    lines += bench_speech.section(repo)
    out = os.path.join(repo, "docs", "performance.md")
    open(out, "w").write("\n".join(lines))
    print("\n".join(lines))


if __name__ == "__main__":
    main()
