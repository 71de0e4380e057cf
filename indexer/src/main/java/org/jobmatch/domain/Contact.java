package org.jobmatch.domain;

public record Contact(String name, String phone) {
}
