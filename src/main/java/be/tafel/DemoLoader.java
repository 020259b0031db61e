package be.tafel;

import be.tafel.demo.DemoNetwork;
import be.tafel.demo.DemoSurveys;
import be.tafel.importing.NetworkReader;
import be.tafel.journal.Journal;
import be.tafel.model.Network;
import be.tafel.model.NodeLabel;
import be.tafel.store.GraphRepository;
import be.tafel.store.GraphStore;
import be.tafel.store.NetworkWriter;
import be.tafel.survey.SurveyService;
import be.tafel.survey.SurveyStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Loads the demo town into an empty store, through the same validation and writer as any import. */
final class DemoLoader {
    private static final Logger LOG = LoggerFactory.getLogger(DemoLoader.class);

    private DemoLoader() {}

    static void loadIfEmpty(GraphStore store) {
        if (new GraphRepository(store).count(NodeLabel.PARTNER) > 0) {
            LOG.info("The store already holds a network; the demo is not loaded again.");
            return;
        }
        long started = System.nanoTime();
        Network demo = new DemoNetwork().generate();
        NetworkWriter writer = new NetworkWriter(store);
        writer.write(validated(demo, writer));
        loadWaves(store, demo);
        long millis = (System.nanoTime() - started) / 1_000_000;
        LOG.info(
                "Loaded the demo town: {} rows in {} ms ({} rows/s)",
                demo.rows(),
                millis,
                millis == 0 ? demo.rows() : demo.rows() * 1000L / millis);
    }

    /** The demo's closed 2025 wave and its open 2026 wave (closing in six weeks). */
    static void loadWaves(GraphStore store, Network demo) {
        SurveyService surveys = new SurveyService(
                new SurveyStore(store), new Journal(store, new NetworkWriter(store), be.tafel.web.Json.mapper()));
        DemoSurveys waves = new DemoSurveys(demo, DemoNetwork.DEFAULT_SEED);
        surveys.record(waves.wave2025());
        surveys.record(waves.wave2026(java.time.LocalDate.now().plusWeeks(6)));
    }

    /** The demo passes the import's checks like any document would; a failure here is a bug in the generator. */
    private static Network validated(Network demo, NetworkWriter writer) {
        var json = be.tafel.web.Json.mapper();
        return new NetworkReader(writer).readJson(json.valueToTree(demo));
    }
}
