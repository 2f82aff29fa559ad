package dev.dockscope.lint;

import dev.dockscope.lint.rules.*;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The one explicit list of rules, in id order. Ids are never reused: a retired rule's id stays retired. */
public final class Rules {
    private static final List<Rule> ALL = List.of(
            new DS001UnknownInstruction(),
            new DS002MalformedInstruction(),
            new DS003UnterminatedHeredoc(),
            new DS004InvalidExecForm(),
            new DS005EmptyContinuation(),
            new DS006NoInstructions(),
            new DS007InstructionBeforeFrom(),
            new DS008MisplacedDirective(),
            new DS009UnknownFlag(),
            new DS010InvalidOnbuild(),
            new DS101CopyAllBeforeInstall(),
            new DS102VolatileArgBeforeRun(),
            new DS103AptGetUpdateAlone(),
            new DS104CacheMountOpportunity(),
            new DS105DockerignoreMissing(),
            new DS106DockerignoreIncomplete(),
            new DS107CopyAllBeforeSystemPackages(),
            new DS108GitCloneCached(),
            new DS201AptListsLeft(),
            new DS202ApkCacheLeft(),
            new DS203PipCacheLeft(),
            new DS204YarnCacheLeft(),
            new DS205NpmCacheLeft(),
            new DS206NoInstallRecommends(),
            new DS207DeletedInLaterLayer(),
            new DS208BuildToolsInFinalStage(),
            new DS209ConsecutiveRuns(),
            new DS210ChownInSeparateRun(),
            new DS211RpmCacheLeft(),
            new DS212GemDocs(),
            new DS301UntaggedBaseImage(),
            new DS302LatestTag(),
            new DS303AptUnpinned(),
            new DS304ApkUnpinned(),
            new DS305PipUnpinned(),
            new DS306NpmUnpinned(),
            new DS307GemUnpinned(),
            new DS308RpmUnpinned(),
            new DS309CdInsteadOfWorkdir(),
            new DS310RelativeWorkdir(),
            new DS311AddInsteadOfCopy(),
            new DS312ShellFormCmd(),
            new DS313MultipleCmd(),
            new DS314MultipleEntrypoint(),
            new DS315MultipleHealthcheck(),
            new DS316UndefinedVariable(),
            new DS317UndefinedArgInFrom(),
            new DS318UnknownStageReference(),
            new DS319DuplicateStageName(),
            new DS320CopyFromLaterStage(),
            new DS321PipeWithoutPipefail(),
            new DS322Maintainer(),
            new DS323LegacyKeyValue(),
            new DS324InconsistentCasing(),
            new DS325StageNameCasing(),
            new DS326FromAsCasing(),
            new DS327ReservedStageName(),
            new DS328InvalidDefaultArgInFrom(),
            new DS329RedundantTargetPlatform(),
            new DS330ConstantPlatform(),
            new DS331ExposeProtoCasing(),
            new DS332InvalidExpose(),
            new DS333CopyIgnoredFile(),
            new DS334AptGetUpgrade(),
            new DS335CopyDestNeedsSlash(),
            new DS336AptInsteadOfAptGet(),
            new DS337MissingYes(),
            new DS338CurlAndWget(),
            new DS339ShSymlink(),
            new DS340RequiredLabels(),
            new DS341UnusedStage(),
            new DS342ExecFormVariable(),
            new DS401LastUserRoot(),
            new DS402NoUser(),
            new DS403SecretInArgEnv(),
            new DS404Sudo(),
            new DS405CurlPipeShell(),
            new DS406ExposeWithoutHealthcheck(),
            new DS407Chmod777(),
            new DS408UntrustedRegistry(),
            new DS409AddUrlWithoutChecksum(),
            new DS410InsecureDownload(),
            new DS411SecretFileCopied(),
            new DS412SshExposed()
    );

    private Rules() {
    }

    public static List<Rule> all() {
        return ALL;
    }

    public static Optional<Rule> byId(String id) {
        String key = id.trim().toUpperCase(Locale.ROOT);
        return ALL.stream().filter(r -> r.meta().id().equals(key)).findFirst();
    }
}
