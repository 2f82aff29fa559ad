#!/usr/bin/env python3
"""Least CPU time (user + sys, ms) of a command over RUNS runs, children included, output discarded.
Usage: cpu-of.py RUNS COMMAND [ARG...]   (prints one integer; the exit status of the command is ignored)"""
import os
import resource
import subprocess
import sys


def main():
    runs = int(sys.argv[1])
    command = sys.argv[2:]
    best = None
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       env=os.environ)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        spent = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        best = spent if best is None else min(best, spent)
    print(round(best * 1000))


if __name__ == "__main__":
    main()
