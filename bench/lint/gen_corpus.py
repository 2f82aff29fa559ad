#!/usr/bin/env python3
"""Writes N varied Dockerfiles (default 1000) into a folder: several ecosystems, multi-stage builds, heredocs,
continuations, good and bad habits mixed, so every rule family has work to do. Deterministic (seeded)."""
import os
import random
import sys

out = sys.argv[1]
n = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
rnd = random.Random(42)

BASES = ["node:22-bookworm-slim", "python:3.12-slim", "golang:1.23", "eclipse-temurin:21-jdk", "rust:1.82",
         "ruby:3.3", "php:8.3-cli", "ubuntu", "alpine:latest", "debian:12", "mcr.microsoft.com/dotnet/sdk:8.0"]
INSTALLS = [("package.json package-lock.json", "npm ci"), ("requirements.txt", "pip install -r requirements.txt"),
            ("go.mod go.sum", "go mod download"), ("pom.xml", "mvn -B dependency:go-offline"),
            ("Cargo.toml Cargo.lock", "cargo fetch"), ("Gemfile Gemfile.lock", "bundle install"),
            ("composer.json composer.lock", "composer install"), ("app.csproj", "dotnet restore")]
SYS = ["apt-get update && apt-get install -y curl git",
       "apt-get update && apt-get install -y --no-install-recommends ca-certificates=20230311 "
       "&& rm -rf /var/lib/apt/lists/*",
       "apk add --no-cache curl=8.5.0-r0", "apk add git"]


def dockerfile(i):
    lines = []
    if rnd.random() < 0.3:
        lines.append("# syntax=docker/dockerfile:1")
    base = rnd.choice(BASES)
    manifests, install = rnd.choice(INSTALLS)
    multi = rnd.random() < 0.5
    lines.append(f"FROM {base}" + (" AS build" if multi else ""))
    lines.append("WORKDIR /app")
    if rnd.random() < 0.3:
        lines.append("ARG GIT_SHA")
    lines.append("RUN " + rnd.choice(SYS).replace(" && ", " \\\n    && "))
    if rnd.random() < 0.5:
        lines.append("COPY . .")
        lines.append(f"RUN {install}")
    else:
        lines.append(f"COPY {manifests} ./")
        lines.append(f"RUN --mount=type=cache,target=/root/.cache {install}")
        lines.append("COPY . .")
    if rnd.random() < 0.3:
        lines.append("RUN <<EOF\nset -e\nmake build\nmake test\nEOF")
    for k in range(rnd.randint(0, 4)):
        lines.append(f"RUN echo step{k} > /tmp/s{k}")
    if rnd.random() < 0.2:
        lines.append("RUN curl -fsSL https://example.invalid/install.sh | sh")
    if multi:
        lines.append("")
        lines.append(f"FROM {rnd.choice(['gcr.io/distroless/static-debian12', 'alpine:3.20', 'debian:12-slim'])}")
        lines.append("COPY --from=build /app/out /app")
    if rnd.random() < 0.6:
        lines.append("USER 10001")
    lines.append(f"EXPOSE {rnd.choice([80, 8080, 3000, '8080/TCP'])}")
    if rnd.random() < 0.5:
        lines.append("HEALTHCHECK --interval=30s CMD wget -qO- http://localhost:8080/health || exit 1")
    lines.append(rnd.choice(['CMD ["/app/run"]', "CMD /app/run", 'ENTRYPOINT ["/app/run"]']))
    return "\n".join(lines) + "\n"


for i in range(n):
    d = os.path.join(out, f"svc{i:04d}")
    os.makedirs(d, exist_ok=True)
    name = rnd.choice(["Dockerfile", "Dockerfile.prod", "api.Dockerfile"])
    with open(os.path.join(d, name), "w") as f:
        f.write(dockerfile(i))
    if rnd.random() < 0.5:
        with open(os.path.join(d, ".dockerignore"), "w") as f:
            f.write(".git\nnode_modules\n")
