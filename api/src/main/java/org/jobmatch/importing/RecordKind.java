package org.jobmatch.importing;

/** The kinds of ledger record an import writes. */
public enum RecordKind { PERSONS, VACANCIES, SERVICES }
