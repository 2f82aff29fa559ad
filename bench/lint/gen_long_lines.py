#!/usr/bin/env python3
"""Writes the ~1 MB hostile Dockerfiles of bench/lint/long-lines.sh into a folder (argv[1])."""
import os, sys
d = sys.argv[1]
MB = 1 << 20
def fill(unit, head="FROM scratch\n", tail="\n", prefix=""):
    n = (MB - len(head) - len(prefix) - len(tail)) // len(unit)
    return head + prefix + unit * n + tail
cases = {
    "expose-tokens": fill("x ", prefix="EXPOSE "),
    "expose-mount-flags": fill("--mount=type=cache,target=/x ", prefix="EXPOSE "),
    "run-mount-flags": fill("--mount=type=cache,target=/x ", prefix="RUN ", tail=" true\n"),
    "arg-dollars": fill("$A ", prefix="ARG "),
    "run-dollars": fill("$A", prefix="RUN "),
    "bare-dollars": fill("$A"),
    "env-dollars": fill("$A", prefix="ENV A=1 B="),
    "cr-only": fill("EXPOSE x\r", head="FROM scratch\r", tail=""),
    "heredoc-markers": fill("<<E ", prefix="RUN ", tail="\nE\n"),
    "short-instructions": fill("RUN apt-get install curl\n"),
    "env-secrets": fill("ENV DB_PASSWORD=hunter2\n"),
    # shapes where a rule looked again at every later instruction, every stage or the whole script per item
    "arg-volatile-runs": fill("ARG BUILD_DATE\nRUN make\n"),
    "install-chain": fill("apt-get install $A && ", prefix="RUN ", tail="true\n"),
    "stage-chain": "FROM scratch AS s0\n" + "".join("FROM s%d AS s%d\nRUN apt-get install $V\n" % (k, k + 1)
                                                   for k in range(MB // 40)),
    # an ENV that every stage built FROM its own inherits: DS102 asked every later stage for each such ENV
    "env-chain": "FROM scratch AS s0\n" + "".join("FROM s%d AS s%d\nENV BUILD_DATE=%d\n" % (k, k + 1, k)
                                                 for k in range(MB // 43)),
    "zz-tiny-reference": "FROM scratch\n",  # not 1 MB: the JVM start and lint floor on this machine right now
}
for name, text in cases.items():
    with open(os.path.join(d, name + ".Dockerfile"), "w") as f:
        f.write(text)
