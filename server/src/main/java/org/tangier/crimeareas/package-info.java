/**
 * Crime areas: the shared reference list of crime areas (INTERPOL's published crime areas, with the EU's EMPACT
 * 2022-2025 priorities mapped onto them) that notices, records, operations and messages carry and hits inherit, so
 * that analysts can count and compare by area. Holds the list and which carrier bears which areas; depends on the
 * platform only, so that every carrier may use it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Crime areas")
package org.tangier.crimeareas;
