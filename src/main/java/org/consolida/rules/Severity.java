package org.consolida.rules;

/** How much a finding matters: worth knowing, worth acting on, or must be fixed before the plan is carried out. */
public enum Severity {
    INFO, WARNING, CRITICAL
}
