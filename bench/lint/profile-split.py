#!/usr/bin/env python3
"""Where a lint run's CPU goes, from a JFR recording (jdk.ExecutionSample, all threads): the share of samples in
parsing, the rules (and by rule), preparing the shared views, the findings' sort/cap/sanitise/frames, the JSON or
text output, and the rest of the JVM (start-up, picocli). Usage:
  java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:StartFlightRecording=settings=profile,filename=x.jfr \\
       -jar target/dockscope-*-all.jar lint -o json --fail-on none FILE >/dev/null
  bench/lint/profile-split.py x.jfr [JFR_TOOL]      (JFR_TOOL: the jfr program of the JDK that recorded it)"""
import collections
import re
import subprocess
import sys

rec = sys.argv[1]
tool = sys.argv[2] if len(sys.argv) > 2 else "jfr"
text = subprocess.run([tool, "print", "--events", "jdk.ExecutionSample", "--stack-depth", "300", rec],
                      capture_output=True, text=True, check=True).stdout
phases, rules, tops = collections.Counter(), collections.Counter(), collections.Counter()
events = text.split("jdk.ExecutionSample {")[1:]
for ev in events:
    s = re.findall(r"^\s+([\w$./<>]+\.[\w$<>]+)\(", ev, re.M)
    j = " ".join(s)
    rule = next((f.split(".")[-2] for f in s if ".lint.rules.DS" in f), None)
    if ".lint.rules." in j and ("Linter.check" in j or "Linter.lint" in j):
        p = "rules"
        rules[rule or "shared rule code"] += 1
    elif "LintContext.prepare" in j:
        p = "prepare (shared views)"
    elif "Linter.lint" in j:
        p = "findings: sort, cap, sanitise, frames"
    elif "DockerfileParser" in j:
        p = "parse"
    elif "DockerfileSource" in j:
        p = "read"
    elif "jackson" in j or ".render." in j:
        p = "output (JSON / text)"
    else:
        p = "JVM, picocli, other"
    phases[p] += 1
    if s:
        tops[s[0]] += 1
n = max(1, len(events))
print("%s: %d samples" % (rec, len(events)))
print("  phases: " + ", ".join("%s %.0f%%" % (k, 100.0 * v / n) for k, v in phases.most_common()))
print("  rules:  " + ", ".join("%s %.1f%%" % (k, 100.0 * v / n) for k, v in rules.most_common(8)))
print("  top frames: " + ", ".join("%s %.1f%%" % (".".join(k.split(".")[-2:]), 100.0 * v / n) for k, v in tops.most_common(5)))
