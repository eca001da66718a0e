package org.consolida.generator;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.consolida.inventory.HostModel;
import org.consolida.inventory.PowerCurve;

/**
 * A server model the generator builds hosts from, with the year it came out, the role it plays and how common it is.
 * The catalogue is {@code host-generations.csv} next to this class: measured SPECpower curves, see its header.
 */
record HostGeneration(HostModel model, int year, Role role, double weight, String specResult) {

    enum Role { TYPE1, TYPE2, CONTAINER }

    private static final String RESOURCE = "host-generations.csv";

    /** Every generation of the catalogue, in file order. */
    static List<HostGeneration> catalogue() {
        try (InputStream in = HostGeneration.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing from the jar");
            }
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
            CSVFormat format = CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader()
                    .setSkipHeaderRecord(true).get();
            List<HostGeneration> generations = new ArrayList<>();
            for (CSVRecord row : format.parse(reader)) {
                generations.add(of(row));
            }
            return List.copyOf(generations);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    private static HostGeneration of(CSVRecord row) {
        List<Double> watts = new ArrayList<>();
        for (int load = 0; load <= 100; load += 10) {
            watts.add(Double.parseDouble(row.get("w" + load)));
        }
        HostModel model = HostModel.builder(row.get("model")).vendor(row.get("vendor")).cpuVendor(row.get("cpu_vendor"))
                .sockets(Integer.parseInt(row.get("sockets"))).coresPerSocket(Integer.parseInt(row.get("cores_per_socket")))
                .coreGhz(Double.parseDouble(row.get("core_ghz"))).memoryGib(Double.parseDouble(row.get("memory_gib")))
                .storageGib(Double.parseDouble(row.get("storage_gib"))).nicGbps(Double.parseDouble(row.get("nic_gbps")))
                .rackUnits(Integer.parseInt(row.get("rack_units"))).powerCurve(new PowerCurve(watts)).build();
        return new HostGeneration(model, Integer.parseInt(row.get("year")),
                Role.valueOf(row.get("role").toUpperCase(Locale.ROOT)),
                Double.parseDouble(row.get("weight")), row.get("spec_result"));
    }
}
