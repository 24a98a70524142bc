#!/usr/bin/env python3
"""The last lines of `make test`: how many tests ran, and every skipped one with its reason.

Swift Testing's own summary counts skipped tests as run and names them only where they were
skipped, hundreds of lines up; XCTest's names none. Reads the log of `swift test`.
"""
import re
import sys

SKIPPED = [
    re.compile(r'^\S+ (?:Test|Suite) (?P<name>.+?) skipped(?:: "(?P<reason>.*)")?$'),  # Swift Testing, .enabled(if:)
    re.compile(r'^\S+ Test (?P<name>.+?) was cancelled after [\d.]+ seconds(?:: "(?P<reason>.*)")?$'),  # Test.cancel
    re.compile(r"^.*: (?P<name>[\w.]+) : Test skipped(?: - (?P<reason>.*))?$"),  # XCTest, XCTSkip
]
RUN = re.compile(r'^\S+ Test run with (\d+) tests?')
XCTEST = re.compile(r"^\s*Executed (\d+) tests?")


def summary(lines):
    skipped, total, xctest = [], 0, 0
    for line in lines:
        line = line.rstrip("\n")
        for pattern in SKIPPED:
            m = pattern.match(line)
            if m:
                skipped.append((m.group("name"), m.groupdict().get("reason") or ""))
                break
        if m := RUN.match(line):
            total = int(m.group(1))
        if m := XCTEST.match(line):
            xctest = max(xctest, int(m.group(1)))  # the last, outermost suite holds them all
    total += xctest
    if not skipped:
        return [f"summary: {total} tests, none skipped"]
    out = [f"summary: {total} tests, {len(skipped)} skipped (not run):"]
    out += [f"  {name}" + (f": {reason}" if reason else "") for name, reason in skipped]
    return out


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8", errors="replace") as f:
        print("\n".join(summary(f)))
