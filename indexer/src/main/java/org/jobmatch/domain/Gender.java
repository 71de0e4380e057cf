package org.jobmatch.domain;

public enum Gender {
    M, F
}
