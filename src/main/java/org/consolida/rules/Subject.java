package org.consolida.rules;

/** A plan fact that names what it is about, for a finding's subject (e.g. {@code cluster prod-a}). */
public interface Subject {
    String subject();
}
