package dev.dockscope.cli;

import dev.dockscope.DockscopeException;
import dev.dockscope.ExitCode;
import dev.dockscope.concepts.Card;
import dev.dockscope.concepts.CardIndex;
import dev.dockscope.concepts.CardMatcher;
import dev.dockscope.concepts.CardPage;
import dev.dockscope.concepts.Cards;
import dev.dockscope.concepts.Concept;
import dev.dockscope.concepts.LiveSection;
import dev.dockscope.explain.DaemonLiveContext;
import dev.dockscope.explain.LiveExplorer;
import dev.dockscope.model.text.Sanitizer;
import dev.dockscope.render.text.CardTextRenderer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code dockscope learn}. Its model is written out by hand ({@link #model}): the cards need no picocli annotations
 * read first.
 */
public final class LearnCommand extends BaseCommand {
    String card;

    String search;

    boolean noLive;

    boolean answers;

    private final Wiring wiring;

    public LearnCommand(Io io, Wiring wiring) {
        super(io);
        this.wiring = wiring;
    }

    @Override
    CommandSpec model() {
        spec = Model.command(this, "learn",
                "The twelve concept cards, each shown live on your own objects (\"On your machine:\").",
                "Without CARD: the list, marking the cards that have a live example right now.",
                "CARD may be a slug, a prefix or a near miss: learn cache, learn net, learn helth.");
        spec.addPositional(Model.positional(String.class, v -> card = v, () -> card).index("0").arity("0..1")
                .paramLabel("CARD").description("The card to show (slug, prefix or close).").build());
        spec.addOption(Model.option(String.class, v -> search = v, () -> search, "--search").paramLabel("WORD")
                .description("List the cards whose text mentions WORD (all words, if several).").build());
        spec.addOption(Model.flag(v -> noLive = v, () -> noLive, "--no-live")
                .description("Do not look at the daemon; show the cards only.").build());
        spec.addOption(Model.flag(v -> answers = v, () -> answers, "--answers")
                .description("Show the answers to the self-check questions.").build());
        return spec;
    }

    @Override
    protected ExitCode run(Session session) {
        if (card != null && search != null) {
            throw DockscopeException.usage("give either a CARD or --search WORD, not both");
        }
        if (search != null && search.isBlank()) {
            throw DockscopeException.usage("--search needs a word");
        }
        LiveExplorer live = new LiveExplorer(new DaemonLiveContext(session::engine, Path.of("").toAbsolutePath()),
                wiring.liveFinders().get());
        CardTextRenderer text = new CardTextRenderer(session.palette(), session.width(), answers);
        if (card == null) {
            CardIndex index = index(live, session);
            if (session.json()) {
                session.printJson(index);
            } else {
                session.print(text.render(index));
            }
            return ExitCode.OK;
        }
        Card c = resolve(card, session);
        LiveSection section = noLive ? new LiveSection.Skipped() : live.section(Concept.bySlug(c.slug()).orElseThrow());
        CardPage page = new CardPage(c, section);
        if (session.json()) {
            session.printJson(page);
        } else {
            session.print(text.render(page));
        }
        return ExitCode.OK;
    }

    private Card resolve(String query, Session session) {
        CardMatcher.Result r = new CardMatcher(Cards.all()).match(query);
        String q = query; // notes and error messages are sanitised where they are printed (Session, ErrorReporter)
        if (r instanceof CardMatcher.Found f) {
            if (!f.exact()) {
                session.note("(\"" + q + "\" matches the card " + f.card().slug() + ")");
            }
            return f.card();
        }
        if (r instanceof CardMatcher.Ambiguous a) {
            throw DockscopeException.notFound("\"" + q + "\" matches several cards: " + String.join(", ", a.slugs()),
                    "Say which one, e.g. dockscope learn " + a.slugs().get(0) + ".");
        }
        List<String> closest = ((CardMatcher.NotFound) r).closest();
        throw DockscopeException.notFound("no concept card matches \"" + q + "\"; closest: " + String.join(", ", closest),
                "dockscope learn lists all twelve; dockscope learn --search WORD searches their text.");
    }

    private CardIndex index(LiveExplorer live, Session session) {
        List<Card> cards;
        List<List<String>> where = new ArrayList<>();
        if (search != null) {
            List<CardMatcher.SearchHit> hits = new CardMatcher(Cards.all()).search(search);
            cards = hits.stream().map(CardMatcher.SearchHit::card).toList();
            hits.forEach(h -> where.add(h.matchedIn()));
        } else {
            cards = Cards.all();
            cards.forEach(c -> where.add(List.of()));
        }
        CardIndex.LiveState state;
        if (noLive) {
            state = CardIndex.LiveState.skipped();
        } else if (live.unreachable() != null) {
            DockscopeException e = live.unreachable();
            state = new CardIndex.LiveState("unreachable", Sanitizer.line(e.getMessage()),
                    e.hint() == null ? "Point dockscope at a daemon with --host, DOCKER_HOST or --context."
                            : Sanitizer.line(e.hint()));
        } else {
            state = CardIndex.LiveState.checked();
        }
        List<CardIndex.Entry> entries = new ArrayList<>();
        for (int i = 0; i < cards.size(); i++) {
            Card c = cards.get(i);
            Boolean has = noLive ? null : live.available(Concept.bySlug(c.slug()).orElseThrow());
            entries.add(new CardIndex.Entry(c.slug(), c.title(), c.oneLine(), has, where.get(i)));
        }
        return new CardIndex(entries, search == null ? null : Sanitizer.line(search), state);
    }
}
