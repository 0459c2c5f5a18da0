package dev.symbolon.samples.spark;

import org.apache.spark.sql.SparkSession;

/** Spark sessions for the samples: no web UI, and the driver on the loopback address, so no network is needed. */
final class LocalSpark {
    private LocalSpark() {
    }

    /**
     * Sets what Spark's launcher sets on Java 17 besides its {@code --add-opens} (which the jar's
     * manifest or the JVM's options give): Netty may then reach direct buffers by reflection.
     */
    static void prepareJvm() {
        System.setProperty("io.netty.tryReflectionSetAccessible", "true");
    }

    /** {@return the master {@code spark-submit} passes to its driver (property {@code spark.master}), else {@code local[2]}} */
    static String defaultMaster() {
        return System.getProperty("spark.master", "local[2]");
    }

    /** A session on {@code master} ({@code local[2]}, or a cluster's URL) named {@code name}. */
    static SparkSession start(String master, String name) {
        prepareJvm();
        return SparkSession.builder()
                .master(master)
                .appName(name)
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .getOrCreate();
    }
}
