package org.consolida.io.rvtools;

/**
 * The figures an RVTools import applies where neither the export nor the catalog says anything. Each is reported as an
 * assumption when applied; docs/rvtools.md gives the source or reasoning of each.
 */
final class Defaults {
    private Defaults() {
    }

    /** Uptime Institute Global Data Center Survey 2024: average annual PUE 1.56. */
    static final double PUE = 1.56;
    /** EU non-household electricity, Eurostat 2024 H2 band ID, excluding VAT: about 0.19 EUR/kWh; rounded up. */
    static final double KWH_PRICE = 0.20;
    /** EEA: CO₂ intensity of EU-27 electricity generation 2023, about 244 g/kWh; rounded. */
    static final double CO2_G_PER_KWH = 250;
    /** One 1 Gbit/s inter-site link: the planner only compares sites with it. */
    static final double WAN_MBPS = 1_000;

    /** A full-height rack (EIA-310, 42 U). */
    static final int RACK_UNITS = 42;
    /** Rack power budget: Uptime Institute 2024 puts typical racks at 4–10 kW; the upper end suits virtualisation hosts. */
    static final double RACK_KW = 10;

    /** Two-socket virtualisation hosts (DL380, R7x0, SR650) are 2 U. */
    static final int HOST_RACK_UNITS = 2;
    /** RVTools counts NICs but not their speed: assume one usable 10 GbE uplink per host. */
    static final double NIC_GBPS = 10;
    /** CPU clock when a VM's host is unknown and no host in vHost gives a Speed. */
    static final double CORE_GHZ = 2.4;

    /** ESXi: bare metal, vmkernel is monolithic, vMotion within the family; no paravirtualised CPU mode since 5.0. */
    static final double ESXI_OVERHEAD_PCT = 5;
}
