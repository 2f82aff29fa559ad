package dev.dockscope.explain;

import static dev.dockscope.explain.FakeLiveContext.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockscope.concepts.Concept;
import dev.dockscope.concepts.LiveExample;
import dev.dockscope.concepts.LiveSection;
import dev.dockscope.render.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LiveFindersTest {
    private final FakeLiveContext ctx = new FakeLiveContext();
    private final Map<Concept, LiveFinder> finders = LiveFinders.byConcept(LiveFinders.all(new LintInsight()));

    private LiveExample find(Concept c) {
        return finders.get(c).find(ctx);
    }

    /** Facts as "label=value" lines, for readable assertions. */
    private static String text(LiveExample e) {
        StringBuilder b = new StringBuilder(e.headline()).append('\n');
        e.facts().forEach(f -> b.append("  ".repeat(f.level())).append(f.label()).append('=').append(f.value()).append('\n'));
        e.notes().forEach(n -> b.append("note: ").append(n).append('\n'));
        return b.toString();
    }

    @Test
    void thereIsExactlyOneFinderPerCard() {
        List<LiveFinder> all = LiveFinders.all(new LintInsight());
        assertEquals(Concept.values().length, all.size());
        assertEquals(EnumSet.allOf(Concept.class), EnumSet.copyOf(all.stream().map(LiveFinder::concept).toList()));
        all.forEach(f -> assertFalse(f.wouldShow().isBlank(), f.concept() + " wouldShow"));
    }

    private void runningContainer() {
        ctx.containersAll = json("[{'Id':'c1','Names':['/old'],'State':'running','Created':100},"
                + "{'Id':'c2','Names':['/web'],'State':'running','Created':200},"
                + "{'Id':'c3','Names':['/done'],'State':'exited','Created':300}]");
        ctx.containerInspect.put("c2", json("{'Id':'c2','Name':'/web','Path':'nginx','Args':['-g','daemon off;'],"
                + "'Image':'sha256:0123456789abcdef0123','Config':{'Image':'nginx:1.25'},"
                + "'State':{'Status':'running','Pid':4242,'StartedAt':'2026-01-02T03:04:05Z'},"
                + "'SizeRw':12000,'SizeRootFs':190012000,"
                + "'HostConfig':{'PidMode':'host','NetworkMode':'shop','IpcMode':'container:db','UTSMode':'',"
                + "'UsernsMode':'','CgroupnsMode':'private','Memory':268435456,'NanoCpus':500000000,'PidsLimit':100}}"));
        ctx.stats.put("c2", json("{'memory_stats':{'usage':60000000,'limit':268435456,'stats':{'inactive_file':10000000}},"
                + "'pids_stats':{'current':7},"
                + "'cpu_stats':{'cpu_usage':{'total_usage':2000000000},'system_cpu_usage':200000000000,'online_cpus':2},"
                + "'precpu_stats':{'cpu_usage':{'total_usage':1000000000},'system_cpu_usage':100000000000}}"));
    }

    @Test
    void containerCardShowsTheNewestRunningContainersPid1StateAndWritableLayer() {
        runningContainer();
        LiveExample e = find(Concept.CONTAINER);
        String t = text(e);
        assertTrue(e.found(), t);
        assertTrue(t.contains("Container web is running (newest of 2 running)."), t);
        assertTrue(t.contains("PID 1=nginx -g daemon off;"), t);
        assertTrue(t.contains("host PID=4242"), t);
        assertTrue(t.contains("writable layer=12.0 kB written on top of 190 MB of image"), t);
        assertEquals(12000L, e.raw().get("sizeRw"));
    }

    @Test
    void containerCardWithNothingRunningSaysHowToStartOne() {
        ctx.containersAll = json("[{'Id':'c3','Names':['/done'],'State':'exited','Created':300}]");
        LiveExample e = find(Concept.CONTAINER);
        assertFalse(e.found());
        assertTrue(e.headline().contains("No container is running right now (1 stopped)."), text(e));
        assertFalse(finders.get(Concept.CONTAINER).available(ctx));
    }

    @Test
    void namespaceCardExplainsEachModeAndUsageAgainstLimits() {
        runningContainer();
        String t = text(find(Concept.NAMESPACE_CGROUP));
        assertTrue(t.contains("pid=shared with the host (host)"), t);
        assertTrue(t.contains("net=private, on network shop"), t);
        assertTrue(t.contains("ipc=shared with container db (container:db)"), t);
        assertTrue(t.contains("uts=private"), t);
        assertTrue(t.contains("user=host user ids (no user namespace)"), t);
        // 60 MB usage minus 10 MB inactive file cache, of a 256 MiB limit
        assertTrue(t.contains("memory=50.0 MB of 268 MB limit (19%)"), t);
        // (1e9 / 1e11) * 2 CPUs * 100
        assertTrue(t.contains("cpu=0.5 CPUs limit, using 2.0% of one CPU"), t);
        assertTrue(t.contains("pids=7 of 100 allowed"), t);
    }

    @Test
    void imageCardRedactsSecretLookingEnvValues() {
        ctx.images = json("[{'Id':'sha256:aaa','RepoTags':['<none>:<none>'],'Created':300,'Size':10},"
                + "{'Id':'sha256:bbb','RepoTags':['shop/web:1.4'],'Created':200,'Size':20}]");
        ctx.imageInspect.put("sha256:bbb", json("{'Id':'sha256:bbb','Size':20,'Config':{'Entrypoint':['/entry.sh'],"
                + "'Cmd':['serve','--port','8080'],'User':'app','WorkingDir':'/srv','ExposedPorts':{'8080/tcp':{}},"
                + "'Env':['PATH=/usr/bin','DB_PASSWORD=hunter2','api_token=abc','AWS_SECRET_ACCESS_KEY=x',"
                + "'GPG_KEY=y','CREDENTIALS_FILE=/c','LANG=C.UTF-8']}}"));
        LiveExample e = find(Concept.IMAGE);
        String t = text(e);
        assertTrue(t.contains("Image shop/web:1.4"), "the tagged image is preferred over a newer untagged one: " + t);
        assertTrue(t.contains("entrypoint=[\"/entry.sh\"]"), t);
        assertTrue(t.contains("cmd=[\"serve\", \"--port\", \"8080\"]"), t);
        assertTrue(t.contains("user=app"), t);
        assertTrue(t.contains("ports=8080/tcp (exposed, not published)"), t);
        assertTrue(t.contains("PATH=/usr/bin") && t.contains("LANG=C.UTF-8"), t);
        for (String secret : List.of("hunter2", "abc", "=x", "=y", "/c")) {
            assertFalse(t.contains(secret), "secret " + secret + " shown: " + t);
            assertFalse(Json.write(e).contains(secret), "secret " + secret + " in JSON");
        }
        assertTrue(t.contains("DB_PASSWORD=<redacted>") && t.contains("api_token=<redacted>"), t);
    }

    @Test
    void layerCacheCardPicksTheLargestImageAndItsBiggestLayer() {
        ctx.images = json("[{'Id':'sha256:small','RepoTags':['tiny:1'],'Size':100},"
                + "{'Id':'sha256:big','RepoTags':['shop/web:1.4'],'Size':412000000}]");
        ctx.history.put("sha256:big", json("["
                + "{'CreatedBy':'/bin/sh -c #(nop)  CMD [\\\"app\\\"]','Size':0},"
                + "{'CreatedBy':'/bin/sh -c #(nop) COPY dir:e24553952a4258ea7410a3355c66cd4556dc24a2aa6e097e76c3e61871ebbf79 in /app ','Size':2000000},"
                + "{'CreatedBy':'|1 VERSION=2 /bin/sh -c apt-get update && apt-get install -y gcc','Size':310000000},"
                + "{'CreatedBy':'/bin/sh -c #(nop) ADD file:abc in / ','Size':100000000}]"));
        LiveExample e = find(Concept.LAYER_CACHE);
        String t = text(e);
        assertTrue(t.contains("Your largest image is shop/web:1.4 (412 MB), built in 4 steps; 3 of them changed files."), t);
        assertTrue(t.contains("biggest layer=step 2 of 4, 310 MB"), t);
        assertTrue(t.contains("made by=RUN apt-get update && apt-get install -y gcc"), t);
        assertTrue(t.contains("3. 2.0 MB=COPY a directory (e2455395…) to /app"), t);
        assertTrue(t.contains("it and the 2 steps above it rebuild"), t);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", value = {
        "/bin/sh -c #(nop)  CMD [\"sh\"] => CMD [\"sh\"]",
        "/bin/sh -c #(nop) WORKDIR /app => WORKDIR /app",
        "/bin/sh -c npm ci => RUN npm ci",
        "|2 A=1 B=2 /bin/sh -c make => RUN make",
        "RUN /bin/sh -c apk add curl # buildkit => RUN apk add curl",
        "COPY --from=build /out/app /app # buildkit => COPY --from=build /out/app /app",
        "/bin/sh -c #(nop)  ENV DB_PASSWORD=hunter2 MODE=prod => ENV DB_PASSWORD=<redacted> MODE=prod",
        "ENV API_KEY=\"a b\" X=1 # buildkit => ENV API_KEY=<redacted> X=1",
        "ARG NPM_TOKEN=s3cr3t => ARG NPM_TOKEN=<redacted>",
    })
    void historyLinesBecomeTheirInstruction(String createdBy, String instruction) {
        assertEquals(instruction, LiveSupport.instruction(createdBy));
    }

    @Test
    void multiStageCardFindsACopyFromStepInHistory() {
        ctx.images = json("[{'Id':'sha256:one','RepoTags':['plain:1'],'Created':5},"
                + "{'Id':'sha256:two','RepoTags':['app:2'],'Created':4}]");
        ctx.history.put("sha256:one", json("[{'CreatedBy':'/bin/sh -c #(nop) COPY file:abc in /x','Size':1}]"));
        ctx.history.put("sha256:two", json("[{'CreatedBy':'CMD [\\\"/app\\\"]','Size':0},"
                + "{'CreatedBy':'COPY --from=build /out/app /app # buildkit','Size':5}]"));
        LiveExample e = find(Concept.MULTI_STAGE);
        assertTrue(e.found(), text(e));
        assertTrue(text(e).contains("copied in by=COPY --from=build /out/app /app"), text(e));
        assertEquals("app:2", e.raw().get("image"));
    }

    @Test
    void multiStageCardWithoutCopyFromSaysWhy() {
        ctx.images = json("[{'Id':'sha256:one','RepoTags':['plain:1'],'Created':5}]");
        ctx.history.put("sha256:one", json("[{'CreatedBy':'/bin/sh -c #(nop) COPY file:abc in /x','Size':1}]"));
        LiveExample e = find(Concept.MULTI_STAGE);
        assertFalse(e.found());
        assertTrue(text(e).contains("classic builder"), text(e));
    }

    @ParameterizedTest
    @CsvSource({"nginx, docker.io", "library/nginx, docker.io", "shop/web, docker.io", "ghcr.io/o/app, ghcr.io",
        "localhost:5000/app, localhost:5000", "localhost/app, localhost", "registry.example.com:443/a/b, registry.example.com:443"})
    void registryHostComesFromTheFirstNameComponent(String repository, String host) {
        assertEquals(host, RegistryLive.host(repository));
    }

    @Test
    void registryCardGroupsDigestsByHost() {
        ctx.images = json("[{'Id':'sha256:1','RepoDigests':['nginx@sha256:0123456789abcdef0123456789abcdef'],'Created':3},"
                + "{'Id':'sha256:2','RepoDigests':['ghcr.io/o/app@sha256:fedcba9876543210fedcba9876543210'],'Created':2},"
                + "{'Id':'sha256:3','RepoDigests':[],'RepoTags':['local:1'],'Created':1}]");
        ctx.info = json("{'IndexServerAddress':'https://index.docker.io/v1/','RegistryConfig':{'Mirrors':"
                + "['https://mirror.example'],'InsecureRegistryCIDRs':['127.0.0.0/8']}}");
        LiveExample e = find(Concept.REGISTRY);
        String t = text(e);
        assertTrue(e.found(), t);
        assertTrue(t.contains("docker.io=1 digest\n  =nginx@sha256:0123456789ab..."), t);
        assertTrue(t.contains("ghcr.io=1 digest"), t);
        assertTrue(t.contains("local only=1 image without a digest"), t);
        assertTrue(t.contains("mirrors=https://mirror.example"), t);
    }

    @Test
    void volumeCardPicksTheVolumeMountedByMostContainers() {
        ctx.volumes = json("{'Volumes':[{'Name':'aaa','Driver':'local','Mountpoint':'/v/aaa'},"
                + "{'Name':'pgdata','Driver':'local','Mountpoint':'/v/pgdata'}]}");
        ctx.containersAll = json("[{'Id':'1','Names':['/db'],'State':'running','Mounts':[{'Type':'volume','Name':'pgdata',"
                + "'Destination':'/var/lib/postgresql','RW':true}]},"
                + "{'Id':'2','Names':['/backup'],'State':'exited','Mounts':[{'Type':'volume','Name':'pgdata',"
                + "'Destination':'/backup','RW':false},{'Type':'bind','Source':'/home','Destination':'/h'}]},"
                + "{'Id':'3','Names':['/x'],'State':'running','Mounts':[{'Type':'volume','Name':'aaa','Destination':'/a'}]}]");
        LiveExample e = find(Concept.VOLUME);
        String t = text(e);
        assertTrue(t.contains("Volume pgdata is mounted by 2 containers."), t);
        assertTrue(t.contains("  db=at /var/lib/postgresql (rw, container running)"), t);
        assertTrue(t.contains("  backup=at /backup (ro, container exited)"), t);
        assertTrue(t.contains("kind=named"), t);
        assertTrue(t.contains("survive, even with docker rm -v"), t);
    }

    @Test
    void networkCardPicksTheBusiestUserDefinedNetworkAndIgnoresBuiltIns() {
        ctx.networks = json("[{'Name':'bridge','Id':'b'},{'Name':'host','Id':'h'},{'Name':'none','Id':'n'},"
                + "{'Name':'quiet','Id':'q'},{'Name':'shop','Id':'s'}]");
        ctx.networkInspect.put("q", json("{'Name':'quiet','Driver':'bridge','Containers':{}}"));
        ctx.networkInspect.put("s", json("{'Name':'shop','Id':'s','Driver':'bridge','Internal':true,"
                + "'IPAM':{'Config':[{'Subnet':'172.30.0.0/16','Gateway':'172.30.0.1'}]},"
                + "'Containers':{'x1':{'Name':'web','IPv4Address':'172.30.0.2/16'},'x2':{'Name':'api','IPv4Address':'172.30.0.3/16'}}}"));
        LiveExample e = find(Concept.NETWORK);
        String t = text(e);
        assertTrue(t.contains("Network shop connects 2 containers (the busiest of 2 user-defined networks)."), t);
        assertTrue(t.contains("internal=yes: no route out of this network"), t);
        assertTrue(t.contains("subnet=172.30.0.0/16 via 172.30.0.1"), t);
        assertTrue(t.indexOf("  api=172.30.0.3/16") < t.indexOf("  web=172.30.0.2/16"), t);
    }

    @Test
    void networkCardWithOnlyBuiltInNetworksSaysHowToMakeOne() {
        ctx.networks = json("[{'Name':'bridge','Id':'b'},{'Name':'host','Id':'h'},{'Name':'none','Id':'n'}]");
        LiveExample e = find(Concept.NETWORK);
        assertFalse(e.found());
        assertTrue(text(e).contains("docker network create --internal"), text(e));
        assertFalse(finders.get(Concept.NETWORK).available(ctx));
    }

    @Test
    void networkCardNamesOnlyTheBuiltInNetworksTheDaemonHas() {
        // a daemon started with --bridge=none has host and none, but no bridge
        ctx.networks = json("[{'Name':'host','Id':'h'},{'Name':'none','Id':'n'}]");
        String t = text(find(Concept.NETWORK));
        assertTrue(t.contains("Only the built-in networks exist here (host, none)."), t);
        assertFalse(t.contains("bridge"), t);
    }

    @Test
    void composeCardGroupsContainersByProjectAndService() {
        ctx.containersAll = json("[{'Id':'1','Names':['/shop-web-1'],'State':'running','Labels':"
                + "{'com.docker.compose.project':'shop','com.docker.compose.service':'web',"
                + "'com.docker.compose.project.working_dir':'/src/shop'}},"
                + "{'Id':'2','Names':['/shop-db-1'],'State':'exited','Labels':{'com.docker.compose.project':'shop',"
                + "'com.docker.compose.service':'db'}},"
                + "{'Id':'3','Names':['/lonely'],'State':'running','Labels':{}}]");
        String t = text(find(Concept.COMPOSE));
        assertTrue(t.contains("1 Compose project with 2 containers"), t);
        assertTrue(t.contains("shop=2 containers from /src/shop"), t);
        assertTrue(t.contains("  db=shop-db-1 exited") && t.contains("  web=shop-web-1 running"), t);
        assertFalse(t.contains("lonely"), t);
    }

    @Test
    void runtimeCardShowsTheChainFromVersionComponentsAndCgroupsFromInfo() {
        ctx.version = json("{'Version':'20.10.24','ApiVersion':'1.41','Components':[{'Name':'Engine','Version':'20.10.24'},"
                + "{'Name':'containerd','Version':'1.6.20'},{'Name':'runc','Version':'1.1.5'}]}");
        ctx.info = json("{'CgroupDriver':'systemd','CgroupVersion':'2','Driver':'overlay2','DefaultRuntime':'runc'}");
        String t = text(find(Concept.RUNTIME));
        assertTrue(t.contains("dockerd 20.10.24 -> containerd 1.6.20 -> shim -> runc 1.1.5 -> your process."), t);
        assertTrue(t.contains("cgroups=systemd driver, cgroup v2"), t);
    }

    @Test
    void healthCardPrefersAnUnhealthyContainerAndShowsItsProbes() {
        ctx.containersAll = json("[{'Id':'ok','State':'running','Created':2},{'Id':'bad','State':'running','Created':1},"
                + "{'Id':'none','State':'running','Created':3}]");
        ctx.containerInspect.put("none", json("{'Id':'none','Name':'/plain','Config':{},'State':{'Status':'running'}}"));
        ctx.containerInspect.put("ok", json("{'Id':'ok','Name':'/fine','Config':{'Healthcheck':{'Test':['CMD','true']}},"
                + "'State':{'Status':'running','Health':{'Status':'healthy','FailingStreak':0,'Log':[]}}}"));
        ctx.containerInspect.put("bad", json("{'Id':'bad','Name':'/api','Config':{'Healthcheck':{'Test':['CMD-SHELL',"
                + "'wget -q -O- http://localhost/health'],'Interval':5000000000,'Timeout':2000000000,'Retries':3}},"
                + "'State':{'Status':'running','Health':{'Status':'unhealthy','FailingStreak':4,'Log':["
                + "{'Start':'2026-01-02T03:04:05.1Z','ExitCode':0,'Output':''},"
                + "{'Start':'2026-01-02T03:04:10.1Z','ExitCode':1,'Output':'wget: can\\u0027t connect\\n\\u001b[31m'}]}}}"));
        LiveExample e = find(Concept.HEALTH_CHECK);
        String t = text(e);
        assertTrue(t.contains("Container api is unhealthy."), t);
        assertTrue(t.contains("probe=wget -q -O- http://localhost/health  (via /bin/sh -c)"), t);
        assertTrue(t.contains("every=5s, timeout 2s, unhealthy after 3 failures in a row"), t);
        assertTrue(t.contains("  03:04:05=pass (exit 0)"), t);
        assertTrue(t.contains("  03:04:10=FAIL (exit 1): wget: can't connect"), t);
        assertFalse(t.contains("\u001b"), "escape sequence from probe output: " + t);
    }

    @Test
    void healthCardWithoutHealthChecksShowsHowToAddOne() {
        ctx.containersAll = json("[{'Id':'none','State':'running','Created':3}]");
        ctx.containerInspect.put("none", json("{'Id':'none','Name':'/plain','Config':{'Healthcheck':{'Test':['NONE']}},"
                + "'State':{'Status':'running'}}"));
        LiveExample e = find(Concept.HEALTH_CHECK);
        assertFalse(e.found());
        assertTrue(text(e).contains("HEALTHCHECK --interval=30s"), text(e));
    }

    @Test
    void dockerfileCardCountsInstructionsAndStagesOfTheDockerfileHere(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("Dockerfile"), String.join("\n",
                "# syntax=docker/dockerfile:1", "FROM golang:1.22 AS build", "WORKDIR /src", "COPY . .",
                "RUN go build \\", "    -o /out/app", "FROM scratch", "COPY --from=build /out/app /app",
                "ENTRYPOINT [\"/app\"]", ""));
        ctx.workingDir = dir;
        ctx.unreachable = true; // the Dockerfile card does not need the daemon
        LiveExplorer explorer = new LiveExplorer(ctx, LiveFinders.all(new LintInsight()));
        LiveSection.Shown s = assertInstanceOf(LiveSection.Shown.class, explorer.section(Concept.DOCKERFILE));
        String t = text(s.example());
        assertTrue(t.contains("instructions=7"), t);
        assertTrue(t.contains("file layers=3 (RUN, COPY and ADD)"), t);
        assertTrue(t.contains("stages=2\n  1.=FROM golang:1.22 AS build\n  2.=FROM scratch"), t);
        assertTrue(t.contains("dockscope lint Dockerfile"), t);
        assertEquals(Boolean.TRUE, explorer.available(Concept.DOCKERFILE));
    }

    @Test
    void dockerfileInsightCanBeReplacedByTheOwner(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("Dockerfile"), "FROM scratch\n");
        ctx.workingDir = dir;
        DockerfileInsight lint = (file, text) -> new DockerfileInsight.Summary(
                List.of(new LiveExample.Fact(0, "findings", "2 (DS101 cache order)")), List.of("from the linter"));
        LiveExample e = LiveFinders.byConcept(LiveFinders.all(lint)).get(Concept.DOCKERFILE).find(ctx);
        assertTrue(text(e).contains("findings=2 (DS101 cache order)"), text(e));
    }

    @Test
    void unreachableDaemonGivesEveryDaemonCardAnUnreachableSectionAndUnknownAvailability() {
        ctx.unreachable = true;
        LiveExplorer explorer = new LiveExplorer(ctx, LiveFinders.all(new LintInsight()));
        for (Concept c : Concept.values()) {
            if (c == Concept.DOCKERFILE) {
                continue;
            }
            LiveSection.Unreachable u = assertInstanceOf(LiveSection.Unreachable.class, explorer.section(c), c.slug());
            assertTrue(u.reason().contains("cannot reach the Docker daemon"), u.toString());
            assertEquals("Is Docker running?", u.hint());
            assertNull(explorer.available(c), c.slug());
        }
    }

    @Test
    void daemonStringsAreSanitised() {
        ctx.containersAll = json("[{'Id':'c9','Names':['/evil'],'State':'running','Created':1}]");
        ctx.containerInspect.put("c9", json("{'Id':'c9','Name':'/ev\\u001b]0;title\\u0007il','Path':'sh',"
                + "'Args':['-c','\\u001b[2Jclear'],'Config':{'Image':'x\\u001b[31m'},'State':{'Status':'running'}}"));
        String all = text(find(Concept.CONTAINER)) + Json.write(find(Concept.CONTAINER));
        assertFalse(all.contains("\u001b"), all);
        assertFalse(all.contains("\\u001B"), all);
    }
}
