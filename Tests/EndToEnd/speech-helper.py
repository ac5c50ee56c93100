#!/usr/bin/env python3
"""Helpers for speech-tests.sh: the test rig's WAV files and texts.

  speech-helper.py peak FILE.wav          prints the peak amplitude (0..32767)
  speech-helper.py words FILE             prints the letters-and-digits words, one line
  speech-helper.py screen-words CATALOG   the same for a tmux capture on stdin, without
                                          the site name bar (the first line), the key
                                          bar's symbol keys by their names (speech.key.*)
"""
import re
import sys
import wave


def words(text):
    # Letters and digits only, as SpeechCrawlTests reads a screen.
    return " ".join(re.findall(r"[^\W_]+", text))


def main():
    command = sys.argv[1]
    if command == "peak":
        with wave.open(sys.argv[2], "rb") as w:
            if w.getsampwidth() != 2:
                sys.exit("expected 16-bit samples")
            data = w.readframes(w.getnframes())
        peak = 0
        for i in range(0, len(data) - 1, 2):
            peak = max(peak, abs(int.from_bytes(data[i:i + 2], "little", signed=True)))
        print(peak)
    elif command == "words":
        with open(sys.argv[2], encoding="utf-8") as f:
            print(words(f.read()))
    elif command == "screen-words":
        names = {}
        symbols = {"star": "*", "question": "?", "plus": "+", "minus": "-", "equals": "=", "slash": "/"}
        with open(sys.argv[2], encoding="utf-8") as f:
            for line in f:
                m = re.match(r'^speech\.key\.(\w+): "(.*)"$', line.strip())
                if m and m.group(1) in symbols:
                    names[symbols[m.group(1)]] = m.group(2)
        lines = sys.stdin.read().rstrip("\n").split("\n")
        key_bar = " ".join(names.get(token, token) for token in lines[-1].split(" "))
        print(words("\n".join(lines[1:-1] + [key_bar])))
    else:
        sys.exit("unknown command " + command)


if __name__ == "__main__":
    main()
