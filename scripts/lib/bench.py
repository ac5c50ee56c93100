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


def rss_breakdown_kib(pid):
    """Resident KiB by where the pages come from (/proc/PID/smaps): the
    kiosk binary's own file, shared libraries, and anonymous memory (heap,
    stacks, the binary's relocated data)."""
    parts = {"binary": 0, "libraries": 0, "anonymous": 0}
    name = ""
    try:
        for line in open(f"/proc/{pid}/smaps"):
            fields = line.split()
            if fields and "-" in fields[0] and len(fields) >= 5 and not fields[0].endswith(":"):
                name = fields[5] if len(fields) >= 6 else ""
            elif fields and fields[0] == "Rss:":
                kib = int(fields[1])
                if name == os.path.realpath(kiosk):
                    parts["binary"] += kib
                elif name.startswith("/"):
                    parts["libraries"] += kib
                else:
                    parts["anonymous"] += kib
    except OSError:
        pass
    return parts


def at_first_frame(config_dir):
    """Resident memory once the first screen is drawn, before any key."""
    pid, fd = spawn([kiosk, "--config", config_dir])
    read_until(fd, b"Valider")
    time.sleep(0.1)
    parts = rss_breakdown_kib(pid)
    stop(pid, fd)
    return parts


def larger_rules(factor):
    """A private copy of kiosk-config/ whose rules folder is `factor` times
    larger: obligations.yaml again under other rule ids."""
    import re
    root, copy = private_config()
    source = open(os.path.join(config, "rules", "obligations.yaml")).read()
    for n in range(2, factor + 1):
        text = re.sub(r"(\n  - id: )([\w-]+)", lambda m: f"{m.group(1)}{m.group(2)}-copy{n}", source)
        open(os.path.join(copy, "rules", f"obligations-copy{n}.yaml"), "w").write(text)
    lines = sum(len(open(os.path.join(copy, "rules", f)).readlines()) for f in os.listdir(os.path.join(copy, "rules")))
    return root, copy, lines


def situation_with(events):
    """A situation file with `events` dated events (appointments, some
    missed, and letters), spread over the two years before today."""
    import datetime, tempfile
    today = datetime.date(2026, 11, 22)
    appointments, notices = [], []
    for i in range(events):
        day = (today - datetime.timedelta(days=1 + (i * 7) % 720)).isoformat()
        if i % 10 == 9:
            notices.append({"date": day})
        else:
            appointments.append({"date": day, "missed": i % 3 == 0})
    situation = {"department": "75", "today": today.isoformat(), "last_declared_month": "2026-10",
                 "appointments": appointments, "notices": notices}
    handle, path = tempfile.mkstemp(prefix="passerelle-bench-", suffix=".json")
    os.write(handle, json.dumps(situation).encode())
    os.close(handle)
    return path


def risks_ms(events, runs=5):
    path = situation_with(events)
    try:
        times = []
        for _ in range(runs):
            t = time.monotonic()
            subprocess.run([kiosk, "risks", "--config", config, "--situation", path], stdout=subprocess.DEVNULL, check=True)
            times.append(time.monotonic() - t)
        return statistics.median(times) * 1000
    finally:
        os.remove(path)


