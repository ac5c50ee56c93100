"""Key -> first audio sample of the new screen, with speech on.

`kiosk-bench CONFIG N speech` replays the visit with speech on and prints,
for each key that makes the kiosk speak, the time the kiosk spent (update,
view, what to say) and the text. Each text is then given to espeak-ng as
the kiosk gives it (same voice, rate and volume, text on stdin) but with
`--stdout`, and timed until the first non-zero sample comes out of the
pipe. The sum is the latency a person hears: key to first sound."""
import json, os, select, subprocess, time

KEYS = int(os.environ.get("BENCH_SPEECH_KEYS", "200"))


def first_sample_seconds(text, voice):
    start = time.monotonic()
    process = subprocess.Popen(["espeak-ng", "-v", voice, "-s", "160", "-a", "100", "--stdin", "--stdout"],
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    process.stdin.write(text.encode())
    process.stdin.close()
    data = b""
    found = None
    while found is None:
        chunk = os.read(process.stdout.fileno(), 4096)
        if not chunk:
            break
        data += chunk
        # After the 44-byte WAV header: 16-bit little-endian samples.
        samples = data[44:]
        for i in range(0, len(samples) - 1, 2):
            if samples[i] or samples[i + 1]:
                found = time.monotonic() - start
                break
    process.kill()
    process.wait()
    return found


def section(repo):
    bench = os.path.join(repo, ".build", "release", "kiosk-bench")
    config = os.path.join(repo, "kiosk-config")
    output = subprocess.check_output([bench, config, str(KEYS), "speech"]).decode()
    latencies, kiosk_share = [], []
    for line in output.splitlines():
        said = json.loads(line)
        audio = first_sample_seconds(said["text"], said["language"])
        if audio is not None:
            latencies.append(said["us"] / 1e6 + audio)
            kiosk_share.append(said["us"] / 1e6)

    def percentile(values, p):
        values = sorted(values)
        return values[min(len(values) - 1, int(len(values) * p))] * 1000

    p50, p99 = percentile(latencies, 0.5), percentile(latencies, 0.99)
    return [
        "## Speech: key -> first audio sample of the new screen", "",
        f"{len(latencies)} utterances of the replayed visit with speech on (the screen, or only the moved highlight).", "",
        "| measure | value | goal | met |", "|---|---|---|---|",
        f"| Key -> first audio sample, p50 | {p50:.0f} ms | < 150 ms | {'yes' if p50 < 150 else 'no'} |",
        f"| Key -> first audio sample, p99 | {p99:.0f} ms | < 150 ms | {'yes' if p99 < 150 else 'no'} |",
        f"|   of which: the kiosk (update, view, what to say), p50 / p99 | {percentile(kiosk_share, 0.5):.1f} / {percentile(kiosk_share, 0.99):.1f} ms | | |", "",
        "How: `kiosk-bench CONFIG N speech` replays the visit through `update`, `view` and the speech director, as the loop does, "
        "and times what the kiosk does before espeak-ng starts; each text then goes to espeak-ng as the kiosk sends it "
        "(same voice, rate and volume, on standard input) with `--stdout`, timed until the first non-zero sample "
        "leaves the pipe. The sound card's own buffer is not counted.", "",
    ]
