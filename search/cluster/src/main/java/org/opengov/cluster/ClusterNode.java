package org.opengov.cluster;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.index.mapper.MapperExtrasPlugin;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.painless.PainlessPlugin;
import org.opensearch.plugins.Plugin;
import org.opensearch.transport.Netty4Plugin;

/**
 * One OpenSearch node on loopback, with the modules the search engine needs loaded from the
 * class path (the way OpenSearch's own test nodes load them): HTTP and transport (netty4),
 * analysis-common, painless, mapper-extras and k-NN (its Lucene engine: `knn_vector` fields and
 * the `knn` query, no native library).
 *
 * <p>Usage: {@code ClusterNode HOME HTTP_PORT TRANSPORT_PORT}. Data and logs go under HOME. The
 * node runs until the process gets SIGTERM or SIGINT, then closes cleanly.
 */
public final class ClusterNode {

    private ClusterNode() {}

    /** Node's constructor that takes class-path plugins is protected. */
    private static final class PluginNode extends Node {
        PluginNode(Environment environment) {
            super(
                environment,
                List.of(
                    Netty4Plugin.class,
                    CommonAnalysisPlugin.class,
                    PainlessPlugin.class,
                    MapperExtrasPlugin.class,
                    knnPlugin()),
                true);
        }
    }

    /**
     * The k-NN plugin's class: its jars come from the plugin's zip (unpacked into target/lib by
     * pom.xml), so it is on the run-time class path but not the compiler's.
     */
    private static Class<? extends Plugin> knnPlugin() {
        try {
            return Class.forName("org.opensearch.knn.plugin.KNNPlugin").asSubclass(Plugin.class);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("the k-NN plugin is not on the class path (mvn package)", e);
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: ClusterNode HOME HTTP_PORT TRANSPORT_PORT");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        Settings settings = Settings.builder()
            .put("path.home", home.toString())
            .put("path.data", home.resolve("data").toString())
            .put("path.logs", home.resolve("logs").toString())
            .put("cluster.name", "opengov-search")
            .put("node.name", "opengov-search-1")
            .put("network.host", "127.0.0.1")
            .put("http.port", args[1])
            .put("transport.port", args[2])
            .put("discovery.type", "single-node")
            // A development machine's disk is shared with everything else: never turn the
            // node read-only (or leave replicas unassigned) because the disk is 90 % full.
            .put("cluster.routing.allocation.disk.threshold_enabled", false)
            .build();
        Node node = new PluginNode(InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null, () -> "opengov-search-1"));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                node.close();
            } catch (Exception e) {
                e.printStackTrace();
            } finally {
                stopped.countDown();
            }
        }, "opengov-search-shutdown"));
        node.start();
        System.out.println("OpenSearch node started: http://127.0.0.1:" + args[1]);
        stopped.await();
    }
}
