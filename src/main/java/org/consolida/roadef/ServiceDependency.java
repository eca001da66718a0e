package org.consolida.roadef;

/** {@code service} depends on {@code dependsOn}: each neighborhood that runs the first must run the second. */
public record ServiceDependency(Service service, Service dependsOn) {
}
