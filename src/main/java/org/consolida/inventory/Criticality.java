package org.consolida.inventory;

public enum Criticality {
    LOW, NORMAL, HIGH
}
