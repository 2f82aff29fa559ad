# Sourced by run.sh and cpu.sh from the project folder: the daemon in DOCKER_HOST (else the private test daemon,
# started here and stopped on exit), a temp folder $work removed on exit, the 4-layer busybox image
# dsbench-startup:1, the 20-line Dockerfile $work/Dockerfile, and the JDKs to measure in jdks (JDK 17, then each
# JDK >= 24 found).
started=""
if [ -z "${DOCKER_HOST:-}" ]; then
  scripts/test-daemon start
  started=1
  DOCKER_HOST="$(scripts/test-daemon host)"
  export DOCKER_HOST
fi
work="$(mktemp -d)"
cleanup() {
  docker image rm -f dsbench-startup:1 >/dev/null 2>&1 || true
  rm -rf "$work"
  if [ -n "$started" ]; then scripts/test-daemon stop || true; fi
}
trap cleanup EXIT
cp /bin/busybox "$work/busybox"
printf '%s\n' 'FROM scratch' 'COPY busybox /bin/busybox' 'RUN ["/bin/busybox", "--install", "-s", "/bin"]' \
  'RUN echo hello > /greeting' 'CMD ["sh"]' > "$work/Dockerfile.img"
DOCKER_BUILDKIT=0 docker build -q -t dsbench-startup:1 -f "$work/Dockerfile.img" "$work" >/dev/null
cat > "$work/Dockerfile" <<'DF'
FROM node:22-bookworm
LABEL org.opencontainers.image.title="web"
ARG NODE_ENV=production
ENV NODE_ENV=$NODE_ENV
WORKDIR /app
RUN apt-get update
RUN apt-get install -y curl
COPY . .
RUN npm ci
RUN npm run build
USER node
EXPOSE 3000
HEALTHCHECK CMD curl -f http://localhost:3000/ || exit 1
VOLUME /data
ENV PORT=3000
ARG BUILD_DATE
LABEL org.opencontainers.image.created=$BUILD_DATE
STOPSIGNAL SIGTERM
ENTRYPOINT ["node"]
CMD ["server.js"]
DF

jdks=()
[ -d /usr/lib/jvm/java-17-openjdk-amd64 ] && jdks+=(/usr/lib/jvm/java-17-openjdk-amd64)
for j in /usr/lib/jvm/*; do
  v=$("$j/bin/java" -XshowSettings:properties -version 2>&1 | awk -F= '/java.specification.version/ {gsub(/ /, "", $2); print $2}') || continue
  [ -n "$v" ] && [ "$v" -ge 24 ] 2>/dev/null && jdks+=("$j")
done