def main():
    import shutil
    # Nine entries, as many as the kiosk's home menu.
    entries = ["Declaration du mois", "Verifier mes risques", "Envoyer un document", "Preparer un rendez-vous",
               "Fenetre de declaration", "Calculer une date limite", "Mots difficiles", "Parler a une personne",
               "Terminer"]
    dialog = ["dialog", "--menu", "Que voulez-vous faire ?", "20", "60", "9"]
    for number, entry in enumerate(entries, start=1):
        dialog += [str(number), entry]
    k_med, k_min = first_frame([kiosk, "--config", config], b"Valider")
    d_med, d_min = first_frame(dialog, entries[-1].encode())
    root, big, big_lines = larger_rules(10)
    try:
        big_med, _ = first_frame([kiosk, "--config", big], b"Valider")
        big_runs = [json.loads(subprocess.check_output([bench, "phases", big])) for _ in range(5)]
        big_phases = {key: statistics.median(run[key] for run in big_runs) for key in big_runs[0]}
    finally:
        shutil.rmtree(root, ignore_errors=True)
    rule_lines = sum(len(open(os.path.join(config, "rules", f)).readlines()) for f in os.listdir(os.path.join(config, "rules")))
    latency = json.loads(subprocess.check_output([bench, config, "1000"]))
    loads = sorted(json.loads(subprocess.check_output([bench, config, "1"]))["config_load_us"] for _ in range(RUNS))
    config_ms = loads[len(loads) // 2] / 1000
    phase_runs = [json.loads(subprocess.check_output([bench, "phases", config])) for _ in range(RUNS)]
    phases = {key: statistics.median(run[key] for run in phase_runs) / 1000 for key in phase_runs[0]}
    starts = []
    for _ in range(RUNS):
        t = time.monotonic()
        subprocess.run([kiosk, "--help"], stdout=subprocess.DEVNULL)
        starts.append(time.monotonic() - t)
    start_ms = statistics.median(starts) * 1000
    first = at_first_frame(config)
    rss_kib, rss_with_helpers_kib = peak_rss_with_replay(1000)
    risks = {n: risks_ms(n) for n in (10, 100, 1000)}
    ratio = k_med / d_med
    machine = f"{os.cpu_count()} cores, {subprocess.check_output(['uname', '-srm']).decode().strip()}"
    first_mb = sum(first.values()) / 1024
    rows = [
        ("First full frame in a pty (median of %d)" % RUNS, f"{k_med*1000:.1f} ms", f"dialog --menu, 9 items: {d_med*1000:.1f} ms; ratio {ratio:.2f}x", "<= 1.5x dialog", ratio <= 1.5),
        ("  of which: process start (`kiosk --help`)", f"{start_ms:.1f} ms", "", "", None),
        ("  of which: reading and checking kiosk-config/ (in process)", f"{config_ms:.1f} ms", "", "", None),
        (f"First full frame, rules folder 10x larger ({big_lines} lines instead of {rule_lines})", f"{big_med*1000:.1f} ms", f"{big_med / k_med:.2f}x the bundled folder", "linear or better", None),
        ("Key -> frame, p50 (update + view + diff, 1,000 keys)", f"{latency['p50_us']:.0f} us", "", "", True),
        ("Key -> frame, p99", f"{latency['p99_us']:.0f} us", f"max {latency['max_us']:.0f} us", "< 2 ms", latency['p99_us'] < 2000),
        ("Resident memory at the first frame", f"{first_mb:.1f} MB", f"binary {first['binary']/1024:.1f}, libraries {first['libraries']/1024:.1f}, anonymous {first['anonymous']/1024:.1f} MB", "", None),
        ("Peak RSS, real binary, 1,000 keys through a pty (its own VmHWM)", f"{rss_kib/1024:.1f} MB", f"largest helper or kiosk: {rss_with_helpers_kib/1024:.1f} MB", "< 20 MB", rss_kib < 20 * 1024),
        ("`kiosk risks`, 10 / 100 / 1,000 events (whole process)", " / ".join(f"{risks[n]:.1f}" for n in (10, 100, 1000)) + " ms", f"1,000 events cost {(risks[1000] - risks[10]) / 990 * 1000:.1f} us each beyond 10", "linear or better", None),
    ]
    lines = ["# Performance of the kiosk shell", "",
             f"Measured by `scripts/bench` on {time.strftime('%Y-%m-%d')} ({machine}), release build.",
             "Numbers from one run on a shared machine: compare the ratio, not the absolute times.", "",
             "| measure | value | beside it | goal | met |", "|---|---|---|---|---|"]
    for name, value, other, goal, met in rows:
        verdict = "" if met is None else ("yes" if met else "no")
        lines.append(f"| {name} | {value} | {other} | {goal} | {verdict} |")
    parsed = {k: v for k, v in phases.items() if k != "load"}
    lines += ["", f"Where reading kiosk-config/ goes (`kiosk-bench phases`, median of {RUNS} runs, and of 5 with the larger rules; ms). Each part is timed apart, so the parts of one column may not add up exactly:", "",
              "| part | bundled folder | rules 10x larger |", "|---|---|---|"]
    for key in parsed:
        lines.append(f"| YAML read and parse: {key} | {phases[key]:.2f} | {big_phases.get(key, 0) / 1000:.2f} |")
    rest = phases["load"] - sum(parsed.values())
    big_rest = big_phases["load"] / 1000 - sum(v for k, v in big_phases.items() if k != "load") / 1000
    lines.append(f"| building the values and the cross-checks | {rest:.2f} | {big_rest:.2f} |")
    lines.append(f"| whole `ConfigLoader.load` | {phases['load']:.2f} | {big_phases['load'] / 1000:.2f} |")
    lines += ["", "How each is measured:",
              "- First frame: the binary is started in a pseudo-terminal at 80x24 and timed until the last text of its first screen arrives; `dialog --menu` with nine items (as many as the kiosk's home menu) is timed the same way, in the same run.",
              "- Larger rules: a private copy of kiosk-config/ whose rules folder holds obligations.yaml nine more times under other rule ids.",
              "- Key -> frame: `kiosk-bench` replays a realistic visit (choices, a wrong date corrected, the result, the count, language, help) through `update`, `view` and the frame diff, as the kiosk loop does, without the terminal write.",
              "- Memory at the first frame: `/proc/PID/smaps` of the kiosk once its first screen is drawn, split by where the pages come from.",
              "- Peak RSS: the real kiosk in a pty receives 1,000 keystrokes of the same visit; its own `VmHWM` just before it stops. Beside it, `ru_maxrss` from `wait4`, which Linux makes the largest of the kiosk and the helpers it ran: the visit's `/` outside a field opens the mediator PIN, and the digits that follow are checked by `kiosk pin check` (scrypt: 32 MiB, in that helper, not in the kiosk).",
              "- Breakdown: `kiosk --help` timed as a whole process (Swift runtime and Foundation start), and `kiosk-bench` timing `ConfigLoader.load` and the YAML parsing of each group of files alone.",
              "- `kiosk risks`: a situation file with 10, 100 and 1,000 dated events (appointments, one in three missed, and letters), median of 5 whole runs each.",
              ""]
    # What the figures say, written from the figures of this run.
    said = []
    growth = big_med / k_med
    said.append(f"Cost as the rules grow: {big_lines / rule_lines:.1f}x the rule lines made the first frame {growth:.2f}x slower "
                f"({k_med*1000:.1f} -> {big_med*1000:.1f} ms), {'less than' if growth < big_lines / rule_lines else 'more than'} linear. "
                f"`kiosk risks` took {risks[10]:.1f} ms with 10 events and {risks[1000]:.1f} ms with 1,000 "
                f"({risks[1000] / risks[10]:.2f}x for 100x the events): {'the process start dominates, growth is linear or better' if risks[1000] / risks[10] < 100 else 'growth is worse than linear'}.")
    if ratio > 1.5:
        yaml_ms = sum(parsed.values())
        catalog_keys = [k for k in parsed if k.startswith("content/")]
        catalogs_ms = sum(parsed[k] for k in catalog_keys)
        said.append(f"Why the first frame misses its goal: the kiosk's first frame took {k_med*1000:.1f} ms against dialog's {d_med*1000:.1f} ms ({ratio:.2f}x). "
                    f"Starting the process alone (`kiosk --help`) takes {start_ms:.1f} ms, which is already {start_ms / (d_med*1000):.2f}x dialog's whole first frame; "
                    f"reading and checking kiosk-config/ takes {phases['load']:.1f} ms, of which {yaml_ms:.1f} ms is YAML parsing "
                    f"({max(parsed, key=parsed.get)} is the largest part, {max(parsed.values()):.1f} ms) and {rest:.1f} ms building the values and cross-checking them. "
                    f"The catalogs alone take {catalogs_ms:.1f} ms ({len(catalog_keys)} languages, {catalogs_ms / max(1, len(catalog_keys)):.1f} ms each); the first screen needs one. "
                    f"Reaching 1.5x ({1.5 * d_med * 1000:.1f} ms) needs all three: a compiled configuration cache checked against the files' dates (no YAML parsed at start), "
                    f"catalogs of languages not on screen read when chosen (each language added today adds its catalog to every start), "
                    f"and a smaller screen process (the start of one static binary carrying Foundation, GRDB, swift-crypto and the CLI is {start_ms:.1f} ms).")
    else:
        said.append(f"The first frame meets its goal: {k_med*1000:.1f} ms against dialog's {d_med*1000:.1f} ms ({ratio:.2f}x).")
    if rss_kib >= 20 * 1024:
        said.append(f"Why the peak memory misses its goal: the kiosk's own VmHWM over the visit was {rss_kib/1024:.1f} MB. "
                    f"At the first frame, before any key, it holds {first_mb:.1f} MB: {first['binary']/1024:.1f} MB of the kiosk binary's own pages, "
                    f"{first['libraries']/1024:.1f} MB of shared libraries and {first['anonymous']/1024:.1f} MB anonymous (heap, stacks, relocated data). "
                    f"The visit adds {(rss_kib - sum(first.values()))/1024:.1f} MB. The screen targets no longer link GRDB or swift-crypto, but the `kiosk` executable still does "
                    f"for its staff commands and the effects it runs in process (outbox, statistics journal): going under 20 MB needs the screen process to be its own "
                    f"executable, with those effects in helper processes, as page assembly and PIN checks already are.")
    else:
        said.append(f"The peak memory meets its goal: {rss_kib/1024:.1f} MB over the visit, {first_mb:.1f} MB at the first frame.")
    lines += said + [""]
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
