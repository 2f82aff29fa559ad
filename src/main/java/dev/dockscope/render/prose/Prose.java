package dev.dockscope.render.prose;

import dev.dockscope.model.Fact;
import dev.dockscope.model.ci.CiComparison;
import dev.dockscope.model.compose.DriftSide;
import dev.dockscope.model.container.AttentionFact;
import dev.dockscope.model.container.ContainerPartFacts;
import dev.dockscope.model.container.HealthAdviceFacts;
import dev.dockscope.model.container.HealthCheckFact;
import dev.dockscope.model.container.LimitFact;
import dev.dockscope.model.container.LimitsSummary;
import dev.dockscope.model.container.NamespaceFact;
import dev.dockscope.model.container.ProbeFact;
import dev.dockscope.model.container.RestartFact;
import dev.dockscope.model.container.RiskFact;
import dev.dockscope.model.container.StateFact;
import dev.dockscope.model.container.TransitionFact;
import dev.dockscope.model.image.CacheFacts.Fix;
import dev.dockscope.model.image.CacheFacts.Message;
import dev.dockscope.model.image.ImageFacts.BaseFact;
import dev.dockscope.model.image.ImageFacts.HealthcheckFact;
import dev.dockscope.model.image.ImageFacts.Note;
import dev.dockscope.model.image.ImageFacts.OriginFact;
import dev.dockscope.model.image.ImageFacts.Pid1Fact;

/**
 * Any {@link Fact} in words, for the JSON view (which writes a fact as its sentence) and for renderers that hold a
 * fact of no particular type. Each area's sentences live in its own class ({@link ImageProse}…); this only picks
 * the right one, and fails loudly on a fact type nobody words yet.
 */
public final class Prose {
    private Prose() {
    }

    public static String of(Fact fact) {
        if (fact instanceof OriginFact f) {
            return ImageProse.origin(f);
        }
        if (fact instanceof BaseFact f) {
            return ImageProse.base(f);
        }
        if (fact instanceof Note f) {
            return ImageProse.note(f);
        }
        if (fact instanceof Pid1Fact f) {
            return ImageProse.pid1(f);
        }
        if (fact instanceof HealthcheckFact f) {
            return ImageProse.healthcheck(f);
        }
        if (fact instanceof CiComparison f) {
            return CiProse.message(f);
        }
        if (fact instanceof LimitFact f) {
            return ContainerProse.limit(f);
        }
        if (fact instanceof LimitsSummary f) {
            return ContainerProse.limits(f);
        }
        if (fact instanceof ProbeFact f) {
            return HealthProse.probe(f);
        }
        if (fact instanceof HealthCheckFact f) {
            return HealthProse.check(f);
        }
        if (fact instanceof TransitionFact f) {
            return HealthProse.transition(f);
        }
        if (fact instanceof HealthAdviceFacts.EffectFact f) {
            return HealthProse.effect(f);
        }
        if (fact instanceof HealthAdviceFacts.SuggestionFact f) {
            return HealthProse.suggestion(f);
        }
        if (fact instanceof RiskFact f) {
            return ContainerProse.risk(f);
        }
        if (fact instanceof NamespaceFact f) {
            return ContainerProse.namespace(f);
        }
        if (fact instanceof StateFact.Summary f) {
            return ContainerProse.summary(f);
        }
        if (fact instanceof StateFact.Meaning f) {
            return ContainerProse.meaning(f);
        }
        if (fact instanceof RestartFact f) {
            return ContainerProse.restart(f);
        }
        if (fact instanceof AttentionFact f) {
            return ContainerProse.attention(f);
        }
        if (fact instanceof ContainerPartFacts.TagFact f) {
            return ContainerProse.tag(f);
        }
        if (fact instanceof ContainerPartFacts.MountFact f) {
            return ContainerProse.mount(f);
        }
        if (fact instanceof ContainerPartFacts.RootfsFact f) {
            return ContainerProse.rootfs(f);
        }
        if (fact instanceof ContainerPartFacts.NetworkModeFact f) {
            return ContainerProse.networkMode(f);
        }
        if (fact instanceof ContainerPartFacts.HopFact f) {
            return ContainerProse.hop(f);
        }
        if (fact instanceof ContainerPartFacts.NoteFact f) {
            return ContainerProse.note(f);
        }
        if (fact instanceof ContainerPartFacts.SeccompFact f) {
            return ContainerProse.seccomp(f);
        }
        if (fact instanceof ContainerPartFacts.AppArmorFact f) {
            return ContainerProse.apparmor(f);
        }
        if (fact instanceof ContainerPartFacts.SelinuxFact f) {
            return ContainerProse.selinux(f);
        }
        if (fact instanceof ContainerPartFacts.UserFact f) {
            return ContainerProse.user(f);
        }
        if (fact instanceof ContainerPartFacts.PortFact f) {
            return ContainerProse.port(f);
        }
        if (fact instanceof Message f) {
            return CacheProse.message(f);
        }
        if (fact instanceof Fix f) {
            return CacheProse.fix(f);
        }
        if (fact instanceof DriftSide f) {
            return ComposeProse.side(f);
        }
        throw new IllegalArgumentException("no words for " + fact.getClass().getName());
    }
}
